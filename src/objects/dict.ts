// dict: CPython's compact ordered hash table, in the shared heap.
//
// Layout. The dict object has slots [table, size, version] and a lock word in its raw area. The
// table is a separate object: slots hold the entries' keys and values interleaved (so the
// collector traces them), its raw area holds capacity, entry count, bucket count, the entries'
// 32-bit hashes and the bucket index array (0 = empty, -1 = deleted, k+1 = entry k).
//
// Concurrency. Writers hold the dict's lock. Readers take no lock: a writer fills an entry's
// hash, key and value before it publishes the entry's index, replaces a table by publishing a
// complete new one, and frees nothing (the collector frees old tables only when every thread is
// stopped), so a reader sees either the old or the new state of each operation. A lookup whose
// key comparison runs Python code restarts if the table changed meanwhile (CPython does the same).
// `version` changes on every mutation; inline caches for globals compare it.

import { I32, onCollectionEnd, enterCritical, exitCritical } from '../heap/index.js';
import { allocObj as alloc } from './alloc.js';
import { DictSlot } from './layouts.js';
import {
  Ref, T_STR, T_INT, T_FLOAT, decode, encode, rawBase, tagInt, type Value, A_NONE,
} from './value.js';
import { H } from './hooks.js';
import { heapStrEquals } from './strcmp.js';

// Table raw layout (int32 words from rawBase)
const W_CAP = 0;
const W_NENTRIES = 1;
const W_NBUCKETS = 2;
const W_HASHES = 4; // hashes[cap] start here, then indices[nbuckets]

export let T_DICT = 0;
export let T_DICTTABLE = 0;

export function setDictTypes(dict: number, table: number): void {
  T_DICT = dict;
  T_DICTTABLE = table;
}

function newTable(cap: number): number {
  let nb = 8;
  while (nb * 2 < cap * 3) nb <<= 1;
  const t = alloc(T_DICTTABLE, cap * 2, (W_HASHES + cap + nb) * 4);
  const w = rawBase(t) >> 2;
  I32[w + W_CAP] = cap;
  I32[w + W_NENTRIES] = 0;
  I32[w + W_NBUCKETS] = nb;
  return t;
}

/** A new empty dict (of type `type`, dict by default: subclasses pass theirs). */
export function newDict(capHint = 5, type = T_DICT, extraSlots = 0): number {
  const d = alloc(type, DictSlot.Count + extraSlots, 8);
  const w = (d >> 2) + 2;
  I32[w + DictSlot.Table] = newTable(Math.max(capHint, 5));
  I32[w + DictSlot.Size] = tagInt(0);
  I32[w + DictSlot.Version] = tagInt(0);
  return d;
}

function lockOffset(d: number): number {
  return rawBase(d) - d;
}

function lockDict(d: number): void {
  enterCritical(d, lockOffset(d));
}

function unlockDict(d: number): void {
  exitCritical(d, lockOffset(d));
}

export function dictSize(d: number): number {
  return I32[(d >> 2) + 2 + DictSlot.Size]! >> 1;
}

export function dictVersion(d: number): number {
  return I32[(d >> 2) + 2 + DictSlot.Version]! >> 1;
}

function bumpVersion(d: number): void {
  const i = (d >> 2) + 2 + DictSlot.Version;
  I32[i] = ((((I32[i]! >> 1) + 1) & 0x3fffffff) << 1) | 1;
}

function tableOf(d: number): number {
  return I32[(d >> 2) + 2 + DictSlot.Table]!;
}

/** Does the stored key (tagged) equal `key` (JS value with hash `h`)? May run Python code. */
function keyEquals(stored: number, key: Value): boolean {
  if (typeof key === 'string') {
    return (stored & 1) === 0 && I32[stored >> 2] === T_STR && heapStrEquals(stored, key);
  }
  if (typeof key === 'number' && (stored & 1) === 1) return (stored >> 1) === key;
  if (key instanceof Ref && key.a === stored) return true;
  if (key === null) return stored === A_NONE;
  const v = decode(stored)!;
  if (v === key) return true;
  if (typeof key === 'number' && typeof v === 'number') return false;
  if (typeof key === 'string' && typeof v === 'string') return false;
  const ty = (stored & 1) ? T_INT : I32[stored >> 2];
  if (typeof key === 'number' && ty !== T_INT && ty !== T_FLOAT && !(v instanceof Ref)) return false;
  return H.eq(v, key);
}

/**
 * Entry index of `key` in table `t`, or -1. `bucketOut[0]` receives the bucket where the key is
 * or where it would be inserted.
 */
function findEntry(t: number, key: Value, h: number, bucketOut: Int32Array | null): number {
  const w = rawBase(t) >> 2;
  const cap = I32[w + W_CAP]!;
  const mask = I32[w + W_NBUCKETS]! - 1;
  const hashes = w + W_HASHES;
  const indices = hashes + cap;
  const slots = (t >> 2) + 2;
  let i = h & mask;
  let perturb = h >>> 0;
  let firstFree = -1;
  for (;;) {
    const ix = I32[indices + i]!;
    if (ix === 0) {
      if (bucketOut) bucketOut[0] = firstFree >= 0 ? firstFree : i;
      return -1;
    }
    if (ix > 0) {
      const e = ix - 1;
      if (I32[hashes + e] === h) {
        const k = I32[slots + 2 * e]!;
        if (k !== 0 && keyEquals(k, key)) {
          if (bucketOut) bucketOut[0] = i;
          return e;
        }
      }
    } else if (firstFree < 0) {
      firstFree = i;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

const bucketScratch = new Int32Array(1);

/** d[key] or undefined when missing (no KeyError). */
export function dictGet(d: number, key: Value): Value | undefined {
  const h = H.hash32(key);
  for (;;) {
    const t = tableOf(d);
    const e = findEntry(t, key, h, null);
    if (tableOf(d) !== t) continue; // a comparison changed the dict: look again
    if (e < 0) return undefined;
    const v = I32[(t >> 2) + 2 + 2 * e + 1]!;
    return v === 0 ? undefined : decode(v);
  }
}

/** The tagged value stored for a str key (fast path for names), or 0. */
export function dictGetStrTagged(d: number, key: string, h: number): number {
  const t = tableOf(d);
  const e = findEntry(t, key, h, null);
  return e < 0 ? 0 : I32[(t >> 2) + 2 + 2 * e + 1]!;
}

export function dictContains(d: number, key: Value): boolean {
  return dictGet(d, key) !== undefined;
}

/**
 * Finds `key` without the lock (its __eq__ may run Python code, which must not run under the
 * lock), then takes the lock and proceeds only if the dict did not change in between; retries
 * otherwise. Returns with the lock held; bucketScratch holds the bucket.
 */
function lockedFind(d: number, key: Value, h: number): number {
  for (;;) {
    const version = I32[(d >> 2) + 2 + DictSlot.Version]!;
    const t = tableOf(d);
    const e = findEntry(t, key, h, bucketScratch);
    lockDict(d);
    if (I32[(d >> 2) + 2 + DictSlot.Version] === version && tableOf(d) === t) return e;
    unlockDict(d);
  }
}

/** d[key] = value. */
export function dictSet(d: number, key: Value, value: Value): void {
  const h = H.hash32(key);
  const tv = encode(value);
  const e = lockedFind(d, key, h);
  try {
    if (e >= 0) {
      I32[(tableOf(d) >> 2) + 2 + 2 * e + 1] = tv;
      bumpVersion(d);
    } else {
      appendLockHeld(d, encode(key), key, h, tv);
    }
  } finally {
    unlockDict(d);
  }
}

/** Appends a new entry (the key is known to be absent; bucketScratch holds its bucket). */
function appendLockHeld(d: number, tk: number, key: Value, h: number, tv: number): void {
  let t = tableOf(d);
  let w = rawBase(t) >> 2;
  if (I32[w + W_NENTRIES]! >= I32[w + W_CAP]!) {
    t = resizeLockHeld(d, t, dictSize(d) + 1);
    // Keys in a fresh table are all distinct from `key`: only the free bucket is wanted.
    findFreeBucket(t, h);
    w = rawBase(t) >> 2;
  }
  void key;
  const cap = I32[w + W_CAP]!;
  const n = I32[w + W_NENTRIES]!;
  I32[w + W_HASHES + n] = h;
  I32[(t >> 2) + 2 + 2 * n] = tk;
  I32[(t >> 2) + 2 + 2 * n + 1] = tv;
  I32[w + W_NENTRIES] = n + 1;
  // Publish the entry last: readers that find the index see a complete entry.
  I32[w + W_HASHES + cap + bucketScratch[0]!] = n + 1;
  const si = (d >> 2) + 2 + DictSlot.Size;
  I32[si] = I32[si]! + 2;
  bumpVersion(d);
}

/**
 * d[key] = value for a key known to be absent, by a thread that no other can race (the bootstrap
 * filling the builtin types' dicts): no lookup, no lock.
 */
export function dictAddAbsent(d: number, key: Value, value: Value): void {
  const h = H.hash32(key);
  findFreeBucket(tableOf(d), h);
  appendLockHeld(d, encode(key), key, h, encode(value));
}

function findFreeBucket(t: number, h: number): void {
  const w = rawBase(t) >> 2;
  const cap = I32[w + W_CAP]!;
  const mask = I32[w + W_NBUCKETS]! - 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[w + W_HASHES + cap + i]! > 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  bucketScratch[0] = i;
}

/** Copies the live entries into a new table with room for `want` entries, and publishes it. */
function resizeLockHeld(d: number, old: number, want: number): number {
  const t = newTable(Math.max(8, want * 2));
  const ow = rawBase(old) >> 2;
  const n = I32[ow + W_NENTRIES]!;
  const w = rawBase(t) >> 2;
  const cap = I32[w + W_CAP]!;
  const mask = I32[w + W_NBUCKETS]! - 1;
  let k = 0;
  for (let e = 0; e < n; e++) {
    const key = I32[(old >> 2) + 2 + 2 * e]!;
    if (key === 0) continue;
    const h = I32[ow + W_HASHES + e]!;
    I32[(t >> 2) + 2 + 2 * k] = key;
    I32[(t >> 2) + 2 + 2 * k + 1] = I32[(old >> 2) + 2 + 2 * e + 1]!;
    I32[w + W_HASHES + k] = h;
    let i = h & mask;
    let perturb = h >>> 0;
    while (I32[w + W_HASHES + cap + i] !== 0) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    I32[w + W_HASHES + cap + i] = k + 1;
    k++;
  }
  I32[w + W_NENTRIES] = k;
  I32[(d >> 2) + 2 + DictSlot.Table] = t;
  return t;
}

/** del d[key]; returns whether it was there. */
export function dictDel(d: number, key: Value): boolean {
  const h = H.hash32(key);
  const e = lockedFind(d, key, h);
  try {
    const t = tableOf(d);
    if (e < 0) return false;
    const w = rawBase(t) >> 2;
    I32[w + W_HASHES + I32[w + W_CAP]! + bucketScratch[0]!] = -1;
    I32[(t >> 2) + 2 + 2 * e] = 0;
    I32[(t >> 2) + 2 + 2 * e + 1] = 0;
    const si = (d >> 2) + 2 + DictSlot.Size;
    I32[si] = I32[si]! - 2;
    bumpVersion(d);
    return true;
  } finally {
    unlockDict(d);
  }
}

/** Removes everything. */
export function dictClear(d: number): void {
  const t = newTable(5);
  lockDict(d);
  I32[(d >> 2) + 2 + DictSlot.Table] = t;
  I32[(d >> 2) + 2 + DictSlot.Size] = tagInt(0);
  bumpVersion(d);
  unlockDict(d);
}

/** Number of entry positions (live or deleted) in the current table, for iteration. */
export function dictEntryCount(d: number): number {
  return I32[(rawBase(tableOf(d)) >> 2) + W_NENTRIES]!;
}

/** Entry `e` of the current table as [tagged key, tagged value], keys 0 for deleted entries. */
export function dictEntryKey(d: number, e: number): number {
  return I32[(tableOf(d) >> 2) + 2 + 2 * e]!;
}

export function dictEntryValue(d: number, e: number): number {
  return I32[(tableOf(d) >> 2) + 2 + 2 * e + 1]!;
}

/** The dict's table address (iterators remember it to notice resizes). */
export function dictTable(d: number): number {
  return tableOf(d);
}

/** Snapshot of the (key, value) pairs in order. */
export function dictItems(d: number): Array<[Value, Value]> {
  const t = tableOf(d);
  const n = I32[(rawBase(t) >> 2) + W_NENTRIES]!;
  const out: Array<[Value, Value]> = [];
  for (let e = 0; e < n; e++) {
    const k = I32[(t >> 2) + 2 + 2 * e]!;
    if (k === 0) continue;
    out.push([decode(k)!, decode(I32[(t >> 2) + 2 + 2 * e + 1]!)!]);
  }
  return out;
}

export function dictKeys(d: number): Value[] {
  return dictItems(d).map(([k]) => k);
}

/** d.pop(key) -> value or undefined. */
export function dictPop(d: number, key: Value): Value | undefined {
  const h = H.hash32(key);
  const e = lockedFind(d, key, h);
  try {
    const t = tableOf(d);
    if (e < 0) return undefined;
    const v = decode(I32[(t >> 2) + 2 + 2 * e + 1]!);
    const w = rawBase(t) >> 2;
    I32[w + W_HASHES + I32[w + W_CAP]! + bucketScratch[0]!] = -1;
    I32[(t >> 2) + 2 + 2 * e] = 0;
    I32[(t >> 2) + 2 + 2 * e + 1] = 0;
    const si = (d >> 2) + 2 + DictSlot.Size;
    I32[si] = I32[si]! - 2;
    bumpVersion(d);
    return v;
  } finally {
    unlockDict(d);
  }
}

/** d.setdefault(key, value): the existing value, or `value` after inserting it. */
export function dictSetDefault(d: number, key: Value, value: Value): Value {
  const h = H.hash32(key);
  const tv = encode(value);
  const e = lockedFind(d, key, h);
  try {
    const t = tableOf(d);
    if (e >= 0) return decode(I32[(t >> 2) + 2 + 2 * e + 1]!)!;
    appendLockHeld(d, encode(key), key, h, tv);
    return value;
  } finally {
    unlockDict(d);
  }
}

/** popitem(): the last inserted (key, value), or null when empty. */
export function dictPopItem(d: number): [Value, Value] | null {
  lockDict(d);
  try {
    const t = tableOf(d);
    const w = rawBase(t) >> 2;
    let n = I32[w + W_NENTRIES]!;
    while (n > 0 && I32[(t >> 2) + 2 + 2 * (n - 1)] === 0) n--;
    if (n === 0) return null;
    const e = n - 1;
    const k = I32[(t >> 2) + 2 + 2 * e]!;
    const v = I32[(t >> 2) + 2 + 2 * e + 1]!;
    // Find and clear its bucket.
    const h = I32[w + W_HASHES + e]!;
    const cap = I32[w + W_CAP]!;
    const mask = I32[w + W_NBUCKETS]! - 1;
    let i = h & mask;
    let perturb = h >>> 0;
    while (I32[w + W_HASHES + cap + i] !== e + 1) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    I32[w + W_HASHES + cap + i] = -1;
    I32[(t >> 2) + 2 + 2 * e] = 0;
    I32[(t >> 2) + 2 + 2 * e + 1] = 0;
    I32[w + W_NENTRIES] = e;
    const si = (d >> 2) + 2 + DictSlot.Size;
    I32[si] = I32[si]! - 2;
    bumpVersion(d);
    return [decode(k)!, decode(v)!];
  } finally {
    unlockDict(d);
  }
}

export function isDict(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_DICT;
}

// ---- Hinted str-key access (attribute inline caches) ------------------------------------------
// Instances of one class usually store the same attribute names in the same order, so the entry
// index found for one instance is worth trying first on the next: one hash compare and one key
// compare instead of a probe sequence.

/**
 * Where an attribute cache last found its name: an entry index, and the key object seen there
 * with the collection epoch it was seen in (an address names the same str only until the next
 * collection, which may free it and reuse the address).
 */
export interface EntryHint {
  ix: number;
  key: number;
  kep: number;
}

let epoch = 0;
onCollectionEnd(() => {
  epoch++;
});

/** Is the stored key (tagged) the exact str `key`? Remembers a matching key in `hint`. */
function strKeyAt(k: number, key: string, hint: EntryHint): boolean {
  if (k === hint.key && hint.kep === epoch) return true;
  if ((k & 1) === 0 && k !== 0 && I32[k >> 2] === T_STR && heapStrEquals(k, key)) {
    hint.key = k;
    hint.kep = epoch;
    return true;
  }
  return false;
}

/** Entry `hint.ix` of table `t` if it holds str `key` (hash `h`), else -1. */
function hintedEntry(t: number, key: string, h: number, hint: EntryHint): number {
  const w = rawBase(t) >> 2;
  const e = hint.ix;
  return e < I32[w + W_NENTRIES]! && I32[w + W_HASHES + e] === h && strKeyAt(I32[(t >> 2) + 2 + 2 * e]!, key, hint)
    ? e : -1;
}

/**
 * The tagged value of str `key` (hash `h`) or 0, trying entry `hint.ix` first and updating the hint.
 * Lock-free like dictGet: an entry is complete before the entry count covering it is published,
 * and a concurrently deleted entry reads as key or value 0, which is a miss.
 */
export function dictGetStrHinted(d: number, key: string, h: number, hint: EntryHint): number {
  const t = tableOf(d);
  let e = hintedEntry(t, key, h, hint);
  if (e < 0) {
    e = findEntry(t, key, h, null);
    if (e < 0) return 0;
    hint.ix = e;
  }
  return I32[(t >> 2) + 2 + 2 * e + 1]!;
}

/** d[key] = value for a str key (hash `h`), trying entry `hint.ix` first; updates the hint. */
export function dictSetStrHinted(d: number, key: string, h: number, value: Value, hint: EntryHint): void {
  // Encode before locking: boxing may allocate, and allocation may stop for a collection.
  const tv = encode(value);
  lockDict(d);
  const t = tableOf(d);
  const e = hintedEntry(t, key, h, hint);
  if (e >= 0) {
    I32[(t >> 2) + 2 + 2 * e + 1] = tv;
    bumpVersion(d);
  }
  unlockDict(d);
  if (e >= 0) return;
  // A str key's comparison runs no Python code, so only another thread can change the dict
  // between the store and the hint refresh (then the hint is merely stale).
  dictSet(d, key, value);
  const t2 = tableOf(d);
  const f = findEntry(t2, key, h, null);
  if (f >= 0) hint.ix = f;
}
