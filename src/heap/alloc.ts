// Object allocation: per-thread bump buffers over size-class blocks (no atomic operation on the fast
// path), large objects in their own block runs, permanent objects in a never-swept region, and
// global root slots.
//
// Invariants
// - A thread's buffer for class c is the run [curs[c], lims[c]) of cells that are free AND already
//   zero. Fresh blocks are zero (untouched pages, or zeroed when a dirty block is reissued); runs of
//   free cells in recycled blocks are zeroed when the thread takes them. So alloc only writes the header.
// - A cell is free iff its type word is 0: allocated cells have a nonzero type, the sweep writes 0 into
//   dead ones. Scanning a recycled block for free runs therefore needs no other metadata.
// - alloc never collects unless the heap is exhausted: passing the threshold only *requests* a
//   collection (sets the safepoint flag), which runs at the next pollSafepoint. Object addresses held
//   in JS locals stay valid until the thread polls, blocks, or an allocation finds the heap full.
// - Buffers are forgotten at every collection (resetAllocState): the sweep may free their blocks.
// - Allocation is counted per run handed out, not per object, batched into W_ALLOC_BYTES.

import {
  BK_LARGE, BK_PERM, BK_SMALL, BK_TAIL, BLOCK_SHIFT, BLOCK_SIZE, CLASS_SIZES, GC_IDLE, GC_REQUESTED,
  MAX_SMALL, NCLASSES, NSLOTS_MASK, SAFEPOINT_FLAG_INDEX, W_ALLOC_BYTES, W_GC_STATE, W_PERM_CUR, W_PERM_END,
  W_PERM_VEC, W_REG_LOCK, W_ROOT_CHUNK, W_ROOT_NEXT, W_STAT_EMERGENCY, W_THRESHOLD,
} from './layout.js';
import { I32, bitmapWord, heapBytes, onAttach } from './memory.js';
import {
  CLASS_CELLS, lockBlocks, popRecyclable, runDirty, setBlockState, takeBlock, takeRun, unlockBlocks,
} from './blocks.js';
import { rawLock, rawUnlock } from './spin.js';
import { vecPush } from './vec.js';
import { threadIndex } from './threads.js';
import { emergencyCollect } from './safepoint.js';

export class HeapExhaustedError extends RangeError {
  constructor(what: string) {
    super(`ftpy heap exhausted (${what})`);
    this.name = 'HeapExhaustedError';
  }
}

/** size >> 3 -> size class, for every size up to MAX_SMALL. */
const CLASS_OF = new Uint8Array((MAX_SMALL >> 3) + 1);
for (let c = NCLASSES - 1; c >= 0; c--) CLASS_OF.fill(c, 0, (CLASS_SIZES[c] >> 3) + 1);
const SIZE = Int32Array.from(CLASS_SIZES);

// This thread's buffers (JS memory, not shared): the bump run and, for a recycled block, the part
// not yet scanned for free cells.
const curs = new Int32Array(NCLASSES);
const lims = new Int32Array(NCLASSES);
const scanCur = new Int32Array(NCLASSES);
const scanEnd = new Int32Array(NCLASSES);
let pendingBytes = 0;
const ACCOUNT_BATCH = 64 * 1024;

export function resetAllocState(): void {
  curs.fill(0);
  lims.fill(0);
  scanCur.fill(0);
  scanEnd.fill(0);
  pendingBytes = 0;
}
onAttach(resetAllocState);

/** Object size in bytes for a header + nslots + rawBytes, rounded to 8 (minimum 16). */
export function objectSize(nslots: number, rawBytes: number): number {
  return Math.max(16, (15 + nslots * 4 + rawBytes) & ~7);
}

/**
 * A new object: header set (type, nslots, no flags), slots and raw bytes zero. `type` is the address
 * of the type object (nonzero). May collect only if the heap is full (see the invariants).
 * Arguments must be non-negative int32s (the fast path does not check for fractions).
 */
export function alloc(type: number, nslots: number, rawBytes: number): number {
  const size = (15 + (nslots << 2) + rawBytes) & ~7;
  // Cheap guards (negative sizes, a zero type would read as a free cell); allocSlow checks fully.
  if ((size - 1) >>> 0 < MAX_SMALL && (nslots | rawBytes) >= 0 && type > 0) {
    const c = CLASS_OF[size >>> 3];
    const a = curs[c];
    const next = a + SIZE[c];
    if (next <= lims[c]) {
      curs[c] = next;
      I32[a >> 2] = type;
      I32[(a >> 2) + 1] = nslots;
      return a;
    }
  }
  return allocSlow(type, nslots, rawBytes);
}

function checkArgs(type: number, nslots: number, rawBytes: number, permanent: boolean): number {
  if (threadIndex < 0) throw new Error('alloc: this thread is not registered with the heap');
  if (!Number.isInteger(nslots) || nslots < 0 || nslots > NSLOTS_MASK) throw new RangeError(`bad nslots ${nslots}`);
  if (!Number.isInteger(rawBytes) || rawBytes < 0) throw new RangeError(`bad rawBytes ${rawBytes}`);
  if (!Number.isInteger(type) || type < 0 || (type === 0 && !permanent) || (type & 7) !== 0) {
    throw new RangeError(`bad type address ${type}`);
  }
  const size = objectSize(nslots, rawBytes);
  if (size > heapBytes) throw new HeapExhaustedError(`object of ${size} bytes`);
  return size;
}

function allocSlow(type: number, nslots: number, rawBytes: number): number {
  const size = checkArgs(type, nslots, rawBytes, false);
  for (let attempt = 0; ; attempt++) {
    let a: number;
    if (size <= MAX_SMALL) {
      const c = CLASS_OF[size >>> 3];
      a = refill(c) ? curs[c] : 0;
      if (a !== 0) curs[c] = a + SIZE[c];
    } else {
      a = allocLarge(size);
    }
    if (a !== 0) {
      I32[a >> 2] = type;
      I32[(a >> 2) + 1] = nslots;
      return a;
    }
    if (attempt > 0) throw new HeapExhaustedError(`object of ${size} bytes`);
    Atomics.add(I32, W_STAT_EMERGENCY, 1);
    emergencyCollect();
  }
}

/** Finds the next zeroed run for class c; false when the heap has no block left. */
function refill(c: number): boolean {
  const size = SIZE[c];
  for (;;) {
    const end = scanEnd[c];
    let p = scanCur[c];
    while (p < end && I32[p >> 2] !== 0) p += size;
    if (p < end) {
      let e = p + size;
      while (e < end && I32[e >> 2] === 0) e += size;
      I32.fill(0, p >> 2, e >> 2);
      curs[c] = p;
      lims[c] = e;
      scanCur[c] = e;
      account(e - p);
      return true;
    }
    scanCur[c] = scanEnd[c] = 0;
    lockBlocks();
    let b = popRecyclable(c);
    let fresh = false;
    let dirty = false;
    if (b < 0) {
      b = takeBlock();
      if (b >= 0) {
        setBlockState(b, BK_SMALL | (c << 8), 0);
        fresh = true;
        dirty = runDirty;
      }
    }
    unlockBlocks();
    if (b < 0) return false;
    const base = b << BLOCK_SHIFT;
    const cellsEnd = base + CLASS_CELLS[c] * size;
    if (fresh) {
      if (dirty) I32.fill(0, base >> 2, cellsEnd >> 2);
      curs[c] = base;
      lims[c] = cellsEnd;
      account(cellsEnd - base);
      return true;
    }
    scanCur[c] = base;
    scanEnd[c] = cellsEnd;
  }
}

function allocLarge(size: number): number {
  const n = Math.ceil(size / BLOCK_SIZE);
  lockBlocks();
  const b = takeRun(n);
  const dirty = runDirty;
  if (b >= 0) {
    setBlockState(b, BK_LARGE, n);
    for (let i = 1; i < n; i++) setBlockState(b + i, BK_TAIL, 0);
  }
  unlockBlocks();
  if (b < 0) return 0;
  const a = b << BLOCK_SHIFT;
  if (dirty) I32.fill(0, a >> 2, (a + size) >> 2);
  account(n * BLOCK_SIZE);
  flushAllocAccounting();
  return a;
}

function account(bytes: number): void {
  pendingBytes += bytes;
  if (pendingBytes >= ACCOUNT_BATCH) flushAllocAccounting();
}

/** Adds this thread's uncounted allocation to the global count; requests a collection past the threshold. */
export function flushAllocAccounting(): void {
  if (pendingBytes === 0) return;
  const total = Atomics.add(I32, W_ALLOC_BYTES, pendingBytes) + pendingBytes;
  pendingBytes = 0;
  if (total >= I32[W_THRESHOLD]) requestCollection();
}

/** Asks for a collection at the next safepoint of any thread. */
export function requestCollection(): void {
  if (Atomics.compareExchange(I32, W_GC_STATE, GC_IDLE, GC_REQUESTED) === GC_IDLE) {
    Atomics.store(I32, SAFEPOINT_FLAG_INDEX, 1);
  }
}

/**
 * An object that is never freed and never moves (None, True, builtin types ...). Its slots are roots:
 * every collection traces them. `type` may be 0 when the object is its own type's type: store the
 * type word before the next safepoint.
 */
export function allocPermanent(type: number, nslots: number, rawBytes: number): number {
  const size = checkArgs(type, nslots, rawBytes, true);
  rawLock(W_REG_LOCK);
  try {
    return allocPermanentLocked(type, nslots, size);
  } finally {
    rawUnlock(W_REG_LOCK);
  }
}

function allocPermanentLocked(type: number, nslots: number, size: number): number {
  let a = I32[W_PERM_CUR];
  if (a === 0 || a + size > I32[W_PERM_END]) {
    const n = Math.ceil(size / BLOCK_SIZE);
    lockBlocks();
    const b = takeRun(n);
    const dirty = runDirty;
    if (b >= 0) {
      setBlockState(b, BK_PERM, n);
      for (let i = 1; i < n; i++) setBlockState(b + i, BK_TAIL, 0);
    }
    unlockBlocks();
    if (b < 0) throw new HeapExhaustedError('permanent object');
    a = b << BLOCK_SHIFT;
    if (dirty) I32.fill(0, a >> 2, (a + n * BLOCK_SIZE) >> 2);
    I32[W_PERM_END] = a + n * BLOCK_SIZE;
  }
  if (!vecPush(W_PERM_VEC, a)) throw new HeapExhaustedError('permanent object table');
  I32[W_PERM_CUR] = a + size;
  I32[a >> 2] = type;
  I32[(a >> 2) + 1] = nslots;
  // Permanent objects are always marked: marking stops at them, the sweep never visits their blocks.
  Atomics.or(I32, bitmapWord + (a >>> 8), 1 << ((a >>> 3) & 31));
  return a;
}

const ROOT_CHUNK_SLOTS = 62;

/**
 * A new global root: returns the byte address of a slot (initially 0) that keeps whatever it holds
 * alive; store tagged values into it with I32[addr >> 2] = v. Slots live as long as the heap.
 */
export function addGlobalRootSlot(): number {
  rawLock(W_REG_LOCK);
  try {
    let chunk = I32[W_ROOT_CHUNK];
    let next = I32[W_ROOT_NEXT];
    if (chunk === 0 || next === ROOT_CHUNK_SLOTS) {
      chunk = allocPermanentLocked(0, ROOT_CHUNK_SLOTS, objectSize(ROOT_CHUNK_SLOTS, 0));
      I32[chunk >> 2] = chunk; // heap-internal objects are their own type
      I32[W_ROOT_CHUNK] = chunk;
      next = 0;
    }
    I32[W_ROOT_NEXT] = next + 1;
    return chunk + 8 + next * 4;
  } finally {
    rawUnlock(W_REG_LOCK);
  }
}
