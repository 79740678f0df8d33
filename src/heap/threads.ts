// The thread registry: every worker (and the main thread) that runs Python registers and gets a
// 64-byte record in the heap. The record's state word is how a collection knows where each thread is.
//
// Invariants
// - State transitions of a record: FREE -> BLOCKED (registerThread) -> RUNNING <-> BLOCKED
//   (enterBlocking / leaveBlocking), RUNNING <-> SAFEPOINT(epoch) (inside a collection), RUNNING -> FREE.
//   Only the owning thread writes its state word (with Atomics.store); the coordinator only reads it.
// - A thread in BLOCKED state does not touch the heap and has published its roots (the record's root
//   vector). leaveBlocking is a Dekker handshake with the coordinator: store RUNNING, then load
//   W_GC_STATE; the coordinator stores GC_ACTIVE, then loads the states (all seq-cst). At least one
//   sees the other, so a thread never runs while a collection thinks it is blocked.
// - A registered thread that returns to the JS event loop (await, callbacks) must enterBlocking()
//   first: a collection waits for every RUNNING thread to reach a safepoint.

import {
  GC_ACTIVE, MAX_THREADS, T_BLOCK_SEEN, T_PINNED, T_ROOTS, T_SERIAL, T_STATE, THREAD_RECORD_WORDS,
  TS_BLOCKED, TS_FREE, TS_RUNNING, W_ARRIVALS, W_THREADS_USED, W_STAT_COLLECTIONS, W_GC_STATE,
} from './layout.js';
import { I32, onAttach, threadsWord } from './memory.js';
import { resetAllocState, flushAllocAccounting } from './alloc.js';
import { vecPush, vecClear } from './vec.js';

/** What the owning thread's root scanner receives: call it with every tagged value the thread holds. */
export type MarkFn = (tagged: number) => void;
export type RootScanner = (mark: MarkFn) => void;

/** This thread's index, -1 when not registered. */
export let threadIndex = -1;
/** I32 index of this thread's record. */
export let recWord = 0;
let scanner: RootScanner | null = null;
let blockDepth = 0; // enterBlocking nests: only the outermost call publishes and changes state

onAttach(() => {
  threadIndex = -1;
  recWord = 0;
  scanner = null;
  blockDepth = 0;
});

export function recordWord(i: number): number {
  return threadsWord + i * THREAD_RECORD_WORDS;
}

/** Claims a record and sets up this thread's allocation buffers; returns the small thread index. */
export function registerThread(): number {
  if (threadIndex >= 0) throw new Error('thread already registered');
  for (let i = 0; i < MAX_THREADS; i++) {
    const r = recordWord(i);
    if (Atomics.compareExchange(I32, r + T_STATE, TS_FREE, TS_BLOCKED) !== TS_FREE) continue;
    // Start BLOCKED with no roots, then join like a thread waking up: waits out a collection in progress.
    for (let used = Atomics.load(I32, W_THREADS_USED); used <= i; used = Atomics.load(I32, W_THREADS_USED)) {
      if (Atomics.compareExchange(I32, W_THREADS_USED, used, i + 1) === used) break;
    }
    threadIndex = i;
    recWord = r;
    vecClear(r + T_ROOTS);
    I32[r + T_PINNED] = 0;
    I32[r + T_SERIAL]++;
    I32[r + T_BLOCK_SEEN] = Atomics.load(I32, W_STAT_COLLECTIONS);
    blockDepth = 1;
    resetAllocState();
    leaveBlocking();
    return i;
  }
  throw new Error(`more than ${MAX_THREADS} threads registered on the heap`);
}

/** At thread exit. Allocation buffers are dropped; the next collection finds their free cells. */
export function unregisterThread(): void {
  if (threadIndex < 0) return;
  flushAllocAccounting();
  resetAllocState();
  I32[recWord + T_PINNED] = 0;
  Atomics.store(I32, recWord + T_STATE, TS_FREE);
  notifyCoordinator();
  threadIndex = -1;
  recWord = 0;
  scanner = null;
  blockDepth = 0;
}

/**
 * For the runtime, after a worker died without unregistering (its 'exit' event): frees its record so
 * collections stop waiting for it. Only for a thread that can no longer run.
 */
export function releaseDeadThread(i: number): void {
  if (i === threadIndex) throw new Error('releaseDeadThread: this is the current thread');
  const r = recordWord(i);
  I32[r + T_PINNED] = 0;
  Atomics.store(I32, r + T_STATE, TS_FREE);
  notifyCoordinator();
}

export function setRootScanner(scan: RootScanner | null): void {
  scanner = scan;
}

export function rootScanner(): RootScanner | null {
  return scanner;
}

/** Wakes a coordinator waiting for threads to stop (only when a collection is under way). */
export function notifyCoordinator(): void {
  if (Atomics.load(I32, W_GC_STATE) === GC_ACTIVE) {
    Atomics.add(I32, W_ARRIVALS, 1);
    Atomics.notify(I32, W_ARRIVALS);
  }
}

function publishRoot(v: number): void {
  if (v !== 0 && (v & 1) === 0 && !vecPush(recWord + T_ROOTS, v)) throw publishFailed;
}
const publishFailed = new Error('no heap room to publish roots');

/**
 * Before a native blocking call (sync I/O, a wait): publishes this thread's roots (the scanner's
 * values and `extraRoot`) into the heap, then lets collections proceed without this thread.
 * Returns false if the roots could not be published (heap full): the thread stays RUNNING and must
 * keep polling safepoints while it waits. Nests; only the outermost call does the work.
 */
export function enterBlocking(extraRoot = 0): boolean {
  if (threadIndex < 0) return false;
  if (blockDepth > 0) {
    blockDepth++;
    return true;
  }
  const roots = recWord + T_ROOTS;
  vecClear(roots);
  try {
    if (scanner !== null) scanner(publishRoot);
    publishRoot(extraRoot);
    publishRoot(I32[recWord + T_PINNED]);
  } catch (e) {
    if (e !== publishFailed) throw e;
    return false;
  }
  I32[recWord + T_BLOCK_SEEN] = Atomics.load(I32, W_STAT_COLLECTIONS);
  Atomics.store(I32, recWord + T_STATE, TS_BLOCKED);
  blockDepth = 1;
  notifyCoordinator();
  return true;
}

/** After the blocking call: waits while a collection is running, then resumes. */
export function leaveBlocking(): void {
  if (threadIndex < 0 || blockDepth === 0) return;
  if (--blockDepth > 0) return;
  const st = recWord + T_STATE;
  for (;;) {
    Atomics.store(I32, st, TS_RUNNING);
    if (Atomics.load(I32, W_GC_STATE) !== GC_ACTIVE) break;
    // A collection is running and may have counted us as blocked: step back and wait for its end.
    Atomics.store(I32, st, TS_BLOCKED);
    notifyCoordinator();
    Atomics.wait(I32, W_GC_STATE, GC_ACTIVE, 50);
  }
  // A collection that completed while we were blocked (even one already stopping when we blocked)
  // swept the blocks our allocation buffers point into.
  if (Atomics.load(I32, W_STAT_COLLECTIONS) !== I32[recWord + T_BLOCK_SEEN]) collectionObserved();
}

const endHooks: Array<() => void> = [];

/**
 * Registers a callback this thread runs after every collection, before it touches the heap again
 * (whether it took part or was blocked): for per-worker caches keyed by address, since the
 * addresses of freed objects are reused. Callbacks stay registered when a heap is re-attached.
 */
export function onCollectionEnd(f: () => void): void {
  endHooks.push(f);
}

/** This thread noticed a collection: its allocation buffers are stale, its caches too. */
export function collectionObserved(): void {
  resetAllocState();
  for (const f of endHooks) f();
}

export function isBlocked(): boolean {
  return blockDepth > 0;
}

/** A record's state word (TS_FREE, TS_RUNNING, TS_BLOCKED or epoch << 2 | TS_SAFEPOINT), for tests. */
export function threadState(i: number): number {
  return Atomics.load(I32, recordWord(i) + T_STATE) & 3;
}
