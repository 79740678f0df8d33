// Special functions of the math module: gamma and lgamma (CPython's own Lanczos-based m_tgamma /
// m_lgamma in Modules/mathmodule.c, with math_1a's error rules), erf/erfc (series and continued
// fraction evaluated in double-double, so results are within an ulp of libm's), fma (exact via
// bigints), sumprod (exact for ints; correctly rounded for floats via fsum of exact products).

import { floatValue, type Value } from '../objects/value.js';
import { raise, iter, next, STOP } from '../objects/protocol.js';
import { toDouble, intOf, floatOf } from '../objects/numcore.js';
import { crExp, crLog, crSin, crCos, powPositive, twoProd } from '../objects/crmath.js';
import { type Int, intTrueDiv, intToFloat, normBig } from '../objects/longmath.js';
import { floatRepr } from '../objects/dtoa.js';
import { add, mul } from '../vm/ops.js';
import { fsumDoubles } from './math_fsum.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const F = floatValue;
const PI = Math.PI;
const LOGPI = 1.144729885849400174143427351353058711647;

// ---- gamma, lgamma ------------------------------------------------------------------------------

const LG = 6.024680040776729583740234375;
const LG_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [0, 39916800, 120543840, 150917976, 105258076, 45995730, 13339535, 2637558, 357423, 32670, 1925, 66, 1];

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = crSin(PI * y); break;
    case 1: r = crCos(PI * (y - 0.5)); break;
    case 2: r = crSin(PI * (1 - y)); break;
    case 3: r = -crCos(PI * (y - 1.5)); break;
    default: r = crSin(PI * (y - 2)); break;
  }
  return (x < 0 ? -1 : 1) * r;
}

const pow = (x: number, y: number): number => (x === 1 || y === 0 ? 1 : powPositive(x, y));

type R = { r: number; edom?: boolean };

function tgamma(x: number): R {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? { r: x } : { r: NaN, edom: true };
  if (x === 0) return { r: Object.is(x, -0) ? -Infinity : Infinity, edom: true };
  if (x === Math.floor(x)) {
    if (x < 0) return { r: NaN, edom: true };
    if (x <= 23) {
      let f = 1;
      for (let i = 2; i < x; i++) f *= i;
      return { r: f };
    }
  }
  const ax = Math.abs(x);
  if (ax < 1e-20) return { r: 1 / x };
  if (ax > 200) return { r: x < 0 ? 0 / sinpi(x) : Infinity };
  const y = ax + LG_MINUS_HALF;
  let z = ax > LG_MINUS_HALF ? (y - ax) - LG_MINUS_HALF : (y - LG_MINUS_HALF) - ax;
  z = (z * LG) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinpi(ax)) / ax) * crExp(y)) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140) r /= pow(y, ax - 0.5);
    else {
      const s = pow(y, ax / 2 - 0.25);
      r /= s;
      r /= s;
    }
  } else {
    r = lanczosSum(ax) / crExp(y);
    r += z * r;
    if (ax < 140) r *= pow(y, ax - 0.5);
    else {
      const s = pow(y, ax / 2 - 0.25);
      r *= s;
      r *= s;
    }
  }
  return { r };
}

function lgamma(x: number): R {
  if (!Number.isFinite(x)) return { r: Number.isNaN(x) ? x : Infinity };
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? { r: Infinity, edom: true } : { r: 0 };
  const ax = Math.abs(x);
  if (ax < 1e-20) return { r: -crLog(ax) };
  let r = crLog(lanczosSum(ax)) - LG;
  r += (ax - 0.5) * (crLog(ax + LG - 0.5) - 1);
  if (x < 0) r = LOGPI - crLog(Math.abs(sinpi(ax))) - crLog(ax) - r;
  return { r };
}

/** math_1a: EDOM -> ValueError with the argument, overflow to inf -> OverflowError. */
function math1a(arg: Value, f: (x: number) => R): Value {
  const x = toDouble(arg);
  const { r, edom } = f(x);
  if (edom) raise('ValueError', `expected a noninteger or positive integer, got ${floatRepr(x)}`);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) raise('OverflowError', 'math range error');
  return F(r);
}

// ---- erf, erfc -----------------------------------------------------------------------------------

type DD = [number, number];
function ddAdd(a: DD, b: DD): DD {
  const s = a[0] + b[0];
  const bb = s - a[0];
  const e = (a[0] - (s - bb)) + (b[0] - bb) + a[1] + b[1];
  const h = s + e;
  return [h, e - (h - s)];
}
function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  const lo = e + a[0] * b[1] + a[1] * b[0];
  const h = p + lo;
  return [h, lo - (h - p)];
}
function ddDivN(a: DD, n: number): DD {
  const q = a[0] / n;
  const [p, e] = twoProd(q, n);
  const lo = ((a[0] - p) - e + a[1]) / n;
  const h = q + lo;
  return [h, lo - (h - q)];
}
const TWO_OVER_SQRTPI: DD = [1.1283791670955126, 1.533545961316588e-17];

/** erf(x) for |x| < 2.5 as a double-double (Maclaurin series). */
function erfSeries(x: number): DD {
  const mx2 = ddMul([-x, 0], [x, 0]);
  let t: DD = [x, 0];
  let s: DD = [x, 0];
  for (let n = 1; n < 200; n++) {
    t = ddDivN(ddMul(t, mx2), n);
    const term = ddDivN(t, 2 * n + 1);
    s = ddAdd(s, term);
    if (Math.abs(term[0]) < 1e-34 * Math.abs(s[0])) break;
  }
  return ddMul(s, TWO_OVER_SQRTPI);
}

/** erfc(x) for x >= 2.5 (continued fraction, modified Lentz). */
function erfcCF(x: number): number {
  if (x > 27.3) return 0;
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  let f = x;
  let C = x;
  let D = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    D = x + a * D;
    D = D === 0 ? 1e-300 : 1 / D;
    C = x + a / C;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  const [hi, lo] = twoProd(x, x);
  const e = crExp(-hi) * (1 - lo);
  return (e / f) * 0.5641895835477563;
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    const s = erfSeries(x);
    return s[0] + s[1];
  }
  const r = 1 - erfcCF(ax);
  return x < 0 ? -r : r;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 2.5) return erfcCF(x);
  if (x <= -2.5) return 2 - erfcCF(-x);
  const s = erfSeries(x);
  const d = ddAdd([1, 0], [-s[0], -s[1]]);
  return d[0] + d[1];
}

// ---- cbrt ------------------------------------------------------------------------------------------
// glibc's cbrt is not correctly rounded (cbrt(27.0) is 3.0000000000000004), and CPython calls it:
// this is the same method (a polynomial first guess on the frexp mantissa, one rational
// refinement, scaling by a cube root of 2 chosen by the exponent mod 3), so the last bits agree.

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  let xm = Math.abs(x);
  let xe = 0;
  while (xm < 0.5) { xm *= 2 ** 60; xe -= 60; if (xm >= 0.5) break; }
  const k = Math.floor(Math.log2(xm)) + 1;
  xm *= 2 ** -k;
  xe += k;
  while (xm >= 1) { xm /= 2; xe++; }
  while (xm < 0.5) { xm *= 2; xe--; }
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  return (x > 0 ? ym : -ym) * 2 ** Math.trunc(xe / 3);
}

// ---- fma, sumprod ---------------------------------------------------------------------------------

const BUF = new DataView(new ArrayBuffer(8));
/** A finite double as [m, e] with value m * 2**e, m an integer. */
function decompose(x: number): [bigint, number] {
  BUF.setFloat64(0, x);
  const hi = BUF.getUint32(0);
  const lo = BUF.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) m |= 1n << 52n;
  const e = (exp === 0 ? 1 : exp) - 1075;
  return [hi >>> 31 ? -m : m, e];
}

function exactToDouble(n: bigint, e: number): number {
  if (n === 0n) return 0;
  if (e >= 0) {
    const big = n << BigInt(e);
    const v = Number(big);
    return v;
  }
  return intTrueDiv(normBig(n) as Int, normBig(1n << BigInt(-e)) as Int);
}

function fma(a: Value, b: Value, c: Value): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  const z = toDouble(c);
  let r: number;
  if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z) && x !== 0 && y !== 0 && z !== 0) {
    const [mx, ex] = decompose(x);
    const [my, ey] = decompose(y);
    const [mz, ez] = decompose(z);
    const ep = ex + ey;
    const e = Math.min(ep, ez);
    const sum = ((mx * my) << BigInt(ep - e)) + (mz << BigInt(ez - e));
    r = sum === 0n ? 0 : exactToDouble(sum, e);
  } else if (Number.isFinite(x) && Number.isFinite(y) && !Number.isFinite(z)) {
    r = z; // the exact product is finite, so an infinite (or NaN) addend decides
  } else r = x * y + z;
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) raise('ValueError', 'invalid operation in fma');
    } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
      raise('OverflowError', 'overflow in fma');
    }
  }
  return F(r);
}

function sumprod(p: Value, q: Value): Value {
  const ip = iter(p);
  const iq = iter(q);
  const pairs: [Value, Value][] = [];
  for (;;) {
    const a = next(ip);
    const b = next(iq);
    if (a === STOP || b === STOP) {
      if (a !== b) raise('ValueError', 'Inputs are not the same length');
      break;
    }
    pairs.push([a, b]);
  }
  const isNum = (v: Value) => intOf(v) !== undefined || floatOf(v) !== undefined;
  const exactTypes = pairs.every(([a, b]) => isNum(a) && isNum(b) && typeof a !== 'object' && typeof b !== 'object');
  if (exactTypes || pairs.every(([a, b]) => isNum(a) && isNum(b))) {
    const allInt = pairs.every(([a, b]) => intOf(a) !== undefined && intOf(b) !== undefined);
    if (allInt) {
      let s = 0n;
      for (const [a, b] of pairs) s += BigInt(intOf(a)!) * BigInt(intOf(b)!);
      return normBig(s);
    }
    const terms: number[] = [];
    let finite = true;
    for (const [a, b] of pairs) {
      const x = floatOf(a) ?? intToFloat(intOf(a)!);
      const y = floatOf(b) ?? intToFloat(intOf(b)!);
      const [hi, lo] = twoProd(x, y);
      if (!Number.isFinite(hi)) finite = false;
      terms.push(hi, lo);
    }
    if (finite) return F(fsumDoubles(terms));
  }
  let total: Value = 0;
  for (const [a, b] of pairs) total = add(total, mul(a, b));
  return total;
}

export const SPECIAL_FUNCTIONS = {
  cbrt: { sig: 'cbrt(x, /)', fn: fn((x: Value) => F(cbrt(toDouble(x)))) },
  erf: { sig: 'erf(x, /)', fn: fn((x: Value) => F(erf(toDouble(x)))) },
  erfc: { sig: 'erfc(x, /)', fn: fn((x: Value) => F(erfc(toDouble(x)))) },
  fma: { sig: 'fma(x, y, z, /)', fn: fn(fma) },
  gamma: { sig: 'gamma(x, /)', fn: fn((x: Value) => math1a(x, tgamma)) },
  lgamma: { sig: 'lgamma(x, /)', fn: fn((x: Value) => math1a(x, lgamma)) },
  sumprod: { sig: 'sumprod(p, q, /)', fn: fn(sumprod) },
};
