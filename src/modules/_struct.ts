// The _struct module: pack/unpack of C structs described by format strings (byte orders @ = < > !,
// native sizes and alignment of x86-64 Linux, every format code), Struct objects, struct.error.
// CPython: Modules/_struct.c (prepare_s, s_pack_internal, s_unpack_internal, np_*/lp_*/bp_* tables).

import { U8 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { TypeFlag } from '../objects/layouts.js';
import { Ref, PyFloat, floatValue, decode, encode, getSlot, setSlot, type Value, STOP } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { raise, call, repr, truthy, typeNameOf, callSpecial } from '../objects/protocol.js';
import { asIndex, hasIndex, asSsizeStrict, checkNewType, exceptionMatches, instanceSlotsOf } from '../objects/coll_ops.js';
import { newTuple } from '../objects/tuple.js';
import { newBytes, isBytes, bytesData } from '../objects/bytes.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { getBuffer, bufferBytes, viewBytes } from '../objects/buffer.js';
import { moduleDict } from '../objects/module.js';
import { importModule } from '../vm/imports.js';
import { defineModule, newExceptionType } from './define.js';
import { iteratorMethods } from '../objects/coll_ops.js';

// ---- formats -----------------------------------------------------------------------------------------------

/** Native size (= alignment) of each code; standard sizes differ only for l/L (4) and have no n/N/P. */
const NATIVE_SIZE: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8,
  s: 1, p: 1, P: 8,
};
const STD_SIZE: Record<string, number> = { ...NATIVE_SIZE, l: 4, L: 4 };
delete STD_SIZE.n;
delete STD_SIZE.N;
delete STD_SIZE.P;

/** `count` consecutive items of one code (s and p: one item of `size` bytes). */
interface Code { ch: string; offset: number; size: number; count: number }
interface Layout { little: boolean; native: boolean; codes: Code[]; size: number; nitems: number }

const layouts = new Map<string, Layout>();

function structError(msg: string): never {
  const mod = importModule('_struct');
  throw call(dictGet(moduleDict(mod), 'error')!, [msg]);
}

/** prepare_s: the items and their offsets. */
function parse(fmt: string): Layout {
  const cached = layouts.get(fmt);
  if (cached !== undefined) return cached;
  let i = 0;
  let native = true;
  let little = true;
  const c0 = fmt[0];
  if (c0 === '@' || c0 === '=' || c0 === '<' || c0 === '>' || c0 === '!') {
    native = c0 === '@';
    little = c0 === '@' || c0 === '=' || c0 === '<';
    i = 1;
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const codes: Code[] = [];
  let offset = 0;
  let nitems = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (' \t\n\r\v\f'.includes(c)) {
      i++;
      continue;
    }
    let num = 1;
    if (c >= '0' && c <= '9') {
      num = 0;
      while (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') num = num * 10 + Number(fmt[i++]);
      if (i >= fmt.length) structError('repeat count given without format specifier');
    }
    const ch = fmt[i++]!;
    const size = sizes[ch];
    if (size === undefined) structError('bad char in struct format');
    if (native && size > 1) offset = Math.ceil(offset / size) * size;
    if (offset + num * size > 9.2e18) structError('total struct size too long');
    if (ch === 's' || ch === 'p') {
      codes.push({ ch, offset, size: num, count: 1 });
      offset += num;
      nitems++;
    } else if (ch === 'x') {
      offset += num;
    } else {
      if (num > 0) codes.push({ ch, offset, size, count: num });
      offset += size * num;
      nitems += num;
    }
  }
  const l: Layout = { little, native, codes, size: offset, nitems };
  layouts.set(fmt, l);
  return l;
}

// ---- packing -----------------------------------------------------------------------------------------------

function intArg(v: Value): bigint {
  if (!hasIndex(v)) structError('required argument is not an integer');
  return BigInt(asIndex(v));
}

function floatArg(v: Value): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) structError('required argument is not a float');
    return f;
  }
  const r = v instanceof Ref ? callSpecial(v, '__float__', []) : undefined;
  if (r === undefined) {
    if (hasIndex(v)) return Number(asIndex(v));
    structError('required argument is not a float');
  }
  return r instanceof PyFloat ? r.v : (r as number);
}

const SIGNED = new Set(['b', 'h', 'i', 'l', 'q', 'n']);

function packOne(code: Code, v: Value, dv: DataView, base: number, little: boolean, native: boolean): void {
  const at = base + code.offset;
  const ch = code.ch;
  switch (ch) {
    case 'c': {
      if (!isBytes(v) || bytesData(v.a).length !== 1) structError('char format requires a bytes object of length 1');
      dv.setUint8(at, bytesData(v.a)[0]!);
      return;
    }
    case '?': dv.setUint8(at, truthy(v) ? 1 : 0); return;
    case 's': case 'p': {
      const d = isBytes(v) ? bytesData(v.a) : v instanceof Ref && typeNameOf(v) === 'bytearray' ? bufferBytes(v)! : null;
      if (d === null) structError(`argument for '${ch}' must be a bytes object`);
      if (ch === 's') {
        for (let k = 0; k < code.size && k < d.length; k++) dv.setUint8(at + k, d[k]!);
      } else if (code.size > 0) {
        const n = Math.min(d.length, code.size - 1, 255);
        dv.setUint8(at, n);
        for (let k = 0; k < n; k++) dv.setUint8(at + 1 + k, d[k]!);
      }
      return;
    }
    case 'e': case 'f': case 'd': {
      const x = floatArg(v);
      if (ch === 'd') dv.setFloat64(at, x, little);
      else if (ch === 'f') {
        if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) raise('OverflowError', 'float too large to pack with f format');
        dv.setFloat32(at, x, little);
      } else dv.setUint16(at, toHalf(x), little);
      return;
    }
    default: {
      const n = intArg(v);
      const bits = BigInt(code.size * 8);
      if (ch === 'P') {
        // PyLong_AsVoidPtr: anything in [-2**63, 2**64) wraps to a pointer.
        if (n >= 1n << 64n || n < -(1n << 63n)) structError('int too large to convert');
        dv.setBigUint64(at, BigInt.asUintN(64, n), little);
        return;
      }
      const lo = SIGNED.has(ch) ? -(1n << (bits - 1n)) : 0n;
      const hi = SIGNED.has(ch) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
      if (n < lo || n > hi) structError(`'${ch}' format requires ${lo} <= number <= ${hi}`);
      const u = BigInt.asUintN(Number(bits), n);
      for (let k = 0; k < code.size; k++) {
        const byte = Number((u >> BigInt(8 * k)) & 0xffn);
        dv.setUint8(at + (little ? k : code.size - 1 - k), byte);
      }
      void native;
    }
  }
}

/** IEEE 754 binary16 bits of x, round-half-even (PyFloat_Pack2); OverflowError when too large. */
function toHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    const m = roundEven(a / 2 ** -24);
    return sign | m; // m may reach 0x400: the smallest normal, as the bit layout carries over
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) raise('OverflowError', 'float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  return d > 0.5 || (d === 0.5 && f % 2 === 1) ? f + 1 : f;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function packInto(l: Layout, args: Value[], fname: string, dv: DataView, base: number): void {
  if (args.length !== l.nitems) structError(`${fname} expected ${l.nitems} items for packing (got ${args.length})`);
  let k = 0;
  for (const c of l.codes) {
    for (let j = 0; j < c.count; j++) packOne(c, args[k++]!, dv, base + j * c.size, l.little, l.native);
  }
}

function pack(l: Layout, args: Value[]): Value {
  if (l.size > 0x7fffffff) raise('MemoryError', '');
  const buf = new Uint8Array(l.size);
  packInto(l, args, 'pack', new DataView(buf.buffer), 0);
  return newBytes(buf);
}

// ---- unpacking ---------------------------------------------------------------------------------------------

function unpackOne(code: Code, dv: DataView, base: number, little: boolean): Value {
  const at = base + code.offset;
  switch (code.ch) {
    case 'c': return newBytes([dv.getUint8(at)]);
    case '?': return dv.getUint8(at) !== 0;
    case 's': return newBytes(new Uint8Array(dv.buffer, dv.byteOffset + at, code.size).slice());
    case 'p': {
      if (code.size === 0) return newBytes([]);
      const n = Math.min(dv.getUint8(at), code.size - 1);
      return newBytes(new Uint8Array(dv.buffer, dv.byteOffset + at + 1, n).slice());
    }
    case 'e': return floatValue(fromHalf(dv.getUint16(at, little)));
    case 'f': return floatValue(dv.getFloat32(at, little));
    case 'd': return floatValue(dv.getFloat64(at, little));
    default: {
      let u = 0n;
      for (let k = 0; k < code.size; k++) u |= BigInt(dv.getUint8(at + (little ? k : code.size - 1 - k))) << BigInt(8 * k);
      const n = SIGNED.has(code.ch) ? BigInt.asIntN(code.size * 8, u) : u;
      return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
    }
  }
}

function unpackAt(l: Layout, data: Uint8Array, base: number): Value {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: Value[] = [];
  for (const c of l.codes) for (let j = 0; j < c.count; j++) out.push(unpackOne(c, dv, base + j * c.size, l.little));
  return newTuple(out);
}

function dataOf(v: Value): Uint8Array {
  const d = isBytes(v) ? bytesData(v.a) : bufferBytes(v);
  if (d === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d;
}

function unpack(l: Layout, buffer: Value): Value {
  const d = dataOf(buffer);
  if (d.length !== l.size) structError(`unpack requires a buffer of ${l.size} bytes`);
  return unpackAt(l, d, 0);
}

function unpackFrom(l: Layout, buffer: Value, offsetV: Value): Value {
  const d = dataOf(buffer);
  let offset = asSsizeStrict(offsetV);
  if (offset < 0) {
    if (offset + d.length < 0) structError(`offset ${offset} out of range for ${d.length}-byte buffer`);
    if (offset + l.size > 0) structError(`not enough data to unpack ${l.size} bytes at offset ${offset}`);
    offset += d.length;
  }
  if (d.length - offset < l.size) {
    structError(`unpack_from requires a buffer of at least ${l.size + offset} bytes for unpacking ${l.size} bytes at offset ${offset} (actual buffer size is ${d.length})`);
  }
  return unpackAt(l, d, offset);
}

function packIntoBuffer(l: Layout, buffer: Value, offsetV: Value, args: Value[]): Value {
  let view: ReturnType<typeof getBuffer> = null;
  try {
    view = getBuffer(buffer, true);
  } catch (e) {
    // A read-only buffer: Argument Clinic's Py_buffer(accept={rwbuffer}) converter message.
    if (!exceptionMatches(e, 'BufferError')) throw e;
  }
  if (view === null) raise('TypeError', `argument must be read-write bytes-like object, not ${typeNameOf(buffer)}`);
  try {
    const n = viewBytes(view);
    let offset = asSsizeStrict(offsetV);
    if (args.length !== l.nitems) structError(`pack_into expected ${l.nitems} items for packing (got ${args.length})`);
    if (offset < 0) {
      if (offset + l.size > 0) structError(`no space to pack ${l.size} bytes at offset ${offset}`);
      if (offset + n < 0) structError(`offset ${offset} out of range for ${n}-byte buffer`);
      offset += n;
    }
    if (n - offset < l.size) {
      structError(`pack_into requires a buffer of at least ${l.size + offset} bytes for packing ${l.size} bytes at offset ${offset} (actual buffer size is ${n})`);
    }
    const tmp = new Uint8Array(l.size);
    packInto(l, args, 'pack_into', new DataView(tmp.buffer), 0);
    U8.set(tmp, view.addr + offset);
  } finally {
    view.release();
  }
  return null;
}

// ---- Struct and the unpack iterator --------------------------------------------------------------------------

function formatArg(v: Value, who: string): string {
  if (typeof v === 'string') {
    // A str format is encoded to ASCII first (PyUnicode_AsASCIIString).
    const cps = [...v];
    const bad = cps.findIndex((c) => c.codePointAt(0)! > 127);
    if (bad >= 0) {
      throw call(new Ref(builtinTypeAddr('UnicodeEncodeError')), ['ascii', v, bad, bad + 1, 'ordinal not in range(128)']);
    }
    return v;
  }
  if (isBytes(v)) return String.fromCharCode(...bytesData(v.a));
  raise('TypeError', `${who} argument 1 must be a str or bytes object, not ${typeNameOf(v)}`);
}

/** The format of an initialised Struct (Struct.__new__ alone makes one without). */
function formatOf(self: Value): string {
  const t = getSlot((self as Ref).a, 0);
  if (t === 0) raise('RuntimeError', 'Struct object is not initialized');
  return decode(t) as string;
}

const layoutOf = (self: Value): Layout => parse(formatOf(self));

function newStruct(fmtV: Value, type = TYPE_ADDR[structType.index]!): Ref {
  const o = allocObj(type, type === TYPE_ADDR[structType.index]! ? 1 : instanceSlotsOf(type), 0);
  structInit(new Ref(o), fmtV);
  return new Ref(o);
}

/** Struct.__init__: a format that cannot be read leaves the Struct as it was. */
function structInit(self: Ref, fmtV: Value): null {
  const fmt = formatArg(fmtV, 'Struct()');
  parse(fmt);
  setSlot(self.a, 0, encode(fmt));
  return null;
}

export const structType = defineBuiltinType({
  name: 'Struct',
  module: '_struct',
  instanceSlots: 1,
  flags: TypeFlag.BaseType,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value): Value => {
        const t = checkNewType(type, TYPE_ADDR[structType.index]!);
        return new Ref(allocObj(t, t === TYPE_ADDR[structType.index]! ? 1 : instanceSlotsOf(t), 0));
      },
    },
    __init__: { sig: '__init__($self, format)', fn: (s: Value, f: Value) => structInit(s as Ref, f) },
    pack: { sig: 'pack($self, /, *values)', fn: (s: Value, args: Value[]) => pack(layoutOf(s), args) },
    pack_into: {
      sig: 'pack_into($self, buffer, offset, /, *values)',
      fn: (s: Value, b: Value, off: Value, args: Value[]) => packIntoBuffer(layoutOf(s), b, off, args),
    },
    unpack: { sig: 'unpack($self, buffer, /)', fn: (s: Value, b: Value) => unpack(layoutOf(s), b) },
    unpack_from: {
      sig: 'unpack_from($self, /, buffer, offset=0)', fn: (s: Value, b: Value, off: Value) => unpackFrom(layoutOf(s), b, off),
    },
    iter_unpack: { sig: 'iter_unpack($self, buffer, /)', fn: (s: Value, b: Value) => iterUnpack(s, b) },
    __sizeof__: { sig: '__sizeof__($self, /)', fn: (s: Value) => 72 + 24 * (layoutOf(s).codes.length + 1) },
  },
  getsets: {
    format: { get: ((s: Value) => formatOf(s)) as never },
    size: { get: ((s: Value) => (getSlot((s as Ref).a, 0) === 0 ? -1 : layoutOf(s).size)) as never },
  },
  slots: { repr: (s) => `Struct(${repr(formatOf(s))})` },
});

// unpack iterator slots: [struct, bytes copy, next offset]
function iterUnpack(s: Value, b: Value): Value {
  const l = layoutOf(s);
  const d = dataOf(b);
  if (l.size === 0) structError('cannot iteratively unpack with a struct of length 0');
  if (d.length % l.size !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${l.size} bytes`);
  const o = allocObj(builtinTypeAddr('unpack_iterator'), 3, 0);
  setSlot(o, 0, (s as Ref).a);
  setSlot(o, 1, newBytes(d).a);
  setSlot(o, 2, encode(0));
  return new Ref(o);
}

function iterNext(v: Value): Value | typeof STOP {
  const o = (v as Ref).a;
  const l = layoutOf(new Ref(getSlot(o, 0)));
  const d = bytesData(getSlot(o, 1));
  const off = decode(getSlot(o, 2)) as number;
  if (off + l.size > d.length) return STOP;
  setSlot(o, 2, encode(off + l.size));
  return unpackAt(l, d, off);
}

defineBuiltinType({
  name: 'unpack_iterator',
  module: '_struct',
  instanceSlots: 3,
  methods: {
    ...iteratorMethods(iterNext),
    __length_hint__: {
      sig: '__length_hint__($self, /)',
      fn: (v: Value): Value => {
        const o = (v as Ref).a;
        const l = layoutOf(new Ref(getSlot(o, 0)));
        return (bytesData(getSlot(o, 1)).length - (decode(getSlot(o, 2)) as number)) / l.size;
      },
    },
  },
  slots: { iter: (v) => v, next: iterNext },
});

const fmtLayout = (f: Value): Layout => parse(formatArg(f, 'Struct()'));

defineModule({
  name: '_struct',
  doc: 'Functions to convert between Python values and C structs.',
  functions: {
    pack: { sig: 'pack($module, format, /, *values)', fn: (f: Value, args: Value[]) => pack(fmtLayout(f), args) },
    pack_into: {
      sig: 'pack_into($module, format, buffer, offset, /, *values)',
      fn: (f: Value, b: Value, off: Value, args: Value[]) => packIntoBuffer(fmtLayout(f), b, off, args),
    },
    unpack: { sig: 'unpack($module, format, buffer, /)', fn: (f: Value, b: Value) => unpack(fmtLayout(f), b) },
    unpack_from: {
      sig: 'unpack_from($module, format, /, buffer, offset=0)',
      fn: (f: Value, b: Value, off: Value) => unpackFrom(fmtLayout(f), b, off),
    },
    iter_unpack: { sig: 'iter_unpack($module, format, buffer, /)', fn: (f: Value, b: Value) => iterUnpack(newStruct(f), b) },
    calcsize: { sig: 'calcsize($module, format, /)', fn: (f: Value) => fmtLayout(f).size },
    _clearcache: { sig: '_clearcache($module, /)', fn: () => (layouts.clear(), null) },
  },
  init(dict) {
    dictSet(dict, 'Struct', new Ref(TYPE_ADDR[structType.index]!));
    dictSet(dict, 'error', newExceptionType('struct', 'error', ['Exception']));
  },
});
