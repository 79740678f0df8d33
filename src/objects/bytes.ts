// The bytes type. A bytes object is a heap object whose raw area holds [length, cached hash, flags,
// pad] and then the bytes; instances of subclasses have their own slots first (rawBase skips them).
// Immutable, so readers need no lock. Also bytes_iterator. CPython: Objects/bytesobject.c.

import { unexpectedKeyword } from './native.js';
import { I32, U8 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeFlag } from './layouts.js';
import { Ref, rawBase, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { isSubtype, lookup, typeOf } from './typeobject.js';
import { raise, typeNameOf, callDescriptor, toArray, iter, call } from './protocol.js';
import { strHash32 } from './hash.js';
import { reprBytes } from '../parser/repr.js';
import {
  Cmp, notImplemented, hasIndex, asSsize, checkNewType, instanceSlotsOf,
  exceptionMatches,
} from './coll_ops.js';
import { newTuple } from './tuple.js';
import { isSlice, sliceIndices } from './slice.js';
import { repeatCount, badRepeat } from './tuple.js';
import { registerBufferProvider, bufferBytes } from './buffer.js';
import { sharedBytesMethods, byteValue, bytesLike } from './bytes_methods.js';
import { isStr, strOf, strArg } from './str_type.js';
import { encodeStr } from './codecs_native.js';
import { percentFormatBytes } from './strfmt_percent.js';
import { makeMemoryview } from './memoryview.js';
import { defineByteIterator } from './bytes_iter.js';


const R_LEN = 0;
const R_HASH = 4;
const R_FLAGS = 8;
const R_DATA = 16;

export let T_BYTES = 0;
onTypesReady(() => {
  T_BYTES = builtinTypeAddr('bytes');
});

// ---- storage ---------------------------------------------------------------------------------------

/** A new bytes object (of `type`, exact bytes by default) holding a copy of `d`. */
export function newBytes(d: ArrayLike<number>, type = T_BYTES): Ref {
  const a = allocObj(type, type === T_BYTES ? 0 : instanceSlotsOf(type), R_DATA + d.length);
  const base = rawBase(a);
  I32[(base + R_LEN) >> 2] = d.length;
  U8.set(d, base + R_DATA);
  return new Ref(a);
}

export function isBytes(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_BYTES || isSubtype(I32[v.a >> 2]!, T_BYTES));
}

export function bytesLen(a: number): number {
  return I32[(rawBase(a) + R_LEN) >> 2]!;
}

/** Heap address of the first byte. */
export function bytesAddr(a: number): number {
  return rawBase(a) + R_DATA;
}

/** A JS copy of the contents. */
export function bytesData(a: number): Uint8Array {
  const p = bytesAddr(a);
  return U8.slice(p, p + bytesLen(a));
}

function self(v: Value): number {
  return (v as Ref).a;
}

const data = (v: Value): Uint8Array => bytesData(self(v));

/** hash(b) equals hash() of the str with the same code points, as in CPython. */
function bytesHash(v: Value): number {
  const a = self(v);
  const base = rawBase(a);
  if (I32[(base + R_FLAGS) >> 2]! & 1) return I32[(base + R_HASH) >> 2]!;
  const d = bytesData(a);
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  const h = strHash32(s);
  I32[(base + R_HASH) >> 2] = h;
  I32[(base + R_FLAGS) >> 2] = 1;
  return h;
}

registerBufferProvider(() => T_BYTES, {
  get: (v, writable) => {
    if (writable) raise('BufferError', 'Object is not writable.');
    return { obj: v, addr: bytesAddr(v.a), readonly: true, itemsize: 1, format: 'B', shape: [bytesLen(v.a)], strides: [1] };
  },
  copy: (v) => bytesData(v.a),
});

// ---- construction ----------------------------------------------------------------------------------

/**
 * The contents for bytes(x) / bytearray(x) without encoding (PyBytes_FromObject and the int and
 * iterable cases); `what` names the type in errors.
 */
export function bytesFromObject(x: Value, what: 'bytes' | 'bytearray'): Uint8Array {
  const b = bufferBytes(x);
  if (b !== null) return b;
  if (hasIndex(x)) {
    const n = asSsize(x, 'OverflowError');
    if (n < 0) raise('ValueError', 'negative count');
    return new Uint8Array(n);
  }
  let it: Value;
  try {
    if (isStr(x)) raise('TypeError', '');
    it = iter(x);
  } catch (e) {
    if (!exceptionMatches(e, 'TypeError')) throw e;
    raise('TypeError', `cannot convert '${typeNameOf(x)}' object to ${what}`);
  }
  const items = toArray(it);
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const n = asSsize(x, 'OverflowError');
    if (n < 0 || n > 255) raise('ValueError', what === 'bytes' ? 'bytes must be in range(0, 256)' : 'byte must be in range(0, 256)');
    out[i] = n;
  });
  return out;
}

/** bytes(source=..., encoding=..., errors=...) (bytes_new_impl). */
function bytesNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_BYTES);
  if (args.length > 3) raise('TypeError', `bytes() takes at most 3 arguments (${args.length} given)`);
  const names = ['source', 'encoding', 'errors'];
  const bound: Array<Value | undefined> = [args[0], args[1], args[2]];
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) unexpectedKeyword('bytes', names, k);
    if (bound[i] !== undefined) raise('TypeError', `argument for bytes() given by name ('${k}') and position (${i + 1})`);
    bound[i] = v;
  }
  const [x, enc, errs] = bound;
  const encoding = enc === undefined ? undefined : strArg(enc, (tn) => `bytes() argument 'encoding' must be str, not ${tn}`);
  const errors = errs === undefined ? undefined : strArg(errs, (tn) => `bytes() argument 'errors' must be str, not ${tn}`);
  let d: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
    if (errors !== undefined) raise('TypeError', 'errors without a string argument');
    d = new Uint8Array(0);
  } else if (encoding !== undefined) {
    if (!isStr(x)) raise('TypeError', 'encoding without a string argument');
    d = encodeStr(strOf(x), encoding, errors ?? 'strict');
  } else if (errors !== undefined) {
    raise('TypeError', isStr(x) ? 'string argument without an encoding' : 'errors without a string argument');
  } else {
    const m = x instanceof Ref ? lookup(typeOf(x), '__bytes__') : undefined;
    if (m !== undefined && m !== null) {
      const r = callDescriptor(m, x, typeOf(x), []);
      if (!isBytes(r)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      if (t === T_BYTES) return r;
      d = bytesData(r.a);
    } else if (isStr(x)) {
      raise('TypeError', 'string argument without an encoding');
    } else {
      if (t === T_BYTES && x instanceof Ref && I32[x.a >> 2] === T_BYTES) return x;
      d = bytesFromObject(x, 'bytes');
    }
  }
  return newBytes(d, t);
}

// ---- dunders ---------------------------------------------------------------------------------------

function subscript(v: Value, key: Value): Value {
  const a = self(v);
  const n = bytesLen(a);
  if ((typeof key === 'number' && Number.isInteger(key)) || (!isSlice(key) && hasIndex(key))) {
    let i = typeof key === 'number' ? key : asSsize(key, 'IndexError');
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'index out of range');
    return U8[bytesAddr(a) + i]!;
  }
  if (isSlice(key)) {
    const [start, , step, len] = sliceIndices(key.a, n);
    const p = bytesAddr(a);
    if (step === 1) return newBytes(U8.subarray(p + start, p + start + len));
    const out = new Uint8Array(Math.max(len, 0));
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = U8[p + j]!;
    return newBytes(out);
  }
  raise('TypeError', `byte indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** `x in b`: an int in range(256) or a bytes-like subsequence. */
export function bytesContains(d: Uint8Array, x: Value): boolean {
  if (hasIndex(x)) return d.includes(byteValue(x));
  const sub = bytesLike(x);
  if (sub.length === 0) return true;
  for (let i = d.indexOf(sub[0]!); i >= 0 && i + sub.length <= d.length; i = d.indexOf(sub[0]!, i + 1)) {
    let k = 1;
    while (k < sub.length && d[i + k] === sub[k]) k++;
    if (k === sub.length) return true;
  }
  return false;
}

function concat(v: Value, w: Value): Value {
  const b = bufferBytes(w);
  if (b === null) raise('TypeError', `can't concat ${typeNameOf(w)} to ${typeNameOf(v)}`);
  const d = data(v);
  const out = new Uint8Array(d.length + b.length);
  out.set(d);
  out.set(b, d.length);
  return newBytes(out);
}

function repeat(v: Value, other: Value): Value {
  const n = repeatCount(other);
  if (n === undefined) return badRepeat(other);
  const d = data(v);
  if (n <= 0 || d.length === 0) return newBytes([]);
  if (d.length * n > 0x7fffffff) raise('OverflowError', 'repeated bytes are too long');
  const out = new Uint8Array(d.length * n);
  for (let k = 0; k < n; k++) out.set(d, k * d.length);
  return newBytes(out);
}

/** Three-way comparison of byte strings (memcmp, then lengths). */
export function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

export function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

function compare(op: Cmp) {
  return (v: Value, w: Value): Value => {
    if (!isBytes(w)) return notImplemented();
    return cmpResult(compareBytes(data(v), data(w)), op);
  };
}

// ---- iterator --------------------------------------------------------------------------------------

const newIter = defineByteIterator('bytes_iterator', { len: bytesLen, addr: bytesAddr, clampToLen: true });

function makeIter(v: Value): Value {
  return newIter(self(v));
}

// ---- the type --------------------------------------------------------------------------------------

const m = (sig: string, fn: (...args: never[]) => Value): { sig: string; fn: (...args: never[]) => Value } => ({ sig, fn });

export const bytesType = defineBuiltinType({
  name: 'bytes',
  flags: TypeFlag.BaseType,
  instanceSlots: 0,
  doc: 'bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable '
    + 'copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null '
    + 'bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable '
    + 'yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object '
    + 'implementing the buffer API.\n  - an integer',
  methods: {
    ...sharedBytesMethods(data, (d) => newBytes(d), (cls, d) => bytesForClass(cls, d), true),
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: bytesNew },
    __repr__: m('__repr__($self, /)', (v: Value) => reprBytes(data(v))),
    __str__: m('__str__($self, /)', (v: Value) => reprBytes(data(v))),
    __hash__: m('__hash__($self, /)', bytesHash),
    __len__: m('__len__($self, /)', (v: Value) => bytesLen(self(v))),
    __getitem__: m('__getitem__($self, key, /)', subscript),
    __contains__: m('__contains__($self, key, /)', (v: Value, x: Value) => bytesContains(data(v), x)),
    __iter__: m('__iter__($self, /)', makeIter),
    __add__: m('__add__($self, value, /)', concat),
    __mul__: m('__mul__($self, value, /)', repeat),
    __rmul__: m('__rmul__($self, value, /)', repeat),
    __mod__: m('__mod__($self, value, /)', (v: Value, w: Value) => newBytes(percentFormatBytes(data(v), w))),
    __rmod__: m('__rmod__($self, value, /)', (v: Value, w: Value) =>
      (isBytes(w) ? newBytes(percentFormatBytes(data(w), v)) : notImplemented())),
    __eq__: m('__eq__($self, value, /)', compare(Cmp.EQ)),
    __ne__: m('__ne__($self, value, /)', compare(Cmp.NE)),
    __lt__: m('__lt__($self, value, /)', compare(Cmp.LT)),
    __le__: m('__le__($self, value, /)', compare(Cmp.LE)),
    __gt__: m('__gt__($self, value, /)', compare(Cmp.GT)),
    __ge__: m('__ge__($self, value, /)', compare(Cmp.GE)),
    __bytes__: {
      sig: '__bytes__($self, /)', kind: 'method',
      fn: (v: Value): Value => (I32[self(v) >> 2] === T_BYTES ? v : newBytes(data(v))),
    },
    __getnewargs__: { sig: '__getnewargs__($self, /)', kind: 'method', fn: (v: Value): Value => newTuple([newBytes(data(v))]) },
    __buffer__: m('__buffer__($self, flags, /)', (v: Value) => makeMemoryview(v)),
  },
  slots: {
    repr: (v) => reprBytes(data(v)),
    hash: bytesHash,
    len: (v) => bytesLen(self(v)),
    getitem: subscript,
    contains: (v, x) => bytesContains(data(v), x),
    iter: makeIter,
    bool: (v) => bytesLen(self(v)) !== 0,
  },
});

/** bytes.fromhex on a subclass calls the class with the bytes (as CPython does). */
function bytesForClass(cls: Value, d: Uint8Array): Value {
  const b = newBytes(d);
  if (cls instanceof Ref && cls.a === T_BYTES) return b;
  return call(cls, [b]);
}
