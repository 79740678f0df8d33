// The marshal module for data: None, bools, ints, floats, complex, str, bytes, tuples, lists,
// dicts, sets, frozensets, Ellipsis and StopIteration, in CPython's format (version 5), so that
// importlib's bootstrap imports and data marshalled by CPython loads.
// DELIBERATE DIFFERENCES: ftpy has no bytecode, so code objects are unmarshallable (ValueError, as
// for any unsupported type) and loading one raises ValueError; dumps never emits back-references
// (CPython emits them for objects with more than one reference, which a tracing collector cannot
// tell), so its bytes can be longer than CPython's but load the same everywhere.
// CPython: Python/marshal.c (w_object, r_object).

import { Ref, PyFloat, floatValue, type Value } from '../objects/value.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { typeOf } from '../objects/typeobject.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { SINGLETONS } from '../objects/bootstrap.js';
import { newBytes } from '../objects/bytes.js';
import { newTuple, tupleItems, isExactTuple } from '../objects/tuple.js';
import { newList, listItems, isExactList } from '../objects/list.js';
import { newDict, dictItems, dictSet } from '../objects/dict.js';
import { newSetFrom, setItems } from '../objects/set.js';
import { newComplex, complexFromHeap } from '../objects/numcore.js';
import { normBig } from '../objects/longmath.js';
import { strValueOf } from '../objects/protocol.js';
import { bytesLikeValue } from './buffers.js';
import { getattr } from '../vm/attr.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const VERSION = 5;

const enum T {
  NULL = 0x30, NONE = 0x4e, FALSE = 0x46, TRUE = 0x54, STOPITER = 0x53, ELLIPSIS = 0x2e, INT = 0x69, LONG = 0x6c,
  FLOAT = 0x66, BINARY_FLOAT = 0x67, COMPLEX = 0x78, BINARY_COMPLEX = 0x79, STRING = 0x73, INTERNED = 0x74,
  REF = 0x72, TUPLE = 0x28, LIST = 0x5b, DICT = 0x7b, CODE = 0x63, UNICODE = 0x75, SET = 0x3c, FROZENSET = 0x3e,
  ASCII = 0x61, ASCII_INTERNED = 0x41, SMALL_TUPLE = 0x29, SHORT_ASCII = 0x7a, SHORT_ASCII_INTERNED = 0x5a,
  SLICE = 0x3a,
}
const FLAG_REF = 0x80;

// ---- writing ---------------------------------------------------------------------------------------

class Writer {
  out: number[] = [];
  depth = 0;
  constructor(readonly version: number) {}
  byte(b: number): void { this.out.push(b & 0xff); }
  u32(n: number): void { for (let i = 0; i < 4; i++) this.byte(n >>> (8 * i)); }
  f64(x: number): void {
    const b = new Uint8Array(new Float64Array([x]).buffer);
    for (const c of b) this.byte(c);
  }
  bytes(b: Uint8Array): void { for (const c of b) this.byte(c); }
}

function isExact(v: Value, name: string): boolean {
  return v instanceof Ref && typeOf(v) === builtinTypeAddr(name);
}

function wInt(w: Writer, n: bigint): void {
  if (n >= -0x80000000n && n <= 0x7fffffffn) {
    w.byte(T.INT);
    w.u32(Number(n) | 0);
    return;
  }
  // TYPE_LONG: signed count of 15-bit digits, least significant first.
  let a = n < 0n ? -n : n;
  const digits: number[] = [];
  while (a > 0n) {
    digits.push(Number(a & 0x7fffn));
    a >>= 15n;
  }
  w.byte(T.LONG);
  w.u32(n < 0n ? -digits.length : digits.length);
  for (const d of digits) { w.byte(d); w.byte(d >> 8); }
}

function wObject(w: Writer, v: Value): void {
  if (++w.depth > 2000) raise('ValueError', 'object too deeply nested to marshal');
  try {
    if (v === null) return w.byte(T.NONE);
    if (v === true) return w.byte(T.TRUE);
    if (v === false) return w.byte(T.FALSE);
    if (typeof v === 'bigint') return wInt(w, v);
    if (typeof v === 'number') {
      if (Number.isInteger(v)) return wInt(w, BigInt(v));
      w.byte(T.BINARY_FLOAT);
      return w.f64(v);
    }
    if (v instanceof PyFloat) {
      w.byte(T.BINARY_FLOAT);
      return w.f64(v.v);
    }
    if (typeof v === 'string') return wStr(w, v);
    const r = v;
    if (r.a === SINGLETONS.ellipsis) return w.byte(T.ELLIPSIS);
    if (r.a === builtinTypeAddr('StopIteration')) return w.byte(T.STOPITER);
    if (isExact(r, 'str')) return wStr(w, strValueOf(r));
    if (isExact(r, 'complex')) {
      const [re, im] = complexFromHeap(r.a);
      w.byte(T.BINARY_COMPLEX);
      w.f64(re);
      return w.f64(im);
    }
    if (isExact(r, 'bytes') || isExact(r, 'bytearray') || isExact(r, 'memoryview')) {
      const b = bytesLikeValue(r)!;
      w.byte(T.STRING);
      w.u32(b.length);
      return w.bytes(b);
    }
    if (isExactTuple(r)) {
      const items = tupleItems(r.a);
      if (items.length < 256) {
        w.byte(T.SMALL_TUPLE);
        w.byte(items.length);
      } else {
        w.byte(T.TUPLE);
        w.u32(items.length);
      }
      for (const x of items) wObject(w, x);
      return;
    }
    if (isExactList(r)) {
      const items = listItems((r as Ref).a);
      w.byte(T.LIST);
      w.u32(items.length);
      for (const x of items) wObject(w, x);
      return;
    }
    if (isExact(r, 'dict')) {
      w.byte(T.DICT);
      for (const [k, x] of dictItems((r as Ref).a)) {
        wObject(w, k);
        wObject(w, x);
      }
      return w.byte(T.NULL);
    }
    if (isExact(r, 'set') || isExact(r, 'frozenset')) {
      const items = setItems((r as Ref).a);
      w.byte(isExact(r, 'set') ? T.SET : T.FROZENSET);
      w.u32(items.length);
      for (const x of items) wObject(w, x);
      return;
    }
    if (w.version >= 5 && isExact(r, 'slice')) {
      w.byte(T.SLICE);
      for (const f of ['start', 'stop', 'step']) wObject(w, getattr(r, f));
      return;
    }
    raise('ValueError', 'unmarshallable object');
  } finally {
    w.depth--;
  }
}

function wStr(w: Writer, s: string): void {
  if (w.version >= 4 && /^[\x00-\x7f]*$/.test(s)) {
    if (s.length < 256) {
      w.byte(T.SHORT_ASCII);
      w.byte(s.length);
    } else {
      w.byte(T.ASCII);
      w.u32(s.length);
    }
    for (let i = 0; i < s.length; i++) w.byte(s.charCodeAt(i));
    return;
  }
  const b = Buffer.from(s, 'utf8');
  w.byte(T.UNICODE);
  w.u32(b.length);
  w.bytes(b);
}

function dumps(v: Value, version: Value): Uint8Array {
  const w = new Writer(Number(version));
  wObject(w, v);
  return Uint8Array.from(w.out);
}

// ---- reading ---------------------------------------------------------------------------------------

class Reader {
  pos = 0;
  refs: Value[] = [];
  depth = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.b.length) raise('EOFError', 'EOF read where object expected');
    return this.b[this.pos++]!;
  }
  need(n: number): void {
    if (this.pos + n > this.b.length) raise('EOFError', 'marshal data too short');
  }
  i32(): number {
    this.need(4);
    const v = this.b[this.pos]! | (this.b[this.pos + 1]! << 8) | (this.b[this.pos + 2]! << 16) | (this.b[this.pos + 3]! << 24);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = new DataView(this.b.buffer, this.b.byteOffset + this.pos, 8).getFloat64(0, true);
    this.pos += 8;
    return v;
  }
  take(n: number): Uint8Array {
    if (n < 0) raise('ValueError', 'bad marshal data (bytes object size out of range)');
    this.need(n);
    const s = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }
}

function rObject(r: Reader): Value {
  if (++r.depth > 2000) raise('ValueError', 'recursion limit exceeded');
  try {
    const code = r.byte();
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    // A container is registered before its items are read, so its items may refer back to it.
    let slot = -1;
    if (flag) {
      slot = r.refs.length;
      r.refs.push(null);
    }
    const keep = (v: Value): Value => {
      if (slot >= 0) r.refs[slot] = v;
      return v;
    };
    switch (type) {
      case T.NONE: return keep(null);
      case T.TRUE: return keep(true);
      case T.FALSE: return keep(false);
      case T.ELLIPSIS: return keep(new Ref(SINGLETONS.ellipsis));
      case T.STOPITER: return keep(new Ref(builtinTypeAddr('StopIteration')));
      case T.INT: return keep(r.i32());
      case T.LONG: {
        const n = r.i32();
        let v = 0n;
        const count = Math.abs(n);
        const ds = r.take(count * 2);
        for (let i = count - 1; i >= 0; i--) {
          const d = ds[2 * i]! | (ds[2 * i + 1]! << 8);
          if (d > 0x7fff) raise('ValueError', 'bad marshal data (digit out of range in long)');
          v = (v << 15n) | BigInt(d);
        }
        return keep(normBig(n < 0 ? -v : v));
      }
      case T.BINARY_FLOAT: return keep(floatValue(r.f64()));
      case T.FLOAT: return keep(floatValue(Number(Buffer.from(r.take(r.byte())).toString('latin1'))));
      case T.BINARY_COMPLEX: {
        const re = r.f64();
        return keep(newComplex(re, r.f64()));
      }
      case T.COMPLEX: {
        const re = Number(Buffer.from(r.take(r.byte())).toString('latin1'));
        return keep(newComplex(re, Number(Buffer.from(r.take(r.byte())).toString('latin1'))));
      }
      case T.STRING: return keep(newBytes(r.take(r.i32())));
      case T.UNICODE: case T.INTERNED:
        return keep(Buffer.from(r.take(r.i32())).toString('utf8'));
      case T.ASCII: case T.ASCII_INTERNED: return keep(Buffer.from(r.take(r.i32())).toString('latin1'));
      case T.SHORT_ASCII: case T.SHORT_ASCII_INTERNED: return keep(Buffer.from(r.take(r.byte())).toString('latin1'));
      case T.SMALL_TUPLE: case T.TUPLE: {
        const n = type === T.SMALL_TUPLE ? r.byte() : r.i32();
        if (n < 0) raise('ValueError', 'bad marshal data (tuple size out of range)');
        const items: Value[] = [];
        for (let i = 0; i < n; i++) items.push(rObject(r));
        return keep(newTuple(items));
      }
      case T.LIST: {
        const n = r.i32();
        if (n < 0) raise('ValueError', 'bad marshal data (list size out of range)');
        const l = keep(newList([]));
        const vals: Value[] = [];
        for (let i = 0; i < n; i++) vals.push(rObject(r));
        call(getattr(l, 'extend'), [newList(vals)]);
        return l;
      }
      case T.DICT: {
        const d = keep(new Ref(newDict()));
        for (;;) {
          if (r.b[r.pos] === T.NULL) {
            r.pos++;
            break;
          }
          const k = rObject(r);
          dictSet((d as Ref).a, k, rObject(r));
        }
        return d;
      }
      case T.SET: case T.FROZENSET: {
        const n = r.i32();
        if (n < 0) raise('ValueError', 'bad marshal data (set size out of range)');
        const vals: Value[] = [];
        for (let i = 0; i < n; i++) vals.push(rObject(r));
        return keep(newSetFrom(builtinTypeAddr(type === T.SET ? 'set' : 'frozenset'), newList(vals)));
      }
      case T.SLICE: {
        const a = rObject(r);
        const b = rObject(r);
        return keep(call(new Ref(builtinTypeAddr('slice')), [a, b, rObject(r)]));
      }
      case T.REF: {
        const i = r.i32();
        if (i < 0 || i >= r.refs.length) raise('ValueError', 'bad marshal data (invalid reference)');
        return r.refs[i]!;
      }
      case T.CODE: raise('ValueError', 'bad marshal data (ftpy has no bytecode: code objects cannot be loaded)');
      default: raise('ValueError', 'bad marshal data (unknown type code)');
    }
  } finally {
    r.depth--;
  }
}

function loads(data: Value): Value {
  const b = bytesLikeValue(data);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
  return rObject(new Reader(b.slice()));
}

export const marshalModule = defineModule({
  name: 'marshal',
  doc: 'This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.',
  functions: {
    dumps: { sig: 'dumps($module, value, version=5, /, *, allow_code=True)', fn: fn((v: Value, version: Value) => newBytes(dumps(v, version))) },
    loads: { sig: 'loads($module, bytes, /, *, allow_code=True)', fn: fn(loads) },
    dump: {
      sig: 'dump($module, value, file, version=5, /, *, allow_code=True)',
      fn: fn((v: Value, file: Value, version: Value) => {
        call(getattr(file, 'write'), [newBytes(dumps(v, version))]);
        return null;
      }),
    },
    load: {
      sig: 'load($module, file, /, *, allow_code=True)',
      fn: fn((file: Value) => {
        // Reads the whole rest of the file (CPython reads what the object needs).
        const data = call(getattr(file, 'read'), []);
        return loads(data);
      }),
    },
  },
  init(dict) {
    dictSet(dict, 'version', VERSION);
  },
});
