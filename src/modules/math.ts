// The math module (CPython: Modules/mathmodule.c): float functions with CPython's error rules
// (math_1/math_2: NaN from non-NaN input -> ValueError, inf from finite input -> OverflowError or
// ValueError), log of huge ints, pow/fmod/remainder special cases, fsum, hypot/dist, isclose,
// nextafter/ulp. Integer functions live in math_int.ts, gamma/erf/fma/sumprod in math_special.ts.

import { PyFloat, Ref, floatValue, type Value } from '../objects/value.js';
import { raise, iter, next, STOP, callSpecial, typeNameOf, toArray } from '../objects/protocol.js';
import { defineModule } from './define.js';
import { toDouble, floatOf, intOf, toIndex, newTuple } from '../objects/numcore.js';
import { crExp, crLog, crSin, crCos, crAtan2, powPositive } from '../objects/crmath.js';
import { floatToInt, ldexp as ldexpSteps, toBig, type Int } from '../objects/longmath.js';
import { floatRepr } from '../objects/dtoa.js';
import { dictSet } from '../objects/dict.js';
import { INT_FUNCTIONS } from './math_int.js';
import { SPECIAL_FUNCTIONS } from './math_special.js';
import { fsumDoubles } from './math_fsum.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const F = floatValue;

function domainError(x: number, msg: string | null): never {
  if (msg === null) raise('ValueError', 'math domain error');
  raise('ValueError', msg.replace('%s', floatRepr(x)));
}

/** math_1: a one-argument libm function with CPython's error rules. */
export function math1(arg: Value, f: (x: number) => number, canOverflow: boolean, msg: string | null): Value {
  const x = toDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(x, msg);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) raise('OverflowError', 'math range error');
    domainError(x, msg);
  }
  return F(r);
}

/** math_2: a two-argument libm function (NaN from non-NaN -> ValueError, inf from finite -> OverflowError). */
function math2(a: Value, b: Value, f: (x: number, y: number) => number): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  const r = f(x, y);
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raise('ValueError', 'math domain error');
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) {
    raise('OverflowError', 'math range error');
  }
  return F(r);
}

const f1 = (f: (x: number) => number, over: boolean, msg: string | null = null) =>
  ({ sig: '', fn: fn((x: Value) => math1(x, f, over, msg)) });

// ---- logarithms (loghelper: ints of any size) -----------------------------------------------------

/** [m, e] with |v| ~= m * 2**e, m in [0.5, 1) correctly rounded (_PyLong_Frexp). */
function bigFrexp(b: bigint): [number, number] {
  const n = b.toString(2).length;
  const shift = n - 64;
  let top = b >> BigInt(shift);
  if ((top << BigInt(shift)) !== b) top |= 1n; // sticky bit keeps the single rounding exact
  const m = Number(top) / 2 ** 64;
  return m === 1 ? [0.5, n + 1] : [m, n];
}

function logHelper(arg: Value, f: (x: number) => number): number {
  const i = intOf(arg);
  if (i !== undefined) {
    if (!(i > 0)) raise('ValueError', 'expected a positive input');
    const x = typeof i === 'number' ? i : Number(i);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(toBig(i));
    return f(m) + f(2) * e;
  }
  const x = toDouble(arg);
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(x, 'expected a positive input, got %s');
  if (r === -Infinity) domainError(x, 'expected a positive input, got %s');
  return r;
}

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return crLog(x);
    return x === 0 ? -Infinity : NaN;
  }
  return Number.isNaN(x) || x > 0 ? x : NaN;
}
const mLog2 = (x: number): number => (x > 0 && Number.isFinite(x) ? Math.log2(x) : mLog(x));
const mLog10 = (x: number): number => (x > 0 && Number.isFinite(x) ? Math.log10(x) : mLog(x));

function log(x: Value, base: Value | undefined): Value {
  const num = logHelper(x, mLog);
  if (base === undefined) return F(num);
  const den = logHelper(base, mLog);
  if (den === 0) raise('ZeroDivisionError', 'division by zero');
  return F(num / den);
}

// ---- pow, fmod, remainder ---------------------------------------------------------------------------

function mathPow(a: Value, b: Value): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const odd = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) r = odd ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = odd ? (x < 0 ? -0 : 0) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return F(r);
  }
  if (y === 0 || x === 1) return F(1);
  if (x === 0) {
    if (y < 0) raise('ValueError', 'math domain error');
    const odd = Math.abs(y) % 2 === 1;
    return F(odd ? x : 0);
  }
  let neg = false;
  let ax = x;
  if (x < 0) {
    if (y !== Math.floor(y)) raise('ValueError', 'math domain error');
    ax = -x;
    neg = Math.abs(y) % 2 === 1;
  }
  r = ax === 1 ? 1 : powPositive(ax, y);
  if (!Number.isFinite(r)) raise('OverflowError', 'math range error');
  return F(neg ? -r : r);
}

function fmod(a: Value, b: Value): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return F(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) raise('ValueError', 'math domain error');
  return F(r);
}

/** IEEE 754 remainder (CPython m_remainder). */
function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return x < 0 || Object.is(x, -0) ? -r : r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

// ---- rounding to ints ------------------------------------------------------------------------------

function roundTo(x: Value, dunder: string, f: (d: number) => number): Value {
  const d = floatOf(x);
  if (d !== undefined && (typeof x === 'number' || x instanceof PyFloat)) return floatToInt(f(d));
  const i = intOf(x);
  if (i !== undefined && !(x instanceof Ref)) return i;
  const r = callSpecial(x, dunder, []);
  if (r !== undefined) return r;
  return floatToInt(f(toDouble(x)));
}

function trunc(x: Value): Value {
  const d = floatOf(x);
  if (d !== undefined && (typeof x === 'number' || x instanceof PyFloat)) return floatToInt(Math.trunc(d));
  const r = callSpecial(x, '__trunc__', []);
  if (r === undefined) raise('TypeError', `type ${typeNameOf(x)} doesn't define __trunc__ method`);
  return r;
}

// ---- fsum, hypot, dist -----------------------------------------------------------------------------

function* doublesOf(iterable: Value): Generator<number> {
  const it = iter(iterable);
  for (;;) {
    const v = next(it);
    if (v === STOP) return;
    yield toDouble(v);
  }
}

function twoProdLo(a: number, b: number, p: number): number {
  const split = 134217729;
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** CPython vector_norm: the Euclidean norm with a differential correction (accurate to < 1 ulp). */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = Math.floor(Math.log2(max)) + 1;
  if (maxE < -1022) {
    const DBL_MIN = 2 ** -1022;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, false);
  }
  let e = maxE;
  // frexp: max * 2**-e in [0.5, 1); log2 rounding can be off by one near powers of two
  while (ldexpSteps(max, -e) >= 1) e++;
  while (ldexpSteps(max, -e) < 0.5) e--;
  const scale = ldexpSteps(1, -e);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (let x of vec) {
    x *= scale;
    const hi = x * x;
    const lo = twoProdLo(x, x, hi);
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const phi = -h * h;
  const plo = twoProdLo(-h, h, phi);
  const s = csum + phi;
  frac2 += (csum - s) + phi;
  csum = s;
  frac1 += plo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

function hypot(args: Value[]): Value {
  let max = 0;
  let nan = false;
  const vec = args.map((a) => {
    const x = Math.abs(toDouble(a));
    if (Number.isNaN(x)) nan = true;
    else if (x > max) max = x;
    return x;
  });
  return F(vectorNorm(vec, max, nan));
}

function dist(p: Value, q: Value): Value {
  const tp = typeNameOf(p) === 'tuple' ? toArray(p) : toArray(p);
  const tq = toArray(q);
  if (tp.length !== tq.length) raise('ValueError', 'both points must have the same number of dimensions');
  let max = 0;
  let nan = false;
  const vec = tp.map((a, i) => {
    const x = Math.abs(toDouble(a) - toDouble(tq[i]!));
    if (Number.isNaN(x)) nan = true;
    else if (x > max) max = x;
    return x;
  });
  return F(vectorNorm(vec, max, nan));
}

// ---- classification, nextafter, ulp -----------------------------------------------------------------

function isclose(a: Value, b: Value, relTol: Value, absTol: Value): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  // Defaults 1e-09 and 0.0 (the signature parser has no float-literal defaults)
  const rt = typeof relTol === 'symbol' ? 1e-9 : toDouble(relTol);
  const at = typeof absTol === 'symbol' ? 0 : toDouble(absTol);
  if (rt < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return (diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x)) || diff <= at;
}

const BUF = new DataView(new ArrayBuffer(8));
function toOrdered(x: number): bigint {
  BUF.setFloat64(0, x);
  const u = BUF.getBigUint64(0);
  return u >> 63n ? -(u & 0x7fffffffffffffffn) : u;
}
function fromOrdered(o: bigint, negZero: boolean): number {
  if (o === 0n) return negZero ? -0 : 0;
  BUF.setBigUint64(0, o < 0n ? (-o) | 0x8000000000000000n : o);
  return BUF.getFloat64(0);
}

function nextafter(a: Value, b: Value, steps: Value): Value {
  const x = toDouble(a);
  const y = toDouble(b);
  let n: Int = 1;
  if (steps !== null) {
    n = toIndex(steps);
    if (n < 0) raise('ValueError', 'steps must be a non-negative integer');
    if (n === 0 || n === 0n) return F(x);
  }
  if (Number.isNaN(x)) return F(x);
  if (Number.isNaN(y)) return F(y);
  if (x === y) return F(y);
  const ox = toOrdered(x);
  const oy = toOrdered(y);
  const dist = oy > ox ? oy - ox : ox - oy;
  const k = toBig(n);
  if (k >= dist) return F(y);
  const o = oy > ox ? ox + k : ox - k;
  return F(fromOrdered(o, false));
}

function ulp(a: Value): Value {
  let x = toDouble(a);
  if (Number.isNaN(x)) return F(x);
  x = Math.abs(x);
  if (x === Infinity) return F(x);
  const o = toOrdered(x);
  if (x === Number.MAX_VALUE) return F(x - fromOrdered(o - 1n, false));
  return F(fromOrdered(o + 1n, false) - x);
}

function frexp(a: Value): Value {
  const x = toDouble(a);
  if (x === 0 || !Number.isFinite(x)) return newTuple([F(x), 0]);
  const ax = Math.abs(x);
  let e = Math.floor(Math.log2(ax)) + 1;
  let m = ldexpSteps(ax, -e);
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  if (e < -1021) m = ldexpSteps(ax, -e); // subnormal input: rescale exactly
  return newTuple([F(x < 0 ? -m : m), e]);
}

function ldexp(a: Value, b: Value): Value {
  const x = toDouble(a);
  // PyLong_Check only: __index__ is not accepted (math_ldexp_impl)
  const e = intOf(b);
  if (e === undefined) raise('TypeError', 'Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return F(x);
  let r: number;
  if (e > 100000) r = x * Infinity;
  else if (e < -100000) r = x < 0 ? -0 : 0;
  else r = ldexpExact(x, Number(e));
  if (!Number.isFinite(r)) raise('OverflowError', 'math range error');
  return F(r);
}

/** x * 2**e rounded once (also for subnormal results). */
function ldexpExact(x: number, e: number): number {
  if (e >= 0) return ldexpSteps(x, e);
  // Scale down in steps that stay normal, then do the last (possibly rounding) step once.
  while (e < -1000 && Math.abs(x) >= 2 ** -20) {
    const step = Math.max(e, -1000);
    const y = x * 2 ** step;
    if (Math.abs(y) < 2 ** -1021) break;
    x = y;
    e -= step;
  }
  if (e < -1074 - 1100) return x < 0 ? -0 : 0;
  // Remaining: possibly two factors, the first exact (keeps x normal), the second rounds.
  while (e < -1022) {
    const room = Math.floor(Math.log2(Math.abs(x))) + 1022; // exponent headroom above DBL_MIN
    if (room <= 0) break;
    const step = Math.max(e, -room);
    x *= 2 ** step;
    e -= step;
  }
  return e < -1022 ? (x * 2 ** -1022) * 2 ** (e + 1022) : x * 2 ** e;
}

function modf(a: Value): Value {
  const x = toDouble(a);
  if (!Number.isFinite(x) && !Number.isNaN(x)) return newTuple([F(x < 0 ? -0 : 0), F(x)]);
  if (Number.isNaN(x)) return newTuple([F(x), F(x)]);
  const ip = Math.trunc(x);
  const fp = x - ip;
  return newTuple([F(fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp), F(ip === 0 && x < 0 ? -0 : ip)]);
}

function copysign(a: number, b: number): number {
  const neg = b < 0 || Object.is(b, -0) || (Number.isNaN(b) && signBitNaN(b));
  return neg ? -Math.abs(a) : Math.abs(a);
}
function signBitNaN(x: number): boolean {
  BUF.setFloat64(0, x);
  return (BUF.getUint8(0) & 0x80) !== 0;
}

function fsum(seq: Value): Value {
  return F(fsumDoubles(doublesOf(seq)));
}

export const mathModule = defineModule({
  name: 'math',
  doc: null,
  functions: {
    acos: { ...f1(Math.acos, false, 'expected a number in range from -1 up to 1, got %s'), sig: 'acos(x, /)' },
    acosh: { ...f1(Math.acosh, false, 'expected argument value not less than 1, got %s'), sig: 'acosh(x, /)' },
    asin: { ...f1(Math.asin, false, 'expected a number in range from -1 up to 1, got %s'), sig: 'asin(x, /)' },
    asinh: { ...f1(Math.asinh, false), sig: 'asinh(x, /)' },
    atan: { ...f1((x) => (Number.isFinite(x) ? crAtan2(x, 1) : Math.atan(x)), false), sig: 'atan(x, /)' },
    atan2: { sig: 'atan2(y, x, /)', fn: fn((y: Value, x: Value) => math2(y, x, crAtan2)) },
    atanh: { ...f1(Math.atanh, false, 'expected a number between -1 and 1, got %s'), sig: 'atanh(x, /)' },
    ceil: { sig: 'ceil(x, /)', fn: fn((x: Value) => roundTo(x, '__ceil__', Math.ceil)) },
    copysign: { sig: 'copysign(x, y, /)', fn: fn((x: Value, y: Value) => math2(x, y, copysign)) },
    cos: { ...f1(crCos, false, 'expected a finite input, got %s'), sig: 'cos(x, /)' },
    cosh: { ...f1(Math.cosh, true), sig: 'cosh(x, /)' },
    degrees: { sig: 'degrees(x, /)', fn: fn((x: Value) => F(toDouble(x) * (180 / Math.PI))) },
    dist: { sig: 'dist(p, q, /)', fn: fn(dist) },
    exp: { ...f1(crExp, true), sig: 'exp(x, /)' },
    exp2: { ...f1((x) => (Number.isFinite(x) && x !== 0 && x !== Math.trunc(x) ? powPositive(2, x) : 2 ** x), true),
      sig: 'exp2(x, /)' },
    expm1: { ...f1(Math.expm1, true), sig: 'expm1(x, /)' },
    fabs: { ...f1(Math.abs, false), sig: 'fabs(x, /)' },
    floor: { sig: 'floor(x, /)', fn: fn((x: Value) => roundTo(x, '__floor__', Math.floor)) },
    fmod: { sig: 'fmod(x, y, /)', fn: fn(fmod) },
    frexp: { sig: 'frexp(x, /)', fn: fn(frexp) },
    fsum: { sig: 'fsum(seq, /)', fn: fn(fsum) },
    hypot: { sig: 'hypot(*coordinates)', fn: fn(hypot) },
    isclose: { sig: 'isclose(a, b, *, rel_tol=<missing>, abs_tol=<missing>)', fn: fn(isclose) },
    isfinite: { sig: 'isfinite(x, /)', fn: fn((x: Value) => Number.isFinite(toDouble(x))) },
    isinf: { sig: 'isinf(x, /)', fn: fn((x: Value) => { const d = toDouble(x); return d === Infinity || d === -Infinity; }) },
    isnan: { sig: 'isnan(x, /)', fn: fn((x: Value) => Number.isNaN(toDouble(x))) },
    ldexp: { sig: 'ldexp(x, i, /)', fn: fn(ldexp) },
    log: { sig: 'log(*args)', fn: fn((a: Value[]) => {
      if (a.length < 1) raise('TypeError', `log expected at least 1 argument, got ${a.length}`);
      if (a.length > 2) raise('TypeError', `log expected at most 2 arguments, got ${a.length}`);
      return log(a[0]!, a[1]);
    }) },
    log10: { sig: 'log10(x, /)', fn: fn((x: Value) => F(logHelper(x, mLog10))) },
    log1p: { ...f1((x) => (x === -1 ? -Infinity : Math.log1p(x)), false, 'expected argument value > -1, got %s'),
      sig: 'log1p(x, /)' },
    log2: { sig: 'log2(x, /)', fn: fn((x: Value) => F(logHelper(x, mLog2))) },
    modf: { sig: 'modf(x, /)', fn: fn(modf) },
    nextafter: { sig: 'nextafter(x, y, /, *, steps=None)', fn: fn(nextafter) },
    pow: { sig: 'pow(x, y, /)', fn: fn(mathPow) },
    radians: { sig: 'radians(x, /)', fn: fn((x: Value) => F(toDouble(x) * (Math.PI / 180))) },
    remainder: { sig: 'remainder(x, y, /)', fn: fn((x: Value, y: Value) => math2(x, y, mRemainder)) },
    sin: { ...f1(crSin, false, 'expected a finite input, got %s'), sig: 'sin(x, /)' },
    sinh: { ...f1(Math.sinh, true), sig: 'sinh(x, /)' },
    sqrt: { ...f1(Math.sqrt, false, 'expected a nonnegative input, got %s'), sig: 'sqrt(x, /)' },
    tan: { ...f1(Math.tan, false, 'expected a finite input, got %s'), sig: 'tan(x, /)' },
    tanh: { ...f1(Math.tanh, false), sig: 'tanh(x, /)' },
    trunc: { sig: 'trunc(x, /)', fn: fn(trunc) },
    ulp: { sig: 'ulp(x, /)', fn: fn(ulp) },
    ...INT_FUNCTIONS,
    ...SPECIAL_FUNCTIONS,
  },
  init(dict) {
    dictSet(dict, 'pi', Math.PI);
    dictSet(dict, 'e', Math.E);
    dictSet(dict, 'tau', 2 * Math.PI);
    dictSet(dict, 'inf', new PyFloat(Infinity));
    dictSet(dict, 'nan', new PyFloat(NaN));
  },
});
