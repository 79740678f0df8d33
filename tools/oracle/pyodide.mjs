// The oracle: CPython 3.14 (Pyodide) parses batches of cases with ast.parse and reports the
// include_attributes dump or the exception. Results are cached under build/oracle/<pyodide
// version>/ keyed by a hash of the case, so tests only start Pyodide for cases never seen.
// CLI: node tools/oracle/pyodide.mjs [--mode M] [--bytes] [--type-comments] [--fv N] [--flags N] (-e SRC | FILE)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..');
const require = createRequire(import.meta.url);
/** The npm version pins the CPython release (314.0.7 = CPython 3.14.2). */
export const PYODIDE_VERSION = require('pyodide/package.json').version;
/** Bump when the result format of oracle.py changes, to invalidate old cache entries. */
const SCHEMA = 1;
export const CACHE_DIR = join(ROOT, 'build', 'oracle', PYODIDE_VERSION);
/** Stack for the Pyodide worker; 64 MB lets CPython reach its own MAXSTACK limit. */
const STACK_MB = 64;
const BATCH_CHARS = 1 << 18;
const GZIP_OVER = 1 << 15;

/**
 * @typedef {{ source: string | Uint8Array, mode?: 'exec'|'eval'|'single'|'func_type', filename?: string,
 *   typeComments?: boolean, featureVersion?: number, want?: 'dump'|'status', flags?: number,
 *   dumpOptions?: Record<string, unknown> }} OracleCase
 *   flags: extra compile() flags beyond what ast.parse passes (then compile(..., PyCF_ONLY_AST | flags) is used).
 *   dumpOptions: ast.dump keywords (include_attributes, annotate_fields, indent, show_empty) instead of
 *   the default include_attributes=True.
 * @typedef {{ type: string, msg: string, lineno?: number|null, offset?: number|null,
 *   end_lineno?: number|null, end_offset?: number|null, text?: string|null }} OracleError
 * @typedef {{ dump?: string, ok?: true, error?: OracleError, dumpError?: OracleError,
 *   warnings?: { category: string, message: string, lineno: number }[] }} OracleResult
 */

/** Cache key: everything that can change ast.parse's answer (the filename cannot). */
export function caseKey(c) {
  const h = createHash('sha256');
  const key = [SCHEMA, PYODIDE_VERSION, c.mode ?? 'exec', !!c.typeComments,
    c.featureVersion ?? null, c.want ?? 'dump', typeof c.source === 'string' ? 'str' : 'bytes'];
  // Only when set, so that plain ast.parse keys stay as they were.
  if (c.flags) key.push(c.flags);
  if (c.dumpOptions) key.push({ dumpOptions: c.dumpOptions });
  h.update(JSON.stringify(key));
  // JSON.stringify keeps lone surrogates distinct (UTF-8 encoding would merge them into U+FFFD).
  h.update(typeof c.source === 'string' ? JSON.stringify(c.source) : c.source);
  return h.digest('hex');
}

function cachePath(key) { return join(CACHE_DIR, key.slice(0, 2), key); }

/** @returns {OracleResult | undefined} */
export function readCached(c, key = caseKey(c)) {
  const p = cachePath(key);
  if (existsSync(p + '.json')) return JSON.parse(readFileSync(p + '.json', 'utf8'));
  if (existsSync(p + '.json.gz')) return JSON.parse(gunzipSync(readFileSync(p + '.json.gz')).toString('utf8'));
  return undefined;
}

function writeCached(key, result) {
  const p = cachePath(key);
  mkdirSync(dirname(p), { recursive: true });
  const text = JSON.stringify(result);
  const [file, data] = text.length > GZIP_OVER ? [p + '.json.gz', gzipSync(text, { level: 1 })] : [p + '.json', text];
  // Write-then-rename: test files run in parallel and may read the same entry.
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** A running Pyodide worker. Prefer oracleParse(), which uses the cache first. */
export class Oracle {
  static async open() {
    const worker = new Worker(join(here, 'worker.mjs'), {
      workerData: { script: join(here, 'oracle.py') },
      resourceLimits: { stackSizeMb: STACK_MB, maxOldGenerationSizeMb: 4096 },
      stdout: false, stderr: false,
    });
    const o = new Oracle(worker);
    o.pythonVersion = await o.#request(null);
    return o;
  }

  #worker; #next = 1; #waiting = new Map(); #failed = null;

  constructor(worker) {
    this.#worker = worker;
    worker.on('message', (m) => {
      const id = m.ready ? 0 : m.id;
      const w = this.#waiting.get(id);
      this.#waiting.delete(id);
      if (!w) return;
      if (m.error) w.reject(new Error(`oracle: ${m.error}`));
      else w.resolve(m.ready ? m.version : m.result);
    });
    const fail = (e) => {
      this.#failed = e instanceof Error ? e : new Error(`oracle worker exited (${e})`);
      for (const w of this.#waiting.values()) w.reject(this.#failed);
      this.#waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => { if (this.#waiting.size) fail(code); });
  }

  #request(payload) {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = payload === null ? 0 : this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      if (payload !== null) this.#worker.postMessage({ id, payload });
    });
  }

  /** Parses cases without the cache. @param {OracleCase[]} cases @returns {Promise<OracleResult[]>} */
  async parse(cases) {
    const out = [];
    for (let i = 0; i < cases.length;) {
      const batch = [];
      let size = 0;
      while (i < cases.length && (batch.length === 0 || size < BATCH_CHARS)) {
        const c = cases[i++];
        size += c.source.length;
        batch.push({
          src: typeof c.source === 'string' ? c.source : Buffer.from(c.source).toString('base64'),
          bytes: typeof c.source !== 'string', mode: c.mode, filename: c.filename,
          typeComments: c.typeComments, featureVersion: c.featureVersion, want: c.want, flags: c.flags,
          dumpOptions: c.dumpOptions,
        });
      }
      out.push(...JSON.parse(await this.#request(JSON.stringify(batch))));
    }
    return out;
  }

  async close() { await this.#worker.terminate(); }
}

/**
 * The oracle's answer for each case, from the cache where possible; Pyodide is started only
 * when some case is missing. @param {OracleCase[]} cases
 * @param {{ onProgress?: (done: number, total: number) => void, noCache?: boolean }} [opts]
 * @returns {Promise<OracleResult[]>}
 */
export async function oracleParse(cases, opts = {}) {
  const keys = cases.map(caseKey);
  const results = opts.noCache ? new Array(cases.length) : keys.map((k, i) => readCached(cases[i], k));
  const missing = new Map(); // key -> first index; identical cases are parsed once
  keys.forEach((k, i) => { if (results[i] === undefined && !missing.has(k)) missing.set(k, i); });
  if (missing.size) {
    const oracle = await Oracle.open();
    try {
      const todo = [...missing.values()];
      const step = 64;
      for (let j = 0; j < todo.length; j += step) {
        const idx = todo.slice(j, j + step);
        const res = await oracle.parse(idx.map((i) => cases[i]));
        idx.forEach((i, n) => { results[i] = res[n]; writeCached(keys[i], res[n]); });
        opts.onProgress?.(Math.min(j + step, todo.length), todo.length);
      }
    } finally {
      await oracle.close();
    }
    keys.forEach((k, i) => { if (results[i] === undefined) results[i] = results[missing.get(k)]; });
  }
  return results;
}

async function main(argv) {
  const c = { mode: 'exec' };
  let src;
  let asBytes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mode') c.mode = argv[++i];
    else if (a === '--bytes') asBytes = true;
    else if (a === '--type-comments') c.typeComments = true;
    else if (a === '--fv') c.featureVersion = Number(argv[++i]);
    else if (a === '--flags') c.flags = Number(argv[++i]);
    else if (a === '-e') src = Buffer.from(argv[++i], 'utf8');
    else src = readFileSync(a);
  }
  if (!src) {
    console.error('usage: node tools/oracle/pyodide.mjs [--mode M] [--bytes] [--type-comments] [--fv N] [--flags N] (-e SRC | FILE)');
    process.exit(2);
  }
  c.source = asBytes ? new Uint8Array(src) : src.toString('utf8');
  const [r] = await oracleParse([c]);
  console.log(JSON.stringify(r, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
