// The list type. Layout: slots [items, size, sortKeepAlive] and raw words [lock, flags]; `items` is a
// separate storage object (internal type list_storage, one slot per allocated item) or 0 for no
// storage, like CPython's NULL ob_item. Writers hold the list's lock and never run Python code while
// holding it; readers take no lock: a writer fills storage before publishing it, grows by publishing
// a complete copy, and publishes a larger size only after the new item is in place, so a reader sees
// each operation before or after. CPython: Objects/listobject.c.

import { I32, enterCritical, exitCritical } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { ListSlot, TypeFlag } from './layouts.js';
import { Ref, decode, encode, nslots, rawBase, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { lookupTagged, typeOf, lookup } from './typeobject.js';
import { raise, repr, iter, next, call, typeNameOf, fastSequence, builtinSlot, truthy } from './protocol.js';
import {
  Cmp, eq, lt, notImplemented, hasIndex, asSsize, asSsizeStrict, seqCompare, checkNewType, checkPositional,
  noKeywords, instanceSlotsOf, isInstance, hasUserReflected, reprEnter, reprLeave, genericAlias,
} from './coll_ops.js';
import { STOP } from './value.js';
import { isSlice, sliceUnpack, adjustIndices } from './slice.js';
import { repeatCount, badRepeat, clampBounds } from './tuple.js';
import { makeListIter, makeListRevIter } from './iterators.js';
import { timsort } from './list_sort.js';

export let T_LIST = 0;
let T_STORAGE = 0;
onTypesReady(() => {
  T_LIST = builtinTypeAddr('list');
  T_STORAGE = builtinTypeAddr('list_storage');
});

const ITEMS = ListSlot.Items;
const SIZE = ListSlot.Size;
/** During a sort: the storage being sorted (and the keys), so the collector keeps them alive. */
const KEEP = ListSlot.Lock;
const RAW_BYTES = 8;
/** Raw word 1: set by sort(); cleared whenever storage is (re)allocated — CPython's allocated == -1. */
const FLAG_SORTING = 1;

// ---- storage primitives ---------------------------------------------------------------------------

function w(a: number): number {
  return (a >> 2) + 2;
}

export function listLen(a: number): number {
  return I32[w(a) + SIZE]! >> 1;
}

function lockOff(a: number): number {
  return rawBase(a) - a;
}

function lockList(a: number): void {
  enterCritical(a, lockOff(a));
}

function unlockList(a: number): void {
  exitCritical(a, lockOff(a));
}

function flagsIndex(a: number): number {
  return (rawBase(a) + 4) >> 2;
}

function capacity(items: number): number {
  return items === 0 ? 0 : nslots(items);
}

/** Tagged item i, or 0 when out of range (lock-free read). */
export function listGetTagged(a: number, i: number): number {
  for (;;) {
    const items = I32[w(a) + ITEMS]!;
    const size = I32[w(a) + SIZE]! >> 1;
    if (i < 0 || i >= size) return 0;
    // A size newer than the storage we read, or a slot just cleared by a shrink: read again.
    if (i >= capacity(items)) continue;
    const t = I32[(items >> 2) + 2 + i]!;
    if (t !== 0) return t;
    if (I32[w(a) + ITEMS] === items && (I32[w(a) + SIZE]! >> 1) > i) continue;
    return 0;
  }
}

/** Item i or undefined when out of range. */
export function listGet(a: number, i: number): Value | undefined {
  const t = listGetTagged(a, i);
  return t === 0 ? undefined : decode(t);
}

/** The items' tagged values now (lock-free snapshot). */
export function listTagged(a: number): number[] {
  const items = I32[w(a) + ITEMS]!;
  const n = Math.min(I32[w(a) + SIZE]! >> 1, capacity(items));
  const out: number[] = [];
  const base = (items >> 2) + 2;
  for (let i = 0; i < n; i++) {
    const t = I32[base + i]!;
    if (t === 0) break;
    out.push(t);
  }
  return out;
}

export function listItems(a: number): Value[] {
  return listTagged(a).map((t) => decode(t)!);
}

/** CPython's list_resize growth pattern: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... */
function grownCapacity(newsize: number, oldsize: number): number {
  if (newsize === 0) return 0;
  let cap = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > cap - newsize) cap = (newsize + 3) & ~3;
  return cap;
}

/** With the lock held: storage able to hold `newsize` items (copying the first `keep`). */
function ensureCapacityLocked(a: number, newsize: number): number {
  const items = I32[w(a) + ITEMS]!;
  const cap = capacity(items);
  const size = I32[w(a) + SIZE]! >> 1;
  if (cap >= newsize && newsize >= (cap >> 1) && items !== 0) return items;
  const ncap = grownCapacity(newsize, size);
  const fresh = ncap === 0 ? 0 : allocObj(T_STORAGE, ncap, 0);
  const keep = Math.min(size, newsize);
  for (let i = 0; i < keep; i++) I32[(fresh >> 2) + 2 + i] = I32[(items >> 2) + 2 + i]!;
  I32[w(a) + ITEMS] = fresh;
  I32[flagsIndex(a)] = I32[flagsIndex(a)]! & ~FLAG_SORTING;
  return fresh;
}

/** With the lock held: replaces the contents with `tagged` (new storage, then the size). */
function setContentsLocked(a: number, tagged: readonly number[]): void {
  const n = tagged.length;
  const items = I32[w(a) + ITEMS]!;
  const size = I32[w(a) + SIZE]! >> 1;
  if (n === 0 && items === 0) return;
  const ncap = grownCapacity(n, size);
  const fresh = n === 0 ? 0 : allocObj(T_STORAGE, Math.max(ncap, n), 0);
  for (let i = 0; i < n; i++) I32[(fresh >> 2) + 2 + i] = tagged[i]!;
  if (n < size) I32[w(a) + SIZE] = tagInt(n);
  I32[w(a) + ITEMS] = fresh;
  I32[w(a) + SIZE] = tagInt(n);
  I32[flagsIndex(a)] = I32[flagsIndex(a)]! & ~FLAG_SORTING;
}

function withLock<T>(a: number, f: () => T): T {
  lockList(a);
  try {
    return f();
  } finally {
    unlockList(a);
  }
}

// ---- public helpers (the VM and other types use these) ----------------------------------------------

/**
 * list[i] = value for an int index (negative counts from the end) under the list's lock;
 * false when out of range, leaving the error to the generic path.
 */
export function listSetIndex(a: number, i: number, value: Value): boolean {
  const tv = encode(value); // may allocate: before taking the lock
  lockList(a);
  const n = listLen(a);
  if (i < 0) i += n;
  const ok = i >= 0 && i < n;
  if (ok) I32[(I32[w(a) + ITEMS]! >> 2) + 2 + i] = tv;
  unlockList(a);
  return ok;
}

export function isList(v: Value): v is Ref {
  return isInstance(v, T_LIST);
}

export function isExactList(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_LIST;
}

/** A new empty list object of `type` (list or a subclass). */
export function allocList(type = T_LIST): number {
  const slots = type === T_LIST ? ListSlot.Count : instanceSlotsOf(type);
  const a = allocObj(type, slots, RAW_BYTES);
  I32[w(a) + SIZE] = tagInt(0);
  return a;
}

/** A new list holding `items`. */
export function newList(items: readonly Value[]): Ref {
  return newListTagged(items.map(encode));
}

export function newListTagged(tagged: readonly number[]): Ref {
  const a = allocList();
  const n = tagged.length;
  if (n > 0) {
    const st = allocObj(T_STORAGE, n, 0);
    for (let i = 0; i < n; i++) I32[(st >> 2) + 2 + i] = tagged[i]!;
    I32[w(a) + ITEMS] = st;
    I32[w(a) + SIZE] = tagInt(n);
  }
  return new Ref(a);
}

/** list.append(v) (atomic). */
export function listAppend(a: number, v: Value): void {
  const tv = encode(v);
  lockList(a);
  const n = I32[w(a) + SIZE]! >> 1;
  const items = ensureCapacityLocked(a, n + 1);
  I32[(items >> 2) + 2 + n] = tv;
  I32[w(a) + SIZE] = tagInt(n + 1);
  unlockList(a);
}

/** Appends many tagged values at once (atomic). */
function appendTagged(a: number, tagged: readonly number[]): void {
  if (tagged.length === 0) return;
  withLock(a, () => {
    const n = I32[w(a) + SIZE]! >> 1;
    const items = ensureCapacityLocked(a, n + tagged.length);
    for (let i = 0; i < tagged.length; i++) I32[(items >> 2) + 2 + n + i] = tagged[i]!;
    I32[w(a) + SIZE] = tagInt(n + tagged.length);
  });
}

/** list.extend(iterable): lists and tuples at once, other iterables item by item (as CPython). */
export function listExtend(a: number, iterable: Value): void {
  const fast = fastSequence(iterable);
  if (fast !== null) {
    appendTagged(a, iterable instanceof Ref && iterable.a === a ? listTagged(a) : fast.map(encode));
    return;
  }
  const it = iter(iterable);
  for (;;) {
    const x = next(it);
    if (x === STOP) return;
    listAppend(a, x);
  }
}

/** Replaces the whole contents (used by sort's restore and by list.__init__). */
export function listSetAll(a: number, items: readonly Value[]): void {
  const tagged = items.map(encode);
  withLock(a, () => setContentsLocked(a, tagged));
}

// ---- indexing -----------------------------------------------------------------------------------------

function self(v: Value): number {
  return (v as Ref).a;
}

function badIndexType(key: Value): never {
  raise('TypeError', `list indices must be integers or slices, not ${typeNameOf(key)}`);
}

function listSubscript(v: Value, key: Value): Value {
  const a = self(v);
  let i: number;
  if (typeof key === 'number' && Number.isInteger(key)) i = key;
  else if (isSlice(key)) return sliceOf(a, key.a);
  else if (hasIndex(key)) i = asSsize(key, 'IndexError');
  else badIndexType(key);
  if (i < 0) i += listLen(a);
  const t = listGetTagged(a, i);
  if (t === 0) raise('IndexError', 'list index out of range');
  return decode(t)!;
}

function sliceOf(a: number, s: number): Value {
  const [start0, stop0, step] = sliceUnpack(s);
  const tagged = listTagged(a);
  const [start, , , n] = adjustIndices(tagged.length, start0, stop0, step);
  const out: number[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) out[k] = tagged[i]!;
  return newListTagged(out);
}

/** PySequence_Fast(v, msg): the items of a list/tuple, or of any iterable; TypeError(msg) otherwise. */
export function seqFast(v: Value, msg: string): Value[] {
  const fast = fastSequence(v);
  if (fast !== null) return fast;
  const t = typeOf(v);
  const iterable = builtinSlot(t, 'iter') !== undefined || (lookup(t, '__iter__') ?? null) !== null
    || lookup(t, '__getitem__') !== undefined;
  if (!iterable) raise('TypeError', msg);
  const out: Value[] = [];
  const it = iter(v);
  for (;;) {
    const x = next(it);
    if (x === STOP) return out;
    out.push(x);
  }
}

function listAssSubscript(v: Value, key: Value, value: Value | undefined): void {
  const a = self(v);
  if ((typeof key === 'number' && Number.isInteger(key)) || (!isSlice(key) && hasIndex(key))) {
    let i = typeof key === 'number' ? key : asSsize(key, 'IndexError');
    const tv = value === undefined ? 0 : encode(value);
    withLock(a, () => {
      const n = listLen(a);
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise('IndexError', 'list assignment index out of range');
      const items = I32[w(a) + ITEMS]!;
      if (value !== undefined) {
        I32[(items >> 2) + 2 + i] = tv;
        return;
      }
      const tagged = listTagged(a);
      tagged.splice(i, 1);
      removeShrinkLocked(a, tagged);
    });
    return;
  }
  if (!isSlice(key)) badIndexType(key);
  const [start0, stop0, step] = sliceUnpack(key.a);
  if (value === undefined) {
    withLock(a, () => {
      const tagged = listTagged(a);
      let [start, stop, , n] = adjustIndices(tagged.length, start0, stop0, step);
      if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
      if (step === 1) {
        if (stop > start) {
          tagged.splice(start, stop - start);
          removeShrinkLocked(a, tagged);
        }
        return;
      }
      if (n <= 0) return;
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      removeShrinkLocked(a, tagged.filter((_, i) => !drop.has(i)));
    });
    return;
  }
  // Assignment: the new items first (may run Python code), then one locked update.
  const seq = value instanceof Ref && value.a === a ? listItems(a) : seqFast(value, 'must assign iterable to extended slice');
  const tv = seq.map(encode);
  withLock(a, () => {
    const tagged = listTagged(a);
    let [start, stop, , n] = adjustIndices(tagged.length, start0, stop0, step);
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (step === 1) {
      tagged.splice(start, stop - start, ...tv);
      setContentsLocked(a, tagged);
      return;
    }
    if (tv.length !== n) {
      raise('ValueError', `attempt to assign sequence of size ${tv.length} to extended slice of size ${n}`);
    }
    if (n === 0) return;
    const items = I32[w(a) + ITEMS]!;
    for (let k = 0, i = start; k < n; k++, i += step) I32[(items >> 2) + 2 + i] = tv[k]!;
  });
}

/** With the lock held: the contents become `tagged`, a shorter list (delete operations). */
function removeShrinkLocked(a: number, tagged: readonly number[]): void {
  const items = I32[w(a) + ITEMS]!;
  const cap = capacity(items);
  const n = tagged.length;
  const old = listLen(a);
  if (n >= (cap >> 1) && n > 0) {
    // Shrink in place: publish the smaller size first, then move items down and clear the tail.
    const base = (items >> 2) + 2;
    for (let i = 0; i < n; i++) I32[base + i] = tagged[i]!;
    I32[w(a) + SIZE] = tagInt(n);
    for (let i = n; i < old; i++) I32[base + i] = 0;
    return;
  }
  setContentsLocked(a, tagged);
}

// ---- methods ----------------------------------------------------------------------------------------

function listRepr(v: Value): string {
  const a = self(v);
  if (listLen(a) === 0) return '[]';
  if (reprEnter(a)) return '[...]';
  try {
    const parts: string[] = [];
    // Re-read the size each time: an item's repr may change the list.
    for (let i = 0; i < listLen(a); i++) {
      const x = listGet(a, i);
      if (x === undefined) break;
      parts.push(repr(x));
    }
    return `[${parts.join(', ')}]`;
  } finally {
    reprLeave(a);
  }
}

function listContains(v: Value, x: Value): boolean {
  const a = self(v);
  for (let i = 0; i < listLen(a); i++) {
    const y = listGet(a, i);
    if (y === undefined) break;
    if (eq(y, x)) return true;
  }
  return false;
}

export function listPop(v: Value, index: Value): Value {
  const a = self(v);
  const idx = index === -1 ? -1 : asSsizeStrict(index);
  return withLock(a, () => {
    const n = listLen(a);
    if (n === 0) raise('IndexError', 'pop from empty list');
    let i = idx;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
    const items = I32[w(a) + ITEMS]!;
    const t = I32[(items >> 2) + 2 + i]!;
    if (i === n - 1 && n - 1 >= (capacity(items) >> 1)) {
      I32[w(a) + SIZE] = tagInt(n - 1);
      I32[(items >> 2) + 2 + i] = 0;
    } else {
      const tagged = listTagged(a);
      tagged.splice(i, 1);
      removeShrinkLocked(a, tagged);
    }
    return decode(t)!;
  });
}

function listInsert(v: Value, index: Value, x: Value): Value {
  const a = self(v);
  const idx = asSsizeStrict(index);
  const tv = encode(x);
  withLock(a, () => {
    const n = listLen(a);
    let i = idx;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    const items = ensureCapacityLocked(a, n + 1);
    const base = (items >> 2) + 2;
    for (let k = n; k > i; k--) I32[base + k] = I32[base + k - 1]!;
    I32[base + i] = tv;
    I32[w(a) + SIZE] = tagInt(n + 1);
  });
  return null;
}

function listRemove(v: Value, x: Value): Value {
  const a = self(v);
  for (;;) {
    let found = -1;
    let ft = 0;
    for (let i = 0; i < listLen(a); i++) {
      const t = listGetTagged(a, i);
      if (t === 0) break;
      if (eq(decode(t)!, x)) {
        found = i;
        ft = t;
        break;
      }
    }
    if (found < 0) raise('ValueError', 'list.remove(x): x not in list');
    // Delete it if it is still where the search found it (comparisons may have changed the list).
    const done = withLock(a, () => {
      if (listGetTagged(a, found) !== ft) return false;
      const tagged = listTagged(a);
      tagged.splice(found, 1);
      removeShrinkLocked(a, tagged);
      return true;
    });
    if (done) return null;
  }
}

function listIndex(v: Value, x: Value, start: Value, stop: Value): Value {
  const a = self(v);
  const [s, e] = clampBounds(start, stop, listLen(a));
  for (let i = s; i < e && i < listLen(a); i++) {
    const y = listGet(a, i);
    if (y === undefined) break;
    if (eq(y, x)) return i;
  }
  raise('ValueError', 'list.index(x): x not in list');
}

function listCount(v: Value, x: Value): Value {
  const a = self(v);
  let c = 0;
  for (let i = 0; i < listLen(a); i++) {
    const y = listGet(a, i);
    if (y === undefined) break;
    if (eq(y, x)) c++;
  }
  return c;
}

function listClear(v: Value): Value {
  const a = self(v);
  withLock(a, () => {
    if (I32[w(a) + ITEMS] === 0) return; // nothing to free: leaves a sort's marker alone, as CPython
    I32[w(a) + SIZE] = tagInt(0);
    I32[w(a) + ITEMS] = 0;
  });
  return null;
}

function listReverse(v: Value): Value {
  const a = self(v);
  withLock(a, () => {
    const n = listLen(a);
    const items = I32[w(a) + ITEMS]!;
    const base = (items >> 2) + 2;
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const t = I32[base + i]!;
      I32[base + i] = I32[base + j]!;
      I32[base + j] = t;
    }
  });
  return null;
}

/** list.sort(*, key=None, reverse=False); also what sorted() calls on its new list. */
export function listSort(v: Value, key: Value, reverse: Value): Value {
  const a = self(v);
  const rev = truthy(reverse);
  // Take the items out: the list looks empty to comparisons and key functions meanwhile.
  let saved = 0;
  let savedSize = 0;
  let savedFlags = 0;
  withLock(a, () => {
    savedFlags = I32[flagsIndex(a)]!;
    saved = I32[w(a) + ITEMS]!;
    savedSize = listLen(a);
    // (A nested sort of the emptied list must not drop the outer sort's keep-alive.)
    if (saved !== 0) I32[w(a) + KEEP] = saved;
    I32[w(a) + SIZE] = tagInt(0);
    I32[w(a) + ITEMS] = 0;
    I32[flagsIndex(a)] = I32[flagsIndex(a)]! | FLAG_SORTING;
  });
  const vals: number[] = new Array(savedSize);
  for (let i = 0; i < savedSize; i++) vals[i] = I32[(saved >> 2) + 2 + i]!;
  let error: unknown = null;
  let keyfail = false;
  try {
    let keys: Value[];
    if (key === null) {
      keys = vals.map((t) => decode(t)!);
    } else {
      keyfail = true;
      keys = computeKeys(a, saved, vals, key);
      keyfail = false;
    }
    if (rev) {
      keys.reverse();
      vals.reverse();
    }
    try {
      timsort(keys, vals, chooseLt(keys));
    } finally {
      if (rev) vals.reverse();
    }
  } catch (e) {
    error = e;
  }
  let modified = false;
  withLock(a, () => {
    modified = (I32[flagsIndex(a)]! & FLAG_SORTING) === 0;
    if (!keyfail) for (let i = 0; i < savedSize; i++) I32[(saved >> 2) + 2 + i] = vals[i]!;
    I32[w(a) + ITEMS] = saved;
    I32[w(a) + SIZE] = tagInt(savedSize);
    if (saved !== 0) I32[w(a) + KEEP] = 0;
    I32[flagsIndex(a)] = savedFlags;
  });
  if (error !== null) throw error;
  if (modified) raise('ValueError', 'list modified during sort');
  return null;
}

const SURROGATE = /[\ud800-\udfff]/;
const plainLt = (a: Value, b: Value): boolean => (a as number) < (b as number);

/**
 * The pre-sort check (CPython's unsafe_*_compare selection): when every key is a JS number (int or
 * non-integral float), or every key is a str without surrogates (where UTF-16 order is code point
 * order), the native < gives the same answers as the generic comparison, much faster.
 */
function chooseLt(keys: Value[]): (a: Value, b: Value) => boolean {
  if (keys.length < 2) return lt;
  const kind = typeof keys[0];
  if (kind !== 'number' && kind !== 'string') return lt;
  for (const k of keys) {
    if (typeof k !== kind) return lt;
    if (kind === 'string' && SURROGATE.test(k as string)) return lt;
  }
  return plainLt;
}

/** Applies the key function to every item, keeping the keys reachable from the list meanwhile. */
function computeKeys(a: number, saved: number, vals: number[], key: Value): Value[] {
  const n = vals.length;
  const keep = allocObj(T_STORAGE, 3, 0);
  const keyStore = n === 0 ? 0 : allocObj(T_STORAGE, n, 0);
  I32[(keep >> 2) + 2] = saved;
  I32[(keep >> 2) + 3] = keyStore;
  I32[(keep >> 2) + 4] = encode(key);
  I32[w(a) + KEEP] = keep;
  const keys: Value[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = call(key, [decode(vals[i]!)!]);
    keys[i] = k;
    I32[(keyStore >> 2) + 2 + i] = encode(k);
  }
  return keys;
}

function listConcat(v: Value, other: Value): Value {
  if (!isList(other)) {
    if (hasUserReflected(other, '__radd__')) return notImplemented();
    raise('TypeError', `can only concatenate list (not "${typeNameOf(other)}") to list`);
  }
  return newListTagged([...listTagged(self(v)), ...listTagged(other.a)]);
}

const MAX_ITEMS = 0x7fffffff;

function listRepeat(v: Value, other: Value): Value {
  const n = repeatCount(other);
  if (n === undefined) return badRepeat(other);
  const src = listTagged(self(v));
  if (n <= 0 || src.length === 0) return newListTagged([]);
  if (src.length * n > MAX_ITEMS) raise('MemoryError', '');
  const out: number[] = new Array(src.length * n);
  for (let k = 0; k < n; k++) for (let i = 0; i < src.length; i++) out[k * src.length + i] = src[i]!;
  return newListTagged(out);
}

function listInplaceRepeat(v: Value, other: Value): Value {
  const n = repeatCount(other);
  if (n === undefined) return badRepeat(other);
  const a = self(v);
  withLock(a, () => {
    const src = listTagged(a);
    if (n <= 0) {
      if (src.length > 0) setContentsLocked(a, []);
      return;
    }
    if (n === 1 || src.length === 0) return;
    if (src.length * n > MAX_ITEMS) raise('MemoryError', '');
    const out: number[] = new Array(src.length * n);
    for (let k = 0; k < n; k++) for (let i = 0; i < src.length; i++) out[k * src.length + i] = src[i]!;
    setContentsLocked(a, out);
  });
  return v;
}

function compareOp(op: Cmp) {
  return (v: Value, other: Value): Value => {
    if (!isList(other)) return notImplemented();
    const a = self(v);
    const b = other.a;
    return seqCompare(() => listLen(a), (i) => listGet(a, i), () => listLen(b), (i) => listGet(b, i), op, true);
  };
}

function listNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  void args;
  void kwargs;
  return new Ref(allocList(checkNewType(type, T_LIST)));
}

function listInit(v: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const a = self(v);
  const t = I32[a >> 2]!;
  if (t === T_LIST || lookupTagged(t, '__new__') === lookupTagged(T_LIST, '__new__')) noKeywords('list', kwargs);
  checkPositional('list', args.length, 0, 1);
  if (listLen(a) > 0 || I32[w(a) + ITEMS] !== 0) withLock(a, () => setContentsLocked(a, []));
  if (args.length === 1) listExtend(a, args[0]!);
  return null;
}

export const listType = defineBuiltinType({
  name: 'list',
  flags: TypeFlag.BaseType | TypeFlag.Sequence,
  instanceSlots: ListSlot.Count,
  doc: 'Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n'
    + 'The argument must be an iterable if specified.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: listNew },
    __init__: { sig: '__init__($self, /, *args, **kwargs)', fn: listInit },
    __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => listRepr(v) },
    __len__: { sig: '__len__($self, /)', fn: (v: Value): Value => listLen(self(v)) },
    __getitem__: { sig: '__getitem__($self, index, /)', kind: 'method', fn: listSubscript },
    __setitem__: {
      sig: '__setitem__($self, key, value, /)',
      fn: (v: Value, k: Value, x: Value): Value => {
        listAssSubscript(v, k, x);
        return null;
      },
    },
    __delitem__: {
      sig: '__delitem__($self, key, /)',
      fn: (v: Value, k: Value): Value => {
        listAssSubscript(v, k, undefined);
        return null;
      },
    },
    __contains__: { sig: '__contains__($self, key, /)', fn: listContains },
    __iter__: { sig: '__iter__($self, /)', fn: (v: Value): Value => makeListIter(self(v)) },
    __reversed__: { sig: '__reversed__($self, /)', kind: 'method', fn: (v: Value): Value => makeListRevIter(self(v)) },
    __add__: { sig: '__add__($self, value, /)', fn: listConcat },
    __iadd__: {
      sig: '__iadd__($self, value, /)',
      fn: (v: Value, other: Value): Value => {
        listExtend(self(v), other);
        return v;
      },
    },
    __mul__: { sig: '__mul__($self, value, /)', fn: listRepeat },
    __rmul__: { sig: '__rmul__($self, value, /)', fn: listRepeat },
    __imul__: { sig: '__imul__($self, value, /)', fn: listInplaceRepeat },
    __eq__: { sig: '__eq__($self, value, /)', fn: compareOp(Cmp.EQ) },
    __ne__: { sig: '__ne__($self, value, /)', fn: compareOp(Cmp.NE) },
    __lt__: { sig: '__lt__($self, value, /)', fn: compareOp(Cmp.LT) },
    __le__: { sig: '__le__($self, value, /)', fn: compareOp(Cmp.LE) },
    __gt__: { sig: '__gt__($self, value, /)', fn: compareOp(Cmp.GT) },
    __ge__: { sig: '__ge__($self, value, /)', fn: compareOp(Cmp.GE) },
    __sizeof__: {
      sig: '__sizeof__($self, /)', kind: 'method',
      fn: (v: Value): Value => 40 + 8 * capacity(I32[w(self(v)) + ITEMS]!),
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
    append: {
      sig: 'append($self, object, /)',
      fn: (v: Value, x: Value): Value => {
        listAppend(self(v), x);
        return null;
      },
    },
    extend: {
      sig: 'extend($self, iterable, /)',
      fn: (v: Value, x: Value): Value => {
        listExtend(self(v), x);
        return null;
      },
    },
    insert: { sig: 'insert($self, index, object, /)', fn: listInsert },
    pop: { sig: 'pop($self, index=-1, /)', fn: listPop },
    remove: { sig: 'remove($self, value, /)', fn: listRemove },
    index: { sig: 'index($self, value, start=0, stop=sys.maxsize, /)', fn: listIndex },
    count: { sig: 'count($self, value, /)', fn: listCount },
    clear: { sig: 'clear($self, /)', fn: listClear },
    copy: { sig: 'copy($self, /)', fn: (v: Value): Value => newListTagged(listTagged(self(v))) },
    reverse: { sig: 'reverse($self, /)', fn: listReverse },
    sort: { sig: 'sort($self, /, *, key=None, reverse=False)', fn: listSort },
  },
  attrs: { __hash__: () => null },
  slots: {
    repr: listRepr,
    len: (v) => listLen(self(v)),
    getitem: listSubscript,
    setitem: (v, k, x) => listAssSubscript(v, k, x),
    delitem: (v, k) => listAssSubscript(v, k, undefined),
    contains: listContains,
    iter: (v) => makeListIter(self(v)),
    bool: (v) => listLen(self(v)) !== 0,
  },
});

defineBuiltinType({ name: 'list_storage', internal: true, flags: 0 });

