// Capturing the program texts of one Lib/test module: runs it under Pyodide in a worker
// (capture-worker.mjs), restarting after any test that crashes Pyodide or exceeds the time limit,
// and caches the result in build/conformance/capture/<module>.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const PYODIDE_VERSION = require('pyodide/package.json').version;
export const CAPTURE_DIR = join(root, 'build', 'conformance', 'capture');
/** Liveness limits (not timings): one test, and the module import before the first test. */
const TEST_LIMIT_MS = 120_000;
const LOAD_LIMIT_MS = 300_000;
const MAX_RESTARTS = 30;

function runWorker(libTest, module, startAt, onRec) {
  return new Promise((resolve) => {
    const w = new Worker(join(here, 'capture-worker.mjs'), {
      workerData: { libTest, module, startAt },
      // A large stack lets CPython's own recursion limits fire before V8's (as in the oracle).
      resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 },
    });
    let last = null;
    let finished = false;
    const logs = [];
    const finish = (r) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      w.terminate();
      resolve({ ...r, last, logs });
    };
    let timer = setTimeout(() => finish({ crash: 'module import/load exceeded the time limit' }), LOAD_LIMIT_MS);
    w.on('message', (m) => {
      if (m.log !== undefined) { logs.push(m.log); if (logs.length > 200) logs.shift(); return; }
      if (m.done) { finish(m.error ? { crash: m.error } : { done: true }); return; }
      const r = JSON.parse(m.rec);
      if (r.k === 'start') {
        last = r;
        clearTimeout(timer);
        timer = setTimeout(() => finish({ crash: `test exceeded ${TEST_LIMIT_MS / 1000} s` }), TEST_LIMIT_MS);
      }
      onRec(r);
    });
    w.on('error', (e) => finish({ crash: `worker error: ${String(e?.message ?? e).slice(0, 500)}` }));
    w.on('exit', (code) => finish({ crash: `worker exited (${code})` }));
  });
}

function cacheKey(libTest, module) {
  const h = createHash('sha256');
  h.update(PYODIDE_VERSION);
  h.update(realpathSync(libTest));
  for (const f of [join(libTest, `${module}.py`), join(here, 'capture.py'), join(here, 'capture-worker.mjs')]) {
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

/**
 * @returns {Promise<{ module: string, key: string, records: object[], tests: { count: number|null,
 *   ran: number, crashed: { i: number, id: string, reason: string }[], moduleError: string|null,
 *   ids: Record<number, string> } }>}
 */
export async function captureModule(libTest, module, { recapture = false, log = () => {} } = {}) {
  const key = cacheKey(libTest, module);
  const file = join(CAPTURE_DIR, `${module}.json`);
  if (!recapture && existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8'));
    if (cached.key === key) return cached;
  }
  const records = [];
  const tests = { count: null, ran: 0, crashed: [], moduleError: null, ids: {} };
  let startAt = 0;
  for (let restarts = 0; ; restarts++) {
    const r = await runWorker(libTest, module, startAt, (rec) => {
      if (rec.k === 'case') records.push(rec);
      else if (rec.k === 'count') tests.count = rec.n;
      else if (rec.k === 'start') { tests.ran = Math.max(tests.ran, rec.i + 1); tests.ids[rec.i] = rec.id; }
    });
    if (r.done) break;
    if (!r.last || r.last.i < startAt) {
      // Failed before its first test: the module itself does not import under Pyodide.
      tests.moduleError = `${r.crash}\n${r.logs.slice(-20).join('\n')}`;
      log(`  ${module}: failed before running tests: ${r.crash.split('\n')[0]}`);
      break;
    }
    tests.crashed.push({ i: r.last.i, id: r.last.id, reason: r.crash.split('\n').slice(-3).join(' ').slice(0, 300) });
    log(`  ${module}: ${r.last.id} crashed or hung under Pyodide (${r.crash.split('\n')[0].slice(0, 100)}); resuming after it`);
    startAt = r.last.i + 1;
    if (tests.count !== null && startAt >= tests.count) break;
    if (restarts >= MAX_RESTARTS) { tests.moduleError = 'too many restarts'; break; }
  }
  const result = { module, key, records, tests };
  mkdirSync(CAPTURE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(result));
  return result;
}
