// Worker side of the multi-thread heap tests: attaches the shared heap, registers, runs one task
// and posts its result. Tasks: stress (allocate and link objects across threads), counter (increment
// under lock()), timeout (lockWithTimeout semantics), blocker (park on a lock or a word while the
// main thread collects).

import { parentPort, workerData } from 'node:worker_threads';
import {
  I32, SAFEPOINT_FLAG_INDEX, alloc, attachHeap, lock, lockWithTimeout, loadWord, notifyWord, pollSafepoint,
  registerThread, setRootScanner, storeWord, tryLock, unlock, unregisterThread, waitWord,
} from '../../src/heap/index.js';
import { allocSigned, checkSigned, getSlot, nslotsOf, setSlot } from './util.js';

export interface TaskData {
  sab: SharedArrayBuffer;
  task: 'stress' | 'counter' | 'timeout' | 'blocker' | 'waiter';
  type: number;
  id: number;
  iterations: number;
  /** stress: a permanent object whose slots are shared between workers. */
  board: number;
  /** counter/timeout/blocker: object holding the lock word at lockOff and a counter at counterOff. */
  obj: number;
  lockOff: number;
  counterOff: number;
  /** A word (byte address) the worker sets to 1 and notifies when it is about to wait. */
  flag: number;
}

const data = workerData as TaskData;
attachHeap(data.sab);
const roots: number[] = [];
setRootScanner((mark) => {
  for (const r of roots) mark(r);
});
const index = registerThread();
parentPort!.postMessage({ kind: 'registered', index });

let seed = (data.id + 1) * 7919;
function rnd(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  return ((seed >>> 8) % n) | 0;
}

function poll(): void {
  if (I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
}

/** Every kept object and each object it links to must be intact. */
function checkKept(kept: number[], keptSeq: number[], errors: string[]): void {
  for (let i = 0; i < kept.length && errors.length < 10; i++) {
    const a = kept[i];
    const e = checkSigned(a, data.type);
    if (e) {
      errors.push(`kept ${e}`);
      continue;
    }
    if (getSlot(a, 0) >> 1 !== keptSeq[i]) errors.push(`kept object ${a}: seq ${getSlot(a, 0) >> 1} != ${keptSeq[i]}`);
    const n = nslotsOf(a);
    for (let k = 1; k < n; k++) {
      const v = getSlot(a, k);
      if (v !== 0 && (v & 1) === 0) {
        const e2 = checkSigned(v, data.type);
        if (e2) errors.push(`child of ${a} slot ${k}: ${e2}`);
      }
    }
  }
}

function stress(): Record<string, unknown> {
  const errors: string[] = [];
  const kept = roots;
  const keptSeq: number[] = [];
  const boardSlots = nslotsOf(data.board);
  const boardSlot = (k: number): number => data.board + 8 + k * 4;
  let seq = data.id << 24;
  let published = 0;
  let crossLinks = 0;
  for (let i = 0; i < data.iterations; i++) {
    const r = rnd(1000);
    const n = r < 2 ? 5000 : r < 20 ? 300 : 1 + rnd(12); // a few large and medium objects
    const o = allocSigned(data.type, n, ++seq);
    for (let k = 1; k < Math.min(n, 4); k++) {
      const pick = rnd(10);
      let v = 0;
      if (pick < 5 && kept.length > 0) v = kept[rnd(kept.length)];
      else if (pick < 8) {
        v = loadWord(boardSlot(rnd(boardSlots)));
        if (v !== 0) crossLinks++;
      }
      setSlot(o, k, v);
    }
    if (kept.length < 3000) {
      kept.push(o);
      keptSeq.push(seq);
    } else {
      const j = rnd(kept.length);
      kept[j] = o;
      keptSeq[j] = seq;
    }
    // Mutate an old object's link now and then (owner only; slots 1..3 hold links).
    if (rnd(10) === 0) {
      const a = kept[rnd(kept.length)];
      if (nslotsOf(a) > 1) setSlot(a, 1, kept[rnd(kept.length)]);
    }
    if (rnd(20) === 0) {
      storeWord(boardSlot(rnd(boardSlots)), o);
      published++;
    }
    // Short-lived garbage, including cycles.
    const g1 = alloc(data.type, 2, 0);
    const g2 = alloc(data.type, 2, 16);
    setSlot(g1, 0, g2);
    setSlot(g2, 0, g1);
    if ((i & 1023) === 0) checkKept(kept, keptSeq, errors);
    poll();
  }
  checkKept(kept, keptSeq, errors);
  return { errors, published, crossLinks, kept: kept.length };
}

function counter(): Record<string, unknown> {
  const at = (data.obj + data.counterOff) >> 2;
  for (let i = 0; i < data.iterations; i++) {
    lock(data.obj, data.lockOff);
    I32[at] = I32[at] + 1; // plain read-modify-write: only the lock makes it exact
    unlock(data.obj, data.lockOff);
    alloc(data.type, 6, 0); // garbage, so collections run while the lock is contended
    poll();
  }
  return {};
}

function timeout(): Record<string, unknown> {
  const triedHeld = tryLock(data.obj, data.lockOff);
  const timedOut = lockWithTimeout(data.obj, data.lockOff, 30);
  storeWord(data.flag, 1);
  notifyWord(data.flag, 0);
  const acquired = lockWithTimeout(data.obj, data.lockOff, 60_000);
  if (acquired) unlock(data.obj, data.lockOff);
  return { triedHeld, timedOut, acquired };
}

/** Keeps objects only in its roots, then parks on a held lock (or a word) while main collects. */
function blocker(useWord: boolean): Record<string, unknown> {
  const errors: string[] = [];
  const keptSeq: number[] = [];
  for (let i = 0; i < 2000; i++) {
    roots.push(allocSigned(data.type, 1 + (i % 7), i + 1));
    keptSeq.push(i + 1);
    alloc(data.type, 3, 0); // garbage between them
  }
  storeWord(data.flag, 1);
  notifyWord(data.flag, 0);
  let waited: string;
  if (useWord) {
    waited = waitWord(data.obj, data.counterOff, 0, -1);
  } else {
    lock(data.obj, data.lockOff);
    unlock(data.obj, data.lockOff);
    waited = 'locked';
  }
  checkKept(roots, keptSeq, errors);
  return { errors, waited, loadAfter: loadWord(data.obj + data.counterOff) };
}

let result: Record<string, unknown>;
try {
  switch (data.task) {
    case 'stress': result = stress(); break;
    case 'counter': result = counter(); break;
    case 'timeout': result = timeout(); break;
    case 'blocker': result = blocker(false); break;
    case 'waiter': result = blocker(true); break;
  }
} catch (e) {
  result = { errors: [String((e as Error).stack ?? e)] };
}
roots.length = 0;
unregisterThread();
parentPort!.postMessage({ kind: 'done', ...result });
