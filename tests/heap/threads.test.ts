// Multi-thread heap tests with real worker_threads sharing one SharedArrayBuffer: concurrent
// allocation and cross-thread linking with collections in between (verified inside every
// collection), exact counting under lock(), lockWithTimeout, and collections that proceed while a
// worker is parked on a lock or a word. No timing assertions: a broken protocol shows as a wrong
// result, a verifier error, or a hang (the runner's liveness timeout).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import {
  DEBUG_POISON, DEBUG_VERIFY, I32, TS_BLOCKED, alloc, allocPermanent, collect, enterBlocking, heapStats,
  lastGcInfo, leaveBlocking, lock, loadWord, notifyWord, sleep, storeWord, threadState, unlock, verifyHeap,
  waitWord,
} from '../../src/heap/index.js';
import { makeTestHeap } from './util.js';
import type { TaskData } from './worker.js';

const DEBUG = DEBUG_VERIFY | DEBUG_POISON;
type Result = Record<string, unknown> & { errors?: string[] };

interface Started {
  registered: Promise<number>;
  done: Promise<Result>;
}

function start(data: Partial<TaskData>): Started {
  const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: data });
  let onRegistered: (i: number) => void = () => {};
  const registered = new Promise<number>((r) => (onRegistered = r));
  const done = new Promise<Result>((resolve, reject) => {
    w.on('message', (m: { kind: string; index?: number } & Result) => {
      if (m.kind === 'registered') onRegistered(m.index!);
      else resolve(m);
    });
    w.on('error', reject);
    w.on('exit', (code) => (code !== 0 ? reject(new Error(`worker exit ${code}`)) : undefined));
  });
  return { registered, done };
}

/** A registered thread must not sit in the event loop as RUNNING: collections would wait for it. */
async function blocked<T>(p: Promise<T>): Promise<T> {
  enterBlocking();
  try {
    return await p;
  } finally {
    leaveBlocking();
  }
}

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

for (const mode of ['serial', 'parallel'] as const) {
test(`4 workers allocate and link objects across threads; every collection verifies the heap (${mode} marking)`, async () => {
  const parallelGcBytes = mode === 'parallel' ? 0 : undefined;
  const { sab, type } = makeTestHeap({ maxBytes: 256 << 20, minGcBytes: 1 << 20, debug: DEBUG, parallelGcBytes });
  const board = allocPermanent(type, 64, 0);
  const workers = [0, 1, 2, 3].map((id) => start({ sab, task: 'stress', type, id, iterations: 30000, board }));
  let finished = 0;
  for (const w of workers) void w.done.then(() => finished++, () => finished++);
  let mainCollections = 0;
  let maxParticipants = 0;
  while (finished < 4) {
    collect();
    mainCollections++;
    maxParticipants = Math.max(maxParticipants, lastGcInfo()!.participants);
    await blocked(tick(3));
  }
  const results = await blocked(Promise.all(workers.map((w) => w.done)));
  for (const r of results) assert.deepEqual(r.errors, []);
  const crossLinks = results.reduce((n, r) => n + (r.crossLinks as number), 0);
  assert.ok(crossLinks > 1000, `cross-thread links: ${crossLinks}`);
  const s = heapStats();
  assert.equal(s.verifyErrors, 0);
  assert.ok(s.verifyRuns >= 20, `verified collections: ${s.verifyRuns}`);
  assert.ok(mainCollections >= 1 && maxParticipants >= 2, `main: ${mainCollections} collections, up to ${maxParticipants} threads`);
  assert.deepEqual(verifyHeap().errors, []);
});
}

test('lock contention: 4 workers increment a counter in raw memory under lock(), exactly', async () => {
  const { sab, type } = makeTestHeap({ minGcBytes: 256 << 10, debug: DEBUG_VERIFY });
  const obj = allocPermanent(type, 0, 64);
  const lockOff = 8 + 0; // own lines would be better in real objects; here contention is the point
  const counterOff = 8 + 32;
  const before = heapStats().collections;
  const iterations = 20000;
  const workers = [0, 1, 2, 3].map((id) => start({ sab, task: 'counter', type, id, iterations, obj, lockOff, counterOff }));
  const results = await blocked(Promise.all(workers.map((w) => w.done)));
  for (const r of results) assert.equal(r.errors, undefined);
  assert.equal(I32[(obj + counterOff) >> 2], 4 * iterations);
  assert.equal(I32[(obj + lockOff) >> 2], 0);
  assert.ok(heapStats().collections > before, 'collections ran while workers contended');
  assert.equal(heapStats().verifyErrors, 0);
});

test('lockWithTimeout: false after the timeout while held, true once released', async () => {
  const { sab, type } = makeTestHeap();
  const obj = allocPermanent(type, 0, 16);
  const flag = obj + 16;
  lock(obj, 8);
  const w = start({ sab, task: 'timeout', type, id: 0, obj, lockOff: 8, flag });
  assert.notEqual(waitWord(obj, 16, 0, -1), 'timed-out'); // the worker timed out once and now waits
  unlock(obj, 8);
  const r = await blocked(w.done);
  assert.equal(r.triedHeld, false);
  assert.equal(r.timedOut, false);
  assert.equal(r.acquired, true);
});

for (const task of ['blocker', 'waiter'] as const) {
  test(`a worker parked in ${task === 'blocker' ? 'lock()' : 'waitWord()'} does not prevent collections`, async () => {
    const { sab, type } = makeTestHeap({ debug: DEBUG });
    const obj = allocPermanent(type, 0, 16);
    const flag = obj + 16;
    lock(obj, 8);
    const w = start({ sab, task, type, id: 0, obj, lockOff: 8, counterOff: 12, flag });
    const index = await blocked(w.registered);
    waitWord(obj, 16, 0, -1);
    while (threadState(index) !== TS_BLOCKED) sleep(1);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 50000; j++) alloc(type, 2, 0);
      collect(); // would hang if it waited for the parked worker
      assert.equal(lastGcInfo()!.blocked, 1);
      assert.equal(lastGcInfo()!.participants, 1);
    }
    if (task === 'waiter') {
      storeWord(obj + 12, 1);
      notifyWord(obj, 12);
    }
    unlock(obj, 8);
    const r = await blocked(w.done);
    assert.deepEqual(r.errors, []);
    assert.equal(r.waited, task === 'waiter' ? 'ok' : 'locked');
    assert.equal(loadWord(obj + 12), task === 'waiter' ? 1 : 0);
    assert.equal(heapStats().verifyErrors, 0);
  });
}
