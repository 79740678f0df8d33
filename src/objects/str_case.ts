// str case operations and character-class predicates on JS strings, per code point with
// Python's Unicode 16 data (full case mappings, final sigma). CPython: Objects/unicodeobject.c
// (do_upper_or_lower, do_title, do_capitalize, do_swapcase, do_casefold, handle_capital_sigma,
// unicode_is*_impl).

import { codePoints, fromCodePoints } from './str_cp.js';
import {
  toLowerFull, toUpperFull, toTitleFull, toFoldedFull, isCased, isCaseIgnorable, isUpper, isLower, isTitle,
  isAlpha, isDecimal, isDigit, isNumeric, isAlnum, isSpace,
} from '../unicode/strprops.js';
import { isPrintable, isIdentifier } from '../unicode/properties.js';

const ASCII = /^[\x00-\x7f]*$/;

/** U+03A3 lowercases to final sigma after a cased letter not followed by one (handle_capital_sigma). */
function lowerSigma(cps: number[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!)) j--;
  let final = j >= 0 && isCased(cps[j]!);
  if (final) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j]!)) j++;
    final = j === cps.length || !isCased(cps[j]!);
  }
  return final ? 0x3c2 : 0x3c3;
}

function lowerAt(cps: number[], i: number, out: number[]): void {
  const c = cps[i]!;
  if (c === 0x3a3) out.push(lowerSigma(cps, i));
  else toLowerFull(c, out);
}

export function strLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) lowerAt(cps, i, out);
  return fromCodePoints(out);
}

export function strUpper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  const out: number[] = [];
  for (const c of codePoints(s)) toUpperFull(c, out);
  return fromCodePoints(out);
}

export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const out: number[] = [];
  for (const c of codePoints(s)) toFoldedFull(c, out);
  return fromCodePoints(out);
}

export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (isUpper(c)) lowerAt(cps, i, out);
    else if (isLower(c)) toUpperFull(c, out);
    else out.push(c);
  }
  return fromCodePoints(out);
}

export function strTitle(s: string): string {
  const cps = codePoints(s);
  const out: number[] = [];
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (prevCased) lowerAt(cps, i, out);
    else toTitleFull(c, out);
    prevCased = isCased(c);
  }
  return fromCodePoints(out);
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePoints(s);
  const out: number[] = [];
  toTitleFull(cps[0]!, out);
  for (let i = 1; i < cps.length; i++) lowerAt(cps, i, out);
  return fromCodePoints(out);
}

// ---- predicates --------------------------------------------------------------------------------

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!pred(c)) return false;
  }
  return true;
}

export function strIsAlpha(s: string): boolean {
  return all(s, isAlpha);
}
export function strIsAlnum(s: string): boolean {
  return all(s, isAlnum);
}
export function strIsDecimal(s: string): boolean {
  return all(s, isDecimal);
}
export function strIsDigit(s: string): boolean {
  return all(s, isDigit);
}
export function strIsNumeric(s: string): boolean {
  return all(s, isNumeric);
}
export function strIsSpace(s: string): boolean {
  return all(s, isSpace);
}
export function strIsAscii(s: string): boolean {
  return ASCII.test(s);
}
/** isprintable: true for the empty string. */
export function strIsPrintable(s: string): boolean {
  return s.length === 0 || all(s, isPrintable);
}
export function strIsIdentifier(s: string): boolean {
  return isIdentifier(s);
}

export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isUpper(c) || isTitle(c)) return false;
    if (!cased && isLower(c)) cased = true;
  }
  return cased;
}

export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isLower(c) || isTitle(c)) return false;
    if (!cased && isUpper(c)) cased = true;
  }
  return cased;
}

export function strIsTitle(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 1) return isTitle(cps[0]!) || isUpper(cps[0]!);
  let cased = false;
  let prevCased = false;
  for (const c of cps) {
    if (isUpper(c) || isTitle(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}
