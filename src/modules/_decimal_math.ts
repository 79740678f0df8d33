// Power for the native _decimal module: integral powers as libmpdec computes them (special operands
// as the General Decimal Arithmetic spec's power). Non-integral exponents need exp/ln,
// which are not implemented yet (NotImplementedError). CPython: libmpdec mpdecimal.c mpd_qpow.

import { raise } from '../objects/protocol.js';
import { Kind, St, Round, type Dec, type Ctx, checkNaNs, finalize, div, mul, digits, pow10 } from './_decimal_core.js';

const ERRORS = St.InvalidOperation | St.DivisionByZero | St.DivisionImpossible | St.DivisionUndefined | St.InvalidContext | St.ConversionSyntax;

const isZero = (d: Dec): boolean => d.k === Kind.Finite && d.c === 0n;

/** The integer value of a finite integral decimal; undefined when it has a fraction. */
function integral(d: Dec): bigint | undefined {
  if (d.k !== Kind.Finite) return undefined;
  let v: bigint;
  if (d.e >= 0) v = d.c * pow10(Math.min(d.e, 400));
  else {
    const p = pow10(-d.e);
    if (d.c % p !== 0n) return undefined;
    v = d.c / p;
  }
  return d.s ? -v : v;
}

const ONE: Dec = { s: 0, c: 1n, e: 0, k: Kind.Finite };

/** a ** b under ctx. */
export function power(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = checkNaNs(a, b, ctx);
  if (n !== undefined) return n;
  const bi = integral(b);
  if (isZero(a) && isZero(b)) {
    ctx.status |= St.InvalidOperation;
    return { s: 0, c: 0n, e: 0, k: Kind.NaN };
  }
  const odd = bi !== undefined && (bi & 1n) === 1n;
  const sign: 0 | 1 = a.s === 1 && odd ? 1 : 0;
  if (a.s === 1 && bi === undefined && !isZero(a)) {
    ctx.status |= St.InvalidOperation;
    return { s: 0, c: 0n, e: 0, k: Kind.NaN };
  }
  if (b.k === Kind.Inf) return powInfExp(a, b, ctx);
  if (a.k === Kind.Inf) {
    const neg = b.s === 1 && !isZero(b);
    if (isZero(b)) return finalize(ONE, ctx);
    return neg ? { s: sign, c: 0n, e: 0, k: Kind.Finite } : { s: sign, c: 0n, e: 0, k: Kind.Inf };
  }
  if (isZero(a)) {
    return b.s === 1 ? { s: sign, c: 0n, e: 0, k: Kind.Inf } : { s: sign, c: 0n, e: 0, k: Kind.Finite };
  }
  if (bi === undefined) {
    raise('NotImplementedError', 'Decimal.__pow__ with a non-integral exponent is not implemented in ftpy yet');
  }
  if (bi === 0n) return finalize(ONE, ctx);
  const one = powOfOne(a, b, bi, sign, ctx);
  if (one !== undefined) return one;
  const bound = powBounds(a, b, sign, ctx);
  if (bound !== undefined) return bound;
  return powInt(a, b, bi, sign, ctx);
}

const adj = (d: Dec): number => d.e + digits(d.c) - 1;
const expDigits = (n: number): number => String(Math.abs(n)).length;

/** |a| == 1 (1.000 ** n keeps its exponent scaled by n, up to prec digits) (_qcheck_pow_one). */
function powOfOne(a: Dec, b: Dec, bi: bigint, sign: 0 | 1, ctx: Ctx): Dec | undefined {
  if (compareOne(a) !== 0) return undefined;
  if (bi < 0n) return { s: sign, c: 1n, e: 0, k: Kind.Finite };
  let shift = bi * BigInt(-a.e);
  if (shift > BigInt(ctx.prec - 1)) {
    shift = BigInt(ctx.prec - 1);
    ctx.status |= St.Rounded;
  }
  return { s: sign, c: pow10(Number(shift)), e: -Number(shift), k: Kind.Finite };
}

/** Certain overflow or underflow, decided from the operands' magnitudes (_qcheck_pow_bounds). */
function powBounds(a: Dec, b: Dec, sign: 0 | 1, ctx: Ctx): Dec | undefined {
  const x: Dec = { ...a, s: 0 };
  const t = adj(x);
  let zeta: number;
  if (t > 0) zeta = expDigits(t) - 1;
  else if (t < -1) zeta = expDigits(t + 1) - 1;
  else {
    const e = Math.min(x.e, 0);
    const diff = x.c * pow10(x.e - e) - pow10(-e);
    const u = adj({ s: 0, c: diff < 0n ? -diff : diff, e, k: Kind.Finite });
    zeta = t === 0 ? u - 2 : u - 1;
  }
  const theta = adj(b);
  const etiny = ctx.emin - ctx.prec + 1;
  if (((t < 0 ? 1 : 0) ^ b.s) === 0) {
    if (expDigits(ctx.emax) < zeta + theta) {
      return finalize({ s: sign, c: 1n, e: 4 * Math.max(ctx.emax, 1) + 10 * ctx.prec, k: Kind.Finite }, ctx);
    }
  } else if (expDigits(etiny) < zeta + theta) {
    return finalize({ s: sign, c: 1n, e: etiny - 1, k: Kind.Finite }, ctx);
  }
  return undefined;
}

/** Integral power by repeated squaring at a raised working precision, rounding each step, then
 * once more to the context: the same intermediate roundings as libmpdec's _mpd_qpow_int. */
function powInt(a: Dec, b: Dec, bi: bigint, sign: 0 | 1, ctx: Ctx): Dec {
  const work: Ctx = { ...ctx, prec: ctx.prec + digits(b.c) + b.e + 2, round: Round.HalfEven, clamp: 0, status: 0 };
  let base = a;
  if (bi < 0n) {
    work.prec += 1;
    base = div(ONE, a, work);
    if ((work.status & ERRORS) !== 0) {
      ctx.status |= work.status;
      return finalize({ s: 0, c: 0n, e: 0, k: Kind.NaN }, ctx);
    }
  }
  const n = bi < 0n ? -bi : bi;
  const ws: Ctx = { ...work, status: 0 };
  let r = base;
  for (let bit = BigInt(n.toString(2).length - 1) - 1n; bit >= 0n; bit--) {
    r = mul(r, r, ws);
    if ((n >> bit) & 1n) r = mul(r, base, ws);
    if (r.k !== Kind.Finite || (r.c === 0n && (ws.status & St.Clamped) !== 0)) break;
  }
  ctx.status |= work.status | ws.status;
  r = { ...r, s: sign };
  // An overflow in the working context becomes one under the caller's rounding.
  if (r.k === Kind.Inf) r = { s: sign, c: 1n, e: 4 * Math.max(ctx.emax, 1) + 10 * ctx.prec, k: Kind.Finite };
  return finalize(r, ctx);
}

/** x ** ±Infinity. */
function powInfExp(a: Dec, b: Dec, ctx: Ctx): Dec {
  // |a| compared with 1 decides between 0, 1 and Infinity.
  const mag = a.k === Kind.Inf ? 1 : compareOne(a);
  if (mag === 0) {
    ctx.status |= St.Inexact | St.Rounded;
    return finalize({ s: 0, c: pow10(ctx.prec - 1), e: 1 - ctx.prec, k: Kind.Finite }, ctx);
  }
  const big = (mag > 0) === (b.s === 0);
  return big ? { s: 0, c: 0n, e: 0, k: Kind.Inf } : { s: 0, c: 0n, e: 0, k: Kind.Finite };
}
function compareOne(a: Dec): number {
  if (a.c === 0n) return -1;
  const e = Math.min(a.e, 0);
  const x = a.c * pow10(a.e - e);
  const one = pow10(-e);
  return x === one ? 0 : x > one ? 1 : -1;
}
