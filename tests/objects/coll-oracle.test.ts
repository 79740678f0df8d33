// The collection types against CPython 3.14's recorded behaviour (coll-expected.json, made by
// coll-oracle.mjs): every case of coll_cases.ts, the exact sequence of __lt__ calls of list.sort,
// set iteration order after random adds/discards and set algebra, and container hashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, outcome, callMethod as m, construct, T, items } from './coll_harness.js';
import { GROUPS, V } from './coll_cases.js';
import { timsort } from '../../src/objects/list_sort.js';
import { newList } from '../../src/objects/list.js';
import { newTuple } from '../../src/objects/tuple.js';
import { newSlice } from '../../src/objects/slice.js';
import { pyHash, normInt } from '../../src/objects/coll_ops.js';
import type { Value } from '../../src/objects/value.js';

const here = dirname(fileURLToPath(import.meta.url));
const E = JSON.parse(readFileSync(join(here, '..', '..', '..', 'tests', 'objects', 'coll-expected.json'), 'utf8')) as {
  groups: Record<string, string[]>;
  sorts: Array<{ input: number[]; reverse: boolean; compares: number; log: string; order: number[] }>;
  sets: Array<{ ops: Array<[string, string]>; order: string[]; hash: string; popped: string | null }>;
  algebra: Array<{ a: number[]; b: number[]; r: Record<string, number[]> }>;
  hashes: Array<{ xs: number[]; tuple: string; frozenset: string; slice: string | null; range: string | null }>;
};

setup();

for (const [name, cases] of Object.entries(GROUPS)) {
  test(`cases: ${name}`, () => {
    for (const k of Object.keys(V)) delete V[k];
    const want = E.groups[name]!;
    assert.equal(want.length, cases.length, 'expectations are stale: run coll-oracle.mjs');
    const bad: string[] = [];
    cases.forEach(([py, js], i) => {
      const got = outcome(js);
      if (got !== want[i]) bad.push(`${py}\n    got:  ${got}\n    want: ${want[i]}`);
    });
    assert.equal(bad.length, 0, `${bad.length} mismatches:\n${bad.join('\n')}`);
  });
}

test('list.sort makes exactly CPython\'s comparisons', () => {
  let compares = 0;
  for (const c of E.sorts) {
    const log: Array<[number, number]> = [];
    const keys: Value[] = c.input.map((_, i) => i);
    const vals = c.input.map((_, i) => i);
    if (c.reverse) {
      keys.reverse();
      vals.reverse();
    }
    timsort(keys, vals, (a, b) => {
      log.push([a as number, b as number]);
      return c.input[a as number]! < c.input[b as number]!;
    });
    if (c.reverse) vals.reverse();
    compares += log.length;
    const digest = createHash('sha256').update(JSON.stringify(log.flat())).digest('hex');
    assert.equal(log.length, c.compares, `comparison count differs for n=${c.input.length} reverse=${c.reverse}`);
    assert.equal(digest, c.log, `comparisons differ for n=${c.input.length} reverse=${c.reverse}`);
    assert.deepEqual(vals, c.order);
  }
  assert.ok(compares > 30000, `only ${compares} comparisons`);
});

const num = (s: string): Value => normInt(BigInt(s));

test('set iteration order, frozenset hash and pop match CPython for ints', () => {
  for (const c of E.sets) {
    const s = construct(T('set'));
    for (const [op, v] of c.ops) m(s, op, [num(v)]);
    assert.deepEqual(items(s).map(String), c.order, `ops ${JSON.stringify(c.ops).slice(0, 200)}`);
    assert.equal(String(pyHash(construct(T('frozenset'), [s]))), c.hash);
    if (c.popped !== null) assert.equal(String(m(s, 'pop')), c.popped);
  }
});

test('set algebra results iterate in CPython\'s order', () => {
  for (const c of E.algebra) {
    const mk = (xs: number[]): Value => construct(T('set'), [newList(xs)]);
    const a = mk(c.a);
    const b = mk(c.b);
    const bl = newList(c.b);
    const fresh = (): Value => construct(T('set'), [a]);
    const ops: Record<string, () => Value> = {
      a: () => a,
      or: () => m(a, '__or__', [b]),
      and: () => m(a, '__and__', [b]),
      sub: () => m(a, '__sub__', [b]),
      rsub: () => m(b, '__sub__', [a]),
      xor: () => m(a, '__xor__', [b]),
      union: () => m(a, 'union', [bl]),
      inter: () => m(a, 'intersection', [bl]),
      diff: () => m(a, 'difference', [bl]),
      symdiff: () => m(a, 'symmetric_difference', [bl]),
      frozen_or: () => m(construct(T('frozenset'), [a]), '__or__', [b]),
      isub: () => m(fresh(), '__isub__', [b]),
      iand: () => m(fresh(), '__iand__', [b]),
      ixor: () => m(fresh(), '__ixor__', [b]),
      ior: () => m(fresh(), '__ior__', [b]),
    };
    for (const [name, f] of Object.entries(ops)) {
      assert.deepEqual(items(f()), c.r[name], `${name} of ${JSON.stringify(c.a)} and ${JSON.stringify(c.b)}`);
    }
  }
});

test('tuple, frozenset, slice and range hashes match CPython', () => {
  for (const c of E.hashes) {
    assert.equal(String(pyHash(newTuple(c.xs))), c.tuple, `tuple ${c.xs}`);
    assert.equal(String(pyHash(construct(T('frozenset'), [newList(c.xs)]))), c.frozenset, `frozenset ${c.xs}`);
    if (c.slice !== null) {
      const [x, y, z] = [c.xs[0] ?? null, c.xs[1] ?? null, c.xs[2] ?? null];
      const s = c.xs.length === 1 ? newSlice(null, x, null) : newSlice(x, y, z);
      assert.equal(String(pyHash(s)), c.slice, `slice ${c.xs.slice(0, 3)}`);
    }
    if (c.range !== null) assert.equal(String(pyHash(construct(T('range'), c.xs.slice(0, 3)))), c.range, `range ${c.xs.slice(0, 3)}`);
  }
});
