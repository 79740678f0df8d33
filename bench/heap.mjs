// Shared-heap benchmark: allocation cost, collection pauses for 10 MB / 100 MB live heaps (1 and 2
// marking threads), stop-the-world latency with running and parked workers, lock costs, and memory
// bound for a long run of short-lived objects. Medians of several rounds; the machine is shared, so
// compare numbers from the same run.
// Run: npm run build && node bench/heap.mjs [--quick] [--only=alloc,pause,latency,lock,bounded]

import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import * as H from '../dist/src/heap/index.js';

const slot = (a, k) => (a >> 2) + 2 + k;


// ---- worker side ----

async function workerMain(d) {
  H.attachHeap(d.sab);
  H.registerThread();
  const stop = d.ctl >> 2; // control words: [0] stop flag, [1] ready count, [2] counter
  Atomics.add(H.I32, stop + 1, 1);
  Atomics.notify(H.I32, stop + 1);
  if (d.task === 'poll') {
    // A compiled-Python-like loop: work, plain-read the safepoint flag on the back-edge.
    let x = 0;
    while (H.I32[stop] === 0) {
      for (let i = 0; i < 1000; i++) {
        x = (x + i) | 0;
        if (H.I32[H.SAFEPOINT_FLAG_INDEX] !== 0) H.pollSafepoint();
      }
    }
  } else if (d.task === 'park') {
    H.lock(d.obj, 8); // held by main: parks until the end
    H.unlock(d.obj, 8);
  } else if (d.task === 'contend') {
    const at = (d.obj + 16) >> 2;
    for (let i = 0; i < d.n; i++) {
      H.lock(d.obj, 8);
      H.I32[at]++;
      H.unlock(d.obj, 8);
    }
  }
  H.unregisterThread();
  parentPort.postMessage('done');
}

// ---- main side ----

const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const fmt = (x, d = 1) => x.toFixed(d);

function spawn(sab, ctl, task, extra = {}) {
  const w = new Worker(new URL(import.meta.url), { workerData: { sab, ctl, task, ...extra } });
  return new Promise((resolve, reject) => {
    w.on('message', resolve);
    w.on('error', reject);
  });
}

async function blocked(p) {
  H.enterBlocking();
  try {
    return await p;
  } finally {
    H.leaveBlocking();
  }
}

function waitReady(ctl, n) {
  while (Atomics.load(H.I32, (ctl >> 2) + 1) < n) H.sleep(1);
}

function newHeap(maxBytes, minGcBytes = 8 << 20, parallelGcBytes = undefined) {
  const sab = H.createHeap({ maxBytes, minGcBytes, parallelGcBytes });
  H.registerThread();
  const type = H.allocPermanent(0, 0, 0);
  H.I32[type >> 2] = type;
  const ctl = H.allocPermanent(type, 0, 64) + 8;
  const roots = [];
  H.setRootScanner((mark) => {
    for (const r of roots) mark(r);
  });
  return { sab, type, ctl, roots };
}

// Small separate loops, so each is optimized on its own (one big function deoptimizes in turn).
function bumpLoop(bump, N) {
  let x = 0;
  for (let i = 0; i < N; i++) x ^= bump(8, 2);
  return x;
}
function allocLoop(type, n, N) {
  let x = 0;
  for (let i = 0; i < N; i++) x ^= H.alloc(type, n, 0);
  return x;
}
function allocPollLoop(type, n, N) {
  let x = 0;
  for (let i = 0; i < N; i++) {
    x ^= H.alloc(type, n, 0);
    if (H.I32[H.SAFEPOINT_FLAG_INDEX] !== 0) H.pollSafepoint();
  }
  return x;
}
const timeNs = (f, N) => {
  const t0 = performance.now();
  f();
  return ((performance.now() - t0) * 1e6) / N;
};

function allocBench(rounds) {
  const { type } = newHeap(1 << 30, 8 << 20);
  // A bare bump pointer over a SAB (FACTS: 3.4 ns), measured in the same process for reference.
  const B = new Int32Array(new SharedArrayBuffer(64 << 20));
  let cur = 0, lim = 0, next = 0;
  const bump = (t, n) => {
    const a = cur;
    if (a + 16 <= lim) {
      cur = a + 16;
      B[a >> 2] = t;
      B[(a >> 2) + 1] = n;
      return a;
    }
    cur = next; lim = next + 32768; next = (next + 32768) % (60 << 20);
    return bump(t, n);
  };
  const N = 4e6;
  const res = { bump: [] };
  for (const bytes of [16, 32, 64]) res[bytes] = { steady: [], fast: [] };
  for (let r = 0; r < rounds; r++) {
    res.bump.push(timeNs(() => bumpLoop(bump, N), N));
    for (const bytes of [16, 32, 64]) {
      const n = (bytes - 8) / 4;
      // Steady state: short-lived objects, the loop polls, collections included.
      res[bytes].steady.push(timeNs(() => allocPollLoop(type, n, N), N));
      // Alloc only: no polling, so no collection inside the timed loop; memory recycled and zeroed.
      H.collect();
      res[bytes].fast.push(timeNs(() => allocLoop(type, n, 2e6), 2e6));
      H.collect();
    }
  }
  const both = (a) => `${fmt(med(a), 2)} (best ${fmt(Math.min(...a), 2)})`;
  console.log('\n## Allocation (ns per object, median and best of %d rounds)', rounds);
  console.log(`bare bump pointer, 16 B (reference): ${both(res.bump)}`);
  console.log('| size | steady state (GC included) | alloc only (recycled memory, zeroing included) |');
  console.log('|---:|---:|---:|');
  for (const bytes of [16, 32, 64]) {
    console.log(`| ${bytes} B | ${both(res[bytes].steady)} | ${both(res[bytes].fast)} |`);
  }
}

/** A live structure of about `mb` MB: objects of 16/32/64 bytes in a chain, each with one extra link. */
function buildLive(h, mb, shape) {
  const { type, roots } = h;
  const root = H.allocPermanent(type, 1, 0);
  let total = 0, count = 0, seed = 12345, prev = 0;
  const recent = new Int32Array(64);
  const all = shape === 'random' ? [] : null;
  while (total < mb * 1e6) {
    const n = [2, 6, 14][count % 3];
    const o = H.alloc(type, n, 0);
    total += 8 + n * 4;
    H.I32[slot(o, 0)] = prev;
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    const r = (seed >>> 8) & 0xffffff;
    if (count > 64) H.I32[slot(o, 1)] = all ? all[r % all.length] : recent[r & 63];
    recent[count & 63] = o;
    if (all) all.push(o);
    prev = o;
    count++;
  }
  H.I32[slot(root, 0)] = prev;
  roots.length = 0;
  return count;
}

async function pauseBench(rounds) {
  console.log('\n## Collection pauses (ms, median of %d full collections)', rounds);
  console.log('| live | shape | objects | threads | marking | pause | stop | mark | sweep |');
  console.log('|---:|---|---:|---:|---|---:|---:|---:|---:|');
  for (const mb of [10, 100]) {
    for (const shape of ['list', 'random']) {
      // parallelGcBytes 0: parallel whenever another thread is stopped too.
      const h = newHeap(mb * 6e6 + (64 << 20), 1 << 30, 0);
      const count = buildLive(h, mb, shape);
      for (const [threads, parallel] of [[1, false], [2, false], [2, true]]) {
        let w = null;
        if (threads === 2) {
          H.I32[h.ctl >> 2] = 0;
          H.I32[(h.ctl >> 2) + 1] = 0;
          w = spawn(h.sab, h.ctl, 'poll');
          waitReady(h.ctl, 1);
        }
        // The mode switch is the live-size threshold; set it directly between runs.
        H.I32[2 * 16 + 6] = parallel ? 0 : 2 ** 31 - 1;
        const info = [];
        for (let r = 0; r < rounds; r++) {
          H.collect();
          info.push(H.lastGcInfo());
        }
        if (w) {
          Atomics.store(H.I32, h.ctl >> 2, 1);
          await blocked(w);
        }
        const m = (k) => fmt(med(info.map((i) => i[k])));
        console.log(`| ${mb} MB | ${shape} | ${count} | ${info[0].participants} | ${parallel ? 'parallel' : 'serial'} | ${m('totalMs')} | ${m('stopMs')} | ${m('markMs')} | ${m('sweepMs')} |`);
      }
    }
  }
}

async function latencyBench(rounds) {
  console.log('\n## Stop-the-world latency (request -> all threads stopped, us, median of %d)', rounds);
  console.log('| other threads | stop | mark | sweep | whole pause (small heap) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const setup of [['poll'], ['poll', 'poll'], ['poll', 'poll', 'poll', 'poll'], ['park'], ['park', 'poll']]) {
    const h = newHeap(64 << 20);
    const obj = H.allocPermanent(h.type, 0, 32);
    H.lock(obj, 8);
    const ws = setup.map((task) => spawn(h.sab, h.ctl, task, { obj }));
    waitReady(h.ctl, setup.length);
    H.sleep(20); // let parkers reach Atomics.wait
    const stops = [];
    const pauses = [];
    const marks = [];
    const sweeps = [];
    for (let r = 0; r < rounds; r++) {
      H.collect();
      stops.push(H.lastGcInfo().stopMs * 1000);
      pauses.push(H.lastGcInfo().totalMs * 1000);
      marks.push(H.lastGcInfo().markMs * 1000);
      sweeps.push(H.lastGcInfo().sweepMs * 1000);
      H.sleep(1);
    }
    Atomics.store(H.I32, h.ctl >> 2, 1);
    H.unlock(obj, 8);
    await blocked(Promise.all(ws));
    console.log(`| ${setup.join(' + ')} | ${fmt(med(stops))} | ${fmt(med(marks))} | ${fmt(med(sweeps))} | ${fmt(med(pauses))} |`);
  }
}

async function lockBench() {
  console.log('\n## Locks (ns per lock+unlock, or per critical section)');
  const h = newHeap(64 << 20);
  const obj = H.allocPermanent(h.type, 0, 32);
  const N = 5e6;
  let best = 1e9;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      H.lock(obj, 8);
      H.unlock(obj, 8);
    }
    best = Math.min(best, ((performance.now() - t0) * 1e6) / N);
  }
  console.log(`uncontended, one thread: ${fmt(best, 2)}`);
  for (const threads of [2, 4]) {
    const n = 1e6;
    H.I32[(obj + 16) >> 2] = 0;
    const t0 = performance.now();
    await blocked(Promise.all(Array.from({ length: threads }, () => spawn(h.sab, h.ctl, 'contend', { obj, n }))));
    const t = performance.now() - t0;
    const ok = H.I32[(obj + 16) >> 2] === threads * n ? 'exact' : 'WRONG';
    console.log(`${threads} workers, one lock, ${n} increments each: ${fmt((t * 1e6) / (threads * n))} per critical section (wall, incl. worker start), count ${ok}`);
  }
}

function boundedBench(n) {
  const h = newHeap(1 << 30, 8 << 20);
  const keep = H.alloc(h.type, 1, 0);
  h.roots.push(keep);
  const c0 = H.heapStats().collections;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const o = H.alloc(h.type, 1, 0);
    H.I32[slot(o, 0)] = keep;
    if (H.I32[H.SAFEPOINT_FLAG_INDEX] !== 0) H.pollSafepoint();
  }
  const t = performance.now() - t0;
  const s = H.heapStats();
  console.log(`\n## Bounded memory\n${n.toExponential(0)} short-lived 16-byte objects: ${fmt(t)} ms (${fmt((t * 1e6) / n, 2)} ns each), ` +
    `${s.collections - c0} collections, max pause ${fmt(s.maxPauseUs / 1000, 2)} ms, data touched ${fmt(s.touchedBytes / 2 ** 20)} MiB`);
}

async function main(quick) {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const run = (name) => !only || only.includes(name);
  console.log(`# ftpy heap benchmark (node ${process.version}${quick ? ', --quick' : ''})`);
  if (run('alloc')) allocBench(quick ? 3 : 7);
  if (run('pause')) await pauseBench(quick ? 3 : 5);
  if (run('latency')) await latencyBench(quick ? 9 : 31);
  if (run('lock')) await lockBench();
  if (run('bounded')) boundedBench(quick ? 1e7 : 1e8);
}

if (!isMainThread) {
  await workerMain(workerData);
} else {
  await main(process.argv.includes('--quick'));
}
