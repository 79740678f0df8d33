// The fast first step of crmath.ts's correctly rounded exp, log and pow (Ziv's strategy): a
// table-driven evaluation in scalar double-double arithmetic, no allocation, with a running error
// bound. When the bound shows the result rounds the same way at both ends of the error interval, that
// rounding is the correctly rounded result; otherwise (about one call in a thousand, and the rare
// argument ranges left out here) the caller falls back to crmath.ts's ~100-bit evaluation. Both steps
// round the same exact value, so they agree wherever the slow step is right.
// The method is the classical one (as in glibc's and CORE-MATH's exp/log/pow): log reduces the mantissa
// by a table of 128 reciprocals whose logarithms are known to ~100 bits, exp by 2^(j/128) and a short
// polynomial. The tables are computed here, at first use, by the slow step itself.

import { ddLogParts, ddExp2Parts } from './crmath.js';

// ---- scalar double-double helpers (results in module variables: no arrays on the hot path) ----------

/** The two parts of a helper's result: a typed array (module `let`s cost a context access and a hole check each). */
const HL = new Float64Array(2);

/** HL[0] + HL[1] == a * b exactly (Dekker; |a|, |b| well inside the double range). */
function twoProd(a: number, b: number): void {
  HL[0] = a * b;
  const split = 134217729; // 2^27 + 1
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  HL[1] = ((ah * bh - HL[0]) + ah * bl + al * bh) + al * bl;
}

/** HL[0] + HL[1] == a + b exactly (Knuth). */
function twoSum(a: number, b: number): void {
  HL[0] = a + b;
  const bb = HL[0] - a;
  HL[1] = (a - (HL[0] - bb)) + (b - bb);
}

/** HL[0] + HL[1] == a + b exactly, for |a| >= |b| (or a == 0). */
function fastTwoSum(a: number, b: number): void {
  HL[0] = a + b;
  HL[1] = b - (HL[0] - a);
}

// ---- tables -----------------------------------------------------------------------------------------

const LOG_BITS = 7;
const LOG_N = 1 << LOG_BITS;
/** The mantissa range [M0, 2*M0) is cut into LOG_N intervals; M0 = 1/sqrt(2), so log(m) stays small. */
const M0 = Math.SQRT1_2;
const EXP_N = 128;

/** ln 2 in parts: LN2_HI has 42 significant bits, so k * LN2_HI is exact for |k| < 2^11. */
const LN2_HI = 0.6931471805598903;
const LN2_LO = 5.497923018708371e-14;
/** ln2/128 in parts: the high part has 35 bits, so kk * L128_HI is exact for |kk| < 2^18. */
const L128_HI = 0.0054152123482253955;
const L128_LO = -1.0082281460997769e-13;

let INVC: Float64Array | null = null;
let LOGC_HI: Float64Array;
let LOGC_LO: Float64Array;
let T_HI: Float64Array;
let T_LO: Float64Array;

function makeTables(): void {
  const invc = new Float64Array(LOG_N);
  LOGC_HI = new Float64Array(LOG_N);
  LOGC_LO = new Float64Array(LOG_N);
  const width = M0 / LOG_N;
  for (let i = 0; i < LOG_N; i++) {
    const lo = M0 + i * width;
    // The interval holding 1 uses c = 1 exactly: log(x) for x near 1 then has no cancellation.
    const c = lo <= 1 && 1 < lo + width ? 1 : lo + width / 2;
    invc[i] = 1 / c;
    if (invc[i] === 1) continue;
    // log(m) = log(m * invc) - log(invc): the table holds -log(invc) of the double actually stored.
    const [h, l] = ddLogParts(invc[i]!);
    LOGC_HI[i] = -h;
    LOGC_LO[i] = -l;
  }
  T_HI = new Float64Array(EXP_N);
  T_LO = new Float64Array(EXP_N);
  for (let j = 0; j < EXP_N; j++) {
    const [h, l] = ddExp2Parts(j / EXP_N);
    T_HI[j] = h;
    T_LO[j] = l;
  }
  INVC = invc;
}

// ---- log --------------------------------------------------------------------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI_WORD = LITTLE_ENDIAN ? 1 : 0;

/** The log's absolute error bound, set by logParts. */
let LOG_ERR = 0;

/**
 * log(x) for finite x > 0 into HL[0] + HL[1], with |error| <= LOG_ERR.
 * x = 2^k * m, M0 <= m < 2*M0; m = c * (1 + r) with c from the table, |r| <= 2^-7.5.
 */
function logParts(x: number): void {
  if (INVC === null) makeTables();
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: subnormals become normal
    k = -54;
  }
  F64[0] = x;
  const hw = U32[HI_WORD]!;
  k += (hw >>> 20) - 1023;
  U32[HI_WORD] = (hw & 0x000fffff) | 0x3ff00000; // m in [1, 2)
  let m = F64[0]!;
  if (m >= 2 * M0) {
    m *= 0.5;
    k++;
  }
  const i = Math.min(LOG_N - 1, Math.floor((m - M0) * (LOG_N / M0)));
  const invc = INVC![i]!;
  let rh: number;
  let rl: number;
  if (invc === 1) {
    rh = m - 1; // exact (Sterbenz)
    rl = 0;
  } else {
    twoProd(m, invc);
    rh = HL[0] - 1; // exact: HL[0] is within 2^-7 of 1
    fastTwoSum(rh, HL[1]);
    rh = HL[0];
    rl = HL[1];
  }
  // log1p(r) = r - r^2/2 + r^3 * poly(r): r^2/2 in double-double, the rest in doubles.
  twoProd(rh, rh);
  const s2h = -0.5 * HL[0];
  const s2l = -0.5 * HL[1] - rh * rl;
  const tail = rh * rh * rh * (1 / 3 + rh * (-1 / 4 + rh * (1 / 5 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-1 / 8
    + rh * (1 / 9 + rh * (-1 / 10 + rh * (1 / 11)))))))));
  // Sum, smallest terms first into the low part: k*ln2 + logc + r + r^2/2-term + tail.
  const kh = k * LN2_HI;
  const kl = k * LN2_LO;
  twoSum(kh, LOGC_HI[i]!);
  let hi = HL[0];
  let lo = HL[1] + kl + LOGC_LO[i]!;
  twoSum(hi, rh);
  hi = HL[0];
  lo += HL[1] + rl;
  twoSum(hi, s2h);
  hi = HL[0];
  lo += HL[1] + s2l + tail;
  fastTwoSum(hi, lo);
  // Error bounds, each taken about 8 times larger: ~|r| * 2^-69 from the polynomial and the r^2 term;
  // k * 2^-93 from rounding k * LN2_LO; ~2^-100 relative from the table, ln2's parts and the sums.
  LOG_ERR = Math.abs(rh) * 2 ** -66 + (Math.abs(kh) + Math.abs(LOGC_HI[i]!) + Math.abs(HL[0])) * 2 ** -89;
}

// ---- exp --------------------------------------------------------------------------------------------

/** Relative error bound of expParts (z taken as exact): polynomial, table and rounding errors, x8. */
const EXP_ERR = 2 ** -66;
/** The scale exponent of expParts' result. */
let EXP_E = 0;

/** exp(zh + zl) = 2^EXP_E * (HL[0] + HL[1]), HL[0] in [0.99, 2.01), for |zh| <= 708. */
function expParts(zh: number, zl: number): void {
  if (INVC === null) makeTables();
  const kk = Math.round(zh * (EXP_N / Math.LN2));
  const j = kk & (EXP_N - 1);
  EXP_E = (kk - j) / EXP_N;
  // r = z - kk * ln2/128, |r| <= ln2/256 (+ rounding): the first difference is exact.
  const r0 = zh - kk * L128_HI;
  fastTwoSum(r0, zl - kk * L128_LO);
  const rh = HL[0];
  const rl = HL[1];
  // expm1(r) = r + r^2/2 + r^3 * poly(r), as ph + pl.
  twoProd(rh, rh);
  const s2h = 0.5 * HL[0];
  const s2l = 0.5 * HL[1] + rh * rl;
  const tail = rh * rh * rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040
    + rh * (1 / 40320))))));
  twoSum(rh, s2h);
  const ph = HL[0];
  const pl = HL[1] + rl + s2l + tail;
  // T * (1 + p) = Th + (Th * p + Tl * (1 + p)).
  const th = T_HI[j]!;
  const tl = T_LO[j]!;
  twoProd(th, ph);
  const qh = HL[0];
  const ql = HL[1] + th * pl + tl * (ph + pl) + tl;
  twoSum(th, qh);
  const hi = HL[0];
  fastTwoSum(hi, HL[1] + ql);
}

/**
 * True if HL[0] + HL[1] (within relative error `rel`) rounds to HL[0] whatever the exact value in the interval:
 * HL[0] is then the correctly rounded result (HL[0] == fl(HL[0] + HL[1]) after fastTwoSum).
 */
function roundsSafely(rel: number): boolean {
  const e = Math.abs(HL[0]) * rel;
  return HL[0] + (HL[1] + e) === HL[0] && HL[0] + (HL[1] - e) === HL[0];
}

/** Scales a result of expParts by 2^EXP_E when that is exact (a normal result): else NaN. */
function scaled(): number {
  if (EXP_E < -1021 || EXP_E > 1022) return NaN;
  // 2^EXP_E from its bits: `2 ** e` with a variable e calls pow (tens of ns).
  const h = HL[0];
  U32[HI_WORD] = (EXP_E + 1023) << 20;
  U32[1 - HI_WORD] = 0;
  return h * F64[0]!;
}

// ---- the entry points: NaN means "ask the slow step" ----------------------------------------------

/** exp(x), or NaN when the fast step cannot decide. */
export function fastExp(x: number): number {
  if (!(Math.abs(x) <= 708)) return NaN;
  expParts(x, 0);
  return roundsSafely(EXP_ERR) ? scaled() : NaN;
}

/** log(x) for finite x > 0, or NaN when the fast step cannot decide. */
export function fastLog(x: number): number {
  logParts(x);
  return roundsSafely(LOG_ERR / Math.abs(HL[0]) + 2 ** -104) ? HL[0] : NaN;
}

/** x ** y for finite x > 0 and finite y, or NaN when the fast step cannot decide. */
export function fastPow(x: number, y: number): number {
  logParts(x);
  const lerr = LOG_ERR;
  // z = y * log(x) as a double-double; its absolute error bound carries over as a relative one.
  const lh = HL[0];
  const ll = HL[1];
  twoProd(lh, y);
  const zh0 = HL[0];
  const zl0 = HL[1] + ll * y;
  if (!(Math.abs(zh0) <= 708)) return NaN;
  fastTwoSum(zh0, zl0);
  const zh = HL[0];
  const zl = HL[1];
  const zerr = Math.abs(y) * lerr + Math.abs(zh) * 2 ** -100;
  expParts(zh, zl);
  return roundsSafely(EXP_ERR + zerr * 1.01) ? scaled() : NaN;
}
