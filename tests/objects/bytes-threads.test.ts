// bytearray under real parallelism (worker threads on one shared heap): append, extend and pop are
// atomic, so concurrent writers lose nothing, and lock-free readers see only stored bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { setup, sharedHeap } from './str-harness.js';
import { enterBlocking, leaveBlocking, enterMultiThreaded } from '../../src/heap/index.js';
import type { StrTask } from './bytes-worker.js';

const mods = await setup();
const ba = mods.bytearray as typeof import('../../src/objects/bytearray.js');

type Result = { counts: number[]; bad: number };

async function run(task: StrTask['task'], target: number, workers: number, n: number,
  barrier = new SharedArrayBuffer(4), parties = workers, idBase = 0): Promise<Result[]> {
  const { sab, root } = sharedHeap();
  // The main thread waits in the event loop: it must not hold up the workers' collections.
  // Workers share the containers: their critical sections must lock (heap/lock.ts enterCritical).
  enterMultiThreaded();
  enterBlocking();
  const started: Worker[] = [];
  try {
    return await Promise.all(Array.from({ length: workers }, (_, i) => new Promise<Result>((resolve, reject) => {
      const data: StrTask = { sab, root, barrier, parties, task, target, id: idBase + i, n };
      const w = new Worker(new URL('./bytes-worker.js', import.meta.url), { workerData: data });
      started.push(w);
      w.once('message', resolve);
      w.once('error', reject);
    })));
  } catch (e) {
    // A failed worker would leave the others waiting at the start barrier.
    for (const w of started) void w.terminate();
    throw e;
  } finally {
    leaveBlocking();
  }
}

function histogram(d: Uint8Array): number[] {
  const h = new Array<number>(256).fill(0);
  for (const b of d) h[b]!++;
  return h;
}

test('two threads appending 50,000 bytes each to one bytearray: exactly 100,000', async () => {
  const b = ba.newBytearray([]);
  await run('append', b.a, 2, 50000);
  const h = histogram(ba.baData(b.a));
  assert.equal(ba.baLen(b.a), 100000);
  assert.equal(h[1], 50000);
  assert.equal(h[2], 50000);
});

test('four threads extending one bytearray while another reads it', async () => {
  const b = ba.newBytearray([]);
  const barrier = new SharedArrayBuffer(4);
  const [readers] = await Promise.all([run('read', b.a, 1, 0, barrier, 5, 7), run('extend', b.a, 4, 20000, barrier, 5)]);
  assert.equal(readers![0]!.bad, 0);
  const h = histogram(ba.baData(b.a));
  assert.equal(ba.baLen(b.a), 80000);
  for (let id = 1; id <= 4; id++) assert.equal(h[id], 20000);
});

test('three threads popping one bytearray: each byte popped once', async () => {
  const init: number[] = [];
  for (let i = 0; i < 30000; i++) init.push(i % 251);
  const b = ba.newBytearray(init);
  const res = await run('pop', b.a, 3, 0);
  assert.equal(ba.baLen(b.a), 0);
  const total = new Array<number>(256).fill(0);
  for (const r of res) r.counts.forEach((c, i) => { total[i]! += c; });
  assert.deepEqual(total, histogram(Uint8Array.from(init)));
});
