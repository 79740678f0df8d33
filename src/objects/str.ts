// str objects in the heap: UTF-16 code units (a JS string's own encoding, so decoding is a copy),
// the length, a cached hash. In JS a str is a plain string; a heap str is made when a string is
// stored into the heap, and read back through a per-worker cache keyed by address (cleared after
// each collection, since addresses are reused). CPython: Objects/unicodeobject.c.

import { I32, U16, allocPermanent, onCollectionEnd } from '../heap/index.js';
import { allocObj as alloc, pinAddr } from './alloc.js';
import { T_STR, rawBase } from './value.js';

// Raw layout: [len: int32][hash: int32][flags: int32][pad][code units: u16 * len]
const R_LEN = 0;
const R_HASH = 4;
const R_FLAGS = 8;
const R_DATA = 16;
const FLAG_HASHED = 1;

let cache = new Map<number, string>();
/** JS string -> heap str, valid until the next collection (interning for repeated stores). */
let interned = new Map<string, number>();

onCollectionEnd(() => {
  cache = new Map();
  interned = new Map();
});

/** Permanent heap strs (names of builtins): never freed, so always cached. */
const permanent = new Map<string, number>();

/** Allocates a heap str for `s` (or reuses one made since the last collection). */
export function strToHeap(s: string): number {
  const p = permanent.get(s);
  if (p !== undefined) return p;
  let a = interned.get(s);
  if (a !== undefined) {
    // It may be unreachable since it was made: pin it like a fresh allocation.
    pinAddr(a);
    return a;
  }
  a = writeStr(alloc(T_STR, 0, R_DATA + 2 * s.length), s);
  // Short strs repeat (names, words); long ones are stored again and again when they travel through
  // the heap (a frame's locals snapshotted at every level of a deep traceback held one 600 KB str
  // each, exhausting the heap). Mid-size ones are mostly distinct lines of text: not worth a Map entry.
  if (s.length <= 64 || s.length >= 4096) interned.set(s, a);
  cache.set(a, s);
  return a;
}

/** A str that lives forever (type and attribute names created at startup). */
export function permanentStr(s: string): number {
  let a = permanent.get(s);
  if (a === undefined) {
    a = writeStr(allocPermanent(T_STR, 0, R_DATA + 2 * s.length), s);
    permanent.set(s, a);
    cache.set(a, s);
  }
  return a;
}

/** Registers an existing permanent str (workers rebuild the table from the heap). */
export function adoptPermanentStr(a: number): void {
  const s = strFromHeap(a);
  permanent.set(s, a);
}

function writeStr(a: number, s: string): number {
  const base = rawBase(a);
  I32[(base + R_LEN) >> 2] = s.length;
  let ascii = 1;
  let u = (base + R_DATA) >> 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) ascii = 0;
    U16[u++] = c;
  }
  I32[(base + R_FLAGS) >> 2] = ascii << 1;
  return a;
}

/** The JS string of a heap str. */
export function strFromHeap(a: number): string {
  let s = cache.get(a);
  if (s !== undefined) return s;
  const base = rawBase(a);
  const n = I32[(base + R_LEN) >> 2]!;
  const start = (base + R_DATA) >> 1;
  if (n < 64) {
    s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U16[start + i]!);
  } else {
    const parts: string[] = [];
    for (let i = 0; i < n; i += 4096) {
      parts.push(String.fromCharCode.apply(null, Array.from(U16.subarray(start + i, start + Math.min(n, i + 4096)))));
    }
    s = parts.join('');
  }
  cache.set(a, s);
  return s;
}

/** Cached 32-bit hash of a heap str, or 0 when not computed. */
export function cachedStrHash(a: number): number {
  const base = rawBase(a);
  return I32[(base + R_FLAGS) >> 2]! & FLAG_HASHED ? I32[(base + R_HASH) >> 2]! : 0;
}

export function storeStrHash(a: number, h: number): void {
  const base = rawBase(a);
  I32[(base + R_HASH) >> 2] = h;
  I32[(base + R_FLAGS) >> 2]! |= FLAG_HASHED;
}

export function heapStrLength(a: number): number {
  return I32[(rawBase(a) + R_LEN) >> 2]!;
}
