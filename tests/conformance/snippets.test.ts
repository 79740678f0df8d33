// RustPython's extra_tests/snippets (tools/conformance/snippets.mjs): the committed list of snippets that do
// not pass (tests/conformance/snippets-failures.txt) is well formed; with a RustPython checkout in
// FTPY_RUSTPYTHON, the current build is checked against it (several minutes; skipped otherwise, as in CI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/tests/conformance/snippets.test.js -> repository root
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LIST = join(ROOT, 'tests', 'conformance', 'snippets-failures.txt');
const TOOL = join(ROOT, 'tools', 'conformance', 'snippets.mjs');

test('snippets failure list: one "<name>.py <reason>" per line, sorted, unique', () => {
  const entries = readFileSync(LIST, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  assert.ok(entries.length > 0);
  const names = entries.map((l) => {
    const m = /^(\S+\.py) (\S.*)$/.exec(l);
    assert.ok(m, `malformed line: ${l}`);
    return m[1]!;
  });
  assert.deepEqual(names, [...names].sort(), 'names are sorted');
  assert.equal(new Set(names).size, names.length, 'names are unique');
});

const checkout = process.env.FTPY_RUSTPYTHON;
const have = checkout !== undefined && existsSync(join(checkout, 'extra_tests', 'snippets', 'testutils.py'));
test('snippets pass or fail as listed', {
  skip: have ? false : 'no RustPython checkout: set FTPY_RUSTPYTHON to run tools/conformance/snippets.mjs',
}, () => {
  const r = spawnSync(process.execPath, [TOOL, '--rustpython', checkout!], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
