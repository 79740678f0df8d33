// Lists, sets and dicts under real parallelism (worker threads on one shared heap): single
// operations are atomic, so concurrent appends, extends, pops, adds and stores lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { setup, construct, T, items } from './coll_harness.js';
import { enterBlocking, leaveBlocking, enterMultiThreaded } from '../../src/heap/index.js';
import { newList, listLen, listItems } from '../../src/objects/list.js';
import { dictSize, dictItems } from '../../src/objects/dict.js';
import type { Ref, Value } from '../../src/objects/value.js';
import type { CollTask } from './coll-worker.js';

const { sab, root } = setup();
/** Liveness limit per test (not a timing assertion): a lost worker fails the test instead of hanging. */
const LIVE = { timeout: 120000 };

type Result = { popped: number; sum: number; bad: number };

async function run(task: CollTask['task'], target: number, workers: number, n: number,
  barrier = new SharedArrayBuffer(4), parties = workers): Promise<Result[]> {
  // The main thread waits in the event loop: it must not hold up the workers' collections.
  // Workers share the containers: their critical sections must lock (heap/lock.ts enterCritical).
  enterMultiThreaded();
  enterBlocking();
  const ws: Worker[] = [];
  try {
    return await Promise.all(Array.from({ length: workers }, (_, id) => new Promise<Result>((resolve, reject) => {
      const data: CollTask = { sab, root, barrier, parties, task, target, id, n };
      const w = new Worker(new URL('./coll-worker.js', import.meta.url), { workerData: data });
      ws.push(w);
      w.once('message', resolve);
      w.once('error', reject);
      w.once('exit', (code) => reject(new Error(`worker ${id} exited with ${code} before reporting`)));
    })));
  } catch (e) {
    // One worker failed: the others may be waiting at the start barrier forever.
    await Promise.all(ws.map((w) => w.terminate()));
    throw e;
  } finally {
    leaveBlocking();
  }
}

test('two threads appending 100,000 items each to one list: exactly 200,000', LIVE, async () => {
  const l = newList([]);
  await run('append', l.a, 2, 100000);
  assert.equal(listLen(l.a), 200000);
  const xs = (listItems(l.a) as number[]).sort((a, b) => a - b);
  assert.ok(xs.every((x, i) => x === i), 'every appended item is there exactly once');
});

test('four threads extending one list while another reads it', LIVE, async () => {
  const l = newList([]);
  const barrier = new SharedArrayBuffer(4);
  const [readers, writers] = await Promise.all([run('read', l.a, 1, 0, barrier, 5), run('extend', l.a, 4, 20000, barrier, 5)]);
  assert.equal(readers[0]!.bad, 0);
  assert.equal(writers.length, 4);
  assert.equal(listLen(l.a), 80000);
  const xs = (listItems(l.a) as number[]).sort((a, b) => a - b);
  assert.ok(xs.every((x, i) => x === i));
});

test('three threads popping one list: each item popped once', LIVE, async () => {
  const xs: Value[] = [];
  for (let i = 0; i < 60000; i++) xs.push(i);
  const l = newList(xs);
  const res = await run('pop', l.a, 3, 0);
  assert.equal(listLen(l.a), 0);
  assert.equal(res.reduce((s, r) => s + r.popped, 0), 60000);
  assert.equal(res.reduce((s, r) => s + r.sum, 0), (59999 * 60000) / 2);
});

test('three threads adding to one set (shared and own keys)', LIVE, async () => {
  const s = construct(T('set')) as Ref;
  const n = 20000;
  await run('setadd', s.a, 3, n);
  const got = new Set(items(s) as number[]);
  const want = new Set<number>();
  for (let id = 0; id < 3; id++) for (let i = 0; i < n; i++) want.add(i % 2 === 0 ? i : id * n + i);
  assert.equal(got.size, want.size);
  for (const x of want) assert.ok(got.has(x), `missing ${x}`);
});

test('three threads storing into one dict', LIVE, async () => {
  const d = construct(T('dict')) as Ref;
  await run('dictset', d.a, 3, 20000);
  assert.equal(dictSize(d.a), 60000);
  const keys = dictItems(d.a).map(([k]) => k as number).sort((a, b) => a - b);
  assert.ok(keys.every((k, i) => k === i));
});
