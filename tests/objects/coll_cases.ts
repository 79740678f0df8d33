// Cases for the collection types as pairs: a Python expression (evaluated by CPython in
// coll-oracle.mjs, which records "ok: repr(result)" or "Class: message") and the same operation done
// through the JS implementation. Cases in one group share a namespace, in order.

import type { Value } from '../../src/objects/value.js';
import { newList } from '../../src/objects/list.js';
import { newTuple } from '../../src/objects/tuple.js';
import { newSlice } from '../../src/objects/slice.js';
import { newDictFrom } from '../../src/objects/dict_type.js';
import { getitem, setitem, delitem, len, contains, iter, next, typeNameOf, isNotImplemented, descrGet } from '../../src/objects/protocol.js';
import { lookup, typeOf } from '../../src/objects/typeobject.js';
import { floatValue } from '../../src/objects/value.js';
import { makeCallableIter } from '../../src/objects/iterators.js';
import { Ref, STOP } from '../../src/objects/value.js';
import { callMethod as m, callClassMethod, construct, T, items, jsFunc, makeClass, instance, payload, PyErr } from './coll_harness.js';
import { pyHash, richCompare, Cmp } from '../../src/objects/coll_ops.js';

export type Case = [py: string, js: () => Value];

const L = (...xs: Value[]): Value => newList(xs);
const Tu = (...xs: Value[]): Value => newTuple(xs);
const S = (...xs: Value[]): Value => construct(T('set'), [newList(xs)]);
const FS = (...xs: Value[]): Value => construct(T('frozenset'), [newList(xs)]);
const D = (...pairs: Array<[Value, Value]>): Value => newDictFrom(pairs);
const R = (...args: Value[]): Value => construct(T('range'), args);
const SL = (a: Value, b: Value, c: Value): Value => newSlice(a, b, c);
const C = (cls: string, ...args: Value[]): Value => construct(T(cls), args);
const asList = (v: Value): Value => newList(items(v));
const F = (x: number): Value => floatValue(x);
const sorted = (v: Value): Value => {
  const l = newList(items(v));
  m(l, 'sort');
  return l;
};
const tname = (v: Value): Value => typeNameOf(v);
/** a <op> b as the VM will do it: a.__op__(b), then b.__rop__(a) on NotImplemented. */
const binop = (a: Value, b: Value, op: string): Value => {
  const r = m(a, `__${op}__`, [b]);
  return isNotImplemented(r) ? m(b, `__r${op}__`, [a]) : r;
};
const attr = (v: Value, name: string): Value => {
  const d = lookup(typeOf(v), name)!;
  return descrGet(d, v, new Ref(typeOf(v)));
};
const big = (s: string): bigint => BigInt(s);
const cmp = (op: Cmp) => (a: Value, b: Value): Value => richCompare(a, b, op);
const lt = cmp(Cmp.LT);
const eqv = cmp(Cmp.EQ);
const nextv = (it: Value): Value => {
  const x = next(it);
  return x === STOP ? 'STOP' : x;
};

/** Shared state of a group (Python side uses variables of the same names). */
const V: Record<string, Value> = {};

export const GROUPS: Record<string, Case[]> = {
  tuple: [
    ['()', () => Tu()],
    ['(1,)', () => Tu(1)],
    ["(1, 'a', 2.5, None, True)", () => Tu(1, 'a', 2.5, null, true)],
    ['((1, 2), ())', () => Tu(Tu(1, 2), Tu())],
    ['hash(())', () => pyHash(Tu())],
    ['hash((1, 2, 3))', () => pyHash(Tu(1, 2, 3))],
    ['hash((-1, -2, 2**61, 2**70, 0.5, -0.0, None))', () => pyHash(Tu(-1, -2, 2 ** 61, big('1180591620717411303424'), 0.5, F(-0), null))],
    ['hash(((1, 2), (3, (4,))))', () => pyHash(Tu(Tu(1, 2), Tu(3, Tu(4))))],
    ['(1, 2, 3)[1]', () => getitem(Tu(1, 2, 3), 1)],
    ['(1, 2, 3)[-1]', () => getitem(Tu(1, 2, 3), -1)],
    ['(1, 2, 3)[3]', () => getitem(Tu(1, 2, 3), 3)],
    ['(1, 2, 3)[-4]', () => getitem(Tu(1, 2, 3), -4)],
    ["(1, 2, 3)['a']", () => getitem(Tu(1, 2, 3), 'a')],
    ['(1, 2, 3)[1.0]', () => getitem(Tu(1, 2, 3), F(1))],
    ['(1, 2, 3)[True]', () => getitem(Tu(1, 2, 3), true)],
    ['(1, 2, 3)[2**70]', () => getitem(Tu(1, 2, 3), big('1180591620717411303424'))],
    ['tuple(range(10))[::2]', () => getitem(C('tuple', R(10)), SL(null, null, 2))],
    ['tuple(range(10))[::-3]', () => getitem(C('tuple', R(10)), SL(null, null, -3))],
    ['tuple(range(10))[8:2:-2]', () => getitem(C('tuple', R(10)), SL(8, 2, -2))],
    ['tuple(range(10))[-3:]', () => getitem(C('tuple', R(10)), SL(-3, null, null))],
    ['tuple(range(10))[100:]', () => getitem(C('tuple', R(10)), SL(100, null, null))],
    ['(1, 2)[::0]', () => getitem(Tu(1, 2), SL(null, null, 0))],
    ["(1, 2)['a':]", () => getitem(Tu(1, 2), SL('a', null, null))],
    ['(1, 2) + (3,)', () => m(Tu(1, 2), '__add__', [Tu(3)])],
    ['(1, 2) + [3]', () => m(Tu(1, 2), '__add__', [L(3)])],
    ['(1, 2) * 3', () => m(Tu(1, 2), '__mul__', [3])],
    ['(1, 2) * 0', () => m(Tu(1, 2), '__mul__', [0])],
    ['(1, 2) * -1', () => m(Tu(1, 2), '__mul__', [-1])],
    ['(1, 2) * True', () => m(Tu(1, 2), '__mul__', [true])],
    ['(1, 2).__rmul__(2)', () => m(Tu(1, 2), '__rmul__', [2])],
    ['(1, 2) * 2**70', () => m(Tu(1, 2), '__mul__', [big('1180591620717411303424')])],
    ['(1, 2, 1, 1).count(1)', () => m(Tu(1, 2, 1, 1), 'count', [1])],
    ['(1, 2, 1.0, True).count(1)', () => m(Tu(1, 2, F(1), true), 'count', [1])],
    ['(1, 2, 3, 2).index(2)', () => m(Tu(1, 2, 3, 2), 'index', [2])],
    ['(1, 2, 3, 2).index(2, 2)', () => m(Tu(1, 2, 3, 2), 'index', [2, 2])],
    ['(1, 2, 3, 2).index(2, -1)', () => m(Tu(1, 2, 3, 2), 'index', [2, -1])],
    ['(1, 2, 3, 2).index(2, 0, 1)', () => m(Tu(1, 2, 3, 2), 'index', [2, 0, 1])],
    ['(1, 2, 3, 2).index(2, -100, 100)', () => m(Tu(1, 2, 3, 2), 'index', [2, -100, 100])],
    ["(1, 2).index(2, 'a')", () => m(Tu(1, 2), 'index', [2, 'a'])],
    ['(1, 2).index(5)', () => m(Tu(1, 2), 'index', [5])],
    ['(1, 2) == (1, 2)', () => eqv(Tu(1, 2), Tu(1, 2))],
    ['(1, 2) == (1, 2.0)', () => eqv(Tu(1, 2), Tu(1, F(2)))],
    ['(1, 2) < (1, 3)', () => lt(Tu(1, 2), Tu(1, 3))],
    ['(1, 2) < (1, 2, 0)', () => lt(Tu(1, 2), Tu(1, 2, 0))],
    ['(1, 2) < (1,)', () => lt(Tu(1, 2), Tu(1))],
    ["(1, 'a') < (1, 2)", () => lt(Tu(1, 'a'), Tu(1, 2))],
    ["(1, 'a') < (2, 2)", () => lt(Tu(1, 'a'), Tu(2, 2))],
    ["(1,) < [1]", () => lt(Tu(1), L(1))],
    ['(1, 2).__eq__([1, 2])', () => m(Tu(1, 2), '__eq__', [L(1, 2)])],
    ['(1, 2) >= (1, 2)', () => cmp(Cmp.GE)(Tu(1, 2), Tu(1, 2))],
    ['(1, 2) != (1, 2)', () => cmp(Cmp.NE)(Tu(1, 2), Tu(1, 2))],
    ['len((1, 2, 3))', () => len(Tu(1, 2, 3))],
    ['3 in (1, 2, 3)', () => contains(Tu(1, 2, 3), 3)],
    ['3.0 in (1, 2, 3)', () => contains(Tu(1, 2, 3), F(3))],
    ['list(iter((1, 2, 3)))', () => asList(Tu(1, 2, 3))],
    ['tuple([1, 2])', () => C('tuple', L(1, 2))],
    ["tuple('ab')", () => C('tuple', 'ab')],
    ['tuple()', () => C('tuple')],
    ['tuple(5)', () => C('tuple', 5)],
    ['tuple([1], [2])', () => C('tuple', L(1), L(2))],
    ['(1, 2).__getnewargs__()', () => m(Tu(1, 2), '__getnewargs__')],
    ['(1, 2).__len__()', () => m(Tu(1, 2), '__len__')],
    ['(1, 2, 3).__getitem__(slice(None, 2))', () => m(Tu(1, 2, 3), '__getitem__', [SL(null, 2, null)])],
    ['it = iter((1, 2, 3)); next(it); it.__length_hint__()', () => { V.it = iter(Tu(1, 2, 3)); next(V.it!); return m(V.it!, '__length_hint__'); }],
    ['it.__setstate__(0); list(it)', () => { m(V.it!, '__setstate__', [0]); return asList(V.it!); }],
  ],

  list: [
    ['l = [3, 1, 4]; l.append(1); l', () => { V.l = L(3, 1, 4); m(V.l, 'append', [1]); return V.l; }],
    ['l.extend([5, 9]); l', () => { m(V.l!, 'extend', [L(5, 9)]); return V.l!; }],
    ["l.extend('ab'); l", () => { m(V.l!, 'extend', ['ab']); return V.l!; }],
    ['l.extend(range(2)); l', () => { m(V.l!, 'extend', [R(2)]); return V.l!; }],
    ['l.extend(l); len(l)', () => { m(V.l!, 'extend', [V.l!]); return len(V.l!); }],
    ["l.insert(0, 's'); l.insert(-1, 'bl'); l.insert(100, 'e'); l.insert(-100, 'vs'); l", () => {
      m(V.l!, 'insert', [0, 's']); m(V.l!, 'insert', [-1, 'bl']); m(V.l!, 'insert', [100, 'e']); m(V.l!, 'insert', [-100, 'vs']);
      return V.l!;
    }],
    ['(l.pop(), l.pop(0), l.pop(-2), l.pop(2), l)', () => Tu(m(V.l!, 'pop'), m(V.l!, 'pop', [0]), m(V.l!, 'pop', [-2]), m(V.l!, 'pop', [2]), V.l!)],
    ['l.remove(1); l', () => { m(V.l!, 'remove', [1]); return V.l!; }],
    ['l.remove(99)', () => m(V.l!, 'remove', [99])],
    ["(l.index(1), l.index('a'), l.count(1), l.count('z'))", () => Tu(m(V.l!, 'index', [1]), m(V.l!, 'index', ['a']), m(V.l!, 'count', [1]), m(V.l!, 'count', ['z']))],
    ['l.index(99)', () => m(V.l!, 'index', [99])],
    ['l.index(1, 100)', () => m(V.l!, 'index', [1, 100])],
    ['c = l.copy(); c.reverse(); (c, c == l[::-1], c is l)', () => { V.c = m(V.l!, 'copy'); m(V.c, 'reverse'); return Tu(V.c, eqv(V.c, getitem(V.l!, SL(null, null, -1))), false); }],
    ['l.clear(); l', () => { m(V.l!, 'clear'); return V.l!; }],
    ['[].pop()', () => m(L(), 'pop')],
    ['[1].pop(5)', () => m(L(1), 'pop', [5])],
    ["[1].pop('1')", () => m(L(1), 'pop', ['1'])],
    ['[1].pop(2**70)', () => m(L(1), 'pop', [big('1180591620717411303424')])],
    ["[1].insert('0', 1)", () => m(L(1), 'insert', ['0', 1])],
    ['[1, 2][2]', () => getitem(L(1, 2), 2)],
    ['[1, 2][-3]', () => getitem(L(1, 2), -3)],
    ["[1, 2]['a']", () => getitem(L(1, 2), 'a')],
    ['[1, 2][2**70]', () => getitem(L(1, 2), big('1180591620717411303424'))],
    ['[1, 2][-2**70]', () => getitem(L(1, 2), -big('1180591620717411303424'))],
    ['l = [1, 2]; l[5] = 0', () => { V.l = L(1, 2); setitem(V.l, 5, 0); return null; }],
    ['l[-1] = 9; l', () => { setitem(V.l!, -1, 9); return V.l!; }],
    ['del l[5]', () => { delitem(V.l!, 5); return null; }],
    ["del l['a']", () => { delitem(V.l!, 'a'); return null; }],
    ['del l[0]; l', () => { delitem(V.l!, 0); return V.l!; }],
    ['l = list(range(10)); l[2:5] = "ab"; l', () => { V.l = C('list', R(10)); setitem(V.l, SL(2, 5, null), 'ab'); return V.l; }],
    ['l[::2] = [0] * 5; l', () => { setitem(V.l!, SL(null, null, 2), m(L(0), '__mul__', [5])); return V.l!; }],
    ['l[::2] = [1]', () => { setitem(V.l!, SL(null, null, 2), L(1)); return null; }],
    ['l[::-1] = l; l', () => { setitem(V.l!, SL(null, null, -1), V.l!); return V.l!; }],
    ['l[1:1] = [7, 7]; l', () => { setitem(V.l!, SL(1, 1, null), L(7, 7)); return V.l!; }],
    ['l[5:2] = [8]; l', () => { setitem(V.l!, SL(5, 2, null), L(8)); return V.l!; }],
    ['l[0:1] = 5', () => { setitem(V.l!, SL(0, 1, null), 5); return null; }],
    ['l[::2] = 5', () => { setitem(V.l!, SL(null, null, 2), 5); return null; }],
    ['l[:] = l; l', () => { setitem(V.l!, SL(null, null, null), V.l!); return V.l!; }],
    ['del l[::3]; l', () => { delitem(V.l!, SL(null, null, 3)); return V.l!; }],
    ['del l[::-2]; l', () => { delitem(V.l!, SL(null, null, -2)); return V.l!; }],
    ['del l[1:3]; l', () => { delitem(V.l!, SL(1, 3, null)); return V.l!; }],
    ['del l[::0]', () => { delitem(V.l!, SL(null, null, 0)); return null; }],
    ['l[10:] = [1, 2]; l', () => { setitem(V.l!, SL(10, null, null), L(1, 2)); return V.l!; }],
    ['del l[:]; l', () => { delitem(V.l!, SL(null, null, null)); return V.l!; }],
    ['l = list(range(20)); l[-3:3:-4]', () => { V.l = C('list', R(20)); return getitem(V.l, SL(-3, 3, -4)); }],
    ['l[3:-3:5]', () => getitem(V.l!, SL(3, -3, 5))],
    ['l[-100:100]', () => getitem(V.l!, SL(-100, 100, null))],
    ['l[::-1][:3]', () => getitem(getitem(V.l!, SL(null, null, -1)), SL(null, 3, null))],
    ['[1, 2] + [3]', () => m(L(1, 2), '__add__', [L(3)])],
    ['[1, 2] + (3,)', () => m(L(1, 2), '__add__', [Tu(3)])],
    ["[1, 2].__add__('a')", () => m(L(1, 2), '__add__', ['a'])],
    ['[1, 2] * 2', () => m(L(1, 2), '__mul__', [2])],
    ['[1, 2] * -2', () => m(L(1, 2), '__mul__', [-2])],
    ['[1, 2].__rmul__(2)', () => m(L(1, 2), '__rmul__', [2])],
    ['[1] * 2**70', () => m(L(1), '__mul__', [big('1180591620717411303424')])],
    ['l = [1, 2]; l *= 3; l', () => { V.l = L(1, 2); return m(V.l, '__imul__', [3]); }],
    ['l *= 0; l', () => m(V.l!, '__imul__', [0])],
    ['l = [1]; l += "ab"; l', () => { V.l = L(1); return m(V.l, '__iadd__', ['ab']); }],
    ['l += (2,); l += {9: 0}; l', () => { m(V.l!, '__iadd__', [Tu(2)]); return m(V.l!, '__iadd__', [D([9, 0])]); }],
    ['l.__iadd__(1)', () => m(V.l!, '__iadd__', [1])],
    ['[1, 2] == [1, 2]', () => eqv(L(1, 2), L(1, 2))],
    ['[1, 2] == (1, 2)', () => eqv(L(1, 2), Tu(1, 2))],
    ['[1, 2] < [1, 2, 3]', () => lt(L(1, 2), L(1, 2, 3))],
    ["[1] < ['a']", () => lt(L(1), L('a'))],
    ["[1] < 'a'", () => lt(L(1), 'a')],
    ['[2] > [1, 5]', () => cmp(Cmp.GT)(L(2), L(1, 5))],
    ['[[1, 2], [1]] < [[1, 2], [2]]', () => lt(L(L(1, 2), L(1)), L(L(1, 2), L(2)))],
    ['[1, 2].__lt__((1, 2))', () => m(L(1, 2), '__lt__', [Tu(1, 2)])],
    ['l = [1]; l.append(l); l', () => { V.l = L(1); m(V.l, 'append', [V.l]); return V.l; }],
    ['[l, [l]]', () => L(V.l!, L(V.l!))],
    ['list()', () => C('list')],
    ['list("abc")', () => C('list', 'abc')],
    ['list(5)', () => C('list', 5)],
    ['list(1, 2)', () => C('list', 1, 2)],
    ['list({1: 2, 3: 4})', () => C('list', D([1, 2], [3, 4]))],
    ['list(reversed([1, 2, 3]))', () => asList(m(L(1, 2, 3), '__reversed__'))],
    ['it = reversed([1, 2, 3]); (next(it), it.__length_hint__())', () => { V.it = m(L(1, 2, 3), '__reversed__'); return Tu(nextv(V.it), m(V.it, '__length_hint__')); }],
    ['it.__setstate__(0); list(it)', () => { m(V.it!, '__setstate__', [0]); return asList(V.it!); }],
    ['l = [1, 2, 3]; it = iter(l); next(it); l.append(4); list(it)', () => { V.l = L(1, 2, 3); V.it = iter(V.l); next(V.it); m(V.l, 'append', [4]); return asList(V.it); }],
    ['l.append(5); list(it)', () => { m(V.l!, 'append', [5]); return asList(V.it!); }],
    ['it = iter(l); it.__setstate__(2); (list(it), it.__length_hint__())', () => { V.it = iter(V.l!); m(V.it, '__setstate__', [2]); return Tu(asList(V.it), m(V.it, '__length_hint__')); }],
    ["iter([]).__setstate__('a')", () => m(iter(L()), '__setstate__', ['a'])],
    ['[1, 2, 3].__getitem__(slice(1, None))', () => m(L(1, 2, 3), '__getitem__', [SL(1, null, null)])],
    ['l = [1, 2, 3]; l.__setitem__(0, 9); l.__delitem__(1); l', () => { V.l = L(1, 2, 3); m(V.l, '__setitem__', [0, 9]); m(V.l, '__delitem__', [1]); return V.l; }],
    ['l = [1, 2]; l.__init__([3]); l.__init__(); l', () => { V.l = L(1, 2); m(V.l, '__init__', [L(3)]); m(V.l, '__init__'); return V.l; }],
    ['l.__init__(x=1)', () => m(V.l!, '__init__', [], { x: 1 })],
    ['l.__init__([1], [2])', () => m(V.l!, '__init__', [L(1), L(2)])],
    ['l = [0, 1, 2, 3, 4, 5]; del l[-1::-2]; l', () => { V.l = L(0, 1, 2, 3, 4, 5); delitem(V.l, SL(-1, null, -2)); return V.l; }],
    ['l = [0, 1, 2, 3]; l[::2] = l[:2]; l', () => { V.l = L(0, 1, 2, 3); setitem(V.l, SL(null, null, 2), getitem(V.l, SL(null, 2, null))); return V.l; }],
    ['l = [1, 2, 3]; l[1:2] = []; l[0:0] = range(3); l[len(l):] = (9,); l', () => { V.l = L(1, 2, 3); setitem(V.l, SL(1, 2, null), L()); setitem(V.l, SL(0, 0, null), R(3)); setitem(V.l, SL(len(V.l), null, null), Tu(9)); return V.l; }],
    ['(2 in [1, 2], 2.0 in [1, 2], [1, 2].__contains__(3))', () => Tu(contains(L(1, 2), 2), contains(L(1, 2), F(2)), m(L(1, 2), '__contains__', [3]))],
    ['[0, False, 0.0].count(0)', () => m(L(0, false, F(0)), 'count', [0])],
    ['[1, 2, 3, 2, 1].index(1, -1)', () => m(L(1, 2, 3, 2, 1), 'index', [1, -1])],
    ['[1, 2, 3, 2, 1].index(3, 0, 3)', () => m(L(1, 2, 3, 2, 1), 'index', [3, 0, 3])],
    ['[1, 2, 3, 2, 1].index(3, 0, 2)', () => m(L(1, 2, 3, 2, 1), 'index', [3, 0, 2])],
  ],

  sort: [
    ['l = [3, 1, 2]; l.sort(); l', () => { V.l = L(3, 1, 2); m(V.l, 'sort'); return V.l; }],
    ['l.sort(reverse=True); l', () => { m(V.l!, 'sort', [], { reverse: true }); return V.l!; }],
    ['l.sort(reverse=0); l', () => { m(V.l!, 'sort', [], { reverse: 0 }); return V.l!; }],
    ["l = [('b', 3), ('a', 1), ('c', 3), ('d', 1), ('e', 2)]; l.sort(key=lambda p: p[1]); l", () => {
      V.l = L(Tu('b', 3), Tu('a', 1), Tu('c', 3), Tu('d', 1), Tu('e', 2));
      m(V.l, 'sort', [], { key: jsFunc((p) => getitem(p, 1)) });
      return V.l;
    }],
    ['l.sort(key=lambda p: p[1], reverse=True); l', () => { m(V.l!, 'sort', [], { key: jsFunc((p) => getitem(p, 1)) , reverse: true }); return V.l!; }],
    ['l.sort(reverse=True); l', () => { m(V.l!, 'sort', [], { reverse: true }); return V.l!; }],
    ["l = [3, 1.5, -2, True, 0, 2 ** 70, -0.5, 1e-300]; l.sort(); l", () => {
      V.l = L(3, 1.5, -2, true, 0, big('1180591620717411303424'), -0.5, 1e-300); m(V.l, 'sort'); return V.l;
    }],
    ["l = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', '\\U0001F600', '\\uffff']; l.sort(); l", () => {
      V.l = L('banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', '\u{1F600}', '\uffff'); m(V.l, 'sort'); return V.l;
    }],
    ['l.sort(key=len); l', () => { m(V.l!, 'sort', [], { key: jsFunc((s) => len(s)) }); return V.l!; }],
    ["[1, 'a'].sort()", () => m(L(1, 'a'), 'sort')],
    ["['a', 1].sort()", () => m(L('a', 1), 'sort')],
    ['[1, None].sort()', () => m(L(1, null), 'sort')],
    ['[3, 1].sort(key=1)', () => m(L(3, 1), 'sort', [], { key: 1 })],
    ['[].sort(key=1)', () => m(L(), 'sort', [], { key: 1 })],
    ['x = [[2, 1], [1, 2], [1]]; x.sort(); x', () => { V.x = L(L(2, 1), L(1, 2), L(1)); m(V.x, 'sort'); return V.x; }],
    ['l = [(i * 7919) % 1000 for i in range(1000)]; l.sort(); (l[:5], l[-5:], len(l))', () => {
      const xs: Value[] = [];
      for (let i = 0; i < 1000; i++) xs.push((i * 7919) % 1000);
      V.l = newList(xs); m(V.l, 'sort');
      return Tu(getitem(V.l, SL(null, 5, null)), getitem(V.l, SL(-5, null, null)), len(V.l));
    }],
    ['l = list(range(20)); l.sort(key=lambda i: i % 3); l', () => { V.l = C('list', R(20)); m(V.l, 'sort', [], { key: jsFunc((i) => (i as number) % 3) }); return V.l; }],
    ['l.sort(key=lambda i: i % 3, reverse=True); l', () => { m(V.l!, 'sort', [], { key: jsFunc((i) => (i as number) % 3), reverse: true }); return V.l!; }],
    ['l = [3, 1, 2]; l.sort(key=lambda x: (l.append(x), x)[1])', () => { V.l = L(3, 1, 2); return m(V.l, 'sort', [], { key: jsFunc((x) => { m(V.l!, 'append', [x]); return x; }) }); }],
    ['l', () => V.l!],
    ['l = [3, 1, 2]; l.sort(key=lambda x: (l.clear(), x)[1]); l', () => { V.l = L(3, 1, 2); m(V.l, 'sort', [], { key: jsFunc((x) => { m(V.l!, 'clear'); return x; }) }); return V.l; }],
    ['l = [3, 1, 2]; l.sort(key=lambda x: len(l) + x); l', () => { V.l = L(3, 1, 2); m(V.l, 'sort', [], { key: jsFunc((x) => len(V.l!) + (x as number)) }); return V.l; }],
    ['l = [3, 1, 2]; l.sort(key=lambda x: 1 / (x - 1))', () => { V.l = L(3, 1, 2); return m(V.l, 'sort', [], { key: jsFunc((x) => { if (x === 1) throw new PyErr('ZeroDivisionError', 'division by zero'); return 1 / ((x as number) - 1); }) }); }],
    ['l', () => V.l!],
  ],

  dict: [
    ['d = {1: 2, "a": [3]}; d', () => { V.d = D([1, 2], ['a', L(3)]); return V.d; }],
    ['d[1], d["a"], d.get(5), d.get(5, 0)', () => Tu(getitem(V.d!, 1), getitem(V.d!, 'a'), m(V.d!, 'get', [5]), m(V.d!, 'get', [5, 0]))],
    ['d[5]', () => getitem(V.d!, 5)],
    ["d[(1, 'x')]", () => getitem(V.d!, Tu(1, 'x'))],
    ['d[[1]]', () => getitem(V.d!, L(1))],
    ['d[[1]] = 2', () => { setitem(V.d!, L(1), 2); return null; }],
    ['del d[7]', () => { delitem(V.d!, 7); return null; }],
    ['d[1.0] = "x"; d[True] = "y"; d', () => { setitem(V.d!, F(1), 'x'); setitem(V.d!, true, 'y'); return V.d!; }],
    ['(1 in d, 2 in d, d.__contains__("a"))', () => Tu(contains(V.d!, 1), contains(V.d!, 2), m(V.d!, '__contains__', ['a']))],
    ['[] in d', () => contains(V.d!, L())],
    ['d.setdefault("b", 7), d.setdefault("b", 8), d.setdefault("c")', () => Tu(m(V.d!, 'setdefault', ['b', 7]), m(V.d!, 'setdefault', ['b', 8]), m(V.d!, 'setdefault', ['c']))],
    ['d.pop("c"), d.pop("zz", 5)', () => Tu(m(V.d!, 'pop', ['c']), m(V.d!, 'pop', ['zz', 5]))],
    ['d.pop("zz")', () => m(V.d!, 'pop', ['zz'])],
    ['d.popitem(), d', () => Tu(m(V.d!, 'popitem'), V.d!)],
    ['{}.popitem()', () => m(D(), 'popitem')],
    ['list(d.keys()), list(d.values()), list(d.items())', () => Tu(asList(m(V.d!, 'keys')), asList(m(V.d!, 'values')), asList(m(V.d!, 'items')))],
    ['d.keys(), d.values(), d.items()', () => Tu(m(V.d!, 'keys'), m(V.d!, 'values'), m(V.d!, 'items'))],
    ['list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))', () => Tu(asList(m(V.d!, '__reversed__')), asList(m(m(V.d!, 'values'), '__reversed__')), asList(m(m(V.d!, 'items'), '__reversed__')))],
    ['len(d), len(d.keys())', () => Tu(len(V.d!), len(m(V.d!, 'keys')))],
    ['d.update({9: 9}, x=1); d', () => { m(V.d!, 'update', [D([9, 9])], { x: 1 }); return V.d!; }],
    ['d.update([(10, 1), "ab"]); d', () => { m(V.d!, 'update', [L(Tu(10, 1), 'ab')]); return V.d!; }],
    ['d.update(5)', () => m(V.d!, 'update', [5])],
    ['d.update([1])', () => m(V.d!, 'update', [L(1)])],
    ['d.update([(1, 2, 3)])', () => m(V.d!, 'update', [L(Tu(1, 2, 3))])],
    ["d.update(['ab', 'c'])", () => m(V.d!, 'update', [L('ab', 'c')])],
    ['d.update({}, {})', () => m(V.d!, 'update', [D(), D()])],
    ['dict(a=1, b=2)', () => construct(T('dict'), [], { a: 1, b: 2 })],
    ['dict([(1, 2)], a=1)', () => construct(T('dict'), [L(Tu(1, 2))], { a: 1 })],
    ['dict({1: 2}, **{"1": 3})', () => construct(T('dict'), [D([1, 2])], { 1: 3 })],
    ['dict(1, 2)', () => C('dict', 1, 2)],
    ['dict(5)', () => C('dict', 5)],
    ['dict.fromkeys("abc")', () => callClassMethod(T('dict'), 'fromkeys', ['abc'])],
    ['dict.fromkeys(range(3), [])', () => callClassMethod(T('dict'), 'fromkeys', [R(3), L()])],
    ['dict.fromkeys(5)', () => callClassMethod(T('dict'), 'fromkeys', [5])],
    ['{1: 2} | {3: 4}, {1: 2} | {1: 3}', () => Tu(m(D([1, 2]), '__or__', [D([3, 4])]), m(D([1, 2]), '__or__', [D([1, 3])]))],
    ['{1: 2}.__or__([1])', () => m(D([1, 2]), '__or__', [L(1)])],
    ['{1: 2}.__ror__({1: 5, 2: 6})', () => m(D([1, 2]), '__ror__', [D([1, 5], [2, 6])])],
    ['e = {1: 2}; e |= [(3, 4)]; e', () => m(D([1, 2]), '__ior__', [L(Tu(3, 4))])],
    ['e = {}; e |= 5', () => m(D(), '__ior__', [5])],
    ['{1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {1: 2, 3: 4}, {1: 2} != {1: 2}', () => Tu(eqv(D([1, 2]), D([1, 2])), eqv(D([1, 2]), D([1, 3])), eqv(D([1, 2]), D([1, 2], [3, 4])), cmp(Cmp.NE)(D([1, 2]), D([1, 2])))],
    ['{1: 2} < {1: 2}', () => lt(D([1, 2]), D([1, 2]))],
    ['{1: 2}.__lt__({})', () => m(D([1, 2]), '__lt__', [D()])],
    ['{1: 1.0} == {1.0: 1}', () => eqv(D([1, F(1)]), D([F(1), 1]))],
    ['d = {1: 1, 2: 2}; del d[1]; d[1] = 1; (list(d), d)', () => { V.d = D([1, 1], [2, 2]); delitem(V.d, 1); setitem(V.d, 1, 1); return Tu(asList(V.d), V.d); }],
    ['d = {i: i for i in range(100)}; [d.pop(i) for i in range(0, 100, 3)]; (len(d), list(d)[:5], list(reversed(d))[:3])', () => {
      V.d = D(); for (let i = 0; i < 100; i++) setitem(V.d, i, i); for (let i = 0; i < 100; i += 3) m(V.d, 'pop', [i]);
      return Tu(len(V.d), getitem(asList(V.d), SL(null, 5, null)), getitem(asList(m(V.d, '__reversed__')), SL(null, 3, null)));
    }],
    ['d.__init__({1: "x"}, y=2); (d[1], d["y"], len(d))', () => { m(V.d!, '__init__', [D([1, 'x'])], { y: 2 }); return Tu(getitem(V.d!, 1), getitem(V.d!, 'y'), len(V.d!)); }],
    ['d = {}; d[1] = d; d', () => { V.d = D(); setitem(V.d, 1, V.d); return V.d; }],
    ['d = {1: 1, 2: 2}; c = d.copy(); c[3] = 3; (d, c)', () => { V.d = D([1, 1], [2, 2]); V.c = m(V.d, 'copy'); setitem(V.c, 3, 3); return Tu(V.d, V.c); }],
    ['d.clear(); d', () => { m(V.d!, 'clear'); return V.d!; }],
    ['d = {1: 1}; it = iter(d); d[2] = 2; next(it)', () => { V.d = D([1, 1]); V.it = iter(V.d); setitem(V.d, 2, 2); return nextv(V.it); }],
    ['next(it)', () => nextv(V.it!)],
    ['d = {1: 1, 2: 2}; it = iter(d); del d[1]; d[3] = 3; list(it)', () => { V.d = D([1, 1], [2, 2]); V.it = iter(V.d); delitem(V.d, 1); setitem(V.d, 3, 3); return asList(V.it); }],
    ['d = {1: 1, 2: 2}; it = iter(d.items()); (next(it), it.__length_hint__())', () => { V.d = D([1, 1], [2, 2]); V.it = iter(m(V.d, 'items')); return Tu(nextv(V.it), m(V.it, '__length_hint__')); }],
    ['d[1] = 5; list(it)', () => { setitem(V.d!, 1, 5); return asList(V.it!); }],
    ['d = {"a": 1, "b": 2, "c": 3}; sorted(d.keys() & {"a", "b"})', () => { V.d = D(['a', 1], ['b', 2], ['c', 3]); return sorted(m(m(V.d, 'keys'), '__and__', [S('a', 'b')])); }],
    ['sorted(d.keys() | ["z"]), sorted(d.keys() - ["a"]), sorted(d.keys() ^ ["a", "q"]), sorted(["q", "a"] ^ d.keys())', () => Tu(
      sorted(binop(m(V.d!, 'keys'), L('z'), 'or')), sorted(binop(m(V.d!, 'keys'), L('a'), 'sub')), sorted(binop(m(V.d!, 'keys'), L('a', 'q'), 'xor')), sorted(m(m(V.d!, 'keys'), '__rxor__', [L('q', 'a')])))],
    ['e = {1: 1, 2: 2, 3: 3}; e.keys() & {2, 3, 4}, {2, 3, 4} & e.keys(), e.keys() | [9, 1], e.keys() - {1}, e.keys() ^ {1, 7}, e.items() - {(1, 1)}', () => {
      V.e = D([1, 1], [2, 2], [3, 3]);
      const k = (): Value => m(V.e!, 'keys');
      return Tu(binop(k(), S(2, 3, 4), 'and'), m(k(), '__rand__', [S(2, 3, 4)]), binop(k(), L(9, 1), 'or'), binop(k(), S(1), 'sub'), binop(k(), S(1, 7), 'xor'), binop(m(V.e!, 'items'), S(Tu(1, 1)), 'sub'));
    }],
    ['d.keys() == {"a", "b", "c"}, d.keys() < {"a", "b", "c", "d"}, d.keys() <= {"a"}, d.keys() >= {"a"}', () => {
      const k = m(V.d!, 'keys');
      return Tu(eqv(k, S('a', 'b', 'c')), lt(k, S('a', 'b', 'c', 'd')), cmp(Cmp.LE)(k, S('a')), cmp(Cmp.GE)(k, S('a')));
    }],
    ['d.keys() == ["a", "b", "c"]', () => eqv(m(V.d!, 'keys'), L('a', 'b', 'c'))],
    ['("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.items(), ([], 1) in d.items()', () => {
      const it = m(V.d!, 'items');
      return Tu(contains(it, Tu('a', 1)), contains(it, Tu('a', 2)), contains(it, 'a'), contains(it, Tu(L(), 1)));
    }],
    ['sorted(d.items() & {("a", 1), ("b", 5)})', () => sorted(m(m(V.d!, 'items'), '__and__', [S(Tu('a', 1), Tu('b', 5))]))],
    ['d.keys().isdisjoint(["x"]), d.keys().isdisjoint("a"), d.items().isdisjoint([("c", 3)])', () => Tu(
      m(m(V.d!, 'keys'), 'isdisjoint', [L('x')]), m(m(V.d!, 'keys'), 'isdisjoint', ['a']), m(m(V.d!, 'items'), 'isdisjoint', [L(Tu('c', 3))]))],
    ['d.keys() & 5', () => m(m(V.d!, 'keys'), '__and__', [5])],
    ['d.keys().__sub__(5)', () => m(m(V.d!, 'keys'), '__sub__', [5])],
    ['d.keys().__rsub__(["a", "x"])', () => m(m(V.d!, 'keys'), '__rsub__', [L('a', 'x')])],
    ['d.values() == d.values()', () => eqv(m(V.d!, 'values'), m(V.d!, 'values'))],
    ['d = {}; d[1] = d.keys(); d', () => { V.d = D(); setitem(V.d, 1, m(V.d, 'keys')); return V.d; }],
    ['{(1, 2): 3}[(1, 2)], {frozenset({1}): 2}[frozenset({1})]', () => Tu(getitem(D([Tu(1, 2), 3]), Tu(1, 2)), getitem(D([FS(1), 2]), FS(1)))],
    ['{-1: 1, -2: 2}[-1], {2**70: 1}[2**70], {0.5: 1}[0.5]', () => Tu(getitem(D([-1, 1], [-2, 2]), -1), getitem(D([big('1180591620717411303424'), 1]), big('1180591620717411303424')), getitem(D([0.5, 1]), 0.5))],
  ],

  set: [
    ['{3, 1, 2}, {10, 0, 5, 7}, set(range(20, 0, -3)), frozenset({4, 2}), {0, 8}, {1, 9}', () => Tu(S(3, 1, 2), S(10, 0, 5, 7), C('set', R(20, 0, -3)), FS(4, 2), S(0, 8), S(1, 9))],
    ['set(), frozenset(), {frozenset()}', () => Tu(C('set'), C('frozenset'), S(C('frozenset')))],
    ['{True, 1, 1.0}, {0, False, 0.0, -0.0}, len({1, True, 1.0, 2})', () => Tu(S(true, 1, F(1)), S(0, false, F(0), F(-0)), len(S(1, true, F(1), 2)))],
    ['{-1, -2, -3, 2**64, 2**64 + 1, 0.5, 1.5, -0.5}', () => S(-1, -2, -3, big('18446744073709551616'), big('18446744073709551617'), 0.5, 1.5, -0.5)],
    ['s = set(); [s.add(i) for i in range(0, 100, 7)]; s', () => { V.s = C('set'); for (let i = 0; i < 100; i += 7) m(V.s, 'add', [i]); return V.s; }],
    ['[s.discard(i) for i in range(0, 100, 14)]; s', () => { for (let i = 0; i < 100; i += 14) m(V.s!, 'discard', [i]); return V.s!; }],
    ['s.add(1000); s.add(-1000); s', () => { m(V.s!, 'add', [1000]); m(V.s!, 'add', [-1000]); return V.s!; }],
    ['s.pop(), s.pop(), s', () => Tu(m(V.s!, 'pop'), m(V.s!, 'pop'), V.s!)],
    ['s.remove(21); s.remove(21)', () => { m(V.s!, 'remove', [21]); return m(V.s!, 'remove', [21]); }],
    ['s.remove([1])', () => m(V.s!, 'remove', [L(1)])],
    ['s.add([])', () => m(V.s!, 'add', [L()])],
    ['set().pop()', () => m(C('set'), 'pop')],
    ['set([[]])', () => C('set', L(L()))],
    ['set(5)', () => C('set', 5)],
    ['set(1, 2)', () => C('set', 1, 2)],
    ['frozenset(1, 2)', () => C('frozenset', 1, 2)],
    ['a = set(range(0, 30, 3)); b = set(range(0, 30, 2)); (a | b, a & b, a - b, b - a, a ^ b, b ^ a)', () => {
      V.a = C('set', R(0, 30, 3)); V.b = C('set', R(0, 30, 2));
      return Tu(m(V.a, '__or__', [V.b]), m(V.a, '__and__', [V.b]), m(V.a, '__sub__', [V.b]), m(V.b, '__sub__', [V.a]), m(V.a, '__xor__', [V.b]), m(V.b, '__xor__', [V.a]));
    }],
    ['a.union([100, 3], (200,)), a.intersection(range(10), [0, 9, 3]), a.difference([0], {3}), a.symmetric_difference([1, 3])', () => Tu(
      m(V.a!, 'union', [L(100, 3), Tu(200)]), m(V.a!, 'intersection', [R(10), L(0, 9, 3)]), m(V.a!, 'difference', [L(0), S(3)]), m(V.a!, 'symmetric_difference', [L(1, 3)]))],
    ['a.union(), a.intersection(), a.difference()', () => Tu(m(V.a!, 'union'), m(V.a!, 'intersection'), m(V.a!, 'difference'))],
    ['a.__or__([1]), a.__and__(1), a.__sub__(()), a.__xor__(None), a.__ior__([1])', () => Tu(m(V.a!, '__or__', [L(1)]), m(V.a!, '__and__', [1]), m(V.a!, '__sub__', [Tu()]), m(V.a!, '__xor__', [null]), m(V.a!, '__ior__', [L(1)]))],
    ['a.issubset(range(100)), a.issuperset([3, 6]), a.isdisjoint([1, 2]), a.isdisjoint(b), a <= b, a < a, a <= a, a > {3}', () => Tu(
      m(V.a!, 'issubset', [R(100)]), m(V.a!, 'issuperset', [L(3, 6)]), m(V.a!, 'isdisjoint', [L(1, 2)]), m(V.a!, 'isdisjoint', [V.b!]),
      cmp(Cmp.LE)(V.a!, V.b!), lt(V.a!, V.a!), cmp(Cmp.LE)(V.a!, V.a!), cmp(Cmp.GT)(V.a!, S(3)))],
    ['a == frozenset(a), a != set(a), a == list(a)', () => Tu(eqv(V.a!, C('frozenset', V.a!)), cmp(Cmp.NE)(V.a!, C('set', V.a!)), eqv(V.a!, C('list', V.a!)))],
    ['a.issubset(5)', () => m(V.a!, 'issubset', [5])],
    ['a < [1]', () => lt(V.a!, L(1))],
    ['f = frozenset([1]); (frozenset(f) is f, f.copy() is f, set(f) is f)', () => { V.f = FS(1); return Tu((C('frozenset', V.f) as Ref).a === (V.f as Ref).a, (m(V.f, 'copy') as Ref).a === (V.f as Ref).a, false); }],
    ['t = (1, 2); tuple(t) is t', () => { V.t = Tu(1, 2); return (C('tuple', V.t) as Ref).a === (V.t as Ref).a; }],
    ['s = {1, 2}; s.__init__([3]); s.__init__(); s', () => { V.s = S(1, 2); m(V.s, '__init__', [L(3)]); m(V.s, '__init__'); return V.s; }],
    ['s.__init__([1], [2])', () => m(V.s!, '__init__', [L(1), L(2)])],
    ['set(x=1)', () => construct(T('set'), [], { x: 1 })],
    ['frozenset(x=1)', () => construct(T('frozenset'), [], { x: 1 })],
    ['c = set(a); c |= {1}; c &= set(range(10)); c -= {0}; c ^= {5, 6}; c', () => {
      V.c = C('set', V.a!); m(V.c, '__ior__', [S(1)]); m(V.c, '__iand__', [C('set', R(10))]); m(V.c, '__isub__', [S(0)]); m(V.c, '__ixor__', [S(5, 6)]); return V.c;
    }],
    ['c.__ior__([1])', () => m(V.c!, '__ior__', [L(1)])],
    ['c.update([40], (41,)); c.intersection_update(range(100), range(50)); c.difference_update([40]); c.symmetric_difference_update([3, 99]); c', () => {
      m(V.c!, 'update', [L(40), Tu(41)]); m(V.c!, 'intersection_update', [R(100), R(50)]); m(V.c!, 'difference_update', [L(40)]); m(V.c!, 'symmetric_difference_update', [L(3, 99)]); return V.c!;
    }],
    ['c.symmetric_difference_update(c); c', () => { m(V.c!, 'symmetric_difference_update', [V.c!]); return V.c!; }],
    ['f = frozenset([1, 2]); f | {3}, {3} | f, f & {1}, {1} & f, f.copy() is f, type(f - {1}).__name__', () => {
      V.f = FS(1, 2);
      return Tu(m(V.f, '__or__', [S(3)]), m(S(3), '__or__', [V.f]), m(V.f, '__and__', [S(1)]), m(S(1), '__and__', [V.f]), (m(V.f, 'copy') as Ref).a === (V.f as Ref).a, tname(m(V.f, '__sub__', [S(1)])));
    }],
    ['hash(frozenset()), hash(frozenset([1])), hash(frozenset(range(100))), hash(frozenset([-1, 2**70, 0.5]))', () => Tu(
      pyHash(FS()), pyHash(FS(1)), pyHash(C('frozenset', R(100))), pyHash(FS(-1, big('1180591620717411303424'), 0.5)))],
    ['hash(frozenset([frozenset([1, 2]), frozenset()]))', () => pyHash(FS(FS(1, 2), FS()))],
    ['{1, 2} in {frozenset({1, 2})}, {1} in {frozenset({1, 2})}', () => Tu(contains(S(FS(1, 2)), S(1, 2)), contains(S(FS(1, 2)), S(1)))],
    ['s = {frozenset({1})}; s.remove({1}); s', () => { V.s = S(FS(1)); m(V.s, 'remove', [S(1)]); return V.s; }],
    ['s = {1, 2, 3}; it = iter(s); next(it); s.add(9); next(it)', () => { V.s = S(1, 2, 3); V.it = iter(V.s); next(V.it); m(V.s, 'add', [9]); return nextv(V.it); }],
    ['next(it)', () => nextv(V.it!)],
    ['s = set(range(50)); s.intersection_update(range(25, 75)); (len(s), min(s), max(s))', () => {
      V.s = C('set', R(50)); m(V.s, 'intersection_update', [R(25, 75)]); const xs = items(V.s) as number[]; return Tu(xs.length, Math.min(...xs), Math.max(...xs));
    }],
    ['s = set(range(1000)) - set(range(0, 1000, 2)); (len(s), list(s)[:5])', () => {
      V.s = m(C('set', R(1000)), '__sub__', [C('set', R(0, 1000, 2))]); return Tu(len(V.s), getitem(asList(V.s), SL(null, 5, null)));
    }],
    ['s = set(); s.add(s.__class__)', () => null],
    ['S = type("S", (set,), {}); S([2, 1]), S()', () => { V.S = new Ref(makeClass('S', 'set')); return Tu(construct((V.S as Ref).a, [L(2, 1)]), construct((V.S as Ref).a)); }],
    ['F = type("F", (frozenset,), {}); F([2, 1]), F(), type(F([1]) | {2}).__name__, type(S([1]) | {2}).__name__', () => {
      V.F = new Ref(makeClass('F', 'frozenset'));
      return Tu(construct((V.F as Ref).a, [L(2, 1)]), construct((V.F as Ref).a), tname(binop(construct((V.F as Ref).a, [L(1)]), S(2), 'or')), tname(binop(construct((V.S as Ref).a, [L(1)]), S(2), 'or')));
    }],
  ],

  range: [
    ['range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), range(0)', () => Tu(R(5), R(1, 5), R(1, 5, 2), R(5, 1, -1), R(0))],
    ['list(range(5)), list(range(5, 0, -2)), list(range(-3, 3)), list(range(3, -3))', () => Tu(asList(R(5)), asList(R(5, 0, -2)), asList(R(-3, 3)), asList(R(3, -3)))],
    ['len(range(10, 0, -3)), len(range(0, 10, 3)), len(range(-10, 10)), len(range(2**64))', () => Tu(len(R(10, 0, -3)), len(R(0, 10, 3)), len(R(-10, 10)), len(R(big('18446744073709551616'))))],
    ['range(2**64)[2**63], range(2**64)[-1], range(2**64)[2**70]', () => Tu(getitem(R(big('18446744073709551616')), big('9223372036854775808')), getitem(R(big('18446744073709551616')), -1), getitem(R(big('18446744073709551616')), big('1180591620717411303424')))],
    ['range(10)[3], range(10)[-1], range(10)[10]', () => Tu(getitem(R(10), 3), getitem(R(10), -1), getitem(R(10), 10))],
    ["range(10)['a']", () => getitem(R(10), 'a')],
    ['range(10)[2:8:2], range(10)[::-1], range(10)[::-3], range(0, 20, 3)[1:-1], range(10)[100:], range(10)[-100:2]', () => Tu(
      getitem(R(10), SL(2, 8, 2)), getitem(R(10), SL(null, null, -1)), getitem(R(10), SL(null, null, -3)), getitem(R(0, 20, 3), SL(1, -1, null)), getitem(R(10), SL(100, null, null)), getitem(R(10), SL(-100, 2, null)))],
    ['range(2**70)[::2**60][3:]', () => getitem(getitem(R(big('1180591620717411303424')), SL(null, null, 2 ** 60)), SL(3, null, null))],
    ['range(10)[::0]', () => getitem(R(10), SL(null, null, 0))],
    ['(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 3 in range(0, 10, 2), -3 in range(0, -10, -3), 3.0 in range(10), 3.5 in range(10), True in range(2))', () => Tu(
      contains(R(10), 3), contains(R(10), 10), contains(R(0, 10, 2), 4), contains(R(0, 10, 2), 3), contains(R(0, -10, -3), -3), contains(R(10), F(3)), contains(R(10), 3.5), contains(R(2), true))],
    ['2**70 in range(2**71), 2**70 + 1 in range(0, 2**71, 2)', () => Tu(contains(R(big('2361183241434822606848')), big('1180591620717411303424')), contains(R(0, big('2361183241434822606848'), 2), big('1180591620717411303424') + 1n))],
    ['range(0, 10, 2).index(4), range(10, 0, -2).index(4), range(10).index(3.0)', () => Tu(m(R(0, 10, 2), 'index', [4]), m(R(10, 0, -2), 'index', [4]), m(R(10), 'index', [F(3)]))],
    ['range(0, 10, 2).index(3)', () => m(R(0, 10, 2), 'index', [3])],
    ["range(5).index('a')", () => m(R(5), 'index', ['a'])],
    ['range(0, 10, 2).count(4), range(10).count(11), range(10).count(3.0)', () => Tu(m(R(0, 10, 2), 'count', [4]), m(R(10), 'count', [11]), m(R(10), 'count', [F(3)]))],
    ['range(1, 4) == range(1, 4, 1), range(0) == range(5, 1), range(1, 2, 3) == range(1, 3, 5), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2)', () => Tu(
      eqv(R(1, 4), R(1, 4, 1)), eqv(R(0), R(5, 1)), eqv(R(1, 2, 3), R(1, 3, 5)), eqv(R(0, 3, 2), R(0, 4, 2)), cmp(Cmp.NE)(R(1), R(2)))],
    ['range(1) < range(2)', () => lt(R(1), R(2))],
    ['range(1) == [0]', () => eqv(R(1), L(0))],
    ['hash(range(0)) == hash(range(5, 1)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2, 3)) == hash(range(1, 3, 5))', () => Tu(
      pyHash(R(0)) === pyHash(R(5, 1)), pyHash(R(3)) === pyHash(R(0, 3, 1)), pyHash(R(1, 2, 3)) === pyHash(R(1, 3, 5)))],
    ['hash(range(10)), hash(range(1, 2)), hash(range(0, 100, 7))', () => Tu(pyHash(R(10)), pyHash(R(1, 2)), pyHash(R(0, 100, 7)))],
    ['range()', () => C('range')],
    ['range(1, 2, 3, 4)', () => C('range', 1, 2, 3, 4)],
    ['range(1.5)', () => C('range', 1.5)],
    ['range(1, 2, 0)', () => C('range', 1, 2, 0)],
    ['range(True, 5).start, range(5).stop, range(1, 5, 2).step', () => Tu(attr(R(true, 5), 'start'), attr(R(5), 'stop'), attr(R(1, 5, 2), 'step'))],
    ['len(range(2**64))', () => len(R(big('18446744073709551616')))],
    ['bool(range(0)), bool(range(2**64))', () => Tu(m(R(0), '__bool__'), m(R(big('18446744073709551616')), '__bool__'))],
    ['list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2)))', () => Tu(asList(m(R(1, 10, 3), '__reversed__')), asList(m(R(0), '__reversed__')), asList(m(R(5, 0, -2), '__reversed__')))],
    ['it = iter(range(2**64 - 2, 2**64 + 2)); list(it)', () => asList(iter(R(big('18446744073709551614'), big('18446744073709551618'))))],
    ['list(reversed(range(2**64 - 2, 2**64 + 2)))', () => asList(m(R(big('18446744073709551614'), big('18446744073709551618')), '__reversed__'))],
    ['list(range(2**53 - 2, 2**53 + 2))', () => asList(R(2 ** 53 - 2, big('9007199254740994')))],
    ['it = iter(range(5)); it.__setstate__(3); (list(it), it.__length_hint__())', () => { V.it = iter(R(5)); m(V.it, '__setstate__', [3]); return Tu(asList(V.it), m(V.it, '__length_hint__')); }],
    ['it = iter(range(5)); it.__setstate__(-3); list(it)', () => { V.it = iter(R(5)); m(V.it, '__setstate__', [-3]); return asList(V.it); }],
    ['it = iter(range(5)); next(it); it.__reduce__()[1:]', () => { V.it = iter(R(5)); next(V.it); return getitem(m(V.it, '__reduce__'), SL(1, null, null)); }],
    ['range(3).__reduce__()[1]', () => getitem(m(R(3), '__reduce__'), 1)],
  ],

  slice: [
    ['slice(1), slice(1, 2), slice(1, 2, 3), slice(None, None, -1)', () => Tu(C('slice', 1), C('slice', 1, 2), C('slice', 1, 2, 3), C('slice', null, null, -1))],
    ['slice()', () => C('slice')],
    ['slice(1, 2, 3, 4)', () => C('slice', 1, 2, 3, 4)],
    ['slice(1, 2, 3).indices(10), slice(None, None, -1).indices(10), slice(-100, 100).indices(5), slice(None, None, -2).indices(0)', () => Tu(
      m(SL(1, 2, 3), 'indices', [10]), m(SL(null, null, -1), 'indices', [10]), m(SL(-100, 100, null), 'indices', [5]), m(SL(null, null, -2), 'indices', [0]))],
    ['slice(2**70, -2**70, -2**65).indices(2**80)', () => m(SL(big('1180591620717411303424'), -big('1180591620717411303424'), -big('36893488147419103232')), 'indices', [big('1208925819614629174706176')])],
    ['slice(1, 2, 0).indices(5)', () => m(SL(1, 2, 0), 'indices', [5])],
    ['slice(1, 2).indices(-1)', () => m(SL(1, 2, null), 'indices', [-1])],
    ["slice(1, 2).indices('a')", () => m(SL(1, 2, null), 'indices', ['a'])],
    ["slice('a').indices(4)", () => m(SL(null, 'a', null), 'indices', [4])],
    ['hash(slice(1, 2)), hash(slice(None)), hash(slice(-1, 2**70, 0.5))', () => Tu(pyHash(SL(1, 2, null)), pyHash(SL(null, null, null)), pyHash(SL(-1, big('1180591620717411303424'), 0.5)))],
    ['hash(slice([], 1))', () => pyHash(SL(L(), 1, null))],
    ['slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2) < slice(0, 5), slice(1) == (None, 1, None)', () => Tu(
      eqv(SL(1, 2, null), SL(1, 2, null)), lt(SL(1, 2, null), SL(1, 3, null)), lt(SL(1, 2, null), SL(0, 5, null)), eqv(SL(null, 1, null), Tu(null, 1, null)))],
    ["slice(1, 'a') < slice(1, 2)", () => lt(SL(1, 'a', null), SL(1, 2, null))],
    ['slice(1, 2, 3).__reduce__()[1]', () => getitem(m(SL(1, 2, 3), '__reduce__'), 1)],
  ],

  iterators: [
    ["list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', -1)), list(enumerate('a', 2**70))", () => Tu(
      asList(C('enumerate', 'abc')), asList(C('enumerate', 'ab', 5)), asList(C('enumerate', 'ab', -1)), asList(C('enumerate', 'a', big('1180591620717411303424'))))],
    ['list(enumerate(iterable="ab", start=3)), list(enumerate(start=3, iterable="ab")), list(enumerate("ab", start=3))', () => Tu(
      asList(construct(T('enumerate'), [], { iterable: 'ab', start: 3 })), asList(construct(T('enumerate'), [], { start: 3, iterable: 'ab' })), asList(construct(T('enumerate'), ['ab'], { start: 3 })))],
    ['enumerate()', () => C('enumerate')],
    ['enumerate(1)', () => C('enumerate', 1)],
    ["enumerate([], 'a')", () => C('enumerate', L(), 'a')],
    ['enumerate([], x=1)', () => construct(T('enumerate'), [L()], { x: 1 })],
    ['enumerate(start=1)', () => construct(T('enumerate'), [], { start: 1 })],
    ['enumerate([], 1, 2)', () => C('enumerate', L(), 1, 2)],
    ["list(zip('abc', range(2), [1, 2, 3])), list(zip()), list(zip('a'))", () => Tu(asList(C('zip', 'abc', R(2), L(1, 2, 3))), asList(C('zip')), asList(C('zip', 'a')))],
    ["list(zip('ab', 'cd', strict=True))", () => asList(construct(T('zip'), ['ab', 'cd'], { strict: true }))],
    ['list(zip([1], [], strict=True))', () => asList(construct(T('zip'), [L(1), L()], { strict: true }))],
    ['list(zip([], [1], strict=True))', () => asList(construct(T('zip'), [L(), L(1)], { strict: true }))],
    ['list(zip([1], [2], [], strict=True))', () => asList(construct(T('zip'), [L(1), L(2), L()], { strict: true }))],
    ['list(zip([1, 2], [2], [3], strict=True))', () => asList(construct(T('zip'), [L(1, 2), L(2), L(3)], { strict: true }))],
    ['list(zip([1], [2], [3, 4], strict=True))', () => asList(construct(T('zip'), [L(1), L(2), L(3, 4)], { strict: true }))],
    ['zip([], 1)', () => C('zip', L(), 1)],
    ['zip(x=1)', () => construct(T('zip'), [], { x: 1 })],
    ['list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(str, []))', () => Tu(asList(C('map', jsFunc((a, b) => (a as number) + (b as number)), L(1, 2, 3), L(10, 20))), asList(C('map', jsFunc((x) => x), L())))],
    ['list(map(lambda a, b: a, [1, 2], [1], strict=True))', () => asList(construct(T('map'), [jsFunc((x) => x), L(1, 2), L(1)], { strict: true }))],
    ['map(len)', () => C('map', jsFunc((x) => x))],
    ['map(len, 5)', () => C('map', jsFunc((x) => x), 5)],
    ['map(len, [1], x=1)', () => construct(T('map'), [jsFunc((x) => x), L(1)], { x: 1 })],
    ['list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2]))', () => Tu(
      asList(C('filter', null, L(0, 1, '', 'a', L(), L(0)))), asList(C('filter', jsFunc((x) => (x as number) % 2), R(7))), asList(C('filter', new Ref(T('bool')), L(0, 2))))],
    ['filter(None)', () => C('filter', null)],
    ['filter(None, [], x=1)', () => construct(T('filter'), [null, L()], { x: 1 })],
    ['filter(None, 5)', () => C('filter', null, 5)],
    ["list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(reversed(range(3)))", () => Tu(
      asList(C('reversed', L(1, 2, 3))), asList(C('reversed', Tu(1, 2))), asList(C('reversed', 'ab')), asList(C('reversed', R(3))))],
    ['reversed(5)', () => C('reversed', 5)],
    ['reversed({1})', () => C('reversed', S(1))],
    ['list(reversed({1: 2}))', () => asList(C('reversed', D([1, 2])))],
    ['reversed()', () => C('reversed')],
    ['reversed([], 1)', () => C('reversed', L(), 1)],
    ['Seq = type("Seq", (), {"__getitem__": lambda s, i: "xyz"[i], "__len__": lambda s: 3}); list(iter(Seq())), list(reversed(Seq()))', () => {
      const cls = makeClass('Seq', 'object', { __getitem__: (_s, i) => getitem('xyz', i), __len__: () => 3 });
      V.seq = instance(cls, null);
      return Tu(asList(iter(V.seq)), asList(C('reversed', V.seq)));
    }],
    ['it = iter(Seq()); (next(it), it.__length_hint__())', () => { V.it = iter(V.seq!); return Tu(nextv(V.it), m(V.it, '__length_hint__')); }],
    ['calls = []; it = iter(lambda: calls.append(1) or len(calls), 3); list(it), calls', () => {
      V.calls = L();
      const f = jsFunc(() => { m(V.calls!, 'append', [1]); return len(V.calls!); });
      return Tu(asList(makeCallableIter(f, 3)), V.calls);
    }],
  ],

  classes: [
    ['class K:\n  def __init__(s, v): s.v = v\n  def __lt__(s, o): return s.v > o.v\n  def __repr__(s): return f"K{s.v}"', () => null],
    ['sorted([K(1), K(3), K(2)])', () => {
      const K = makeClass('K', 'object', {
        __lt__: (s, o) => payload<number>(s) > payload<number>(o),
        __repr__: (s) => `K${payload<number>(s)}`,
      });
      V.K = new Ref(K);
      const l = L(instance(K, 1), instance(K, 3), instance(K, 2));
      m(l, 'sort');
      return l;
    }],
    ['class E:\n  def __eq__(s, o): return True\n  __hash__ = None', () => null],
    ['E() in [1], [1].count(E()), [1, 2].index(E()), (E(),) == (1,)', () => {
      const E = makeClass('E', 'object', { __eq__: () => true });
      const e = instance(E, null);
      return Tu(contains(L(1), e), m(L(1), 'count', [e]), m(L(1, 2), 'index', [e]), eqv(Tu(e), Tu(1)));
    }],
    ['{E()}', () => S(instance(makeClass('E', 'object', { __eq__: () => true, __hash__: null }), null))],
    ['class R:\n  def __radd__(s, o): return "radd"\n  def __rmul__(s, o): return "rmul"', () => null],
    ['[1] + R(), (1,) + R(), [1] * R(), (1,) * R()', () => {
      const Rc = makeClass('R', 'object', { __radd__: () => 'radd', __rmul__: () => 'rmul' });
      const r = instance(Rc, null);
      return Tu(binop(L(1), r, 'add'), binop(Tu(1), r, 'add'), binop(L(1), r, 'mul'), binop(Tu(1), r, 'mul'));
    }],
    ['class I:\n  def __index__(s): return 2', () => null],
    ['[1, 2, 3][I()], (1, 2, 3)[I()], [1, 2] * I(), range(10)[I():], [1, 2, 3].pop(I())', () => {
      const Ic = makeClass('I', 'object', { __index__: () => 2 });
      const i = instance(Ic, null);
      return Tu(getitem(L(1, 2, 3), i), getitem(Tu(1, 2, 3), i), m(L(1, 2), '__mul__', [i]), getitem(R(10), SL(i, null, null)), m(L(1, 2, 3), 'pop', [i]));
    }],
    ['class LL(list): pass', () => null],
    ['l = LL([3, 1]); l.append(2); l.sort(); (l, type(l + [1]).__name__, type(l[:]).__name__, l == [1, 2, 3])', () => {
      const LL = makeClass('LL', 'list', {}, 1);
      const l = construct(LL, [L(3, 1)]);
      m(l, 'append', [2]);
      m(l, 'sort');
      return Tu(l, tname(m(l, '__add__', [L(1)])), tname(getitem(l, SL(null, null, null))), eqv(l, L(1, 2, 3)));
    }],
    ['class TT(tuple): pass', () => null],
    ['t = TT([1, 2]); (t, len(t), t[1], t + (3,), hash(t) == hash((1, 2)), t == (1, 2), t[:])', () => {
      const TT = makeClass('TT', 'tuple', {}, 1);
      const t = construct(TT, [L(1, 2)]);
      return Tu(t, len(t), getitem(t, 1), m(t, '__add__', [Tu(3)]), pyHash(t) === pyHash(Tu(1, 2)), eqv(t, Tu(1, 2)), getitem(t, SL(null, null, null)));
    }],
    ['class DD(dict):\n  def __missing__(s, k): return k * 2', () => null],
    ['d = DD(a=1); (d["a"], d["b"], d, d.get("c"), "c" in d)', () => {
      const DD = makeClass('DD', 'dict', { __missing__: (_s, k) => (typeof k === 'string' ? k + k : (k as number) * 2) }, 1);
      const d = construct(DD, [], { a: 1 });
      return Tu(getitem(d, 'a'), getitem(d, 'b'), d, m(d, 'get', ['c']), contains(d, 'c'));
    }],
  ],
};

export { V };
