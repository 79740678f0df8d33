// Character classes and operator tables for the tokenizer: byte-level identifier tests,
// PEP 3131 identifier validation, Python's str.isprintable, and the 1/2/3-character operators.
// CPython: Parser/lexer/lexer.c (is_potential_identifier_*), Objects/unicodeobject.c
// _PyUnicode_ScanIdentifier, Parser/token.c (_PyToken_OneChar/TwoChars/ThreeChars).

import { OPERATORS, T } from '../token.js';
import { isPrintable, isXidContinue, isXidStart } from '../../unicode/properties.js';

/** 1 for bytes that may start an identifier: ASCII letters, '_' and every byte >= 128. */
export const ID_START: Uint8Array = new Uint8Array(256);
/** 1 for bytes that may continue an identifier: the above plus digits. */
export const ID_CHAR: Uint8Array = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
  ID_START[c] = letter ? 1 : 0;
  ID_CHAR[c] = letter || (c >= 48 && c <= 57) ? 1 : 0;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isXDigit = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** Py_ISALNUM: ASCII letters and digits only. */
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Python's str.isprintable / PEP 3131 identifier classes, from CPython's Unicode 16 data (the
 *  host's \p{...} may be another Unicode version). */
export { isPrintable };

/**
 * CPython: _PyUnicode_ScanIdentifier. Index (in code points) of the first character of `cps`
 * that cannot be in an identifier at its position, or the length if all are valid.
 */
export function scanIdentifier(cps: readonly number[]): number {
  if (cps.length === 0 || !isXidStart(cps[0]!)) return 0;
  for (let i = 1; i < cps.length; i++) {
    if (!isXidContinue(cps[i]!)) return i;
  }
  return cps.length;
}

// Operator tables derived from token.ts OPERATORS. CPython's token.c also maps '<>' to NOTEQUAL
// (PEP 401, only accepted by the parser under barry_as_FLUFL).
const ONE = new Int8Array(128).fill(T.OP);
const TWO = new Int8Array(128 * 128).fill(T.OP);
const THREE = new Map<number, number>();
for (const [s, t] of [...OPERATORS, ['<>', T.NOTEQUAL] as const]) {
  if (s.length === 1) ONE[s.charCodeAt(0)] = t;
  else if (s.length === 2) TWO[s.charCodeAt(0) * 128 + s.charCodeAt(1)] = t;
  else THREE.set((s.charCodeAt(0) * 128 + s.charCodeAt(1)) * 128 + s.charCodeAt(2), t);
}

/** CPython: Parser/token.c _PyToken_OneChar (OP for anything else). */
export function oneChar(c: number): number {
  return c >= 0 && c < 128 ? ONE[c]! : T.OP;
}

/** CPython: Parser/token.c _PyToken_TwoChars. */
export function twoChars(c1: number, c2: number): number {
  if (c1 < 0 || c1 >= 128 || c2 < 0 || c2 >= 128) return T.OP;
  return TWO[c1 * 128 + c2]!;
}

/** CPython: Parser/token.c _PyToken_ThreeChars. */
export function threeChars(c1: number, c2: number, c3: number): number {
  if (c1 < 0 || c1 >= 128 || c2 < 0 || c2 >= 128 || c3 < 0 || c3 >= 128) return T.OP;
  return THREE.get((c1 * 128 + c2) * 128 + c3) ?? T.OP;
}
