// Interpreter benchmarks: each program of bench/programs under bin/ftpy, native CPython (the real
// python3 binary, not a shim) and Pyodide, alternating, several rounds; prints medians and the ratios
// to CPython, plus the geometric mean. Process times include startup; "-c pass" is measured too, and
// the "net" columns subtract each interpreter's startup. Pyodide runs in this process (its load time
// is excluded; each program runs in a fresh namespace).
// Usage: node bench/run.mjs [--rounds=N] [name ...]     (names: loop fib nbody wordcount methods)
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const progDir = join(root, 'bench', 'programs');
const args = process.argv.slice(2);
const rounds = Number((args.find((a) => a.startsWith('--rounds=')) ?? '--rounds=3').split('=')[1]);
const only = args.filter((a) => !a.startsWith('--'));
const names = readdirSync(progDir).filter((f) => f.endsWith('.py') && f !== 'threads.py').map((f) => f.slice(0, -3))
  .filter((n) => only.length === 0 || only.includes(n));

const python = realpathSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim());
// bin/ftpy: the bundled interpreter with its V8 code cache, as users run it.
const ftpy = [process.execPath, ['--stack-size=7800', join(root, 'bin', 'ftpy')]];

function timeProcess(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  return { ms, ok: r.status === 0, out: r.stdout, err: r.stderr };
}

let pyodide = null;
try {
  const { loadPyodide } = await import('pyodide');
  pyodide = await loadPyodide();
} catch (e) {
  console.error(`pyodide unavailable: ${e.message}`);
}

function timePyodide(src) {
  if (pyodide === null) return { ms: NaN, ok: false, out: '' };
  let out = '';
  pyodide.setStdout({ batched: (s) => { out += `${s}\n`; } });
  const ns = pyodide.globals.get('dict')();
  const t0 = performance.now();
  try {
    pyodide.runPython(src, { globals: ns });
  } catch (e) {
    return { ms: NaN, ok: false, out: String(e) };
  }
  return { ms: performance.now() - t0, ok: true, out };
}

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const startup = { ftpy: [], cpython: [] };
for (let r = 0; r < rounds; r++) {
  startup.ftpy.push(timeProcess(ftpy[0], [...ftpy[1], '-c', 'pass']).ms);
  startup.cpython.push(timeProcess(python, ['-c', 'pass']).ms);
}
const su = { ftpy: median(startup.ftpy), cpython: median(startup.cpython) };
const nodeStart = median(Array.from({ length: rounds }, () => timeProcess(process.execPath, ['-e', '0']).ms));

const rows = [];
for (const name of names) {
  const file = join(progDir, `${name}.py`);
  const src = readFileSync(file, 'utf8');
  const t = { ftpy: [], cpython: [], pyodide: [] };
  let status = 'ok';
  for (let r = 0; r < rounds; r++) {
    const a = timeProcess(ftpy[0], [...ftpy[1], file]);
    const b = timeProcess(python, [file]);
    const c = timePyodide(src);
    if (!a.ok || a.out !== b.out) status = a.ok ? 'WRONG OUTPUT' : `FAILED: ${(a.err || '').trim().split('\n').pop()}`;
    t.ftpy.push(a.ms);
    t.cpython.push(b.ms);
    t.pyodide.push(c.ms);
  }
  const m = { ftpy: median(t.ftpy), cpython: median(t.cpython), pyodide: median(t.pyodide) };
  const net = { ftpy: m.ftpy - su.ftpy, cpython: m.cpython - su.cpython };
  rows.push({ name, m, net, ratio: net.ftpy / net.cpython, pyRatio: m.pyodide / net.cpython, status });
}

const f = (x) => (Number.isNaN(x) ? '   -   ' : x.toFixed(0).padStart(7));
const g = (x) => (Number.isNaN(x) || !Number.isFinite(x) ? '  -  ' : x.toFixed(2).padStart(5));
console.log(`rounds: ${rounds}   CPython: ${python}`);
console.log(`startup ms: ftpy -c pass ${su.ftpy.toFixed(0)}, python3 -c pass ${su.cpython.toFixed(0)}, node -e 0 ${nodeStart.toFixed(0)} (ftpy/node ${(su.ftpy / nodeStart).toFixed(2)})`);
console.log('benchmark     ftpy ms  cpython ms  pyodide ms   ftpy net  cpython net  ftpy/cpy  pyodide/cpy  status');
for (const r of rows) {
  console.log(`${r.name.padEnd(12)} ${f(r.m.ftpy)}     ${f(r.m.cpython)}     ${f(r.m.pyodide)}    ${f(r.net.ftpy)}      ${f(r.net.cpython)}     ${g(r.ratio)}        ${g(r.pyRatio)}  ${r.status}`);
}
const ok = rows.filter((r) => r.status === 'ok' && r.ratio > 0);
if (ok.length) {
  const gm = Math.exp(ok.reduce((s, r) => s + Math.log(r.ratio), 0) / ok.length);
  const gp = Math.exp(ok.reduce((s, r) => s + Math.log(r.pyRatio), 0) / ok.length);
  const graw = Math.exp(ok.reduce((s, r) => s + Math.log(r.m.ftpy / r.m.cpython), 0) / ok.length);
  console.log(`geometric mean (startup-corrected) ftpy/cpython ${gm.toFixed(2)}, pyodide/cpython ${gp.toFixed(2)} over ${ok.length} benchmarks`);
  console.log(`geometric mean of whole process times (start-up included) ftpy/cpython ${graw.toFixed(2)}`);
}

