// The tuple type. A tuple is one heap object whose slots are its items; instances of tuple subclasses
// put their own slots (__dict__, __slots__) first, so item k of any tuple is slot
// (instance slots of its type) + k — 0 for exact tuples. CPython: Objects/tupleobject.c.

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { Ref, decode, encode, nslots, setSlot, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { lookupTagged } from './typeobject.js';
import { raise, repr, toArray, typeNameOf } from './protocol.js';
import { tupleHash } from './hash.js';
import {
  Cmp, pyHash, notImplemented, hasIndex, asSsize, eq, seqCompare, checkNewType, checkPositional,
  noKeywords, instanceSlotsOf, isInstance, hasUserReflected, reprEnter, reprLeave, genericAlias, MAXSIZE_NUM,
} from './coll_ops.js';
import { isSlice, sliceIndices, sliceIndexNotNone } from './slice.js';
import { makeTupleIter } from './iterators.js';
import { MISSING } from './native.js';
import { TypeFlag } from './layouts.js';

export let T_TUPLE = 0;
onTypesReady(() => {
  T_TUPLE = builtinTypeAddr('tuple');
});

// ---- storage --------------------------------------------------------------------------------------

/** Slot index of item 0 (0 for exact tuples; after the subclass's own slots otherwise). */
export function tupleOffset(a: number): number {
  const t = I32[a >> 2]!;
  return t === T_TUPLE ? 0 : instanceSlotsOf(t);
}

export function tupleLen(a: number): number {
  return nslots(a) - tupleOffset(a);
}

/** Item i (0 <= i < len). */
export function tupleGet(a: number, i: number): Value {
  return decode(I32[(a >> 2) + 2 + tupleOffset(a) + i]!)!;
}

export function tupleItems(a: number): Value[] {
  const off = (a >> 2) + 2 + tupleOffset(a);
  const n = tupleLen(a);
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = decode(I32[off + i]!)!;
  return out;
}

/** A new tuple (of `type`, exact tuple by default) holding `items`. */
export function newTuple(items: readonly Value[], type = T_TUPLE): Ref {
  const off = type === T_TUPLE ? 0 : instanceSlotsOf(type);
  const t = allocObj(type, off + items.length, 0);
  for (let i = 0; i < items.length; i++) setSlot(t, off + i, encode(items[i]!));
  return new Ref(t);
}

/** A tuple from already-encoded slot values (no boxing). */
export function newTupleTagged(tagged: readonly number[]): Ref {
  const t = allocObj(T_TUPLE, tagged.length, 0);
  for (let i = 0; i < tagged.length; i++) setSlot(t, i, tagged[i]!);
  return new Ref(t);
}

export function isTuple(v: Value): v is Ref {
  return isInstance(v, T_TUPLE);
}

export function isExactTuple(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_TUPLE;
}

// ---- operations ----------------------------------------------------------------------------------

function self(v: Value): number {
  return (v as Ref).a;
}

function tupleRepr(v: Value): string {
  const a = self(v);
  const n = tupleLen(a);
  if (n === 0) return '()';
  if (reprEnter(a)) return '(...)';
  try {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(repr(tupleGet(a, i)));
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  } finally {
    reprLeave(a);
  }
}

function tupleHashOf(v: Value): number | bigint {
  const a = self(v);
  const n = tupleLen(a);
  const hs: Array<number | bigint> = new Array(n);
  for (let i = 0; i < n; i++) hs[i] = pyHash(tupleGet(a, i));
  return tupleHash(hs);
}

function itemIndex(v: Value): number {
  return asSsize(v, 'IndexError');
}

function tupleSubscript(v: Value, key: Value): Value {
  const a = self(v);
  if (typeof key === 'number' && Number.isInteger(key)) {
    const n = tupleLen(a);
    const i = key < 0 ? key + n : key;
    if (i < 0 || i >= n) raise('IndexError', 'tuple index out of range');
    return tupleGet(a, i);
  }
  if (isSlice(key)) {
    const n = tupleLen(a);
    const [start, , step, len] = sliceIndices(key.a, n);
    if (len <= 0) return newTuple([]);
    if (start === 0 && step === 1 && len === n && I32[a >> 2] === T_TUPLE) return v;
    const out: number[] = new Array(len);
    const off = (a >> 2) + 2 + tupleOffset(a);
    for (let k = 0, i = start; k < len; k++, i += step) out[k] = I32[off + i]!;
    return newTupleTagged(out);
  }
  if (hasIndex(key)) {
    const n = tupleLen(a);
    let i = itemIndex(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'tuple index out of range');
    return tupleGet(a, i);
  }
  raise('TypeError', `tuple indices must be integers or slices, not ${typeNameOf(key)}`);
}

function tupleContains(v: Value, x: Value): boolean {
  const a = self(v);
  for (let i = 0; i < tupleLen(a); i++) if (eq(tupleGet(a, i), x)) return true;
  return false;
}

function concat(v: Value, w: Value): Value {
  if (!isTuple(w)) {
    if (hasUserReflected(w, '__radd__')) return notImplemented();
    raise('TypeError', `can only concatenate tuple (not "${typeNameOf(w)}") to tuple`);
  }
  const a = self(v);
  if (tupleLen(w.a) === 0 && I32[a >> 2] === T_TUPLE) return v;
  if (tupleLen(a) === 0 && I32[w.a >> 2] === T_TUPLE) return w;
  return newTuple([...tupleItems(a), ...tupleItems(w.a)]);
}

/** Sequence repeat count from the other operand, or undefined when it is not an index. */
export function repeatCount(other: Value): number | undefined {
  if (!hasIndex(other)) return undefined;
  return asSsize(other, 'OverflowError');
}

/** The TypeError (or NotImplemented for a class with __rmul__) for `seq * other` with a non-int. */
export function badRepeat(other: Value): Value {
  if (hasUserReflected(other, '__rmul__')) return notImplemented();
  raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(other)}'`);
}

const MAX_ITEMS = 0x7fffffff;

function repeat(v: Value, other: Value): Value {
  const n = repeatCount(other);
  if (n === undefined) return badRepeat(other);
  const a = self(v);
  const len = tupleLen(a);
  if (len === 0 || n <= 0) return newTuple([]);
  if (n === 1 && I32[a >> 2] === T_TUPLE) return v;
  if (len * n > MAX_ITEMS) raise('MemoryError', '');
  const src = tupleItems(a).map(encode);
  const out: number[] = new Array(len * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < len; i++) out[k * len + i] = src[i]!;
  return newTupleTagged(out);
}

function compareOp(op: Cmp) {
  return (v: Value, w: Value): Value => {
    if (!isTuple(w)) return notImplemented();
    const a = self(v);
    const b = w.a;
    return seqCompare(() => tupleLen(a), (i) => tupleGet(a, i), () => tupleLen(b), (i) => tupleGet(b, i), op, false);
  };
}

/** Lexicographic comparison of two item arrays (slice comparisons use it). */
export function tupleCompareItems(a: Value[], b: Value[], op: Cmp): Value {
  return seqCompare(() => a.length, (i) => a[i], () => b.length, (i) => b[i], op, false);
}

/** index()'s start and stop arguments as clamped positions (the `sys.maxsize` default arrives as MISSING). */
export function clampBounds(start: Value, stop: Value, n: number): [number, number] {
  let s = start === 0 ? 0 : sliceIndexNotNone(start);
  let e = stop === (MISSING as unknown) ? MAXSIZE_NUM : sliceIndexNotNone(stop);
  if (s < 0) {
    s += n;
    if (s < 0) s = 0;
  }
  if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  return [s, e];
}

/** Tuple constructor: tuple(iterable=(), /). */
function tupleNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_TUPLE);
  if (t === T_TUPLE || lookupTagged(t, '__init__') === lookupTagged(T_TUPLE, '__init__')) noKeywords('tuple', kwargs);
  checkPositional('tuple', args.length, 0, 1);
  if (args.length === 0) return newTuple([], t);
  const arg = args[0]!;
  if (t === T_TUPLE && isExactTuple(arg)) return arg;
  return newTuple(toArray(arg), t);
}

export const tupleType = defineBuiltinType({
  name: 'tuple',
  flags: TypeFlag.BaseType | TypeFlag.Sequence,
  instanceSlots: 0,
  doc: 'Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n'
    + 'If iterable is specified the tuple is initialized from iterable\'s items.\n\n'
    + 'If the argument is a tuple, the return value is the same object.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: tupleNew },
    __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => tupleRepr(v) },
    __hash__: { sig: '__hash__($self, /)', fn: (v: Value): Value => tupleHashOf(v) },
    __len__: { sig: '__len__($self, /)', fn: (v: Value): Value => tupleLen(self(v)) },
    __getitem__: { sig: '__getitem__($self, key, /)', fn: tupleSubscript },
    __contains__: { sig: '__contains__($self, key, /)', fn: tupleContains },
    __iter__: { sig: '__iter__($self, /)', fn: (v: Value): Value => makeTupleIter(self(v)) },
    __add__: { sig: '__add__($self, value, /)', fn: concat },
    __mul__: { sig: '__mul__($self, value, /)', fn: repeat },
    __rmul__: { sig: '__rmul__($self, value, /)', fn: repeat },
    __eq__: { sig: '__eq__($self, value, /)', fn: compareOp(Cmp.EQ) },
    __ne__: { sig: '__ne__($self, value, /)', fn: compareOp(Cmp.NE) },
    __lt__: { sig: '__lt__($self, value, /)', fn: compareOp(Cmp.LT) },
    __le__: { sig: '__le__($self, value, /)', fn: compareOp(Cmp.LE) },
    __gt__: { sig: '__gt__($self, value, /)', fn: compareOp(Cmp.GT) },
    __ge__: { sig: '__ge__($self, value, /)', fn: compareOp(Cmp.GE) },
    __getnewargs__: {
      sig: '__getnewargs__($self, /)', kind: 'method',
      fn: (v: Value): Value => newTuple([newTuple(tupleItems(self(v)))]),
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
    count: {
      sig: 'count($self, value, /)',
      fn: (v: Value, x: Value): Value => {
        const a = self(v);
        let c = 0;
        for (let i = 0; i < tupleLen(a); i++) if (eq(tupleGet(a, i), x)) c++;
        return c;
      },
    },
    index: {
      sig: 'index($self, value, start=0, stop=sys.maxsize, /)',
      fn: (v: Value, x: Value, start: Value, stop: Value): Value => {
        const a = self(v);
        const [s, e] = clampBounds(start, stop, tupleLen(a));
        for (let i = s; i < e && i < tupleLen(a); i++) if (eq(tupleGet(a, i), x)) return i;
        raise('ValueError', 'tuple.index(x): x not in tuple');
      },
    },
  },
  slots: {
    repr: tupleRepr,
    hash: tupleHashOf,
    len: (v) => tupleLen(self(v)),
    getitem: tupleSubscript,
    contains: tupleContains,
    iter: (v) => makeTupleIter(self(v)),
  },
});

