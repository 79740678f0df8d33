// The program corpus: runs every tests/programs/** program under `node bin/ftpy name.py args...` (cwd: a
// fresh copy of the program's directory) and compares stdout, stderr and exit status exactly with the
// CPython 3.14 expectations beside it. Known failures: tests/programs/expected-failures.txt.
// Env: FTPY_PROGRAMS_FILTER=substr, FTPY_PROGRAMS_CMD="python3.14" (check the corpus against a CPython).
import { describe, it, test } from 'node:test';
import { spawn } from 'node:child_process';
import {
  existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/tests/programs.test.js -> repository root
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(ROOT, 'tests', 'programs');
const XFAIL_FILE = join(CORPUS, 'expected-failures.txt');
const FTPY = join(ROOT, 'bin', 'ftpy');
/** Liveness limit per program (generous; not a timing assertion). */
const TIMEOUT_MS = 30_000;
/** CI has 2 cores. */
const CONCURRENCY = 2;
const MAX_OUTPUT = 16 << 20;

/** Same rules as tools/programs/corpus.mjs (format: tests/programs/README.md). */
interface Program {
  id: string; // 'area/name.py', or 'area/name' for a directory program
  area: string;
  dir: string; // directory holding `files`
  files: string[];
  main: string; // file that is run
  base: string; // expectation files without extension
}
interface Outcome { stdout: string; stderr: string; exit: number | string }

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => {
    if (e.name === '__pycache__' || e.name.endsWith('.pyc')) return [];
    const rel = prefix + e.name;
    return e.isDirectory() ? walk(join(dir, e.name), rel + '/') : [rel];
  });
}

function allPrograms(): Program[] {
  if (!existsSync(CORPUS)) return [];
  const out: Program[] = [];
  for (const area of readdirSync(CORPUS, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    const adir = join(CORPUS, area.name);
    for (const e of readdirSync(adir, { withFileTypes: true })) {
      if (e.isFile() && e.name.endsWith('.py')) {
        out.push({ id: `${area.name}/${e.name}`, area: area.name, dir: adir, files: [e.name], main: e.name,
          base: join(adir, e.name.slice(0, -3)) });
      } else if (e.isDirectory() && existsSync(join(adir, e.name, 'main.py'))) {
        const dir = join(adir, e.name);
        out.push({ id: `${area.name}/${e.name}`, area: area.name, dir, files: walk(dir), main: 'main.py', base: dir });
      }
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readOptional(path: string): Buffer | null {
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null;
}

function expectedOf(p: Program): Outcome {
  const exit = readOptional(p.base + '.exit');
  return {
    stdout: readOptional(p.base + '.stdout')?.toString('utf8') ?? '',
    stderr: readOptional(p.base + '.stderr')?.toString('utf8') ?? '',
    exit: exit === null ? 0 : Number(exit.toString('utf8').trim()),
  };
}

/** `path reason...` lines; '#' starts a comment line. */
function readExpectedFailures(): Map<string, string> {
  const m = new Map<string, string>();
  const text = readOptional(XFAIL_FILE)?.toString('utf8') ?? '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const sp = line.search(/\s/);
    m.set(sp < 0 ? line : line.slice(0, sp), sp < 0 ? '' : line.slice(sp).trim());
  }
  return m;
}

function command(): string[] | null {
  const custom = process.env.FTPY_PROGRAMS_CMD;
  if (custom) return custom.split(/\s+/).filter(Boolean);
  return existsSync(FTPY) ? [process.execPath, FTPY] : null;
}

/** Runs one program in a fresh copy of its directory; the run directory is removed from the output. */
async function runProgram(p: Program, cmd: string[]): Promise<Outcome> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'ftpy-prog-')));
  try {
    for (const rel of p.files) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), readFileSync(join(p.dir, rel)));
    }
    const argsText = readOptional(p.base + '.args')?.toString('utf8');
    const args = argsText === undefined ? [] : argsText.split('\n');
    if (args[args.length - 1] === '') args.pop();
    const stdin = readOptional(p.base + '.stdin') ?? Buffer.alloc(0);
    const r = await spawnCollect(cmd[0]!, [...cmd.slice(1), p.main, ...args], dir, stdin);
    const prefix = dir + '/';
    const fix = (s: string): string => s.split(prefix).join('');
    return { stdout: fix(r.stdout), stderr: fix(r.stderr), exit: r.exit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnCollect(exe: string, args: string[], cwd: string, stdin: Buffer): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(exe, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [], err: Buffer[] = [];
    let size = 0, killedFor = '';
    const kill = (why: string): void => { if (!killedFor) { killedFor = why; child.kill('SIGKILL'); } };
    const timer = setTimeout(() => kill(`killed after ${TIMEOUT_MS / 1000} s (liveness limit)`), TIMEOUT_MS);
    const take = (into: Buffer[]) => (b: Buffer): void => {
      size += b.length;
      if (size > MAX_OUTPUT) kill(`killed: more than ${MAX_OUTPUT} bytes of output`);
      else into.push(b);
    };
    child.stdout.on('data', take(out));
    child.stderr.on('data', take(err));
    child.stdin.on('error', () => { /* the program exited without reading its stdin */ });
    child.stdin.end(stdin);
    child.on('error', (e) => { clearTimeout(timer); resolve({ stdout: '', stderr: '', exit: `spawn failed: ${e.message}` }); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
        exit: killedFor || (code ?? `signal ${signal}`),
      });
    });
  });
}

/** A short description of the first difference (stdout, stderr, then exit status). */
function describeDiff(exp: Outcome, got: Outcome): string {
  const parts: string[] = [];
  for (const k of ['stdout', 'stderr'] as const) {
    if (exp[k] === got[k]) continue;
    const e = exp[k].split('\n'), g = got[k].split('\n');
    let i = 0;
    while (i < e.length && i < g.length && e[i] === g[i]) i++;
    const show = (lines: string[]): string => lines.slice(i, i + 4).map((l) => `      ${JSON.stringify(l)}`).join('\n');
    parts.push(`${k} differs at line ${i + 1}:\n    expected:\n${show(e)}\n    got:\n${show(g)}`);
  }
  if (exp.exit !== got.exit) parts.push(`exit status: expected ${exp.exit}, got ${got.exit}`);
  return parts.join('\n');
}

/** An Error whose report is just its message (the test's own stack is noise). */
function bare(message: string): Error {
  const e = new Error(message);
  e.stack = message;
  return e;
}

function same(a: Outcome, b: Outcome): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.exit === b.exit;
}

// ---- scheduling: all programs start on a pool of CONCURRENCY; tests await their own result ----

const filter = process.env.FTPY_PROGRAMS_FILTER ?? '';
const programs = allPrograms().filter((p) => p.id.includes(filter));
const xfail = readExpectedFailures();
const cmd = command();
const customCmd = !!process.env.FTPY_PROGRAMS_CMD;
const results = new Map<string, Promise<Outcome>>();
{
  let next = 0;
  const queue = programs.slice();
  const waiters = new Map<string, (o: Outcome) => void>();
  for (const p of programs) results.set(p.id, new Promise((res) => waiters.set(p.id, res)));
  const lane = async (): Promise<void> => {
    while (next < queue.length) {
      const p = queue[next++]!;
      const o = cmd ? await runProgram(p, cmd) : { stdout: '', stderr: '', exit: 'bin/ftpy not found' };
      waiters.get(p.id)!(o);
    }
  };
  for (let i = 0; i < CONCURRENCY; i++) void lane();
}

type Verdict = 'pass' | 'xfail' | 'fail' | 'fixed';
const verdicts = new Map<string, Verdict>();

const areas = [...new Set(programs.map((p) => p.area))];
for (const area of areas) {
  describe(`programs: ${area}`, () => {
    for (const p of programs.filter((q) => q.area === area)) {
      it(p.id, async (t) => {
        const got = await results.get(p.id)!;
        const exp = expectedOf(p);
        const ok = same(exp, got);
        const reason = customCmd ? undefined : xfail.get(p.id);
        if (ok && reason === undefined) { verdicts.set(p.id, 'pass'); return; }
        if (!ok && reason !== undefined) { verdicts.set(p.id, 'xfail'); t.todo(`expected failure: ${reason}`); return; }
        if (ok) {
          verdicts.set(p.id, 'fixed');
          throw bare(`${p.id} passes now: remove it from tests/programs/expected-failures.txt`);
        }
        verdicts.set(p.id, 'fail');
        throw bare(`${p.id}:\n${describeDiff(exp, got)}`);
      });
    }
  });
}

test('programs: summary and expected-failures.txt', (t) => {
  for (const area of areas) {
    const c: Record<Verdict, number> = { pass: 0, xfail: 0, fail: 0, fixed: 0 };
    for (const p of programs) if (p.area === area) c[verdicts.get(p.id) ?? 'fail']++;
    t.diagnostic(`${area.padEnd(12)} ${String(c.pass).padStart(4)} pass ${String(c.xfail).padStart(4)} expected failures` +
      ` ${String(c.fail).padStart(4)} failing ${String(c.fixed).padStart(4)} passing but listed`);
  }
  if (!cmd) t.diagnostic('bin/ftpy not found: every program fails');
  if (filter) return; // the list can only be checked against the whole corpus
  const ids = new Set(programs.map((p) => p.id));
  const unknown = [...xfail.keys()].filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`expected-failures.txt lists programs that do not exist: ${unknown.join(', ')}`);
});
