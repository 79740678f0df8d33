// How Python values look in JavaScript, and how they are stored in the shared heap.
//
// In JS (locals, frames, arguments):
//   int          -> number (integral, |v| <= 2^53-1) or bigint beyond
//   float        -> number when non-integral / inf / nan; PyFloat box when integral or -0.0
//   bool         -> boolean        None -> null        str -> string
//   anything else-> Ref (the address of a heap object)
// In a heap slot (int32): odd = small int (v << 1 | 1, |v| < 2^30), 0 = empty, even = address.
// Floats, bigger ints and strs stored into the heap become heap objects (float/int/str boxes);
// reading them back gives the JS value again (strs through a per-worker cache).

import { I32, F64, U16 } from '../heap/index.js';

/** A reference to a heap object. Identity is the address (`a`), not the JS object. */
export class Ref {
  constructor(readonly a: number) {}
}

/** A float whose value is integral (or -0.0): keeps 1.0 distinct from the int 1. */
export class PyFloat {
  constructor(readonly v: number) {}
}

/** Any Python value as generated code holds it. */
export type Value = number | bigint | string | boolean | null | PyFloat | Ref;

/** End-of-iteration sentinel returned by R.next (never a Python value). */
export const STOP: unique symbol = Symbol('STOP');

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ---- Builtin type addresses -----------------------------------------------------------------
// Set when the heap is created or attached (objects/bootstrap.ts). Module-level lets: hot code
// compares header words against them directly.
export let T_OBJECT = 0;
export let T_TYPE = 0;
export let T_INT = 0;
export let T_BOOL = 0;
export let T_FLOAT = 0;
export let T_STR = 0;
export let T_NONE = 0;
export let A_NONE = 0;
export let A_TRUE = 0;
export let A_FALSE = 0;

export function setCoreAddresses(t: {
  object: number; type: number; int: number; bool: number; float: number; str: number; none: number;
  noneObj: number; trueObj: number; falseObj: number;
}): void {
  T_OBJECT = t.object;
  T_TYPE = t.type;
  T_INT = t.int;
  T_BOOL = t.bool;
  T_FLOAT = t.float;
  T_STR = t.str;
  T_NONE = t.none;
  A_NONE = t.noneObj;
  A_TRUE = t.trueObj;
  A_FALSE = t.falseObj;
}

// ---- Header access ----------------------------------------------------------------------------

export const NSLOTS_MASK = 0x00ffffff;

/** Type address of the heap object at `a`. */
export function typeAddr(a: number): number {
  return I32[a >> 2]!;
}

/** Number of slots of the object at `a`. */
export function nslots(a: number): number {
  return I32[(a >> 2) + 1]! & NSLOTS_MASK;
}

/** I32 index of slot `i` of the object at `a`. */
export function slotIndex(a: number, i: number): number {
  return (a >> 2) + 2 + i;
}

/** Byte address where the object's raw area starts (after its slots). */
export function rawBase(a: number): number {
  return a + 8 + ((I32[(a >> 2) + 1]! & NSLOTS_MASK) << 2);
}

/** Raw slot read (tagged). */
export function getSlot(a: number, i: number): number {
  return I32[(a >> 2) + 2 + i]!;
}

export function setSlot(a: number, i: number, tagged: number): void {
  I32[(a >> 2) + 2 + i] = tagged;
}

/** A small int slot value. */
export function tagInt(n: number): number {
  return (n << 1) | 1;
}

export function untagInt(t: number): number {
  return t >> 1;
}

export function isSmallInt(n: number): boolean {
  return n >= -0x40000000 && n < 0x40000000 && Number.isInteger(n);
}

// ---- Decoding (heap -> JS) -----------------------------------------------------------------------

let decodeStrHook: (a: number) => string = () => {
  throw new Error('str decoding not initialised');
};
let decodeIntHook: (a: number) => number | bigint = () => {
  throw new Error('int decoding not initialised');
};

export function setDecodeHooks(str: (a: number) => string, int: (a: number) => number | bigint): void {
  decodeStrHook = str;
  decodeIntHook = int;
}

/** A heap slot value as a JS value (undefined for an empty slot). */
export function decode(t: number): Value | undefined {
  if (t & 1) return t >> 1;
  if (t === 0) return undefined;
  const ty = I32[t >> 2]!;
  if (ty === T_FLOAT) return floatValue(F64[(t + 8) >> 3]!);
  if (ty === T_STR) return decodeStrHook(t);
  if (t === A_NONE) return null;
  if (t === A_TRUE) return true;
  if (t === A_FALSE) return false;
  if (ty === T_INT) return decodeIntHook(t);
  return new Ref(t);
}

/** A double as a Python float in JS form. */
export function floatValue(v: number): number | PyFloat {
  return Number.isInteger(v) || v === 0 ? new PyFloat(v) : v;
}

// ---- Encoding (JS -> heap) --------------------------------------------------------------------

let encodeHook: (v: Value) => number = () => {
  throw new Error('encoding not initialised');
};

export function setEncodeHook(f: (v: Value) => number): void {
  encodeHook = f;
}

/** A JS value as a heap slot value (may allocate a box). */
export function encode(v: Value): number {
  if (typeof v === 'number' && (v | 0) === v && v >= -0x40000000 && v < 0x40000000 && !Object.is(v, -0)) {
    return (v << 1) | 1;
  }
  if (v instanceof Ref) return v.a;
  if (v === null) return A_NONE;
  if (v === true) return A_TRUE;
  if (v === false) return A_FALSE;
  return encodeHook(v);
}

/** UTF-16 code unit array view helper for str objects (used by objects/str.ts). */
export function u16(index: number): number {
  return U16[index]!;
}

/** How reprs show an object's address: 0x followed by at least 12 hex digits, as on 64-bit CPython. */
export function addrHex(a: number): string {
  return `0x${a.toString(16).padStart(12, '0')}`;
}
