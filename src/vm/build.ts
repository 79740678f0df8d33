// Building values for generated code: list/tuple/set/dict displays (with * and ** unpacking),
// comprehension accumulators, unpacking assignments with CPython's messages, slices, and the
// tests of structural pattern matching (sequence, mapping, class patterns; PEP 634).

import { I32 } from '../heap/index.js';
import { TypeFlag, ListSlot } from '../objects/layouts.js';
import { Ref, decode, nslots, type Value } from '../objects/value.js';
import { typeOf, typeFlags, typeName, lookup, isSubtype } from '../objects/typeobject.js';
import { toArray, iter, next, STOP, typeNameOf, getitem, call, truthy, len } from '../objects/protocol.js';
import { newList, listAppend, listItems, isList, T_LIST } from '../objects/list.js';
import { newTuple, tupleItems, isTuple, T_TUPLE } from '../objects/tuple.js';
import { newDict, dictSet, dictGet, dictItems, isDict, dictKeys } from '../objects/dict.js';
import { newSlice } from '../objects/slice.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { raise } from './errors.js';
import { getattr, getattrOrUndefined } from './attr.js';
import { callMethod } from './call.js';

export function listDisplay(items: Value[]): Value {
  return newList(items);
}

export function tupleDisplay(items: Value[]): Value {
  return newTuple(items);
}

let setFactory: (items: Value[]) => Value = () => raise('NotImplementedError', 'set is not available yet');
let setAddFn: (s: Value, v: Value) => void = () => undefined;
export function setSetHelpers(make: typeof setFactory, add: typeof setAddFn): void {
  setFactory = make;
  setAddFn = add;
}

export function setDisplay(items: Value[]): Value {
  return setFactory(items);
}

/** Flattens [a, *b, c] parts (flags: 1 = iterable to unpack). */
function flatten(parts: Value[], flags: number[]): Value[] {
  const out: Value[] = [];
  parts.forEach((p, i) => {
    if (flags[i]) {
      try {
        for (const x of toArray(p)) out.push(x);
      } catch (e) {
        if (!isIterable(p)) raise('TypeError', `Value after * must be an iterable, not ${typeNameOf(p)}`);
        throw e;
      }
    } else {
      out.push(p);
    }
  });
  return out;
}

function isIterable(v: Value): boolean {
  const t = typeOf(v);
  return lookup(t, '__iter__') !== undefined || lookup(t, '__getitem__') !== undefined;
}

export function listUnpack(parts: Value[], flags: number[]): Value {
  return newList(flatten(parts, flags));
}

export function tupleUnpack(parts: Value[], flags: number[]): Value {
  return newTuple(flatten(parts, flags));
}

export function setUnpack(parts: Value[], flags: number[]): Value {
  return setFactory(flatten(parts, flags));
}

/** {k: v, **m, ...}: `kvs` alternates keys and values; `unpack` lists the pairs whose value is a mapping. */
export function dictDisplay(kvs: Value[], unpack: number[] | null): Value {
  const d = newDict(kvs.length / 2);
  for (let i = 0; i < kvs.length; i += 2) {
    if (unpack !== null && unpack.includes(i / 2)) {
      mergeMapping(d, kvs[i + 1]!);
    } else {
      dictSet(d, kvs[i]!, kvs[i + 1]!);
    }
  }
  return new Ref(d);
}

function mergeMapping(d: number, m: Value): void {
  if (isDict(m)) {
    for (const [k, v] of dictItems(m.a)) dictSet(d, k, v);
    return;
  }
  const keysM = getattrOrUndefined(m, 'keys');
  if (keysM === undefined) raise('TypeError', `'${typeNameOf(m)}' object is not a mapping`);
  for (const k of toArray(call(keysM, []))) dictSet(d, k, getitem(m, k));
}

export function newListAcc(): Value {
  return newList([]);
}

export function newDictAcc(): Value {
  return new Ref(newDict());
}

export function newSetAcc(): Value {
  return setFactory([]);
}

export function listAppendTo(l: Value, v: Value): void {
  listAppend((l as Ref).a, v);
}

export function setAddTo(s: Value, v: Value): void {
  setAddFn(s, v);
}

export function dictSetItem(d: Value, k: Value, v: Value): void {
  dictSet((d as Ref).a, k, v);
}

export function slice(a: Value, b: Value, c: Value): Value {
  return newSlice(a, b, c);
}

// ---- Unpacking -------------------------------------------------------------------------------

/** a, b = v: exactly n items (UNPACK_SEQUENCE). */
export function unpack(v: Value, n: number): Value[] {
  let items: Value[];
  const t = v instanceof Ref ? I32[v.a >> 2]! : 0;
  if (t === T_TUPLE && nslots((v as Ref).a) === n) {
    // The exact-length tuple (UNPACK_SEQUENCE_TUPLE): slots read directly, immutable.
    const base = ((v as Ref).a >> 2) + 2;
    items = new Array<Value>(n);
    for (let i = 0; i < n; i++) items[i] = decode(I32[base + i]!)!;
    return items;
  }
  if (t === T_LIST) {
    // UNPACK_SEQUENCE_LIST: a lock-free read of the storage (list.ts reader rules: a slot
    // still 0 means a concurrent change, and the general path below takes a snapshot).
    const a = (v as Ref).a;
    const store = I32[(a >> 2) + 2 + ListSlot.Items]!;
    if (I32[(a >> 2) + 2 + ListSlot.Size]! >> 1 === n && store !== 0 && nslots(store) >= n) {
      items = new Array<Value>(n);
      const base = (store >> 2) + 2;
      let i = 0;
      for (; i < n; i++) {
        const x = I32[base + i]!;
        if (x === 0) break;
        items[i] = decode(x)!;
      }
      if (i === n) return items;
    }
  }
  if (t === T_TUPLE) items = tupleItems((v as Ref).a);
  else if (t === T_LIST) items = listItems((v as Ref).a);
  else {
    const it = iterForUnpack(v);
    items = [];
    for (;;) {
      const x = next(it);
      if (x === STOP) break;
      items.push(x);
      if (items.length > n) raise('ValueError', `too many values to unpack (expected ${n})`);
    }
  }
  if (items.length < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n) raise('ValueError', `too many values to unpack (expected ${n}, got ${items.length})`);
  return items;
}

/**
 * a, b = v: like unpack, with direct paths for an exact tuple or list of n items (the compiler's
 * fast path for plain targets, gen_stmt.ts). The result is a fresh array, copied out by the site at
 * once: V8 allocates it young (or not at all once inlined), which measured 3-4x cheaper than a
 * long-lived scratch array, whose stores of young values each pay the generational write barrier.
 */
export function unpackS(v: Value, n: number): Value[] {
  const t = v instanceof Ref ? I32[v.a >> 2]! : 0;
  if (t === T_TUPLE && nslots((v as Ref).a) === n) {
    const items = slotValues(((v as Ref).a >> 2) + 2, n);
    if (items !== null) return items;
  } else if (t === T_LIST) {
    // The lock-free read of unpack's UNPACK_SEQUENCE_LIST path (same reader rules).
    const a = (v as Ref).a;
    const store = I32[(a >> 2) + 2 + ListSlot.Items]!;
    if (I32[(a >> 2) + 2 + ListSlot.Size]! >> 1 === n && store !== 0 && nslots(store) >= n) {
      const items = slotValues((store >> 2) + 2, n);
      if (items !== null) return items;
    }
  }
  // The general path runs code (iterators).
  return unpack(v, n);
}

/**
 * The values of n consecutive heap slots from I32 index `base`, or null if one is empty (an item a
 * concurrent writer removed). Array literals for the common sizes: no growth, no holes.
 */
function slotValues(base: number, n: number): Value[] | null {
  if (n === 2) {
    const a = I32[base]!;
    const b = I32[base + 1]!;
    return a === 0 || b === 0 ? null : [decode(a)!, decode(b)!];
  }
  if (n === 3) {
    const a = I32[base]!;
    const b = I32[base + 1]!;
    const c = I32[base + 2]!;
    return a === 0 || b === 0 || c === 0 ? null : [decode(a)!, decode(b)!, decode(c)!];
  }
  const out: Value[] = [];
  for (let i = 0; i < n; i++) {
    const x = I32[base + i]!;
    if (x === 0) return null;
    out.push(decode(x)!);
  }
  return out;
}

function iterForUnpack(v: Value): Value {
  if (!isIterable(v)) raise('TypeError', `cannot unpack non-iterable ${typeNameOf(v)} object`);
  return iter(v);
}

/** a, *b, c = v (UNPACK_EX): `before` items, a list, `after` items. */
export function unpackEx(v: Value, before: number, after: number): Value[] {
  if (!isIterable(v)) raise('TypeError', `cannot unpack non-iterable ${typeNameOf(v)} object`);
  const items = toArray(v);
  if (items.length < before + after) {
    raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [...items.slice(0, before), newList(items.slice(before, items.length - after)), ...items.slice(items.length - after)];
}

// ---- match ------------------------------------------------------------------------------------

function isSequenceForMatch(v: Value): boolean {
  if (typeof v === 'string' || typeof v !== 'object' || v === null) return false;
  const t = typeOf(v);
  if (typeFlags(t) & TypeFlag.Sequence) return true;
  const name = typeName(t);
  if (['str', 'bytes', 'bytearray'].includes(name)) return false;
  return isList(v) || isTuple(v) || ['range', 'memoryview', 'collections.deque', 'deque'].includes(name)
    || isSubtype(t, builtinTypeAddr('list')) || isSubtype(t, builtinTypeAddr('tuple'));
}

/** The items of a sequence subject when it has `n` items (or at least n with a star), else null. */
export function matchSequence(v: Value, n: number, star: number): Value[] | null {
  if (!isSequenceForMatch(v)) return null;
  // GET_LEN (CPython codegen_pattern_sequence): len() runs first, observably for subclasses;
  // a pattern that is only a star needs no length.
  if (!isExactListOrTuple(v) && (star < 0 || n > 0)) {
    const k = len(v);
    if (star < 0 ? k !== n : k < n) return null;
  }
  const items = toArray(v);
  if (star < 0) return items.length === n ? items : null;
  if (items.length < n) return null;
  const after = n - star;
  return [...items.slice(0, star), items.slice(star, items.length - after) as unknown as Value, ...items.slice(items.length - after)];
}

function isExactListOrTuple(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  const t = typeOf(v);
  return t === builtinTypeAddr('list') || t === builtinTypeAddr('tuple');
}

function isMappingForMatch(v: Value): boolean {
  if (isDict(v)) return true;
  if (!(v instanceof Ref)) return false;
  const t = typeOf(v);
  return (typeFlags(t) & TypeFlag.Mapping) !== 0 || isSubtype(t, builtinTypeAddr('dict'));
}

/** Values for the given keys when the subject is a mapping having all of them, else null. */
export function matchMapping(v: Value, keys: Value[]): Value[] | null {
  if (!isMappingForMatch(v)) return null;
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < i; j++) {
      if (keys[j] === keys[i]) raise('ValueError', `mapping pattern checks duplicate key (${String(keys[i])})`);
    }
  }
  const out: Value[] = [];
  const get = isDict(v) ? null : getattr(v, 'get');
  const dummy = new Ref(0);
  for (const k of keys) {
    let x: Value | undefined;
    if (get === null) x = dictGet((v as Ref).a, k);
    else {
      const r = call(get, [k, dummy]);
      x = r instanceof Ref && r.a === 0 ? undefined : r;
    }
    if (x === undefined) return null;
    out.push(x);
  }
  return out;
}

export function mappingRest(v: Value, keys: Value[]): Value {
  const d = newDict();
  const items = isDict(v) ? dictItems(v.a) : toArray(callMethod(v, 'items', [])).map((p) => tupleItems((p as Ref).a) as [Value, Value]);
  for (const [k, x] of items) {
    if (!keys.some((key) => key === k || (typeof key === 'object' && truthy(callMethod(key, '__eq__', [k]))))) dictSet(d, k, x);
  }
  return new Ref(d);
}

const SELF_MATCH = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** Class pattern: the positional then keyword sub-subjects, or null when the subject doesn't match. */
export function matchClass(v: Value, cls: Value, npos: number, kwNames: string[]): Value[] | null {
  if (!(cls instanceof Ref) || !isSubtype(I32[cls.a >> 2]!, builtinTypeAddr('type'))) {
    raise('TypeError', 'called match pattern must be a class');
  }
  if (!isSubtype(typeOf(v), cls.a)) return null;
  const out: Value[] = [];
  if (npos > 0) {
    const matchArgs = getattrOrUndefined(cls, '__match_args__');
    if (matchArgs === undefined) {
      const selfMatch = SELF_MATCH.some((n) => isSubtypeByName(cls.a, n));
      if (selfMatch && npos === 1) {
        out.push(v);
      } else {
        // MATCH_SELF types take the subject itself as their one positional sub-pattern.
        raise('TypeError', selfMatch ? `${typeName(cls.a)}() accepts 1 positional sub-pattern (${npos} given)`
          : `${typeName(cls.a)}() accepts 0 positional sub-patterns (${npos} given)`);
      }
    } else {
      if (!isTuple(matchArgs)) raise('TypeError', `${typeName(cls.a)}.__match_args__ must be a tuple (got ${typeNameOf(matchArgs)})`);
      const names = tupleItems(matchArgs.a);
      if (npos > names.length) {
        raise('TypeError', `${typeName(cls.a)}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const n = names[i];
        if (typeof n !== 'string') raise('TypeError', `__match_args__ elements must be strings (got ${typeNameOf(n!)})`);
        if (kwNames.includes(n)) raise('TypeError', `${typeName(cls.a)}() got multiple sub-patterns for attribute '${n}'`);
        const x = getattrOrUndefined(v, n);
        if (x === undefined) return null;
        out.push(x);
      }
    }
  }
  for (const n of kwNames) {
    const x = getattrOrUndefined(v, n);
    if (x === undefined) return null;
    out.push(x);
  }
  return out;
}

function isSubtypeByName(t: number, name: string): boolean {
  return isSubtype(t, builtinTypeAddr(name));
}

export { dictKeys };
