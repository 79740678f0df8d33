// The one SharedArrayBuffer every worker shares, its typed-array views and its geometry.
// createHeap reserves and lays out a heap; attachHeap adopts one in a worker. Views are module-level
// `let`s so hot code elsewhere indexes them directly (an imported binding stays live after re-attach).
//
// Invariants
// - Addresses are byte offsets, 8-byte aligned, below 2^31: `addr >> 2` indexes I32, `addr >> 3` F64.
// - The buffer is a plain (non-growable) SAB: fixed-length views are 10x faster than length-tracking
//   ones (FACTS), and the OS commits a page only when it is first touched, so reserving maxBytes
//   costs nothing until used. Memory never returns to the OS; the allocator reuses low blocks first.
// - Layout, low to high: control page (4 KiB), thread records, block table, mark bitmap, data blocks.
//   The block index of an address is `addr >>> BLOCK_SHIFT`; its mark bit is bit `addr >>> 3`.
// - Only src/heap touches SharedArrayBuffer and Atomics.

import {
  BK_RESERVED, BLOCK_SHIFT, BLOCK_SIZE, BT_STATE, BT_WORDS, CONTROL_WORDS, HEAP_MAGIC, HEAP_VERSION,
  MAX_THREADS, NCLASSES, PHASE_DONE, W_GC_PHASE, THREAD_RECORD_WORDS, W_BITMAP_BASE, W_BTABLE_BASE, W_DATA_BLOCK, W_DEBUG, W_FREE_HEAD,
  W_GROWTH_PCT, W_HEAP_BYTES, W_HIGH_WATER, W_MAGIC, W_MAX_THREADS, W_MIN_GC_BYTES, W_RECYCLE_HEADS,
  W_PARALLEL_MIN_KB, W_THREADS_BASE, W_THRESHOLD, W_VERSION,
} from './layout.js';

export let I32: Int32Array = new Int32Array(0);
export let U32: Uint32Array = new Uint32Array(0);
export let U16: Uint16Array = new Uint16Array(0);
export let U8: Uint8Array = new Uint8Array(0);
export let F64: Float64Array = new Float64Array(0);
export let SAB: SharedArrayBuffer | null = null;

/** Geometry, read from the control page on attach (I32 indices where named `...Word`). */
export let heapBytes = 0;
export let blockCount = 0;
export let dataBlock = 0;
export let btWord = 0; // I32 index of the block table
export let bitmapWord = 0; // I32 index of the mark bitmap
export let threadsWord = 0; // I32 index of thread record 0

export interface HeapOptions {
  /** Bytes to reserve (rounded up to 32 KiB; at most 2 GiB - 32 KiB). */
  maxBytes: number;
  /** Collect when this much was allocated since the last collection, at least (default 8 MiB). */
  minGcBytes?: number;
  /** ... or when allocation since the last collection exceeds live * growthPercent / 100 (default 100). */
  growthPercent?: number;
  /**
   * Mark and sweep with all stopped threads once the live heap reaches this size (default 256 MiB);
   * below it, threads mark their own roots in turn and the coordinator sweeps alone, which avoids
   * atomic mark bits and wake-ups (on 2 shared cores parallel marking did not pay at 100 MB).
   */
  parallelGcBytes?: number;
  /** DEBUG_VERIFY | DEBUG_POISON (layout.ts). */
  debug?: number;
}

export const MAX_HEAP_BYTES = 2 ** 31 - BLOCK_SIZE;

const attachHooks: Array<() => void> = [];
/** Modules with per-thread state register a reset here; it runs whenever a heap is created or attached. */
export function onAttach(f: () => void): void {
  attachHooks.push(f);
}

export function createHeap(opts: HeapOptions): SharedArrayBuffer {
  const want = Math.ceil(opts.maxBytes / BLOCK_SIZE) * BLOCK_SIZE;
  if (!(want >= 1 << 20) || want > MAX_HEAP_BYTES) {
    throw new RangeError(`heap size must be between 1 MiB and ${MAX_HEAP_BYTES} bytes`);
  }
  const blocks = want >>> BLOCK_SHIFT;
  const threadsBase = CONTROL_WORDS * 4;
  const btBase = threadsBase + MAX_THREADS * THREAD_RECORD_WORDS * 4;
  const bitmapBase = (btBase + blocks * BT_WORDS * 4 + 63) & ~63;
  const firstData = Math.ceil((bitmapBase + want / 64) / BLOCK_SIZE);
  if (firstData + 4 > blocks) throw new RangeError('heap too small for its own metadata');

  const sab = new SharedArrayBuffer(want);
  const i32 = new Int32Array(sab);
  i32[W_MAGIC] = HEAP_MAGIC;
  i32[W_VERSION] = HEAP_VERSION;
  i32[W_HEAP_BYTES] = want;
  i32[W_MAX_THREADS] = MAX_THREADS;
  i32[W_THREADS_BASE] = threadsBase;
  i32[W_BTABLE_BASE] = btBase;
  i32[W_BITMAP_BASE] = bitmapBase;
  i32[W_DATA_BLOCK] = firstData;
  i32[W_MIN_GC_BYTES] = Math.min(opts.minGcBytes ?? 8 << 20, 1 << 30);
  i32[W_GROWTH_PCT] = opts.growthPercent ?? 100;
  i32[W_DEBUG] = opts.debug ?? 0;
  i32[W_PARALLEL_MIN_KB] = Math.min(Math.ceil((opts.parallelGcBytes ?? 256 << 20) / 1024), 2 ** 31 - 1);
  i32[W_THRESHOLD] = i32[W_MIN_GC_BYTES];
  i32[W_GC_PHASE] = PHASE_DONE; // so a poller never mistakes the first collection's start for a stop phase
  i32[W_FREE_HEAD] = -1;
  i32[W_HIGH_WATER] = firstData;
  for (let c = 0; c < NCLASSES; c++) i32[W_RECYCLE_HEADS + c] = -1;
  for (let b = 0; b < firstData; b++) i32[(btBase >> 2) + b * BT_WORDS + BT_STATE] = BK_RESERVED;
  attachHeap(sab);
  return sab;
}

export function attachHeap(sab: SharedArrayBuffer): void {
  const i32 = new Int32Array(sab);
  if (i32[W_MAGIC] !== HEAP_MAGIC || i32[W_VERSION] !== HEAP_VERSION) throw new Error('not an ftpy heap');
  SAB = sab;
  I32 = i32;
  U32 = new Uint32Array(sab);
  U16 = new Uint16Array(sab);
  U8 = new Uint8Array(sab);
  F64 = new Float64Array(sab);
  heapBytes = i32[W_HEAP_BYTES];
  blockCount = heapBytes >>> BLOCK_SHIFT;
  dataBlock = i32[W_DATA_BLOCK];
  btWord = i32[W_BTABLE_BASE] >> 2;
  bitmapWord = i32[W_BITMAP_BASE] >> 2;
  threadsWord = i32[W_THREADS_BASE] >> 2;
  for (const f of attachHooks) f();
}

/** Debug bits the heap was created with. */
export function debugFlags(): number {
  return I32[W_DEBUG];
}
