// Values of NUMBER tokens: int (bigint), float (number) or imaginary (PyComplex).
// CPython: Parser/pegen.c parsenumber / parsenumber_raw, Objects/longobject.c PyLong_FromString,
// Python/pystrtod.c PyOS_string_to_double.

import { LiteralError, PyComplex } from './constant.js';

/** CPython's default sys.get_int_max_str_digits() (Include/internal/pycore_long.h). */
export const INT_MAX_STR_DIGITS = 4300;

/** A decimal int literal longer than the int max-str-digits limit (a ValueError in CPython). */
export class IntDigitsLimitError extends LiteralError {
  constructor(readonly digits: number) {
    super('ValueError', `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ` +
      `${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}

/**
 * The value of a NUMBER token as the tokenizer accepted it ("0x_1F", "1_000", "1.5e-3_0", "3j").
 * Throws IntDigitsLimitError for a decimal int of more than 4300 digits, with CPython's message;
 * the parser reports it with hugeIntLiteralMessage().
 */
export function parseNumberLiteral(text: string): bigint | number | PyComplex {
  const s = text.includes('_') ? text.replaceAll('_', '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a || last === 0x4a) {
    // 'j' / 'J': parsenumber_raw gives complex(0, float(digits)).
    return new PyComplex(0, toDouble(s.slice(0, -1)));
  }
  const c1 = s.charCodeAt(1) | 0x20; // lower-cased second char (NaN -> 0x20 for 1-char strings)
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) {
    // 0x / 0o / 0b: binary bases have no digit limit. BigInt() reads these prefixes itself.
    return BigInt(s);
  }
  if (/^[0-9]+$/.test(s)) {
    // Leading zeros only occur in "000": CPython's strtoul path returns 0 without a digit check.
    if (s.length > INT_MAX_STR_DIGITS && s.charCodeAt(0) !== 0x30) {
      throw new IntDigitsLimitError(s.length);
    }
    return BigInt(s);
  }
  return toDouble(s);
}

/**
 * Decimal float text -> nearest double (round-half-even), as _Py_dg_strtod; overflow gives inf,
 * underflow 0. JS Number() is correctly rounded and accepts every form the tokenizer produces
 * ("1.", ".5", "1e5", "1.E-3") once underscores are gone.
 */
function toDouble(s: string): number {
  return Number(s);
}

/**
 * The SyntaxError message for a too-long decimal literal (CPython: pegen.c _PyPegen_number_token).
 * The parser raises it at the token's lines with col_offset = end_col_offset = -1, which gives
 * SyntaxError.offset == end_offset == 0.
 */
export function hugeIntLiteralMessage(e: IntDigitsLimitError): string {
  return `${e.message} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`;
}
