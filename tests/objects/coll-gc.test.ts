// The collection types under garbage collection: everything a container holds (list storage, set
// and dict tables, tuple items, iterator state, the items and keys of a list being sorted) is
// reachable through slots, so collections in the middle of operations lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, roots, construct, T, callMethod as m, jsFunc, items, repr } from './coll_harness.js';
import { collect, verifyHeap } from '../../src/heap/index.js';
import { newList, listLen } from '../../src/objects/list.js';
import { newTuple } from '../../src/objects/tuple.js';
import { iter, next, len, getitem } from '../../src/objects/protocol.js';
import { Ref, type Value } from '../../src/objects/value.js';

setup();

function garbage(n: number): void {
  for (let i = 0; i < n; i++) newList([`g${i}`, newTuple([i, `x${i}`])]);
}

test('containers survive collections with their contents', () => {
  const l = newList([]);
  const s = construct(T('set')) as Ref;
  const d = construct(T('dict')) as Ref;
  roots.push(l.a, s.a, d.a);
  for (let i = 0; i < 3000; i++) {
    m(l, 'append', [newTuple([i, `s${i}`, newList([i])])]);
    m(s, 'add', [`k${i}`]);
    m(d, '__setitem__', [`k${i}`, newList([i, `v${i}`])]);
    if (i % 500 === 0) {
      garbage(2000);
      collect();
    }
  }
  const it = iter(l);
  roots.push((it as Ref).a);
  next(it);
  garbage(5000);
  collect();
  assert.equal(verifyHeap().errorCount, 0);
  assert.equal(listLen(l.a), 3000);
  for (let i = 0; i < 3000; i += 37) {
    assert.equal(repr(getitem(l, i)), `(${i}, 's${i}', [${i}])`);
    assert.equal(m(s, '__contains__', [`k${i}`]), true);
    assert.equal(repr(getitem(d, `k${i}`)), `[${i}, 'v${i}']`);
  }
  assert.equal(len(s), 3000);
  assert.equal(repr(next(it) as Value), "(1, 's1', [1])");
  roots.length = 0;
});

test('a sort whose key function collects keeps the items and keys alive', () => {
  const xs: Value[] = [];
  for (let i = 0; i < 2000; i++) xs.push(newTuple([(i * 7919) % 2000, `t${i}`]));
  const l = newList(xs);
  roots.push(l.a);
  let calls = 0;
  m(l, 'sort', [], {
    key: jsFunc((t) => {
      if (++calls % 250 === 0) {
        garbage(3000);
        collect();
      }
      // A fresh heap object per key: only the sort's key store keeps it alive.
      return newTuple([getitem(t, 0), newList([getitem(t, 1)])]);
    }),
    reverse: true,
  });
  garbage(3000);
  collect();
  assert.equal(verifyHeap().errorCount, 0);
  const got = items(l).map((t) => getitem(t, 0));
  assert.deepEqual(got, Array.from({ length: 2000 }, (_, i) => 1999 - i));
  assert.equal(repr(getitem(getitem(l, 0), 1)), `'t${[...Array(2000).keys()].find((i) => (i * 7919) % 2000 === 1999)}'`);
  roots.length = 0;
});
