// repr() of constant values exactly as CPython 3.14 prints them (what ast.dump shows).
// CPython: Objects/unicodeobject.c unicode_repr + Objects/stringlib/repr.h, Objects/bytesobject.c
// PyBytes_Repr, Objects/floatobject.c float_repr + Python/pystrtod.c format_float_short ('r'),
// Objects/complexobject.c complex_repr, Objects/longobject.c long_to_decimal_string.

import { type ConstantValue, Ellipsis, LiteralError, PyComplex, type PyStr } from './constant.js';
import { INT_MAX_STR_DIGITS } from './numbers.js';
import { isPrintable } from '../unicode/properties.js';

/** What ast.dump prints for Constant.value: repr(value). */
export function reprConstant(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === Ellipsis) return 'Ellipsis';
  switch (typeof v) {
    case 'bigint': return reprInt(v);
    case 'number': return reprFloat(v);
    case 'string': return reprStr(v);
    default:
      if (v instanceof Uint8Array) return reprBytes(v);
      if (v instanceof PyComplex) return reprComplex(v);
      return reprStr(v);
  }
}

const HEX = '0123456789abcdef';

/** Printable ASCII without quotes or backslash: repr is the text in single quotes. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;
/** Characters that repr() does not copy as they are, for each quote choice. */
const SPECIAL_SQ = /[^\x20-\x26\x28-\x5b\x5d-\x7e]/g;
const SPECIAL_DQ = /[^\x20\x21\x23-\x5b\x5d-\x7e]/g;

/** The escape (or the character itself) for one code point in a repr quoted with `quote`. */
function reprChar(ch: number, quote: number): string {
  if (ch === quote || ch === 0x5c) return '\\' + String.fromCharCode(ch);
  if (ch === 0x09) return '\\t';
  if (ch === 0x0a) return '\\n';
  if (ch === 0x0d) return '\\r';
  if (ch < 0x20 || ch === 0x7f) return '\\x' + HEX[ch >> 4] + HEX[ch & 15];
  if (ch < 0x7f || isPrintable(ch)) return String.fromCodePoint(ch);
  if (ch <= 0xff) return '\\x' + HEX[ch >> 4] + HEX[ch & 15];
  if (ch <= 0xffff) return '\\u' + ch.toString(16).padStart(4, '0');
  return '\\U' + ch.toString(16).padStart(8, '0');
}

/** repr(str): quote choice, then escapes for quotes, backslash, \t \n \r and non-printables. */
export function reprStr(s: PyStr): string {
  if (typeof s === 'string' && PLAIN_ASCII.test(s)) return `'${s}'`;
  const text = typeof s === 'string' ? s : s.units;
  // Single quotes unless the string has ' and no " (unicode_repr).
  const quote = text.includes("'") && !text.includes('"') ? 0x22 : 0x27;
  const q = String.fromCharCode(quote);
  if (typeof s !== 'string') {
    let out = q;
    for (const cp of s.codePoints()) out += reprChar(cp, quote);
    return out + q;
  }
  // Copy runs of plain characters in bulk; look at the others one code point at a time.
  const special = quote === 0x27 ? SPECIAL_SQ : SPECIAL_DQ;
  special.lastIndex = 0;
  let out = q;
  let done = 0;
  for (let m = special.exec(text); m !== null; m = special.exec(text)) {
    const i = m.index;
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    out += text.slice(done, i) + reprChar(cp, quote);
    done = i + width;
    special.lastIndex = done;
  }
  return out + text.slice(done) + q;
}

/** repr(bytes) (PyBytes_Repr with smart quotes). */
export function reprBytes(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? 0x22 : 0x27;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * PyOS_double_to_string(x, 'r', 0, flags): shortest round-trip digits (JS toExponential() with no
 * argument picks the same digits as David Gay's mode 0), fixed notation when -4 < decpt <= 16,
 * else d.ddde+XX. `addDot0` appends ".0" to integral fixed output (float repr); `sign` forces
 * a '+' (complex imaginary part). NaN prints without a sign.
 */
function formatDoubleR(x: number, addDot0: boolean, sign: boolean): string {
  if (Number.isNaN(x)) return sign ? '+nan' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  const lead = neg ? '-' : sign ? '+' : '';
  if (!Number.isFinite(x)) return lead + 'inf';
  if (x === 0) return lead + (addDot0 ? '0.0' : '0');
  const e = Math.abs(x).toExponential(); // "d.ddde+N" / "de-N"
  const ePos = e.indexOf('e');
  const digits = e[0]! + e.slice(2, ePos);
  const decpt = Number(e.slice(ePos + 1)) + 1; // value = 0.digits * 10**decpt
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mantissa = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const expText = Math.abs(exp).toString().padStart(2, '0');
    return `${lead}${mantissa}e${exp < 0 ? '-' : '+'}${expText}`;
  }
  let body: string;
  if (decpt <= 0) body = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt >= digits.length) body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  else body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return lead + body;
}

/** repr(float): "1.0", "1e+16", "1e-05", "0.0001", "inf", "-inf", "nan", "-0.0". */
export function reprFloat(x: number): string {
  return formatDoubleR(x, true, false);
}

/** repr(complex): "1j", "(1+2j)", "(-0-1j)", "infj", "(nan+nanj)". */
export function reprComplex(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return formatDoubleR(c.imag, false, false) + 'j';
  return `(${formatDoubleR(c.real, false, false)}${formatDoubleR(c.imag, false, true)}j)`;
}

let maxReprInt: bigint | null = null;

/**
 * repr(int). Like CPython, refuses to print more than 4300 decimal digits (sign not counted):
 * throws LiteralError('ValueError') with CPython's message (long_to_decimal_string).
 */
export function reprInt(n: bigint): string {
  const abs = n < 0n ? -n : n;
  // Cheap test first: below 2**14000 a number has at most 4215 digits.
  if (abs >= 1n << 14000n && abs >= (maxReprInt ??= 10n ** BigInt(INT_MAX_STR_DIGITS))) {
    throw new LiteralError('ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit');
  }
  return n.toString();
}
