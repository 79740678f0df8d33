// Writes the expected results of the program corpus (tests/programs/**) by running each program under
// CPython 3.14: Pyodide (offline, in WebAssembly) for most programs, the native free-threaded 3.14t for
// threads/ and programs marked `ftpy-expect: native`. Usage: node tools/programs/make-expected.mjs [--check] [--jobs N] [--compare PYTHON]
// [--xfail REASON] [paths...]
// See tests/programs/README.md for the corpus format.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { discover, normalize, readInputs, CORPUS } from './corpus.mjs';

const XFAIL_FILE = join(CORPUS, 'expected-failures.txt');

const here = dirname(fileURLToPath(import.meta.url));
/** Liveness limit per program (not a timing assertion): a hung program gets its worker killed. */
const TIMEOUT_MS = 120_000;
/** Areas whose programs need real threads, which Pyodide lacks. */
const NATIVE_AREAS = new Set(['threads']);
/**
 * A program whose first 3 lines contain this marker gets its expectations from the native CPython instead:
 * for behaviour the Pyodide harness cannot reproduce (e.g. messages that depend on the CLI's sys.path[0]).
 */
const NATIVE_MARKER = 'ftpy-expect: native';
const needsNative = (prog) => NATIVE_AREAS.has(prog.area) ||
  readFileSync(join(prog.dir, prog.main), 'utf8').split('\n', 3).some((l) => l.includes(NATIVE_MARKER));
// Native CPythons looked up on PATH (FTPY_NATIVE_PYTHON overrides): the free-threaded 3.14 build, else 3.13.
const FT_PYTHON = 'python3.14t';
const FALLBACK_PYTHON = 'python3.13';
const runs = (cmd) => spawnSync(cmd, ['-c', 'pass']).status === 0;

// ---- running under Pyodide ----

class PyodideWorker {
  static async open() {
    const w = new PyodideWorker();
    w.info = await w.#send(null);
    return w;
  }

  #worker; #next = 1; #waiting = new Map();

  constructor() {
    this.#worker = new Worker(join(here, 'worker.mjs'), {
      workerData: { script: join(here, 'harness.py') },
      resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 4096 },
      stdout: false, stderr: false,
    });
    this.#worker.on('message', (m) => {
      const id = m.ready ? 0 : m.id;
      const w = this.#waiting.get(id);
      this.#waiting.delete(id);
      if (!w) return;
      if (m.error) w.reject(new Error(m.error));
      else w.resolve(m.ready ? m.info : m);
    });
    const fail = (e) => {
      for (const w of this.#waiting.values()) w.reject(e instanceof Error ? e : new Error(`worker exited (${e})`));
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', fail);
  }

  #send(msg) {
    const id = msg === null ? 0 : this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      if (msg !== null) this.#worker.postMessage({ id, ...msg });
    });
  }

  /** @returns {Promise<{stdout: string, stderr: string, exit: number}>} */
  async run(prog) {
    const { args, stdin } = readInputs(prog);
    const files = prog.files.map((rel) => ({ rel, data: readFileSync(join(prog.dir, rel)) }));
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    try {
      const m = await Promise.race([this.#send({ files, main: prog.main, args, stdin }), timeout]);
      if (m.leaked) process.stderr.write(`warning: ${prog.id} wrote to fd 1/2 directly: ${JSON.stringify(m.leaked)}\n`);
      return normalize(m.result, m.dir);
    } finally {
      clearTimeout(timer);
    }
  }

  close() { return this.#worker.terminate(); }
}

// ---- running natively ----

function runNative(prog, python) {
  const { args, stdin } = readInputs(prog);
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ftpy-prog-')));
  try {
    for (const rel of prog.files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), readFileSync(join(prog.dir, rel)));
    }
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
    Object.assign(env, { LC_ALL: 'C.UTF-8', PYTHONDONTWRITEBYTECODE: '1' });
    const r = spawnSync(python, [prog.main, ...args], {
      cwd: dir, input: Buffer.from(stdin), env, timeout: TIMEOUT_MS, maxBuffer: 1 << 28,
    });
    if (r.error) throw r.error;
    if (r.status === null) throw new Error(`${python} ended by ${r.signal}`);
    return normalize({ stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), exit: r.status }, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function nativePython() {
  if (process.env.FTPY_NATIVE_PYTHON) return process.env.FTPY_NATIVE_PYTHON;
  if (runs(FT_PYTHON)) return FT_PYTHON;
  process.stderr.write(`warning: ${FT_PYTHON} not found; using ${FALLBACK_PYTHON} (re-check these later)\n`);
  return FALLBACK_PYTHON;
}

// ---- expectations on disk ----

function expectedOf(prog) {
  const read = (ext) => (existsSync(prog.base + ext) ? readFileSync(prog.base + ext, 'utf8') : null);
  const exit = read('.exit');
  return { stdout: read('.stdout') ?? '', stderr: read('.stderr') ?? '', exit: exit === null ? 0 : Number(exit.trim()) };
}

function writeExpected(prog, r) {
  const put = (ext, text) => {
    if (text === null) { if (existsSync(prog.base + ext)) unlinkSync(prog.base + ext); }
    else writeFileSync(prog.base + ext, text);
  };
  put('.stdout', r.stdout);
  put('.stderr', r.stderr === '' ? null : r.stderr);
  put('.exit', r.exit === 0 ? null : `${r.exit}\n`);
}

function same(a, b) { return a.stdout === b.stdout && a.stderr === b.stderr && a.exit === b.exit; }

function firstDiff(label, a, b) {
  for (const k of ['stdout', 'stderr', 'exit']) {
    if (a[k] === b[k]) continue;
    const sa = String(a[k]), sb = String(b[k]);
    let i = 0;
    while (i < sa.length && sa[i] === sb[i]) i++;
    const from = Math.max(0, sa.lastIndexOf('\n', i - 1) + 1);
    return `${label} ${k} differs at ${i}: ${JSON.stringify(sa.slice(from, i + 80))} vs ${JSON.stringify(sb.slice(from, i + 80))}`;
  }
  return '';
}

/** Adds `id reason` lines for ids not listed yet; keeps the leading comment block, sorts the rest. */
function addExpectedFailures(ids, reason) {
  const lines = existsSync(XFAIL_FILE) ? readFileSync(XFAIL_FILE, 'utf8').split('\n').filter((l) => l.trim()) : [];
  const head = [];
  while (lines.length && lines[0].startsWith('#')) head.push(lines.shift());
  const listed = new Set(lines.map((l) => l.split(/\s/)[0]));
  const add = ids.filter((id) => !listed.has(id));
  const body = [...lines, ...add.map((id) => `${id} ${reason}`)].sort();
  writeFileSync(XFAIL_FILE, [...head, ...body].join('\n') + '\n');
  return add.length;
}

// ---- main ----

async function main(argv) {
  let check = false, compare = null, xfailReason = null, jobs = Math.max(1, Math.min(2, availableParallelism()));
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else if (argv[i] === '--compare') compare = argv[++i];
    else if (argv[i] === '--xfail') xfailReason = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node tools/programs/make-expected.mjs [--check] [--jobs N] [--compare PYTHON] [paths...]\n' +
        '  paths: program files, program directories or area directories (default: all of tests/programs)\n' +
        '  --check: do not write; report programs whose output differs from their expectation files\n' +
        '  --compare PYTHON: do not write; run each program under PYTHON too and report differences\n' +
        '  --xfail REASON: only add the programs not yet in tests/programs/expected-failures.txt to it');
      return 0;
    } else paths.push(argv[i]);
  }
  const progs = discover(paths);
  if (progs.length === 0) { console.error('no programs found'); return 1; }
  if (xfailReason !== null) {
    const added = addExpectedFailures(progs.map((p) => p.id), xfailReason);
    console.log(`added ${added} programs to ${relative(process.cwd(), XFAIL_FILE)}`);
    return 0;
  }
  const viaPyodide = progs.filter((p) => !needsNative(p));
  const viaNative = progs.filter((p) => needsNative(p));

  let failures = 0, written = 0, unchanged = 0;
  const handle = (prog, r, how) => {
    if (compare) {
      let other;
      try { other = runNative(prog, compare); } catch (e) { console.log(`ERROR ${prog.id} under ${compare}: ${e.message}`); failures++; return; }
      if (same(r, other)) unchanged++;
      else { failures++; console.log(`DIFF  ${firstDiff(prog.id + ` (${how} vs ${compare})`, r, other)}`); }
      return;
    }
    const old = expectedOf(prog);
    if (same(old, r)) { unchanged++; return; }
    if (check) { failures++; console.log(`DIFF  ${firstDiff(prog.id + ' (expected vs ' + how + ')', old, r)}`); return; }
    writeExpected(prog, r);
    written++;
    console.log(`wrote ${prog.id} [${how}] exit ${r.exit}${r.stderr ? `, ${r.stderr.split('\n').length - 1} stderr lines` : ''}`);
  };

  if (viaNative.length) {
    const python = nativePython();
    for (const prog of viaNative) {
      try { handle(prog, runNative(prog, python), python); } catch (e) { failures++; console.log(`ERROR ${prog.id}: ${e.message}`); }
    }
  }

  if (viaPyodide.length) {
    const n = Math.min(jobs, viaPyodide.length);
    let workers = await Promise.all(Array.from({ length: n }, () => PyodideWorker.open()));
    const stdlib = new Set(workers[0].info.stdlib);
    let next = 0;
    await Promise.all(workers.map(async (_, slot) => {
      while (next < viaPyodide.length) {
        const prog = viaPyodide[next++];
        const stem = prog.main === 'main.py' ? null : prog.main.replace(/\.py$/, '');
        if (stem && stdlib.has(stem)) {
          failures++;
          console.log(`ERROR ${prog.id}: the name shadows the stdlib module ${stem}; rename it`);
          continue;
        }
        try {
          handle(prog, await workers[slot].run(prog), `CPython ${workers[slot].info.version} (Pyodide)`);
        } catch (e) {
          failures++;
          console.log(`ERROR ${prog.id}: ${e.message.split('\n').slice(0, 20).join('\n')}`);
          await workers[slot].close();
          workers[slot] = await PyodideWorker.open(); // a hung or crashed interpreter is replaced
        }
      }
    }));
    await Promise.all(workers.map((w) => w.close()));
  }

  const verb = compare ? 'same' : 'unchanged';
  console.log(`${progs.length} programs: ${compare || check ? '' : `${written} written, `}${unchanged} ${verb}, ${failures} ${compare || check ? 'different/errors' : 'errors'}` +
    ` (corpus: ${relative(process.cwd(), CORPUS) || '.'})`);
  return failures ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
