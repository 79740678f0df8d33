// bytes and bytearray algorithms on Uint8Arrays (JS copies, never heap views): searching with
// start/end, splitting, stripping, replacing, padding, ASCII case mapping and predicates, hex.
// Pure functions shared by bytes.ts and bytearray.ts. CPython: Objects/bytes_methods.c,
// Objects/stringlib/*.h, Python/pystrhex.c.

import { adjustIndices } from './seqargs.js';

/** First index >= from (and with the match ending <= end) of `sub` in `d`, or -1. */
export function indexOfBytes(d: Uint8Array, sub: Uint8Array, from: number, end = d.length): number {
  const n = sub.length;
  if (n === 0) return from <= end ? from : -1;
  const first = sub[0]!;
  for (let i = d.indexOf(first, from); i >= 0 && i + n <= end; i = d.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && d[i + k] === sub[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Last index i >= start with the match ending <= end, or -1. */
export function lastIndexOfBytes(d: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const n = sub.length;
  for (let i = end - n; i >= start; i--) {
    let k = 0;
    while (k < n && d[i + k] === sub[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

export function bytesFind(d: Uint8Array, sub: Uint8Array, start: number, end: number, reverse: boolean): number {
  [start, end] = adjustIndices(start, end, d.length);
  if (end - start < sub.length) return -1;
  if (sub.length === 0) return reverse ? end : start;
  return reverse ? lastIndexOfBytes(d, sub, start, end) : indexOfBytes(d, sub, start, end);
}

export function bytesCount(d: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  [start, end] = adjustIndices(start, end, d.length);
  if (end < start) return 0;
  if (sub.length === 0) return end - start + 1;
  let n = 0;
  for (let i = indexOfBytes(d, sub, start, end); i >= 0; i = indexOfBytes(d, sub, i + sub.length, end)) n++;
  return n;
}

export function bytesTailMatch(d: Uint8Array, sub: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjustIndices(start, end, d.length);
  end -= sub.length;
  if (end < start) return false;
  const at = atEnd ? end : start;
  for (let k = 0; k < sub.length; k++) if (d[at + k] !== sub[k]) return false;
  return true;
}

// ---- ASCII classes (Py_ISSPACE & co.) ------------------------------------------------------------

export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
const isLowerByte = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperByte = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigitByte = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlphaByte = (c: number): boolean => isLowerByte(c) || isUpperByte(c);

function all(d: Uint8Array, f: (c: number) => boolean): boolean {
  if (d.length === 0) return false;
  for (const c of d) if (!f(c)) return false;
  return true;
}

export function bytesIsSpace(d: Uint8Array): boolean {
  return all(d, isSpaceByte);
}
export function bytesIsAlpha(d: Uint8Array): boolean {
  return all(d, isAlphaByte);
}
export function bytesIsAlnum(d: Uint8Array): boolean {
  return all(d, (c) => isAlphaByte(c) || isDigitByte(c));
}
export function bytesIsDigit(d: Uint8Array): boolean {
  return all(d, isDigitByte);
}
export function bytesIsAscii(d: Uint8Array): boolean {
  return d.every((c) => c < 0x80);
}

export function bytesIsLower(d: Uint8Array): boolean {
  let cased = false;
  for (const c of d) {
    if (isUpperByte(c)) return false;
    if (isLowerByte(c)) cased = true;
  }
  return cased;
}

export function bytesIsUpper(d: Uint8Array): boolean {
  let cased = false;
  for (const c of d) {
    if (isLowerByte(c)) return false;
    if (isUpperByte(c)) cased = true;
  }
  return cased;
}

export function bytesIsTitle(d: Uint8Array): boolean {
  let cased = false;
  let prev = false;
  for (const c of d) {
    if (isUpperByte(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerByte(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return cased;
}

export function bytesLower(d: Uint8Array): Uint8Array {
  return d.map((c) => (isUpperByte(c) ? c + 32 : c));
}

export function bytesUpper(d: Uint8Array): Uint8Array {
  return d.map((c) => (isLowerByte(c) ? c - 32 : c));
}

export function bytesSwapcase(d: Uint8Array): Uint8Array {
  return d.map((c) => (isUpperByte(c) ? c + 32 : isLowerByte(c) ? c - 32 : c));
}

export function bytesTitle(d: Uint8Array): Uint8Array {
  let prev = false;
  return d.map((c) => {
    let r = c;
    if (isLowerByte(c)) {
      if (!prev) r = c - 32;
      prev = true;
    } else if (isUpperByte(c)) {
      if (prev) r = c + 32;
      prev = true;
    } else {
      prev = false;
    }
    return r;
  });
}

export function bytesCapitalize(d: Uint8Array): Uint8Array {
  return d.map((c, i) => (i === 0 ? (isLowerByte(c) ? c - 32 : c) : isUpperByte(c) ? c + 32 : c));
}

// ---- splitting -----------------------------------------------------------------------------------

export function bytesSplitWhitespace(d: Uint8Array, maxsplit: number, reverse: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  if (!reverse) {
    let i = 0;
    const n = d.length;
    while (maxsplit-- > 0) {
      while (i < n && isSpaceByte(d[i]!)) i++;
      if (i === n) break;
      const j = i;
      while (i < n && !isSpaceByte(d[i]!)) i++;
      out.push(d.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceByte(d[i]!)) i++;
      if (i !== n) out.push(d.slice(i));
    }
    return out;
  }
  let i = d.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpaceByte(d[i]!)) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isSpaceByte(d[i]!)) i--;
    out.push(d.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceByte(d[i]!)) i--;
    if (i >= 0) out.push(d.slice(0, i + 1));
  }
  return out.reverse();
}

export function bytesSplitSep(d: Uint8Array, sep: Uint8Array, maxsplit: number, reverse: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  if (!reverse) {
    let i = 0;
    while (maxsplit-- > 0) {
      const j = indexOfBytes(d, sep, i);
      if (j < 0) break;
      out.push(d.slice(i, j));
      i = j + sep.length;
    }
    out.push(d.slice(i));
    return out;
  }
  let end = d.length;
  while (maxsplit-- > 0) {
    const j = lastIndexOfBytes(d, sep, 0, end);
    if (j < 0) break;
    out.push(d.slice(j + sep.length, end));
    end = j;
  }
  out.push(d.slice(0, end));
  return out.reverse();
}

/** bytes.splitlines: only \n, \r and \r\n are line boundaries. */
export function bytesSplitLines(d: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  while (i < d.length) {
    const j = i;
    while (i < d.length && d[i] !== 10 && d[i] !== 13) i++;
    let eol = i;
    if (i < d.length) {
      i += d[i] === 13 && d[i + 1] === 10 ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(d.slice(j, eol));
  }
  return out;
}

export function bytesPartition(d: Uint8Array, sep: Uint8Array, reverse: boolean): [Uint8Array, Uint8Array, Uint8Array] {
  const i = reverse ? lastIndexOfBytes(d, sep, 0, d.length) : indexOfBytes(d, sep, 0);
  const empty = new Uint8Array(0);
  if (i < 0) return reverse ? [empty, empty, d.slice()] : [d.slice(), empty, empty];
  return [d.slice(0, i), sep.slice(), d.slice(i + sep.length)];
}

/** strip family; `chars` null strips ASCII whitespace. how: 1 left, 2 right, 3 both. */
export function bytesStrip(d: Uint8Array, chars: Uint8Array | null, how: number): Uint8Array {
  const has = chars === null ? isSpaceByte : (c: number): boolean => chars.includes(c);
  let i = 0;
  let j = d.length;
  if (how & 1) while (i < j && has(d[i]!)) i++;
  if (how & 2) while (j > i && has(d[j - 1]!)) j--;
  return d.slice(i, j);
}

export function bytesReplace(d: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let k = 0;
    for (; k < d.length && k < count; k++) parts.push(rep, d.subarray(k, k + 1));
    if (k < count) parts.push(rep);
    parts.push(d.subarray(k));
    return concatBytes(parts);
  }
  let i = 0;
  while (count-- > 0) {
    const j = indexOfBytes(d, old, i);
    if (j < 0) break;
    parts.push(d.subarray(i, j), rep);
    i = j + old.length;
  }
  parts.push(d.subarray(i));
  return concatBytes(parts);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

// ---- padding -------------------------------------------------------------------------------------

export function bytesPad(d: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  left = Math.max(left, 0);
  right = Math.max(right, 0);
  const out = new Uint8Array(left + d.length + right).fill(fill);
  out.set(d, left);
  return out;
}

export function bytesCenter(d: Uint8Array, width: number, fill: number): Uint8Array {
  if (d.length >= width) return d.slice();
  const marg = width - d.length;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return bytesPad(d, left, marg - left, fill);
}

export function bytesZfill(d: Uint8Array, width: number): Uint8Array {
  if (d.length >= width) return d.slice();
  const fill = width - d.length;
  const out = bytesPad(d, fill, 0, 0x30);
  if (d[0] === 0x2b || d[0] === 0x2d) {
    out[0] = d[0];
    out[fill] = 0x30;
  }
  return out;
}

export function bytesExpandTabs(d: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of d) {
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

// ---- hex -----------------------------------------------------------------------------------------

const HEX = '0123456789abcdef';

/** bytes.hex(sep, bytes_per_sep) (_Py_strhex_impl): groups count from the right when > 0. */
export function bytesHex(d: Uint8Array, sep: string | null, perSep: number): string {
  if (sep === null || d.length === 0 || perSep === 0) {
    let s = '';
    for (const c of d) s += HEX[c >> 4]! + HEX[c & 15]!;
    return s;
  }
  const group = Math.abs(perSep);
  const parts: string[] = [];
  if (perSep > 0) {
    // Groups are aligned to the end: the first group may be short.
    let first = d.length % group || group;
    let i = 0;
    while (i < d.length) {
      let g = '';
      for (const c of d.subarray(i, i + first)) g += HEX[c >> 4]! + HEX[c & 15]!;
      parts.push(g);
      i += first;
      first = group;
    }
  } else {
    for (let i = 0; i < d.length; i += group) {
      let g = '';
      for (const c of d.subarray(i, i + group)) g += HEX[c >> 4]! + HEX[c & 15]!;
      parts.push(g);
    }
  }
  return parts.join(sep);
}

/** bytes.fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(s: string): Uint8Array | { error: string } {
  const out: number[] = [];
  const digit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87
    : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = digit(c);
    if (hi < 0) return { error: `non-hexadecimal number found in fromhex() arg at position ${i}` };
    if (i + 1 >= s.length) return { error: `fromhex() arg must contain an even number of hexadecimal digits` };
    const lo = digit(s.charCodeAt(i + 1));
    if (lo < 0) return { error: `non-hexadecimal number found in fromhex() arg at position ${i + 1}` };
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}
