// itertools.tee (with its _tee iterators and the _tee_dataobject links they share) and groupby
// (with its _grouper sub-iterators).
// CPython: Modules/itertoolsmodule.c (teedataobject_*, tee_*, itertools_tee_impl, groupby_*, _grouper_*).

import { I32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { Ref, STOP, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { raise, iter, next, call, callSpecial } from '../objects/protocol.js';
import { asSsizeStrict, richCompareBool, Cmp, checkPositional, noKeywords } from '../objects/coll_ops.js';
import { newTuple } from '../objects/tuple.js';
import { lookup, typeOf } from '../objects/typeobject.js';
import type { NativeSpec } from '../objects/native.js';
import { itertoolType, typeAddrOf, slot, slotOpt, put, addr } from './itertools_util.js';
import { iteratorMethods } from '../objects/coll_ops.js';

// ---- _tee_dataobject: [iterator, next link or empty, count read, running flag, values x LINKCELLS] -------

const LINKCELLS = 57;
const enum T { It, Next, NumRead, Running, Values }

const dataDef = defineBuiltinType({
  name: '_tee_dataobject',
  module: 'itertools',
  instanceSlots: T.Values + LINKCELLS,
  doc: 'teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (_t: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        noKeywords('teedataobject', kwargs);
        checkPositional('teedataobject', args.length, 3, 3);
        raise('TypeError', 'teedataobject() cannot be created from Python in ftpy (pickle support was removed in 3.14)');
      },
    },
  },
});

function newData(it: Value): number {
  const d = allocObj(TYPE_ADDR[dataDef.index]!, T.Values + LINKCELLS, 0);
  put(d, T.It, it);
  put(d, T.NumRead, 0);
  put(d, T.Running, false);
  return d;
}

/** teedataobject_getitem: value i of this link, reading the source iterator when i is the next unread. */
function dataGet(d: number, i: number): Value | typeof STOP {
  const numread = slot(d, T.NumRead) as number;
  if (i < numread) return slot(d, T.Values + i);
  if (slot(d, T.Running) === true) raise('RuntimeError', 'cannot re-enter the tee iterator');
  put(d, T.Running, true);
  let x: Value | typeof STOP;
  try {
    x = next(slot(d, T.It));
  } finally {
    put(d, T.Running, false);
  }
  if (x === STOP) return STOP;
  put(d, T.Values + i, x);
  put(d, T.NumRead, numread + 1);
  return x;
}

// ---- _tee: [data link, index in the link] ------------------------------------------------------------------

function newTee(type: number, data: number, index: number): Ref {
  const o = allocObj(type, 2, 0);
  put(o, 0, new Ref(data));
  put(o, 1, index);
  return new Ref(o);
}

function teeCopy(v: Value): Value {
  const o = addr(v);
  return newTee(I32[o >> 2]!, (slot(o, 0) as Ref).a, slot(o, 1) as number);
}

const teeDef = itertoolType({
  name: '_tee', nslots: 2,
  sig: '_tee(iterable, /)',
  doc: 'Iterator wrapped to make it copyable.',
  init(o, [iterable]) {
    const it = iter(iterable!);
    if (it instanceof Ref && I32[it.a >> 2] === typeAddrOf(teeDef)) {
      put(o, 0, slot(it.a, 0));
      put(o, 1, slot(it.a, 1));
    } else {
      put(o, 0, new Ref(newData(it)));
      put(o, 1, 0);
    }
  },
  next(o) {
    let d = (slot(o, 0) as Ref).a;
    let i = slot(o, 1) as number;
    if (i >= LINKCELLS) {
      let nx = slotOpt(d, T.Next);
      if (nx === undefined) {
        nx = new Ref(newData(slot(d, T.It)));
        put(d, T.Next, nx);
      }
      d = (nx as Ref).a;
      i = 0;
      put(o, 0, nx);
      put(o, 1, 0);
    }
    const x = dataGet(d, i);
    if (x === STOP) return STOP;
    put(o, 1, i + 1);
    return x;
  },
  extra: {
    methods: {
      __copy__: { sig: '__copy__($self, /)', doc: 'Returns an independent iterator.', fn: teeCopy },
    },
  },
});

/** tee(iterable, n=2): n independent iterators; the first is the iterable's own when it can copy itself. */
export const teeFunction: NativeSpec = {
  sig: 'tee($module, iterable, n=2, /)',
  doc: 'Returns a tuple of n independent iterators.',
  fn: ((iterable: Value, nv: Value): Value => {
    const n = asSsizeStrict(nv);
    if (n < 0) raise('ValueError', 'n must be >= 0');
    if (n === 0) return newTuple([]);
    const it = iter(iterable);
    const hasCopy = lookup(typeOf(it), '__copy__');
    let copyable: Value;
    if (hasCopy !== undefined && hasCopy !== null) copyable = it;
    else copyable = call(new Ref(typeAddrOf(teeDef)), [it]);
    const out: Value[] = [copyable];
    for (let i = 1; i < n; i++) {
      const c = callSpecial(copyable, '__copy__', []);
      if (c === undefined) raise('AttributeError', "object has no attribute '__copy__'");
      out.push(c);
    }
    return newTuple(out);
  }) as never,
};

// ---- groupby: [iterator, key func, target key, current key, current value, current grouper] -------------

const enum G { It, Key, Tgt, CurKey, CurValue, Grouper, Count }

/** groupby_step: reads the next value and its key; false at the end. */
function groupbyStep(o: number): boolean {
  const x = next(slot(o, G.It));
  if (x === STOP) return false;
  const kf = slot(o, G.Key);
  const k = kf === null ? x : call(kf, [x]);
  put(o, G.CurValue, x);
  put(o, G.CurKey, k);
  return true;
}

itertoolType({
  name: 'groupby', nslots: G.Count,
  sig: 'groupby(iterable, key=None)',
  doc: 'make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements '
    + 'to divide into groups according to the key function.\n  key\n    A function for computing the group '
    + 'category for each element.\n    If the key function is not specified or is None, the element itself\n    '
    + 'is used for grouping.',
  init(o, [iterable, key]) {
    put(o, G.It, iter(iterable!));
    put(o, G.Key, key!);
  },
  next(o) {
    put(o, G.Grouper, undefined);
    for (;;) {
      const cur = slotOpt(o, G.CurKey);
      if (cur !== undefined) {
        const tgt = slotOpt(o, G.Tgt);
        if (tgt === undefined) break;
        if (!richCompareBool(tgt, cur, Cmp.EQ)) break;
      }
      if (!groupbyStep(o)) return STOP;
    }
    const key = slot(o, G.CurKey);
    put(o, G.Tgt, key);
    const g = allocObj(typeAddrOf(grouperDef), 2, 0);
    put(g, 0, new Ref(o));
    put(g, 1, key);
    put(o, G.Grouper, new Ref(g));
    return newTuple([key, new Ref(g)]);
  },
});

// ---- _grouper: [parent groupby, target key] ---------------------------------------------------------------

function grouperNext(v: Value): Value | typeof STOP {
  const g = addr(v);
  const parent = (slot(g, 0) as Ref).a;
  const cur = slotOpt(parent, G.Grouper);
  if (!(cur instanceof Ref) || cur.a !== g) return STOP;
  if (slotOpt(parent, G.CurValue) === undefined && !groupbyStep(parent)) return STOP;
  if (!richCompareBool(slot(g, 1), slot(parent, G.CurKey), Cmp.EQ)) return STOP;
  const r = slot(parent, G.CurValue);
  put(parent, G.CurValue, undefined);
  return r;
}

const grouperDef = defineBuiltinType({
  name: '_grouper',
  module: 'itertools',
  instanceSlots: 2,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (_t: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        noKeywords('_grouper', kwargs);
        checkPositional('_grouper', args.length, 2, 2);
        raise('TypeError', '_grouper() objects are made by groupby');
      },
    },
    ...iteratorMethods(grouperNext),
  },
  slots: { iter: (v) => v, next: grouperNext },
});

export { grouperDef, dataDef };
