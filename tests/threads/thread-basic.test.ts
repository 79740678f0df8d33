// _thread with real parallel threads: two threads started with _thread.start_new_thread append
// 100,000 items each to one shared list; the length must be exactly 200,000 on every run. Runs the
// program through bin/ftpy (no timing assertions).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = here.includes(`${join('dist', 'tests')}`) ? join(here, '..', '..', '..') : join(here, '..', '..');
const FTPY = join(root, 'bin', 'ftpy');

function run(code: string): { out: string; err: string; status: number | null } {
  const r = spawnSync(FTPY, ['-c', code], { encoding: 'utf8', timeout: 120_000 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

const APPEND = `
import _thread
shared = []
def appender(tag, done):
    for i in range(100_000):
        shared.append(tag)
    done.release()
locks = []
for tag in ('x', 'y'):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(appender, (tag, done))
for done in locks:
    done.acquire()
print(len(shared), shared.count('x'), shared.count('y'))
`;

test('two threads append 100,000 items each to one list: exactly 200,000', () => {
  for (let i = 0; i < 3; i++) {
    const r = run(APPEND);
    assert.equal(r.err, '');
    assert.equal(r.out, '200000 100000 100000\n');
    assert.equal(r.status, 0);
  }
});

test('locks: release from another thread, errors, kwargs, uncaught exception report', () => {
  const r = run(`
import _thread
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
def f(a, *, b):
    print('thread', a, b, _thread.get_ident() != main)
    l.release()
main = _thread.get_ident()
_thread.start_new_thread(f, (1,), {'b': 2})
print(l.acquire())
l.release()
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError:', e)
for a, k in [((False, 1.0), {}), ((), {'timeout': -2})]:
    try:
        l.acquire(*a, **k)
    except ValueError as e:
        print('ValueError:', e)
done = _thread.allocate_lock()
done.acquire()
def boom():
    try:
        1 / 0
    finally:
        done.release()
_thread.start_new_thread(boom, ())
done.acquire()
`);
  assert.equal(r.out, [
    'True True False False', 'thread 1 2 True', 'True', 'RuntimeError: release unlocked lock',
    "ValueError: can't specify a timeout for a non-blocking call",
    'ValueError: timeout value must be a non-negative number', '',
  ].join('\n'));
  assert.equal(r.status, 0);
});

test('the process does not wait for a thread still running at exit', () => {
  const r = run(`
import _thread
def spin():
    while True:
        pass
_thread.start_new_thread(spin, ())
print('main done')
`);
  assert.equal(r.out, 'main done\n');
  assert.equal(r.status, 0);
});

test('pooled workers: many threads one after another, collections while workers idle, clean exit', () => {
  // Each start waits for the previous thread, so finished workers are reused (or spares started);
  // the allocation loop then runs collections while the pool's workers sit idle (BLOCKED).
  const r = run(`
import _thread
done = _thread.allocate_lock()
res = []
def work(i, k=0):
    res.append(sum(range(i)) + k)
    done.release()
for i in range(12):
    done.acquire()
    _thread.start_new_thread(work, (i * 1000,), {'k': i})
done.acquire()
while _thread._count():
    pass
junk = None
for i in range(200_000):
    junk = [i, str(i), (i,)]
print(len(res), sorted(res)[-1], junk[1], _thread._count())
`);
  assert.equal(r.err, '');
  assert.equal(r.out, '12 60494511 199999 0\n');
  assert.equal(r.status, 0);
});
