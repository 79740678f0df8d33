// Character properties as CPython 3.14 sees them (Unicode 16.0): printability for repr(),
// identifier characters for the tokenizer, the general category. Do not use the host's
// \p{...} regexes for these: Node 20.20's ICU is Unicode 17 and accepts ~4,650 more XID characters.

import { CATEGORY_CODES, CATEGORY_RUN_CODES, CATEGORY_RUN_LENGTHS, PRINTABLE, XID_CONTINUE, XID_START, WIDE } from './tables.js';
import { CodePointSet, lastAtOrBelow } from './ranges.js';

let printable: CodePointSet | null = null;
let xidStart: CodePointSet | null = null;
let xidContinue: CodePointSet | null = null;

/** str.isprintable() for one code point (CPython: Py_UNICODE_ISPRINTABLE). */
export function isPrintable(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  return (printable ??= new CodePointSet(PRINTABLE)).has(cp);
}

/** XID_Start or '_' (CPython: _PyUnicode_IsXidStart, as str.isidentifier uses it). */
export function isXidStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f;
  return (xidStart ??= new CodePointSet(XID_START)).has(cp);
}

/** XID_Continue (CPython: _PyUnicode_IsXidContinue). */
export function isXidContinue(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  }
  return (xidContinue ??= new CodePointSet(XID_CONTINUE)).has(cp);
}

/** str.isidentifier() (CPython: PyUnicode_IsIdentifier). Lone surrogates are not identifiers. */
export function isIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (first ? !isXidStart(cp) : !isXidContinue(cp)) return false;
    first = false;
  }
  return true;
}

let runStarts: Int32Array | null = null;
let runCodes: Uint8Array | null = null;
const codeNames = CATEGORY_CODES.split(' ');

function loadCategories(): void {
  const lengths = CATEGORY_RUN_LENGTHS.split(',');
  const starts = new Int32Array(lengths.length);
  const codes = new Uint8Array(lengths.length);
  let cp = 0;
  for (let i = 0; i < lengths.length; i++) {
    starts[i] = cp;
    cp += parseInt(lengths[i]!, 36) + 1;
    codes[i] = codeNames.indexOf(CATEGORY_RUN_CODES.slice(i * 2, i * 2 + 2));
  }
  runStarts = starts;
  runCodes = codes;
}

/** unicodedata.category(): the two-letter general category ('Lu', 'Cn', ...). */
export function generalCategory(cp: number): string {
  if (runStarts === null) loadCategories();
  if (cp < 0 || cp > 0x10ffff) throw new RangeError(`code point out of range: ${cp}`);
  return codeNames[runCodes![lastAtOrBelow(runStarts!, cp)]!]!;
}

let wide: CodePointSet | null = null;
/** East Asian Width is W or F (unicodedata.east_asian_width(c) in 'WF'): two columns on a terminal. */
export function isWide(cp: number): boolean {
  return (wide ??= new CodePointSet(WIDE)).has(cp);
}
