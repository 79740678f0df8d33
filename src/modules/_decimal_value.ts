// Decimal values between the heap and the arithmetic core for the native _decimal module: reading and
// making Decimal objects ([kind*2+sign, coefficient, exponent] in the slots), exact conversion from
// int, float, str (CPython's grammar: whitespace, underscores, Unicode digits) and tuples, and running
// a core operation under a Context. CPython: Modules/_decimal/_decimal.c (PyDecType_From*).

import { Ref, T_STR, type Value } from '../objects/value.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { getSlot, setSlot, encode, decode } from '../objects/value.js';
import { instanceSlotsOf } from '../objects/coll_ops.js';
import { isSubtype, typeOf } from '../objects/typeobject.js';
import { raise, typeNameOf, strValueOf, toArray } from '../objects/protocol.js';
import { intOf, floatOf } from '../objects/numcore.js';
import { transformDecimalAndSpace } from '../objects/int.js';
import { Kind, St, Round, ROUND_NAMES, type Dec, type Ctx, parseDec } from './_decimal_core.js';
import { ctxOf, addStatus, ST_FLOAT } from './_decimal_context.js';

let decType = 0;
// ---- values <-> heap ----------------------------------------------------------------------------------

export const decAddr = (): number => decType || (decType = builtinTypeAddr('Decimal'));
export function isDec(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(typeOf(v), decAddr());
}
export function D(v: Value): Dec {
  if (!isDec(v)) raise('TypeError', `descriptor requires a 'decimal.Decimal' object but received '${typeNameOf(v)}'`);
  const a = v.a;
  const f = decode(getSlot(a, 0)) as number;
  return { s: (f & 1) as 0 | 1, k: (f >> 1) as Kind, c: BigInt(decode(getSlot(a, 1)) as number | bigint), e: Number(decode(getSlot(a, 2))) };
}
export function make(d: Dec, type = decAddr()): Ref {
  const a = allocObj(type, type === decAddr() ? 3 : instanceSlotsOf(type), 0);
  setSlot(a, 0, encode((d.k << 1) | d.s));
  setSlot(a, 1, encode(d.c <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(d.c) : d.c));
  setSlot(a, 2, encode(d.e));
  return new Ref(a);
}

export const fromInt = (i: number | bigint): Dec => {
  const b = BigInt(i);
  return { s: b < 0n ? 1 : 0, c: b < 0n ? -b : b, e: 0, k: Kind.Finite };
};

/** The exact value of a double (PyDecType_FromFloatExact). */
export function fromFloat(x: number): Dec {
  const s: 0 | 1 = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (Number.isNaN(x)) return { s: 0, c: 0n, e: 0, k: Kind.NaN };
  if (!Number.isFinite(x)) return { s, c: 0n, e: 0, k: Kind.Inf };
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, Math.abs(x));
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2 = bexp === 0 ? -1074 : bexp - 1075;
  if (bexp !== 0) m |= 1n << 52n;
  if (m === 0n) return { s, c: 0n, e: 0, k: Kind.Finite };
  while ((m & 1n) === 0n) { m >>= 1n; e2++; }
  if (e2 >= 0) return { s, c: m << BigInt(e2), e: 0, k: Kind.Finite };
  return { s, c: m * 5n ** BigInt(-e2), e: e2, k: Kind.Finite };
}

/** Parses a str argument; a syntax error signals ConversionSyntax on `ctx` (NaN when not trapped). */
export function fromString(s: string, ctx: Ref): Dec {
  const t = transformDecimalAndSpace(s).trim().replace(/_/g, '');
  const d = /^[\x21-\x7e]*$/.test(t) && t !== '' ? parseDec(t) : null;
  if (d !== null) return d;
  addStatus(ctx, St.ConversionSyntax);
  return { s: 0, c: 0n, e: 0, k: Kind.NaN };
}

export function fromTuple(v: Value): Dec {
  const items = toArray(v);
  if (items.length !== 3) raise('ValueError', 'argument must be a sequence of length 3');
  const sign = intOf(items[0]!);
  if (sign !== 0 && sign !== 1) raise('ValueError', 'sign must be an integer with the value 0 or 1');
  const exp = items[2]!;
  let k = Kind.Finite;
  let e = 0;
  if (typeof exp === 'string') {
    if (exp === 'F') k = Kind.Inf;
    else if (exp === 'n') k = Kind.NaN;
    else if (exp === 'N') k = Kind.SNaN;
    else raise('ValueError', "string argument in the third position must be 'F', 'n' or 'N'");
  } else {
    const ei = intOf(exp);
    if (ei === undefined) raise('ValueError', 'exponent must be an integer');
    e = Number(ei);
  }
  let ds = '';
  for (const x of toArray(items[1]!)) {
    const dgt = intOf(x);
    if (dgt === undefined || dgt < 0 || dgt > 9) raise('ValueError', 'coefficient must be a tuple of digits');
    ds += String(dgt);
  }
  const c = k === Kind.Inf || ds === '' ? 0n : BigInt(ds);
  return { s: sign as 0 | 1, c, e, k };
}

/** Decimal(value, context) conversion of anything (exact; errors signal on `ctx`). */
export function toDec(v: Value, ctx: Ref): Dec {
  if (isDec(v)) return D(v);
  if (typeof v === 'string') return fromString(v, ctx);
  if (v instanceof Ref && isSubtype(typeOf(v), T_STR)) return fromString(strValueOf(v), ctx);
  const i = intOf(v);
  if (i !== undefined) return fromInt(i);
  const f = floatOf(v);
  if (f !== undefined) {
    addStatus(ctx, ST_FLOAT);
    return fromFloat(f);
  }
  if (v instanceof Ref && (typeNameOf(v) === 'tuple' || typeNameOf(v) === 'list')) return fromTuple(v);
  raise('TypeError', `conversion from ${typeNameOf(v)} to Decimal is not supported`);
}

/** An operand of a binary operation: Decimal or int (else NotImplemented). */
export function operand(v: Value): Dec | undefined {
  if (isDec(v)) return D(v);
  const i = intOf(v);
  return i === undefined ? undefined : fromInt(i);
}

/** Runs a core operation under context `c`, then applies its status (flags, traps). */
export function withCtx<T>(c: Ref, f: (x: Ctx) => T): T {
  const x = ctxOf(c);
  const r = f(x);
  addStatus(c, x.status);
  return r;
}

export const ZERO: Dec = { s: 0, c: 0n, e: 0, k: Kind.Finite };

/** A rounding argument (one of the ROUND_* strings). */
export function roundingArg(v: Value): Round {
  const i = typeof v === 'string' ? (ROUND_NAMES as readonly string[]).indexOf(v) : -1;
  if (i < 0) raise('TypeError', 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]');
  return i as Round;
}

/** An operand of a Decimal method: Decimal or int, else TypeError (convert_op_raise). */
export function operandOrRaise(v: Value): Dec {
  const d = operand(v);
  if (d === undefined) raise('TypeError', `conversion from ${typeNameOf(v)} to Decimal is not supported`);
  return d;
}

