// Startup benchmark: alternates `node -e 0` and `bin/ftpy -c pass` (and, when given, other
// commands) N times and prints the medians and the ratio ftpy/node, all from the same run.
// Usage: node bench/startup.mjs [--rounds=N] [--esm] [--threads]   (--esm: also the unbundled ES modules,
// `node dist/src/cli/main.js -c pass`; --threads: the cost of starting one thread (its worker), and
// bench/programs/threads.py with 1 and 2 threads under ftpy and CPython 3.14t
// when $PY314T names one). Thread ratios are given for the whole process, with each interpreter's
// `-c pass` subtracted (start-up corrected, as bench/run.mjs does), and as threads.py times itself
// (--time: thread starts included, interpreter start-up and imports not).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = Number((args.find((a) => a.startsWith('--rounds=')) ?? '--rounds=21').split('=')[1]);
const ftpy = join(root, 'bin', 'ftpy');
// A free-threaded CPython 3.14 (python3.14t) to compare with, when PY314T names one.
const py314t = process.env.PY314T ?? '';

/** Inner times that threads.py --time printed, by case name. */
const inner = new Map();

function time(cmd, argv, name) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  const m = /^elapsed ([0-9.]+)$/m.exec(r.stderr);
  if (m !== null && name !== undefined) inner.set(name, [...(inner.get(name) ?? []), Number(m[1]) * 1000]);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const cases = [
  ['node -e 0', process.execPath, ['-e', '0']],
  ['ftpy -c pass', ftpy, ['-c', 'pass']],
];
if (args.includes('--esm')) {
  cases.push(['ftpy unbundled', process.execPath, ['--stack-size=7800', join(root, 'dist', 'src', 'cli', 'main.js'), '-c', 'pass']]);
}
const ONE_THREAD = 'import _thread\nl = _thread.allocate_lock()\nl.acquire()\n_thread.start_new_thread(l.release, ())\nl.acquire()';
if (args.includes('--threads')) {
  cases.push(['ftpy import _thread', ftpy, ['-c', 'import _thread']], ['ftpy start 1 thread', ftpy, ['-c', ONE_THREAD]]);
  const prog = join(root, 'bench', 'programs', 'threads.py');
  for (const n of [1, 2]) cases.push([`ftpy threads.py ${n}`, ftpy, [prog, String(n), '--time']]);
  if (py314t && existsSync(py314t)) {
    cases.push(['3.14t -c pass', py314t, ['-c', 'pass']]);
    for (const n of [1, 2]) cases.push([`3.14t threads.py ${n}`, py314t, [prog, String(n), '--time']]);
  }
}
const times = cases.map(() => []);
time(ftpy, ['-c', 'pass']); // warm-up (the first run may write the code cache)
for (let r = 0; r < rounds; r++) cases.forEach(([name, cmd, argv], i) => times[i].push(time(cmd, argv, name)));
const m = times.map(median);
console.log(`rounds: ${rounds}`);
cases.forEach(([name], i) => console.log(`${name.padEnd(20)} median ${m[i].toFixed(1).padStart(7)} ms  min ${Math.min(...times[i]).toFixed(1).padStart(7)} ms`));
console.log(`ftpy -c pass / node -e 0: ${(m[1] / m[0]).toFixed(2)}x`);
const at = (name) => m[cases.findIndex(([n]) => n === name)];
if (args.includes('--esm')) console.log(`unbundled / node -e 0: ${(at('ftpy unbundled') / m[0]).toFixed(2)}x`);
if (args.includes('--threads')) {
  console.log(`worker start (start 1 thread - import _thread): ${(at('ftpy start 1 thread') - at('ftpy import _thread')).toFixed(0)} ms`);
  const report = (who, pass) => {
    const [one, two] = [at(`${who} threads.py 1`), at(`${who} threads.py 2`)];
    const [i1, i2] = [median(inner.get(`${who} threads.py 1`)), median(inner.get(`${who} threads.py 2`))];
    console.log(`${who} threads.py 1/2 threads: whole process ${(one / two).toFixed(2)}x, start-up corrected `
      + `${((one - pass) / (two - pass)).toFixed(2)}x, timed inside ${(i1 / i2).toFixed(2)}x (${i1.toFixed(0)} / ${i2.toFixed(0)} ms)`);
  };
  report('ftpy', m[1]);
  if (py314t && existsSync(py314t)) report('3.14t', at('3.14t -c pass'));
}
