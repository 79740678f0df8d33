// Sweeping, in parallel during the pause: threads claim chunks of blocks with an atomic cursor.
// A dead small object gets type word 0 (its other bytes stay dirty until an allocator zeroes the run);
// a dead large object's blocks become FREE and dirty. Mark bits are cleared as blocks are swept, so
// the bitmap is all zero again (except permanent objects' bits) when the world restarts.
//
// Invariants
// - Only blocks below the high water as of the start of the sweep are visited (W_SWEEP_END).
// - Each block is swept by exactly one thread (the chunk's claimer). A large run spanning chunks is
//   handled by the claimer of its head; others see BK_TAIL or BK_FREE there and skip it.
// - The block table's BT_INFO of a SMALL block is its live cell count; rebuildLists reads it.
// - Blocks without any mark bit are freed without visiting their cells, unless W_SWEEP_EXACT asks for
//   an exact count of freed objects (collect(), i.e. gc.collect()'s return value) or poisoning is on.

import {
  BK_LARGE, BK_SMALL, BLOCK_SHIFT, BLOCK_SIZE, BT_DIRTY, BT_INFO, BT_STATE, BT_WORDS, BK_FREE, CLASS_SIZES,
  DEBUG_POISON, POISON, W_SWEEP_CURSOR, W_SWEEP_EXACT, W_SWEEP_DONE, W_SWEEP_END, W_SWEEP_FREED, W_SWEEP_LIVE_KB,
} from './layout.js';
import { I32, bitmapWord, btWord, debugFlags } from './memory.js';
import { CLASS_CELLS, setBlockState } from './blocks.js';

const SIZE = Int32Array.from(CLASS_SIZES);
const SWEEP_CHUNK = 16;
const BITMAP_WORDS_PER_BLOCK = BLOCK_SIZE / 256;

let freed = 0;
let liveBytes = 0;
let poison = false;
let exact = false;

/** Claims and sweeps chunks until none are left, then reports its counts and checks in. */
export function sweepParticipant(): void {
  freed = 0;
  liveBytes = 0;
  poison = (debugFlags() & DEBUG_POISON) !== 0;
  exact = poison || I32[W_SWEEP_EXACT] !== 0;
  const end = I32[W_SWEEP_END];
  for (;;) {
    const start = Atomics.add(I32, W_SWEEP_CURSOR, SWEEP_CHUNK);
    if (start >= end) break;
    const stop = Math.min(start + SWEEP_CHUNK, end);
    for (let b = start; b < stop; b++) sweepBlock(b);
  }
  Atomics.add(I32, W_SWEEP_FREED, freed);
  Atomics.add(I32, W_SWEEP_LIVE_KB, Math.round(liveBytes / 1024));
  Atomics.add(I32, W_SWEEP_DONE, 1);
  Atomics.notify(I32, W_SWEEP_DONE);
}

function sweepBlock(b: number): void {
  const e = btWord + b * BT_WORDS;
  const st = I32[e + BT_STATE];
  const kind = st & 0xff;
  if (kind === BK_SMALL) sweepSmall(b, e, (st >>> 8) & 0xff);
  else if (kind === BK_LARGE) sweepLarge(b, e);
}

function sweepSmall(b: number, e: number, c: number): void {
  const size = SIZE[c];
  const base = b << BLOCK_SHIFT;
  const bw = bitmapWord + (base >>> 8);
  if (!exact) {
    // A block with no mark bit died whole (typical for short-lived objects): it becomes FREE and is
    // zeroed when reissued, so its cells need not be visited. The freed count skips them.
    let any = 0;
    for (let w = bw; w < bw + BITMAP_WORDS_PER_BLOCK; w++) any |= I32[w];
    if (any === 0) {
      I32[e + BT_INFO] = 0;
      return;
    }
  }
  const end = base + CLASS_CELLS[c] * size;
  let live = 0;
  for (let a = base; a < end; a += size) {
    const i = a >> 2;
    if (I32[i] === 0) continue;
    if ((I32[bitmapWord + (a >>> 8)] & (1 << ((a >>> 3) & 31))) !== 0) {
      live++;
    } else {
      I32[i] = 0;
      freed++;
      if (poison) I32.fill(POISON, i + 1, i + (size >> 2));
    }
  }
  I32.fill(0, bw, bw + BITMAP_WORDS_PER_BLOCK);
  I32[e + BT_INFO] = live;
  liveBytes += live * size;
}

function sweepLarge(b: number, e: number): void {
  const base = b << BLOCK_SHIFT;
  const n = I32[e + BT_INFO];
  const w = bitmapWord + (base >>> 8);
  const m = 1 << ((base >>> 3) & 31);
  if ((I32[w] & m) !== 0) {
    I32[w] &= ~m;
    liveBytes += n * BLOCK_SIZE;
    return;
  }
  I32[base >> 2] = 0;
  if (poison) I32.fill(POISON, (base >> 2) + 1, (base >> 2) + 16);
  for (let i = 0; i < n; i++) setBlockState(b + i, BK_FREE | BT_DIRTY, 0);
  freed++;
}
