// Ctrl-C while Python code runs (src/vm/interrupt.ts): SIGINT stops the program with CPython's
// report of an uncaught KeyboardInterrupt (traceback of the running frames) after the buffered
// output, and the process dies by SIGINT as CPython's does; in the REPL the prompt comes back.
// The expected tracebacks are what python3.14t prints for the same programs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

interface Run { stdout: string; stderr: string; signal: NodeJS.Signals | null; code: number | null }

/** Runs ftpy, sends SIGINT once stdout shows `ready`, and collects what it printed. */
function interruptAfter(args: string[], ready: string, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--stack-size=7800', MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 60000);
    const check = (): void => {
      if (!sent && (stdout + stderr).includes(ready)) {
        sent = true;
        // The loop must be running, not just started: give it a moment.
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    };
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); check(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); check(); });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ stdout, stderr, signal, code });
    });
    if (stdin !== undefined) child.stdin.write(stdin);
  });
}

test('SIGINT in a running script: traceback of the running frames, KeyboardInterrupt, death by SIGINT', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ftpy-int-'));
  try {
    const prog = join(dir, 'spin.py');
    writeFileSync(prog, 'def f():\n    while True:\n        pass\nprint("ready", flush=True)\nprint("buffered")\nf()\n');
    const r = await interruptAfter([prog], 'ready');
    assert.equal(r.stdout, 'ready\nbuffered\n');
    assert.equal(r.stderr, 'Traceback (most recent call last):\n'
      + `  File "${prog}", line 6, in <module>\n    f()\n    ~^^\n`
      + `  File "${prog}", line 3, in f\n    pass\nKeyboardInterrupt\n`);
    assert.equal(r.signal, 'SIGINT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SIGINT while waiting on a lock interrupts the wait', async () => {
  const r = await interruptAfter(['-c', 'import _thread\nl = _thread.allocate_lock()\nl.acquire()\nprint("ready", flush=True)\nl.acquire()'], 'ready');
  assert.match(r.stderr, /line 5, in <module>\n {4}l\.acquire\(\)\n {4}~+\^\^\nKeyboardInterrupt\n$/);
  assert.equal(r.signal, 'SIGINT');
});

test('SIGINT in the REPL stops the statement and the prompt comes back', async () => {
  const r = await new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, ['--stack-size=7800', MAIN, '-i', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const guard = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout === 'ready\n') setTimeout(() => child.kill('SIGINT'), 300);
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.endsWith('KeyboardInterrupt\n>>> ')) child.stdin.end('print("after", n > 0)\n');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ stdout, stderr, signal, code });
    });
    child.stdin.write('n = 0\nprint("ready", flush=True); exec("while True: n += 1")\n');
  });
  assert.equal(r.stdout, 'ready\nafter True\n');
  assert.match(r.stderr, /^>>> >>> Traceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\n[^]*KeyboardInterrupt\n>>> >>> \n$/);
  assert.equal(r.code, 0);
});
