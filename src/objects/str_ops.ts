// str algorithms on JS strings, counted in code points: searching with start/end, splitting,
// stripping, replacing, padding, tab expansion. Pure functions (no heap), so they are tested
// directly. CPython: Objects/unicodeobject.c and Objects/stringlib/*.h.

import {
  hasSurrogates, cpLength, unitOffset, cpIndex, indexOfCp, lastIndexOfCp, isHigh, isLow, codePointAtUnit,
  codePoints, fromCodePoints,
} from './str_cp.js';
import { adjustIndices } from './seqargs.js';
import { isSpace, isLineBreak } from '../unicode/strprops.js';

/** str.find / rfind with start/end already converted (any_find_slice). Code point index or -1. */
export function strFind(s: string, sub: string, start: number, end: number, reverse: boolean): number {
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  const sublen = cpLength(sub);
  if (end - start < sublen) return -1;
  if (sublen === 0) return reverse ? end : start;
  const us = unitOffset(s, start);
  const ue = unitOffset(s, end);
  let u: number;
  if (reverse) {
    u = lastIndexOfCp(s, sub, ue - sub.length);
    if (u < us) return -1;
  } else {
    u = indexOfCp(s, sub, us);
    if (u < 0 || u + sub.length > ue) return -1;
  }
  return cpIndex(s, u);
}

/** str.count (non-overlapping occurrences in s[start:end]). */
export function strCount(s: string, sub: string, start: number, end: number): number {
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  if (end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  const ue = unitOffset(s, end);
  let u = unitOffset(s, start);
  let n = 0;
  for (;;) {
    u = indexOfCp(s, sub, u);
    if (u < 0 || u + sub.length > ue) return n;
    n++;
    u += sub.length;
  }
}

/** startswith / endswith for one candidate (tailmatch). */
export function strTailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const len = cpLength(s);
  [start, end] = adjustIndices(start, end, len);
  const sublen = cpLength(sub);
  end -= sublen;
  if (end < start) return false;
  if (sublen === 0) return true;
  const u = unitOffset(s, atEnd ? end : start);
  return s.startsWith(sub, u) && (!isLow(sub.charCodeAt(0)) || u === 0 || !isHigh(s.charCodeAt(u - 1)))
    && (!isHigh(sub.charCodeAt(sub.length - 1)) || !isLow(s.charCodeAt(u + sub.length)));
}

// ---- splitting ---------------------------------------------------------------------------------

/** Python's whitespace (all of it is below U+3001), as a lookup table built from the data on first
 * use (building it costs ~12,000 table lookups, too much for every start). */
let WS: Uint8Array | null = null;
/** Runs of non-whitespace: split(None) without maxsplit is one native regex pass. */
let NON_WS_RUN: RegExp | null = null;

function whitespaceTable(): Uint8Array {
  if (WS === null) {
    const ws = new Uint8Array(0x3001);
    for (let c = 0; c <= 0x3000; c++) ws[c] = isSpace(c) ? 1 : 0;
    NON_WS_RUN = new RegExp(`[^${Array.from({ length: 0x3001 }, (_, c) => c).filter((c) => ws[c])
      .map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]+`, 'g');
    WS = ws;
  }
  return WS;
}

function isSpaceUnit(c: number): boolean {
  // Surrogate units are never whitespace, so scanning units is scanning code points here.
  return c <= 0x3000 && (WS ?? whitespaceTable())[c] === 1;
}

/** str.split(None, maxsplit) (split_whitespace). */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  if (maxsplit < 0) {
    whitespaceTable();
    return s.match(NON_WS_RUN!) ?? [];
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/** str.rsplit(None, maxsplit) (rsplit_whitespace). */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

/** str.split(sep, maxsplit) with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let i = 0;
  while (maxsplit-- > 0) {
    const j = indexOfCp(s, sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** str.rsplit(sep, maxsplit) with a non-empty separator. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  let end = s.length;
  while (maxsplit-- > 0) {
    const j = lastIndexOfCp(s, sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** str.splitlines(keepends): \r\n is one boundary; every Py_UNICODE_ISLINEBREAK character is one. */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** partition / rpartition with a non-empty separator. */
export function strPartition(s: string, sep: string, reverse: boolean): [string, string, string] {
  const i = reverse ? lastIndexOfCp(s, sep, s.length - sep.length) : indexOfCp(s, sep, 0);
  if (i < 0) return reverse ? ['', '', s] : [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---- stripping ---------------------------------------------------------------------------------

export const enum Strip { Left = 1, Right = 2, Both = 3 }

/** strip / lstrip / rstrip; `chars` null strips whitespace. */
export function strStrip(s: string, chars: string | null, how: Strip): string {
  let has: (cp: number) => boolean;
  if (chars === null) {
    has = isSpace;
  } else if (chars.length === 1 && !hasSurrogates(chars)) {
    const c = chars.charCodeAt(0);
    has = (cp) => cp === c;
  } else {
    const set = new Set(codePoints(chars));
    has = (cp) => set.has(cp);
  }
  let i = 0;
  let j = s.length;
  if (how & Strip.Left) {
    while (i < j) {
      const cp = codePointAtUnit(s, i);
      if (!has(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  if (how & Strip.Right) {
    while (j > i) {
      let k = j - 1;
      if (isLow(s.charCodeAt(k)) && k > i && isHigh(s.charCodeAt(k - 1))) k--;
      if (!has(codePointAtUnit(s, k))) break;
      j = k;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

// ---- replace -----------------------------------------------------------------------------------

/** str.replace(old, new, count); count < 0 means all. */
export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) return s;
  if (old.length === 0) {
    // Insert before every code point and at the end, at most `count` times.
    const cps = hasSurrogates(s) ? codePoints(s).map((c) => fromCodePoints([c])) : s.split('');
    let out = '';
    let k = 0;
    for (; k < cps.length && k < count; k++) out += rep + cps[k];
    if (k < count) return out + rep;
    return out + cps.slice(k).join('');
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = indexOfCp(s, old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

// ---- padding -----------------------------------------------------------------------------------

export function strPad(s: string, left: number, right: number, fill: string): string {
  if (left <= 0 && right <= 0) return s;
  return fill.repeat(Math.max(left, 0)) + s + fill.repeat(Math.max(right, 0));
}

export function strCenter(s: string, width: number, fill: string): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const marg = width - len;
  // CPython: left = marg / 2 + (marg & width & 1)
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return strPad(s, left, marg - left, fill);
}

export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const fill = width - len;
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return s[0] + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

/** str.expandtabs(tabsize): columns restart after \n and \r. */
export function strExpandTabs(s: string, tabsize: number): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else if (c === 0x0a || c === 0x0d) {
      col = 0;
    } else if (!(isLow(c) && i > 0 && isHigh(s.charCodeAt(i - 1)))) {
      col++;
    }
  }
  return out + s.slice(runStart);
}
