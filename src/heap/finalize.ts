// Finalizers and weak references. The object layer registers objects whose death it must hear about;
// collections decide, the object layer acts after the world restarts (it may run Python code then).
//
// Invariants and the order inside a collection (after marking, world stopped), which follows
// CPython's gc (Python/gc_free_threading.c gc_collect_internal: clear_weakrefs, then callbacks and
// finalizers with the world running):
// 1. Weakrefs: a registered weakref holds its referent in a raw field (not traced). If the referent
//    is unmarked, the field is set to 0; if the weakref itself is marked and was registered with a
//    callback, it is queued for the weakref hook. Cleared entries leave the registry.
// 2. Finalizers: every registered object still unmarked is queued for the finalizer hook, flagged
//    FLAG_FINALIZED (run once, PEP 442) and leaves the registry; then everything reachable from the
//    queued objects is marked, so they and what they use survive this collection.
//    (Deliberate difference: CPython frees the rest of the cycle in the same collection when the
//    finalizers do not resurrect it; here it is freed by the next collection.)
// 3. Weakref entries whose weakref object is still unmarked are dropped (it is about to be freed).
// The pending queues are roots until drained; the entry being handled is held in the thread record's
// pinned word while its hook runs.

import {
  FLAG_FINALIZED, FLAG_FINALIZER, FLAG_WEAKREFD, NSLOTS_MASK, T_PINNED, W_FIN_VEC, W_PENDING_FIN,
  W_PENDING_WEAK, W_REG_LOCK, W_STAT_META_FAILS, W_WEAK_VEC, WEAK_CALLBACK,
} from './layout.js';
import { I32, onAttach } from './memory.js';
import { rawLock, rawUnlock } from './spin.js';
import { vecBase, vecLength, vecPush, vecReserve, vecSetLength } from './vec.js';
import { drain, isMarked, markAddress, markTagged } from './mark.js';
import { recWord, threadIndex } from './threads.js';
import { HeapExhaustedError } from './alloc.js';

export type ObjectHook = (addr: number) => void;
let finalizerHook: ObjectHook | null = null;
let weakrefHook: ObjectHook | null = null;
let draining = false;
onAttach(() => {
  finalizerHook = weakrefHook = null;
  draining = false;
});

/**
 * This thread's finalizer hook: called with each registered object found unreachable, after the
 * collection, with the world running (the object layer calls __del__ / tp_finalize there).
 */
export function setFinalizerHook(f: ObjectHook | null): void {
  finalizerHook = f;
}

/** This thread's weakref hook: called with each live weakref (registered with a callback) that was cleared. */
export function setWeakrefCallbackHook(f: ObjectHook | null): void {
  weakrefHook = f;
}

/** Sets FLAG_FINALIZER on `addr` and registers it: the finalizer hook sees it once when it dies. */
export function registerFinalizer(addr: number): void {
  Atomics.or(I32, (addr >> 2) + 1, FLAG_FINALIZER);
  rawLock(W_REG_LOCK);
  const ok = vecPush(W_FIN_VEC, addr);
  rawUnlock(W_REG_LOCK);
  if (!ok) throw new HeapExhaustedError('finalizer registry');
}

/**
 * Registers weakref object `wr`, whose referent address is the int32 at byte offset `offset` from
 * `wr` (in its raw part). Collections store 0 there when the referent dies.
 */
export function registerWeakref(wr: number, offset: number, hasCallback: boolean): void {
  if ((offset & 3) !== 0 || offset < 8 || offset > NSLOTS_MASK) throw new RangeError(`bad weakref offset ${offset}`);
  const ref = I32[(wr + offset) >> 2];
  if (ref !== 0 && (ref & 1) === 0) Atomics.or(I32, (ref >> 2) + 1, FLAG_WEAKREFD);
  rawLock(W_REG_LOCK);
  const ok = vecReserve(W_WEAK_VEC, 2);
  if (ok) {
    vecPush(W_WEAK_VEC, wr);
    vecPush(W_WEAK_VEC, offset | (hasCallback ? WEAK_CALLBACK : 0));
  }
  rawUnlock(W_REG_LOCK);
  if (!ok) throw new HeapExhaustedError('weakref registry');
}

function queue(d: number, addr: number): void {
  if (!vecPush(d, addr)) Atomics.add(I32, W_STAT_META_FAILS, 1);
}

/** Step 1 (coordinator, world stopped, marking complete). */
export function clearDeadWeakrefs(): void {
  const base = vecBase(W_WEAK_VEC);
  const len = vecLength(W_WEAK_VEC);
  let out = 0;
  for (let i = 0; i < len; i += 2) {
    const wr = I32[base + i];
    const word = I32[base + i + 1];
    const at = (wr + (word & NSLOTS_MASK)) >> 2;
    const ref = I32[at];
    if (ref === 0 || (ref & 1) !== 0) continue; // cleared by the object layer: forget it
    if (!isMarked(ref)) {
      I32[at] = 0;
      if (word & WEAK_CALLBACK && isMarked(wr)) queue(W_PENDING_WEAK, wr);
      continue;
    }
    I32[base + out++] = wr;
    I32[base + out++] = word;
  }
  vecSetLength(W_WEAK_VEC, out);
}

/** Step 2: queues unreachable finalizable objects and keeps everything they reach alive. Returns how many. */
export function queueFinalizers(): number {
  const base = vecBase(W_FIN_VEC);
  const len = vecLength(W_FIN_VEC);
  const pending = W_PENDING_FIN;
  const first = vecLength(pending);
  let out = 0;
  for (let i = 0; i < len; i++) {
    const a = I32[base + i];
    if (isMarked(a)) I32[base + out++] = a;
    else {
      I32[(a >> 2) + 1] |= FLAG_FINALIZED;
      queue(pending, a);
    }
  }
  vecSetLength(W_FIN_VEC, out);
  const pb = vecBase(pending);
  const plen = vecLength(pending);
  for (let i = first; i < plen; i++) markAddress(I32[pb + i]);
  drain();
  return plen - first;
}

/** Step 3. */
export function dropDeadWeakrefEntries(): void {
  const base = vecBase(W_WEAK_VEC);
  const len = vecLength(W_WEAK_VEC);
  let out = 0;
  for (let i = 0; i < len; i += 2) {
    if (!isMarked(I32[base + i])) continue;
    I32[base + out++] = I32[base + i];
    I32[base + out++] = I32[base + i + 1];
  }
  vecSetLength(W_WEAK_VEC, out);
}

/** Marks the not-yet-handled entries of both pending queues (coordinator, during marking). */
export function markPendingQueues(): void {
  for (const d of [W_PENDING_WEAK, W_PENDING_FIN]) {
    const base = vecBase(d);
    for (let i = I32[d + 3], n = vecLength(d); i < n; i++) markTagged(I32[base + i]);
  }
}

export function pendingCount(): number {
  return vecLength(W_PENDING_WEAK) - I32[W_PENDING_WEAK + 3] + vecLength(W_PENDING_FIN) - I32[W_PENDING_FIN + 3];
}

/** Takes the next entry of a queue and pins it in this thread's record; 0 when empty. */
function takePending(d: number): number {
  rawLock(W_REG_LOCK);
  const head = I32[d + 3];
  const len = vecLength(d);
  let v = 0;
  if (head < len) {
    v = I32[vecBase(d) + head];
    if (head + 1 === len) {
      vecSetLength(d, 0);
      I32[d + 3] = 0;
    } else {
      I32[d + 3] = head + 1;
    }
    I32[recWord + T_PINNED] = v;
  }
  rawUnlock(W_REG_LOCK);
  return v;
}

/**
 * Runs this thread's hooks on pending weakref callbacks, then finalizers (CPython's order). Called
 * after collections by the threads that took part, and by collect(); safe to call any time. Queues
 * whose hook this thread lacks are left for another thread. Returns how many hooks ran.
 */
export function runPendingFinalizers(): number {
  if (draining || threadIndex < 0) return 0;
  draining = true;
  let ran = 0;
  try {
    for (const [d, hook] of [[W_PENDING_WEAK, weakrefHook], [W_PENDING_FIN, finalizerHook]] as const) {
      if (hook === null) continue;
      for (let a = takePending(d); a !== 0; a = takePending(d)) {
        ran++;
        hook(a);
        I32[recWord + T_PINNED] = 0;
      }
    }
  } finally {
    if (threadIndex >= 0) I32[recWord + T_PINNED] = 0;
    draining = false;
  }
  return ran;
}

export function hasHooks(): boolean {
  return finalizerHook !== null || weakrefHook !== null;
}
