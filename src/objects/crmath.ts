// Elementary functions rounded like glibc's libm (which CPython calls and which is correctly
// rounded in practice): the engine's Math.pow/exp/log/sin/cos/atan2/hypot come from fdlibm and
// can differ in the last bit, which shows in printed results. Each is computed in double-double
// arithmetic (~100 bits) and rounded once, so it is correctly rounded except in astronomically
// rare cases. Used by float ** float and complex pow/abs; the math module can use them too.
// exp, log and pow first try crpow.ts's fast step, which returns the same result when it can decide.

import { ldexp } from './longmath.js';
import { fastExp, fastLog, fastPow } from './crpow.js';

type DD = [number, number];

/** Dekker split product: [p, err] with p + err == a * b exactly (|a|, |b| < 2^996). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  const split = 134217729; // 2^27 + 1
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return quickTwoSum(s, e + a[1] + b[1]);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
/** pi/2 in three parts (~160 bits) for argument reduction. */
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const PI: DD = [3.141592653589793, 1.2246467991473532e-16];

/** 1/(2n+1) for the atanh series of log, and 1/n! for exp/sin/cos, as double-doubles. */
const ODD_INV: DD[] = Array.from({ length: 24 }, (_, n) => ddDiv([1, 0], [2 * n + 1, 0]));
const FACT_INV: DD[] = [];
for (let n = 0, f: DD = [1, 0]; n < 32; n++) {
  FACT_INV.push(f);
  f = ddDiv(f, [n + 1, 0]);
}

/** [m, e] with x = m * 2^e, 0.5 <= m < 1, for finite x > 0. */
function frexpPos(x: number): [number, number] {
  let e = Math.floor(Math.log2(x)) + 1;
  let m = x * 2 ** -e;
  if (!Number.isFinite(m) || m === 0) m = (x * 2 ** 600) * 2 ** -(e + 600);
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  return [m, e];
}

/** log(x) for finite x > 0, as a double-double. */
function ddLog(x: number): DD {
  const [fm, fe] = frexpPos(x);
  let m = fm;
  let k = fe;
  if (m < Math.SQRT1_2) {
    m *= 2;
    k--;
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.172; m - 1 is exact.
  const s = ddDiv([m - 1, 0], twoSum(m, 1));
  const s2 = ddMul(s, s);
  let t = ODD_INV[ODD_INV.length - 1]!;
  for (let n = ODD_INV.length - 2; n >= 0; n--) t = ddAdd(ddMul(t, s2), ODD_INV[n]!);
  return ddAdd(ddMulD(LN2, k), ddMulD(ddMul(s, t), 2));
}

/** exp(r) for a double-double |r| <= 0.35, as a double-double. */
function ddExpSmall(r: DD): DD {
  let t = FACT_INV[27]!;
  for (let n = 26; n >= 0; n--) t = ddAdd(ddMul(t, r), FACT_INV[n]!);
  return t;
}

/** exp(z) for a double-double z, rounded to a double. */
function ddExp(z: DD): number {
  if (z[0] > 709.8) return Infinity;
  if (z[0] < -745.2) return 0;
  const k = Math.round(z[0] / LN2[0]);
  const t = ddExpSmall(ddAdd(z, ddMulD(LN2, -k))); // |r| <= 0.35
  return ldexp(t[0] + t[1], k);
}

/** log(x) for finite x > 0 as a double-double (crpow.ts's tables). */
export function ddLogParts(x: number): DD {
  return ddLog(x);
}

/** 2^f for 0 <= f < 1 as a double-double (crpow.ts's tables; 28 terms still suffice at |r| = ln 2). */
export function ddExp2Parts(f: number): DD {
  return ddExpSmall(ddMulD(LN2, f));
}

/** exp(x) and log(x) by the ~100-bit evaluation alone (tests check the fast step against them). */
export function slowExp(x: number): number {
  return ddExp([x, 0]);
}
export function slowLog(x: number): number {
  const r = ddLog(x);
  return r[0] + r[1];
}

export function crExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return 1;
  const fast = fastExp(x);
  return fast === fast ? fast : slowExp(x);
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  const fast = fastLog(x);
  return fast === fast ? fast : slowLog(x);
}

/** x ** y for finite x > 0, x != 1, finite y != 0. */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const fast = fastPow(x, y);
  if (fast === fast) return fast;
  return slowPow(x, y);
}

/** x ** y by the ~100-bit evaluation alone. */
export function slowPow(x: number, y: number): number {
  const lg = ddLog(x);
  // Far outside the range no precision is needed (and the double-double product stays finite).
  const approx = lg[0] * y;
  if (approx > 1000) return Infinity;
  if (approx < -1100) return 0;
  return ddExp(ddMulD(lg, y));
}

// ---- sin, cos ------------------------------------------------------------------------------------

/** [k mod 4, r] with x = k * pi/2 + r, |r| <= pi/4 (|x| < 2^20). */
function reduce(x: number): [number, DD] {
  const k = Math.round(x / PIO2_1);
  let r = ddAdd([x, 0], negate(twoProd(k, PIO2_1)));
  r = ddAdd(r, negate(twoProd(k, PIO2_2)));
  r = ddAdd(r, [-k * PIO2_3, 0]);
  return [((k % 4) + 4) % 4, r];
}

function negate(a: DD): DD {
  return [-a[0], -a[1]];
}

function sinPoly(r: DD): DD {
  const r2 = ddMul(r, r);
  let t: DD = [0, 0];
  for (let n = 29; n >= 1; n -= 2) {
    const c = FACT_INV[n]!;
    t = ddAdd(ddMul(t, r2), ((n - 1) / 2) % 2 === 0 ? c : negate(c));
  }
  return ddMul(t, r);
}

function cosPoly(r: DD): DD {
  const r2 = ddMul(r, r);
  let t: DD = [0, 0];
  for (let n = 30; n >= 0; n -= 2) {
    const c = FACT_INV[n]!;
    t = ddAdd(ddMul(t, r2), (n / 2) % 2 === 0 ? c : negate(c));
  }
  return t;
}

function sinCos(x: number, wantSin: boolean): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) >= 2 ** 20) return wantSin ? Math.sin(x) : Math.cos(x);
  if (x === 0) return wantSin ? x : 1;
  const [q, r] = reduce(x);
  // sin(x) for q = 0..3: sin r, cos r, -sin r, -cos r; cos(x) is the same shifted by one.
  const k = wantSin ? q : (q + 1) % 4;
  const v = k % 2 === 0 ? sinPoly(r) : cosPoly(r);
  const out = v[0] + v[1];
  return k >= 2 ? -out : out;
}

export function crSin(x: number): number {
  return sinCos(x, true);
}

export function crCos(x: number): number {
  return sinCos(x, false);
}

/** Double-double sin and cos of a double (|x| <= 4). */
function ddSinCos(x: number): [DD, DD] {
  const [q, r] = reduce(x);
  const s = sinPoly(r);
  const c = cosPoly(r);
  switch (q) {
    case 0: return [s, c];
    case 1: return [c, negate(s)];
    case 2: return [negate(s), negate(c)];
    default: return [negate(c), s];
  }
}

/** atan2(y, x): the engine's value refined by one Newton step in double-double. */
export function crAtan2(y: number, x: number): number {
  const t0 = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return t0;
  // Scale both by a power of two so the products below stay in range (the angle is unchanged).
  const sc = 2 ** -Math.max(Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y)))), -900);
  const xs = x * sc;
  const ys = y * sc;
  // f(t) = y cos t - x sin t = 0;  t1 = t0 + (y cos t0 - x sin t0) / (x cos t0 + y sin t0)
  const [s, c] = ddSinCos(t0);
  const num = ddAdd(ddMulD(c, ys), negate(ddMulD(s, xs)));
  const den = ddAdd(ddMulD(c, xs), ddMulD(s, ys));
  const corr = ddDiv(num, den);
  const t = ddAdd([t0, 0], corr);
  return t[0] + t[1];
}

/** pi as a double-double (for callers building on these helpers). */
export const DD_PI: readonly [number, number] = PI;

/**
 * hypot(x, y) with a correction step so results match a correctly rounded libm in practice.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return NaN;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  if (x < y) [x, y] = [y, x];
  if (x === 0) return 0;
  if (y === 0) return x;
  let scale = 1;
  if (x > 2 ** 500) {
    scale = 2 ** 600;
    x *= 2 ** -600;
    y *= 2 ** -600;
  } else if (x < 2 ** -500) {
    scale = 2 ** -600;
    x *= 2 ** 600;
    y *= 2 ** 600;
  }
  const s = ddAdd(twoProd(x, x), twoProd(y, y));
  let h = Math.sqrt(s[0]);
  // One Newton step on h^2 = s in double-double.
  const hh = twoProd(h, h);
  h += ((s[0] - hh[0]) - hh[1] + s[1]) / (2 * h);
  return h * scale;
}
