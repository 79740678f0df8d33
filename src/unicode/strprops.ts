// Per-code-point character data for str's methods as CPython 3.14 sees it (Unicode 16.0): the
// is* predicates, the case flags and the full case mappings (CPython: Objects/unicodectype.c,
// _PyUnicode_ToLowerFull & co.). Decoded lazily from the generated src/unicode/strtables.ts.

import * as T from './strtables.js';
import { CodePointSet } from './ranges.js';

const sets = new Map<string, CodePointSet>();
function set(name: keyof typeof T): CodePointSet {
  let s = sets.get(name);
  if (s === undefined) {
    s = new CodePointSet(T[name]);
    sets.set(name, s);
  }
  return s;
}

export function isAlpha(cp: number): boolean {
  return set('ALPHA').has(cp);
}
export function isDecimal(cp: number): boolean {
  return set('DECIMAL').has(cp);
}
export function isDigit(cp: number): boolean {
  return set('DIGIT').has(cp);
}
export function isNumeric(cp: number): boolean {
  return set('NUMERIC').has(cp);
}
/** Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric. */
export function isAlnum(cp: number): boolean {
  return isAlpha(cp) || isNumeric(cp);
}
export function isSpace(cp: number): boolean {
  return cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31) : set('SPACE').has(cp);
}
export function isLower(cp: number): boolean {
  return set('LOWER').has(cp);
}
export function isUpper(cp: number): boolean {
  return set('UPPER').has(cp);
}
export function isTitle(cp: number): boolean {
  return set('TITLE').has(cp);
}
export function isCased(cp: number): boolean {
  return set('CASED').has(cp);
}
export function isCaseIgnorable(cp: number): boolean {
  return set('CASE_IGNORABLE').has(cp);
}

/** Py_UNICODE_ISLINEBREAK: the line boundaries of str.splitlines(). */
export function isLineBreak(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** The decimal digit value (0-9) of a code point, or -1 (Py_UNICODE_TODECIMAL). */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !isDecimal(cp)) return -1;
  // Decimal digits come in runs of ten starting at zero (checked by the generator).
  let start = cp;
  while (start > 0 && isDecimal(start - 1)) start--;
  return (cp - start) % 10;
}

/** A decoded case mapping: code point -> delta, or -> several code points. */
interface CaseMap {
  delta: Map<number, number>;
  multi: Map<number, number[]>;
}

function decodeMap(single: string, multi: string): CaseMap {
  const delta = new Map<number, number>();
  let prev = 0;
  for (const run of single.split(';')) {
    if (run === '') continue;
    const [gap, count, stride, d] = run.split(',').map((x) => parseInt(x, 36)) as [number, number, number, number];
    let cp = prev + gap;
    for (let i = 0; i < count; i++, cp += stride) delta.set(cp, d);
    prev = cp - stride;
  }
  const m = new Map<number, number[]>();
  for (const e of multi.split(';')) {
    if (e === '') continue;
    const [cp, r] = e.split(':') as [string, string];
    m.set(parseInt(cp, 36), r.split('.').map((x) => parseInt(x, 36)));
  }
  return { delta, multi: m };
}

const maps = new Map<string, CaseMap>();
function caseMap(name: 'LOWER_MAP' | 'UPPER_MAP' | 'TITLE_MAP' | 'FOLD_MAP'): CaseMap {
  let m = maps.get(name);
  if (m === undefined) {
    m = decodeMap(T[name], T[`${name}_MULTI`]);
    maps.set(name, m);
  }
  return m;
}

function mapCp(m: CaseMap, cp: number, out: number[]): void {
  const d = m.delta.get(cp);
  if (d !== undefined) {
    out.push(cp + d);
    return;
  }
  const mm = m.multi.get(cp);
  if (mm !== undefined) out.push(...mm);
  else out.push(cp);
}

/** _PyUnicode_ToLowerFull: appends the lowercase mapping of `cp` to `out`. */
export function toLowerFull(cp: number, out: number[]): void {
  if (cp < 128) out.push(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  else mapCp(caseMap('LOWER_MAP'), cp, out);
}

export function toUpperFull(cp: number, out: number[]): void {
  if (cp < 128) out.push(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  else mapCp(caseMap('UPPER_MAP'), cp, out);
}

export function toTitleFull(cp: number, out: number[]): void {
  if (cp < 128) out.push(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  else mapCp(caseMap('TITLE_MAP'), cp, out);
}

export function toFoldedFull(cp: number, out: number[]): void {
  if (cp < 128) out.push(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  else mapCp(caseMap('FOLD_MAP'), cp, out);
}
