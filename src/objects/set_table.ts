// The hash table behind set and frozenset, in the shared heap, probing exactly as CPython does
// (linear probes of 9 then perturbation by the full 64-bit hash), so iteration order — and repr —
// matches CPython's for ints. CPython: Objects/setobject.c (set_lookkey, set_add_entry,
// set_insert_clean, set_table_resize, set_discard_entry, set_pop, set_merge, frozenset_hash).
//
// Layout. Set object: slots [table, size(used)] (+2 spare SetSlot slots), raw words [lock, hashState,
// hashLo, hashHi, finger, version]. Table object (internal type set_table): one slot per entry holding
// the key (0 = no key), raw words [fill, pad] then each entry's 64-bit hash as (lo, hi). An entry is
// unused when its key is 0 and its hash 0, a dummy (deleted) when its key is 0 and its hash -1. A set
// with table 0 is empty with the minimum size (8) and nothing allocated.
//
// Concurrency (as objects/dict.ts). Writers hold the set's lock and never run Python code under it:
// they probe without the lock (key comparisons may call __eq__), then lock and proceed only if the
// version did not change, retrying otherwise. Readers take no lock: entries are filled hash first and
// key last, tables are replaced by publishing complete new ones, and nothing is freed under them.

import { I32, enterCritical, exitCritical } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { SetSlot } from './layouts.js';
import { Ref, T_STR, decode, encode, nslots, rawBase, tagInt, type Value } from './value.js';
import { strFromHeap } from './str.js';
import { eq } from './coll_ops.js';

export const MINSIZE = 8;
const LINEAR_PROBES = 9;
export const SET_RAW_BYTES = 24;
const R_LOCK = 0;
const R_HASHSTATE = 1;
const R_HASHLO = 2;
const R_HASHHI = 3;
const R_FINGER = 4;
const R_VERSION = 5;

let T_SETTABLE = 0;
export function setTableType(t: number): void {
  T_SETTABLE = t;
}

// ---- field access ----------------------------------------------------------------------------------

function sw(s: number): number {
  return (s >> 2) + 2;
}
export function tableOf(s: number): number {
  return I32[sw(s) + SetSlot.Table]!;
}
export function setUsed(s: number): number {
  return I32[sw(s) + SetSlot.Size]! >> 1;
}
function rawWord(s: number, k: number): number {
  return (rawBase(s) >> 2) + k;
}
function version(s: number): number {
  return I32[rawWord(s, R_VERSION)]!;
}
function bump(s: number): void {
  const i = rawWord(s, R_VERSION);
  I32[i] = (I32[i]! + 1) | 0;
}
export function lockSet(s: number): void {
  enterCritical(s, rawBase(s) - s + R_LOCK * 4);
}
export function unlockSet(s: number): void {
  exitCritical(s, rawBase(s) - s + R_LOCK * 4);
}

/** Table geometry: mask (size - 1) and fill, with the empty-set defaults for table 0. */
export function maskOf(t: number): number {
  return t === 0 ? MINSIZE - 1 : nslots(t) - 1;
}
export function fillOf(t: number): number {
  return t === 0 ? 0 : I32[rawBase(t) >> 2]!;
}
function setFill(t: number, f: number): void {
  I32[rawBase(t) >> 2] = f;
}
function keyIdx(t: number, i: number): number {
  return (t >> 2) + 2 + i;
}
function hashIdx(t: number, i: number): number {
  return (rawBase(t) >> 2) + 2 + 2 * i;
}

function newTable(size: number): number {
  return allocObj(T_SETTABLE, size, 8 + 8 * size);
}

// ---- hashes --------------------------------------------------------------------------------------

/** A Python hash split into its 64-bit two's complement halves. */
export class Hash64 {
  constructor(readonly lo: number, readonly hi: number) {}
  static of(h: number | bigint): Hash64 {
    if (typeof h === 'number') return new Hash64(h | 0, Math.floor(h / 4294967296) | 0);
    return new Hash64(Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n)));
  }
  value(): number | bigint {
    const v = (BigInt(this.hi) << 32n) | BigInt(this.lo >>> 0);
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
}

function sameHash(t: number, i: number, h: Hash64): boolean {
  const hi = hashIdx(t, i);
  return I32[hi] === h.lo && I32[hi + 1] === h.hi;
}

/** Does the stored key (tagged) equal `key`? Identity and str fast paths; else __eq__ (Python code). */
function keyEquals(stored: number, key: Value): boolean {
  if (typeof key === 'number' && (stored & 1) === 1) return (stored >> 1) === key;
  if (key instanceof Ref) {
    if (key.a === stored) return true;
  } else if (typeof key === 'string') {
    if ((stored & 1) === 0 && I32[stored >> 2] === T_STR) return strFromHeap(stored) === key;
  }
  return eq(decode(stored)!, key);
}

// ---- lookups -------------------------------------------------------------------------------------

/**
 * Index of the entry holding `key` in the set's current table, or -1 (set_lookkey). Restarts when a
 * comparison changed the table, unless `frozen` (frozensets cannot change).
 */
export function lookkey(s: number, key: Value, h: Hash64, frozen: boolean): number {
  restart: for (;;) {
    const t = tableOf(s);
    if (t === 0) return -1;
    const mask = nslots(t) - 1;
    let i = h.lo & mask;
    let plo = h.lo;
    let phi = h.hi;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = I32[keyIdx(t, j)]!;
        if (k === 0) {
          const hx = hashIdx(t, j);
          if (I32[hx] === 0 && I32[hx + 1] === 0) return -1;
        } else if (sameHash(t, j, h)) {
          if (keyEquals(k, key)) return j;
          if (!frozen && (tableOf(s) !== t || I32[keyIdx(t, j)] !== k)) continue restart;
        }
        j++;
      } while (probes--);
      plo = (plo >>> 5) | (phi << 27);
      phi >>>= 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
}

/** Finds where an add goes: [found?, slot, table]; slot is the last dummy seen or the unused entry. */
function probeForAdd(s: number, key: Value, h: Hash64): [boolean, number, number] {
  restart: for (;;) {
    const t = tableOf(s);
    if (t === 0) return [false, -1, 0];
    const mask = nslots(t) - 1;
    let i = h.lo & mask;
    let plo = h.lo;
    let phi = h.hi;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = I32[keyIdx(t, j)]!;
        const hx = hashIdx(t, j);
        if (k === 0) {
          if (I32[hx] === 0 && I32[hx + 1] === 0) return [false, freeslot >= 0 ? freeslot : j, t];
          if (I32[hx] === -1 && I32[hx + 1] === -1) freeslot = j;
        } else if (I32[hx] === h.lo && I32[hx + 1] === h.hi) {
          if (keyEquals(k, key)) return [true, j, t];
          if (tableOf(s) !== t || I32[keyIdx(t, j)] !== k) continue restart;
        }
        j++;
      } while (probes--);
      plo = (plo >>> 5) | (phi << 27);
      phi >>>= 5;
      i = (i * 5 + 1 + (plo >>> 0)) & mask;
    }
  }
}

/** Slot for a key known to be absent, in a table being filled (set_insert_clean). */
function insertClean(t: number, tk: number, lo: number, hi: number): void {
  const mask = nslots(t) - 1;
  let i = lo & mask;
  let plo = lo;
  let phi = hi;
  let at = -1;
  for (;;) {
    if (I32[keyIdx(t, i)] === 0) {
      at = i;
      break;
    }
    // The linear probes look at i+1..i+9 without moving i, which seeds the next jump.
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (I32[keyIdx(t, i + j)] === 0) {
          at = i + j;
          break;
        }
      }
      if (at >= 0) break;
    }
    plo = (plo >>> 5) | (phi << 27);
    phi >>>= 5;
    i = (i * 5 + 1 + (plo >>> 0)) & mask;
  }
  const hx = hashIdx(t, at);
  I32[hx] = lo;
  I32[hx + 1] = hi;
  I32[keyIdx(t, at)] = tk;
}

function ensureTable(s: number): void {
  if (tableOf(s) !== 0) return;
  lockSet(s);
  try {
    if (tableOf(s) === 0) {
      I32[sw(s) + SetSlot.Table] = newTable(MINSIZE);
      bump(s);
    }
  } finally {
    unlockSet(s);
  }
}

/** With the lock held: rebuilds the table with room for `minused` entries (set_table_resize). */
export function resizeLocked(s: number, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size *= 2;
  const old = tableOf(s);
  const used = setUsed(s);
  if (size === MINSIZE && (old === 0 || (nslots(old) === MINSIZE && fillOf(old) === used))) return;
  const t = newTable(size);
  if (old !== 0) {
    for (let i = 0; i < nslots(old); i++) {
      const k = I32[keyIdx(old, i)]!;
      if (k === 0) continue;
      const hx = hashIdx(old, i);
      insertClean(t, k, I32[hx]!, I32[hx + 1]!);
    }
  }
  setFill(t, used);
  I32[sw(s) + SetSlot.Table] = t;
  bump(s);
}

/** Adds key (hash h); returns whether it was added (set_add_entry). Atomic. */
export function addEntry(s: number, key: Value, h: Hash64, tagged = 0): boolean {
  for (;;) {
    ensureTable(s);
    const v0 = version(s);
    const [found, slot, t] = probeForAdd(s, key, h);
    if (t === 0) continue; // cleared meanwhile
    if (found) return false;
    const tk = tagged !== 0 ? tagged : encode(key);
    lockSet(s);
    try {
      if (version(s) !== v0 || tableOf(s) !== t || I32[keyIdx(t, slot)] !== 0) continue;
      const hx = hashIdx(t, slot);
      const wasUnused = I32[hx] === 0 && I32[hx + 1] === 0;
      I32[hx] = h.lo;
      I32[hx + 1] = h.hi;
      I32[keyIdx(t, slot)] = tk;
      const used = setUsed(s) + 1;
      I32[sw(s) + SetSlot.Size] = tagInt(used);
      bump(s);
      if (wasUnused) {
        const fill = fillOf(t) + 1;
        setFill(t, fill);
        const mask = nslots(t) - 1;
        if (fill * 5 >= mask * 3) resizeLocked(s, used > 50000 ? used * 2 : used * 4);
      }
      return true;
    } finally {
      unlockSet(s);
    }
  }
}

/** Removes key; returns whether it was there (set_discard_entry). Atomic. */
export function discardEntry(s: number, key: Value, h: Hash64): boolean {
  for (;;) {
    const v0 = version(s);
    const t = tableOf(s);
    const j = lookkey(s, key, h, false);
    if (j < 0) return false;
    lockSet(s);
    try {
      if (version(s) !== v0 || tableOf(s) !== t) continue;
      I32[keyIdx(t, j)] = 0;
      const hx = hashIdx(t, j);
      I32[hx] = -1;
      I32[hx + 1] = -1;
      I32[sw(s) + SetSlot.Size] = tagInt(setUsed(s) - 1);
      bump(s);
      return true;
    } finally {
      unlockSet(s);
    }
  }
}

/** Removes everything (a fresh minimum-size table). */
export function clearSet(s: number): void {
  lockSet(s);
  I32[sw(s) + SetSlot.Size] = tagInt(0);
  I32[sw(s) + SetSlot.Table] = 0;
  I32[rawWord(s, R_HASHSTATE)] = 0;
  bump(s);
  unlockSet(s);
}

/** Removes and returns an arbitrary entry's key, scanning from the finger (set_pop); undefined if empty. */
export function popEntry(s: number): Value | undefined {
  lockSet(s);
  try {
    if (setUsed(s) === 0) return undefined;
    const t = tableOf(s);
    const mask = nslots(t) - 1;
    let i = I32[rawWord(s, R_FINGER)]! & mask;
    while (I32[keyIdx(t, i)] === 0) {
      i++;
      if (i > mask) i = 0;
    }
    const k = I32[keyIdx(t, i)]!;
    I32[keyIdx(t, i)] = 0;
    const hx = hashIdx(t, i);
    I32[hx] = -1;
    I32[hx + 1] = -1;
    I32[sw(s) + SetSlot.Size] = tagInt(setUsed(s) - 1);
    I32[rawWord(s, R_FINGER)] = i + 1;
    bump(s);
    return decode(k)!;
  } finally {
    unlockSet(s);
  }
}

// ---- snapshots and bulk operations ------------------------------------------------------------------

export interface Entries {
  keys: number[];
  hashes: Hash64[];
}

/** The live entries in table order (what set_next walks), read from one table. */
export function entries(s: number): Entries {
  const t = tableOf(s);
  const keys: number[] = [];
  const hashes: Hash64[] = [];
  if (t === 0) return { keys, hashes };
  for (let i = 0; i < nslots(t); i++) {
    const k = I32[keyIdx(t, i)]!;
    if (k === 0) continue;
    const hx = hashIdx(t, i);
    keys.push(k);
    hashes.push(new Hash64(I32[hx]!, I32[hx + 1]!));
  }
  return { keys, hashes };
}

/** The key at table position i or after it: [position, tagged key], or null (iterators). */
export function nextActive(s: number, from: number): [number, number] | null {
  const t = tableOf(s);
  if (t === 0) return null;
  for (let i = from; i < nslots(t); i++) {
    const k = I32[keyIdx(t, i)]!;
    if (k !== 0) return [i, k];
  }
  return null;
}

/**
 * Adds every entry of set `o` to set `s` (set_merge): into an empty table of the same size the
 * entries are copied in place; into an empty table otherwise by clean insertion; else one by one.
 */
export function mergeSet(s: number, o: number): void {
  if (o === s || setUsed(o) === 0) return;
  const ot = tableOf(o);
  const oe = entries(o);
  let simple = false;
  lockSet(s);
  try {
    const st = tableOf(s);
    if ((fillOf(st) + oe.keys.length) * 5 >= maskOf(st) * 3) resizeLocked(s, (setUsed(s) + oe.keys.length) * 2);
    let t = tableOf(s);
    if (fillOf(t) === 0) {
      if (t === 0) {
        t = newTable(MINSIZE);
        I32[sw(s) + SetSlot.Table] = t;
      }
      if (nslots(t) === nslots(ot) && fillOf(ot) === setUsed(o) && fillOf(ot) === oe.keys.length) {
        for (let i = 0; i < nslots(ot); i++) {
          const k = I32[keyIdx(ot, i)]!;
          if (k === 0) continue;
          const from = hashIdx(ot, i);
          const to = hashIdx(t, i);
          I32[to] = I32[from]!;
          I32[to + 1] = I32[from + 1]!;
          I32[keyIdx(t, i)] = k;
        }
      } else {
        for (let e = 0; e < oe.keys.length; e++) insertClean(t, oe.keys[e]!, oe.hashes[e]!.lo, oe.hashes[e]!.hi);
      }
      setFill(t, oe.keys.length);
      I32[sw(s) + SetSlot.Size] = tagInt(oe.keys.length);
      bump(s);
      simple = true;
    }
  } finally {
    unlockSet(s);
  }
  if (simple) return;
  for (let e = 0; e < oe.keys.length; e++) {
    const k = oe.keys[e]!;
    addEntry(s, decode(k)!, oe.hashes[e]!, k);
  }
}

/** Shrinks away dummies after many removals (set_difference_update's final step). */
export function maybeCompact(s: number): void {
  lockSet(s);
  try {
    const t = tableOf(s);
    if (fillOf(t) - setUsed(s) <= (maskOf(t) >>> 2)) return;
    const used = setUsed(s);
    resizeLocked(s, used > 50000 ? used * 2 : used * 4);
  } finally {
    unlockSet(s);
  }
}

/** Exchanges the contents of two sets (set_swap_bodies; the hash cache goes with frozensets). */
export function swapBodies(a: number, b: number, keepHashes: boolean): void {
  lockSet(a);
  try {
    const ta = tableOf(a);
    const ua = I32[sw(a) + SetSlot.Size]!;
    I32[sw(a) + SetSlot.Table] = tableOf(b);
    I32[sw(a) + SetSlot.Size] = I32[sw(b) + SetSlot.Size]!;
    I32[sw(b) + SetSlot.Table] = ta;
    I32[sw(b) + SetSlot.Size] = ua;
    for (const k of [R_HASHSTATE, R_HASHLO, R_HASHHI]) {
      if (keepHashes) {
        const x = I32[rawWord(a, k)]!;
        I32[rawWord(a, k)] = I32[rawWord(b, k)]!;
        I32[rawWord(b, k)] = x;
      } else {
        I32[rawWord(a, k)] = 0;
        I32[rawWord(b, k)] = 0;
      }
    }
    bump(a);
    bump(b);
  } finally {
    unlockSet(a);
  }
}

// ---- frozenset hash ----------------------------------------------------------------------------------

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}

/** frozenset_hash_impl over the live entries (the unused/dummy terms of CPython's loop cancel). */
export function computeSetHash(s: number): number | bigint {
  const { hashes } = entries(s);
  let hash = 0n;
  for (const h of hashes) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h.value())));
  hash ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  const r = BigInt.asIntN(64, hash);
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** The cached hash (frozensets), computing and storing it on first use. */
export function cachedSetHash(s: number): number | bigint {
  if (I32[rawWord(s, R_HASHSTATE)] === 1) {
    return new Hash64(I32[rawWord(s, R_HASHLO)]!, I32[rawWord(s, R_HASHHI)]!).value();
  }
  const h = computeSetHash(s);
  const hh = Hash64.of(h);
  I32[rawWord(s, R_HASHLO)] = hh.lo;
  I32[rawWord(s, R_HASHHI)] = hh.hi;
  I32[rawWord(s, R_HASHSTATE)] = 1;
  return h;
}

/** Cached hash if present (for the == shortcut), else undefined. */
export function peekSetHash(s: number): number | bigint | undefined {
  if (I32[rawWord(s, R_HASHSTATE)] !== 1) return undefined;
  return new Hash64(I32[rawWord(s, R_HASHLO)]!, I32[rawWord(s, R_HASHHI)]!).value();
}

/** Bytes a set reports from __sizeof__ (CPython 64-bit: 200, plus the table when not the small one). */
export function setSizeof(s: number): number {
  const t = tableOf(s);
  return 200 + (t !== 0 && nslots(t) > MINSIZE ? nslots(t) * 16 : 0);
}
