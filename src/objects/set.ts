// The set and frozenset types and their iterator, over the hash table in set_table.ts. Operations
// follow CPython's algorithms (which side is iterated, when tables are copied or rebuilt), since they
// decide the iteration order of results. CPython: Objects/setobject.c.

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { SetSlot, TypeFlag } from './layouts.js';
import { Ref, STOP, decode, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { isSubtype, lookupTagged, typeName } from './typeobject.js';
import { raise, repr, iter, next, typeNameOf, callSpecial } from './protocol.js';
import {
  Cmp, pyHash, notImplemented, isInstance, instanceSlotsOf, checkNewType, checkPositional, noKeywords,
  reprEnter, reprLeave, genericAlias, raiseKeyError, isUnhashableType, getBuiltin,
} from './coll_ops.js';
import {
  Hash64, SET_RAW_BYTES, setTableType, setUsed, lookkey, addEntry, discardEntry, clearSet, popEntry, entries,
  mergeSet, maybeCompact, swapBodies, cachedSetHash, peekSetHash, setSizeof, nextActive, lockSet, unlockSet,
  resizeLocked, fillOf, maskOf, tableOf, computeSetHash,
} from './set_table.js';
import { newTuple } from './tuple.js';
import { newList } from './list.js';
import { isExactDictAddr, dictKeysForSet, dictHas } from './dict_type.js';
import { iteratorMethods } from './coll_ops.js';

export let T_SET = 0;
export let T_FROZENSET = 0;
let T_SETITER = 0;
onTypesReady(() => {
  T_SET = builtinTypeAddr('set');
  T_FROZENSET = builtinTypeAddr('frozenset');
  T_SETITER = builtinTypeAddr('set_iterator');
  setTableType(builtinTypeAddr('set_table'));
});

// ---- construction and checks ------------------------------------------------------------------------

export function isAnySet(v: Value): v is Ref {
  if (!(v instanceof Ref)) return false;
  const t = I32[v.a >> 2]!;
  return t === T_SET || t === T_FROZENSET || isSubtype(t, T_SET) || isSubtype(t, T_FROZENSET);
}

export function isSetInstance(v: Value): v is Ref {
  return isInstance(v, T_SET);
}

function isFrozenType(t: number): boolean {
  return t === T_FROZENSET || (t !== T_SET && isSubtype(t, T_FROZENSET));
}

/** A new empty set of `type` (set, frozenset or a subclass). */
export function allocSet(type: number): number {
  const slots = type === T_SET || type === T_FROZENSET ? SetSlot.Count : instanceSlotsOf(type);
  const s = allocObj(type, slots, SET_RAW_BYTES);
  setSlot(s, SetSlot.Size, tagInt(0));
  return s;
}

/** make_new_set_basetype: results of operations on subclasses are plain sets or frozensets. */
function baseTypeOf(s: number): number {
  const t = I32[s >> 2]!;
  if (t === T_SET || t === T_FROZENSET) return t;
  return isSubtype(t, T_SET) ? T_SET : T_FROZENSET;
}

/** The hash of a set element, with CPython's message for unhashable ones. */
export function elementHash(key: Value): Hash64 {
  if (isUnhashableType(key)) {
    raise('TypeError', `cannot use '${typeNameOf(key)}' as a set element (unhashable type: '${typeNameOf(key)}')`);
  }
  return Hash64.of(pyHash(key));
}

/** Hash for membership tests: a set used as a key is looked up as the equal frozenset. */
function lookupHash(key: Value): Hash64 {
  if (isSetInstance(key)) return Hash64.of(computeSetHash(key.a));
  return elementHash(key);
}

export function setAdd(s: number, key: Value): void {
  addEntry(s, key, elementHash(key));
}

export function setContains(s: number, key: Value): boolean {
  return lookkey(s, key, lookupHash(key), isFrozenType(I32[s >> 2]!)) >= 0;
}

export function setLen(s: number): number {
  return setUsed(s);
}

/** The elements in iteration order. */
export function setItems(s: number): Value[] {
  return entries(s).keys.map((k) => decode(k)!);
}

/** set_update_internal: another set (merge), an exact dict (its keys), or any iterable. */
export function setUpdate(s: number, other: Value): void {
  if (isAnySet(other)) {
    mergeSet(s, other.a);
    return;
  }
  if (other instanceof Ref && isExactDictAddr(other.a)) {
    const keys = dictKeysForSet(other.a);
    lockSet(s);
    try {
      const t = tableOf(s);
      if ((fillOf(t) + keys.length) * 5 >= maskOf(t) * 3) resizeLocked(s, (setUsed(s) + keys.length) * 2);
    } finally {
      unlockSet(s);
    }
    for (const k of keys) setAdd(s, k);
    return;
  }
  const it = iter(other);
  for (;;) {
    const x = next(it);
    if (x === STOP) return;
    setAdd(s, x);
  }
}

/** A new set (or frozenset) of `type` holding the items of `iterable`. */
export function newSetFrom(type: number, iterable: Value | undefined): Ref {
  const s = allocSet(type);
  if (iterable !== undefined) setUpdate(s, iterable);
  return new Ref(s);
}

function copyOf(s: number): number {
  const r = allocSet(baseTypeOf(s));
  mergeSet(r, s);
  return r;
}

// ---- algebra (CPython's set_intersection, set_difference, ...) ---------------------------------------

function intersection(so: number, other: Value): number {
  if (other instanceof Ref && other.a === so) return copyOf(so);
  const result = allocSet(baseTypeOf(so));
  if (isAnySet(other)) {
    let big = so;
    let small = other.a;
    if (setUsed(small) > setUsed(big)) [big, small] = [small, big];
    const e = entries(small);
    const frozen = isFrozenType(I32[big >> 2]!);
    for (let i = 0; i < e.keys.length; i++) {
      const key = decode(e.keys[i]!)!;
      if (lookkey(big, key, e.hashes[i]!, frozen) >= 0) addEntry(result, key, e.hashes[i]!, e.keys[i]!);
    }
    return result;
  }
  const it = iter(other);
  const frozen = isFrozenType(I32[so >> 2]!);
  for (;;) {
    const key = next(it);
    if (key === STOP) break;
    const h = elementHash(key);
    if (lookkey(so, key, h, frozen) >= 0) {
      addEntry(result, key, h);
      if (setUsed(result) >= setUsed(so)) break;
    }
  }
  return result;
}

function differenceUpdate(so: number, other: Value): void {
  if (other instanceof Ref && other.a === so) {
    clearSet(so);
    return;
  }
  if (isAnySet(other)) {
    let o = other.a;
    if ((setUsed(o) >> 3) > setUsed(so)) o = intersection(so, other);
    const e = entries(o);
    for (let i = 0; i < e.keys.length; i++) discardEntry(so, decode(e.keys[i]!)!, e.hashes[i]!);
  } else {
    const it = iter(other);
    for (;;) {
      const key = next(it);
      if (key === STOP) break;
      discardEntry(so, key, lookupHash(key));
    }
  }
  maybeCompact(so);
}

function difference(so: number, other: Value): number {
  let otherSize: number;
  const dictOther = other instanceof Ref && isExactDictAddr(other.a);
  if (isAnySet(other)) otherSize = setUsed(other.a);
  else if (dictOther) otherSize = dictKeysForSet((other as Ref).a).length;
  else {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  if ((setUsed(so) >> 2) > otherSize) {
    const r = copyOf(so);
    differenceUpdate(r, other);
    return r;
  }
  const result = allocSet(baseTypeOf(so));
  const e = entries(so);
  for (let i = 0; i < e.keys.length; i++) {
    const key = decode(e.keys[i]!)!;
    const present = dictOther ? dictHas((other as Ref).a, key)
      : lookkey((other as Ref).a, key, e.hashes[i]!, isFrozenType(I32[(other as Ref).a >> 2]!)) >= 0;
    if (!present) addEntry(result, key, e.hashes[i]!, e.keys[i]!);
  }
  return result;
}

export function setDifferenceUpdate(s: number, other: Value): void {
  differenceUpdate(s, other);
}

export function setSymmetricDifferenceUpdate(s: number, other: Value): void {
  symmetricDifferenceUpdate(s, other);
}

function symDiffUpdateWithSet(so: number, o: number): void {
  const e = entries(o);
  for (let i = 0; i < e.keys.length; i++) {
    const key = decode(e.keys[i]!)!;
    if (!discardEntry(so, key, e.hashes[i]!)) addEntry(so, key, e.hashes[i]!, e.keys[i]!);
  }
}

function symmetricDifferenceUpdate(so: number, other: Value): void {
  if (other instanceof Ref && other.a === so) {
    clearSet(so);
    return;
  }
  if (other instanceof Ref && isExactDictAddr(other.a)) {
    for (const key of dictKeysForSet(other.a)) {
      const h = elementHash(key);
      if (!discardEntry(so, key, h)) addEntry(so, key, h);
    }
    return;
  }
  if (isAnySet(other)) {
    symDiffUpdateWithSet(so, other.a);
    return;
  }
  symDiffUpdateWithSet(so, newSetFrom(baseTypeOf(so), other).a);
}

function symmetricDifference(so: number, other: Value): number {
  const result = allocSet(baseTypeOf(so));
  setUpdate(result, other);
  symDiffUpdateWithSet(result, so);
  return result;
}

function issubset(so: number, other: Value): boolean {
  if (!isAnySet(other)) return setUsed(intersection(so, other)) === setUsed(so);
  if (setUsed(so) > setUsed(other.a)) return false;
  const e = entries(so);
  const frozen = isFrozenType(I32[other.a >> 2]!);
  for (let i = 0; i < e.keys.length; i++) {
    if (lookkey(other.a, decode(e.keys[i]!)!, e.hashes[i]!, frozen) < 0) return false;
  }
  return true;
}

function issuperset(so: number, other: Value): boolean {
  if (isAnySet(other)) return issubset(other.a, new Ref(so));
  const it = iter(other);
  for (;;) {
    const key = next(it);
    if (key === STOP) return true;
    if (!setContains(so, key)) return false;
  }
}

function isdisjoint(so: number, other: Value): boolean {
  if (other instanceof Ref && other.a === so) return setUsed(so) === 0;
  if (other instanceof Ref && (I32[other.a >> 2] === T_SET || I32[other.a >> 2] === T_FROZENSET)) {
    let big = so;
    let small = other.a;
    if (setUsed(small) > setUsed(big)) [big, small] = [small, big];
    const e = entries(small);
    const frozen = isFrozenType(I32[big >> 2]!);
    for (let i = 0; i < e.keys.length; i++) {
      if (lookkey(big, decode(e.keys[i]!)!, e.hashes[i]!, frozen) >= 0) return false;
    }
    return true;
  }
  const it = iter(other);
  for (;;) {
    const key = next(it);
    if (key === STOP) return true;
    if (setContains(so, key)) return false;
  }
}

function richcompare(so: number, other: Value, op: Cmp): Value {
  if (!isAnySet(other)) return notImplemented();
  const o = other.a;
  switch (op) {
    case Cmp.EQ: {
      if (setUsed(so) !== setUsed(o)) return false;
      const h1 = peekSetHash(so);
      const h2 = peekSetHash(o);
      if (h1 !== undefined && h2 !== undefined && h1 !== h2) return false;
      return issubset(so, other);
    }
    case Cmp.NE: return !(richcompare(so, other, Cmp.EQ) as boolean);
    case Cmp.LE: return issubset(so, other);
    case Cmp.GE: return issuperset(so, other);
    case Cmp.LT: return setUsed(so) < setUsed(o) && issubset(so, other);
    default: return setUsed(so) > setUsed(o) && issuperset(so, other);
  }
}

// ---- methods ---------------------------------------------------------------------------------------

function a(v: Value): number {
  return (v as Ref).a;
}

function setRepr(v: Value): string {
  const s = a(v);
  const t = I32[s >> 2]!;
  const name = typeNameOf(v);
  if (reprEnter(s)) return `${name}(...)`;
  try {
    if (setUsed(s) === 0) return `${name}()`;
    const body = setItems(s).map(repr).join(', ');
    return t === T_SET ? `{${body}}` : `${name}({${body}})`;
  } finally {
    reprLeave(s);
  }
}

function binop(f: (so: number, other: Value) => number) {
  return (v: Value, w: Value): Value => (isAnySet(v) && isAnySet(w) ? new Ref(f(a(v), w)) : notImplemented());
}

function rbinop(f: (so: number, other: Value) => number) {
  return (v: Value, w: Value): Value => (isAnySet(v) && isAnySet(w) ? new Ref(f(a(w), v)) : notImplemented());
}

function orOp(so: number, other: Value): number {
  const r = copyOf(so);
  if (!(other instanceof Ref && other.a === so)) setUpdate(r, other);
  return r;
}

function differenceMulti(v: Value, others: Value[]): Value {
  if (others.length === 0) return new Ref(copyOf(a(v)));
  const r = difference(a(v), others[0]!);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]!);
  return new Ref(r);
}

function union(v: Value, others: Value[]): Value {
  const so = a(v);
  const r = copyOf(so);
  for (const o of others) if (!(o instanceof Ref && o.a === so)) setUpdate(r, o);
  return new Ref(r);
}

function intersectionUpdate(v: Value, others: Value[]): Value {
  let r = a(v);
  if (others.length === 0) r = copyOf(r);
  for (const o of others) r = intersection(r, o);
  swapBodies(a(v), r, false);
  return null;
}

function removeKey(v: Value, key: Value, missingIsError: boolean): Value {
  const s = a(v);
  if (!discardEntry(s, key, lookupHash(key)) && missingIsError) raiseKeyError(key);
  return null;
}

function setIter(v: Value): Value {
  const s = a(v);
  const o = allocObj(T_SETITER, 4, 0);
  setSlot(o, 0, s);
  setSlot(o, 1, tagInt(0));
  setSlot(o, 2, tagInt(setUsed(s)));
  setSlot(o, 3, tagInt(setUsed(s)));
  return new Ref(o);
}

function setIterNext(v: Value): Value | typeof STOP {
  const o = a(v);
  const s = getSlot(o, 0);
  if (s === 0) return STOP;
  const used = getSlot(o, 2) >> 1;
  if (used !== setUsed(s)) {
    setSlot(o, 2, tagInt(-1));
    raise('RuntimeError', 'Set changed size during iteration');
  }
  const r = nextActive(s, getSlot(o, 1) >> 1);
  if (r === null) {
    setSlot(o, 0, 0);
    return STOP;
  }
  setSlot(o, 1, tagInt(r[0] + 1));
  setSlot(o, 3, tagInt((getSlot(o, 3) >> 1) - 1));
  return decode(r[1])!;
}

function setNew(type: Value): Value {
  return new Ref(allocSet(checkNewType(type, T_SET)));
}

function setInit(v: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const s = a(v);
  noKeywords('set', kwargs);
  checkPositional(typeNameOf(v), args.length, 0, 1);
  if (setUsed(s) > 0 || fillOf(tableOf(s)) > 0) clearSet(s);
  if (args.length === 1) setUpdate(s, args[0]!);
  return null;
}

function frozensetNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_FROZENSET);
  if (t === T_FROZENSET || lookupTagged(t, '__init__') === lookupTagged(T_FROZENSET, '__init__')) {
    noKeywords('frozenset', kwargs);
  }
  checkPositional(typeName(t), args.length, 0, 1);
  const arg = args[0];
  if (t === T_FROZENSET && arg instanceof Ref && I32[arg.a >> 2] === T_FROZENSET) return arg;
  return newSetFrom(t, arg);
}

function reduce(v: Value): Value {
  const dict = callSpecial(v, '__getstate__', []);
  return newTuple([new Ref(I32[a(v) >> 2]!), newTuple([newList(setItems(a(v)))]), dict ?? null]);
}

/** Methods set and frozenset share. */
const shared = {
  __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => setRepr(v) },
  __len__: { sig: '__len__($self, /)', fn: (v: Value): Value => setUsed(a(v)) },
  __iter__: { sig: '__iter__($self, /)', fn: setIter },
  __contains__: {
    sig: '__contains__($self, object, /)', kind: 'method' as const,
    fn: (v: Value, k: Value): Value => setContains(a(v), k),
  },
  __eq__: { sig: '__eq__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.EQ) },
  __ne__: { sig: '__ne__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.NE) },
  __lt__: { sig: '__lt__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.LT) },
  __le__: { sig: '__le__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.LE) },
  __gt__: { sig: '__gt__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.GT) },
  __ge__: { sig: '__ge__($self, value, /)', fn: (v: Value, w: Value): Value => richcompare(a(v), w, Cmp.GE) },
  __or__: { sig: '__or__($self, value, /)', fn: binop(orOp) },
  __ror__: { sig: '__ror__($self, value, /)', fn: rbinop(orOp) },
  __and__: { sig: '__and__($self, value, /)', fn: binop(intersection) },
  __rand__: { sig: '__rand__($self, value, /)', fn: rbinop(intersection) },
  __sub__: { sig: '__sub__($self, value, /)', fn: binop(difference) },
  __rsub__: { sig: '__rsub__($self, value, /)', fn: rbinop(difference) },
  __xor__: { sig: '__xor__($self, value, /)', fn: binop(symmetricDifference) },
  __rxor__: { sig: '__rxor__($self, value, /)', fn: rbinop(symmetricDifference) },
  __reduce__: { sig: '__reduce__($self, /)', kind: 'method' as const, fn: reduce },
  __sizeof__: { sig: '__sizeof__($self, /)', kind: 'method' as const, fn: (v: Value): Value => setSizeof(a(v)) },
  __class_getitem__: {
    sig: '__class_getitem__($type, object, /)', kind: 'classmethod' as const,
    fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
  },
  difference: { sig: 'difference($self, /, *others)', fn: differenceMulti },
  intersection: {
    sig: 'intersection($self, /, *others)',
    fn: (v: Value, others: Value[]): Value => {
      if (others.length === 0) return new Ref(copyOf(a(v)));
      let r = a(v);
      for (const o of others) r = intersection(r, o);
      return new Ref(r);
    },
  },
  isdisjoint: { sig: 'isdisjoint($self, other, /)', fn: (v: Value, o: Value): Value => isdisjoint(a(v), o) },
  issubset: { sig: 'issubset($self, other, /)', fn: (v: Value, o: Value): Value => issubset(a(v), o) },
  issuperset: { sig: 'issuperset($self, other, /)', fn: (v: Value, o: Value): Value => issuperset(a(v), o) },
  symmetric_difference: {
    sig: 'symmetric_difference($self, other, /)',
    fn: (v: Value, o: Value): Value => new Ref(symmetricDifference(a(v), o)),
  },
  union: { sig: 'union($self, /, *others)', fn: union },
};

const sharedSlots = {
  repr: setRepr,
  len: (v: Value): number => setUsed(a(v)),
  contains: (v: Value, k: Value): boolean => setContains(a(v), k),
  iter: setIter,
  bool: (v: Value): boolean => setUsed(a(v)) !== 0,
};

defineBuiltinType({
  name: 'set',
  flags: TypeFlag.BaseType,
  instanceSlots: SetSlot.Count,
  doc: 'Build an unordered collection of unique elements.',
  methods: {
    ...shared,
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: setNew },
    __init__: { sig: '__init__($self, /, *args, **kwargs)', fn: setInit },
    __ior__: {
      sig: '__ior__($self, value, /)',
      fn: (v: Value, w: Value): Value => {
        if (!isAnySet(w)) return notImplemented();
        if (w.a !== a(v)) setUpdate(a(v), w);
        return v;
      },
    },
    __iand__: {
      sig: '__iand__($self, value, /)',
      fn: (v: Value, w: Value): Value => {
        if (!isAnySet(w)) return notImplemented();
        swapBodies(a(v), intersection(a(v), w), false);
        return v;
      },
    },
    __isub__: {
      sig: '__isub__($self, value, /)',
      fn: (v: Value, w: Value): Value => {
        if (!isAnySet(w)) return notImplemented();
        differenceUpdate(a(v), w);
        return v;
      },
    },
    __ixor__: {
      sig: '__ixor__($self, value, /)',
      fn: (v: Value, w: Value): Value => {
        if (!isAnySet(w)) return notImplemented();
        symmetricDifferenceUpdate(a(v), w);
        return v;
      },
    },
    add: {
      sig: 'add($self, object, /)',
      fn: (v: Value, k: Value): Value => {
        setAdd(a(v), k);
        return null;
      },
    },
    clear: {
      sig: 'clear($self, /)',
      fn: (v: Value): Value => {
        clearSet(a(v));
        return null;
      },
    },
    copy: { sig: 'copy($self, /)', fn: (v: Value): Value => new Ref(copyOf(a(v))) },
    discard: { sig: 'discard($self, object, /)', fn: (v: Value, k: Value): Value => removeKey(v, k, false) },
    remove: { sig: 'remove($self, object, /)', fn: (v: Value, k: Value): Value => removeKey(v, k, true) },
    pop: {
      sig: 'pop($self, /)',
      fn: (v: Value): Value => {
        const k = popEntry(a(v));
        if (k === undefined) raiseKeyError('pop from an empty set');
        return k;
      },
    },
    update: {
      sig: 'update($self, /, *others)',
      fn: (v: Value, others: Value[]): Value => {
        for (const o of others) setUpdate(a(v), o);
        return null;
      },
    },
    difference_update: {
      sig: 'difference_update($self, /, *others)',
      fn: (v: Value, others: Value[]): Value => {
        for (const o of others) differenceUpdate(a(v), o);
        return null;
      },
    },
    intersection_update: { sig: 'intersection_update($self, /, *others)', fn: intersectionUpdate },
    symmetric_difference_update: {
      sig: 'symmetric_difference_update($self, other, /)',
      fn: (v: Value, o: Value): Value => {
        symmetricDifferenceUpdate(a(v), o);
        return null;
      },
    },
  },
  attrs: { __hash__: () => null },
  slots: sharedSlots,
});

defineBuiltinType({
  name: 'frozenset',
  flags: TypeFlag.BaseType,
  instanceSlots: SetSlot.Count,
  doc: 'Build an immutable unordered collection of unique elements.',
  methods: {
    ...shared,
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: frozensetNew },
    __hash__: { sig: '__hash__($self, /)', fn: (v: Value): Value => cachedSetHash(a(v)) },
    copy: {
      sig: 'copy($self, /)',
      fn: (v: Value): Value => (I32[a(v) >> 2] === T_FROZENSET ? v : new Ref(copyOf(a(v)))),
    },
  },
  slots: { ...sharedSlots, hash: (v) => cachedSetHash(a(v)) },
});

defineBuiltinType({
  name: 'set_iterator',
  instanceSlots: 4,
  methods: {
    ...iteratorMethods(setIterNext),
    __length_hint__: {
      sig: '__length_hint__($self, /)', kind: 'method',
      fn: (v: Value): Value => {
        const o = a(v);
        const s = getSlot(o, 0);
        return s !== 0 && (getSlot(o, 2) >> 1) === setUsed(s) ? getSlot(o, 3) >> 1 : 0;
      },
    },
    __reduce__: {
      sig: '__reduce__($self, /)', kind: 'method',
      fn: (v: Value): Value => {
        // Iterates a copy of the iterator's state, as CPython does.
        const o = a(v);
        const rest: Value[] = [];
        const s = getSlot(o, 0);
        if (s !== 0 && (getSlot(o, 2) >> 1) === setUsed(s)) {
          for (let r = nextActive(s, getSlot(o, 1) >> 1); r !== null; r = nextActive(s, r[0] + 1)) rest.push(decode(r[1])!);
        }
        return newTuple([getBuiltin('iter'), newTuple([newList(rest)])]);
      },
    },
  },
  slots: { iter: (v) => v, next: setIterNext },
});

defineBuiltinType({ name: 'set_table', internal: true });
