// Double -> decimal digits the way CPython's Python/dtoa.c (_Py_dg_dtoa) produces them: mode 0
// (shortest round-trip), mode 2 (n significant digits) and mode 3 (n digits after the point),
// correctly rounded with ties to even; and PyOS_double_to_string's layout on top (format codes
// e f g r, flags). CPython: Python/dtoa.c, Python/pystrtod.c format_float_short.
// JS's toExponential/toFixed are exact but round ties away from zero, so ties use BigInt.

/** Digits without trailing zeros; value = 0.<digits> * 10^decpt. */
export interface Digits {
  digits: string;
  decpt: number;
  neg: boolean;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Little-endian hosts only (every JS engine ftpy targets).
const HI = 1;
const LO = 0;

/** |x| = m * 2^e with m an odd integer (x finite, nonzero). */
function decompose(x: number): { m: bigint; e: number; mNum: number } {
  F64[0] = x;
  const hi = U32[HI]!;
  const lo = U32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mNum = (hi & 0xfffff) * 0x100000000 + lo;
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    mNum += 0x10000000000000;
    e = bexp - 1075;
  }
  // Make m odd (exact: mNum < 2^53).
  while (mNum % 2 === 0) {
    mNum /= 2;
    e++;
  }
  return { m: BigInt(mNum), e, mNum };
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= Math.min(n, 400)) POW10.push(POW10[POW10.length - 1]! * 10n);
  return n < POW10.length ? POW10[n]! : 10n ** BigInt(n);
}

/** round-half-even(m * 2^e * 10^s) as a bigint. */
function scaledRound(m: bigint, e: number, s: number): bigint {
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** floor(log10(m * 2^e)), exactly. */
function exactExp10(x: number, m: bigint, e: number): number {
  let k = Math.floor(Math.log10(x));
  // Compare m*2^e against 10^k and 10^(k+1) exactly; adjust the estimate.
  const cmp = (kk: number): number => {
    let a = m;
    let b = 1n;
    if (e >= 0) a <<= BigInt(e);
    else b <<= BigInt(-e);
    if (kk >= 0) b *= pow10(kk);
    else a *= pow10(-kk);
    return a < b ? -1 : a > b ? 1 : 0;
  };
  while (cmp(k) < 0) k--;
  while (cmp(k + 1) >= 0) k++;
  return k;
}

function stripZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return d.slice(0, n);
}

/**
 * _Py_dg_dtoa(x, mode, ndigits) for finite x. Zero gives "0" with decpt 1; a mode-3 result that
 * rounds to nothing gives "" with decpt -ndigits, as dtoa.c does.
 */
export function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  if (ax === 0) return { digits: '0', decpt: 1, neg };
  if (mode === 0) {
    const t = ax.toExponential(); // shortest round-trip digits, as dtoa mode 0
    const ep = t.indexOf('e');
    return { digits: stripZeros(t[0]! + t.slice(2, ep)), decpt: Number(t.slice(ep + 1)) + 1, neg };
  }
  const { m, e, mNum } = decompose(ax);
  // x * 10^s has fraction exactly 1/2 only when s = -1 - e (and, for s < 0, 5^-s divides m):
  // everywhere else the engine's exact conversions round correctly.
  const tieS = -1 - e;
  const maybeTie = (s: number): boolean => s === tieS && (s >= 0 || (-s <= 22 && mNum % 5 ** -s === 0));
  if (mode === 3) {
    if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && !maybeTie(ndigits)) {
      return fromFixed(ax.toFixed(ndigits), ndigits, neg);
    }
    const q = scaledRound(m, e, ndigits);
    if (q === 0n) return { digits: '', decpt: -ndigits, neg };
    const qs = q.toString();
    return { digits: stripZeros(qs), decpt: qs.length - ndigits, neg };
  }
  const n = Math.max(1, ndigits);
  const kEst = Math.floor(Math.log10(ax));
  if (n <= 101 && Math.abs(n - 1 - kEst - tieS) > 1) {
    const t = ax.toExponential(n - 1);
    const ep = t.indexOf('e');
    return { digits: stripZeros(t[0]! + t.slice(2, ep)), decpt: Number(t.slice(ep + 1)) + 1, neg };
  }
  let k = exactExp10(ax, m, e);
  let q = scaledRound(m, e, n - 1 - k);
  if (q === pow10(n)) {
    q = pow10(n - 1);
    k++;
  }
  return { digits: stripZeros(q.toString()), decpt: k + 1, neg };
}

function fromFixed(t: string, nd: number, neg: boolean): Digits {
  const dot = t.indexOf('.');
  const all = dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1);
  let i = 0;
  while (i < all.length && all.charCodeAt(i) === 48) i++;
  const digits = stripZeros(all.slice(i));
  if (digits === '') return { digits: '', decpt: -nd, neg };
  const intLen = dot < 0 ? t.length : dot;
  return { digits, decpt: intLen - i, neg };
}

// ---- PyOS_double_to_string -------------------------------------------------------------------------

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/**
 * PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r (r needs
 * precision 0). Infinities and nan print as inf/nan (INF/NAN for upper-case codes).
 */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: 0 | 2 | 3;
  let fmt = code;
  switch (code) {
    case 'E': upper = true; fmt = 'e'; mode = 2; precision++; break;
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; fmt = 'f'; mode = 3; break;
    case 'f': mode = 3; break;
    case 'G': upper = true; fmt = 'g'; mode = 2; if (precision === 0) precision = 1; break;
    case 'g': mode = 2; if (precision === 0) precision = 1; break;
    case 'r': mode = 0; break;
    default: throw new Error(`doubleToString: bad format code ${code}`);
  }
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  if (!Number.isFinite(x)) {
    let out = '';
    if (Number.isNaN(x)) out = alwaysSign ? '+' : '';
    else out = x < 0 ? '-' : alwaysSign ? '+' : '';
    const word = Number.isNaN(x) ? 'nan' : 'inf';
    return out + (upper ? word.toUpperCase() : word);
  }
  const d = dtoa(x, mode, precision);
  let { decpt } = d;
  const digits = d.digits;
  let neg = d.neg;
  const dlen = digits.length;
  if ((flags & DTSF_NO_NEG_0) && neg && (dlen === 0 || digits === '0')) neg = false;

  let vEnd = dlen;
  let useExp = false;
  switch (fmt) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'f': vEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = neg ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vStart);
  if (decpt > 0 && decpt <= dlen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (dlen < decpt) out += '0'.repeat(decpt - dlen) + '.' + '0'.repeat(vEnd - decpt);
  else out += '0'.repeat(vEnd - dlen);
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}

/** repr(float) (float_repr: 'r' with ".0" added to integral values). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, DTSF_ADD_DOT_0);
}

/** Correctly rounded decimal digits -> double (used after rounding: the engine's parser is exact). */
export function digitsToDouble(d: Digits): number {
  if (d.digits === '') return d.neg ? -0 : 0;
  const v = Number(`${d.digits}e${d.decpt - d.digits.length}`);
  return d.neg ? -v : v;
}
