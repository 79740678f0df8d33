// The format-spec mini-language for int, float and complex (format(x, spec), f-string specs), and
// the numeric conversions of printf-style formatting (str % args). Exact ports of CPython's
// layout rules: fill/align/sign/z/#/0/width/grouping (incl. 3.14's fractional grouping)/precision.
// CPython: Python/formatter_unicode.c, Objects/unicodeobject.c (mainformatlong, formatfloat,
// unicode_format_arg_output).

import { raise } from './protocol.js';
import { decimalValue } from '../unicode/strprops.js';
import { type Int, intToBase, intToFloat, intNeg, floatToInt } from './longmath.js';
import { intOf, floatOf, toIndex, toDouble, hasSpecial } from './numcore.js';
import { callSpecial, typeNameOf } from './protocol.js';
import type { Value } from './value.js';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0 } from './dtoa.js';

/** A parsed standard format specifier (InternalFormatSpec). Characters are code points as strings. */
export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  noNeg0: boolean;
  /** '', '+', '-' or ' ' */
  sign: string;
  /** -1 when not given */
  width: number;
  /** '' (none), ',' or '_' ('_4' for bin/oct/hex: groups of four) */
  thousands: string;
  /** -1 when not given */
  precision: number;
  /** '' , ',' or '_' */
  fracThousands: string;
  /** '' when not given */
  type: string;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** Reads decimal digits (any Unicode decimal) at `pos`: [value, count, newPos]. */
function getInteger(cps: string[], pos: number): [number, number, number] {
  let acc = 0n;
  let n = 0;
  while (pos < cps.length) {
    const d = decimalValue(cps[pos]!.codePointAt(0)!);
    if (d < 0) break;
    if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) raise('ValueError', 'Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
    pos++;
    n++;
  }
  return [Number(acc), n, pos];
}

function invalidThousands(sep: string, type: string): never {
  const cp = type === '' ? 0 : type.codePointAt(0)!;
  raise('ValueError', cp > 32 && cp < 128 ? `Cannot specify '${sep}' with '${type}'.`
    : `Cannot specify '${sep}' with '\\x${cp.toString(16)}'.`);
}

function bothSeparators(): never {
  raise('ValueError', "Cannot specify both ',' and '_'.");
}

/**
 * parse_internal_render_format_spec: `objType` names the object's type for messages. The str
 * type's formatter can use it too (default type 's', align '<').
 */
export function parseFormatSpec(spec: string, objType: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, alternate: false, noNeg0: false, sign: '', width: -1,
    thousands: '', precision: -1, fracThousands: '', type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1]!;
    f.fill = cps[pos]!;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos]!;
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === ' ' || cps[pos] === '+' || cps[pos] === '-')) f.sign = cps[pos++]!;
  if (pos < end && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let consumed: number;
  [f.width, consumed, pos] = getInteger(cps, pos);
  if (consumed === 0) f.width = -1;
  if (pos < end && cps[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (f.thousands !== '') bothSeparators();
    f.thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && f.thousands === '_') bothSeparators();
  if (pos < end && cps[pos] === '.') {
    pos++;
    [f.precision, consumed, pos] = getInteger(cps, pos);
    if (pos < end && cps[pos] === ',') {
      if (consumed === 0) f.precision = -1;
      f.fracThousands = ',';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === '_') {
      if (f.fracThousands !== '') bothSeparators();
      if (consumed === 0) f.precision = -1;
      f.fracThousands = '_';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === ',' && f.fracThousands === '_') bothSeparators();
    if (consumed === 0) raise('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${objType}'`);
  if (end - pos === 1) f.type = cps[pos]!;
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousands === '_') {
          f.thousands = '_4';
          break;
        }
        invalidThousands(f.thousands, f.type);
        break;
      default:
        invalidThousands(f.thousands, f.type);
    }
  }
  if (f.type === 'n' && f.fracThousands !== '') invalidThousands(f.fracThousands, f.type);
  return f;
}

/** ValueError for a presentation type the object's type does not support. */
export function unknownPresentation(type: string, objType: string): never {
  const cp = type.codePointAt(0)!;
  raise('ValueError', cp > 32 && cp < 128 ? `Unknown format code '${type}' for object of type '${objType}'`
    : `Unknown format code '\\x${cp.toString(16)}' for object of type '${objType}'`);
}

// ---- number layout (calc_number_widths + fill_number) ---------------------------------------------

interface Locale {
  /** group size for the integer part (0 = no grouping) */
  grouping: number;
  sep: string;
  fracSep: string;
}

function localeFor(thousands: string, fracSep: string, currentLocale: boolean): Locale {
  // DELIBERATE: the 'n' type always formats as the C locale does (no grouping, '.').
  let grouping = 0;
  let sep = '';
  if (!currentLocale && thousands !== '') {
    grouping = thousands === '_4' ? 4 : 3;
    sep = thousands === ',' ? ',' : '_';
  }
  if (fracSep !== '' && grouping === 0) grouping = 3;
  return { grouping, sep, fracSep };
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped (with zero padding up to minWidth). */
function groupDigits(digits: string, minWidth: number, size: number, sep: string, forward: boolean): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = forward ? 0 : digits.length;
  const pieces: string[] = [];
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    if (forward) {
      pieces.push(digits.slice(pos, pos + chars) + '0'.repeat(zeros));
      pos += chars;
    } else {
      pieces.push('0'.repeat(zeros) + digits.slice(pos - chars, pos));
      pos -= chars;
    }
    remaining -= chars;
  };
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      take(len);
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) break;
      minWidth -= sep.length;
    }
  } else {
    take(Math.max(remaining, minWidth, 1));
  }
  if (!forward) pieces.reverse();
  return pieces.join(sep);
}

/** Code point length of a (possibly astral) string. */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

interface NumberParts {
  /** '-' or '' */
  signChar: string;
  prefix: string;
  /** integer digits (may be empty for 'c') */
  digits: string;
  hasDecimal: boolean;
  frac: string;
  /** exponent, '%', or the character of 'c' */
  remainder: string;
}

/** Splits "digits[.frac][rest]" (parse_number). */
function splitNumber(signChar: string, body: string): NumberParts {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  const digits = body.slice(0, i);
  const hasDecimal = body[i] === '.';
  if (hasDecimal) i++;
  const fs = i;
  while (i < body.length && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 57) i++;
  return { signChar, prefix: '', digits, hasDecimal, frac: body.slice(fs, i), remainder: body.slice(i) };
}

/** Lays out one number with sign, prefix, padding and grouping (calc_number_widths + fill_number). */
function layout(p: NumberParts, f: FormatSpec, loc: Locale, upper: boolean): string {
  let sign = '';
  if (f.sign === '+') sign = p.signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = p.signChar === '-' ? '-' : ' ';
  else if (p.signChar === '-') sign = '-';
  const frac = p.frac.length === 0 ? '' : groupDigits(p.frac, p.frac.length, loc.grouping, loc.fracSep, true);
  const nDecimal = p.hasDecimal ? 1 : 0;
  const nonDigit = sign.length + p.prefix.length + nDecimal + p.frac.length + cpLen(p.remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit + p.frac.length - frac.length : 0;
  let grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, minWidth, loc.grouping, loc.sep, false);
  let prefix = p.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length + frac.length - p.frac.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding >> 1; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding;
    }
  }
  return f.fill.repeat(lpad) + sign + prefix + f.fill.repeat(spad) + grouped + (p.hasDecimal ? '.' : '') +
    frac + p.remainder + f.fill.repeat(rpad);
}

// ---- int ---------------------------------------------------------------------------------------------

/** format(int, spec) for a non-empty spec (_PyLong_FormatAdvancedWriter). */
export function formatIntSpec(v: Int, spec: string, objType = 'int'): string {
  const f = parseFormatSpec(spec, objType, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntInternal(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatInternal(intToFloat(v), f);
    default:
      return unknownPresentation(f.type, objType);
  }
}

function formatIntInternal(v: Int, f: FormatSpec): string {
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  let parts: NumberParts;
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
      raise('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    parts = { signChar: '', prefix: '', digits: '', hasDecimal: false, frac: '', remainder: String.fromCodePoint(Number(v)) };
  } else {
    const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
    if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'X' && f.type !== 'n' && f.thousands === '') {
      return intToBase(v, base, f.alternate);
    }
    const neg = v < 0;
    const digits = intToBase(neg ? intNeg(v) : v, base, false);
    const prefix = f.alternate && base !== 10 ? intToBase(0, base, true).slice(0, 2) : '';
    parts = { signChar: neg ? '-' : '', prefix, digits, hasDecimal: false, frac: '', remainder: '' };
  }
  return layout(parts, f, localeFor(f.thousands, '', f.type === 'n'), f.type === 'X');
}

// ---- float -------------------------------------------------------------------------------------------

/** format(float, spec) for a non-empty spec (_PyFloat_FormatAdvancedWriter). */
export function formatFloatSpec(x: number, spec: string, objType = 'float'): string {
  const f = parseFormatSpec(spec, objType, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatInternal(x, f);
    default:
      return unknownPresentation(f.type, objType);
  }
}

function checkPrecision(f: FormatSpec): void {
  if (f.precision > 2147483647) raise('ValueError', 'precision too big');
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  checkPrecision(f);
  let precision = f.precision;
  let defaultPrecision = 6;
  let type = f.type;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type, precision, flags);
  if (pct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '' &&
    f.fracThousands === '') {
    return buf;
  }
  const neg = buf[0] === '-';
  const parts = splitNumber(neg ? '-' : '', neg ? buf.slice(1) : buf);
  return layout(parts, f, localeFor(f.thousands, f.fracThousands, f.type === 'n'), false);
}

// ---- complex -----------------------------------------------------------------------------------------

/** format(complex, spec) for a non-empty spec (_PyComplex_FormatAdvancedWriter). */
export function formatComplexSpec(re: number, im: number, spec: string, objType = 'complex'): string {
  const f = parseFormatSpec(spec, objType, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownPresentation(f.type, objType);
  }
  checkPrecision(f);
  if (f.fill === '0') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  let defaultPrecision = 6;
  let type: string = f.type;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reBuf = doubleToString(re, type, precision, flags);
  const imBuf = doubleToString(im, type, precision, flags);
  const loc = localeFor(f.thousands, f.fracThousands, f.type === 'n');
  const tmp: FormatSpec = { ...f, fill: '', align: '<', width: -1 };
  const part = (buf: string): NumberParts => {
    const neg = buf[0] === '-';
    return splitNumber(neg ? '-' : '', neg ? buf.slice(1) : buf);
  };
  const reText = skipRe ? '' : layout(part(reBuf), tmp, loc, false);
  if (!skipRe) tmp.sign = '+';
  const imText = layout(part(imBuf), tmp, loc, false);
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  return pad(body, f.width, f.align, f.fill);
}

/** calc_padding + fill_padding for a finished body. */
function pad(body: string, width: number, align: string, fill: string): string {
  const n = cpLen(body);
  if (width <= n) return body;
  const total = width - n;
  const left = align === '>' ? total : align === '^' ? total >> 1 : 0;
  return fill.repeat(left) + body + fill.repeat(total - left);
}

// ---- printf-style (%) ------------------------------------------------------------------------------

/** Flags of one % conversion. */
export interface PercentFlags {
  /** '-' */
  left: boolean;
  /** '+' */
  sign: boolean;
  /** ' ' */
  blank: boolean;
  /** '#' */
  alt: boolean;
  /** '0' */
  zero: boolean;
}

/**
 * The text of an int conversion d i u o x X before padding (_PyUnicode_FormatLong): at least
 * `prec` digits, '0x'/'0o' with `alt`. The caller converts the argument (percentIntArg).
 */
export function percentLongBody(v: Int, type: string, alt: boolean, prec: number): string {
  if (prec > 2147483647 - 3) raise('OverflowError', 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const neg = v < 0;
  let digits = intToBase(neg ? intNeg(v) : v, base, false);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let out = (neg ? '-' : '') + (alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '') + digits;
  if (type === 'X') out = out.toUpperCase();
  return out;
}

/** The text of a float conversion e E f F g G before padding (formatfloat). */
export function percentFloatBody(x: number, type: string, alt: boolean, prec: number): string {
  return doubleToString(x, type, prec < 0 ? 6 : prec, alt ? DTSF_ALT : 0);
}

/**
 * unicode_format_arg_output for a numeric conversion: sign, '0x'/'0o' prefix placement, zero or
 * space padding, left justification. `width` is -1 when not given.
 */
export function percentPad(body: string, type: string, flags: PercentFlags, width: number): string {
  const fill = flags.zero ? '0' : ' ';
  let len = cpLen(body);
  if ((width === -1 || width <= len) && !flags.sign && !flags.blank) return body;
  let p = 0;
  let signChar = '';
  let hasSign = true;
  if (body[0] === '-' || body[0] === '+') {
    signChar = body[0];
    len--;
    p++;
  } else if (flags.sign) {
    signChar = '+';
  } else if (flags.blank) {
    signChar = ' ';
  } else {
    hasSign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (hasSign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const altPrefix = flags.alt && (type === 'x' || type === 'X' || type === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + type;
      p += 2;
    }
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !flags.left) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (hasSign) out += signChar;
    if (altPrefix) {
      out += '0' + type;
      p += 2;
    }
  }
  out += body.slice(p);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/**
 * One numeric % conversion (d i u o x X e E f F g G c) of `v`, padded: what str % args and
 * bytes % args need for numbers. `width`/`prec` are -1 when not given.
 */
export function percentFormatNumber(type: string, flags: PercentFlags, width: number, prec: number, v: Value): string {
  let body: string;
  switch (type) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      body = percentLongBody(percentIntArg(v, type), type, flags.alt, prec);
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      body = percentFloatBody(toDouble(v), type, flags.alt, prec);
      break;
    case 'c': {
      // Not a "sign" conversion: only width and left justification apply.
      const c = percentChar(v);
      const n = cpLen(c);
      if (width <= n) return c;
      return flags.left ? c + ' '.repeat(width - n) : ' '.repeat(width - n) + c;
    }
    default:
      throw new Error(`percentFormatNumber: not a numeric conversion: ${type}`);
  }
  return percentPad(body, type, flags, width);
}

/** The int a d/i/u/o/x/X conversion formats (mainformatlong's conversions and errors). */
export function percentIntArg(v: Value, type: string): Int {
  const i = intOf(v);
  if (i !== undefined) return i;
  const wrong = (): never => raise('TypeError', type === 'o' || type === 'x' || type === 'X'
    ? `%${type} format: an integer is required, not ${typeNameOf(v)}`
    : `%${type} format: a real number is required, not ${typeNameOf(v)}`);
  if (type === 'o' || type === 'x' || type === 'X') {
    if (!hasSpecial(v, '__index__')) return wrong();
    return toIndex(v);
  }
  const f = floatOf(v);
  if (f !== undefined) return floatToInt(f);
  if (hasSpecial(v, '__int__')) {
    const r = callSpecial(v, '__int__', []) as Value;
    const ri = intOf(r);
    if (ri === undefined) raise('TypeError', `__int__ returned non-int (type ${typeNameOf(r)})`);
    return ri;
  }
  if (hasSpecial(v, '__index__')) return toIndex(v);
  return wrong();
}

/** The character of a %c conversion (formatchar). */
export function percentChar(v: Value): string {
  if (typeof v === 'string') {
    const n = cpLen(v);
    if (n === 1) return v;
    raise('TypeError', `%c requires an int or a unicode character, not a string of length ${n}`);
  }
  if (intOf(v) === undefined && !hasSpecial(v, '__index__')) {
    raise('TypeError', `%c requires an int or a unicode character, not ${typeNameOf(v)}`);
  }
  const x = toIndex(v);
  if (x < 0 || x > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}
