// The interactive prompt: `ftpy -i` with piped stdin against what CPython 3.14t prints (the basic
// REPL: prompts on stderr, a newline at end of input), and the terminal line editor driven
// through a pseudo-terminal made by util-linux `script` (skipped where it is missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

function ftpy(args: string[], input: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--stack-size=7800', MAIN, ...args], {
    input, encoding: 'utf8', env: { ...process.env, PYTHONSTARTUP: '', PYTHONINSPECT: '' },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

// Expected texts below were printed by a native free-threaded CPython 3.14.7 (python3.14t) run
// with the same arguments and stdin (`python3.14t -i -c 'x = 2' < input`), stdout and stderr apart.

test('-i after -c: prompts, continuation lines, displayhook and _, errors, sys.ps1', () => {
  const input = [
    'x', 'x * 10', '_ + 1', 'if x:', "    print('big')", '', 'def f(a,', '      b):', '    return a + b', '',
    'f(1, 2)', "raise ValueError('v')", '1 +', 'for i in range(2): i', '', "import sys; sys.ps1 = 'P '",
    "'str'", 'None', '_', '',
  ].join('\n');
  const r = ftpy(['-i', '-c', 'x = 2'], input);
  assert.equal(r.stdout, "2\n20\n21\nbig\n3\n0\n1\n'str'\n'str'\n");
  assert.equal(r.stderr, '>>> >>> >>> >>> ... ... >>> ... ... ... >>> >>> Traceback (most recent call last):\n'
    + '  File "<stdin>", line 1, in <module>\n'
    + "    raise ValueError('v')\n"
    + 'ValueError: v\n'
    + '>>>   File "<stdin>", line 1\n'
    + '    1 +\n'
    + '       ^\n'
    + 'SyntaxError: invalid syntax\n'
    + '>>> ... >>> P P P P \n');
  assert.equal(r.status, 0);
});

test('-i: the program\'s exception is printed, then the REPL; SystemExit there gives the status', () => {
  const r = ftpy(['-i', '-c', 'raise KeyError(1)'], 'x = 1\nraise SystemExit(3)\n');
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'Traceback (most recent call last):\n'
    + '  File "<string>", line 1, in <module>\n'
    + '    raise KeyError(1)\n'
    + 'KeyError: 1\n'
    + '>>> >>> ');
  assert.equal(r.status, 3);
});

test('-i: input ending mid-statement runs what was typed; sys.flags.inspect is off in the REPL', () => {
  // python3.14t -i -c pass, stdin 'import sys\nsys.flags.inspect\nif 1:\n  print(5)' (no final newline)
  const r = ftpy(['-i', '-c', 'pass'], 'import sys\nsys.flags.inspect\nif 1:\n  print(5)');
  assert.equal(r.stdout, '0\n5\n');
  assert.equal(r.stderr, '>>> >>> >>> ... ... \n>>> \n');
  assert.equal(r.status, 0);
});

test('-i -q without a program reads stdin as a session; -c without -i does not', () => {
  const a = ftpy(['-i', '-q'], '1\n');
  assert.deepEqual([a.stdout, a.stderr, a.status], ['1\n', '>>> >>> \n', 0]);
  const b = ftpy(['-c', 'print(2)'], '1\n');
  assert.deepEqual([b.stdout, b.stderr, b.status], ['2\n', '', 0]);
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test('terminal: editing keys, history recall and file, Ctrl-C, Ctrl-D', { skip: !hasScript && 'no util-linux script' }, async () => {
  const home = mkdtempSync(join(tmpdir(), 'ftpy-repl-'));
  try {
    // Each chunk is sent once the next fresh prompt has appeared (waits on output, not on time).
    const keys = [
      '6*7\r',
      // left x2, backspace, Ctrl-A, 'z', Ctrl-E, left, Delete: 'zy =3'
      'y = 30\x1b[D\x1b[D\x7f\x01z\x05\x1b[D\x1b[3~\r',
      'zy\r',
      // Ctrl-A Ctrl-K clear the line; Ctrl-W twice leaves 'v = ': 'v = [2]'
      'junk\x01\x0bv = [1, 2]\x17\x17[2]\r',
      // up x3, down: 'zy' again
      '\x1b[A\x1b[A\x1b[A\x1b[B\r',
      'v\r',
      // Ctrl-U, then Ctrl-C at the prompt
      'abc\x15\x03',
      '\x04',
    ];
    const cmd = `${JSON.stringify(process.execPath)} --stack-size=7800 ${JSON.stringify(MAIN)} -q`;
    const p = spawn('script', ['-qfec', cmd, '/dev/null'], {
      env: { ...process.env, HOME: home, TERM: 'dumb', PYTHONSTARTUP: '', PYTHON_HISTORY: '' },
    });
    let out = '';
    let sent = 0;
    let prompts = 0;
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // A fresh prompt starts a line; redraws of the line being edited start with '\r'.
      const n = `\n${out}`.split('\n>>> ').length - 1;
      if (n > prompts && sent < keys.length) {
        prompts = n;
        p.stdin.write(keys[sent++]);
      }
    });
    // Liveness only: a session that stops answering must not hang the suite.
    const guard = setTimeout(() => p.kill('SIGKILL'), 120_000);
    const code = await new Promise<number | null>((res) => p.on('exit', (c) => res(c)));
    clearTimeout(guard);
    const lines = out.split(/\r?\n/).map((l) => l.replace(/\r/g, ''));
    assert.equal(code, 0, out);
    const results = lines.filter((l) => !l.startsWith('>>> '));
    assert.deepEqual(results, ['42', '3', '3', '[2]', 'KeyboardInterrupt', ''], out);
    const history = readFileSync(join(home, '.python_history'), 'utf8');
    assert.equal(history, '6*7\nzy =3\nzy\nv = [2]\nzy\nv\n');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
