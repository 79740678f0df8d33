// The compile cache (src/vm/compile_cache.ts): an imported module's compiled unit is written to
// __pycache__ and read back by the next import, with every kind of constant intact; -B and
// PYTHONDONTWRITEBYTECODE stop the writing, PYTHONPYCACHEPREFIX moves the files, and a changed
// source is compiled again. Runs bin/ftpy: only the bundle has a build id to key the cache by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FTPY = join(ROOT, 'bin', 'ftpy');

// Constants of every JS representation the cache encodes: bigints, floats JSON cannot spell,
// bytes, complex, Ellipsis, a str of split surrogates (a compiler object of its own, though it reads
// back as one character: a deliberate difference), nested tuples, and a nested function.
const MODULE = String.raw`
BIG = 12345678901234567890123456789
NEG_ZERO = -0.0
FLOATS = (1.0, 0.5, 1e308 * 10, -1e308 * 10)
NAN = float('nan')
BYTES = b'\x00\xffabc'
CPLX = (2+3j, -0.0j, 1e400j)
ELL = ...
SPLIT = '\ud83d' '\ude00'
NESTED = ((1, 2.5), ('a', b'b'), None, True)
def f(x, *, y=-0.0):
    """doc"""
    return (x, y, 7 ** 30, ..., b'z')
`;
const MAIN = String.raw`
import mod
print(mod.BIG, repr(mod.NEG_ZERO), mod.FLOATS, mod.NAN, mod.BYTES, mod.CPLX, mod.ELL)
print(len(mod.SPLIT), [hex(ord(c)) for c in mod.SPLIT], mod.NESTED)
print(mod.f(1), mod.f.__doc__, mod.f.__code__.co_consts[:2], mod.__file__.endswith('mod.py'))
import _thread, time
done = _thread.allocate_lock(); done.acquire()
def in_thread():
    print(mod.f(2))
    done.release()
_thread.start_new_thread(in_thread, ())
done.acquire()
time.sleep(0.2)  # the worker writes its code cache once idle
`;

function run(dir: string, args: string[], env: Record<string, string | undefined> = {}): string {
  const e: Record<string, string | undefined> = { ...process.env, ...env };
  if (!('PYTHONDONTWRITEBYTECODE' in env)) delete e.PYTHONDONTWRITEBYTECODE;
  const r = spawnSync(process.execPath, ['--stack-size=7800', FTPY, ...args], { cwd: dir, encoding: 'utf8', env: e });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return r.stdout;
}

test('a module is compiled once, then read from __pycache__ with its constants intact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ftpy-cc-'));
  try {
    writeFileSync(join(dir, 'mod.py'), MODULE);
    writeFileSync(join(dir, 'main.py'), MAIN);
    const first = run(dir, ['main.py']);
    const cache = join(dir, '__pycache__', 'mod.ftpy-314.json');
    assert.ok(existsSync(cache), 'cache file written');
    // V8's code cache of the unit, the main thread's (at exit) and a thread worker's (once idle).
    assert.deepEqual(readdirSync(join(dir, '__pycache__')).filter((f) => f.endsWith('.v8')).map((f) => f.replace(/main-[0-9a-f]+/, 'main')).sort(),
      ['mod.ftpy-314.main.v8', 'mod.ftpy-314.thread.v8']);
    assert.equal(run(dir, ['main.py']), first);
    assert.match(first, /^12345678901234567890123456789 -0\.0 \(1\.0, 0\.5, inf, -inf\) nan b'\\x00\\xffabc' \(\(2\+3j\), \(-0-0j\), infj\) Ellipsis\n/);
    // A changed source is compiled again, and the cache follows it.
    writeFileSync(join(dir, 'mod.py'), `${MODULE}\nBIG = 1\n`);
    assert.match(run(dir, ['main.py']), /^1 /);
    assert.match(run(dir, ['main.py']), /^1 /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('-B and PYTHONDONTWRITEBYTECODE write nothing; PYTHONPYCACHEPREFIX moves the cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ftpy-cc-'));
  try {
    writeFileSync(join(dir, 'mod.py'), MODULE);
    writeFileSync(join(dir, 'main.py'), 'import sys, mod\nprint(sys.dont_write_bytecode, sys.pycache_prefix is None)\n');
    assert.equal(run(dir, ['-B', 'main.py']), 'True True\n');
    assert.equal(run(dir, ['main.py'], { PYTHONDONTWRITEBYTECODE: '1' }), 'True True\n');
    assert.ok(!existsSync(join(dir, '__pycache__')));
    const prefix = join(dir, 'prefix');
    assert.equal(run(dir, ['main.py'], { PYTHONPYCACHEPREFIX: prefix }), 'False False\n');
    assert.ok(!existsSync(join(dir, '__pycache__')));
    assert.deepEqual(readdirSync(join(prefix, dir)).filter((f) => f.endsWith('.json')), ['mod.ftpy-314.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
