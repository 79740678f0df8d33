// RustPython's extra_tests/snippets as a conformance check: every snippet (an assert-based script) runs under
// ftpy and, to exclude snippets CPython itself fails, under a CPython 3.14. The snippets that do not pass on
// ftpy are listed with their reason in tests/conformance/snippets-failures.txt; this tool writes that list
// (--write) or checks the current build against it (default). Usage, after `npm run build`:
//   node tools/conformance/snippets.mjs [--rustpython DIR] [--cpython PYTHON] [--write] [--jobs N] [filter ...]
// DIR is a RustPython checkout (or env FTPY_RUSTPYTHON); PYTHON a CPython 3.14 (or env FTPY_CPYTHON; --write
// needs one; the check runs it when given, else it trusts the list's "fails on CPython" entries).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LIST_FILE = join(ROOT, 'tests', 'conformance', 'snippets-failures.txt');
const FTPY_MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
/** Liveness limit per run (not a timing assertion). */
const TIMEOUT_MS = 30_000;
const CPYTHON_FAILS = 'fails on CPython: ';
const NEEDS_MODULE = 'needs module ';

const HEADER = `# RustPython extra_tests/snippets that do not pass on ftpy, one per line: "<snippet> <reason>".
# Reasons: "fails on CPython: ..." (excluded: CPython 3.14 itself fails it), "needs module X" (an import of a
# module ftpy does not have yet), else the exception's first line and where it was raised.
# Written by: node tools/conformance/snippets.mjs --rustpython <checkout> --cpython <python3.14> --write
# Checked by the same command without --write (fails when a listed snippet passes or an unlisted one fails).
`;

function parseArgs(argv) {
  const o = { rustpython: process.env.FTPY_RUSTPYTHON, cpython: process.env.FTPY_CPYTHON, write: false, jobs: 2, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rustpython') o.rustpython = argv[++i];
    else if (a === '--cpython') o.cpython = argv[++i];
    else if (a === '--write') o.write = true;
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.filters.push(a);
  }
  return o;
}

/** The snippets dir of a RustPython checkout (or the snippets dir itself), or null. */
export function snippetsDir(checkout) {
  if (!checkout) return null;
  for (const d of [join(checkout, 'extra_tests', 'snippets'), checkout]) {
    if (existsSync(join(d, 'testutils.py'))) return d;
  }
  return null;
}

/** Snippet file names, as RustPython's test_snippets.py selects them (xfail_* are not run). */
export function listSnippets(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('xfail_') && f !== 'testutils.py' &&
    f !== 'cpython_generated_slices.py').sort();
}

/** test_snippets.py generates this module (slice results) before running; same text, made here. */
function generatedSlices() {
  const ll = [0, 1, 2, 3];
  const range = (a, b) => Array.from({ length: b - a }, (_, i) => a + i);
  const start = [...range(-7, 7), null], end = [...range(-7, 7), null];
  const step = [...range(-5, 5).filter((x) => x !== 0), null];
  const res = [];
  for (const s of start) for (const e of end) for (const t of step) res.push(pySlice(ll, s, e, t));
  const lst = (xs) => `[${xs.map((x) => (Array.isArray(x) ? lst(x) : x === null ? 'None' : String(x))).join(', ')}]`;
  return `SLICES_RES=${lst(res)}\nSTART= ${lst(start)}\nEND= ${lst(end)}\nSTEP= ${lst(step)}\nLL=${lst(ll)}\n`;
}

/** list[s:e:t] with CPython's PySlice_AdjustIndices. */
function pySlice(xs, s, e, t) {
  const n = xs.length, step = t ?? 1;
  const adj = (v, dflt, lo, hi) => {
    if (v === null) return dflt;
    if (v < 0) { v += n; return v < 0 ? lo : v; }
    return v >= n ? hi : v;
  };
  const a = step > 0 ? adj(s, 0, 0, n) : adj(s, n - 1, -1, n - 1);
  const b = step > 0 ? adj(e, n, 0, n) : adj(e, -1, -1, n - 1);
  const out = [];
  for (let i = a; step > 0 ? i < b : i > b; i += step) out.push(xs[i]);
  return out;
}

/** Runs `cmd args` in a fresh copy of the snippets dir; resolves {code, stdout, stderr, timedOut}. */
function runIn(dir, cmd, args) {
  const tmp = mkdtempSync(join(tmpdir(), 'ftpy-snip-'));
  cpSync(dir, tmp, { recursive: true, filter: (src) => !src.includes('__pycache__') });
  writeFileSync(join(tmp, 'cpython_generated_slices.py'), generatedSlices());
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    let stdout = '', stderr = '', timedOut = false;
    child.stdout.on('data', (d) => { if (stdout.length < 1 << 20) stdout += d; });
    child.stderr.on('data', (d) => { if (stderr.length < 1 << 20) stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      const strip = (s) => s.split(tmp + '/').join('');
      resolve({ code: code ?? signal, stdout: strip(stdout), stderr: strip(stderr), timedOut });
    });
  });
}

/**
 * Reason for a failed run of `name`: the exception's first line and where it was raised (the innermost
 * traceback entry, and the snippet's own innermost line when that is elsewhere, e.g. in testutils).
 */
export function failureReason(r, name) {
  if (r.timedOut) return `timeout after ${TIMEOUT_MS / 1000} s`;
  const lines = r.stderr.split('\n');
  let tb = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].startsWith('Traceback (most recent call last):')) { tb = i; break; }
  if (tb < 0) {
    // No traceback (a crash of the process): its first error line, else its last line.
    const text = lines.map((l) => l.trim()).filter(Boolean);
    const line = text.find((l) => /Error\b|FATAL|Fatal|Abort/.test(l)) ?? text.pop() ?? '';
    return `exit ${r.code}${line ? ': ' + line.slice(0, 160) : ''}`;
  }
  let inner = '', own = '', i = tb + 1;
  for (; i < lines.length && (lines[i].startsWith(' ') || lines[i].startsWith('\t')); i++) {
    const m = /^ {2}File "([^"]*)", line (\d+)/.exec(lines[i]);
    if (!m) continue;
    inner = `${basename(m[1])}:${m[2]}`;
    if (basename(m[1]) === name) own = inner;
  }
  const exc = (lines[i] ?? '').trim().slice(0, 160) || `exit ${r.code}`;
  const mod = /^(?:ModuleNotFoundError|ImportError): No module named '([^']+)'/.exec(exc);
  if (mod) return NEEDS_MODULE + mod[1];
  // os raises this when no platform module (posix, nt) exists; _io's missing names mean the
  // unfinished native _io (only console streams so far).
  if (exc === 'ImportError: no os specific module found') return `${NEEDS_MODULE}posix`;
  const ioName = /^ImportError: cannot import name '[^']+' from '(_io)'/.exec(exc);
  if (ioName) return `${NEEDS_MODULE}${ioName[1]} (files, StringIO, BytesIO)`;
  const where = own && own !== inner ? `${inner} via ${own}` : inner;
  return where ? `${exc} (${where})` : exc;
}

async function pool(items, jobs, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => { while (next < items.length) { const k = next++; out[k] = await fn(items[k], k); } };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return out;
}

/** name -> reason from the list file. */
export function readList(file = LIST_FILE) {
  const m = new Map();
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const sp = line.indexOf(' ');
    m.set(sp < 0 ? line : line.slice(0, sp), sp < 0 ? '' : line.slice(sp + 1));
  }
  return m;
}

function summary(names, results) {
  const c = { total: names.length, pass: 0, cpython: 0, module: 0, other: 0 };
  for (const n of names) {
    const r = results.get(n);
    if (r === null) c.pass++;
    else if (r.startsWith(CPYTHON_FAILS)) c.cpython++;
    else if (r.startsWith(NEEDS_MODULE)) c.module++;
    else c.other++;
  }
  return `${c.total} snippets: ${c.pass} pass, ${c.cpython} fail on CPython, ${c.module} need a module, ${c.other} other failures`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const dir = snippetsDir(o.rustpython);
  if (!dir) {
    console.error('snippets: no RustPython checkout (give --rustpython DIR or env FTPY_RUSTPYTHON; ' +
      'it must contain extra_tests/snippets/testutils.py)');
    process.exit(2);
  }
  if (o.write && !o.cpython) { console.error('snippets: --write needs a CPython 3.14 (--cpython or FTPY_CPYTHON)'); process.exit(2); }
  if (!existsSync(FTPY_MAIN)) { console.error('snippets: build first (npm run build)'); process.exit(2); }
  const listed = readList();
  const names = listSnippets(dir).filter((n) => o.filters.length === 0 || o.filters.some((f) => n.includes(f)));
  const results = new Map(); // name -> null (passes) | reason
  let done = 0;
  await pool(names, o.jobs, async (name) => {
    let reason = null;
    if (o.cpython) {
      const r = await runIn(dir, o.cpython, ['-E', '-s', name]);
      if (r.code !== 0) reason = CPYTHON_FAILS + failureReason(r, name);
    } else if (listed.get(name)?.startsWith(CPYTHON_FAILS)) {
      reason = listed.get(name);
    }
    if (reason === null) {
      const r = await runIn(dir, process.execPath, ['--stack-size=7800', FTPY_MAIN, name]);
      if (r.code !== 0) reason = failureReason(r, name);
    }
    results.set(name, reason);
    done++;
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${names.length} `);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');

  if (o.write) {
    const merged = new Map(listed);
    for (const n of names) { if (results.get(n) === null) merged.delete(n); else merged.set(n, results.get(n)); }
    const all = listSnippets(dir);
    for (const n of [...merged.keys()]) if (!all.includes(n)) merged.delete(n);
    const body = [...merged].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([n, r]) => `${n} ${r}`).join('\n');
    writeFileSync(LIST_FILE, HEADER + (body ? body + '\n' : ''));
    const full = new Map(all.map((n) => [n, merged.has(n) ? merged.get(n) : null]));
    console.log(summary(all, full));
    console.log(`wrote ${LIST_FILE}`);
    return;
  }
  let bad = 0;
  for (const n of names) {
    const got = results.get(n), want = listed.get(n);
    if (got === null && want !== undefined) { bad++; console.log(`NOW PASSES (remove from the list): ${n}`); }
    else if (got !== null && want === undefined) { bad++; console.log(`FAILS (not listed): ${n} ${got}`); }
    else if (got !== null && got !== want) console.log(`reason changed: ${n}\n  listed: ${want}\n  now:    ${got}`);
  }
  console.log(summary(names, results));
  if (bad) { console.log(`${bad} snippet(s) differ from ${LIST_FILE}`); process.exit(1); }
  console.log('snippets: all as listed');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
