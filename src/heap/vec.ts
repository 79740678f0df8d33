// Growable int32 vectors living in the heap (META runs), for state every thread must see: published
// roots of blocked threads, the finalizer and weakref registries, pending queues, permanent objects.
// A vector is described by 3 words at I32 index d: [byte address, length, capacity]. The caller
// provides the exclusion (a lock, or ownership by one thread, or a stopped world).

import { BLOCK_SIZE } from './layout.js';
import { I32 } from './memory.js';
import { allocMetaRun, freeMetaRun } from './blocks.js';

export function vecLength(d: number): number {
  return I32[d + 1];
}

/** I32 index of element 0. */
export function vecBase(d: number): number {
  return I32[d] >> 2;
}

/** Make room for `extra` more elements; false when the heap has no room. */
export function vecReserve(d: number, extra: number): boolean {
  const len = I32[d + 1];
  const cap = I32[d + 2];
  if (len + extra <= cap) return true;
  let want = Math.max(cap * 2, BLOCK_SIZE / 4);
  while (want < len + extra) want *= 2;
  const blocks = Math.ceil((want * 4) / BLOCK_SIZE);
  const addr = allocMetaRun(blocks);
  if (addr === 0) return false;
  const old = I32[d];
  if (old !== 0) {
    I32.copyWithin(addr >> 2, old >> 2, (old >> 2) + len);
    freeMetaRun(old);
  }
  I32[d] = addr;
  I32[d + 2] = (blocks * BLOCK_SIZE) / 4;
  return true;
}

export function vecPush(d: number, v: number): boolean {
  if (I32[d + 1] >= I32[d + 2] && !vecReserve(d, 1)) return false;
  const len = I32[d + 1];
  I32[(I32[d] >> 2) + len] = v;
  I32[d + 1] = len + 1;
  return true;
}

export function vecClear(d: number): void {
  I32[d + 1] = 0;
}

export function vecSetLength(d: number, len: number): void {
  I32[d + 1] = len;
}
