// Operators. Ints (JS numbers / bigints) and floats (non-integral numbers / PyFloat) are handled
// inline with Python's semantics (exact integers, floor division and modulo signs, int/float
// mixing); everything else goes through the dunder methods with CPython's reflected-operand
// rules (Objects/abstract.c binary_op1, ternary_op) and its error messages, including the
// sequence concat/repeat fallbacks.

import { Ref, PyFloat, type Value, T_STR } from '../objects/value.js';
import { typeOf, typeName, lookup, isSubtype } from '../objects/typeobject.js';
import { callDescriptor, isNotImplemented, typeNameOf } from '../objects/protocol.js';
import { raise } from './errors.js';
import { frexp } from '../objects/hash.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** A bigint result as Python's int in JS form (a number when it fits). */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** A double as a Python float in JS form. */
export function fl(x: number): number | PyFloat {
  return Number.isInteger(x) || x === 0 ? new PyFloat(x) : x;
}

/** Is `v` an exact int (JS number integral, bigint, or bool)? */
function intValue(v: Value): number | bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** The float value of an exact int or float, or undefined. */
function floatOf(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return bigToFloat(v);
  return undefined;
}

function isFloat(v: Value): boolean {
  return (typeof v === 'number' && !Number.isInteger(v)) || v instanceof PyFloat;
}

export function bigToFloat(b: bigint): number {
  const x = Number(b);
  if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
  return x;
}

function big(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

// ---- Integer arithmetic on JS numbers/bigints ----------------------------------------------------

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r >= -MAX && r <= MAX) return r;
  }
  return normBig(big(a) + big(b));
}

export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= -MAX && r <= MAX) return r;
  }
  return normBig(big(a) - big(b));
}

export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r >= -MAX && r <= MAX) return r === 0 ? 0 : r;
  }
  return normBig(big(a) * big(b));
}

export function intFloorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b);
    // Exact when both are small enough that a / b has no rounding issue at the floor.
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
      const r = a - q * b;
      if (r !== 0 && (r < 0) !== (b < 0)) return q - 1;
      if (r !== 0 && Math.abs(r) >= Math.abs(b)) return q + (r > 0 === b > 0 ? 1 : -1);
      return q === 0 ? 0 : q;
    }
  }
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) return r + b;
    return r === 0 ? 0 : r;
  }
  const A = big(a);
  const B = big(b);
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}

export function intTrueDiv(a: number | bigint, b: number | bigint): number | PyFloat {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= MAX && Math.abs(b) <= MAX) return fl(a / b);
  return fl(bigTrueDiv(big(a), big(b)));
}

/** Correctly rounded a / b for big integers (long_true_divide). */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = (a < 0n) !== (b < 0n);
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  // Scale so that the quotient has 54+ significant bits, then round half to even.
  const shift = bitLength(y) - bitLength(x) + 55;
  if (shift > 0) x <<= BigInt(shift);
  else y <<= BigInt(-shift);
  let q = x / y;
  const rem = x % y;
  // q has 55 or 56 bits; round to 53.
  const extra = bitLength(q) - 53;
  const half = 1n << BigInt(extra - 1);
  const low = q & ((1n << BigInt(extra)) - 1n);
  q >>= BigInt(extra);
  if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
  const e = extra - shift;
  let r: number;
  if (e > 1023) {
    raise('OverflowError', 'integer division result too large for a float');
  } else {
    r = Number(q) * 2 ** e;
    if (!Number.isFinite(r)) raise('OverflowError', 'integer division result too large for a float');
  }
  return neg ? -r! : r!;
}

export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

export function intPow(a: number | bigint, b: number | bigint): number | bigint | PyFloat {
  if (b < 0) {
    if (a === 0 || a === 0n) raise('ZeroDivisionError', 'zero to a negative power');
    return fl(Math.pow(Number(a), Number(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Math.abs(r) <= MAX) return r;
  }
  return normBig(big(a) ** big(b));
}

export function intShift(a: number | bigint, b: number | bigint, left: boolean): number | bigint {
  if (b < 0) raise('ValueError', 'negative shift count');
  if (!left) {
    if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff) return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
    return normBig(big(a) >> big(b));
  }
  if (typeof a === 'number' && typeof b === 'number' && b < 31 && a >= -0x10000 && a <= 0xffff) return a * 2 ** b;
  if (big(b) > 1n << 40n) {
    if (a === 0 || a === 0n) return 0;
    // long_lshift: a count beyond int64 is an OverflowError; below that the allocation fails.
    if (big(b) > 0x7fffffffffffffffn) raise('OverflowError', 'too many digits in integer');
    raise('MemoryError', '');
  }
  return normBig(big(a) << big(b));
}

export function intBit(a: number | bigint, b: number | bigint, op: '&' | '|' | '^'): number | bigint {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) {
    return op === '&' ? a & b : op === '|' ? a | b : a ^ b;
  }
  const A = big(a);
  const B = big(b);
  return normBig(op === '&' ? A & B : op === '|' ? A | B : A ^ B);
}

// ---- Float arithmetic ---------------------------------------------------------------------------

export function floatFloorDiv(a: number, b: number): number | PyFloat {
  if (b === 0) raise('ZeroDivisionError', 'division by zero');
  return fl(floatDivmod(a, b)[0]);
}

export function floatMod(a: number, b: number): number | PyFloat {
  if (b === 0) raise('ZeroDivisionError', 'division by zero');
  return fl(floatDivmod(a, b)[1]);
}

/** Python's float divmod (Objects/floatobject.c _float_div_mod). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    // copysign(0.0, vx / wx): -0.0 // 1.0 is -0.0.
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatPow(a: number, b: number): number | PyFloat | Value {
  if (b === 0) return new PyFloat(1);
  if (Number.isNaN(a)) return fl(b === 0 ? 1 : NaN);
  if (a === 0 && b < 0) raise('ZeroDivisionError', 'zero to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) return complexPowHook(a, b);
  if (a === 1) return new PyFloat(1);
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise('OverflowError', 'Numerical result out of range');
  return fl(r);
}

let complexPowHook: (a: number, b: number) => Value = () => raise('ValueError', 'math domain error');
export function setComplexPowHook(f: typeof complexPowHook): void {
  complexPowHook = f;
}

// ---- Generic binary operators --------------------------------------------------------------------

const SYMBOL: Record<string, string> = {
  __add__: '+', __sub__: '-', __mul__: '*', __truediv__: '/', __floordiv__: '//', __mod__: '%', __pow__: '** or pow()',
  __matmul__: '@', __lshift__: '<<', __rshift__: '>>', __and__: '&', __or__: '|', __xor__: '^', __divmod__: 'divmod()',
};

function reflected(op: string): string {
  return `__r${op.slice(2)}`;
}

/** v <op> w through __op__ / __rop__ (binary_op1); NotImplemented when neither side handles it. */
export function binaryOp1(v: Value, w: Value, op: string): Value {
  const tv = typeOf(v);
  const tw = typeOf(w);
  const rop = reflected(op);
  const lm = lookup(tv, op);
  let rm = tv !== tw ? lookup(tw, rop) : undefined;
  if (rm !== undefined && rm !== null && isSubtype(tw, tv) && rm !== lookup(tv, rop)) {
    const r = callDescriptor(rm, w, tw, [v]);
    if (!isNotImplemented(r)) return r;
    rm = undefined;
  }
  if (lm !== undefined && lm !== null) {
    const r = callDescriptor(lm, v, tv, [w]);
    if (!isNotImplemented(r)) return r;
  }
  if (rm !== undefined && rm !== null) {
    const r = callDescriptor(rm, w, tw, [v]);
    if (!isNotImplemented(r)) return r;
  }
  return NOT_IMPLEMENTED();
}

let notImpl: Value | null = null;
function NOT_IMPLEMENTED(): Value {
  return notImpl!;
}
export function setNotImplemented(v: Value): void {
  notImpl = v;
}

export function binaryOp(v: Value, w: Value, op: string): Value {
  const r = binaryOp1(v, w, op);
  if (!isNotImplemented(r)) return r;
  return unsupported(v, w, op);
}

function unsupported(v: Value, w: Value, op: string): never {
  raise('TypeError', `unsupported operand type(s) for ${SYMBOL[op]}: '${typeNameOf(v)}' and '${typeNameOf(w)}'`);
}

/** Sequence types with C-level concatenation (sq_concat): their error message. */
let seqConcatName: (v: Value) => string | null = () => null;
export function setSeqConcat(f: typeof seqConcatName): void {
  seqConcatName = f;
}

// ---- The operators generated code calls --------------------------------------------------------

export function add(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r >= -MAX && r <= MAX) return r;
      return normBig(BigInt(a) + BigInt(b));
    }
    return fl(r);
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return addSlow(a, b);
}

function numericPair(a: Value, b: Value): [number | bigint, number | bigint] | null {
  const x = intValue(a);
  const y = intValue(b);
  return x !== undefined && y !== undefined ? [x, y] : null;
}

function floatPair(a: Value, b: Value): [number, number] | null {
  if (!(isFloat(a) || isFloat(b))) return null;
  if (!isNumberLike(a) || !isNumberLike(b)) return null;
  return [floatOf(a)!, floatOf(b)!];
}

function isNumberLike(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
}

function addSlow(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intAdd(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return fl(fp[0] + fp[1]);
  const r = binaryOp1(a, b, '__add__');
  if (!isNotImplemented(r)) return r;
  const seq = seqConcatName(a);
  if (seq !== null) raise('TypeError', `can only concatenate ${seq} (not "${typeNameOf(b)}") to ${seq}`);
  return unsupported(a, b, '__add__');
}

export function sub(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r >= -MAX && r <= MAX) return r;
      return normBig(BigInt(a) - BigInt(b));
    }
    return fl(r);
  }
  const ip = numericPair(a, b);
  if (ip !== null) return intSub(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return fl(fp[0] - fp[1]);
  return binaryOp(a, b, '__sub__');
}

export function mul(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (r >= -MAX && r <= MAX) return r === 0 ? 0 : r;
      return normBig(BigInt(a) * BigInt(b));
    }
    return fl(r);
  }
  const ip = numericPair(a, b);
  if (ip !== null) return intMul(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return fl(fp[0] * fp[1]);
  const r = binaryOp1(a, b, '__mul__');
  if (!isNotImplemented(r)) return r;
  const seq = seqConcatName(a) ?? seqConcatName(b);
  if (seq !== null) {
    const other = seqConcatName(a) !== null ? b : a;
    raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(other)}'`);
  }
  return unsupported(a, b, '__mul__');
}

export function truediv(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intTrueDiv(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) {
    if (fp[1] === 0) raise('ZeroDivisionError', 'division by zero');
    return fl(fp[0] / fp[1]);
  }
  return binaryOp(a, b, '__truediv__');
}

export function floordiv(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intFloorDiv(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return floatFloorDiv(fp[0], fp[1]);
  return binaryOp(a, b, '__floordiv__');
}

export function mod(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b > 0 && a >= 0) {
    return a % b;
  }
  const ip = numericPair(a, b);
  if (ip !== null) return intMod(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return floatMod(fp[0], fp[1]);
  if (typeof a === 'string') return binaryOp(a, b, '__mod__');
  return binaryOp(a, b, '__mod__');
}

export function pow(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intPow(ip[0], ip[1]);
  const fp = floatPair(a, b);
  if (fp !== null) return floatPow(fp[0], fp[1]);
  return binaryOp(a, b, '__pow__');
}

export function matmul(a: Value, b: Value): Value {
  return binaryOp(a, b, '__matmul__');
}

export function lshift(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intShift(ip[0], ip[1], true);
  return binaryOp(a, b, '__lshift__');
}

export function rshift(a: Value, b: Value): Value {
  const ip = numericPair(a, b);
  if (ip !== null) return intShift(ip[0], ip[1], false);
  return binaryOp(a, b, '__rshift__');
}

function bitop(a: Value, b: Value, op: '&' | '|' | '^', name: string): Value {
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    return op === '&' ? a && b : op === '|' ? a || b : a !== b;
  }
  const ip = numericPair(a, b);
  if (ip !== null) return intBit(ip[0], ip[1], op);
  return binaryOp(a, b, name);
}

export const and = (a: Value, b: Value): Value => bitop(a, b, '&', '__and__');
export const or = (a: Value, b: Value): Value => bitop(a, b, '|', '__or__');
export const xor = (a: Value, b: Value): Value => bitop(a, b, '^', '__xor__');

// In-place operators: __iop__ first, then the binary operator.
function inplace(name: string, binary: (a: Value, b: Value) => Value) {
  return (a: Value, b: Value): Value => {
    if (a instanceof Ref) {
      const t = typeOf(a);
      const m = lookup(t, name);
      if (m !== undefined && m !== null) {
        const r = callDescriptor(m, a, t, [b]);
        if (!isNotImplemented(r)) return r;
      }
    }
    return binary(a, b);
  };
}

export const iadd = inplace('__iadd__', add);
export const isub = inplace('__isub__', sub);
export const imul = inplace('__imul__', mul);
export const imatmul = inplace('__imatmul__', matmul);
export const itruediv = inplace('__itruediv__', truediv);
export const ifloordiv = inplace('__ifloordiv__', floordiv);
export const imod = inplace('__imod__', mod);
export const ipow = inplace('__ipow__', pow);
export const ilshift = inplace('__ilshift__', lshift);
export const irshift = inplace('__irshift__', rshift);
export const iand = inplace('__iand__', and);
export const ior = inplace('__ior__', or);
export const ixor = inplace('__ixor__', xor);

// ---- Unary -----------------------------------------------------------------------------------

function unary(v: Value, name: string, sym: string): Value {
  const t = typeOf(v);
  const m = lookup(t, name);
  if (m === undefined || m === null) raise('TypeError', `bad operand type for unary ${sym}: '${typeName(t)}'`);
  return callDescriptor(m, v, t, []);
}

export function neg(v: Value): Value {
  if (typeof v === 'number') return Number.isInteger(v) ? (v === 0 ? 0 : -v) : fl(-v);
  if (typeof v === 'bigint') return normBig(-v);
  if (v instanceof PyFloat) return fl(-v.v);
  if (typeof v === 'boolean') return v ? -1 : 0;
  return unary(v, '__neg__', '-');
}

export function pos(v: Value): Value {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return unary(v, '__pos__', '+');
}

export function invert(v: Value): Value {
  if (typeof v === 'number' && Number.isInteger(v)) return intSub(-1, v);
  if (typeof v === 'bigint') return normBig(-v - 1n);
  if (typeof v === 'boolean') {
    deprecationHook('Bitwise inversion \'~\' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the \'not\' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.');
    return v ? -2 : -1;
  }
  return unary(v, '__invert__', '~');
}

let deprecationHook: (msg: string) => void = () => undefined;
export function setDeprecationHook(f: (msg: string) => void): void {
  deprecationHook = f;
}

export { frexp, T_STR };
