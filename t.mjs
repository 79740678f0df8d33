import { Worker } from 'node:worker_threads';
const mod = process.argv[2], lib = process.argv[3] ?? '/work/ref/cpython/Lib/test';
const t0 = Date.now();
const w = new Worker('./tools/conformance/capture-worker.mjs', { workerData: { libTest: lib, module: mod, startAt: 0 }, resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 } });
let cases = 0, origins = {}, last = null, logs = [];
w.on('message', (m) => {
  if (m.log) { logs.push(m.log); return; }
  if (m.rec) { const r = JSON.parse(m.rec); if (r.k === 'case') { cases++; origins[r.origin + ':' + r.caller + ':' + r.mode + ':' + r.flags] = (origins[r.origin + ':' + r.caller + ':' + r.mode + ':' + r.flags] ?? 0) + 1; } else if (r.k === 'start') last = r; else console.log(r); }
  if (m.done) { console.log('done', m.error, Date.now() - t0, 'ms'); console.log(cases, origins, last); console.log(logs.slice(-20).join('\n')); w.terminate(); }
});
w.on('error', (e) => { console.log('ERR', e, last); });
w.on('exit', (c) => console.log('exit', c, Date.now() - t0));
