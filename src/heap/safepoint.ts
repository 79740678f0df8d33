// Safepoints and the stop-the-world collection protocol (non-moving mark-sweep).
//
// Generated code polls with a plain read: `if (I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();`
// on loop back-edges and calls (FACTS: a plain read there is free; Atomics.load costs 4 ns).
//
// Protocol (one collection = one epoch E):
// 1. Request: W_GC_STATE IDLE -> REQUESTED, then the flag is set (alloc past the threshold does this).
// 2. The first thread to poll (or collect()) CASes REQUESTED/IDLE -> ACTIVE and coordinates. It
//    publishes the phase word (E << 2 | STOP), then the flag. Epoch and phase share one word on
//    purpose: reading them from separate words let a late poller combine the previous collection's
//    epoch with the next one's STOP and join a collection that had not counted it (a hang, found by
//    the 4-worker test).
// 3. Stop: each RUNNING thread, at its next poll, stores SAFEPOINT(E) in its record and waits. The
//    coordinator waits until every record is FREE, BLOCKED (roots already published) or SAFEPOINT(E).
//    A state tagged with an older epoch does not count: that thread has not yet left the last collection.
// 4. Mark (PHASE = MARK): every stopped thread marks from its own roots (its scanner: only the owning
//    worker can see its JS frames); the coordinator also marks permanent objects, blocked threads'
//    published roots, pinned objects and the pending finalizer queues. Two modes, chosen by the
//    coordinator from the live size (W_PARALLEL_MIN_KB): serial, where threads take turns with a
//    token and mark with plain writes, or parallel, with atomic mark bits, work sharing and a
//    termination protocol (mark.ts). The total work is the same; parallel only pays on idle cores.
// 5. The coordinator alone: weakrefs, finalizers (finalize.ts), while the others wait.
// 6. Sweep: in parallel mode (PHASE = SWEEP) all stopped threads sweep chunks (sweep.ts), else the
//    coordinator sweeps alone; it then rebuilds the block lists, sets the next threshold, verifies.
// 7. Restart: the completed-collections count, phase DONE, then the flag and W_GC_STATE are cleared.
//    Threads forget their allocation buffers, resume, and run pending finalizer / weakref hooks.
// A thread that tries to leave BLOCKED while W_GC_STATE is ACTIVE waits for the end (threads.ts).

import {
  DEBUG_VERIFY, GC_ACTIVE, GC_IDLE, PHASE_DONE, W_THREADS_USED, PHASE_MARK, PHASE_STOP,
  PHASE_SWEEP, SAFEPOINT_FLAG_INDEX, T_PINNED, T_ROOTS, T_STATE, TS_BLOCKED, TS_FREE, TS_RUNNING, TS_SAFEPOINT,
  W_ALLOC_BYTES, W_ARRIVALS, W_GC_COORD, W_GC_EPOCH, W_GC_NPART, W_GC_PHASE, W_GC_STATE, W_GROWTH_PCT,
  W_HIGH_WATER, W_IDLE, W_LIVE_BYTES, W_MIN_GC_BYTES, W_PERM_VEC, W_STAT_COLLECTIONS, W_STAT_FREED_TOTAL,
  W_STAT_LAST_PAUSE_US, W_STAT_LAST_STOP_US, W_STAT_MAX_PAUSE_US, W_STAT_VERIFY_ERRORS, W_STAT_VERIFY_RUNS,
  W_SWEEP_CURSOR, W_SWEEP_DONE, W_SWEEP_END, W_SWEEP_FREED, W_SWEEP_LIVE_KB, W_THRESHOLD, W_WORK_BUF,
  W_WORK_N, BLOCK_SIZE, W_VERSION_TAG, W_GC_PARALLEL, W_PARALLEL_MIN_KB, W_MARKED, W_MARK_TOKEN, W_SWEEP_EXACT,
} from './layout.js';
import { I32, dataBlock, debugFlags, heapBytes, onAttach } from './memory.js';
import { allocMetaRun, rebuildLists } from './blocks.js';
import { collectionObserved, recWord, recordWord, rootScanner, threadIndex } from './threads.js';
import { beginMarking, drain, markLoop, markTagged, traceObject, tracedCount } from './mark.js';
import { sweepParticipant } from './sweep.js';
import {
  clearDeadWeakrefs, dropDeadWeakrefEntries, hasHooks, markPendingQueues, pendingCount, queueFinalizers,
  runPendingFinalizers,
} from './finalize.js';
import { vecBase, vecLength } from './vec.js';
import { rawLock, rawUnlock } from './spin.js';
import { verifyHeap, type VerifyResult } from './verify.js';

export { SAFEPOINT_FLAG_INDEX };
const EPOCH_MASK = 0x1fffffff;

/** Timings of the last collection this thread coordinated (milliseconds). */
export interface GcInfo {
  epoch: number;
  participants: number;
  blocked: number;
  stopMs: number;
  markMs: number;
  finalizeMs: number;
  sweepMs: number;
  totalMs: number;
  freed: number;
  liveBytes: number;
  traced: number;
  queuedFinalizers: number;
}
let lastInfo: GcInfo | null = null;
let lastVerify: VerifyResult | null = null;
/** An exception thrown by this thread's root scanner during a collection; rethrown after the restart. */
let scannerError: unknown = null;
let lastFreed = 0;
/** collect() is running: count freed objects exactly (if this thread coordinates). */
let exactCount = false;

onAttach(() => {
  lastInfo = null;
  lastVerify = null;
  scannerError = null;
});

export function pollSafepoint(): void {
  if (I32[SAFEPOINT_FLAG_INDEX] === 0 || threadIndex < 0) return;
  if (safepointSlow(false)) afterCollection();
}

/**
 * gc.collect(): a full collection now (or joins the one under way). Returns the number of objects
 * freed, exact when this thread coordinated (collections started by allocation skip counting the
 * cells of wholly dead blocks).
 */
export function collect(): number {
  if (threadIndex < 0) throw new Error('collect: this thread is not registered with the heap');
  exactCount = true;
  try {
    safepointSlow(true);
  } finally {
    exactCount = false;
  }
  afterCollection();
  return lastFreed;
}

/** Allocation found the heap full: collect now, without running finalizer hooks. */
export function emergencyCollect(): void {
  safepointSlow(true);
  rethrowScannerError();
}

/** Takes part in (or runs) a collection. `force`: start one if none is requested. True if one ran. */
function safepointSlow(force: boolean): boolean {
  for (let misses = 0; ; ) {
    const st = Atomics.load(I32, W_GC_STATE);
    if (st === GC_ACTIVE) {
      if (participate()) return true;
      // Between collections (one finishing, or the next not yet at STOP): do not spin a core away
      // from the coordinator on an oversubscribed machine.
      if (++misses > 20) Atomics.wait(I32, W_GC_STATE, GC_ACTIVE, 0.1);
      continue;
    }
    if (st === GC_IDLE && !force) return false;
    if (Atomics.compareExchange(I32, W_GC_STATE, st, GC_ACTIVE) === st) {
      coordinate();
      return true;
    }
  }
}

function afterCollection(): void {
  rethrowScannerError();
  if (hasHooks() && pendingCount() > 0) runPendingFinalizers();
}

function rethrowScannerError(): void {
  if (scannerError !== null) {
    const e = scannerError;
    scannerError = null;
    throw e;
  }
}

function scanOwnRoots(): void {
  const scan = rootScanner();
  if (scan === null) return;
  try {
    scan(markTagged);
  } catch (e) {
    scannerError ??= e;
  }
}

/** The phase word holds epoch << 2 | phase, so one load tells which collection is where. */
function setPhase(e: number, phase: number): void {
  Atomics.store(I32, W_GC_PHASE, (e << 2) | phase);
  Atomics.notify(I32, W_GC_PHASE);
}

/** Phase changes come within microseconds: spin about this long before parking (a wake costs 2.5 us+). */
const SPIN_NS = 20_000;

/** Waits until collection e reaches `target` (or, for DONE, until a later one started). */
function waitPhase(e: number, target: number): void {
  const t0 = performance.now();
  for (let spins = 0; ; spins++) {
    const ph = Atomics.load(I32, W_GC_PHASE);
    if (ph >>> 2 !== e || (ph & 3) >= target) return;
    if ((spins & 63) !== 63 || (performance.now() - t0) * 1e6 < SPIN_NS) continue;
    Atomics.wait(I32, W_GC_PHASE, ph, 20);
  }
}

/** Coordinator: waits until the counter at `index` reaches n (spinning first, like waitPhase). */
function waitCount(index: number, n: number): void {
  const t0 = performance.now();
  for (let spins = 0; ; spins++) {
    const d = Atomics.load(I32, index);
    if (d >= n) return;
    if ((spins & 63) !== 63 || (performance.now() - t0) * 1e6 < SPIN_NS) continue;
    Atomics.wait(I32, index, d, 20);
  }
}

/**
 * A stopped thread's part in the current collection. False if there is none to join (finished, or
 * the next one has not published its STOP phase yet). Joining stores SAFEPOINT(e), then re-reads the
 * phase word: if collection e is still short of DONE, its coordinator has not finished scanning for
 * this thread (which was RUNNING), so it will see SAFEPOINT(e) and count it.
 */
function participate(): boolean {
  const ph = Atomics.load(I32, W_GC_PHASE);
  if ((ph & 3) === PHASE_DONE) return false;
  const e = ph >>> 2;
  const st = recWord + T_STATE;
  Atomics.store(I32, st, (e << 2) | TS_SAFEPOINT);
  const now = Atomics.load(I32, W_GC_PHASE);
  if (now >>> 2 !== e || (now & 3) === PHASE_DONE) {
    Atomics.store(I32, st, TS_RUNNING);
    return false;
  }
  Atomics.add(I32, W_ARRIVALS, 1);
  Atomics.notify(I32, W_ARRIVALS);
  waitPhase(e, PHASE_MARK);
  if (Atomics.load(I32, W_GC_PARALLEL) !== 0) {
    beginMarking(true);
    scanOwnRoots();
    markLoop();
    waitPhase(e, PHASE_SWEEP);
    sweepParticipant();
  } else {
    markSerially(false);
    Atomics.add(I32, W_MARKED, 1);
    Atomics.notify(I32, W_MARKED);
  }
  waitPhase(e, PHASE_DONE);
  Atomics.store(I32, st, TS_RUNNING);
  collectionObserved();
  return true;
}

const participants: number[] = [];
const blocked: number[] = [];

/** Runs a whole collection; W_GC_STATE is ACTIVE and this thread won it. */
function coordinate(): void {
  const t0 = performance.now();
  const e = (Atomics.load(I32, W_GC_EPOCH) + 1) & EPOCH_MASK;
  Atomics.store(I32, W_GC_EPOCH, e);
  setPhase(e, PHASE_STOP);
  Atomics.store(I32, W_GC_COORD, threadIndex);
  Atomics.store(I32, SAFEPOINT_FLAG_INDEX, 1);
  const mine = (e << 2) | TS_SAFEPOINT;
  Atomics.store(I32, recWord + T_STATE, mine);
  stopTheWorld(mine);
  const t1 = performance.now();

  // Mark.
  const npart = participants.length;
  const parallel = npart > 1 && I32[W_LIVE_BYTES] / 1024 >= I32[W_PARALLEL_MIN_KB];
  Atomics.store(I32, W_GC_NPART, npart);
  Atomics.store(I32, W_GC_PARALLEL, parallel ? 1 : 0);
  if (parallel) {
    Atomics.store(I32, W_IDLE, 0);
    Atomics.store(I32, W_WORK_N, 0);
    if (I32[W_WORK_BUF] === 0) I32[W_WORK_BUF] = allocMetaRun(1);
    beginMarking(true);
    setPhase(e, PHASE_MARK);
    scanOwnRoots();
    markGlobalRoots();
    markLoop();
  } else {
    Atomics.store(I32, W_MARKED, 0);
    setPhase(e, PHASE_MARK);
    markSerially(true);
    waitCount(W_MARKED, npart - 1);
  }
  const traced = tracedCount;
  const t2 = performance.now();

  // Weakrefs and finalizers: the others are idle, so plain marking is safe.
  beginMarking(false);
  clearDeadWeakrefs();
  const queued = queueFinalizers();
  dropDeadWeakrefEntries();
  const t3 = performance.now();

  // Sweep.
  I32[W_SWEEP_CURSOR] = dataBlock;
  I32[W_SWEEP_END] = I32[W_HIGH_WATER];
  I32[W_SWEEP_FREED] = 0;
  I32[W_SWEEP_EXACT] = exactCount ? 1 : 0;
  I32[W_SWEEP_LIVE_KB] = 0;
  Atomics.store(I32, W_SWEEP_DONE, 0);
  if (parallel) setPhase(e, PHASE_SWEEP);
  sweepParticipant();
  waitCount(W_SWEEP_DONE, parallel ? npart : 1);
  rebuildLists();
  const freed = I32[W_SWEEP_FREED];
  const liveBytes = Math.min(I32[W_SWEEP_LIVE_KB] * 1024, heapBytes);
  lastFreed = freed;
  I32[W_LIVE_BYTES] = liveBytes;
  I32[W_THRESHOLD] = nextThreshold(liveBytes);
  Atomics.store(I32, W_ALLOC_BYTES, 0);
  if (debugFlags() & DEBUG_VERIFY) {
    lastVerify = verifyHeap(true);
    Atomics.add(I32, W_STAT_VERIFY_RUNS, 1);
    if (lastVerify.errorCount > 0) {
      Atomics.add(I32, W_STAT_VERIFY_ERRORS, lastVerify.errorCount);
      console.error('ftpy heap verifier:', lastVerify.errors.slice(0, 5).join('\n  '));
    }
  }
  const t4 = performance.now();

  // Restart.
  const pauseUs = Math.round((t4 - t0) * 1000);
  I32[W_STAT_LAST_PAUSE_US] = pauseUs;
  I32[W_STAT_LAST_STOP_US] = Math.round((t1 - t0) * 1000);
  if (pauseUs > I32[W_STAT_MAX_PAUSE_US]) I32[W_STAT_MAX_PAUSE_US] = pauseUs;
  I32[W_STAT_FREED_TOTAL] += freed;
  Atomics.add(I32, W_STAT_COLLECTIONS, 1);
  setPhase(e, PHASE_DONE);
  Atomics.store(I32, SAFEPOINT_FLAG_INDEX, 0);
  Atomics.store(I32, W_GC_STATE, GC_IDLE);
  Atomics.notify(I32, W_GC_STATE);
  Atomics.store(I32, recWord + T_STATE, TS_RUNNING);
  lastInfo = {
    epoch: e, participants: npart, blocked: blocked.length,
    stopMs: t1 - t0, markMs: t2 - t1, finalizeMs: t3 - t2, sweepMs: t4 - t3, totalMs: t4 - t0,
    freed, liveBytes, traced, queuedFinalizers: queued,
  };
  collectionObserved();
}

/** Waits until every other registered thread is stopped in this epoch or blocked. */
function stopTheWorld(mine: number): void {
  participants.length = 0;
  blocked.length = 0;
  participants.push(threadIndex);
  // Records are claimed (and W_THREADS_USED raised) before a thread can run, so none is missed.
  for (let i = 0, n = Atomics.load(I32, W_THREADS_USED); i < n; i++) {
    if (i === threadIndex) continue;
    const st = recordWord(i) + T_STATE;
    for (let spins = 0; ; spins++) {
      const arrivals = Atomics.load(I32, W_ARRIVALS);
      const s = Atomics.load(I32, st);
      if (s === TS_FREE) break;
      if (s === TS_BLOCKED) {
        blocked.push(i);
        break;
      }
      if (s === mine) {
        participants.push(i);
        break;
      }
      // Running (or still leaving the previous collection): it will poll soon.
      if (spins > 100) Atomics.wait(I32, W_ARRIVALS, arrivals, 1);
    }
  }
}

/**
 * Serial mode: threads take turns holding the mark token and mark everything reachable from their
 * own roots with plain writes (the token's atomics order the bitmap writes between turns).
 */
function markSerially(coordinator: boolean): void {
  rawLock(W_MARK_TOKEN);
  try {
    beginMarking(false);
    scanOwnRoots();
    if (coordinator) markGlobalRoots();
    drain();
  } finally {
    rawUnlock(W_MARK_TOKEN);
  }
}

/** Roots only the coordinator can see: permanent objects, published and pinned roots, pending queues. */
function markGlobalRoots(): void {
  const pv = vecBase(W_PERM_VEC);
  for (let i = 0, n = vecLength(W_PERM_VEC); i < n; i++) traceObject(I32[pv + i]);
  for (const i of blocked) {
    const r = recordWord(i) + T_ROOTS;
    const base = vecBase(r);
    for (let j = 0, n = vecLength(r); j < n; j++) markTagged(I32[base + j]);
  }
  for (let i = 0, n = Atomics.load(I32, W_THREADS_USED); i < n; i++) markTagged(I32[recordWord(i) + T_PINNED]);
  markPendingQueues();
  drain();
}

/** Collect again after allocating max(minGcBytes, live * growth%), but leave room to collect before the heap is full. */
function nextThreshold(live: number): number {
  const want = Math.max(I32[W_MIN_GC_BYTES], Math.floor((live * I32[W_GROWTH_PCT]) / 100));
  const room = Math.max(BLOCK_SIZE * 4, Math.floor((heapBytes - live) / 2));
  return Math.min(want, room, 2 ** 31 - 1);
}

/** A fresh, never reused tag (type version tags); wraps after 2^32 calls. */
export function nextVersionTag(): number {
  return Atomics.add(I32, W_VERSION_TAG, 1) + 1;
}

export function lastGcInfo(): GcInfo | null {
  return lastInfo;
}

export function lastVerifyResult(): VerifyResult | null {
  return lastVerify;
}

export interface HeapStats {
  heapBytes: number;
  /** Bytes of the data region ever touched (blocks below the high water): an upper bound of committed data memory. */
  touchedBytes: number;
  liveBytes: number;
  allocatedSinceGc: number;
  threshold: number;
  collections: number;
  lastPauseUs: number;
  maxPauseUs: number;
  lastStopUs: number;
  verifyRuns: number;
  verifyErrors: number;
  pendingHooks: number;
}

export function heapStats(): HeapStats {
  return {
    heapBytes,
    touchedBytes: (I32[W_HIGH_WATER] - dataBlock) * BLOCK_SIZE,
    liveBytes: I32[W_LIVE_BYTES],
    allocatedSinceGc: Atomics.load(I32, W_ALLOC_BYTES),
    threshold: I32[W_THRESHOLD],
    collections: Atomics.load(I32, W_STAT_COLLECTIONS),
    lastPauseUs: I32[W_STAT_LAST_PAUSE_US],
    maxPauseUs: I32[W_STAT_MAX_PAUSE_US],
    lastStopUs: I32[W_STAT_LAST_STOP_US],
    verifyRuns: I32[W_STAT_VERIFY_RUNS],
    verifyErrors: I32[W_STAT_VERIFY_ERRORS],
    pendingHooks: pendingCount(),
  };
}
