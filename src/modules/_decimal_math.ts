// Power, exp, ln and log10 for the native _decimal module: integral powers by squaring at a working
// precision and non-integral ones through exp(y ln x), as libmpdec computes them; exp/ln/log10 correctly
// rounded half-even by Ziv's loop over fixed-point series. CPython: libmpdec mpdecimal.c (mpd_qpow, mpd_qexp, mpd_qln).

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
    const one = powOfOne(a, b, undefined, sign, ctx);
    if (one !== undefined) return one;
    return powBounds(a, b, sign, ctx) ?? powReal(a, b, ctx);
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
function powOfOne(a: Dec, b: Dec, bi: bigint | undefined, sign: 0 | 1, ctx: Ctx): Dec | undefined {
  if (compareOne(a) !== 0) return undefined;
  if (bi === undefined) {
    ctx.status |= St.Inexact | St.Rounded;
    return { s: sign, c: pow10(ctx.prec - 1), e: 1 - ctx.prec, k: Kind.Finite };
  }
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

/** A non-integral power: exp(y * ln(x)) at a working precision, then rounded to ctx (_mpd_qpow_real). */
function powReal(a: Dec, b: Dec, ctx: Ctx): Dec {
  const wp = Math.max(digits(a.c), ctx.prec) + 4 + 19;
  const work: Ctx = { prec: wp, round: Round.HalfEven, emin: -999999999999999999, emax: 999999999999999999, clamp: 0, status: 0 };
  const y = mul(ln(a, work), b, work);
  const ex: Ctx = { ...work, status: 0 };
  let r = exp(y, ex);
  ctx.status |= (work.status & ERRORS) | ex.status | St.Inexact | St.Rounded;
  if (r.k === Kind.Finite && compareOne(r) === 0) r = { s: 0, c: pow10(ctx.prec - 1), e: 1 - ctx.prec, k: Kind.Finite };
  if (r.k === Kind.Inf) r = { s: 0, c: 1n, e: 4 * Math.max(ctx.emax, 1) + 10 * ctx.prec, k: Kind.Finite };
  return finalize(r, ctx);
}

// ---- exp, ln, log10: correctly rounded (half-even), as libmpdec with allcr -----------------------------

const babs = (x: bigint): bigint => (x < 0n ? -x : x);

/** atanh(1/n) * 10^w. */
function atanhInv(n: bigint, S: bigint): bigint {
  let term = S / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n, term /= n2) sum += term / k;
  return sum;
}
const ln2Fixed = (S: bigint): bigint => 2n * atanhInv(3n, S);
/** ln 10 = 3 ln 2 + ln 1.25. */
const ln10Fixed = (S: bigint): bigint => 3n * ln2Fixed(S) + 2n * atanhInv(9n, S);

/** exp(y) * S for a fixed-point y (|y| <~ 1.2). */
function expFixed(yS: bigint, S: bigint): bigint {
  const K = 12;
  const z = yS / (1n << BigInt(K));
  let term = S;
  let sum = S;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * z) / (S * i);
    sum += term;
  }
  for (let i = 0; i < K; i++) sum = (sum * sum) / S;
  return sum;
}

/** ln(x) * S for a finite positive decimal. */
function lnFixed(x: Dec, S: bigint): bigint {
  const d = digits(x.c);
  const adjx = x.e + d - 1;
  // m = x / 10^adj in [1, 10); r = m / 2^j in [1, 2).
  const den = pow10(d - 1);
  let j = 0;
  while (x.c >= den << BigInt(j + 1)) j++;
  const rS = (x.c * S) / (den << BigInt(j));
  const zS = ((rS - S) * S) / (rS + S);
  const z2 = (zS * zS) / S;
  let term = zS;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n, term = (term * z2) / S) sum += term / k;
  return 2n * sum + BigInt(j) * ln2Fixed(S) + BigInt(adjx) * ln10Fixed(S);
}

/** Ziv's loop: approx(w) gives value * 10^w within 2 units; the result is rounded half-even to ctx. */
function zivRound(approx: (w: number) => [bigint, number], ctx: Ctx): Dec {
  let w = ctx.prec + 8;
  for (;;) {
    const [v, e] = approx(w);
    const s: 0 | 1 = v < 0n ? 1 : 0;
    const c = babs(v);
    if (digits(c) > ctx.prec + 3) {
      const probe = (cc: bigint): Dec => finalize({ s, c: cc, e: e - w, k: Kind.Finite }, { ...ctx, round: Round.HalfEven, status: 0 });
      const lo = probe(c - 2n);
      const hi = probe(c + 2n);
      if (lo.k === hi.k && lo.c === hi.c && lo.e === hi.e) {
        const x: Ctx = { ...ctx, round: Round.HalfEven, status: 0 };
        const r = finalize({ s, c, e: e - w, k: Kind.Finite }, x);
        ctx.status |= x.status | St.Inexact | St.Rounded;
        return r;
      }
    }
    w += Math.max(w, ctx.prec + 3 - digits(c) + 10);
  }
}

export function exp(a: Dec, ctx: Ctx): Dec {
  const n = checkNaNs(a, null, ctx);
  if (n !== undefined) return n;
  if (a.k === Kind.Inf) return a.s ? { s: 0, c: 0n, e: 0, k: Kind.Finite } : { s: 0, c: 0n, e: 0, k: Kind.Inf };
  if (a.c === 0n) return ONE;
  const adjA = adj(a);
  // |a| beyond ~2.3 * 10^19 overflows or underflows any context.
  if (adjA > 19) {
    ctx.status |= St.Inexact | St.Rounded;
    const huge = a.s ? ctx.emin - ctx.prec - 2 : 4 * Math.max(ctx.emax, 1) + 10 * ctx.prec;
    return finalize({ s: 0, c: 1n, e: huge, k: Kind.Finite }, { ...ctx, round: Round.HalfEven });
  }
  return zivRound((w) => {
    const W = w + 12 + Math.max(0, adjA);
    const S = pow10(W);
    const ln10 = ln10Fixed(S);
    const xS = a.e >= 0 ? a.c * pow10(a.e) * S : (a.c * S) / pow10(-a.e);
    const xs = a.s ? -xS : xS;
    // exp(x) = 10^k * exp(x - k ln 10)
    let k = xs / ln10;
    if (xs < 0n && xs % ln10 !== 0n) k -= 1n;
    if (k > BigInt(ctx.emax) + 2n || k < BigInt(ctx.emin - ctx.prec) - 3n) {
      return [(k > 0n ? 1n : 1n) * pow10(w + ctx.prec + 4), Number(k) ];
    }
    const m = expFixed(xs - k * ln10, S);
    return [m / pow10(W - w), Number(k)];
  }, ctx);
}

/** What ln and log10 share: NaNs, negative operands (InvalidOperation), infinity and zero. */
function logSpecial(a: Dec, ctx: Ctx): Dec | undefined {
  const n = checkNaNs(a, null, ctx);
  if (n !== undefined) return n;
  if (a.s === 1 && !(a.k === Kind.Finite && a.c === 0n)) {
    ctx.status |= St.InvalidOperation;
    return { s: 0, c: 0n, e: 0, k: Kind.NaN };
  }
  if (a.k === Kind.Inf) return a;
  if (a.c === 0n) return { s: 1, c: 0n, e: 0, k: Kind.Inf };
  return undefined;
}

export function ln(a: Dec, ctx: Ctx): Dec {
  const sp = logSpecial(a, ctx);
  if (sp !== undefined) return sp;
  if (compareOne(a) === 0) return { s: 0, c: 0n, e: 0, k: Kind.Finite };
  return zivRound((w) => {
    const W = w + 12 + String(Math.abs(adj(a))).length;
    return [lnFixed(a, pow10(W)) / pow10(W - w), 0];
  }, ctx);
}

export function log10(a: Dec, ctx: Ctx): Dec {
  const sp = logSpecial(a, ctx);
  if (sp !== undefined) return sp;
  // An exact power of ten has an exact integral logarithm.
  if (a.c === pow10(digits(a.c) - 1)) {
    const k = adj(a);
    return finalize({ s: k < 0 ? 1 : 0, c: BigInt(Math.abs(k)), e: 0, k: Kind.Finite }, ctx);
  }
  return zivRound((w) => {
    const W = w + 12 + String(Math.abs(adj(a))).length;
    const S = pow10(W);
    return [(lnFixed(a, S) * S) / ln10Fixed(S) / pow10(W - w), 0];
  }, ctx);
}
