// Plumbing shared by the number types: recognising ints, floats and complexes in every JS form
// (including instances of subclasses, which are heap objects), their heap layouts, the index and
// float conversion protocols (PyNumber_Index, PyNumber_Float), and small helpers the dunders need
// (NotImplemented, tuples, warnings). CPython: Objects/abstract.c, Objects/longobject.c.

import { I32, U32, F64 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeSlot } from './layouts.js';
import {
  Ref, PyFloat, T_INT, T_FLOAT, T_BOOL, T_STR, A_TRUE, rawBase, type Value,
} from './value.js';
import { isSubtype, typeOf, typeName, lookup } from './typeobject.js';
import { raise, call, callSpecial, strValueOf, A_NOTIMPLEMENTED, typeNameOf } from './protocol.js';
import { builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { type Int, normBig, intToFloat } from './longmath.js';
import { newTuple } from './tuple.js';

export let T_COMPLEX = 0;
onTypesReady(() => {
  T_COMPLEX = builtinTypeAddr('complex');
});

export function notImpl(): Ref {
  return new Ref(A_NOTIMPLEMENTED);
}

// ---- recognising operands ----------------------------------------------------------------------

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intOf(v: Value): Int | undefined {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? v : undefined;
    case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    default:
      if (v instanceof Ref) {
        const t = I32[v.a >> 2]!;
        if (t === T_BOOL) return v.a === A_TRUE ? 1 : 0;
        if (t === T_INT || isSubtype(t, T_INT)) return intFromHeap(v.a);
      }
      return undefined;
  }
}

/** The double of a float or float-subclass instance; undefined for anything else (ints too). */
export function floatOf(v: Value): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? undefined : v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof Ref) {
    const t = I32[v.a >> 2]!;
    if (t === T_FLOAT || isSubtype(t, T_FLOAT)) return floatFromHeap(v.a);
  }
  return undefined;
}

/** [real, imag] of a complex or complex-subclass instance; undefined otherwise. */
export function complexOf(v: Value): [number, number] | undefined {
  if (v instanceof Ref) {
    const t = I32[v.a >> 2]!;
    if (t === T_COMPLEX || (T_COMPLEX !== 0 && isSubtype(t, T_COMPLEX))) return complexFromHeap(v.a);
  }
  return undefined;
}

/** Is `v` exactly an int (not bool, not a subclass instance)? */
export function isExactInt(v: Value): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

// ---- heap layouts ------------------------------------------------------------------------------------
// int: raw = [int32 n][u32 words, least significant first]; |n| words, sign of n = sign of value.
// float: raw = one float64 at the first 8-aligned address of the raw area (the exact box has no
// slots, so that is address + 8, which value.ts decode reads directly).
// complex: raw = two float64 (real, imag), aligned the same way.
// Subclass instances use the same raw layout after their type's slots.

function instanceSlots(type: number): number {
  return I32[(type >> 2) + 2 + TypeSlot.InstanceSlots]! >> 1;
}

function intWords(v: Int): number[] {
  const m = typeof v === 'number' ? Math.abs(v) : v < 0n ? -v : v;
  if (typeof m === 'number') {
    if (m === 0) return [];
    const lo = m >>> 0; // ToUint32 is m mod 2^32, exact for a safe integer (`%` on doubles calls fmod)
    const hi = (m - lo) / 0x100000000;
    return hi === 0 ? [lo] : [lo, hi];
  }
  const hex = m.toString(16);
  const words: number[] = [];
  for (let end = hex.length; end > 0; end -= 8) words.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  return words;
}

function writeInt(a: number, v: Int): void {
  const words = intWords(v);
  const base = rawBase(a) >> 2;
  I32[base] = v < 0 ? -words.length : words.length;
  for (let i = 0; i < words.length; i++) U32[base + 1 + i] = words[i]!;
}

/** Allocates an int object of `type` (int or a subclass) holding `v`. */
export function newIntObject(type: number, v: Int): Ref {
  const words = intWords(v).length;
  const a = allocObj(type, instanceSlots(type), 4 + 4 * words);
  writeInt(a, v);
  return new Ref(a);
}

/** The heap box for an int that is not a small int (value.ts encode hook). */
export function intToHeap(v: Int): number {
  if (typeof v === 'number') {
    // Safe integers need one or two 32-bit words: written directly (the common boxed case).
    const m = Math.abs(v);
    const lo = m >>> 0; // m mod 2^32 without fmod
    const hi = (m - lo) / 0x100000000;
    const n = hi === 0 ? 1 : 2;
    const a = allocObj(T_INT, 0, 4 + 4 * n);
    const base = rawBase(a) >> 2;
    I32[base] = v < 0 ? -n : n;
    U32[base + 1] = lo;
    if (n === 2) U32[base + 2] = hi;
    return a;
  }
  const words = intWords(v).length;
  const a = allocObj(T_INT, 0, 4 + 4 * words);
  writeInt(a, v);
  return a;
}

/** The int value stored in an int object or int-subclass instance (value.ts decode hook). */
export function intFromHeap(a: number): Int {
  const base = rawBase(a) >> 2;
  const n = I32[base]!;
  const len = Math.abs(n);
  if (len === 0) return 0;
  if (len <= 2) {
    const m = U32[base + 1]! + (len === 2 ? U32[base + 2]! * 0x100000000 : 0);
    if (m <= Number.MAX_SAFE_INTEGER) return n < 0 ? -m : m;
  }
  let hex = '';
  for (let i = len; i >= 1; i--) hex += U32[base + i]!.toString(16).padStart(8, '0');
  const b = BigInt('0x' + hex);
  return normBig(n < 0 ? -b : b);
}

function f64Index(a: number): number {
  return ((rawBase(a) + 7) & ~7) >> 3;
}

export function newFloatObject(type: number, x: number): Ref {
  const a = allocObj(type, instanceSlots(type), 12);
  F64[f64Index(a)] = x;
  return new Ref(a);
}

/** The heap box for a float (value.ts encode hook). */
export function floatToHeap(x: number): number {
  const a = allocObj(T_FLOAT, 0, 8);
  F64[(a + 8) >> 3] = x;
  return a;
}

export function floatFromHeap(a: number): number {
  return F64[f64Index(a)]!;
}

export function newComplex(re: number, im: number, type: number = T_COMPLEX): Ref {
  const a = allocObj(type, instanceSlots(type), 20);
  const i = f64Index(a);
  F64[i] = re;
  F64[i + 1] = im;
  return new Ref(a);
}

export function complexFromHeap(a: number): [number, number] {
  const i = f64Index(a);
  return [F64[i]!, F64[i + 1]!];
}

/** Any int/float JS value as a heap slot (the number part of value.ts's encode hook). */
export function numberToHeap(v: number | bigint | PyFloat): number {
  if (v instanceof PyFloat) return floatToHeap(v.v);
  if (typeof v === 'bigint' || Number.isInteger(v)) return intToHeap(v);
  if (typeof v === 'number') return floatToHeap(v);
  // The bootstrap stores descriptors as bare { a } records (see bootstrap.ts refTo).
  const a = (v as { a?: unknown }).a;
  if (typeof a === 'number') return a;
  throw new Error(`numberToHeap: not a number: ${String(v)}`);
}

// ---- tuples, warnings ------------------------------------------------------------------------

export { newTuple };

export interface NumHooks {
  /** warnings.warn(message, category) from native code (stacklevel 1). */
  warn(category: string, message: string): void;
  /** A new bytes object (default: calls bytes(tuple)). */
  newBytes(data: Uint8Array): Value;
}

/** Installed by the runtime once the warnings machinery exists (until then warnings are dropped). */
export const NUM_HOOKS: NumHooks = {
  warn: () => {},
  newBytes: (data) => call(new Ref(builtinTypeAddr('bytes')), [newTuple(Array.from(data))]),
};

/** Is `v` an instance of the builtin type `name` (or a subclass)? False if no such type exists. */
export function isInstanceOf(v: Value, name: string): boolean {
  if (!(v instanceof Ref)) return false;
  let t: number;
  try {
    t = builtinTypeAddr(name);
  } catch {
    return false;
  }
  return t !== undefined && t !== 0 && isSubtype(I32[v.a >> 2]!, t);
}

export function setNumHooks(h: Partial<NumHooks>): void {
  Object.assign(NUM_HOOKS, h);
}

export function warn(category: string, message: string): void {
  NUM_HOOKS.warn(category, message);
}

// ---- conversion protocols -----------------------------------------------------------------------------

/** PyNumber_Index: the int value of an int or of an object with __index__. */
export function toIndex(v: Value): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, '__index__', []);
  if (r === undefined) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  if (isExactInt(r)) return r as Int;
  const ri = intOf(r);
  if (ri === undefined) {
    raise('TypeError', `__index__ returned non-int (type ${typeNameOf(r)})`);
  }
  warn('DeprecationWarning', `__index__ returned non-int (type ${typeNameOf(r)}).  The ability to return an ` +
    'instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.');
  return ri;
}

/** PyNumber_AsSsize_t(v, OverflowError): an index that fits a C ssize_t. */
export function toSsize(v: Value): number {
  const i = toIndex(v);
  if (typeof i === 'bigint') {
    if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) {
      raise('OverflowError', `Python int too large to convert to C ssize_t`);
    }
    return Number(i);
  }
  return i;
}

/**
 * PyFloat_AsDouble: a double from a float, an int, or an object with __float__ or __index__
 * (TypeError 'must be real number, not X' otherwise).
 */
export function toDouble(v: Value): number {
  const f = floatOf(v);
  if (f !== undefined) return f;
  const i = intOf(v);
  if (i !== undefined) return intToFloat(i);
  const r = callSpecial(v, '__float__', []);
  if (r !== undefined) return checkFloatResult(v, r);
  if (hasSpecial(v, '__index__')) return intToFloat(toIndex(v));
  raise('TypeError', `must be real number, not ${typeNameOf(v)}`);
}

/** The double from a __float__ result, with CPython's checks (PyNumber_Float). */
export function checkFloatResult(v: Value, r: Value): number {
  if (typeof r === 'number' && !Number.isInteger(r)) return r;
  if (r instanceof PyFloat) return r.v;
  const f = floatOf(r);
  if (f === undefined) {
    raise('TypeError', `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
  }
  warn('DeprecationWarning', `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)}).  The ` +
    'ability to return an instance of a strict subclass of float is deprecated, and may be removed in a ' +
    'future version of Python.');
  return f;
}

/** Does the type of `v` define `name` (along the MRO, without calling it)? */
export function hasSpecial(v: Value, name: string): boolean {
  return lookup(typeOf(v), name) !== undefined;
}

/** The text of a str or str-subclass instance; undefined for anything else. */
export function strArg(v: Value): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof Ref && isSubtype(I32[v.a >> 2]!, T_STR)) return strValueOf(v);
  return undefined;
}

/** The name of a type address (for messages). */
export function nameOfType(t: number): string {
  return typeName(t);
}
