// Parser benchmark (issue #2, point 5): parses all of build/stdlib (bytes) with ftpy's parse()
// and with CPython's ast.parse (native python3, pyenv's 3.13 if present, Pyodide in-process),
// alternating engines for several rounds; reports MB/s and ratios. See bench/README.md.
// Usage: node bench/parser.mjs [--rounds N] [--no-pyodide]
import { homedir } from 'node:os';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stdlib = join(root, 'build', 'stdlib');
const argv = process.argv.slice(2);
const ROUNDS = Number(argv[argv.indexOf('--rounds') + 1] || 0) || 5;
const WITH_PYODIDE = !argv.includes('--no-pyodide');

// One long-lived Python process per interpreter: loads the files once, then times rounds of
// compile(..., PyCF_ONLY_AST) (what ast.parse does) on request. JSON lines over stdin/stdout.
const PY_SERVER = String.raw`
import ast, json, sys, time
srcs = []
for line in sys.stdin:
    req = json.loads(line)
    if req['op'] == 'load':
        srcs, bad = [], []
        for i, p in enumerate(req['files']):
            with open(p, 'rb') as f:
                srcs.append((p, f.read()))
            try:
                compile(srcs[-1][1], p, 'exec', ast.PyCF_ONLY_AST)
            except Exception as e:
                bad.append([i, type(e).__name__ + ': ' + str(e)])
        out = {'bad': bad, 'version': sys.version.split()[0]}
    else:
        chosen = [srcs[i] for i in req['include']]
        t0 = time.perf_counter()
        for p, b in chosen:
            compile(b, p, 'exec', ast.PyCF_ONLY_AST)
        out = {'seconds': time.perf_counter() - t0}
    print(json.dumps(out), flush=True)
`;

class PythonEngine {
  constructor(label, exe) {
    this.label = label;
    this.exe = exe;
    this.proc = spawn(exe, ['-c', PY_SERVER], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.lines = createInterface({ input: this.proc.stdout })[Symbol.asyncIterator]();
  }
  async request(req) {
    this.proc.stdin.write(JSON.stringify(req) + '\n');
    const { value, done } = await this.lines.next();
    if (done) throw new Error(`${this.label}: python exited`);
    return JSON.parse(value);
  }
  async load(files) { const r = await this.request({ op: 'load', files }); this.version = r.version; return r.bad; }
  async round(include) { return (await this.request({ op: 'round', include })).seconds; }
  close() { this.proc.stdin.end(); }
}

class PyodideEngine {
  label = 'Pyodide ast.parse (in-process)';
  async load(files) {
    const { loadPyodide } = await import('pyodide');
    this.py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
    this.py.FS.mkdirTree('/bench');
    files.forEach((f, i) => this.py.FS.writeFile(`/bench/${i}.py`, readFileSync(f)));
    this.version = this.py.runPython('import sys; sys.version.split()[0]');
    this.py.runPython(`
import ast, time
srcs = [open(f'/bench/{i}.py', 'rb').read() for i in range(${files.length})]
def bench_round(include):
    chosen = [srcs[i] for i in include]
    t0 = time.perf_counter()
    for b in chosen:
        compile(b, '<bench>', 'exec', ast.PyCF_ONLY_AST)
    return time.perf_counter() - t0
`);
    this.fn = this.py.globals.get('bench_round');
    return [];
  }
  async round(include) { const l = this.py.toPy(include); try { return this.fn(l); } finally { l.destroy(); } }
  close() {}
}

class FtpyEngine {
  label = 'ftpy parse()';
  version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  async load(files) {
    const alt = process.env.FTPY_PARSER_MODULE;
    const mod = await import(alt ? pathToFileURL(join(root, alt)).href : 'ftpy/parser');
    if (typeof mod.parse !== 'function') throw new Error('ftpy/parser does not export parse() yet');
    this.parse = mod.parse;
    this.files = files.map((f) => ({ name: relative(stdlib, f), bytes: new Uint8Array(readFileSync(f)) }));
    this.errors = new Map();
    return [];
  }
  async round(include) {
    const t0 = performance.now();
    for (const i of include) {
      const f = this.files[i];
      try {
        this.parse(f.bytes, { filename: f.name });
      } catch (e) {
        // Counted and reported; a parser error on valid stdlib code is a bug, not a benchmark result.
        if (!this.errors.has(i)) this.errors.set(i, `${e?.name}: ${e?.message}`);
      }
    }
    return (performance.now() - t0) / 1000;
  }
  close() {}
}

function stdlibFiles() {
  const out = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.py')) out.push(p);
  });
  walk(stdlib);
  return out.sort();
}

function realPython(cmd) {
  try {
    return execFileSync(cmd, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  } catch { return null; }
}

function pyenv313() {
  // pyenv keeps its versions under $PYENV_ROOT (default ~/.pyenv).
  const base = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(base)) return null;
  const v = readdirSync(base).filter((d) => /^3\.13\./.test(d)).sort().pop();
  const exe = v && join(base, v, 'bin', 'python3.13');
  return exe && existsSync(exe) ? exe : null;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function main() {
  const files = stdlibFiles();
  const engines = [];
  const unavailable = [];
  const ftpy = new FtpyEngine();
  engines.push(ftpy);
  const py3 = realPython('python3');
  if (py3) engines.push(new PythonEngine(`CPython ast.parse (${py3})`, py3));
  const py313 = pyenv313();
  if (py313 && py313 !== py3) engines.push(new PythonEngine(`CPython ast.parse (${py313})`, py313));
  if (WITH_PYODIDE) engines.push(new PyodideEngine());

  // Load everywhere; files some CPython cannot parse (newer syntax) are excluded from all sides.
  const excluded = new Map();
  const live = [];
  for (const e of engines) {
    try {
      const bad = await e.load(files);
      if (bad.length) console.log(`${e.label} ${e.version}: cannot parse ${bad.length} files (excluded everywhere)`);
      for (const [i, why] of bad) if (!excluded.has(i)) excluded.set(i, `${e.version}: ${why}`);
      live.push(e);
    } catch (err) {
      unavailable.push(`${e.label}: ${err.message}`);
    }
  }
  const include = files.map((_, i) => i).filter((i) => !excluded.has(i));
  const bytes = include.reduce((n, i) => n + readFileSync(files[i]).length, 0);
  console.log(`${include.length}/${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; ${excluded.size} excluded:`);
  for (const [i, why] of excluded) console.log(`  ${relative(stdlib, files[i])} (${why.slice(0, 100)})`);

  const times = new Map(live.map((e) => [e, []]));
  for (let r = 0; r <= ROUNDS; r++) {
    for (const e of live) {
      const s = await e.round(include);
      if (r > 0) times.get(e).push(s); // round 0 warms up (JIT, caches) and is not counted
    }
    if (r === 0 && live.includes(ftpy) && ftpy.errors.size === include.length) {
      // Nothing parsed: timing exceptions would be meaningless.
      unavailable.push(`${ftpy.label}: raised on every file, e.g. ${ftpy.errors.values().next().value}`);
      live.splice(live.indexOf(ftpy), 1);
      times.delete(ftpy);
    }
    process.stdout.write(r === 0 ? 'warm-up done' : ` ${r}/${ROUNDS}`);
  }
  console.log('\n');
  for (const e of live) e.close();

  const ftpyMedian = times.has(ftpy) ? median(times.get(ftpy)) : null;
  console.log(`| engine | version | median s | MB/s (median) | MB/s (best) | time vs ftpy |`);
  console.log(`|---|---|---:|---:|---:|---:|`);
  for (const e of live) {
    const t = times.get(e);
    const m = median(t);
    const ratio = ftpyMedian ? (e === ftpy ? '1.00×' : `${(m / ftpyMedian).toFixed(2)}×`) : 'n/a';
    console.log(`| ${e.label} | ${e.version} | ${m.toFixed(3)} | ${(bytes / 1e6 / m).toFixed(2)} | ${(bytes / 1e6 / Math.min(...t)).toFixed(2)} | ${ratio} |`);
  }
  if (ftpyMedian) console.log(`\n"time vs ftpy" > 1 means that engine is slower than ftpy. ${ROUNDS} rounds after 1 warm-up, engines alternating.`);
  if (ftpy.errors?.size) console.log(`\nftpy raised on ${ftpy.errors.size} files (timed anyway), e.g. ${[...ftpy.errors].slice(0, 3).map(([i, m]) => `${relative(stdlib, files[i])}: ${m.slice(0, 120)}`).join('; ')}`);
  for (const u of unavailable) console.log(`not measured: ${u}`);
}

await main();
