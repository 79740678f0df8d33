// Grammar conformance (issue #2, point 2): every program text that CPython's grammar tests give
// the compiler, parsed by ftpy and by CPython (Pyodide ast.parse); prints per-file pass rates and
// writes failures to build/conformance/<module>.txt. See tools/conformance/README.md.
// Usage: node tools/conformance/grammar.mjs <Lib/test dir> [--modules a,b] [--recapture]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { captureModule } from './capture.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const OUT = join(root, 'build', 'conformance');
const MODULES = ['test_grammar', 'test_fstring', 'test_tstring', 'test_patma', 'test_type_params', 'test_syntax', 'test_exceptions'];
/** Liveness limit for one parse by ftpy (a hang is reported as a failure, not waited on). */
const PARSE_LIMIT_MS = 10_000;

// compile() flags (CPython: Include/cpython/compile.h, Include/cpython/code.h).
const PyCF = { SOURCE_IS_UTF8: 0x100, DONT_IMPLY_DEDENT: 0x200, ONLY_AST: 0x400, IGNORE_COOKIE: 0x800,
  TYPE_COMMENTS: 0x1000, ALLOW_TOP_LEVEL_AWAIT: 0x2000, ALLOW_INCOMPLETE_INPUT: 0x4000, OPTIMIZED_AST: 0x8000 };
const CO_FUTURE = { DIVISION: 0x20000, ABSOLUTE_IMPORT: 0x40000, WITH_STATEMENT: 0x80000, PRINT_FUNCTION: 0x100000,
  UNICODE_LITERALS: 0x200000, BARRY_AS_BDFL: 0x400000, GENERATOR_STOP: 0x800000, ANNOTATIONS: 0x1000000 };
/** Flags that do not change what ast.parse returns. */
const NEUTRAL = PyCF.SOURCE_IS_UTF8 | PyCF.ONLY_AST | PyCF.IGNORE_COOKIE | PyCF.ALLOW_TOP_LEVEL_AWAIT |
  CO_FUTURE.DIVISION | CO_FUTURE.ABSOLUTE_IMPORT | CO_FUTURE.WITH_STATEMENT | CO_FUTURE.PRINT_FUNCTION |
  CO_FUTURE.UNICODE_LITERALS | CO_FUTURE.GENERATOR_STOP | CO_FUTURE.ANNOTATIONS;
/** Flags that change parsing and map to parse() options; the oracle gets them via compile(). */
const CARRIED = [
  [PyCF.DONT_IMPLY_DEDENT, 'dontImplyDedent'],
  [PyCF.ALLOW_INCOMPLETE_INPUT, 'allowIncompleteInput'],
  [CO_FUTURE.BARRY_AS_BDFL, 'barryAsFlufl'],
];
const CARRIED_MASK = CARRIED.reduce((m, [bit]) => m | bit, 0);
/** Flags that change the result in ways parse() has no option for: such cases are skipped. */
const UNSUPPORTED = { OPTIMIZED_AST: PyCF.OPTIMIZED_AST };

function parseArgs(argv) {
  const o = { libTest: null, modules: MODULES, recapture: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--modules') o.modules = argv[++i].split(',');
    else if (argv[i] === '--recapture') o.recapture = true;
    else o.libTest = resolve(argv[i]);
  }
  if (!o.libTest) {
    console.error('usage: node tools/conformance/grammar.mjs <Lib/test dir> [--modules a,b] [--recapture]');
    process.exit(2);
  }
  return o;
}

/** Why a captured case cannot be compared, or null. */
function skipReason(c) {
  if (!['exec', 'eval', 'single', 'func_type'].includes(c.mode)) return `mode ${c.mode}`;
  for (const [name, bit] of Object.entries(UNSUPPORTED)) if ((c.flags & bit) === bit) return `flag ${name}`;
  const unknown = c.flags & ~(NEUTRAL | PyCF.TYPE_COMMENTS | CARRIED_MASK);
  if (unknown) return `flags 0x${unknown.toString(16)}`;
  return null;
}

/** Unique cases of one module: the test file itself, then every captured source. */
function casesOf(libTest, cap) {
  const out = [{ module: cap.module, origin: 'file', test: null, mode: 'exec', flags: 0, fv: -1,
    source: new Uint8Array(readFileSync(join(libTest, `${cap.module}.py`))) }];
  const seen = new Set();
  for (const r of cap.records) {
    const k = JSON.stringify([r.mode, r.flags, r.fv, r.b64 ?? null, r.src ?? null]);
    if (seen.has(k)) continue;
    seen.add(k);
    const source = r.b64 !== undefined ? new Uint8Array(Buffer.from(r.b64, 'base64')) : r.src;
    out.push({ module: cap.module, origin: r.origin, test: cap.tests.ids[r.test] ?? null, mode: r.mode,
      flags: r.flags, fv: r.fv, source });
  }
  for (const c of out) {
    c.skip = skipReason(c);
    c.options = { mode: c.mode };
    if (c.flags & PyCF.TYPE_COMMENTS) c.options.typeComments = true;
    if (c.fv >= 0) c.options.featureVersion = c.fv;
    for (const [bit, name] of CARRIED) if (c.flags & bit) c.options[name] = true;
    c.oracleFlags = c.flags & CARRIED_MASK;
  }
  return out;
}

/** Runs ftpy on every case in a worker, restarting it after a hang or a crash of the worker. */
async function runOurs(cases) {
  const results = new Array(cases.length);
  let i = 0;
  while (i < cases.length) {
    const w = new Worker(join(here, 'ours-worker.mjs'));
    await new Promise((res, rej) => { w.once('message', res); w.once('error', rej); });
    const stoppedAt = await new Promise((res) => {
      let timer;
      let over = false;
      const stop = (next) => { over = true; clearTimeout(timer); res(next); };
      const send = () => {
        if (i >= cases.length) { stop(i); return; }
        const c = cases[i];
        timer = setTimeout(() => { results[i] = { kind: 'crash', detail: `no answer within ${PARSE_LIMIT_MS / 1000} s (hang)` }; stop(i + 1); }, PARSE_LIMIT_MS);
        w.postMessage({ id: i, source: c.source, options: c.options });
      };
      w.on('message', (m) => { if (over) return; clearTimeout(timer); results[m.id] = m; i = m.id + 1; send(); });
      w.on('error', (e) => { if (over) return; results[i] = { kind: 'crash', detail: `worker died: ${e.message}` }; stop(i + 1); });
      send();
    });
    await w.terminate();
    i = stoppedAt;
  }
  return results;
}

function preview(source) {
  const s = typeof source === 'string' ? source : `b${JSON.stringify(Buffer.from(source).toString('latin1'))}`;
  return s.length > 1500 ? `${JSON.stringify(s.slice(0, 1500))}… (${s.length} chars)` : JSON.stringify(s);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const h = await import(pathToFileURL(join(root, 'dist', 'tests', 'parser', 'harness.js')).href);
  const { oracleParse } = await import(pathToFileURL(join(root, 'tools', 'oracle', 'pyodide.mjs')).href);
  mkdirSync(OUT, { recursive: true });

  console.log(`capturing program texts from ${opts.libTest} under Pyodide (cached in build/conformance/capture)`);
  const all = [];
  const captureInfo = {};
  for (const m of opts.modules) {
    const cap = await captureModule(opts.libTest, m, { recapture: opts.recapture, log: console.log });
    const cases = casesOf(opts.libTest, cap);
    captureInfo[m] = { records: cap.records.length, unique: cases.length, tests: cap.tests };
    console.log(`  ${m}: ${cap.tests.ran}/${cap.tests.count ?? '?'} tests run, ${cap.tests.crashed.length} crashed/hung, ` +
      `${cap.records.length} captures -> ${cases.length} unique cases`);
    all.push(...cases);
  }

  const comparable = all.filter((c) => !c.skip);
  console.log(`oracle: ${comparable.length} cases (cached in build/oracle)`);
  const expected = await oracleParse(comparable.map((c) => ({ source: c.source, mode: c.mode, typeComments: c.options.typeComments,
    featureVersion: c.options.featureVersion, flags: c.oracleFlags || undefined })), { onProgress: (d, t) => process.stdout.write(`\r  ${d}/${t}`) });
  console.log(`\nftpy: parsing ${comparable.length} cases`);
  const ours = await runOurs(comparable);

  const stats = Object.fromEntries(opts.modules.map((m) => [m, { valid: [0, 0], invalid: [0, 0], skipped: {}, crashes: 0, failures: [] }]));
  for (const c of all) if (c.skip) stats[c.module].skipped[c.skip] = (stats[c.module].skipped[c.skip] ?? 0) + 1;
  comparable.forEach((c, k) => {
    const s = stats[c.module];
    const exp = expected[k];
    const got = ours[k];
    const valid = !exp.error;
    const bucket = valid ? s.valid : s.invalid;
    bucket[1]++;
    let problem = null;
    if (got.kind === 'crash') { problem = `crash: ${got.detail}`; s.crashes++; }
    else if (valid) {
      if (got.kind === 'error') problem = `CPython parses it; ftpy raised ${h.fmtError(got.error)}`;
      else if (exp.dump !== undefined && got.dump !== exp.dump) problem = `AST differs: ${h.firstDiff(exp.dump, got.dump)}`;
    } else if (got.kind === 'ast') problem = `ftpy parses it; CPython raised ${h.fmtError(exp.error)}`;
    else {
      const bad = h.errorDiff(exp.error, got.error);
      if (bad.length) problem = `${bad.join(',')} differ\n  expected: ${h.fmtError(exp.error)}\n  ftpy:     ${h.fmtError(got.error)}`;
    }
    if (!problem) { bucket[0]++; return; }
    const flags = c.flags ? ` flags=0x${c.flags.toString(16)}` : '';
    s.failures.push(`--- [${valid ? 'valid' : 'invalid'}] ${c.origin} mode=${c.mode}${flags}${c.test ? ` in ${c.test}` : ''}\n` +
      `source: ${preview(c.source)}\n${problem}\n`);
  });

  const pct = ([p, t]) => (t ? `${p}/${t} (${(100 * p / t).toFixed(1)}%)` : '-');
  const lines = ['file                    valid: same AST         invalid: same error      skipped  crashes'];
  const total = { valid: [0, 0], invalid: [0, 0], skipped: 0, crashes: 0 };
  for (const m of opts.modules) {
    const s = stats[m];
    const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
    for (const k of ['valid', 'invalid']) { total[k][0] += s[k][0]; total[k][1] += s[k][1]; }
    total.skipped += skipped; total.crashes += s.crashes;
    lines.push(`${(m + '.py').padEnd(23)} ${pct(s.valid).padEnd(23)} ${pct(s.invalid).padEnd(24)} ${String(skipped).padStart(7)}  ${String(s.crashes).padStart(7)}`);
    writeFileSync(join(OUT, `${m}.txt`), s.failures.length ? s.failures.join('\n') : 'no failures\n');
  }
  lines.push(`${'total'.padEnd(23)} ${pct(total.valid).padEnd(23)} ${pct(total.invalid).padEnd(24)} ${String(total.skipped).padStart(7)}  ${String(total.crashes).padStart(7)}`);
  const skipReasons = {};
  for (const m of opts.modules) for (const [r, n] of Object.entries(stats[m].skipped)) skipReasons[r] = (skipReasons[r] ?? 0) + n;
  const report = `${lines.join('\n')}\nskipped by reason: ${JSON.stringify(skipReasons)}\nfailures: build/conformance/<module>.txt\n`;
  console.log(`\n${report}`);
  writeFileSync(join(OUT, 'summary.txt'), report);
  writeFileSync(join(OUT, 'summary.json'), JSON.stringify({
    libTest: opts.libTest, capture: captureInfo,
    files: Object.fromEntries(opts.modules.map((m) => [m, { valid: stats[m].valid, invalid: stats[m].invalid, skipped: stats[m].skipped, crashes: stats[m].crashes }])),
  }, null, 1));
}

await main();
