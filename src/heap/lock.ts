// Per-object locks (a 32-bit lock word in an object's raw bytes), futex-style waiting on heap words,
// sleep, and the few atomic word operations the layers above need (only src/heap uses Atomics).
//
// Invariants
// - Lock word: 0 free, 1 locked, 2 locked and maybe waited on (Drepper's mutex, see spin.ts). A lock
//   has no owner, so any thread may release it (_thread.lock semantics); RLock is built above.
// - A thread spins briefly (polling safepoints) and then parks. Before parking it publishes its roots
//   and enters BLOCKED state (threads.ts), so a parked thread never delays a collection: the collector
//   marks from the published roots and the thread waits for the collection's end when it wakes.
//   The object whose lock is awaited is published as a root too.
// - If publishing fails (heap full), the thread stays RUNNING and waits in slices of POLL_SLICE_MS,
//   polling safepoints between them: a collection then waits at most that long for it.
// - Word addresses are byte addresses `addr + off`, 4-byte aligned.

import { SAFEPOINT_FLAG_INDEX, T_PARK, W_MULTI_THREADED } from './layout.js';
import { I32 } from './memory.js';
import { SPIN_LIMIT } from './spin.js';
import { enterBlocking, leaveBlocking, recWord, threadIndex } from './threads.js';
import { pollSafepoint } from './safepoint.js';

/** Wait slice of a parked (blocked) thread: only a guard against lost wake-ups. */
const PARK_SLICE_MS = 200;
/** Wait slice of a thread that could not publish its roots and must keep polling. */
const POLL_SLICE_MS = 1;

export function lock(addr: number, off: number): void {
  const i = (addr + off) >> 2;
  if (Atomics.compareExchange(I32, i, 0, 1) !== 0) lockSlow(i, -1, addr);
}

/**
 * A builtin container's critical section (dict, list, set, bytearray, deque: objects/*). While the
 * interpreter has a single thread there is nobody to exclude, and the section costs one plain read
 * instead of a compare-exchange and an exchange (~17 ns, ../shared/FACTS.md). Critical sections
 * never run Python code, so the only thread is outside every one of them when it starts the second
 * (enterMultiThreaded); from then on every section locks.
 */
export function enterCritical(addr: number, off: number): void {
  // A plain read is enough: the word goes from 0 to 1 once, written by the only thread that exists
  // then, and threads started later see 1 (the start of a worker orders it before their first step).
  if (I32[W_MULTI_THREADED] === 0) return;
  lock(addr, off);
}

export function exitCritical(addr: number, off: number): void {
  if (I32[W_MULTI_THREADED] === 0) return;
  unlock(addr, off);
}

/** Called before a second thread can run (the thread starter, outside any critical section). */
export function enterMultiThreaded(): void {
  Atomics.store(I32, W_MULTI_THREADED, 1);
}

export function tryLock(addr: number, off: number): boolean {
  return Atomics.compareExchange(I32, (addr + off) >> 2, 0, 1) === 0;
}

/** True if acquired within timeoutMs (negative: wait forever; 0: just try). */
export function lockWithTimeout(addr: number, off: number, timeoutMs: number): boolean {
  const i = (addr + off) >> 2;
  if (Atomics.compareExchange(I32, i, 0, 1) === 0) return true;
  if (timeoutMs === 0) return false;
  return lockSlow(i, timeoutMs, addr);
}

export function unlock(addr: number, off: number): void {
  const i = (addr + off) >> 2;
  if (Atomics.exchange(I32, i, 0) === 2) Atomics.notify(I32, i, 1);
}

export function isLocked(addr: number, off: number): boolean {
  return Atomics.load(I32, (addr + off) >> 2) !== 0;
}

function lockSlow(i: number, timeoutMs: number, addr: number): boolean {
  const deadline = timeoutMs < 0 ? Infinity : performance.now() + timeoutMs;
  for (let n = 0; n < SPIN_LIMIT; n++) {
    if (I32[i] === 0 && Atomics.compareExchange(I32, i, 0, 1) === 0) return true;
    if (I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
  }
  const blocked = enterBlocking(addr);
  try {
    for (;;) {
      if (Atomics.exchange(I32, i, 2) === 0) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(I32, i, 2, Math.min(left, blocked ? PARK_SLICE_MS : POLL_SLICE_MS));
      if (!blocked && I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
    }
  } finally {
    if (blocked) leaveBlocking();
  }
}

/** Locks two objects in a fixed order (by lock word address), so two threads never deadlock. */
export function lockTwo(a: number, aOff: number, b: number, bOff: number): void {
  const ia = a + aOff;
  const ib = b + bOff;
  if (ia === ib) lock(a, aOff);
  else if (ia < ib) {
    lock(a, aOff);
    lock(b, bOff);
  } else {
    lock(b, bOff);
    lock(a, aOff);
  }
}

export function unlockTwo(a: number, aOff: number, b: number, bOff: number): void {
  unlock(a, aOff);
  if (a + aOff !== b + bOff) unlock(b, bOff);
}

const privateWord = new Int32Array(new SharedArrayBuffer(4));

/** Waits `ms` milliseconds as a blocked thread (collections proceed without it). */
export function sleep(ms: number): void {
  if (!(ms > 0)) {
    pollSafepoint();
    return;
  }
  const deadline = performance.now() + ms;
  const blocked = enterBlocking();
  try {
    for (let left = ms; left > 0; left = deadline - performance.now()) {
      if (blocked) Atomics.wait(I32, recWord + T_PARK, 0, left);
      else {
        Atomics.wait(privateWord, 0, 0, Math.min(left, POLL_SLICE_MS));
        if (threadIndex >= 0) pollSafepoint();
      }
    }
  } finally {
    if (blocked) leaveBlocking();
  }
}

export type WaitResult = 'ok' | 'not-equal' | 'timed-out';

/**
 * Futex wait on the word at byte address addr + off: sleeps (as a blocked thread) while it holds
 * `expected`, until notifyWord or the timeout (negative: none). For joins, events, conditions.
 */
export function waitWord(addr: number, off: number, expected: number, timeoutMs: number): WaitResult {
  const i = (addr + off) >> 2;
  if (Atomics.load(I32, i) !== expected) return 'not-equal';
  const deadline = timeoutMs < 0 ? Infinity : performance.now() + timeoutMs;
  const blocked = enterBlocking(addr);
  try {
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) return 'timed-out';
      const r = Atomics.wait(I32, i, expected, Math.min(left, blocked ? PARK_SLICE_MS : POLL_SLICE_MS));
      if (r !== 'timed-out') return r;
      if (!blocked && I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
    }
  } finally {
    if (blocked) leaveBlocking();
  }
}

/** Wakes up to `count` threads in waitWord on that word; returns how many were woken. */
export function notifyWord(addr: number, off: number, count = Infinity): number {
  return Atomics.notify(I32, (addr + off) >> 2, count);
}

// Atomic operations on heap words (byte addresses), for version counters, flags and the like.
export function loadWord(at: number): number {
  return Atomics.load(I32, at >> 2);
}
export function storeWord(at: number, v: number): void {
  Atomics.store(I32, at >> 2, v);
}
export function casWord(at: number, expected: number, v: number): number {
  return Atomics.compareExchange(I32, at >> 2, expected, v);
}
export function addWord(at: number, v: number): number {
  return Atomics.add(I32, at >> 2, v);
}
export function exchangeWord(at: number, v: number): number {
  return Atomics.exchange(I32, at >> 2, v);
}
