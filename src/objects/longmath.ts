// Python int arithmetic over JS values: an int is a `number` (integral, |v| <= 2^53-1) or a
// `bigint` beyond, and every result is normalised back to a number when it fits. These are the
// helpers the VM's operators call for int operands; the int type's methods build on them.
// CPython: Objects/longobject.c (long_add ... long_pow, long_true_divide, _PyLong_Format).
//
// Exports: intAdd intSub intMul intFloorDiv intMod intDivmod intTrueDiv intPow intPowMod intNeg
// intAbs intInvert intLshift intRshift intAnd intOr intXor intCmp normBig toBig intToFloat
// floatToInt bitLength bitCount intToBase intToDecimal parseIntText intRound intGcd ldexp
// getIntMaxStrDigits setIntMaxStrDigits.

import { raise } from './protocol.js';

/** A Python int in JS form. */
export type Int = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MIN_SAFE = -MAX_SAFE;
const BIG_MAX_SAFE = BigInt(MAX_SAFE);
const BIG_MIN_SAFE = -BIG_MAX_SAFE;

/** A bigint result as a Python int value: a number when it fits in ±(2^53-1). */
export function normBig(b: bigint): Int {
  return b >= BIG_MIN_SAFE && b <= BIG_MAX_SAFE ? Number(b) : b;
}

export function toBig(a: Int): bigint {
  return typeof a === 'bigint' ? a : BigInt(a);
}

// ---- + - * ---------------------------------------------------------------------------------------

// A number result is exact whenever it is a safe integer: rounding is monotonic, so an exact result
// beyond 2^53-1 can never round back into the safe range. `+ 0` turns -0 into 0.

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r + 0;
  }
  return normBig(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r + 0;
  }
  return normBig(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r + 0;
  }
  return normBig(toBig(a) * toBig(b));
}

export function intNeg(a: Int): Int {
  if (typeof a === 'number') return 0 - a;
  return normBig(-a);
}

export function intAbs(a: Int): Int {
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? -a : a;
}

export function intInvert(a: Int): Int {
  return intSub(-1, a);
}

// ---- // % divmod (floor semantics) ----------------------------------------------------------------

function zeroDiv(): never {
  raise('ZeroDivisionError', 'division by zero');
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv();
    // For safe integers the rounded quotient never crosses an integer boundary (|a/b| < 2^52 when
    // |b| >= 2, and the gap to the next integer is >= 1/|b| > half an ulp), so floor is exact.
    const q = Math.floor(a / b);
    if (q <= MAX_SAFE) return q + 0;
  }
  return bigDivmod(toBig(a), toBig(b))[0];
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv();
    // fmod is exact; fix the sign to follow the divisor.
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  return bigDivmod(toBig(a), toBig(b))[1];
}

export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === 'number' && typeof b === 'number') return [intFloorDiv(a, b), intMod(a, b)];
  return bigDivmod(toBig(a), toBig(b));
}

function bigDivmod(a: bigint, b: bigint): [Int, Int] {
  if (b === 0n) zeroDiv();
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [normBig(q), normBig(r)];
}

// ---- true division -------------------------------------------------------------------------------

/** a / b correctly rounded (CPython: long_true_divide), as a JS double. */
export function intTrueDiv(a: Int, b: Int): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDiv();
    return a / b; // both exact doubles: IEEE division is correctly rounded
  }
  return bigTrueDiv(toBig(a), toBig(b));
}

const DBL_MIN_EXP = -1021;
const DBL_MANT_DIG = 53;

function bigTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) zeroDiv();
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const diff = bitLength(a) - bitLength(b); // a/b is in [2^(diff-1), 2^(diff+1))
  if (diff > 1024) raise('OverflowError', 'integer division result too large for a float');
  if (diff < -1075) return neg ? -0 : 0; // below half the smallest subnormal
  // Scale so the quotient has DBL_MANT_DIG + 2 or more bits (fewer for subnormal results), then
  // round by hand with the remainder as a sticky bit, so that the final scaling is exact.
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const bb = b << BigInt(shift);
    q = a / bb;
    r = a % bb;
  } else {
    const aa = a << BigInt(-shift);
    q = aa / b;
    r = aa % b;
  }
  const extra = Math.max(bitLength(q), DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const eb = BigInt(extra);
  const low = q & ((1n << eb) - 1n);
  const half = 1n << (eb - 1n);
  q >>= eb;
  if (low > half || (low === half && (r !== 0n || (q & 1n) === 1n))) q += 1n;
  const x = ldexp(Number(q), shift + extra);
  if (x === Infinity) raise('OverflowError', 'integer division result too large for a float');
  return neg ? -x : x;
}

/** x * 2^e in steps that stay exact whenever the final result is representable. */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
    if (x === 0) return x;
  }
  return x * 2 ** e;
}

// ---- ** -----------------------------------------------------------------------------------------

/** a ** b for b >= 0 (negative b is a float power: the caller handles it). */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0 || a === 1) return b === 0 ? 1 : a;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    if (b < 64 && Math.abs(a) ** b < 2 ** 52) {
      // Every partial product is smaller than the (safe) result: exact in doubles.
      let r = 1;
      for (let i = 0; i < b; i++) r *= a;
      return r;
    }
  }
  const ba = toBig(a);
  if (ba === 0n || ba === 1n) return b === 0 || b === 0n ? 1 : normBig(ba);
  if (ba === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  try {
    return normBig(ba ** toBig(b));
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', '');
    throw e;
  }
}

/** pow(a, b, m) (CPython: long_pow with a modulus): the result has the sign of m. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  if (m === 0 || m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  let mb = toBig(m);
  const negMod = mb < 0n;
  if (negMod) mb = -mb;
  let base = toBig(a);
  let exp = toBig(b);
  if (exp < 0n) {
    base = modInverse(base, mb);
    exp = -exp;
  }
  let r: bigint;
  if (mb === 1n) {
    r = 0n;
  } else if (mb <= 94906265n) {
    // Products of residues stay below 2^53: plain doubles are exact and much faster.
    const mm = Number(mb);
    let x = Number(((base % mb) + mb) % mb);
    let acc = 1;
    let e = exp;
    while (e > 0n) {
      if (e & 1n) acc = (acc * x) % mm;
      x = (x * x) % mm;
      e >>= 1n;
    }
    r = BigInt(acc);
  } else {
    let x = ((base % mb) + mb) % mb;
    let acc = 1n;
    let e = exp;
    while (e > 0n) {
      if (e & 1n) acc = (acc * x) % mb;
      x = (x * x) % mb;
      e >>= 1n;
    }
    r = acc;
  }
  if (negMod && r !== 0n) r -= mb;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m).
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

// ---- shifts and bitwise -----------------------------------------------------------------------------

export function intLshift(a: Int, b: Int): Int {
  if (b < 0) raise('ValueError', 'negative shift count');
  if (a === 0 || a === 0n) return 0;
  if (typeof a === 'number' && typeof b === 'number' && b < 53) {
    const r = a * 2 ** b;
    if (r <= MAX_SAFE && r >= MIN_SAFE) return r;
  }
  // CPython: beyond a C ssize_t of bits the shift is an OverflowError; below that the allocation
  // fails (MemoryError), which the engine's BigInt size limit (~2^30 bits) reports here.
  if (b > 0x7fffffffffffffffn) raise('OverflowError', 'too many digits in integer');
  if (b > 0x3fffffff) raise('MemoryError', '');
  try {
    return normBig(toBig(a) << toBig(b));
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', '');
    throw e;
  }
}

export function intRshift(a: Int, b: Int): Int {
  if (b < 0) raise('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** Number(b)) + 0;
  }
  if (typeof b === 'bigint' || b > 0x3fffffff) return a < 0n ? -1 : 0;
  return normBig(a >> BigInt(b));
}

function isInt32(a: Int): a is number {
  return typeof a === 'number' && (a | 0) === a;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normBig(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normBig(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normBig(toBig(a) ^ toBig(b));
}

/** -1, 0 or 1 (JS compares number and bigint exactly). */
export function intCmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- conversions -----------------------------------------------------------------------------------

/** float(a) (CPython: PyLong_AsDouble): correctly rounded, OverflowError beyond the float range. */
export function intToFloat(a: Int): number {
  if (typeof a === 'number') return a;
  const x = Number(a); // the spec rounds BigInt -> Number to nearest, ties to even
  if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** int(x) of a double: truncation, with CPython's errors for inf and nan (PyLong_FromDouble). */
export function floatToInt(x: number): Int {
  if (x <= MAX_SAFE && x >= MIN_SAFE) return Math.trunc(x) + 0;
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(x); // |x| >= 2^53: already integral
}

/** Number of bits in |a| (int.bit_length). */
export function bitLength(a: Int): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    if (m < 0x80000000) return 32 - Math.clz32(m);
    return 32 + bitLength(Math.floor(m / 0x100000000));
  }
  if (a < 0n) a = -a;
  if (a === 0n) return 0;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of ones in |a| (int.bit_count). */
export function bitCount(a: Int): number {
  if (typeof a === 'number') {
    const m = Math.abs(a);
    return popcount32(m >>> 0) + popcount32(Math.floor(m / 0x100000000) >>> 0);
  }
  if (a < 0n) a = -a;
  const hex = a.toString(16);
  let n = 0;
  for (let i = 0; i < hex.length; i++) n += popcount32(parseInt(hex[i]!, 16));
  return n;
}

export function intGcd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = toBig(a);
  let y = toBig(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return normBig(x);
}

// ---- text ----------------------------------------------------------------------------------------

/** CPython's default for sys.set_int_max_str_digits (0 = no limit). */
export const INT_MAX_STR_DIGITS_DEFAULT = 4300;
/** Below this many digits the limit is never checked (sys.int_info.str_digits_check_threshold). */
export const INT_STR_DIGITS_CHECK_THRESHOLD = 640;
let maxStrDigits = INT_MAX_STR_DIGITS_DEFAULT;
let limitPow10: bigint | null = null;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits (the caller validates: 0 or >= 640). */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
  limitPow10 = null;
}

/** str(a) in base 10, with the max-str-digits limit (CPython: long_to_decimal_string). */
export function intToDecimal(a: Int): string {
  if (typeof a === 'number') return String(a);
  if (maxStrDigits > 0) {
    const abs = a < 0n ? -a : a;
    // Cheap bound first: below 2^(3.32 * limit) there are at most `limit` digits.
    if (bitLength(abs) > maxStrDigits * 3.3 && abs >= (limitPow10 ??= 10n ** BigInt(maxStrDigits))) {
      raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit');
    }
  }
  return a.toString();
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** bin/oct/hex text (CPython: _PyLong_Format): '-0x1f' (prefix optional). */
export function intToBase(a: Int, base: 2 | 8 | 10 | 16, prefix: boolean): string {
  if (base === 10) return intToDecimal(a);
  const neg = a < 0;
  const digits = (neg ? intNeg(a) : a).toString(base);
  return (neg ? '-' : '') + (prefix ? PREFIX[base] : '') + digits;
}

/** ASCII whitespace as C isspace sees it (Py_ISSPACE). */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Result of parsing int text: the value, or why it failed (the caller builds the message). */
export type IntParse = { value: Int } | { error: 'syntax'; base: number } | { error: 'limit'; digits: number };

/**
 * PyLong_FromString over ASCII text (non-ASCII digits and spaces already transformed): optional
 * whitespace, sign, base prefix (base 0 or matching base), digits with single underscores between
 * them, optional whitespace. `base` must be 0 or 2..36. A syntax error also reports the base a
 * prefix selected (int() itself shows the caller's base).
 */
export function parseIntText(s: string, base: number): IntParse {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  if (base === 0) {
    const c1 = s[i + 1];
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      errorIfNonzero = true; // old C-style octal: only zero is accepted
      base = 10;
    }
  }
  if (s[i] === '0') {
    const c1 = s[i + 1];
    if ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B'))) {
      i += 2;
      if (s[i] === '_') i++; // one underscore may follow the prefix
    }
  }
  const syntax = (): IntParse => ({ error: 'syntax', base: errorIfNonzero ? 0 : base });
  const start = i;
  if (s[i] === '_') return syntax();
  let digits = 0;
  let prevUnderscore = false;
  let clean = '';
  let runStart = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return syntax();
      prevUnderscore = true;
      clean += s.slice(runStart, i);
      runStart = i + 1;
    } else if (digitValue(c) < base) {
      digits++;
      prevUnderscore = false;
    } else {
      break;
    }
  }
  if (prevUnderscore) return syntax();
  if (i === start) return syntax();
  clean += s.slice(runStart, i);
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return syntax();
  const binary = (base & (base - 1)) === 0;
  if (!binary && digits > INT_STR_DIGITS_CHECK_THRESHOLD && maxStrDigits > 0 && digits > maxStrDigits) {
    return { error: 'limit', digits };
  }
  let v: Int;
  if (digits <= 15 && base <= 36) {
    v = parseInt(clean, base); // < 36^15 / ... may exceed 2^53 for large bases: checked below
    if (!Number.isSafeInteger(v)) v = normBig(bigFromDigits(clean, base));
  } else {
    v = normBig(bigFromDigits(clean, base));
  }
  if (errorIfNonzero && v !== 0) return { error: 'syntax', base: 0 };
  return { value: neg ? intNeg(v) : v };
}

function bigFromDigits(clean: string, base: number): bigint {
  if (base === 10) return BigInt(clean);
  if (base === 16) return BigInt('0x' + clean);
  if (base === 8) return BigInt('0o' + clean);
  if (base === 2) return BigInt('0b' + clean);
  // Other bases: combine chunks that fit a double exactly (divide and conquer would be faster
  // for huge inputs; those are limited by max-str-digits anyway).
  const chunk = Math.floor(Math.log(2 ** 52) / Math.log(base));
  const bb = BigInt(base) ** BigInt(chunk);
  let r = 0n;
  let i = clean.length % chunk || chunk;
  r = BigInt(parseInt(clean.slice(0, i), base));
  for (; i < clean.length; i += chunk) r = r * bb + BigInt(parseInt(clean.slice(i, i + chunk), base));
  return r;
}

// ---- rounding ------------------------------------------------------------------------------------

/** round(a, ndigits) for ints: a multiple of 10^-ndigits, ties to even (CPython: long_round). */
export function intRound(a: Int, ndigits: Int): Int {
  if (ndigits >= 0) return a;
  const nd = -toBig(ndigits);
  if (nd > 0x3fffffffn) raise('MemoryError', '');
  const p = 10n ** nd;
  const x = toBig(a);
  let [q, r] = [x / p, x % p];
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  // Round half to even on the quotient.
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}
