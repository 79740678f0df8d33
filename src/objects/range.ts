// The range type and its iterators. A range stores start, stop, step and length as ints (numbers,
// or bigints for huge ranges), so len/contains/index/count/item are O(1) arithmetic at any size.
// range_iterator runs on float64 words when every value fits in ±(2^53-1), else on bigints in slots
// (longrange_iterator when a value does not fit in a C long, as in CPython). CPython:
// Objects/rangeobject.c.

import { I32, F64 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { RangeSlot, TypeFlag } from './layouts.js';
import { Ref, STOP, decode, encode, getSlot, rawBase, setSlot, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { raise, repr, iter, next, typeNameOf } from './protocol.js';
import { tupleHash } from './hash.js';
import {
  asIndex, hasIndex, pyHash, eq, notImplemented, checkNewType, checkPositional, noKeywords, normInt, Cmp, getBuiltin, setstateIndexValue,
} from './coll_ops.js';
import { isSlice, sliceLongIndices } from './slice.js';
import { newTuple } from './tuple.js';
import { iteratorMethods } from './coll_ops.js';

let T_RANGE = 0;
let T_RANGEITER = 0;
let T_LONGRANGEITER = 0;
onTypesReady(() => {
  T_RANGE = builtinTypeAddr('range');
  T_RANGEITER = builtinTypeAddr('range_iterator');
  T_LONGRANGEITER = builtinTypeAddr('longrange_iterator');
});

type Int = number | bigint;
const SAFE = 9007199254740991;
const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

function small(x: Int): x is number {
  return typeof x === 'number' && x >= -0x7fffffff && x <= 0x7fffffff;
}

/** Number of items of range(start, stop, step) (CPython: compute_range_length). */
export function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (small(start) && small(stop) && small(step)) {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start);
  const b = BigInt(stop);
  const s = BigInt(step);
  if (s > 0n) return a < b ? normInt((b - a - 1n) / s + 1n) : 0;
  return a > b ? normInt((a - b - 1n) / -s + 1n) : 0;
}

function add(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -SAFE && r <= SAFE) return r;
  }
  return normInt(BigInt(a) + BigInt(b));
}

function mul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -SAFE && r <= SAFE) return r === 0 ? 0 : r; // never -0: it would read as a float
  }
  return normInt(BigInt(a) * BigInt(b));
}

export function newRange(start: Int, stop: Int, step: Int): Ref {
  const r = allocObj(T_RANGE, RangeSlot.Count, 0);
  setSlot(r, RangeSlot.Start, encode(start));
  setSlot(r, RangeSlot.Stop, encode(stop));
  setSlot(r, RangeSlot.Step, encode(step));
  setSlot(r, RangeSlot.Length, encode(rangeLength(start, stop, step)));
  return new Ref(r);
}

export interface RangeParts {
  start: Int;
  stop: Int;
  step: Int;
  len: Int;
}

export function rangeParts(r: number): RangeParts {
  return {
    start: decode(getSlot(r, RangeSlot.Start)) as Int,
    stop: decode(getSlot(r, RangeSlot.Stop)) as Int,
    step: decode(getSlot(r, RangeSlot.Step)) as Int,
    len: decode(getSlot(r, RangeSlot.Length)) as Int,
  };
}

export function isRange(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_RANGE;
}

function parts(v: Value): RangeParts {
  return rangeParts((v as Ref).a);
}

/** Is x (an int) one of the range's items? (range_contains_long) */
function containsInt(p: RangeParts, x: Int): boolean {
  const inBounds = p.step > 0 ? p.start <= x && x < p.stop : p.stop < x && x <= p.start;
  if (!inBounds) return false;
  if (typeof x === 'number' && typeof p.start === 'number' && typeof p.step === 'number') return (x - p.start) % p.step === 0;
  return (BigInt(x) - BigInt(p.start)) % BigInt(p.step) === 0n;
}

function exactInt(x: Value): Int | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : undefined;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return undefined;
}

function rangeContains(v: Value, x: Value): boolean {
  const n = exactInt(x);
  if (n !== undefined) return containsInt(parts(v), n);
  const it = iter(v);
  for (;;) {
    const y = next(it);
    if (y === STOP) return false;
    if (eq(y, x)) return true;
  }
}

function itemAt(p: RangeParts, i: Int): Int {
  return add(p.start, mul(i, p.step));
}

function rangeSubscript(v: Value, key: Value): Value {
  const p = parts(v);
  if (isSlice(key)) {
    const [s, e, st] = sliceLongIndices(key.a, BigInt(p.len));
    return newRange(itemAt(p, normInt(s)), itemAt(p, normInt(e)), mul(normInt(st), p.step));
  }
  if (!hasIndex(key)) raise('TypeError', `range indices must be integers or slices, not ${typeNameOf(key)}`);
  let i = asIndex(key);
  if (i < 0) i = add(i, p.len);
  if (i < 0 || i >= p.len) raise('IndexError', 'range object index out of range');
  return itemAt(p, i);
}

/** len(r): the exact length (a bigint past 2^53), or OverflowError past C's ssize_t. */
function rangeLenExact(v: Value): Int {
  const n = parts(v).len;
  if (typeof n === 'bigint' && n > LONG_MAX) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

/** The len slot returns a JS number: lengths past 2^53 come out rounded (__len__ is exact). */
function rangeLen(v: Value): number {
  return Number(rangeLenExact(v));
}

function rangeRepr(v: Value): string {
  const p = parts(v);
  return p.step === 1 ? `range(${repr(p.start)}, ${repr(p.stop)})` : `range(${repr(p.start)}, ${repr(p.stop)}, ${repr(p.step)})`;
}

function rangeHash(v: Value): Int {
  const p = parts(v);
  if (p.len === 0) return tupleHash([pyHash(0), pyHash(null), pyHash(null)]);
  if (p.len === 1) return tupleHash([pyHash(1), pyHash(p.start), pyHash(null)]);
  return tupleHash([pyHash(p.len), pyHash(p.start), pyHash(p.step)]);
}

/** range_equals: equal as sequences. */
function rangeEquals(x: RangeParts, y: RangeParts): boolean {
  // eslint-disable-next-line eqeqeq -- number/bigint compare exactly with ==
  if (x.len != y.len) return false;
  if (x.len === 0) return true;
  // eslint-disable-next-line eqeqeq
  if (x.start != y.start) return false;
  if (x.len === 1) return true;
  // eslint-disable-next-line eqeqeq
  return x.step == y.step;
}

function rangeCompare(op: Cmp) {
  return (v: Value, w: Value): Value => {
    if (!isRange(w) || (op !== Cmp.EQ && op !== Cmp.NE)) return notImplemented();
    const r = (v as Ref).a === w.a || rangeEquals(parts(v), parts(w));
    return op === Cmp.EQ ? r : !r;
  };
}

function rangeNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  checkNewType(type, T_RANGE);
  noKeywords('range', kwargs);
  checkPositional('range', args.length, 1, 3);
  if (args.length === 1) return newRange(0, asIndex(args[0]!), 1);
  const start = asIndex(args[0]!);
  const stop = asIndex(args[1]!);
  let step: Int = 1;
  if (args.length === 3) {
    step = asIndex(args[2]!);
    // eslint-disable-next-line eqeqeq
    if (step == 0) raise('ValueError', 'range() arg 3 must not be zero');
  }
  return newRange(start, stop, step);
}

function indexOf(v: Value, x: Value): Value {
  const p = parts(v);
  const n = exactInt(x);
  if (n !== undefined) {
    if (!containsInt(p, n)) raise('ValueError', 'range.index(x): x not in range');
    if (typeof n === 'number' && typeof p.start === 'number' && typeof p.step === 'number') return (n - p.start) / p.step + 0;
    return normInt((BigInt(n) - BigInt(p.start)) / BigInt(p.step));
  }
  const it = iter(v);
  for (let i = 0; ; i++) {
    const y = next(it);
    if (y === STOP) raise('ValueError', 'sequence.index(x): x not in sequence');
    if (eq(y, x)) return i;
  }
}

function countOf(v: Value, x: Value): Value {
  const n = exactInt(x);
  if (n !== undefined) return containsInt(parts(v), n) ? 1 : 0;
  let c = 0;
  const it = iter(v);
  for (;;) {
    const y = next(it);
    if (y === STOP) return c;
    if (eq(y, x)) c++;
  }
}

// ---- iterators ----------------------------------------------------------------------------------------

// Slots [cur, step, left] hold ints in the bigint representation; slot 0 is 0 in the float64 one,
// whose raw words are [cur, step, left] as doubles.
const S_CUR = 0;
const S_STEP = 1;
const S_LEFT = 2;

function fitsLong(x: Int): boolean {
  return typeof x === 'number' || (x >= LONG_MIN && x <= LONG_MAX);
}

function fitsSafe(x: Int): boolean {
  return typeof x === 'number';
}

/** An iterator over start, start+step, ... (len items). */
export function makeRangeIter(start: Int, step: Int, len: Int): Value {
  const end = add(start, mul(len, step));
  const isLong = !(fitsLong(start) && fitsLong(end) && fitsLong(step) && fitsLong(len));
  const o = allocObj(isLong ? T_LONGRANGEITER : T_RANGEITER, 3, 24);
  if (fitsSafe(start) && fitsSafe(end) && fitsSafe(step) && fitsSafe(len) && !isLong) {
    const f = rawBase(o) >> 3;
    F64[f] = start as number;
    F64[f + 1] = step as number;
    F64[f + 2] = len as number;
  } else {
    setSlot(o, S_CUR, encode(start));
    setSlot(o, S_STEP, encode(step));
    setSlot(o, S_LEFT, encode(len));
  }
  return new Ref(o);
}

function isFast(o: number): boolean {
  return getSlot(o, S_CUR) === 0;
}

function iterState(o: number): [Int, Int, Int] {
  if (isFast(o)) {
    const f = rawBase(o) >> 3;
    return [F64[f]!, F64[f + 1]!, F64[f + 2]!];
  }
  return [decode(getSlot(o, S_CUR)) as Int, decode(getSlot(o, S_STEP)) as Int, decode(getSlot(o, S_LEFT)) as Int];
}

export function rangeIterNext(v: Value): Value | typeof STOP {
  const o = (v as Ref).a;
  if (isFast(o)) {
    const f = rawBase(o) >> 3;
    const left = F64[f + 2]!;
    if (left <= 0) return STOP;
    const cur = F64[f]!;
    F64[f + 2] = left - 1;
    if (left > 1) F64[f] = cur + F64[f + 1]!;
    return cur;
  }
  const [cur, step, left] = iterState(o);
  if (left <= 0) return STOP;
  setSlot(o, S_LEFT, encode(add(left, -1)));
  setSlot(o, S_CUR, encode(add(cur, step)));
  return cur;
}

function rangeIterReduce(v: Value): Value {
  const [cur, step, left] = iterState((v as Ref).a);
  return newTuple([getBuiltin('iter'), newTuple([newRange(cur, add(cur, mul(left, step)), step)]), null]);
}

function rangeIterSetstate(v: Value, state: Value): Value {
  const o = (v as Ref).a;
  const [cur, step, left] = iterState(o);
  let i = setstateIndexValue(state);
  if (i < 0) i = 0;
  else if (i > left) i = left;
  const ncur = add(cur, mul(i, step));
  const nleft = add(left, typeof i === 'number' ? -i : -i);

  if (isFast(o)) {
    const f = rawBase(o) >> 3;
    F64[f] = ncur as number;
    F64[f + 2] = nleft as number;
  } else {
    setSlot(o, S_CUR, encode(ncur));
    setSlot(o, S_LEFT, encode(nleft));
  }
  return null;
}

for (const name of ['range_iterator', 'longrange_iterator']) {
  defineBuiltinType({
    name,
    instanceSlots: 3,
    methods: {
      ...iteratorMethods(rangeIterNext),
      __length_hint__: {
        sig: '__length_hint__($self, /)', kind: 'method',
        fn: (v: Value): Value => iterState((v as Ref).a)[2],
      },
      __reduce__: { sig: '__reduce__($self, /)', kind: 'method', fn: rangeIterReduce },
      __setstate__: { sig: '__setstate__($self, object, /)', kind: 'method', fn: rangeIterSetstate },
    },
    slots: { iter: (v) => v, next: rangeIterNext },
  });
}

function rangeIter(v: Value): Value {
  const p = parts(v);
  return makeRangeIter(p.start, p.step, p.len);
}

function rangeReversed(v: Value): Value {
  const p = parts(v);
  return makeRangeIter(add(p.start, mul(add(p.len, -1), p.step)), mul(p.step, -1), p.len);
}

defineBuiltinType({
  name: 'range',
  instanceSlots: RangeSlot.Count,
  flags: TypeFlag.Sequence,
  doc: 'range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a '
    + 'sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., '
    + 'j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid '
    + 'indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: rangeNew },
    __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => rangeRepr(v) },
    __hash__: { sig: '__hash__($self, /)', fn: rangeHash },
    __len__: { sig: '__len__($self, /)', fn: rangeLenExact },
    __bool__: { sig: '__bool__($self, /)', fn: (v: Value): Value => parts(v).len !== 0 },
    __getitem__: { sig: '__getitem__($self, key, /)', fn: rangeSubscript },
    __contains__: { sig: '__contains__($self, key, /)', fn: rangeContains },
    __iter__: { sig: '__iter__($self, /)', fn: rangeIter },
    __reversed__: { sig: '__reversed__($self, /)', kind: 'method', fn: rangeReversed },
    __eq__: { sig: '__eq__($self, value, /)', fn: rangeCompare(Cmp.EQ) },
    __ne__: { sig: '__ne__($self, value, /)', fn: rangeCompare(Cmp.NE) },
    __lt__: { sig: '__lt__($self, value, /)', fn: rangeCompare(Cmp.LT) },
    __le__: { sig: '__le__($self, value, /)', fn: rangeCompare(Cmp.LE) },
    __gt__: { sig: '__gt__($self, value, /)', fn: rangeCompare(Cmp.GT) },
    __ge__: { sig: '__ge__($self, value, /)', fn: rangeCompare(Cmp.GE) },
    __reduce__: {
      sig: '__reduce__($self, /)', kind: 'method',
      fn: (v: Value): Value => {
        const p = parts(v);
        return newTuple([new Ref(T_RANGE), newTuple([p.start, p.stop, p.step])]);
      },
    },
    count: { sig: 'count($self, object, /)', fn: countOf },
    index: { sig: 'index($self, object, /)', fn: indexOf },
  },
  getsets: {
    start: { get: (v: Value): Value => parts(v).start, member: true },
    stop: { get: (v: Value): Value => parts(v).stop, member: true },
    step: { get: (v: Value): Value => parts(v).step, member: true },
  },
  slots: {
    repr: rangeRepr,
    hash: rangeHash,
    len: rangeLen,
    bool: (v) => parts(v).len !== 0,
    getitem: rangeSubscript,
    contains: rangeContains,
    iter: rangeIter,
  },
});

// ---- for loops over a range (gen_stmt.ts genFor) ------------------------------------------------
// A loop over an exact range whose start, stop, step and length are all small ints counts in JS
// numbers (every value lies between start and stop, so it is exact). CPython: FOR_ITER_RANGE.

/** The number of items of `v` if it is an exact range of small ints, else -1. */
export function rangeLeft(v: Value): number {
  if (!(v instanceof Ref) || I32[v.a >> 2] !== T_RANGE) return -1;
  const a = v.a;
  const n = getSlot(a, RangeSlot.Length);
  if ((n & getSlot(a, RangeSlot.Start) & getSlot(a, RangeSlot.Stop) & getSlot(a, RangeSlot.Step) & 1) === 0) return -1;
  return n >> 1;
}

/** start of a range rangeLeft accepted. */
export function rangeStart(v: Value): number {
  return getSlot((v as Ref).a, RangeSlot.Start) >> 1;
}

/** step of a range rangeLeft accepted. */
export function rangeStep(v: Value): number {
  return getSlot((v as Ref).a, RangeSlot.Step) >> 1;
}
