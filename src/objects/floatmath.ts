// Float semantics on JS doubles, shared by the float type and the VM's float operators: floor
// division and modulo with CPython's sign rules, pow's special cases, round(x, n) via correctly
// rounded decimal, float(str) parsing, float.hex/fromhex, as_integer_ratio. Results are raw
// doubles; callers wrap them with floatValue. CPython: Objects/floatobject.c, Python/pystrtod.c.

import { raise } from './protocol.js';
import { dtoa, digitsToDouble } from './dtoa.js';
import { type Int, normBig, ldexp } from './longmath.js';
import { isAsciiSpace } from './longmath.js';
import { powPositive, hypot, crExp, crLog, crSin, crCos, crAtan2 } from './crmath.js';

function zeroDiv(): never {
  raise('ZeroDivisionError', 'division by zero');
}

/** Linux errno text CPython shows for a float result out of range (PyErr_SetFromErrno(ERANGE)). */
export const ERANGE_MESSAGE = "(34, 'Numerical result out of range')";

export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) zeroDiv();
  return x / y;
}

/** x % y with the sign of y (float_rem). */
export function floatMod(x: number, y: number): number {
  if (y === 0) zeroDiv();
  let mod = x % y;
  // C's `if (mod)` is true for NaN; JS truthiness is not.
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** [x // y, x % y] (_float_div_mod). */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) zeroDiv();
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(x: number, y: number): number {
  return floatDivmod(x, y)[0];
}

function isOddInteger(x: number): boolean {
  return Math.abs(x) % 2 === 1;
}

/**
 * x ** y (float_pow) for doubles. Returns null when the result is complex (negative base,
 * non-integral exponent): the caller computes the complex power.
 */
export function floatPow(iv: number, iw: number): number | null {
  if (iw === 0) return 1;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1 ? 1 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1) return 1;
    if ((iw > 0) === (av > 1)) return Math.abs(iw);
    return 0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) raise('ZeroDivisionError', 'zero to a negative power');
    return odd ? iv : 0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return negate ? -1 : 1;
  let ix = powPositive(iv, iw);
  if (!Number.isFinite(ix)) raise('OverflowError', ERANGE_MESSAGE);
  if (negate) ix = -ix;
  return ix;
}

/** Round half to even to an integer (float.__round__ without ndigits), as a double. */
export function roundHalfEven(x: number): number {
  const t = Math.trunc(x);
  const f = x - t; // exact
  const step = x < 0 ? -1 : 1;
  if (Math.abs(f) > 0.5 || (Math.abs(f) === 0.5 && t % 2 !== 0)) return t + step;
  return t;
}

/** round(x, ndigits) for a double (float___round___impl + double_round). */
export function floatRound(x: number, ndigits: Int): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const d = dtoa(x, 3, Number(ndigits));
  const r = digitsToDouble(d);
  if (!Number.isFinite(r)) raise('OverflowError', 'rounded value too large to represent');
  return r;
}

/** (numerator, denominator) of a finite double (float_as_integer_ratio). */
export function floatAsIntegerRatio(x: number): [Int, Int] {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  // Double until integral (at most 1074 steps, each exact): the first integral value is odd
  // unless x itself was integral, so the fraction is already in lowest terms.
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return [normBig(BigInt(m)), e === 0 ? 1 : normBig(1n << BigInt(e))];
}

// ---- float(str) ----------------------------------------------------------------------------------

/**
 * Parses float text already mapped to ASCII (non-ASCII spaces and digits transformed): underscores
 * between digits, surrounding whitespace, inf/infinity/nan with a sign, decimal with optional
 * exponent. Returns undefined on a syntax error (the caller reports the original text).
 */
export function parseFloatText(s: string): number | undefined {
  if (s.includes('_')) {
    // _Py_string_to_number_with_underscores: only between two digits.
    let out = '';
    let prev = '';
    for (const c of s) {
      if (c === '_') {
        if (!(prev >= '0' && prev <= '9')) return undefined;
      } else {
        if (prev === '_' && !(c >= '0' && c <= '9')) return undefined;
        out += c;
      }
      prev = c;
    }
    if (prev === '_') return undefined;
    s = out;
  }
  let i = 0;
  let j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i === j) return undefined;
  while (j > i + 1 && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  return parseFloatCore(s.slice(i, j));
}

const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** PyOS_string_to_double over the whole (trimmed) text. */
export function parseFloatCore(t: string): number | undefined {
  if (FLOAT_RE.test(t)) return Number(t); // the engine's decimal parser rounds correctly
  const m = SPECIAL_RE.exec(t);
  if (m === null) return undefined;
  const neg = m[1] === '-';
  if (m[2]!.toLowerCase() === 'nan') return NaN;
  return neg ? -Infinity : Infinity;
}

/** Longest prefix of `s` (from `i`) that PyOS_string_to_double accepts: [value, end] or null. */
export function scanFloat(s: string, i: number): [number, number] | null {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s.slice(i));
  if (m === null) return null;
  // An exponent marker without digits is not part of the number ('1e' parses as '1').
  return [parseFloatCore(m[0])!, i + m[0].length];
}

// ---- hex -------------------------------------------------------------------------------------------

/** float.hex() (float_hex_impl): '0x1.8000000000000p+1', '-0x0.0p+0', 'inf', 'nan'. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax === 0) return neg ? '-0x0.0p+0' : '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, ax);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  let bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  let lead = '1';
  if (bexp === 0) {
    lead = '0';
    bexp = 1;
  }
  const e = bexp - 1023;
  return `${neg ? '-' : ''}0x${lead}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.fromhex(s) (float_fromhex_impl), with CPython's errors. */
export function floatFromHex(text: string): number {
  const invalid = (): never => raise('ValueError', 'invalid hexadecimal floating-point string');
  let s = text;
  let i = 0;
  let j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  s = s.slice(i, j);
  const special = SPECIAL_RE.exec(s);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
  if (m === null) return invalid();
  const intPart = m[2]!;
  const fracPart = m[3] ?? '';
  if (intPart.length + fracPart.length === 0) return invalid();
  const neg = m[1] === '-';
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  // Exact mantissa as a bigint; its value is mant * 16^-len(frac) * 2^exp.
  const all = (intPart + fracPart).replace(/^0+/, '');
  if (all === '') return neg ? -0 : 0;
  if (!Number.isFinite(exp) || Math.abs(exp) > 1e9) {
    if (exp > 0) raise('OverflowError', 'hexadecimal value too large to represent as a float');
    return neg ? -0 : 0;
  }
  const mant = BigInt('0x' + all);
  exp -= 4 * fracPart.length;
  const x = bigTimesPow2(mant, exp);
  if (x === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return neg ? -x : x;
}

/** mant * 2^exp correctly rounded (ties to even) to a double; Infinity on overflow. */
function bigTimesPow2(mant: bigint, exp: number): number {
  const bits = mant.toString(2).length;
  const top = bits + exp; // value in [2^(top-1), 2^top)
  if (top > 1024) return Infinity;
  // Keep 53 bits, or fewer for subnormal results (lowest representable bit is 2^-1074).
  const keep = Math.min(53, top + 1074);
  if (keep <= 0) {
    // Below 2^-1075 rounds to 0; exactly 2^-1075 (keep == 0 and a single bit) ties to 0.
    if (keep === 0 && (mant & (mant - 1n)) !== 0n) return 2 ** -1074;
    return 0;
  }
  const drop = bits - keep;
  let q: bigint;
  if (drop > 0) {
    const db = BigInt(drop);
    q = mant >> db;
    const rem = mant & ((1n << db) - 1n);
    const half = 1n << (db - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = mant << BigInt(-drop);
  }
  const r = ldexp(Number(q), exp + drop);
  return r;
}

// ---- math helpers shared with complex --------------------------------------------------------------

// ---- complex arithmetic (CPython: Objects/complexobject.c _Py_c_*) ---------------------------------

/** A complex value as [real, imag]. */
export type C = [number, number];

function copysign(x: number, s: number): number {
  return (s < 0 || Object.is(s, -0)) ? -Math.abs(x) : Math.abs(x);
}

/** z * w with C11 Annex G recovery of infinities (_Py_c_prod). */
export function cprod(z: C, w: C): C {
  let [a, b] = z;
  let [c, d] = w;
  const ac = a * c;
  const bd = b * d;
  const ad = a * d;
  const bc = b * c;
  const r: C = [ac - bd, ad + bc];
  if (Number.isNaN(r[0]) && Number.isNaN(r[1])) {
    let recalc = false;
    const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
    if (isInf(a) || isInf(b)) {
      a = copysign(isInf(a) ? 1 : 0, a);
      b = copysign(isInf(b) ? 1 : 0, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if (isInf(c) || isInf(d)) {
      c = copysign(isInf(c) ? 1 : 0, c);
      d = copysign(isInf(d) ? 1 : 0, d);
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      recalc = true;
    }
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      r[0] = Infinity * (a * c - b * d);
      r[1] = Infinity * (a * d + b * c);
    }
  }
  return r;
}

/** a / b (_Py_c_quot); ZeroDivisionError for a zero divisor. */
export function cquot(a: C, b: C): C {
  const abr = Math.abs(b[0]);
  const abi = Math.abs(b[1]);
  let r: C;
  if (abr >= abi) {
    if (abr === 0) zeroDiv();
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    r = [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  } else if (abi >= abr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    r = [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  } else {
    r = [NaN, NaN];
  }
  if (Number.isNaN(r[0]) && Number.isNaN(r[1])) {
    const isInf = (x: number): boolean => x === Infinity || x === -Infinity;
    if ((isInf(a[0]) || isInf(a[1])) && Number.isFinite(b[0]) && Number.isFinite(b[1])) {
      const x = copysign(isInf(a[0]) ? 1 : 0, a[0]);
      const y = copysign(isInf(a[1]) ? 1 : 0, a[1]);
      r = [Infinity * (x * b[0] + y * b[1]), Infinity * (y * b[0] - x * b[1])];
    } else if ((isInf(abr) || isInf(abi)) && Number.isFinite(a[0]) && Number.isFinite(a[1])) {
      const x = copysign(isInf(b[0]) ? 1 : 0, b[0]);
      const y = copysign(isInf(b[1]) ? 1 : 0, b[1]);
      r = [0 * (a[0] * x + a[1] * y), 0 * (a[1] * x - a[0] * y)];
    }
  }
  return r;
}

/** a / b for a real a (_Py_rc_quot). */
export function rcquot(a: number, b: C): C {
  const abr = Math.abs(b[0]);
  const abi = Math.abs(b[1]);
  let r: C;
  if (abr >= abi) {
    if (abr === 0) zeroDiv();
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    r = [a / denom, (-a * ratio) / denom];
  } else if (abi >= abr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    r = [(a * ratio) / denom, (-a) / denom];
  } else {
    r = [NaN, NaN];
  }
  if (Number.isNaN(r[0]) && Number.isNaN(r[1]) && Number.isFinite(a) && (abr === Infinity || abi === Infinity)) {
    const x = copysign(abr === Infinity ? 1 : 0, b[0]);
    const y = copysign(abi === Infinity ? 1 : 0, b[1]);
    r = [0 * (a * x), 0 * (-a * y)];
  }
  return r;
}

/** a / b for a real b (_Py_cr_quot). */
export function crquot(a: C, b: number): C {
  if (b === 0) zeroDiv();
  return [a[0] / b, a[1] / b];
}

function cpowZero(): never {
  raise('ZeroDivisionError', 'zero to a negative or complex power');
}

/** a ** b (complex_pow): integer exponents up to 100 by repeated multiplication. */
export function cpow(a: C, b: C): C {
  let p: C;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    if (n > 0) {
      p = cpowu(a, n);
    } else {
      const d = cpowu(a, -n);
      if (d[0] === 0 && d[1] === 0) cpowZero(); // _Py_c_quot's EDOM
      p = cquot([1, 0], d);
    }
    checkRange(p);
  } else if (b[0] === 0 && b[1] === 0) {
    p = [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) cpowZero();
    p = [0, 0];
  } else {
    // _Py_c_pow with glibc-like rounding (crmath.ts). cos/sin of an infinite phase set EDOM in
    // C, which complex_pow reports as ZeroDivisionError (a CPython quirk kept on purpose).
    const vabs = hypot(a[0], a[1]);
    let len = vabs === 1 || b[0] === 0 || !Number.isFinite(vabs) || !Number.isFinite(b[0]) ? vabs ** b[0]
      : powPositive(vabs, b[0]);
    const at = crAtan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len *= crExp(-at * b[1]);
      phase += b[1] * crLog(vabs);
    }
    if (phase === Infinity || phase === -Infinity) cpowZero();
    p = [len * crCos(phase), len * crSin(phase)];
    checkRange(p);
  }
  return p;
}

function cpowu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = cprod(r, p);
    p = cprod(p, p);
  }
  return r;
}

/** _Py_ADJUST_ERANGE2: an infinite part of a result of finite inputs is an overflow. */
function checkRange(p: C): void {
  if (p[0] === Infinity || p[0] === -Infinity || p[1] === Infinity || p[1] === -Infinity) {
    raise('OverflowError', 'complex exponentiation');
  }
}

/** abs(z) (_Py_c_abs + complex_abs). */
export function cabs(z: C): number {
  if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) {
    if (z[0] === Infinity || z[0] === -Infinity) return Infinity;
    if (z[1] === Infinity || z[1] === -Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(z[0], z[1]);
  if (!Number.isFinite(r)) raise('OverflowError', 'absolute value too large');
  return r;
}
