// Code points in JS strings. A Python str is a JS string whose surrogate pairs are single code
// points and whose lone surrogates stand for themselves, so len() and indices count code points,
// not UTF-16 units. Strings without surrogates (nearly all) take the plain UTF-16 paths; the others
// go through the helpers here.

const SURROGATE = /[\ud800-\udfff]/;

/** The last long string checked: loops call find/index/slicing on one string many times. */
let checkedStr = '';
let checkedHas = false;

export function hasSurrogates(s: string): boolean {
  if (s.length < 32) return SURROGATE.test(s);
  if (s === checkedStr) return checkedHas;
  checkedHas = SURROGATE.test(s);
  checkedStr = s;
  return checkedHas;
}

export function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

export function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Number of code points. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** The code points of `s`. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (isLow(d)) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** The string of a code point (lone surrogates included). */
export function chr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

export function fromCodePoints(cps: ArrayLike<number>, start = 0, end = cps.length): string {
  let out = '';
  const CHUNK = 4096;
  for (let i = start; i < end; i += CHUNK) {
    const part = Array.prototype.slice.call(cps, i, Math.min(end, i + CHUNK)) as number[];
    out += String.fromCodePoint(...part);
  }
  return out;
}

/**
 * Per-string index table (UTF-16 offset of each code point) for strings with surrogates, so that
 * indexing in a loop is O(1). One entry per worker: the common case is a loop over one string.
 */
let lastStr = '';
let lastOffsets: Int32Array | null = null;

/** UTF-16 offsets of each code point of `s`, plus s.length at the end. */
export function cpOffsets(s: string): Int32Array {
  if (lastOffsets !== null && lastStr === s) return lastOffsets;
  const offs = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    offs[n++] = i;
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
  }
  offs[n] = s.length;
  const r = offs.subarray(0, n + 1);
  lastStr = s;
  lastOffsets = r;
  return r;
}

/** UTF-16 offset of code point index `i` (0 <= i <= cpLength). */
export function unitOffset(s: string, i: number): number {
  if (!hasSurrogates(s)) return i;
  return cpOffsets(s)[i]!;
}

/** Code point index of UTF-16 offset `u` (which must start a code point or be s.length). */
export function cpIndex(s: string, u: number): number {
  if (!hasSurrogates(s)) return u;
  const offs = cpOffsets(s);
  let lo = 0;
  let hi = offs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Code point at code point index `i`. */
export function cpAt(s: string, i: number): number {
  if (!hasSurrogates(s)) return s.charCodeAt(i);
  const offs = cpOffsets(s);
  return codePointAtUnit(s, offs[i]!);
}

/** The code point starting at UTF-16 offset `u`. */
export function codePointAtUnit(s: string, u: number): number {
  const c = s.charCodeAt(u);
  if (isHigh(c) && u + 1 < s.length) {
    const d = s.charCodeAt(u + 1);
    if (isLow(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code points [start, end) as a string. */
export function cpSlice(s: string, start: number, end: number): string {
  if (!hasSurrogates(s)) return s.slice(start, end);
  const offs = cpOffsets(s);
  return s.slice(offs[start]!, offs[end]!);
}

/**
 * Would a match of `sub` at UTF-16 offset `i` split a surrogate pair of `s`? Only possible when
 * `sub` begins with a low or ends with a high surrogate.
 */
function splitsPair(s: string, sub: string, i: number): boolean {
  if (sub.length === 0) return isLow(s.charCodeAt(i)) && i > 0 && isHigh(s.charCodeAt(i - 1));
  if (isLow(sub.charCodeAt(0)) && i > 0 && isHigh(s.charCodeAt(i - 1))) return true;
  const j = i + sub.length;
  return isHigh(sub.charCodeAt(sub.length - 1)) && j < s.length && isLow(s.charCodeAt(j));
}

function edgeSurrogate(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** First UTF-16 offset >= from where `sub` matches on code point boundaries, or -1. */
export function indexOfCp(s: string, sub: string, from: number): number {
  let i = s.indexOf(sub, from);
  if (!edgeSurrogate(sub)) return i;
  while (i >= 0 && splitsPair(s, sub, i)) i = s.indexOf(sub, i + 1);
  return i;
}

/** Last UTF-16 offset <= from where `sub` matches on code point boundaries, or -1. */
export function lastIndexOfCp(s: string, sub: string, from: number): number {
  if (from < 0) return -1;
  let i = s.lastIndexOf(sub, from);
  if (!edgeSurrogate(sub)) return i;
  while (i >= 0 && splitsPair(s, sub, i)) i = i === 0 ? -1 : s.lastIndexOf(sub, i - 1);
  return i;
}

/** Three-way comparison in code point order (JS `<` compares UTF-16 units). */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x < 0xd800 || y < 0xd800) return x < y ? -1 : 1;
  // Both units are >= U+D800: compare the code points they belong to.
  const j = i > 0 && isHigh(a.charCodeAt(i - 1)) && (isLow(x) || isLow(y)) ? i - 1 : i;
  const cx = codePointAtUnit(a, j);
  const cy = codePointAtUnit(b, j);
  return cx < cy ? -1 : cx > cy ? 1 : 0;
}
