// The memoryview type: a view of another object's buffer (bytes, bytearray, array, ...) with a
// struct format, shape and strides; slicing makes views without copying; cast() reinterprets
// C-contiguous memory; release() ends the export (a bytearray can be resized again). A view holds
// its own export of the underlying object, so views made from views release independently.
// Slots: [obj, flags, exports, format, shape, strides, itemsize]; raw: [address of item 0].
// CPython: Objects/memoryobject.c.

import { I32, U8 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, rawBase, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady, SINGLETONS } from './bootstrap.js';
import { lookup, typeOf } from './typeobject.js';
import { raise, typeNameOf, callDescriptor, eqBool } from './protocol.js';
import { strToHeap, strFromHeap } from './str.js';
import { MISSING } from './native.js';
import {
  notImplemented, hasIndex, asSsize, asSsizeStrict, genericAlias, isHeapType,
} from './coll_ops.js';
import { newTuple, isTuple, tupleItems } from './tuple.js';
import { newList, isList, listItems } from './list.js';
import { isSlice, sliceIndices } from './slice.js';
import {
  type BufferInfo, registerBufferProvider, getBuffer, releaseExport, ownExport, viewToBytes, isContiguous, viewBytes,
} from './buffer.js';
import { FORMAT_SIZE, nativeFormatChar, unpackItem, packItem } from './memview_fmt.js';
import { hexMethod } from './bytes_methods.js';
import { newBytes } from './bytes.js';
import { isStr, strOf } from './str_type.js';
import { strHash32 } from './hash.js';
import { iteratorMethods } from './coll_ops.js';

const enum MS { Obj, Flags, Exports, Format, Shape, Strides, Itemsize, Count }
const RELEASED = 1;
const READONLY = 2;

let T_MEMORYVIEW = 0;
let T_MEMITER = 0;
onTypesReady(() => {
  T_MEMORYVIEW = builtinTypeAddr('memoryview');
  T_MEMITER = builtinTypeAddr('memory_iterator');
});

interface View extends BufferInfo {
  a: number;
}

function isMemoryview(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_MEMORYVIEW;
}

function flags(a: number): number {
  return getSlot(a, MS.Flags) >> 1;
}

function released(a: number): boolean {
  return (flags(a) & RELEASED) !== 0;
}

function checkReleased(a: number): void {
  if (released(a)) raise('ValueError', 'operation forbidden on released memoryview object');
}

function intsOf(t: number): number[] {
  return tupleItems(new Ref(t).a).map((x) => x as number);
}

/** The view of a memoryview object (ValueError if released). */
function view(v: Value): View {
  const a = (v as Ref).a;
  checkReleased(a);
  return {
    a,
    obj: decode(getSlot(a, MS.Obj))!,
    addr: I32[rawBase(a) >> 2]!,
    readonly: (flags(a) & READONLY) !== 0,
    itemsize: getSlot(a, MS.Itemsize) >> 1,
    format: strFromHeap(getSlot(a, MS.Format)),
    shape: intsOf(getSlot(a, MS.Shape)),
    strides: intsOf(getSlot(a, MS.Strides)),
  };
}

/** A new memoryview object over `info` (whose export of info.obj the view now owns). */
function newView(info: BufferInfo): Ref {
  const a = allocObj(T_MEMORYVIEW, MS.Count, 8);
  setSlot(a, MS.Obj, encode(info.obj));
  setSlot(a, MS.Flags, tagInt(info.readonly ? READONLY : 0));
  setSlot(a, MS.Exports, tagInt(0));
  setSlot(a, MS.Format, strToHeap(info.format));
  setSlot(a, MS.Shape, encode(newTuple(info.shape)));
  setSlot(a, MS.Strides, encode(newTuple(info.strides)));
  setSlot(a, MS.Itemsize, tagInt(info.itemsize));
  I32[rawBase(a) >> 2] = info.addr;
  ownExport(info.obj, a);
  return new Ref(a);
}

/** A view derived from `v` (slice, cast, toreadonly): takes a fresh export of the underlying object. */
function derive(v: View, changes: Partial<BufferInfo>): Ref {
  const b = getBuffer(v.obj);
  if (b === null) raise('ValueError', 'operation forbidden on released memoryview object');
  return newView({ ...v, ...changes, obj: v.obj });
}

/** memoryview(x) (PyMemoryView_FromObject). */
export function makeMemoryview(x: Value): Ref {
  if (isMemoryview(x)) return derive(view(x), {});
  const b = getBuffer(x);
  if (b === null) {
    if (x instanceof Ref && isHeapType(I32[x.a >> 2]!)) {
      const m = lookup(typeOf(x), '__buffer__');
      if (m !== undefined && m !== null) return makeMemoryview(callDescriptor(m, x, typeOf(x), [0]));
    }
    raise('TypeError', `memoryview: a bytes-like object is required, not '${typeNameOf(x)}'`);
  }
  return newView(b);
}

registerBufferProvider(() => T_MEMORYVIEW, {
  get: (v, writable) => {
    const mv = view(v);
    if (writable && mv.readonly) raise('BufferError', 'memoryview: underlying buffer is not writable');
    setSlot(v.a, MS.Exports, tagInt((getSlot(v.a, MS.Exports) >> 1) + 1));
    return mv;
  },
  release: (v) => setSlot(v.a, MS.Exports, tagInt(Math.max((getSlot(v.a, MS.Exports) >> 1) - 1, 0))),
});

/** memoryview.release(): also used by a finalizer when an unreleased view is collected. */
export function releaseMemoryview(v: Value): void {
  const a = (v as Ref).a;
  if (released(a)) return;
  const n = getSlot(a, MS.Exports) >> 1;
  if (n > 0) raise('BufferError', `memoryview has ${n} exported buffer${n === 1 ? '' : 's'}`);
  setSlot(a, MS.Flags, tagInt(flags(a) | RELEASED));
  releaseExport(decode(getSlot(a, MS.Obj))!, a);
}

// ---- items -----------------------------------------------------------------------------------------

function fmtChar(v: View): string {
  const f = nativeFormatChar(v.format);
  if (f === undefined) raise('NotImplementedError', `memoryview: unsupported format ${v.format}`);
  return f;
}

function itemAddr(v: View, dim: number, index: Value, base: number): number {
  let i = asSsize(index, 'IndexError');
  const n = v.shape[dim]!;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', `index out of bounds on dimension ${dim + 1}`);
  return base + i * v.strides[dim]!;
}

function isIndexKey(k: Value): boolean {
  return (typeof k === 'number' && Number.isInteger(k)) || (!isSlice(k) && hasIndex(k));
}

/** The address of the item a key denotes, or a slice (returned as is), or an error. */
function locate(v: View, key: Value): number | Ref {
  const ellipsis = key instanceof Ref && key.a === SINGLETONS.ellipsis;
  if (v.shape.length === 0) {
    if (ellipsis || (isTuple(key) && tupleItems(key.a).length === 0)) return v.addr;
    raise('TypeError', 'invalid indexing of 0-dim memory');
  }
  if (isIndexKey(key)) {
    if (v.shape.length !== 1) raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
    return itemAddr(v, 0, key, v.addr);
  }
  if (isSlice(key)) return key;
  if (isTuple(key)) {
    const items = tupleItems(key.a);
    if (items.every(isIndexKey)) {
      if (items.length !== v.shape.length) {
        raise('TypeError', `cannot index ${v.shape.length}-dimension view with ${items.length}-element tuple`);
      }
      let addr = v.addr;
      items.forEach((k, d) => {
        addr = itemAddr(v, d, k, addr);
      });
      return addr;
    }
    if (items.every(isSlice)) raise('NotImplementedError', 'multi-dimensional slicing is not implemented');
  }
  raise('TypeError', 'memoryview: invalid slice key');
}

function subscript(self: Value, key: Value): Value {
  const v = view(self);
  if (v.shape.length === 0 && key instanceof Ref && key.a === SINGLETONS.ellipsis) return self;
  const where = locate(v, key);
  if (typeof where === 'number') return unpackItem(fmtChar(v), where);
  const [start, , step, len] = sliceIndices(where.a, v.shape[0]!);
  return derive(v, {
    addr: v.addr + start * v.strides[0]!,
    shape: [len, ...v.shape.slice(1)],
    strides: [v.strides[0]! * step, ...v.strides.slice(1)],
  });
}

function assSubscript(self: Value, key: Value, value: Value | undefined): void {
  const v = view(self);
  if (v.readonly) raise('TypeError', 'cannot modify read-only memory');
  if (value === undefined) raise('TypeError', 'cannot delete memory');
  const where = locate(v, key);
  if (typeof where === 'number') {
    packItem(fmtChar(v), where, value, v.format);
    return;
  }
  if (v.shape.length !== 1) raise('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
  const [start, , step, len] = sliceIndices(where.a, v.shape[0]!);
  const src = getBuffer(value);
  if (src === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(value)}'`);
  try {
    const sameFormat = src.itemsize === v.itemsize
      && (nativeFormatChar(src.format) ?? src.format) === (nativeFormatChar(v.format) ?? v.format);
    if (!sameFormat || src.shape.length !== 1 || src.shape[0] !== len) {
      raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    }
    const bytes = viewToBytes(src);
    const dst = { ...v, addr: v.addr + start * v.strides[0]!, shape: [len], strides: [v.strides[0]! * step] };
    writeBytes(dst, bytes);
  } finally {
    src.release();
  }
}

/** Copies C-order bytes into a (possibly strided) view. */
function writeBytes(v: BufferInfo, bytes: Uint8Array): void {
  let k = 0;
  const walk = (dim: number, addr: number): void => {
    if (dim === v.shape.length) {
      for (let b = 0; b < v.itemsize; b++) U8[addr + b] = bytes[k++]!;
      return;
    }
    for (let i = 0; i < v.shape[dim]!; i++) walk(dim + 1, addr + i * v.strides[dim]!);
  };
  walk(0, v.addr);
}

function tolist(v: View): Value {
  const f = fmtChar(v);
  if (v.shape.length === 0) return unpackItem(f, v.addr);
  const rec = (dim: number, addr: number): Value => {
    const out: Value[] = [];
    for (let i = 0; i < v.shape[dim]!; i++) {
      const p = addr + i * v.strides[dim]!;
      out.push(dim === v.shape.length - 1 ? unpackItem(f, p) : rec(dim + 1, p));
    }
    return newList(out);
  };
  return rec(0, v.addr);
}

function tobytes(v: View, order: Value): Uint8Array {
  if (order !== null && !(isStr(order) && ['C', 'F', 'A'].includes(strOf(order)))) {
    raise('ValueError', "order must be 'C', 'F' or 'A'");
  }
  if (isStr(order) && strOf(order) === 'F' && v.shape.length > 1) {
    // Fortran order: the first index varies fastest.
    const out: number[] = [];
    const idx = new Array<number>(v.shape.length).fill(0);
    const total = v.shape.reduce((p, n) => p * n, 1);
    for (let c = 0; c < total; c++) {
      let addr = v.addr;
      idx.forEach((i, d) => {
        addr += i * v.strides[d]!;
      });
      for (let b = 0; b < v.itemsize; b++) out.push(U8[addr + b]!);
      for (let d = 0; d < idx.length; d++) {
        if (++idx[d]! < v.shape[d]!) break;
        idx[d] = 0;
      }
    }
    return Uint8Array.from(out);
  }
  return viewToBytes(v);
}

// ---- cast ------------------------------------------------------------------------------------------

const BYTE_FORMATS = 'bBc';

function cast(self: Value, format: Value, shape?: Value): Value {
  const v = view(self);
  if (!isStr(format)) raise('TypeError', `cast() argument 'format' must be str, not ${typeNameOf(format)}`);
  const fmt = strOf(format);
  const hasShape = shape !== undefined && shape !== (MISSING as unknown as Value);
  if (!isContiguous(v)) raise('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  if ((hasShape || v.shape.length !== 1) && v.shape.includes(0)) {
    raise('TypeError', 'memoryview: cannot cast view with zeros in shape or strides');
  }
  let dims: Value[] = [];
  if (hasShape) {
    if (isTuple(shape)) dims = tupleItems(shape.a);
    else if (isList(shape)) dims = listItems(shape.a);
    else raise('TypeError', 'shape must be a list or a tuple');
    if (dims.length > 64) raise('ValueError', 'memoryview: number of dimensions must not exceed 64');
    if (v.shape.length !== 1 && dims.length !== 1) raise('TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const dest = nativeFormatChar(fmt);
  if (dest === undefined) {
    raise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  const src = nativeFormatChar(v.format);
  if ((src === undefined || !BYTE_FORMATS.includes(src)) && !BYTE_FORMATS.includes(dest)) {
    raise('TypeError', 'memoryview: cannot cast between two non-byte formats');
  }
  const itemsize = FORMAT_SIZE[dest]!;
  const nbytes = viewBytes(v);
  if (nbytes % itemsize) raise('TypeError', 'memoryview: length is not a multiple of itemsize');
  let newShape = [nbytes / itemsize];
  if (hasShape) {
    newShape = dims.map((d) => {
      if (!hasIndex(d)) raise('TypeError', 'memoryview.cast(): elements of shape must be integers');
      const n = asSsizeStrict(d);
      if (n <= 0) raise('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      return n;
    });
    if (newShape.reduce((p, n) => p * n, itemsize) !== nbytes) {
      raise('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
    }
  }
  const strides: number[] = new Array(newShape.length);
  let s = itemsize;
  for (let d = newShape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= newShape[d]!;
  }
  return derive(v, { format: fmt, itemsize, shape: newShape, strides });
}

// ---- comparison and hashing ----------------------------------------------------------------------

function items(v: BufferInfo): Value[] {
  const f = nativeFormatChar(v.format);
  const out: Value[] = [];
  const walk = (dim: number, addr: number): void => {
    if (dim === v.shape.length) {
      out.push(unpackItem(f!, addr));
      return;
    }
    for (let i = 0; i < v.shape[dim]!; i++) walk(dim + 1, addr + i * v.strides[dim]!);
  };
  walk(0, v.addr);
  return out;
}

function richEq(self: Value, other: Value): Value {
  const a = (self as Ref).a;
  if (released(a) || (isMemoryview(other) && released(other.a))) {
    return other instanceof Ref && other.a === a;
  }
  const v = view(self);
  const w = getBuffer(other);
  if (w === null) return notImplemented();
  try {
    if (v.shape.length !== w.shape.length || v.shape.some((n, i) => n !== w.shape[i])) return false;
    const fv = nativeFormatChar(v.format);
    const fw = nativeFormatChar(w.format);
    if (fv === undefined || fw === undefined) return notImplemented();
    const xs = items(v);
    const ys = items(w);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      // Same primitive format: C comparison (NaN != NaN); otherwise Python ==.
      if (fv === fw ? !sameItem(x, y) : !eqBool(x, y)) return false;
    }
    return true;
  } finally {
    w.release();
  }
}

function sameItem(x: Value, y: Value): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x === y;
  return eqBool(x, y) && !(typeof x === 'number' && Number.isNaN(x));
}

function hashOf(self: Value): Value {
  const v = view(self);
  if (!v.readonly) raise('ValueError', 'cannot hash writable memoryview object');
  const f = nativeFormatChar(v.format);
  if (f === undefined || !BYTE_FORMATS.includes(f)) {
    raise('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  const d = viewToBytes(v);
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return strHash32(s);
}

// ---- count / index ----------------------------------------------------------------------------------

function lookupItems(v: View): Value[] {
  if (v.shape.length === 0) raise('TypeError', 'invalid lookup on 0-dim memory');
  if (v.shape.length > 1) raise('NotImplementedError', 'multi-dimensional lookup is not implemented');
  fmtChar(v);
  return items(v);
}

// ---- iterator ---------------------------------------------------------------------------------------

function makeIter(self: Value): Value {
  const v = view(self);
  if (v.shape.length === 0) raise('TypeError', 'invalid indexing of 0-dim memory');
  if (v.shape.length > 1) raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
  fmtChar(v);
  const o = allocObj(T_MEMITER, 2, 0);
  setSlot(o, 0, v.a);
  setSlot(o, 1, tagInt(0));
  return new Ref(o);
}

function iterNext(it: Value): Value | typeof STOP {
  const o = (it as Ref).a;
  const m = getSlot(o, 0);
  if (m === 0) return STOP;
  const v = view(new Ref(m));
  const i = getSlot(o, 1) >> 1;
  if (i >= v.shape[0]!) {
    setSlot(o, 0, 0);
    return STOP;
  }
  setSlot(o, 1, tagInt(i + 1));
  return unpackItem(fmtChar(v), v.addr + i * v.strides[0]!);
}

defineBuiltinType({
  name: 'memory_iterator',
  instanceSlots: 2,
  methods: {
    ...iteratorMethods(iterNext),
  },
  slots: { iter: (v) => v, next: iterNext },
});

// ---- the type ---------------------------------------------------------------------------------------

const m = (sig: string, fn: (...args: never[]) => Value): { sig: string; fn: (...args: never[]) => Value } => ({ sig, fn });
const prop = (f: (v: View) => Value) => ({ get: (self: Value): Value => f(view(self)) });

function reprOf(self: Value): string {
  const a = (self as Ref).a;
  return `<${released(a) ? 'released ' : ''}memory at 0x${a.toString(16)}>`;
}

export const memoryviewType = defineBuiltinType({
  name: 'memoryview',
  instanceSlots: MS.Count,
  doc: 'Create a new memoryview object which references the given object.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        void type;
        const total = args.length + kwargs.size;
        if (total > 1) raise('TypeError', `memoryview() takes at most 1 argument (${total} given)`);
        for (const k of kwargs.keys()) if (k !== 'object') raise('TypeError', `memoryview() got an unexpected keyword argument '${k}'`);
        const x = args.length ? args[0]! : kwargs.get('object');
        if (x === undefined) raise('TypeError', "memoryview() missing required argument 'object' (pos 1)");
        return makeMemoryview(x);
      },
    },
    _from_flags: {
      sig: '_from_flags($type, /, object, flags)', kind: 'classmethod',
      fn: (cls: Value, obj: Value): Value => {
        void cls;
        return makeMemoryview(obj);
      },
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
    __repr__: m('__repr__($self, /)', reprOf),
    __hash__: m('__hash__($self, /)', hashOf),
    __len__: m('__len__($self, /)', (self: Value) => {
      const v = view(self);
      if (v.shape.length === 0) raise('TypeError', '0-dim memory has no length');
      return v.shape[0]!;
    }),
    __getitem__: m('__getitem__($self, key, /)', subscript),
    __setitem__: m('__setitem__($self, key, value, /)', (self: Value, k: Value, x: Value) => {
      assSubscript(self, k, x);
      return null;
    }),
    __delitem__: m('__delitem__($self, key, /)', (self: Value, k: Value) => {
      assSubscript(self, k, undefined);
      return null;
    }),
    __iter__: m('__iter__($self, /)', makeIter),
    __eq__: m('__eq__($self, value, /)', richEq),
    __ne__: m('__ne__($self, value, /)', (self: Value, other: Value) => {
      const r = richEq(self, other);
      return typeof r === 'boolean' ? !r : r;
    }),
    __lt__: m('__lt__($self, value, /)', () => notImplemented()),
    __le__: m('__le__($self, value, /)', () => notImplemented()),
    __gt__: m('__gt__($self, value, /)', () => notImplemented()),
    __ge__: m('__ge__($self, value, /)', () => notImplemented()),
    __enter__: { sig: '__enter__($self, /)', kind: 'method', fn: (self: Value): Value => (view(self), self) },
    __exit__: {
      sig: '__exit__($self, /, *exc_info)', kind: 'method',
      fn: (self: Value): Value => {
        releaseMemoryview(self);
        return null;
      },
    },
    __buffer__: m('__buffer__($self, flags, /)', (self: Value) => makeMemoryview(self)),
    __release_buffer__: m('__release_buffer__($self, buffer, /)', (_self: Value, b: Value) => {
      if (isMemoryview(b)) releaseMemoryview(b);
      return null;
    }),
    release: { sig: 'release($self, /)', kind: 'method', fn: (self: Value): Value => (releaseMemoryview(self), null) },
    tobytes: {
      sig: "tobytes($self, /, order='C')", kind: 'method',
      fn: (self: Value, order: Value = 'C'): Value => newBytes(tobytes(view(self), order)),
    },
    tolist: { sig: 'tolist($self, /)', kind: 'method', fn: (self: Value): Value => tolist(view(self)) },
    hex: {
      sig: 'hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)', kind: 'method',
      fn: (self: Value, sep?: Value, per?: Value): Value => hexMethod(viewToBytes(view(self)), sep, per),
    },
    cast: { sig: 'cast($self, /, format, shape=<unrepresentable>)', kind: 'method', fn: cast },
    toreadonly: {
      sig: 'toreadonly($self, /)', kind: 'method',
      fn: (self: Value): Value => derive(view(self), { readonly: true }),
    },
    count: {
      sig: 'count($self, value, /)', kind: 'method',
      fn: (self: Value, x: Value): Value => lookupItems(view(self)).filter((y) => eqBool(y, x)).length,
    },
    index: {
      sig: 'index($self, value, start=0, stop=sys.maxsize, /)', kind: 'method',
      fn: (self: Value, x: Value, start: Value = 0, stop?: Value): Value => {
        const xs = lookupItems(view(self));
        let s = asSsize(start, null);
        let e = stop === undefined || stop === (MISSING as unknown as Value) ? xs.length : asSsize(stop, null);
        if (s < 0) s = Math.max(s + xs.length, 0);
        if (e < 0) e = Math.max(e + xs.length, 0);
        for (let i = s; i < Math.min(e, xs.length); i++) if (eqBool(xs[i]!, x)) return i;
        raise('ValueError', 'memoryview.index(x): x not found');
      },
    },
  },
  getsets: {
    obj: prop((v) => v.obj),
    nbytes: prop((v) => viewBytes(v)),
    readonly: prop((v) => v.readonly),
    itemsize: prop((v) => v.itemsize),
    format: prop((v) => v.format),
    ndim: prop((v) => v.shape.length),
    shape: prop((v) => newTuple(v.shape)),
    strides: prop((v) => newTuple(v.strides)),
    suboffsets: prop(() => newTuple([])),
    c_contiguous: prop((v) => isContiguous(v)),
    f_contiguous: prop((v) => isFContiguous(v)),
    contiguous: prop((v) => isContiguous(v) || isFContiguous(v)),
  },
  slots: {
    repr: reprOf,
    getitem: subscript,
    setitem: (v, k, x) => assSubscript(v, k, x),
    delitem: (v, k) => assSubscript(v, k, undefined),
    iter: makeIter,
  },
});

function isFContiguous(v: BufferInfo): boolean {
  let want = v.itemsize;
  for (let d = 0; d < v.shape.length; d++) {
    if (v.shape[d]! > 1 && v.strides[d] !== want) return false;
    want *= v.shape[d]!;
  }
  return true;
}
