// Character predicates and case mappings of the regular expression engine (_sre): the CATEGORY_*
// classes, the ASCII / locale / Unicode lower- and upper-case functions, and set membership
// (IN's charset program). CPython: Modules/_sre/sre.c (sre_category, sre_lower_*), sre_lib.h (charset).

import { isDecimal, isSpace, isAlnum, isLineBreak, toLowerFull, toUpperFull } from '../unicode/strprops.js';

// Opcodes and codes of Lib/re/_constants.py (their order is the numbering).
export const OP = {
  FAILURE: 0, SUCCESS: 1, ANY: 2, ANY_ALL: 3, ASSERT: 4, ASSERT_NOT: 5, AT: 6, BRANCH: 7, CATEGORY: 8,
  CHARSET: 9, BIGCHARSET: 10, GROUPREF: 11, GROUPREF_EXISTS: 12, IN: 13, INFO: 14, JUMP: 15, LITERAL: 16,
  MARK: 17, MAX_UNTIL: 18, MIN_UNTIL: 19, NOT_LITERAL: 20, NEGATE: 21, RANGE: 22, REPEAT: 23, REPEAT_ONE: 24,
  SUBPATTERN: 25, MIN_REPEAT_ONE: 26, ATOMIC_GROUP: 27, POSSESSIVE_REPEAT: 28, POSSESSIVE_REPEAT_ONE: 29,
  GROUPREF_IGNORE: 30, IN_IGNORE: 31, LITERAL_IGNORE: 32, NOT_LITERAL_IGNORE: 33,
  GROUPREF_LOC_IGNORE: 34, IN_LOC_IGNORE: 35, LITERAL_LOC_IGNORE: 36, NOT_LITERAL_LOC_IGNORE: 37,
  GROUPREF_UNI_IGNORE: 38, IN_UNI_IGNORE: 39, LITERAL_UNI_IGNORE: 40, NOT_LITERAL_UNI_IGNORE: 41,
  RANGE_UNI_IGNORE: 42,
} as const;

export const AT = {
  BEGINNING: 0, BEGINNING_LINE: 1, BEGINNING_STRING: 2, BOUNDARY: 3, NON_BOUNDARY: 4, END: 5, END_LINE: 6,
  END_STRING: 7, LOC_BOUNDARY: 8, LOC_NON_BOUNDARY: 9, UNI_BOUNDARY: 10, UNI_NON_BOUNDARY: 11,
} as const;

export const MAXREPEAT = 0xffffffff;

// ---- ASCII classes (sre.c SRE_IS_*; the locale variants see the C locale, i.e. ASCII) ----

/** Bit 1 digit, 2 space, 4 word, for code points below 128. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let f = 0;
  if (c >= 48 && c <= 57) f |= 1;
  if (' \t\n\r\v\f'.includes(ch)) f |= 2;
  if (/[A-Za-z0-9_]/.test(ch)) f |= 4;
  ASCII_CLASS[c] = f;
}

export function isWordAscii(ch: number): boolean {
  return ch < 128 && (ASCII_CLASS[ch]! & 4) !== 0;
}

export function isWordUni(ch: number): boolean {
  if (ch < 128) return (ASCII_CLASS[ch]! & 4) !== 0;
  return isAlnum(ch);
}

/** sre_category: is `ch` in the class `code` (CATEGORY_* of _constants.CHCODES)? */
export function category(code: number, ch: number): boolean {
  switch (code) {
    case 0: return ch < 128 && (ASCII_CLASS[ch]! & 1) !== 0;
    case 1: return !(ch < 128 && (ASCII_CLASS[ch]! & 1) !== 0);
    case 2: return ch < 128 && (ASCII_CLASS[ch]! & 2) !== 0;
    case 3: return !(ch < 128 && (ASCII_CLASS[ch]! & 2) !== 0);
    case 4: return isWordAscii(ch);
    case 5: return !isWordAscii(ch);
    case 6: return ch === 10;
    case 7: return ch !== 10;
    case 8: return isWordAscii(ch); // LOC_WORD: the C locale's isalnum
    case 9: return !isWordAscii(ch);
    case 10: return ch < 128 ? (ASCII_CLASS[ch]! & 1) !== 0 : isDecimal(ch);
    case 11: return !(ch < 128 ? (ASCII_CLASS[ch]! & 1) !== 0 : isDecimal(ch));
    case 12: return isSpace(ch);
    case 13: return !isSpace(ch);
    case 14: return isWordUni(ch);
    case 15: return !isWordUni(ch);
    case 16: return isLineBreak(ch);
    case 17: return !isLineBreak(ch);
  }
  return false;
}

// ---- case mappings ----

export function lowerAscii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}

export function upperAscii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

/** The C locale's tolower/toupper act on ASCII letters only (sre_lower_locale). */
export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;

const scratch: number[] = [];
const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/**
 * _PyUnicode_ToLowercase: the simple mapping, which is the first code point of the full one
 * (makeunicodedata stores special casings as the full mapping and the simple one reads its head).
 */
export function lowerUni(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  let r = lowerCache.get(ch);
  if (r === undefined) {
    scratch.length = 0;
    toLowerFull(ch, scratch);
    r = scratch[0]!;
    lowerCache.set(ch, r);
  }
  return r;
}

export function upperUni(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  let r = upperCache.get(ch);
  if (r === undefined) {
    scratch.length = 0;
    toUpperFull(ch, scratch);
    r = scratch[0]!;
    upperCache.set(ch, r);
  }
  return r;
}

/** char_loc_ignore: does `ch` equal `pattern` up to the locale's case? */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---- sets ----

/** SRE(charset): is `ch` in the set program that starts at code[pc] (ends with FAILURE)? */
export function charset(code: Uint32Array, pc: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case OP.FAILURE:
        return !ok;
      case OP.LITERAL:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case OP.CATEGORY:
        if (category(code[pc]!, ch)) return ok;
        pc++;
        break;
      case OP.CHARSET:
        // 256-bit bitmap in 8 words.
        if (ch < 256 && (code[pc + (ch >> 5)]! & (1 << (ch & 31))) !== 0) return ok;
        pc += 8;
        break;
      case OP.RANGE:
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      case OP.RANGE_UNI_IGNORE: {
        // ch is already lower-cased; its upper-case form may be in the range too.
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        const u = upperUni(ch);
        if (code[pc]! <= u && u <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      }
      case OP.NEGATE:
        ok = !ok;
        break;
      case OP.BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices as bytes: 64 words> <blocks of 8 words>
        const count = code[pc++]!;
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >> 8;
          block = (code[pc + (hi >> 2)]! >>> ((hi & 3) * 8)) & 0xff; // little-endian bytes
        }
        pc += 64;
        if (block >= 0) {
          const bit = block * 256 + (ch & 255);
          if ((code[pc + (bit >> 5)]! & (1 << (bit & 31))) !== 0) return ok;
        }
        pc += count * 8;
        break;
      }
      default:
        // A malformed set: treated as no match, as CPython does.
        return false;
    }
  }
}

/** charset_loc_ignore: membership of the locale lower or upper form. */
export function charsetLocIgnore(code: Uint32Array, pc: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (charset(code, pc, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && charset(code, pc, up);
}
