// The global block allocator: 32 KiB blocks described by the block table, handed to per-thread
// allocation buffers (one size class per block), to large objects (runs of blocks), to permanent
// objects and to heap-internal vectors (META runs). Everything here runs under W_BLOCK_LOCK.
//
// Invariants
// - A block below the high water mark is in exactly one state (BK_*). FREE blocks below it are on the
//   doubly linked free list; blocks at or above it were never touched, so their memory is still zero.
// - BT_DIRTY marks a FREE block that held objects: whoever takes it zeroes what it hands out.
// - A SMALL block is on its class's recyclable list (singly linked through BT_NEXT) only between a
//   collection and the moment a thread takes it; a taken block belongs to that thread's allocation
//   buffer until the next collection, so no other thread allocates in it.
// - The lists are rebuilt from the block table by every collection (rebuildLists), so a thread that
//   exits or forgets a block leaks nothing past the next collection.

import {
  BK_FREE, BK_META, BK_SMALL, BK_TAIL, BLOCK_SHIFT, BLOCK_SIZE, BT_DIRTY, BT_INFO, BT_NEXT, BT_PREV,
  BT_STATE, BT_WORDS, CLASS_SIZES, NCLASSES, RECYCLE_MIN_FREE_DIV, W_BLOCK_LOCK, W_FREE_COUNT, W_FREE_HEAD,
  W_HIGH_WATER, W_RECYCLE_HEADS,
} from './layout.js';
import { I32, blockCount, btWord, dataBlock } from './memory.js';
import { rawLock, rawUnlock } from './spin.js';

/** Cells per block for each size class. */
export const CLASS_CELLS: Int32Array = Int32Array.from(CLASS_SIZES, (s) => Math.floor(BLOCK_SIZE / s));

/** Set by takeBlock/takeRun: some block of the run held objects before (its bytes are not zero). */
export let runDirty = false;

export function lockBlocks(): void {
  rawLock(W_BLOCK_LOCK);
}
export function unlockBlocks(): void {
  rawUnlock(W_BLOCK_LOCK);
}

export function blockState(b: number): number {
  return I32[btWord + b * BT_WORDS + BT_STATE];
}
export function setBlockState(b: number, state: number, info: number): void {
  const e = btWord + b * BT_WORDS;
  I32[e + BT_STATE] = state;
  I32[e + BT_INFO] = info;
}

function unlinkFree(b: number): void {
  const e = btWord + b * BT_WORDS;
  const next = I32[e + BT_NEXT];
  const prev = I32[e + BT_PREV];
  if (prev >= 0) I32[btWord + prev * BT_WORDS + BT_NEXT] = next;
  else I32[W_FREE_HEAD] = next;
  if (next >= 0) I32[btWord + next * BT_WORDS + BT_PREV] = prev;
  I32[W_FREE_COUNT]--;
}

function pushFree(b: number): void {
  const e = btWord + b * BT_WORDS;
  const head = I32[W_FREE_HEAD];
  I32[e + BT_NEXT] = head;
  I32[e + BT_PREV] = -1;
  if (head >= 0) I32[btWord + head * BT_WORDS + BT_PREV] = b;
  I32[W_FREE_HEAD] = b;
  I32[W_FREE_COUNT]++;
}

/** One block (lock held): the lowest recently freed one, else a never-touched one; -1 when full. */
export function takeBlock(): number {
  const head = I32[W_FREE_HEAD];
  if (head >= 0) {
    unlinkFree(head);
    runDirty = (blockState(head) & BT_DIRTY) !== 0;
    return head;
  }
  const hw = I32[W_HIGH_WATER];
  if (hw >= blockCount) return -1;
  I32[W_HIGH_WATER] = hw + 1;
  runDirty = false;
  return hw;
}

/** n contiguous blocks (lock held), first fit below the high water, else at the top; -1 when full. */
export function takeRun(n: number): number {
  if (n === 1) return takeBlock();
  const hw = I32[W_HIGH_WATER];
  let start = -1;
  if (I32[W_FREE_COUNT] >= n) {
    for (let b = dataBlock, run = 0; b < hw; b++) {
      if ((blockState(b) & 0xff) !== BK_FREE) run = 0;
      else if (++run === n) {
        start = b - n + 1;
        break;
      }
    }
  }
  let end: number;
  if (start < 0) {
    // Free blocks just below the high water extend into untouched memory.
    start = hw;
    while (start > dataBlock && (blockState(start - 1) & 0xff) === BK_FREE) start--;
    if (start + n > blockCount) return -1;
    end = hw;
    I32[W_HIGH_WATER] = Math.max(hw, start + n);
  } else {
    end = start + n;
  }
  runDirty = false;
  for (let b = start; b < end; b++) {
    if (blockState(b) & BT_DIRTY) runDirty = true;
    unlinkFree(b);
  }
  return start;
}

/** Give a run back (lock held). Its memory is dirty; it is zeroed when handed out again. */
export function releaseRun(start: number, n: number): void {
  for (let b = start + n - 1; b >= start; b--) {
    setBlockState(b, BK_FREE | BT_DIRTY, 0);
    pushFree(b);
  }
}

/** Next block of class c with free cells left by the last sweep (lock held); -1 if none. */
export function popRecyclable(c: number): number {
  const b = I32[W_RECYCLE_HEADS + c];
  if (b >= 0) I32[W_RECYCLE_HEADS + c] = I32[btWord + b * BT_WORDS + BT_NEXT];
  return b;
}

/** A run for a heap-internal vector; returns its byte address, 0 when the heap is full. */
export function allocMetaRun(nBlocks: number): number {
  lockBlocks();
  const b = takeRun(nBlocks);
  if (b >= 0) {
    setBlockState(b, BK_META, nBlocks);
    for (let i = 1; i < nBlocks; i++) setBlockState(b + i, BK_TAIL, 0);
  }
  unlockBlocks();
  return b < 0 ? 0 : b << BLOCK_SHIFT;
}

export function freeMetaRun(addr: number): void {
  const b = addr >>> BLOCK_SHIFT;
  lockBlocks();
  releaseRun(b, I32[btWord + b * BT_WORDS + BT_INFO]);
  unlockBlocks();
}

/**
 * After a sweep (world stopped): rebuild the free list and the recyclable lists from the block table,
 * lowest blocks first so allocation keeps the touched part of the heap compact. Empty SMALL blocks
 * become FREE; SMALL blocks with at least 1/RECYCLE_MIN_FREE_DIV free cells are recyclable.
 */
export function rebuildLists(): void {
  I32[W_FREE_HEAD] = -1;
  I32[W_FREE_COUNT] = 0;
  for (let c = 0; c < NCLASSES; c++) I32[W_RECYCLE_HEADS + c] = -1;
  for (let b = I32[W_HIGH_WATER] - 1; b >= dataBlock; b--) {
    const e = btWord + b * BT_WORDS;
    const st = I32[e + BT_STATE];
    const kind = st & 0xff;
    if (kind === BK_FREE) {
      pushFree(b);
    } else if (kind === BK_SMALL) {
      const c = (st >>> 8) & 0xff;
      const live = I32[e + BT_INFO];
      const cells = CLASS_CELLS[c];
      if (live === 0) {
        setBlockState(b, BK_FREE | BT_DIRTY, 0);
        pushFree(b);
      } else if (cells - live >= Math.max(1, (cells / RECYCLE_MIN_FREE_DIV) | 0)) {
        I32[e + BT_NEXT] = I32[W_RECYCLE_HEADS + c];
        I32[W_RECYCLE_HEADS + c] = b;
      }
    }
  }
}
