// The bytearray type. Layout: slots [storage, size, exports, owners] and raw words [lock, pad];
// `storage` is a separate object (internal type bytearray_storage: raw [capacity, pad] then the
// bytes) or 0. Writers hold the lock, never run Python code while holding it, and may not resize
// while a buffer (memoryview) is exported; single-byte reads take no lock: a writer fills storage
// before publishing it and publishes a larger size only after the bytes are in place, as list.ts
// does. `owners` holds weak references to the memoryviews holding exports: CPython releases an
// export when its view is freed, so a resize that finds exports first collects garbage and
// reclaims the exports of views that died unreleased. CPython: Objects/bytearrayobject.c.

import { unexpectedKeyword } from './native.js';
import { I32, U8, collect, registerWeakref, enterCritical, exitCritical } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeFlag } from './layouts.js';
import { Ref, STOP, getSlot, setSlot, rawBase, tagInt, nslots, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { isSubtype, typeName } from './typeobject.js';
import { raise, typeNameOf, iter, next } from './protocol.js';
import { reprBytes } from '../parser/repr.js';
import {
  Cmp, notImplemented, hasIndex, asSsize, asSsizeStrict, checkNewType, instanceSlotsOf, exceptionMatches,
} from './coll_ops.js';
import { newTuple } from './tuple.js';
import { isSlice, sliceIndices } from './slice.js';
import { repeatCount, badRepeat } from './tuple.js';
import { registerBufferProvider, bufferBytes } from './buffer.js';
import { sharedBytesMethods, byteValue } from './bytes_methods.js';
import { newBytes, bytesFromObject, bytesContains, compareBytes, cmpResult } from './bytes.js';
import { isStr, strOf, strArg } from './str_type.js';
import { encodeStr } from './codecs_native.js';
import { percentFormatBytes } from './strfmt_percent.js';
import { makeMemoryview } from './memoryview.js';
import { instanceDict } from './object.js';
import { call } from './protocol.js';
import { defineByteIterator } from './bytes_iter.js';

const enum BA { Storage, Size, Exports, Owners, Count }
const RAW = 8;

export let T_BYTEARRAY = 0;
let T_STORAGE = 0;
onTypesReady(() => {
  T_BYTEARRAY = builtinTypeAddr('bytearray');
  T_STORAGE = builtinTypeAddr('bytearray_storage');
});

defineBuiltinType({ name: 'bytearray_storage', instanceSlots: 0, internal: true });
/** A weak reference to a memoryview holding an export: raw word 0 is the view's address. */
defineBuiltinType({ name: 'buffer_export_ref', instanceSlots: 0, internal: true });
let T_EXPORT_REF = 0;
onTypesReady(() => {
  T_EXPORT_REF = builtinTypeAddr('buffer_export_ref');
});

// ---- storage primitives ---------------------------------------------------------------------------

function a(v: Value): number {
  return (v as Ref).a;
}

export function isBytearray(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_BYTEARRAY || isSubtype(I32[v.a >> 2]!, T_BYTEARRAY));
}

export function baLen(o: number): number {
  return getSlot(o, BA.Size) >> 1;
}

function storageCap(s: number): number {
  return s === 0 ? 0 : I32[rawBase(s) >> 2]!;
}

function storageAddr(s: number): number {
  return rawBase(s) + 8;
}

/** Heap address of the first byte (valid until the next resize). */
export function baAddr(o: number): number {
  const s = getSlot(o, BA.Storage);
  return s === 0 ? 0 : storageAddr(s);
}

/** A JS copy of the contents, for a caller that holds the lock. */
function dataLocked(o: number): Uint8Array {
  const n = baLen(o);
  const s = getSlot(o, BA.Storage);
  if (s === 0) return new Uint8Array(0);
  const p = storageAddr(s);
  return U8.slice(p, p + Math.min(n, storageCap(s)));
}

/**
 * A consistent JS copy of the contents. Takes the lock: a concurrent insertion moves bytes
 * around inside the published size, which a lock-free copy could see half done.
 */
export function baData(o: number): Uint8Array {
  return withLock(o, () => dataLocked(o));
}

function lockOff(o: number): number {
  return rawBase(o) - o;
}

function withLock<T>(o: number, f: () => T): T {
  enterCritical(o, lockOff(o));
  try {
    return f();
  } finally {
    exitCritical(o, lockOff(o));
  }
}

/** CPython's over-allocation for a requested size (PyByteArray_Resize). */
function allocFor(size: number, alloc: number): number {
  if (size === 0) return 0;
  if (size <= alloc * 1.125) return size + (size >> 3) + (size < 9 ? 3 : 6);
  return size + 1;
}

/** Thrown inside a locked operation when exports may belong to dead views (see mutate). */
class PendingExports {}
let reclaimed = false;

function checkResizable(o: number): void {
  if ((getSlot(o, BA.Exports) >> 1) === 0) return;
  if (!reclaimed && getSlot(o, BA.Owners) !== 0) throw new PendingExports();
  raise('BufferError', 'Existing exports of data: object cannot be re-sized');
}

/**
 * Runs a locked operation that may resize. If exports block it, collects garbage (outside the
 * lock), drops the exports of views that died unreleased, and retries once.
 */
function mutate<T>(o: number, f: () => T): T {
  try {
    return withLock(o, f);
  } catch (e) {
    if (!(e instanceof PendingExports)) throw e;
  }
  collect();
  reclaimed = true;
  try {
    return withLock(o, () => {
      pruneOwners(o);
      return f();
    });
  } finally {
    reclaimed = false;
  }
}

function ownersOf(o: number): number[] {
  const t = getSlot(o, BA.Owners);
  const out: number[] = [];
  if (t !== 0) for (let i = 0; i < nslots(t); i++) out.push(getSlot(t, i));
  return out;
}

function setOwners(o: number, cells: number[]): void {
  if (cells.length === 0) {
    setSlot(o, BA.Owners, 0);
    return;
  }
  setSlot(o, BA.Owners, newTuple(cells.map((c) => new Ref(c))).a);
}

/** Forgets owners collected since (their weak references read 0), with their exports. */
function pruneOwners(o: number): void {
  const cells = ownersOf(o);
  const live = cells.filter((c) => I32[rawBase(c) >> 2] !== 0);
  const dead = cells.length - live.length;
  if (dead === 0) return;
  setSlot(o, BA.Exports, tagInt(Math.max((getSlot(o, BA.Exports) >> 1) - dead, 0)));
  setOwners(o, live);
}

/**
 * Makes room for `size` bytes (under the lock) without publishing a new size: storage grows with
 * CPython's policy and a grown copy is published before the size that needs it.
 */
function reserveLocked(o: number, size: number): void {
  const s = getSlot(o, BA.Storage);
  const cap = storageCap(s);
  if (size <= cap) return;
  const ncap = allocFor(size, cap);
  const ns = allocObj(T_STORAGE, 0, 8 + ncap);
  I32[rawBase(ns) >> 2] = ncap;
  if (s !== 0) U8.copyWithin(storageAddr(ns), storageAddr(s), storageAddr(s) + baLen(o));
  setSlot(o, BA.Storage, ns);
}

/** Sets the size (under the lock); new bytes are zero. A larger size is published last. */
function resizeLocked(o: number, size: number): void {
  const old = baLen(o);
  if (size === old) return;
  checkResizable(o);
  if (size > old) {
    reserveLocked(o, size);
    const p = baAddr(o);
    U8.fill(0, p + old, p + size);
  }
  setSlot(o, BA.Size, tagInt(size));
}

/** Appends `d` (under the lock): bytes first, then the size. */
function appendLocked(o: number, d: ArrayLike<number>): void {
  if (d.length === 0) return;
  checkResizable(o);
  const n = baLen(o);
  reserveLocked(o, n + d.length);
  U8.set(d, baAddr(o) + n);
  setSlot(o, BA.Size, tagInt(n + d.length));
}

/** Replaces bytes [start, end) with `rep` (under the lock). */
function spliceLocked(o: number, start: number, end: number, rep: Uint8Array): void {
  const n = baLen(o);
  const delta = rep.length - (end - start);
  if (delta !== 0) checkResizable(o);
  if (delta > 0) {
    reserveLocked(o, n + delta);
    const p = baAddr(o);
    U8.copyWithin(p + end + delta, p + end, p + n);
    U8.set(rep, p + start);
    setSlot(o, BA.Size, tagInt(n + delta));
    return;
  }
  if (delta < 0) {
    // Shrinking: publish the smaller size first, then move the tail down.
    setSlot(o, BA.Size, tagInt(n + delta));
    const p = baAddr(o);
    U8.copyWithin(p + end + delta, p + end, p + n);
  }
  if (rep.length) U8.set(rep, baAddr(o) + start);
}

/** A new bytearray (of `type`) holding a copy of `d`. */
export function newBytearray(d: ArrayLike<number>, type = T_BYTEARRAY): Ref {
  const o = allocObj(type, type === T_BYTEARRAY ? BA.Count : instanceSlotsOf(type), RAW);
  setSlot(o, BA.Size, tagInt(0));
  setSlot(o, BA.Exports, tagInt(0));
  if (d.length) {
    const cap = d.length + 1;
    const s = allocObj(T_STORAGE, 0, 8 + cap);
    I32[rawBase(s) >> 2] = cap;
    U8.set(d, storageAddr(s));
    setSlot(o, BA.Storage, s);
    setSlot(o, BA.Size, tagInt(d.length));
  }
  return new Ref(o);
}

registerBufferProvider(() => T_BYTEARRAY, {
  get: (v) => withLock(v.a, () => {
    const o = v.a;
    setSlot(o, BA.Exports, tagInt((getSlot(o, BA.Exports) >> 1) + 1));
    return { obj: v, addr: baAddr(o), readonly: false, itemsize: 1, format: 'B', shape: [baLen(o)], strides: [1] };
  }),
  own: (v, owner) => {
    // A weak reference: collections store 0 in it when the view dies.
    const cell = allocObj(T_EXPORT_REF, 0, 8);
    I32[rawBase(cell) >> 2] = owner;
    registerWeakref(cell, rawBase(cell) - cell, false);
    withLock(v.a, () => setOwners(v.a, [...ownersOf(v.a), cell]));
  },
  release: (v, owner) => withLock(v.a, () => {
    const o = v.a;
    setSlot(o, BA.Exports, tagInt(Math.max((getSlot(o, BA.Exports) >> 1) - 1, 0)));
    if (owner !== 0) setOwners(o, ownersOf(o).filter((c) => I32[rawBase(c) >> 2] !== owner));
  }),
  copy: (v) => baData(v.a),
});

// ---- construction ----------------------------------------------------------------------------------

function baNew(type: Value): Value {
  const t = checkNewType(type, T_BYTEARRAY);
  return newBytearray([], t);
}

/** bytearray.__init__(source=..., encoding=..., errors=...). */
function baInit(self: Value, args: Value[], kwargs: Map<string, Value>): Value {
  if (args.length > 3) raise('TypeError', `bytearray() takes at most 3 arguments (${args.length} given)`);
  const names = ['source', 'encoding', 'errors'];
  const bound: Array<Value | undefined> = [args[0], args[1], args[2]];
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) unexpectedKeyword('bytearray', names, k);
    if (bound[i] !== undefined) raise('TypeError', `argument for bytearray() given by name ('${k}') and position (${i + 1})`);
    bound[i] = v;
  }
  const [x, enc, errs] = bound;
  const encoding = enc === undefined ? undefined : strArg(enc, (tn) => `bytearray() argument 'encoding' must be str, not ${tn}`);
  const errors = errs === undefined ? undefined : strArg(errs, (tn) => `bytearray() argument 'errors' must be str, not ${tn}`);
  let d: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
    if (errors !== undefined) raise('TypeError', 'errors without a string argument');
    d = new Uint8Array(0);
  } else if (isStr(x)) {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    d = encodeStr(strOf(x), encoding, errors ?? 'strict');
  } else if (encoding !== undefined) {
    raise('TypeError', 'encoding without a string argument');
  } else if (errors !== undefined) {
    raise('TypeError', 'errors without a string argument');
  } else {
    d = bytesFromObject(x, 'bytearray');
  }
  const o = a(self);
  mutate(o, () => {
    resizeLocked(o, 0);
    appendLocked(o, d);
  });
  return null;
}

// ---- items -----------------------------------------------------------------------------------------

function subscript(v: Value, key: Value): Value {
  const o = a(v);
  if ((typeof key === 'number' && Number.isInteger(key)) || (!isSlice(key) && hasIndex(key))) {
    let i = typeof key === 'number' ? key : asSsize(key, 'IndexError');
    const n = baLen(o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'bytearray index out of range');
    return U8[baAddr(o) + i]!;
  }
  if (isSlice(key)) {
    const d = baData(o);
    const [start, , step, len] = sliceIndices(key.a, d.length);
    if (step === 1) return newBytearray(d.subarray(start, start + len));
    const out = new Uint8Array(Math.max(len, 0));
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = d[j]!;
    return newBytearray(out);
  }
  raise('TypeError', `bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
}

/** The bytes of a slice assignment's value (bytearray_setslice / setitem). */
function assignedBytes(value: Value): Uint8Array {
  const b = bufferBytes(value);
  if (b !== null) return b;
  if (isStr(value) || hasIndex(value)) {
    raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  try {
    return bytesFromObject(value, 'bytearray');
  } catch (e) {
    if (exceptionMatches(e, 'TypeError') && !(value instanceof Ref)) {
      raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    }
    throw e;
  }
}

function assSubscript(v: Value, key: Value, value: Value | undefined): void {
  const o = a(v);
  if ((typeof key === 'number' && Number.isInteger(key)) || (!isSlice(key) && hasIndex(key))) {
    const key0 = typeof key === 'number' ? key : asSsize(key, 'IndexError');
    const b = value === undefined ? 0 : byteValue(value);
    mutate(o, () => {
      const n = baLen(o);
      const i = key0 < 0 ? key0 + n : key0;
      if (i < 0 || i >= n) raise('IndexError', 'bytearray index out of range');
      if (value === undefined) spliceLocked(o, i, i + 1, new Uint8Array(0));
      else U8[baAddr(o) + i] = b;
    });
    return;
  }
  if (!isSlice(key)) raise('TypeError', `bytearray indices must be integers or slices, not ${typeNameOf(key)}`);
  // A bytearray assigned to (part of) itself is copied first, as CPython does.
  const rep = value === undefined ? new Uint8Array(0) : assignedBytes(value);
  mutate(o, () => {
    const n = baLen(o);
    const [start, stop, step, len] = sliceIndices(key.a, n);
    if (step === 1) {
      spliceLocked(o, start, Math.max(start, stop), rep);
      return;
    }
    if (value === undefined) {
      if (len <= 0) return;
      const d = dataLocked(o);
      const keep: number[] = [];
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      d.forEach((c, i) => {
        if (!drop.has(i)) keep.push(c);
      });
      spliceLocked(o, 0, n, Uint8Array.from(keep));
      return;
    }
    if (rep.length !== len) {
      raise('ValueError', `attempt to assign bytes of size ${rep.length} to extended slice of size ${len}`);
    }
    const p = baAddr(o);
    for (let i = 0, j = start; i < len; i++, j += step) U8[p + j] = rep[i]!;
  });
}

// ---- mutating methods -----------------------------------------------------------------------------

function append(v: Value, item: Value): Value {
  const b = byteValue(item);
  const o = a(v);
  mutate(o, () => appendLocked(o, [b]));
  return null;
}

function extend(v: Value, iterable: Value): Value {
  let d = bufferBytes(iterable);
  if (d === null) {
    if (isStr(iterable)) raise('TypeError', `expected iterable of integers; got: 'str'`);
    let it: Value;
    try {
      it = iter(iterable);
    } catch (e) {
      if (exceptionMatches(e, 'TypeError')) raise('TypeError', `can't extend bytearray with ${typeNameOf(iterable)}`);
      throw e;
    }
    const out: number[] = [];
    for (let x = next(it); x !== STOP; x = next(it)) out.push(byteValue(x as Value));
    d = Uint8Array.from(out);
  }
  const o = a(v);
  const src = d;
  mutate(o, () => appendLocked(o, src));
  return null;
}

function insert(v: Value, index: Value, item: Value): Value {
  const index0 = asSsizeStrict(index);
  const b = byteValue(item);
  const o = a(v);
  mutate(o, () => {
    const n = baLen(o);
    const i = Math.min(index0 < 0 ? Math.max(index0 + n, 0) : index0, n);
    spliceLocked(o, i, i, Uint8Array.of(b));
  });
  return null;
}

function pop(v: Value, index: Value = -1): Value {
  const index0 = asSsizeStrict(index);
  const o = a(v);
  return mutate(o, () => {
    const n = baLen(o);
    if (n === 0) raise('IndexError', 'pop from empty bytearray');
    const i = index0 < 0 ? index0 + n : index0;
    if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
    const c = U8[baAddr(o) + i]!;
    spliceLocked(o, i, i + 1, new Uint8Array(0));
    return c;
  });
}

function remove(v: Value, item: Value): Value {
  const b = byteValue(item);
  const o = a(v);
  mutate(o, () => {
    const d = dataLocked(o);
    const i = d.indexOf(b);
    if (i < 0) raise('ValueError', 'value not found in bytearray');
    spliceLocked(o, i, i + 1, new Uint8Array(0));
  });
  return null;
}

function resize(v: Value, size: Value): Value {
  const n = asSsizeStrict(size);
  if (n < 0) raise('ValueError', `Can only resize to positive sizes, got ${n}`);
  const o = a(v);
  mutate(o, () => resizeLocked(o, n));
  return null;
}

function iadd(v: Value, w: Value): Value {
  const b = bufferBytes(w);
  if (b === null) raise('TypeError', `can't concat ${typeNameOf(w)} to ${typeNameOf(v)}`);
  const o = a(v);
  mutate(o, () => appendLocked(o, b));
  return v;
}

function imul(v: Value, w: Value): Value {
  const k = repeatCount(w);
  if (k === undefined) return badRepeat(w);
  const o = a(v);
  mutate(o, () => {
    const d = dataLocked(o);
    const times = Math.max(k, 0);
    if (d.length * times > 0x7fffffff) raise('MemoryError', '');
    resizeLocked(o, d.length * times);
    const p = baAddr(o);
    for (let i = 1; i < times; i++) U8.set(d, p + i * d.length);
  });
  return v;
}

// ---- other dunders -------------------------------------------------------------------------------

function reprOf(v: Value): string {
  const o = a(v);
  const t = I32[o >> 2]!;
  const name = t === T_BYTEARRAY ? 'bytearray' : typeName(t);
  return `${name}(${reprBytes(baData(o))})`;
}

function compare(op: Cmp) {
  return (v: Value, w: Value): Value => {
    const other = bufferBytes(w);
    if (other === null) return notImplemented();
    return cmpResult(compareBytes(baData(a(v)), other), op);
  };
}

function concat(v: Value, w: Value): Value {
  const b = bufferBytes(w);
  if (b === null) raise('TypeError', `can't concat ${typeNameOf(w)} to ${typeNameOf(v)}`);
  const d = baData(a(v));
  const out = new Uint8Array(d.length + b.length);
  out.set(d);
  out.set(b, d.length);
  return newBytearray(out);
}

function repeat(v: Value, w: Value): Value {
  const k = repeatCount(w);
  if (k === undefined) return badRepeat(w);
  const d = baData(a(v));
  const times = Math.max(k, 0);
  if (d.length * times > 0x7fffffff) raise('MemoryError', '');
  const out = new Uint8Array(d.length * times);
  for (let i = 0; i < times; i++) out.set(d, i * d.length);
  return newBytearray(out);
}

function reduceEx(v: Value, proto: Value = 0): Value {
  const o = a(v);
  const cls = new Ref(I32[o >> 2]!);
  const d = baData(o);
  const dict = instanceDict(v, false);
  const state: Value = dict === 0 ? null : new Ref(dict);
  const p = typeof proto === 'number' ? proto : 0;
  if (p < 3) return newTuple([cls, newTuple([String.fromCharCode(...d), 'latin-1']), state]);
  return newTuple([cls, newTuple([newBytes(d)]), state]);
}

// ---- iterator --------------------------------------------------------------------------------------

const newIter = defineByteIterator('bytearray_iterator', { len: baLen, addr: baAddr, clampToLen: false });

function makeIter(v: Value): Value {
  return newIter(a(v));
}

// ---- the type --------------------------------------------------------------------------------------

const m = (sig: string, fn: (...args: never[]) => Value): { sig: string; fn: (...args: never[]) => Value } => ({ sig, fn });
const data = (v: Value): Uint8Array => baData(a(v));

export const bytearrayType = defineBuiltinType({
  name: 'bytearray',
  flags: TypeFlag.BaseType,
  instanceSlots: BA.Count,
  doc: 'bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n'
    + 'bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by '
    + 'the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray '
    + 'object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified '
    + 'encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer',
  methods: {
    ...sharedBytesMethods(data, (d) => newBytearray(d), (cls, d) =>
      (cls instanceof Ref && cls.a === T_BYTEARRAY ? newBytearray(d) : call(cls, [newBytearray(d)]))),
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: baNew },
    __init__: m('__init__($self, /, *args, **kwargs)', baInit),
    __repr__: m('__repr__($self, /)', reprOf),
    __str__: m('__str__($self, /)', reprOf),
    __len__: m('__len__($self, /)', (v: Value) => baLen(a(v))),
    __getitem__: m('__getitem__($self, key, /)', subscript),
    __setitem__: m('__setitem__($self, key, value, /)', (v: Value, k: Value, x: Value) => {
      assSubscript(v, k, x);
      return null;
    }),
    __delitem__: m('__delitem__($self, key, /)', (v: Value, k: Value) => {
      assSubscript(v, k, undefined);
      return null;
    }),
    __contains__: m('__contains__($self, key, /)', (v: Value, x: Value) => bytesContains(data(v), x)),
    __iter__: m('__iter__($self, /)', makeIter),
    __add__: m('__add__($self, value, /)', concat),
    __iadd__: m('__iadd__($self, value, /)', iadd),
    __mul__: m('__mul__($self, value, /)', repeat),
    __rmul__: m('__rmul__($self, value, /)', repeat),
    __imul__: m('__imul__($self, value, /)', imul),
    __mod__: m('__mod__($self, value, /)', (v: Value, w: Value) => newBytearray(percentFormatBytes(data(v), w))),
    __rmod__: m('__rmod__($self, value, /)', (v: Value, w: Value) =>
      (isBytearray(w) ? newBytearray(percentFormatBytes(data(w), v)) : notImplemented())),
    __eq__: m('__eq__($self, value, /)', compare(Cmp.EQ)),
    __ne__: m('__ne__($self, value, /)', compare(Cmp.NE)),
    __lt__: m('__lt__($self, value, /)', compare(Cmp.LT)),
    __le__: m('__le__($self, value, /)', compare(Cmp.LE)),
    __gt__: m('__gt__($self, value, /)', compare(Cmp.GT)),
    __ge__: m('__ge__($self, value, /)', compare(Cmp.GE)),
    __alloc__: { sig: '__alloc__($self, /)', kind: 'method', fn: (v: Value): Value => storageCap(getSlot(a(v), BA.Storage)) },
    __sizeof__: {
      sig: '__sizeof__($self, /)', kind: 'method',
      fn: (v: Value): Value => 56 + storageCap(getSlot(a(v), BA.Storage)),
    },
    __reduce__: { sig: '__reduce__($self, /)', kind: 'method', fn: (v: Value): Value => reduceEx(v, 0) },
    __reduce_ex__: { sig: '__reduce_ex__($self, proto=0, /)', kind: 'method', fn: reduceEx },
    __buffer__: m('__buffer__($self, flags, /)', (v: Value) => makeMemoryview(v)),
    __release_buffer__: m('__release_buffer__($self, buffer, /)', () => null),
    append: m('append($self, item, /)', append),
    extend: m('extend($self, iterable_of_ints, /)', extend),
    insert: m('insert($self, index, item, /)', insert),
    pop: m('pop($self, index=-1, /)', pop),
    remove: m('remove($self, value, /)', remove),
    clear: m('clear($self, /)', (v: Value) => {
      mutate(a(v), () => resizeLocked(a(v), 0));
      return null;
    }),
    copy: m('copy($self, /)', (v: Value) => newBytearray(data(v))),
    reverse: m('reverse($self, /)', (v: Value) => {
      const o = a(v);
      withLock(o, () => {
        const p = baAddr(o);
        if (p !== 0) U8.subarray(p, p + baLen(o)).reverse();
      });
      return null;
    }),
    resize: m('resize($self, size, /)', resize),
  },
  attrs: { __hash__: () => null },
  slots: {
    repr: reprOf,
    len: (v) => baLen(a(v)),
    getitem: subscript,
    setitem: (v, k, x) => assSubscript(v, k, x),
    delitem: (v, k) => assSubscript(v, k, undefined),
    contains: (v, x) => bytesContains(data(v), x),
    iter: makeIter,
    bool: (v) => baLen(a(v)) !== 0,
  },
});
