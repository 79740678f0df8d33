// Marking: a side bitmap (one bit per 8 bytes), a per-thread mark stack in JS memory, and work
// sharing between the threads that mark in parallel during a stop-the-world pause.
//
// Invariants
// - A bit is set exactly once per object per collection, by the thread that then traces the object
//   (test-and-set with Atomics.or when several threads mark; a plain read first skips marked objects
//   cheaply; with one marker everything is plain).
// - Tracing visits the type word and exactly the nslots tagged slots: odd = small int, 0 = empty,
//   other even = an object address. Raw bytes (including weakref referents) are never traced.
// - Permanent objects' bits are always set, so marking stops at None, types, etc.
// - Termination (several markers): a thread with an empty stack takes shared work or counts itself
//   idle, under W_WORK_LOCK; work is published only by non-idle threads. So once every participant
//   is idle with no shared work, no work can appear: marking is complete for all of them.

import {
  NSLOTS_MASK, W_GC_NPART, W_IDLE, W_WORK_BUF, W_WORK_LOCK, W_WORK_N, W_WORK_SIGNAL, WORK_CAPACITY,
} from './layout.js';
import { I32, bitmapWord } from './memory.js';
import { rawLock, rawUnlock } from './spin.js';

let stack = new Int32Array(1 << 14);
let sp = 0;
let atomicMarks = false; // several threads mark: test-and-set bits atomically, terminate together
let sharing = false; // ... and a shared work buffer exists
/** Objects traced by this thread in the current collection (statistics). */
export let tracedCount = 0;

/** Before marking: `parallel` when more than one thread marks in this collection. */
export function beginMarking(parallel: boolean): void {
  atomicMarks = parallel;
  sharing = parallel && I32[W_WORK_BUF] !== 0;
  sp = 0;
  tracedCount = 0;
}

/** Marks the object at `a` (an address) and queues it for tracing if it was not marked. */
export function markAddress(a: number): void {
  const w = bitmapWord + (a >>> 8);
  const m = 1 << ((a >>> 3) & 31);
  const old = I32[w];
  if ((old & m) !== 0) return;
  if (atomicMarks) {
    if ((Atomics.or(I32, w, m) & m) !== 0) return;
  } else {
    I32[w] = old | m;
  }
  if (sp === stack.length) growStack();
  stack[sp++] = a;
}

/** The function root scanners receive: ignores small ints and empty values. */
export function markTagged(v: number): void {
  if (v !== 0 && (v & 1) === 0) markAddress(v);
}

export function isMarked(a: number): boolean {
  return (I32[bitmapWord + (a >>> 8)] & (1 << ((a >>> 3) & 31))) !== 0;
}

/** Traces an object's type and slots without marking the object itself (permanent objects). */
export function traceObject(a: number): void {
  const i = a >> 2;
  const t = I32[i];
  if (t > 0) markAddress(t);
  const end = i + 2 + (I32[i + 1] & NSLOTS_MASK);
  for (let s = i + 2; s < end; s++) {
    const v = I32[s];
    if (v !== 0 && (v & 1) === 0) markAddress(v);
  }
}

function growStack(): void {
  const bigger = new Int32Array(stack.length * 2);
  bigger.set(stack);
  stack = bigger;
}

/**
 * Traces until this thread's stack is empty, sharing work with idle markers now and then.
 * This is traceObject + markAddress inlined with the views in locals: marking is the pause's main cost.
 */
export function drain(): void {
  const i32 = I32;
  const bw = bitmapWord;
  const atomic = atomicMarks;
  let st = stack;
  let p = sp;
  let n = 0;
  while (p > 0) {
    const a = st[--p];
    const i = a >> 2;
    // The type word (an object, usually permanent and so already marked), then the slots.
    let v = i32[i];
    let s = i + 2;
    const end = s + (i32[i + 1] & NSLOTS_MASK);
    for (;;) {
      if (v !== 0 && (v & 1) === 0) {
        const w = bw + (v >>> 8);
        const m = 1 << ((v >>> 3) & 31);
        const old = i32[w];
        if ((old & m) === 0 && (!atomic || (Atomics.or(i32, w, m) & m) === 0)) {
          if (!atomic) i32[w] = old | m;
          if (p === st.length) {
            sp = p;
            growStack();
            st = stack;
          }
          st[p++] = v;
        }
      }
      if (s >= end) break;
      v = i32[s++];
    }
    if ((++n & 63) === 0 && sharing && p > 64) {
      sp = p;
      maybeShare();
      p = sp;
    }
  }
  sp = 0;
  tracedCount += n;
}

function maybeShare(): void {
  if (Atomics.load(I32, W_IDLE) === 0 || Atomics.load(I32, W_WORK_N) !== 0) return;
  rawLock(W_WORK_LOCK);
  const have = I32[W_WORK_N];
  const give = Math.min(sp >> 1, WORK_CAPACITY - have);
  if (give > 0) {
    const buf = (I32[W_WORK_BUF] >> 2) + have;
    I32.set(stack.subarray(sp - give, sp), buf);
    sp -= give;
    I32[W_WORK_N] = have + give;
  }
  rawUnlock(W_WORK_LOCK);
  if (give > 0) {
    Atomics.add(I32, W_WORK_SIGNAL, 1);
    Atomics.notify(I32, W_WORK_SIGNAL);
  }
}

/** Lock held, W_WORK_N > 0: moves up to 256 entries of shared work onto this thread's stack. */
function takeWorkLocked(): void {
  const have = I32[W_WORK_N];
  const take = Math.min(have, 256);
  const from = (I32[W_WORK_BUF] >> 2) + have - take;
  while (sp + take > stack.length) growStack();
  stack.set(I32.subarray(from, from + take), sp);
  sp += take;
  I32[W_WORK_N] = have - take;
}

/** Marks to completion. With several markers, returns only when all of them are done. */
export function markLoop(): void {
  if (!atomicMarks) {
    drain();
    return;
  }
  const npart = I32[W_GC_NPART];
  for (;;) {
    drain();
    rawLock(W_WORK_LOCK);
    if (I32[W_WORK_N] > 0) {
      takeWorkLocked();
      rawUnlock(W_WORK_LOCK);
      continue;
    }
    const idle = Atomics.add(I32, W_IDLE, 1) + 1;
    rawUnlock(W_WORK_LOCK);
    if (idle === npart) {
      Atomics.add(I32, W_WORK_SIGNAL, 1);
      Atomics.notify(I32, W_WORK_SIGNAL);
      return;
    }
    if (!waitForWork(npart)) return;
  }
}

/** Idle: true when shared work was taken (no longer idle), false when every marker is idle. */
function waitForWork(npart: number): boolean {
  for (;;) {
    const sig = Atomics.load(I32, W_WORK_SIGNAL);
    if (Atomics.load(I32, W_IDLE) === npart) return false;
    if (Atomics.load(I32, W_WORK_N) > 0) {
      rawLock(W_WORK_LOCK);
      if (I32[W_WORK_N] > 0) {
        Atomics.sub(I32, W_IDLE, 1);
        takeWorkLocked();
        rawUnlock(W_WORK_LOCK);
        return true;
      }
      rawUnlock(W_WORK_LOCK);
      continue;
    }
    Atomics.wait(I32, W_WORK_SIGNAL, sig, 5);
  }
}
