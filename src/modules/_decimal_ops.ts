// The less common Decimal operations of the General Decimal Arithmetic spec over the core: normalize,
// to-integral, max/min(-magnitude), total ordering, number class, next-toward, logb, scaleb, shift,
// rotate, logical operations, remainder-near, fused multiply-add. Pure functions on Dec and Ctx.
// CPython: libmpdec mpdecimal.c (mpd_qreduce, mpd_qround_to_int, mpd_qmax, ...), as _pydecimal.py.

import {
  Kind, St, Round, type Dec, type Ctx, checkNaNs, finalize, add, mul, cmp, roundCoeff, pow10, digits, nan,
} from './_decimal_core.js';

const isNaN = (d: Dec): boolean => d.k === Kind.NaN || d.k === Kind.SNaN;
const isZero = (d: Dec): boolean => d.k === Kind.Finite && d.c === 0n;
export const adjustedOf = (d: Dec): number => (d.k === Kind.Finite ? d.e + digits(d.c) - 1 : 0);
const fromInt = (i: number): Dec => ({ s: i < 0 ? 1 : 0, c: BigInt(Math.abs(i)), e: 0, k: Kind.Finite });
function invalid(x: Ctx): Dec {
  x.status |= St.InvalidOperation;
  return nan();
}

/** plus (neg = false) / minus: 0 + a / 0 - a; a zero is +0 except under ROUND_FLOOR (mpd_qplus/mpd_qminus). */
export function plusMinus(a: Dec, x: Ctx, neg: boolean): Dec {
  const n = checkNaNs(a, null, x);
  if (n !== undefined) return n;
  let s = (neg ? 1 - a.s : a.s) as 0 | 1;
  if (isZero(a) && x.round !== Round.Floor) s = 0;
  return finalize({ ...a, s }, x);
}

export function normalize(a: Dec, x: Ctx): Dec {
  const n = checkNaNs(a, null, x);
  if (n !== undefined) return n;
  const d = finalize(a, x);
  if (d.k === Kind.Inf) return d;
  if (d.c === 0n) return { s: d.s, c: 0n, e: 0, k: Kind.Finite };
  const emax = x.clamp ? x.emax - x.prec + 1 : x.emax;
  let { c, e } = d;
  while (c % 10n === 0n && e < emax) { c /= 10n; e++; }
  return { ...d, c, e };
}

/** to_integral_value (exact = to_integral_exact, which signals Inexact/Rounded). */
export function toIntegral(a: Dec, mode: Round, x: Ctx, exact: boolean): Dec {
  const n = checkNaNs(a, null, x);
  if (n !== undefined) return n;
  if (a.k === Kind.Inf || a.e >= 0) return a;
  if (a.c === 0n) return { s: a.s, c: 0n, e: 0, k: Kind.Finite };
  const [c, inexact] = roundCoeff(a.c, -a.e, a.s, mode);
  if (exact) x.status |= St.Rounded | (inexact ? St.Inexact : 0);
  return { s: a.s, c, e: 0, k: Kind.Finite };
}

/** compare_total (mag: on absolute values): -1, 0 or 1. */
export function compareTotal(a0: Dec, b0: Dec, mag: boolean): number {
  const a = mag ? { ...a0, s: 0 as const } : a0;
  const b = mag ? { ...b0, s: 0 as const } : b0;
  if (a.s !== b.s) return a.s ? -1 : 1;
  const flip = a.s ? -1 : 1;
  const rank = (d: Dec): number => (d.k === Kind.NaN ? 2 : d.k === Kind.SNaN ? 1 : 0);
  if (rank(a) !== rank(b)) return (rank(a) < rank(b) ? -1 : 1) * flip;
  if (rank(a) !== 0) return (a.c === b.c ? 0 : a.c < b.c ? -1 : 1) * flip;
  const c = cmp(a, b);
  if (c !== 0) return c;
  if (a.k === Kind.Inf) return 0;
  return (a.e === b.e ? 0 : a.e < b.e ? -1 : 1) * flip;
}

/** max/min (which: 1 = max, -1 = min), on magnitudes when mag. */
export function maxMin(a: Dec, b: Dec, x: Ctx, which: 1 | -1, mag: boolean): Dec {
  if (isNaN(a) || isNaN(b)) {
    if (a.k === Kind.SNaN || b.k === Kind.SNaN) return checkNaNs(a, b, x)!;
    // One quiet NaN: the number wins.
    if (!isNaN(a)) return finalize(a, x);
    if (!isNaN(b)) return finalize(b, x);
    return checkNaNs(a, b, x)!;
  }
  let c = mag ? cmp({ ...a, s: 0 }, { ...b, s: 0 }) : cmp(a, b);
  if (c === 0) c = compareTotal(a, b, false);
  return finalize(c * which >= 0 ? a : b, x);
}

export function numberClass(a: Dec, x: Ctx): string {
  if (a.k === Kind.SNaN) return 'sNaN';
  if (a.k === Kind.NaN) return 'NaN';
  const sg = a.s ? '-' : '+';
  if (a.k === Kind.Inf) return `${sg}Infinity`;
  if (a.c === 0n) return `${sg}Zero`;
  return adjustedOf(a) < x.emin ? `${sg}Subnormal` : `${sg}Normal`;
}

/** next_plus (dir 1) / next_minus (dir -1). */
export function nextDir(a: Dec, x: Ctx, dir: 1 | -1): Dec {
  const n = checkNaNs(a, null, x);
  if (n !== undefined) return n;
  const up = dir === 1;
  if (a.k === Kind.Inf) {
    if ((a.s === 0) === up) return a;
    return { s: a.s, c: pow10(x.prec) - 1n, e: x.emax - x.prec + 1, k: Kind.Finite };
  }
  const y: Ctx = { ...x, round: up ? Round.Ceiling : Round.Floor, status: 0 };
  const f = finalize(a, y);
  if (cmp(f, a) !== 0) return f;
  const tiny: Dec = { s: up ? 0 : 1, c: 1n, e: x.emin - x.prec, k: Kind.Finite };
  y.status = 0;
  return add(a, tiny, y);
}

export function nextToward(a: Dec, b: Dec, x: Ctx): Dec {
  const n = checkNaNs(a, b, x);
  if (n !== undefined) return n;
  const c = cmp(a, b);
  if (c === 0) return { ...a, s: b.s };
  const r = nextDir(a, x, c < 0 ? 1 : -1);
  if (r.k === Kind.Inf) x.status |= St.Overflow | St.Inexact | St.Rounded;
  else if (adjustedOf(r) < x.emin) {
    x.status |= St.Underflow | St.Subnormal | St.Inexact | St.Rounded;
    if (r.c === 0n) x.status |= St.Clamped;
  }
  return r;
}

export function logb(a: Dec, x: Ctx): Dec {
  const n = checkNaNs(a, null, x);
  if (n !== undefined) return n;
  if (a.k === Kind.Inf) return { s: 0, c: 0n, e: 0, k: Kind.Inf };
  if (a.c === 0n) {
    x.status |= St.DivisionByZero;
    return { s: 1, c: 0n, e: 0, k: Kind.Inf };
  }
  return finalize(fromInt(adjustedOf(a)), x);
}

/** The integer value of an operand that must have exponent 0 (scaleb, shift, rotate). */
function intOperand(b: Dec): number | undefined {
  if (b.k !== Kind.Finite || b.e !== 0) return undefined;
  const v = Number(b.c);
  return b.s ? -v : v;
}

export function scaleb(a: Dec, b: Dec, x: Ctx): Dec {
  const n = checkNaNs(a, b, x);
  if (n !== undefined) return n;
  const k = intOperand(b);
  const lim = 2 * (x.emax + x.prec);
  if (k === undefined || k < -lim || k > lim) return invalid(x);
  if (a.k === Kind.Inf) return a;
  return finalize({ ...a, e: a.e + k }, x);
}

/** shift (rotate = false) or rotate of the coefficient by b digits, within prec digits. */
export function shiftRotate(a: Dec, b: Dec, x: Ctx, rotate: boolean): Dec {
  const n = checkNaNs(a, b, x);
  if (n !== undefined) return n;
  const k = intOperand(b);
  if (k === undefined || Math.abs(k) > x.prec) return invalid(x);
  if (a.k === Kind.Inf) return a;
  const m = pow10(x.prec);
  const c = a.c % m;
  let r: bigint;
  if (!rotate) r = k >= 0 ? (c * pow10(k)) % m : c / pow10(-k);
  else {
    const s = ((k % x.prec) + x.prec) % x.prec;
    r = ((c * pow10(s)) % m) + c / pow10(x.prec - s);
  }
  return { ...a, c: r };
}

/** logical_and/or/xor (op) and invert (b = null) on digit-wise 0/1 operands. */
export function logical(a: Dec, b: Dec | null, x: Ctx, op: 'and' | 'or' | 'xor' | 'invert'): Dec {
  const bits = (d: Dec): string | undefined => {
    if (d.k !== Kind.Finite || d.s || d.e !== 0) return undefined;
    const s = d.c.toString();
    return /^[01]+$/.test(s) ? s.padStart(x.prec, '0').slice(-x.prec) : undefined;
  };
  const p = bits(a);
  const q = b === null ? '1'.repeat(x.prec) : bits(b);
  if (p === undefined || q === undefined) return invalid(x);
  let out = '';
  for (let i = 0; i < x.prec; i++) {
    const u = p[i] === '1';
    const v = q[i] === '1';
    const r = op === 'and' ? u && v : op === 'or' ? u || v : op === 'xor' ? u !== v : !u;
    out += r ? '1' : '0';
  }
  return { s: 0, c: BigInt(out), e: 0, k: Kind.Finite };
}

export function remainderNear(a: Dec, b: Dec, x: Ctx): Dec {
  const n = checkNaNs(a, b, x);
  if (n !== undefined) return n;
  if (a.k === Kind.Inf) return invalid(x);
  if (isZero(b)) {
    x.status |= isZero(a) ? St.DivisionUndefined : St.InvalidOperation;
    return nan();
  }
  if (b.k === Kind.Inf) return finalize(a, x);
  const ideal = Math.min(a.e, b.e);
  if (a.c === 0n) return finalize({ s: a.s, c: 0n, e: ideal, k: Kind.Finite }, x);
  const expdiff = adjustedOf(a) - adjustedOf(b);
  if (expdiff >= x.prec + 1) {
    x.status |= St.DivisionImpossible;
    return nan();
  }
  if (expdiff <= -2) {
    const [c] = roundCoeff(a.c, ideal - a.e, a.s, x.round);
    return finalize({ s: a.s, c, e: ideal, k: Kind.Finite }, x);
  }
  const op1 = a.c * pow10(a.e - ideal);
  const op2 = b.c * pow10(b.e - ideal);
  let q = op1 / op2;
  let r = op1 % op2;
  if (2n * r + (q & 1n) > op2) { r -= op2; q += 1n; }
  if (q >= pow10(x.prec)) {
    x.status |= St.DivisionImpossible;
    return nan();
  }
  let s = a.s;
  if (r < 0n) { s = (1 - s) as 0 | 1; r = -r; }
  return finalize({ s, c: r, e: ideal, k: Kind.Finite }, x);
}

/** fma(a, b, c): a*b exactly, then + c rounded once. */
export function fma(a: Dec, b: Dec, c: Dec, x: Ctx): Dec {
  const sn = [a, b, c].find((d) => d.k === Kind.SNaN);
  if (sn !== undefined) return checkNaNs(sn, null, x)!;
  const exact: Ctx = { prec: 999999999, round: Round.HalfEven, emin: -999999999999, emax: 999999999999, clamp: 0, status: 0 };
  const p = mul(a, b, exact);
  x.status |= exact.status & St.InvalidOperation;
  if ((exact.status & St.InvalidOperation) !== 0) return nan();
  return add(p, c, x);
}
