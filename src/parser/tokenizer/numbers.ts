// Numeric literals (all forms and their errors/warnings) and PEP 3131 identifier validation.
// CPython: Parser/lexer/lexer.c (the Number section of tok_get_normal_mode, tok_decimal_tail,
// verify_end_of_number, lookahead, verify_identifier).

import { T, type Token } from '../token.js';
import type { Tokenizer } from '../tokenizer.js';
import { EOF } from './state.js';
import { ID_CHAR, isDigit, isPrintable, isXDigit, scanIdentifier } from './chars.js';

/** CPython: lexer.c lookahead: is `test` next, followed by a non-identifier character? Consumes nothing. */
function lookahead(tok: Tokenizer, test: string): boolean {
  let s = 0;
  for (;;) {
    const c = tok.nextc();
    let res = false;
    if (s === test.length) {
      res = c === EOF || ID_CHAR[c] !== 1;
    } else if (c === test.charCodeAt(s)) {
      s++;
      continue;
    }
    tok.backup(c);
    while (s !== 0) tok.backup(test.charCodeAt(--s));
    return res;
  }
}

/** CPython: lexer.c verify_end_of_number. False when an error was raised. */
function verifyEndOfNumber(tok: Tokenizer, c: number, kind: string): boolean {
  if (tok.extraTokens) return true; // the tokenize module is lenient here
  // A keyword that may legally follow a number ("1if x else y") only gets a SyntaxWarning;
  // another identifier character is an error.
  let r = false;
  if (c === 97) r = lookahead(tok, 'nd');
  else if (c === 101) r = lookahead(tok, 'lse');
  else if (c === 102) r = lookahead(tok, 'or');
  else if (c === 105) {
    const c2 = tok.nextc();
    if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
    tok.backup(c2);
  } else if (c === 111) r = lookahead(tok, 'r');
  else if (c === 110) r = lookahead(tok, 'ot');
  if (r) {
    tok.backup(c);
    if (!tok.parserWarn('SyntaxWarning', `invalid ${kind} literal`)) return false;
    tok.nextc();
  } else if (c >= 0 && c < 128 && ID_CHAR[c] === 1) {
    tok.backup(c);
    tok.syntaxError(`invalid ${kind} literal`);
    return false;
  }
  return true;
}

/** CPython: lexer.c tok_decimal_tail. Returns the first non-digit, or 0 after raising an error. */
function decimalTail(tok: Tokenizer): number {
  let c: number;
  for (;;) {
    do {
      c = tok.nextc();
    } while (isDigit(c));
    if (c !== 95) break;
    c = tok.nextc();
    if (!isDigit(c)) {
      tok.backup(c);
      tok.syntaxError('invalid decimal literal');
      return 0;
    }
  }
  return c;
}

const error = (tok: Tokenizer, msg: string): Token => tok.makeToken(tok.syntaxError(msg), -1, -1);
const errorToken = (tok: Tokenizer): Token => tok.makeToken(T.ERRORTOKEN, -1, -1);

/** Hex/octal/binary digits after the prefix, with '_' separators. */
function radixLiteral(tok: Tokenizer, radix: 16 | 8 | 2): Token {
  const name = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
  const ok = radix === 16 ? isXDigit : radix === 8 ? (c: number) => c >= 48 && c < 56 : (c: number) => c === 48 || c === 49;
  let c = tok.nextc();
  do {
    if (c === 95) c = tok.nextc();
    if (!ok(c)) {
      if (radix !== 16 && isDigit(c)) {
        return error(tok, `invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
      }
      tok.backup(c);
      return error(tok, `invalid ${name} literal`);
    }
    do {
      c = tok.nextc();
    } while (ok(c));
  } while (c === 95);
  if (radix !== 16 && isDigit(c)) {
    return error(tok, `invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
  }
  if (!verifyEndOfNumber(tok, c, name)) return errorToken(tok);
  tok.backup(c);
  return tok.makeToken(T.NUMBER, tok.start, tok.cur);
}

const enum Stage { INTEGER, FRACTION, EXPONENT, IMAGINARY }

/** Everything after the integer part of a decimal number: the fraction/exponent/imaginary gotos. */
function decimalRest(tok: Tokenizer, c: number, stage: Stage): Token {
  if (stage === Stage.INTEGER && c === 46) {
    c = tok.nextc();
    stage = Stage.FRACTION;
  }
  if (stage === Stage.FRACTION) {
    if (isDigit(c)) {
      c = decimalTail(tok);
      if (c === 0) return errorToken(tok);
    }
    stage = Stage.INTEGER;
  }
  if (stage === Stage.INTEGER && (c === 101 || c === 69)) stage = Stage.EXPONENT;
  if (stage === Stage.EXPONENT) {
    const e = c;
    c = tok.nextc();
    if (c === 43 || c === 45) {
      c = tok.nextc();
      if (!isDigit(c)) {
        tok.backup(c);
        return error(tok, 'invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      tok.backup(c);
      if (!verifyEndOfNumber(tok, e, 'decimal')) return errorToken(tok);
      tok.backup(e);
      return tok.makeToken(T.NUMBER, tok.start, tok.cur);
    }
    c = decimalTail(tok);
    if (c === 0) return errorToken(tok);
    stage = Stage.INTEGER;
  }
  if (stage === Stage.IMAGINARY || c === 106 || c === 74) {
    c = tok.nextc();
    if (!verifyEndOfNumber(tok, c, 'imaginary')) return errorToken(tok);
  } else if (!verifyEndOfNumber(tok, c, 'decimal')) {
    return errorToken(tok);
  }
  tok.backup(c);
  return tok.makeToken(T.NUMBER, tok.start, tok.cur);
}

/** A number starting with digit `c` (or, when `afterDot`, the digit after a leading '.'). */
export function numberToken(tok: Tokenizer, c: number, afterDot: boolean): Token {
  if (afterDot) return decimalRest(tok, c, Stage.FRACTION);
  if (c !== 48) {
    c = decimalTail(tok);
    if (c === 0) return errorToken(tok);
    return decimalRest(tok, c, Stage.INTEGER);
  }
  // Hex, octal or binary -- maybe.
  c = tok.nextc();
  if (c === 120 || c === 88) return radixLiteral(tok, 16);
  if (c === 111 || c === 79) return radixLiteral(tok, 8);
  if (c === 98 || c === 66) return radixLiteral(tok, 2);
  // Maybe old-style octal; in any case allow '0' as a literal.
  let nonzero = false;
  for (;;) {
    if (c === 95) {
      c = tok.nextc();
      if (!isDigit(c)) {
        tok.backup(c);
        return error(tok, 'invalid decimal literal');
      }
    }
    if (c !== 48) break;
    c = tok.nextc();
  }
  const zerosEnd = tok.cur;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail(tok);
    if (c === 0) return errorToken(tok);
  }
  if (c === 46) return decimalRest(tok, tok.nextc(), Stage.FRACTION);
  if (c === 101 || c === 69) return decimalRest(tok, c, Stage.EXPONENT);
  if (c === 106 || c === 74) return decimalRest(tok, c, Stage.IMAGINARY);
  if (nonzero && !tok.extraTokens) {
    // Old-style octal: now disallowed. Byte offsets, passed through as CPython does.
    tok.backup(c);
    return tok.makeToken(tok.syntaxErrorRange(
      'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      tok.start + 1 - tok.lineStart, zerosEnd - tok.lineStart), -1, -1);
  }
  if (!verifyEndOfNumber(tok, c, 'decimal')) return errorToken(tok);
  tok.backup(c);
  return tok.makeToken(T.NUMBER, tok.start, tok.cur);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** CPython: lexer.c verify_identifier (PEP 3131). False when an error was raised. */
export function verifyIdentifier(tok: Tokenizer): boolean {
  if (tok.extraTokens) return true;
  const s = utf8.decode(tok.buf.subarray(tok.start, tok.cur));
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  const invalid = scanIdentifier(cps);
  if (invalid >= cps.length) return true;
  const ch = cps[invalid]!;
  if (invalid + 1 < cps.length) {
    // Point tok.cur just past the offending character (in UTF-8 bytes).
    let bytes = 0;
    for (let i = 0; i <= invalid; i++) {
      const cp = cps[i]!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    tok.cur = tok.start + bytes;
  }
  const hex = ch.toString(16).toUpperCase().padStart(4, '0');
  if (isPrintable(ch)) tok.syntaxError(`invalid character '${String.fromCodePoint(ch)}' (U+${hex})`);
  else tok.syntaxError(`invalid non-printable character U+${hex}`);
  return false;
}
