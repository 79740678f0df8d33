// The dict type (methods, constructor forms, |, ==, repr), its views dict_keys / dict_values /
// dict_items with their set operations, and the dict iterators, over the hash table storage of
// objects/dict.ts. CPython: Objects/dictobject.c (dict_update_arg, dict_merge, merge_from_seq2,
// dict_subscript, dict_equal, dict_repr, dictviews_*, _PyDictView_Intersect, dictiter_*).

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { DictSlot, TypeFlag } from './layouts.js';
import { Ref, STOP, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { lookup, isSubtype } from './typeobject.js';
import {
  raise, repr, iter, next, call, callDescriptor, callSpecial, getitem, setitem, contains, len, typeNameOf, toArray,
} from './protocol.js';
import {
  T_DICT, newDict, dictGet, dictSet, dictDel, dictClear, dictSize, dictItems, dictKeys, dictPop, dictSetDefault,
  dictPopItem, dictEntryCount,
} from './dict.js';
import {
  Cmp, notImplemented, richCompareBool, isInstance, instanceSlotsOf, checkNewType, checkPositional, reprEnter,
  reprLeave, genericAlias, raiseKeyError, isUnhashableType, getBuiltin, mappingProxy,
} from './coll_ops.js';
import { nextEntry } from './dict_iter.js';
import { H } from './hooks.js';
import { newTuple, isTuple, tupleLen, tupleGet } from './tuple.js';
import { newList, seqFast } from './list.js';
import {
  T_SET, isAnySet, newSetFrom, setUpdate, setAdd, setLen, setDifferenceUpdate, setSymmetricDifferenceUpdate,
} from './set.js';
import { setDictTypeCheck } from './iterators.js';
import { MISSING } from './native.js';
import { iteratorMethods } from './coll_ops.js';

let T_KEYS = 0;
let T_VALUES = 0;
let T_ITEMS = 0;
const ITER_TYPES: number[] = [];
onTypesReady(() => {
  T_KEYS = builtinTypeAddr('dict_keys');
  T_VALUES = builtinTypeAddr('dict_values');
  T_ITEMS = builtinTypeAddr('dict_items');
  ITER_TYPES.length = 0;
  for (const n of ITER_NAMES) ITER_TYPES.push(builtinTypeAddr(n));
});
setDictTypeCheck((t) => t === T_DICT || isSubtype(t, T_DICT));

// ---- helpers other types use -------------------------------------------------------------------------

export function isDictInstance(v: Value): v is Ref {
  return isInstance(v, T_DICT);
}

export function isExactDictAddr(a: number): boolean {
  return I32[a >> 2] === T_DICT;
}

/** The keys of a dict (for set construction from a dict). */
export function dictKeysForSet(d: number): Value[] {
  return dictKeys(d);
}

/** CPython's message for unhashable keys, checked before the storage hashes the key. */
function keyCheck(key: Value): void {
  if (isUnhashableType(key)) {
    const n = typeNameOf(key);
    raise('TypeError', `cannot use '${n}' as a dict key (unhashable type: '${n}')`);
  }
}

export function dictHas(d: number, key: Value): boolean {
  keyCheck(key);
  return dictGet(d, key) !== undefined;
}

/** A new dict holding `pairs`. */
export function newDictFrom(pairs: ReadonlyArray<readonly [Value, Value]>): Ref {
  const d = newDict(Math.max(5, pairs.length));
  for (const [k, v] of pairs) {
    keyCheck(k);
    dictSet(d, k, v);
  }
  return new Ref(d);
}

// ---- update / merge --------------------------------------------------------------------------------

/** dict(...)/update(...)'s positional argument: a dict, a mapping (has keys()), or key/value pairs. */
export function dictUpdateArg(d: number, arg: Value): void {
  if (arg instanceof Ref && isExactDictAddr(arg.a)) {
    mergeDict(d, arg.a);
    return;
  }
  const keys = H.getattr(arg, 'keys');
  if (keys !== undefined) {
    mergeMapping(d, arg, keys);
    return;
  }
  mergeFromSeq2(d, arg);
}

function mergeDict(d: number, o: number): void {
  if (o === d || dictSize(o) === 0) return;
  for (const [k, v] of dictItems(o)) dictSet(d, k, v);
}

let dictIterNative: Value | undefined;
/** dict_merge: a dict whose __iter__ is dict's own is read directly; other mappings via keys(). */
function mergeMapping(d: number, b: Value, keysMethod: Value): void {
  if (b instanceof Ref && isDictInstance(b)) {
    dictIterNative ??= lookup(T_DICT, '__iter__');
    const own = lookup(I32[b.a >> 2]!, '__iter__');
    if (own instanceof Ref && dictIterNative instanceof Ref && own.a === dictIterNative.a) {
      mergeDict(d, b.a);
      return;
    }
  }
  const keys = toArray(call(keysMethod, []));
  for (const k of keys) {
    const v = getitem(b, k);
    keyCheck(k);
    dictSet(d, k, v);
  }
}

function mergeFromSeq2(d: number, seq: Value): void {
  const it = iter(seq);
  for (let i = 0; ; i++) {
    const item = next(it);
    if (item === STOP) return;
    const fast = seqFast(item, 'object is not iterable');
    if (fast.length !== 2) {
      raise('ValueError', `dictionary update sequence element #${i} has length ${fast.length}; 2 is required`);
    }
    keyCheck(fast[0]!);
    dictSet(d, fast[0]!, fast[1]!);
  }
}

function updateCommon(d: number, args: Value[], kwargs: Map<string, Value>, name: string): void {
  checkPositional(name, args.length, 0, 1);
  if (args.length === 1) dictUpdateArg(d, args[0]!);
  for (const [k, v] of kwargs) dictSet(d, k, v);
}

// ---- the dict type ----------------------------------------------------------------------------------

function a(v: Value): number {
  return (v as Ref).a;
}

function dictSubscript(v: Value, key: Value): Value {
  const d = a(v);
  keyCheck(key);
  const r = dictGet(d, key);
  if (r !== undefined) return r;
  const t = I32[d >> 2]!;
  if (t !== T_DICT) {
    const m = lookup(t, '__missing__');
    if (m !== undefined && m !== null) return callDescriptor(m, v, t, [key]);
  }
  raiseKeyError(key);
}

function dictAssSubscript(v: Value, key: Value, value: Value | undefined): void {
  const d = a(v);
  keyCheck(key);
  if (value !== undefined) dictSet(d, key, value);
  else if (!dictDel(d, key)) raiseKeyError(key);
}

function dictRepr(v: Value): string {
  const d = a(v);
  if (dictSize(d) === 0) return '{}';
  if (reprEnter(d)) return '{...}';
  try {
    const parts: string[] = [];
    // Walk by position, re-reading the dict: a repr may change it.
    for (let e = nextEntry(d, 0, false); e !== null; e = nextEntry(d, e[0] + 1, false)) {
      parts.push(`${repr(e[1])}: ${repr(e[2])}`);
    }
    return `{${parts.join(', ')}}`;
  } finally {
    reprLeave(d);
  }
}

function dictEqual(x: number, y: number): boolean {
  if (dictSize(x) !== dictSize(y)) return false;
  for (let e = nextEntry(x, 0, false); e !== null; e = nextEntry(x, e[0] + 1, false)) {
    const bv = dictGet(y, e[1]);
    if (bv === undefined) return false;
    if (!richCompareBool(e[2], bv, Cmp.EQ)) return false;
  }
  return true;
}

function dictCompare(op: Cmp) {
  return (v: Value, w: Value): Value => {
    if (!isDictInstance(w) || (op !== Cmp.EQ && op !== Cmp.NE)) return notImplemented();
    const r = dictEqual(a(v), w.a);
    return op === Cmp.EQ ? r : !r;
  };
}

function dictCopy(d: number): Ref {
  const n = newDict(Math.max(5, dictSize(d)));
  for (const [k, v] of dictItems(d)) dictSet(n, k, v);
  return new Ref(n);
}

function dictOr(v: Value, w: Value): Value {
  if (!isDictInstance(v) || !isDictInstance(w)) return notImplemented();
  const n = dictCopy(v.a);
  dictUpdateArg(n.a, w);
  return n;
}

function dictNew(type: Value): Value {
  const t = checkNewType(type, T_DICT);
  return new Ref(newDict(5, t, t === T_DICT ? 0 : instanceSlotsOf(t) - DictSlot.Count));
}

function fromkeys(cls: Value, iterable: Value, value: Value): Value {
  const d = call(cls, []);
  const exact = d instanceof Ref && isExactDictAddr(d.a);
  const it = iter(iterable);
  for (;;) {
    const key = next(it);
    if (key === STOP) return d;
    if (exact) {
      keyCheck(key);
      dictSet((d as Ref).a, key, value);
    } else {
      setitem(d, key, value);
    }
  }
}

defineBuiltinType({
  name: 'dict',
  flags: TypeFlag.BaseType | TypeFlag.Mapping,
  instanceSlots: DictSlot.Count,
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n"
    + '    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n'
    + '    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n'
    + '    in the keyword argument list.  For example:  dict(one=1, two=2)',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: dictNew },
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: (v: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        updateCommon(a(v), args, kwargs, 'dict');
        return null;
      },
    },
    __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => dictRepr(v) },
    __len__: { sig: '__len__($self, /)', fn: (v: Value): Value => dictSize(a(v)) },
    __getitem__: { sig: '__getitem__($self, key, /)', kind: 'method', fn: dictSubscript },
    __setitem__: {
      sig: '__setitem__($self, key, value, /)',
      fn: (v: Value, k: Value, x: Value): Value => {
        dictAssSubscript(v, k, x);
        return null;
      },
    },
    __delitem__: {
      sig: '__delitem__($self, key, /)',
      fn: (v: Value, k: Value): Value => {
        dictAssSubscript(v, k, undefined);
        return null;
      },
    },
    __contains__: { sig: '__contains__($self, key, /)', kind: 'method', fn: (v: Value, k: Value): Value => dictHas(a(v), k) },
    __iter__: { sig: '__iter__($self, /)', fn: (v: Value): Value => makeDictIter(a(v), KEYS, false) },
    __reversed__: { sig: '__reversed__($self, /)', kind: 'method', fn: (v: Value): Value => makeDictIter(a(v), KEYS, true) },
    __eq__: { sig: '__eq__($self, value, /)', fn: dictCompare(Cmp.EQ) },
    __ne__: { sig: '__ne__($self, value, /)', fn: dictCompare(Cmp.NE) },
    __lt__: { sig: '__lt__($self, value, /)', fn: dictCompare(Cmp.LT) },
    __le__: { sig: '__le__($self, value, /)', fn: dictCompare(Cmp.LE) },
    __gt__: { sig: '__gt__($self, value, /)', fn: dictCompare(Cmp.GT) },
    __ge__: { sig: '__ge__($self, value, /)', fn: dictCompare(Cmp.GE) },
    __or__: { sig: '__or__($self, value, /)', fn: dictOr },
    __ror__: { sig: '__ror__($self, value, /)', fn: (v: Value, w: Value): Value => dictOr(w, v) },
    __ior__: {
      sig: '__ior__($self, value, /)',
      fn: (v: Value, w: Value): Value => {
        dictUpdateArg(a(v), w);
        return v;
      },
    },
    __sizeof__: {
      sig: '__sizeof__($self, /)', kind: 'method',
      fn: (v: Value): Value => 48 + 24 * dictEntryCount(a(v)),
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
    fromkeys: { sig: 'fromkeys($type, iterable, value=None, /)', kind: 'classmethod', fn: fromkeys },
    get: {
      sig: 'get($self, key, default=None, /)',
      fn: (v: Value, k: Value, dflt: Value): Value => {
        keyCheck(k);
        return dictGet(a(v), k) ?? dflt;
      },
    },
    setdefault: {
      sig: 'setdefault($self, key, default=None, /)',
      fn: (v: Value, k: Value, dflt: Value): Value => {
        keyCheck(k);
        return dictSetDefault(a(v), k, dflt);
      },
    },
    pop: {
      sig: 'pop($self, key, default=<unrepresentable>, /)',
      fn: (v: Value, k: Value, dflt: Value): Value => {
        keyCheck(k);
        const r = dictPop(a(v), k);
        if (r !== undefined) return r;
        if (dflt === (MISSING as unknown)) raiseKeyError(k);
        return dflt;
      },
    },
    popitem: {
      sig: 'popitem($self, /)',
      fn: (v: Value): Value => {
        const r = dictPopItem(a(v));
        if (r === null) raiseKeyError('popitem(): dictionary is empty');
        return newTuple(r);
      },
    },
    keys: { sig: 'keys($self, /)', fn: (v: Value): Value => makeView(T_KEYS, a(v)) },
    values: { sig: 'values($self, /)', fn: (v: Value): Value => makeView(T_VALUES, a(v)) },
    items: { sig: 'items($self, /)', fn: (v: Value): Value => makeView(T_ITEMS, a(v)) },
    update: {
      sig: 'update($self, /, *args, **kwargs)',
      fn: (v: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        updateCommon(a(v), args, kwargs, 'update');
        return null;
      },
    },
    clear: {
      sig: 'clear($self, /)',
      fn: (v: Value): Value => {
        dictClear(a(v));
        return null;
      },
    },
    copy: { sig: 'copy($self, /)', fn: (v: Value): Value => dictCopy(a(v)) },
  },
  attrs: { __hash__: () => null },
  slots: {
    repr: dictRepr,
    len: (v) => dictSize(a(v)),
    getitem: dictSubscript,
    setitem: (v, k, x) => dictAssSubscript(v, k, x),
    delitem: (v, k) => dictAssSubscript(v, k, undefined),
    contains: (v, k) => dictHas(a(v), k),
    iter: (v) => makeDictIter(a(v), KEYS, false),
    bool: (v) => dictSize(a(v)) !== 0,
  },
});

// ---- views ----------------------------------------------------------------------------------------

function makeView(type: number, d: number): Value {
  const o = allocObj(type, 1, 0);
  setSlot(o, 0, d);
  return new Ref(o);
}

function viewDict(v: Value): number {
  return getSlot(a(v), 0);
}

function isSetView(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_KEYS || I32[v.a >> 2] === T_ITEMS);
}

function viewLen(v: Value): number {
  return dictSize(viewDict(v));
}

function itemsContains(v: Value, x: Value): boolean {
  if (!isTuple(x) || tupleLen(x.a) !== 2) return false;
  const key = tupleGet(x.a, 0);
  keyCheck(key);
  const found = dictGet(viewDict(v), key);
  if (found === undefined) return false;
  return richCompareBool(found, tupleGet(x.a, 1), Cmp.EQ);
}

function viewContains(v: Value, x: Value): boolean {
  return I32[a(v) >> 2] === T_ITEMS ? itemsContains(v, x) : dictHas(viewDict(v), x);
}

function viewRepr(v: Value): string {
  const o = a(v);
  if (reprEnter(o)) return '...';
  try {
    return `${typeNameOf(v)}(${repr(newList(viewItemsNow(v)))})`;
  } finally {
    reprLeave(o);
  }
}

function viewItemsNow(v: Value): Value[] {
  const d = viewDict(v);
  const t = I32[a(v) >> 2]!;
  return dictItems(d).map(([k, x]) => (t === T_KEYS ? k : t === T_VALUES ? x : newTuple([k, x])));
}

/** dictviews_to_set: set(dict) for a keys view, set(x) otherwise. */
function toSet(x: Value): number {
  if (x instanceof Ref && I32[x.a >> 2] === T_KEYS) return newSetFrom(T_SET, new Ref(viewDict(x))).a;
  return newSetFrom(T_SET, x).a;
}

function viewSub(x: Value, y: Value): Value {
  const r = toSet(x);
  setDifferenceUpdate(r, y);
  return new Ref(r);
}

function viewOr(x: Value, y: Value): Value {
  const r = toSet(x);
  setUpdate(r, y);
  return new Ref(r);
}

function viewXor(x: Value, y: Value): Value {
  const r = toSet(x);
  setSymmetricDifferenceUpdate(r, y);
  return new Ref(r);
}

/** _PyDictView_Intersect. */
function viewAnd(x: Value, y: Value): Value {
  let self = x;
  let other = y;
  if (!isSetView(self)) [self, other] = [other, self];
  const lenSelf = viewLen(self);
  if (other instanceof Ref && I32[other.a >> 2] === T_SET && lenSelf <= setLen(other.a)) {
    return callSpecial(other, 'intersection', [self]) ?? null;
  }
  if (isSetView(other) && viewLen(other) > lenSelf) [self, other] = [other, self];
  const result = newSetFrom(T_SET, undefined);
  const it = iter(other);
  for (;;) {
    const key = next(it);
    if (key === STOP) return result;
    if (viewContains(self, key)) setAdd(result.a, key);
  }
}

function allContainedIn(x: Value, y: Value): boolean {
  const it = iter(x);
  for (;;) {
    const k = next(it);
    if (k === STOP) return true;
    if (!contains(y, k)) return false;
  }
}

function viewCompare(op: Cmp) {
  return (v: Value, w: Value): Value => {
    if (!isAnySet(w) && !isSetView(w)) return notImplemented();
    const ls = viewLen(v);
    const lo = len(w);
    switch (op) {
      case Cmp.EQ: return ls === lo && allContainedIn(v, w);
      case Cmp.NE: return !(ls === lo && allContainedIn(v, w));
      case Cmp.LT: return ls < lo && allContainedIn(v, w);
      case Cmp.LE: return ls <= lo && allContainedIn(v, w);
      case Cmp.GT: return ls > lo && allContainedIn(w, v);
      default: return ls >= lo && allContainedIn(w, v);
    }
  };
}

function isdisjoint(v: Value, other: Value): Value {
  if (other instanceof Ref && other.a === a(v)) return viewLen(v) === 0;
  let self: Value = v;
  if (isAnySet(other) || isSetView(other)) {
    if (len(other) > viewLen(v)) [self, other] = [other, v];
  }
  const it = iter(other);
  for (;;) {
    const x = next(it);
    if (x === STOP) return true;
    if (contains(self, x)) return false;
  }
}

const KEYS = 0;
const VALUES = 1;
const ITEMS = 2;

function viewKind(v: Value): number {
  const t = I32[a(v) >> 2]!;
  return t === T_KEYS ? KEYS : t === T_VALUES ? VALUES : ITEMS;
}

const viewCommon = {
  __len__: { sig: '__len__($self, /)', fn: (v: Value): Value => viewLen(v) },
  __iter__: { sig: '__iter__($self, /)', fn: (v: Value): Value => makeDictIter(viewDict(v), viewKind(v), false) },
  __reversed__: {
    sig: '__reversed__($self, /)', kind: 'method' as const,
    fn: (v: Value): Value => makeDictIter(viewDict(v), viewKind(v), true),
  },
  __repr__: { sig: '__repr__($self, /)', fn: (v: Value): Value => viewRepr(v) },
};

const viewGetsets = { mapping: { get: (v: Value): Value => mappingProxy(new Ref(viewDict(v))) } };

const viewSlots = {
  repr: viewRepr,
  len: viewLen,
  iter: (v: Value): Value => makeDictIter(viewDict(v), viewKind(v), false),
};

const setViewMethods = {
  ...viewCommon,
  __contains__: { sig: '__contains__($self, key, /)', fn: (v: Value, k: Value): Value => viewContains(v, k) },
  __eq__: { sig: '__eq__($self, value, /)', fn: viewCompare(Cmp.EQ) },
  __ne__: { sig: '__ne__($self, value, /)', fn: viewCompare(Cmp.NE) },
  __lt__: { sig: '__lt__($self, value, /)', fn: viewCompare(Cmp.LT) },
  __le__: { sig: '__le__($self, value, /)', fn: viewCompare(Cmp.LE) },
  __gt__: { sig: '__gt__($self, value, /)', fn: viewCompare(Cmp.GT) },
  __ge__: { sig: '__ge__($self, value, /)', fn: viewCompare(Cmp.GE) },
  __sub__: { sig: '__sub__($self, value, /)', fn: viewSub },
  __rsub__: { sig: '__rsub__($self, value, /)', fn: (v: Value, w: Value): Value => viewSub(w, v) },
  __and__: { sig: '__and__($self, value, /)', fn: viewAnd },
  __rand__: { sig: '__rand__($self, value, /)', fn: (v: Value, w: Value): Value => viewAnd(w, v) },
  __or__: { sig: '__or__($self, value, /)', fn: viewOr },
  __ror__: { sig: '__ror__($self, value, /)', fn: (v: Value, w: Value): Value => viewOr(w, v) },
  __xor__: { sig: '__xor__($self, value, /)', fn: viewXor },
  __rxor__: { sig: '__rxor__($self, value, /)', fn: (v: Value, w: Value): Value => viewXor(w, v) },
  isdisjoint: { sig: 'isdisjoint($self, object, /)', fn: isdisjoint },
};

for (const name of ['dict_keys', 'dict_items']) {
  defineBuiltinType({
    name,
    instanceSlots: 1,
    doc: null,
    methods: setViewMethods,
    getsets: viewGetsets,
    attrs: { __hash__: () => null },
    slots: { ...viewSlots, contains: viewContains },
  });
}

defineBuiltinType({ name: 'dict_values', instanceSlots: 1, methods: viewCommon, getsets: viewGetsets, slots: viewSlots });

// ---- iterators --------------------------------------------------------------------------------------

const ITER_NAMES = [
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
  'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator',
];
// Slots: [dict (0 when exhausted), position, size when created (-1 after a size error), items left]
const I_DICT = 0;
const I_POS = 1;
const I_USED = 2;
const I_LEN = 3;

function makeDictIter(d: number, kind: number, backward: boolean): Value {
  const o = allocObj(ITER_TYPES[kind + (backward ? 3 : 0)]!, 4, 0);
  setSlot(o, I_DICT, d);
  setSlot(o, I_POS, tagInt(backward ? dictEntryCount(d) - 1 : 0));
  setSlot(o, I_USED, tagInt(dictSize(d)));
  setSlot(o, I_LEN, tagInt(dictSize(d)));
  return new Ref(o);
}

function dictIterNext(kind: number, backward: boolean) {
  return (v: Value): Value | typeof STOP => {
    const o = a(v);
    const d = getSlot(o, I_DICT);
    if (d === 0) return STOP;
    if ((getSlot(o, I_USED) >> 1) !== dictSize(d)) {
      setSlot(o, I_USED, tagInt(-1));
      raise('RuntimeError', 'dictionary changed size during iteration');
    }
    const pos = getSlot(o, I_POS) >> 1;
    const e = pos < 0 ? null : nextEntry(d, pos, backward);
    if (e === null) {
      setSlot(o, I_DICT, 0);
      return STOP;
    }
    const left = getSlot(o, I_LEN) >> 1;
    if (left === 0 && !backward) {
      setSlot(o, I_DICT, 0);
      raise('RuntimeError', 'dictionary keys changed during iteration');
    }
    setSlot(o, I_POS, tagInt(backward ? e[0] - 1 : e[0] + 1));
    setSlot(o, I_LEN, tagInt(left - 1));
    return kind === KEYS ? e[1] : kind === VALUES ? e[2] : newTuple([e[1], e[2]]);
  };
}

ITER_NAMES.forEach((name, i) => {
  const nextFn = dictIterNext(i % 3, i >= 3);
  defineBuiltinType({
    name,
    instanceSlots: 4,
    methods: {
      ...iteratorMethods(nextFn),
      __length_hint__: {
        sig: '__length_hint__($self, /)', kind: 'method',
        fn: (v: Value): Value => {
          const o = a(v);
          const d = getSlot(o, I_DICT);
          return d !== 0 && (getSlot(o, I_USED) >> 1) === dictSize(d) ? getSlot(o, I_LEN) >> 1 : 0;
        },
      },
      __reduce__: {
        sig: '__reduce__($self, /)', kind: 'method',
        fn: (v: Value): Value => {
          // A copy of the iterator, run to the end (CPython: dictiter_reduce).
          const o = a(v);
          const copy = allocObj(I32[o >> 2]!, 4, 0);
          for (let k = 0; k < 4; k++) setSlot(copy, k, getSlot(o, k));
          const rest: Value[] = [];
          for (let x = nextFn(new Ref(copy)); x !== STOP; x = nextFn(new Ref(copy))) rest.push(x);
          return newTuple([getBuiltin('iter'), newTuple([newList(rest)])]);
        },
      },
    },
    slots: { iter: (v) => v, next: nextFn },
  });
});
