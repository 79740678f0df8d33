// Token-stream oracle: CPython 3.14's C tokenizer (Pyodide's _tokenize.TokenizerIter, raw types)
// run over batches of sources; see tokens.py. Results are cached under build/oracle-tokens/<pyodide
// version>/ keyed by a hash of the case, so tests start Pyodide only for sources never seen.
// CLI: node tools/oracle/tokens.mjs [--bytes] [--extra] (-e SRC | FILE)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const require = createRequire(import.meta.url);
const PYODIDE_VERSION = require('pyodide/package.json').version;
/** Bump when tokens.py's result format changes. */
const SCHEMA = 1;
const CACHE_DIR = join(ROOT, 'build', 'oracle-tokens', PYODIDE_VERSION);
const BATCH_CHARS = 1 << 20;

/**
 * @typedef {{ source: string | Uint8Array, extra?: boolean }} TokenCase
 * @typedef {[number, string, number, number, number, number]} OracleToken  type, string, srow, scol, erow, ecol
 * @typedef {{ type: string, msg: string, lineno?: number|null, offset?: number|null,
 *   end_lineno?: number|null, end_offset?: number|null, text?: string|null }} OracleError
 * @typedef {{ tokens?: OracleToken[], error?: OracleError, decodeError?: OracleError,
 *   warnings?: { category: string, message: string, lineno: number }[] }} TokenResult
 */

function caseKey(c) {
  const h = createHash('sha256');
  h.update(JSON.stringify([SCHEMA, PYODIDE_VERSION, !!c.extra, typeof c.source === 'string' ? 'str' : 'bytes']));
  h.update(typeof c.source === 'string' ? JSON.stringify(c.source) : c.source);
  return h.digest('hex');
}

const cachePath = (key) => join(CACHE_DIR, key.slice(0, 2), key);

function readCached(key) {
  const p = cachePath(key);
  if (existsSync(p + '.json.gz')) return JSON.parse(gunzipSync(readFileSync(p + '.json.gz')).toString('utf8'));
  return undefined;
}

function writeCached(key, result) {
  const p = cachePath(key);
  mkdirSync(dirname(p), { recursive: true });
  const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, gzipSync(JSON.stringify(result), { level: 1 }));
  renameSync(tmp, p + '.json.gz'); // write-then-rename: test files may run in parallel
}

async function openWorker() {
  const worker = new Worker(join(here, 'worker.mjs'), {
    workerData: { script: join(here, 'tokens.py') },
    resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 },
    stdout: false, stderr: false,
  });
  const waiting = new Map();
  let next = 1;
  let failed = null;
  worker.on('message', (m) => {
    const id = m.ready ? 0 : m.id;
    const w = waiting.get(id);
    waiting.delete(id);
    if (!w) return;
    if (m.error) w.reject(new Error(`token oracle: ${m.error}`));
    else w.resolve(m.ready ? m.version : m.result);
  });
  const fail = (e) => {
    failed = e instanceof Error ? e : new Error(`token oracle worker exited (${e})`);
    for (const w of waiting.values()) w.reject(failed);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => { if (waiting.size) fail(code); });
  const request = (payload) => {
    if (failed) return Promise.reject(failed);
    const id = payload === null ? 0 : next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      if (payload !== null) worker.postMessage({ id, payload });
    });
  };
  await request(null);
  return { request, close: () => worker.terminate() };
}

/**
 * CPython's token stream for each case, from the cache where possible.
 * @param {TokenCase[]} cases @param {{ onProgress?: (done: number, total: number) => void }} [opts]
 * @returns {Promise<TokenResult[]>}
 */
export async function oracleTokens(cases, opts = {}) {
  const keys = cases.map(caseKey);
  const results = keys.map(readCached);
  const todo = [];
  const seen = new Map();
  keys.forEach((k, i) => {
    if (results[i] !== undefined) return;
    if (seen.has(k)) return;
    seen.set(k, i);
    todo.push(i);
  });
  if (todo.length) {
    const w = await openWorker();
    try {
      for (let j = 0; j < todo.length;) {
        const idx = [];
        let size = 0;
        while (j < todo.length && (idx.length === 0 || size < BATCH_CHARS)) {
          const i = todo[j++];
          idx.push(i);
          size += cases[i].source.length;
        }
        const batch = idx.map((i) => {
          const c = cases[i];
          return { src: typeof c.source === 'string' ? c.source : Buffer.from(c.source).toString('base64'),
            bytes: typeof c.source !== 'string', extra: !!c.extra };
        });
        const res = JSON.parse(await w.request(JSON.stringify(batch)));
        idx.forEach((i, n) => { results[i] = res[n]; writeCached(keys[i], res[n]); });
        opts.onProgress?.(j, todo.length);
      }
    } finally {
      await w.close();
    }
    keys.forEach((k, i) => { if (results[i] === undefined) results[i] = results[seen.get(k)]; });
  }
  return results;
}

async function main(argv) {
  const c = {};
  let src;
  let asBytes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bytes') asBytes = true;
    else if (a === '--extra') c.extra = true;
    else if (a === '-e') src = Buffer.from(argv[++i], 'utf8');
    else src = readFileSync(a);
  }
  if (!src) {
    console.error('usage: node tools/oracle/tokens.mjs [--bytes] [--extra] (-e SRC | FILE)');
    process.exit(2);
  }
  c.source = asBytes ? new Uint8Array(src) : src.toString('utf8');
  const [r] = await oracleTokens([c]);
  for (const t of r.tokens ?? []) console.log(JSON.stringify(t));
  if (r.error) console.log('error', JSON.stringify(r.error));
  if (r.decodeError) console.log('decodeError', JSON.stringify(r.decodeError));
  if (r.warnings) console.log('warnings', JSON.stringify(r.warnings));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
