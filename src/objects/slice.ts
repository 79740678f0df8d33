// The slice type, and the index arithmetic every sequence uses for s[i:j:k]: unpacking a slice into
// clamped machine indices and adjusting them to a length (CPython: Objects/sliceobject.c
// PySlice_Unpack, PySlice_AdjustIndices, _PySlice_GetLongIndices, slice_hash, slice_richcompare).

import { allocObj } from './alloc.js';
import { SliceSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { raise, repr } from './protocol.js';
import { I32 } from '../heap/index.js';
import {
  asIndex, asSsize, hasIndex, pyHash, notImplemented, checkPositional, noKeywords, checkNewType,
  MAXSIZE_NUM, MINSIZE_NUM, normInt, Cmp, reprEnter, reprLeave, arrayCompare, identityCompare,
} from './coll_ops.js';
import { newTuple } from './tuple.js';

export let T_SLICE = 0;
onTypesReady(() => {
  T_SLICE = builtinTypeAddr('slice');
});

export function newSlice(start: Value, stop: Value, step: Value): Ref {
  const s = allocObj(T_SLICE, SliceSlot.Count, 0);
  setSlot(s, SliceSlot.Start, encode(start));
  setSlot(s, SliceSlot.Stop, encode(stop));
  setSlot(s, SliceSlot.Step, encode(step));
  return new Ref(s);
}

export function isSlice(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_SLICE;
}

export function sliceStart(s: number): Value {
  return decode(getSlot(s, SliceSlot.Start))!;
}
export function sliceStop(s: number): Value {
  return decode(getSlot(s, SliceSlot.Stop))!;
}
export function sliceStep(s: number): Value {
  return decode(getSlot(s, SliceSlot.Step))!;
}

const SLICE_INDEX_MSG = 'slice indices must be integers or None or have an __index__ method';

/** _PyEval_SliceIndex: an index clamped to the ssize range; `dflt` when v is None. */
function sliceIndex(v: Value, dflt: number): number {
  if (v === null) return dflt;
  if (!hasIndex(v)) raise('TypeError', SLICE_INDEX_MSG);
  return asSsize(v, null);
}

/** _PyEval_SliceIndexNotNone (list.index/tuple.index start and stop arguments). */
export function sliceIndexNotNone(v: Value): number {
  if (!hasIndex(v)) raise('TypeError', 'slice indices must be integers or have an __index__ method');
  return asSsize(v, null);
}

/** PySlice_Unpack: [start, stop, step] with defaults for None, clamped to ±2^63. */
export function sliceUnpack(s: number): [number, number, number] {
  const stepV = sliceStep(s);
  let step = 1;
  if (stepV !== null) {
    step = sliceIndex(stepV, 1);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  const start = sliceIndex(sliceStart(s), step < 0 ? MAXSIZE_NUM : 0);
  const stop = sliceIndex(sliceStop(s), step < 0 ? MINSIZE_NUM : MAXSIZE_NUM);
  return [start, stop, step];
}

/** The adjusted [start, stop, step, slicelength] of a slice over `length` items. */
export function sliceIndices(s: number, length: number): [number, number, number, number] {
  const [start, stop, step] = sliceUnpack(s);
  return adjustIndices(length, start, stop, step);
}

/** PySlice_AdjustIndices. */
export function adjustIndices(length: number, start: number, stop: number, step: number): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    n = Math.floor((stop - start - 1) / step) + 1;
  }
  return [start, stop, step, n];
}

function bigIndexOf(v: Value): bigint {
  if (!hasIndex(v)) raise('TypeError', SLICE_INDEX_MSG);
  return BigInt(asIndex(v));
}

/** _PySlice_GetLongIndices: exact [start, stop, step] for any int length (slice.indices, range slicing). */
export function sliceLongIndices(s: number, length: bigint): [bigint, bigint, bigint] {
  const stepV = sliceStep(s);
  let step = 1n;
  if (stepV !== null) {
    step = bigIndexOf(stepV);
    if (step === 0n) raise('ValueError', 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: Value, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let x = bigIndexOf(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    return x;
  };
  const start = clamp(sliceStart(s), neg ? upper : lower);
  const stop = clamp(sliceStop(s), neg ? lower : upper);
  return [start, stop, step];
}

// ---- the type ---------------------------------------------------------------------------------------

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

/** slice_hash: the tuple hash of (start, stop, step) without the length term (3.12+). */
function sliceHash(s: number): number | bigint {
  let acc = XXPRIME_5;
  for (const v of [sliceStart(s), sliceStop(s), sliceStep(s)]) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(v)));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  if (acc === MASK64) return 1546275796;
  return normInt(BigInt.asIntN(64, acc));
}

function sliceRepr(self: Value): string {
  const s = (self as Ref).a;
  if (reprEnter(s)) return '...';
  try {
    return `slice(${repr(sliceStart(s))}, ${repr(sliceStop(s))}, ${repr(sliceStep(s))})`;
  } finally {
    reprLeave(s);
  }
}

function compareOp(op: Cmp) {
  return (self: Value, other: Value): Value => {
    if (!isSlice(other)) return notImplemented();
    const a = (self as Ref).a;
    const b = other.a;
    const items = (x: number): Value[] => [sliceStart(x), sliceStop(x), sliceStep(x)];
    if (a === b) return identityCompare(op);
    return arrayCompare(items(a), items(b), op);
  };
}

defineBuiltinType({
  name: 'slice',
  instanceSlots: SliceSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        checkNewType(type, T_SLICE);
        noKeywords('slice', kwargs);
        checkPositional('slice', args.length, 1, 3);
        if (args.length === 1) return newSlice(null, args[0]!, null);
        return newSlice(args[0]!, args[1]!, args.length === 3 ? args[2]! : null);
      },
    },
    __repr__: { sig: '__repr__($self, /)', fn: (self: Value): Value => sliceRepr(self) },
    __hash__: { sig: '__hash__($self, /)', fn: (self: Value): Value => sliceHash((self as Ref).a) },
    __eq__: { sig: '__eq__($self, value, /)', fn: compareOp(Cmp.EQ) },
    __ne__: { sig: '__ne__($self, value, /)', fn: compareOp(Cmp.NE) },
    __lt__: { sig: '__lt__($self, value, /)', fn: compareOp(Cmp.LT) },
    __le__: { sig: '__le__($self, value, /)', fn: compareOp(Cmp.LE) },
    __gt__: { sig: '__gt__($self, value, /)', fn: compareOp(Cmp.GT) },
    __ge__: { sig: '__ge__($self, value, /)', fn: compareOp(Cmp.GE) },
    indices: {
      sig: 'indices($self, object, /)',
      fn: (self: Value, len: Value): Value => {
        const length = BigInt(asIndex(len));
        if (length < 0n) raise('ValueError', 'length should not be negative');
        const [a, b, c] = sliceLongIndices((self as Ref).a, length);
        return newTuple([normInt(a), normInt(b), normInt(c)]);
      },
    },
    __reduce__: {
      sig: '__reduce__($self, /)', kind: 'method',
      fn: (self: Value): Value => {
        const s = (self as Ref).a;
        return newTuple([new Ref(T_SLICE), newTuple([sliceStart(s), sliceStop(s), sliceStep(s)])]);
      },
    },
  },
  getsets: {
    start: { get: (self: Value): Value => sliceStart((self as Ref).a), member: true },
    stop: { get: (self: Value): Value => sliceStop((self as Ref).a), member: true },
    step: { get: (self: Value): Value => sliceStep((self as Ref).a), member: true },
  },
  slots: {
    repr: sliceRepr,
    hash: (self) => sliceHash((self as Ref).a),
  },
});
