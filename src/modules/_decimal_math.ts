// Power for the native _decimal module: exact integral powers rounded once to the context (special
// operands as the General Decimal Arithmetic spec's power). Non-integral exponents need exp/ln,
// which are not implemented yet (NotImplementedError). CPython: libmpdec mpdecimal.c mpd_qpow.

import { raise } from '../objects/protocol.js';
import { Kind, St, type Dec, type Ctx, checkNaNs, finalize, div, digits, pow10 } from './_decimal_core.js';

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
  const m = bi < 0n ? -bi : bi;
  if (BigInt(digits(a.c)) * m > 200000n) {
    raise('NotImplementedError', 'Decimal.__pow__ with such a large exponent is not implemented in ftpy yet');
  }
  const exact: Dec = { s: sign, c: a.c ** m, e: a.e * Number(m), k: Kind.Finite };
  if (bi > 0n) return finalize(exact, ctx);
  return div({ s: 0, c: 1n, e: 0, k: Kind.Finite }, exact, ctx);
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
