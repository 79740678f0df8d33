// Iterator types: enumerate, zip (strict), map (strict), filter, reversed, the callable iterator of
// iter(f, sentinel), the sequence iterator of classes with only __getitem__, and the list/tuple
// iterators. Each keeps its state in heap slots, so iterators can be shared between threads.
// CPython: Objects/enumobject.c, Objects/iterobject.c, Objects/listobject.c (listiterobject),
// Objects/tupleobject.c (tupleiterobject), Python/bltinmodule.c (zip, map, filter).

import { unexpectedKeyword } from './native.js';
import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeFlag } from './layouts.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr, type TypeDecl } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { lookup, typeOf } from './typeobject.js';
import {
  raise, iter, next, call, truthy, getitem, len, typeNameOf, callDescriptor, setSeqIterHook, setFastSequenceHook,
} from './protocol.js';
import {
  asIndex, asSsizeStrict, setstateIndexValue, checkNewType, checkPositional, noKeywords, instanceSlotsOf, richCompareBool, Cmp,
  exceptionMatches, getBuiltin, normInt, notImplemented, genericAlias,
} from './coll_ops.js';
import { newTuple, tupleLen, tupleGet, tupleItems, T_TUPLE } from './tuple.js';
import { newList, listLen, listGet, listItems, T_LIST } from './list.js';
import { iteratorMethods } from './coll_ops.js';

let T_ENUMERATE = 0;
let T_ZIP = 0;
let T_MAP = 0;
let T_FILTER = 0;
let T_REVERSED = 0;
let T_CALLITER = 0;
let T_SEQITER = 0;
let T_LISTITER = 0;
let T_LISTREVITER = 0;
let T_TUPLEITER = 0;
let T_BOOL_TYPE = 0;
onTypesReady(() => {
  T_ENUMERATE = builtinTypeAddr('enumerate');
  T_ZIP = builtinTypeAddr('zip');
  T_MAP = builtinTypeAddr('map');
  T_FILTER = builtinTypeAddr('filter');
  T_REVERSED = builtinTypeAddr('reversed');
  T_CALLITER = builtinTypeAddr('callable_iterator');
  T_SEQITER = builtinTypeAddr('iterator');
  T_LISTITER = builtinTypeAddr('list_iterator');
  T_LISTREVITER = builtinTypeAddr('list_reverseiterator');
  T_TUPLEITER = builtinTypeAddr('tuple_iterator');
  T_BOOL_TYPE = builtinTypeAddr('bool');
});

// Fast paths the protocol uses: items of exact lists and tuples, the iterator of __getitem__ classes.
setFastSequenceHook((v) => {
  if (!(v instanceof Ref)) return null;
  const t = I32[v.a >> 2]!;
  if (t === T_LIST) return listItems(v.a);
  if (t === T_TUPLE) return tupleItems(v.a);
  return null;
});
setSeqIterHook((v) => makeSeqIter(v));

// Slot layouts: state in slots (tagged ints or references), 0 = exhausted where noted.
const enum S { A, B, C }

function a(v: Value): number {
  return (v as Ref).a;
}

function slotValue(o: number, i: number): Value {
  return decode(getSlot(o, i))!;
}

function newObj(type: number, builtinType: number, nslots: number): number {
  return allocObj(type, type === builtinType ? nslots : instanceSlotsOf(type), 0);
}

function typeRef(v: Value): Value {
  return new Ref(I32[a(v) >> 2]!);
}

/** Declares an iterator type: __iter__ returns self, __next__ raises StopIteration at the end. */
function iteratorType(name: string, nslots: number, nextFn: (v: Value) => Value | typeof STOP,
  extra: Omit<TypeDecl, 'name'> = {}): void {
  defineBuiltinType({
    ...extra,
    name,
    instanceSlots: nslots,
    methods: {
      ...iteratorMethods(nextFn),
      ...extra.methods,
    },
    slots: { iter: (v) => v, next: nextFn, ...extra.slots },
  });
}

function method(sig: string, fn: (...args: never[]) => Value): { sig: string; fn: (...args: never[]) => Value; kind: 'method' } {
  return { sig, fn, kind: 'method' };
}

/** Index state stored as a tagged int (list/tuple positions always fit). */
function idx(o: number): number {
  return getSlot(o, S.B) >> 1;
}

function setIdx(o: number, i: number): void {
  setSlot(o, S.B, tagInt(i));
}

function setstateIndex(state: Value): number {
  const i = setstateIndexValue(state);
  return typeof i === 'number' ? i : asSsizeStrict(i);
}

// ---- list and tuple iterators ------------------------------------------------------------------------

export function makeListIter(list: number): Value {
  const o = allocObj(T_LISTITER, 2, 0);
  setSlot(o, S.A, list);
  setIdx(o, 0);
  return new Ref(o);
}

export function makeListRevIter(list: number): Value {
  const o = allocObj(T_LISTREVITER, 2, 0);
  setSlot(o, S.A, list);
  setIdx(o, listLen(list) - 1);
  return new Ref(o);
}

export function makeTupleIter(tuple: number): Value {
  const o = allocObj(T_TUPLEITER, 2, 0);
  setSlot(o, S.A, tuple);
  setIdx(o, 0);
  return new Ref(o);
}

export function listIterNext(v: Value): Value | typeof STOP {
  const o = a(v);
  const seq = getSlot(o, S.A);
  if (seq === 0) return STOP;
  const i = idx(o);
  const x = listGet(seq, i);
  if (x === undefined) {
    setSlot(o, S.A, 0);
    return STOP;
  }
  setIdx(o, i + 1);
  return x;
}

function listRevIterNext(v: Value): Value | typeof STOP {
  const o = a(v);
  const seq = getSlot(o, S.A);
  if (seq === 0) return STOP;
  const i = idx(o);
  const x = i >= 0 ? listGet(seq, i) : undefined;
  if (x === undefined) {
    setIdx(o, -1);
    setSlot(o, S.A, 0);
    return STOP;
  }
  setIdx(o, i - 1);
  return x;
}

export function tupleIterNext(v: Value): Value | typeof STOP {
  const o = a(v);
  const seq = getSlot(o, S.A);
  if (seq === 0) return STOP;
  const i = idx(o);
  if (i >= tupleLen(seq)) {
    setSlot(o, S.A, 0);
    return STOP;
  }
  setIdx(o, i + 1);
  return tupleGet(seq, i);
}

/** (iter, (seq,), index), or (iter, ([],)) once exhausted. */
function reduceIndexed(fn: Value, v: Value, emptyTuple: boolean): Value {
  const o = a(v);
  const seq = getSlot(o, S.A);
  if (seq === 0) return newTuple([fn, newTuple([emptyTuple ? newTuple([]) : newList([])])]);
  return newTuple([fn, newTuple([new Ref(seq)]), idx(o)]);
}

iteratorType('list_iterator', 2, listIterNext, {
  methods: {
    __length_hint__: method('__length_hint__($self, /)', (v: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      return seq === 0 ? 0 : Math.max(0, listLen(seq) - idx(o));
    }),
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => reduceIndexed(getBuiltin('iter'), v, false)),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      let i = setstateIndex(state);
      if (seq !== 0) {
        if (i < 0) i = 0;
        else if (i > listLen(seq)) i = listLen(seq);
        setIdx(o, i);
      }
      return null;
    }),
  },
});

iteratorType('list_reverseiterator', 2, listRevIterNext, {
  methods: {
    __length_hint__: method('__length_hint__($self, /)', (v: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      const i = idx(o);
      return seq !== 0 && i >= 0 && i < listLen(seq) ? i + 1 : 0;
    }),
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => reduceIndexed(getBuiltin('reversed'), v, false)),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      let i = setstateIndex(state);
      if (seq !== 0) {
        if (i < -1) i = -1;
        else if (i > listLen(seq) - 1) i = listLen(seq) - 1;
        setIdx(o, i);
      }
      return null;
    }),
  },
});

iteratorType('tuple_iterator', 2, tupleIterNext, {
  methods: {
    __length_hint__: method('__length_hint__($self, /)', (v: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      return seq === 0 ? 0 : Math.max(0, tupleLen(seq) - idx(o));
    }),
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => reduceIndexed(getBuiltin('iter'), v, true)),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      const o = a(v);
      const seq = getSlot(o, S.A);
      let i = setstateIndex(state);
      if (seq !== 0) {
        if (i < 0) i = 0;
        else if (i > tupleLen(seq)) i = tupleLen(seq);
        setIdx(o, i);
      }
      return null;
    }),
  },
});

// ---- sequence iterator (iter() of an object with only __getitem__) ------------------------------------

export function makeSeqIter(seq: Value): Value {
  const o = allocObj(T_SEQITER, 2, 0);
  setSlot(o, S.A, encode(seq));
  setSlot(o, S.B, tagInt(0));
  return new Ref(o);
}

/** getitem that reports IndexError/StopIteration as "no item" (the end of a sequence). */
function itemOrEnd(seq: Value, i: Value): Value | typeof STOP {
  try {
    return getitem(seq, i);
  } catch (e) {
    if (exceptionMatches(e, 'IndexError') || exceptionMatches(e, 'StopIteration')) return STOP;
    throw e;
  }
}

iteratorType('iterator', 2, (v) => {
  const o = a(v);
  const t = getSlot(o, S.A);
  if (t === 0) return STOP;
  const i = slotValue(o, S.B) as number;
  const x = itemOrEnd(decode(t)!, i);
  if (x === STOP) {
    setSlot(o, S.A, 0);
    return STOP;
  }
  setSlot(o, S.B, encode(i + 1));
  return x;
}, {
  methods: {
    __length_hint__: method('__length_hint__($self, /)', (v: Value): Value => {
      const o = a(v);
      const t = getSlot(o, S.A);
      if (t === 0) return 0;
      const seq = decode(t)!;
      if (lookup(typeOf(seq), '__len__') === undefined) return notImplemented();
      return Math.max(0, len(seq) - (slotValue(o, S.B) as number));
    }),
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => {
      const o = a(v);
      const fn = getBuiltin('iter');
      if (getSlot(o, S.A) === 0) return newTuple([fn, newTuple([newTuple([])])]);
      return newTuple([fn, newTuple([slotValue(o, S.A)]), slotValue(o, S.B)]);
    }),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      const o = a(v);
      const i = setstateIndex(state);
      if (getSlot(o, S.A) !== 0) setSlot(o, S.B, encode(i < 0 ? 0 : i));
      return null;
    }),
  },
});

// ---- callable iterator: iter(callable, sentinel) -------------------------------------------------------

export function makeCallableIter(callable: Value, sentinel: Value): Value {
  const o = allocObj(T_CALLITER, 2, 0);
  setSlot(o, S.A, encode(callable));
  setSlot(o, S.B, encode(sentinel));
  return new Ref(o);
}

iteratorType('callable_iterator', 2, (v) => {
  const o = a(v);
  const f = getSlot(o, S.A);
  if (f === 0) return STOP;
  let r: Value;
  try {
    r = call(decode(f)!, []);
  } catch (e) {
    if (!exceptionMatches(e, 'StopIteration')) throw e;
    setSlot(o, S.A, 0);
    setSlot(o, S.B, 0);
    return STOP;
  }
  // CPython compares sentinel == result (sentinel on the left).
  if (richCompareBool(slotValue(o, S.B), r, Cmp.EQ)) {
    setSlot(o, S.A, 0);
    setSlot(o, S.B, 0);
    return STOP;
  }
  return r;
}, {
  methods: {
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => {
      const o = a(v);
      const fn = getBuiltin('iter');
      if (getSlot(o, S.A) === 0) return newTuple([fn, newTuple([newTuple([])])]);
      return newTuple([fn, newTuple([slotValue(o, S.A), slotValue(o, S.B)])]);
    }),
  },
});

// ---- enumerate -------------------------------------------------------------------------------------

function invalidKeyword(k: string): never {
  raise('TypeError', `'${k}' is an invalid keyword argument for enumerate()`);
}

/** enumerate's own argument parsing (enum_vectorcall), for its exact messages. */
function enumerateNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_ENUMERATE);
  const kw = [...kwargs.entries()];
  const n = args.length + kw.length;
  let iterable: Value;
  let start: Value | undefined;
  if (n === 1) {
    if (kw.length === 1 && kw[0]![0] !== 'iterable') invalidKeyword(kw[0]![0]);
    iterable = kw.length === 1 ? kw[0]![1] : args[0]!;
  } else if (n === 2) {
    if (kw.length === 1) {
      if (kw[0]![0] !== 'start') invalidKeyword(kw[0]![0]);
      iterable = args[0]!;
      start = kw[0]![1];
    } else if (kw.length === 2) {
      if (kw[0]![0] === 'start') {
        if (kw[1]![0] !== 'iterable') invalidKeyword(kw[1]![0]);
        iterable = kw[1]![1];
        start = kw[0]![1];
      } else {
        if (kw[0]![0] !== 'iterable') invalidKeyword(kw[0]![0]);
        if (kw[1]![0] !== 'start') invalidKeyword(kw[1]![0]);
        iterable = kw[0]![1];
        start = kw[1]![1];
      }
    } else {
      iterable = args[0]!;
      start = args[1]!;
    }
  } else if (n === 0) {
    raise('TypeError', "enumerate() missing required argument 'iterable'");
  } else {
    raise('TypeError', `enumerate() takes at most 2 arguments (${n} given)`);
  }
  const it = iter(iterable);
  const index = start === undefined ? 0 : asIndex(start);
  const o = newObj(t, T_ENUMERATE, 2);
  setSlot(o, S.A, encode(it));
  setSlot(o, S.B, encode(index));
  return new Ref(o);
}

iteratorType('enumerate', 2, (v) => {
  const o = a(v);
  const x = next(slotValue(o, S.A));
  if (x === STOP) return STOP;
  const i = slotValue(o, S.B) as number | bigint;
  setSlot(o, S.B, encode(typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : normInt(BigInt(i) + 1n)));
  return newTuple([i, x]);
}, {
  flags: TypeFlag.BaseType,
  doc: 'Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs '
    + 'containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\n'
    + 'enumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: enumerateNew },
    __reduce__: method('__reduce__($self, /)', (v: Value): Value =>
      newTuple([typeRef(v), newTuple([slotValue(a(v), S.A), slotValue(a(v), S.B)])])),
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
});

// ---- zip and map --------------------------------------------------------------------------------------

/** "zip() argument 2 is shorter than argument 1" / "... than arguments 1-2" (strict mode). */
function strictMismatch(fname: string, i: number, longer: boolean): never {
  const plural = i === 1 ? ' ' : 's 1-';
  raise('ValueError', `${fname}() argument ${i + 1} is ${longer ? 'longer' : 'shorter'} than argument${plural}${i}`);
}

function onlyStrict(fname: string, kwargs: Map<string, Value>): boolean {
  let strict = false;
  // PyArg_ParseTupleAndKeywords(empty, kwds, "|$p:zip", ...)
  if (kwargs.size > 1) raise('TypeError', `${fname}() takes at most 1 keyword argument (${kwargs.size} given)`);
  for (const [k, v] of kwargs) {
    if (k !== 'strict') unexpectedKeyword(fname, ['strict'], k);
    strict = truthy(v);
  }
  return strict;
}

/** Next items of all iterators, or STOP; in strict mode, checks that all end together. */
function nextAll(fname: string, iters: number, strict: boolean): Value[] | typeof STOP {
  const n = tupleLen(iters);
  if (n === 0) return STOP;
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = next(tupleGet(iters, i));
    if (x === STOP) {
      if (strict) {
        if (i > 0) strictMismatch(fname, i, false);
        for (let j = 1; j < n; j++) {
          if (next(tupleGet(iters, j)) !== STOP) strictMismatch(fname, j, true);
        }
      }
      return STOP;
    }
    out[i] = x;
  }
  return out;
}

function zipNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_ZIP);
  const strict = onlyStrict('zip', kwargs);
  const iters = newTuple(args.map((x) => iter(x)));
  const o = newObj(t, T_ZIP, 2);
  setSlot(o, S.A, iters.a);
  setSlot(o, S.B, tagInt(strict ? 1 : 0));
  return new Ref(o);
}

iteratorType('zip', 2, (v) => {
  const o = a(v);
  const items = nextAll('zip', getSlot(o, S.A), getSlot(o, S.B) === tagInt(1));
  return items === STOP ? STOP : newTuple(items);
}, {
  flags: TypeFlag.BaseType,
  doc: 'The zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to '
    + 'zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\n'
    + 'shortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\n'
    + 'raise a ValueError.\n\n   >>> list(zip(\'abcdefg\', range(3), range(4)))\n   [(\'a\', 0, 0), (\'b\', 1, 1), (\'c\', 2, 2)]',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: zipNew },
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => {
      const o = a(v);
      const parts: Value[] = [typeRef(v), new Ref(getSlot(o, S.A))];
      if (getSlot(o, S.B) === tagInt(1)) parts.push(true);
      return newTuple(parts);
    }),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      setSlot(a(v), S.B, tagInt(truthy(state) ? 1 : 0));
      return null;
    }),
  },
});

function mapNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_MAP);
  const strict = onlyStrict('map', kwargs);
  if (args.length < 2) raise('TypeError', 'map() must have at least two arguments.');
  const iters = newTuple(args.slice(1).map((x) => iter(x)));
  const o = newObj(t, T_MAP, 3);
  setSlot(o, S.A, encode(args[0]!));
  setSlot(o, S.B, iters.a);
  setSlot(o, S.C, tagInt(strict ? 1 : 0));
  return new Ref(o);
}

iteratorType('map', 3, (v) => {
  const o = a(v);
  const items = nextAll('map', getSlot(o, S.B), getSlot(o, S.C) === tagInt(1));
  return items === STOP ? STOP : call(slotValue(o, S.A), items);
}, {
  flags: TypeFlag.BaseType,
  doc: 'Make an iterator that computes the function using arguments from\neach of the iterables.  Stops when the '
    + 'shortest iterable is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\n'
    + 'raise a ValueError.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: mapNew },
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => {
      const o = a(v);
      const parts: Value[] = [typeRef(v), newTuple([slotValue(o, S.A), ...tupleItems(getSlot(o, S.B))])];
      if (getSlot(o, S.C) === tagInt(1)) parts.push(true);
      return newTuple(parts);
    }),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      setSlot(a(v), S.C, tagInt(truthy(state) ? 1 : 0));
      return null;
    }),
  },
});

// ---- filter ------------------------------------------------------------------------------------------

function filterNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_FILTER);
  if (t === T_FILTER) noKeywords('filter', kwargs);
  checkPositional('filter', args.length, 2, 2);
  const it = iter(args[1]!);
  const o = newObj(t, T_FILTER, 2);
  setSlot(o, S.A, encode(args[0]!));
  setSlot(o, S.B, encode(it));
  return new Ref(o);
}

iteratorType('filter', 2, (v) => {
  const o = a(v);
  const f = slotValue(o, S.A);
  const it = slotValue(o, S.B);
  const plain = f === null || (f instanceof Ref && f.a === T_BOOL_TYPE);
  for (;;) {
    const x = next(it);
    if (x === STOP) return STOP;
    if (plain ? truthy(x) : truthy(call(f, [x]))) return x;
  }
}, {
  flags: TypeFlag.BaseType,
  doc: 'Return an iterator yielding those items of iterable for which function(item)\nis true. If function is None, '
    + 'return the items that are true.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: filterNew },
    __reduce__: method('__reduce__($self, /)', (v: Value): Value =>
      newTuple([typeRef(v), newTuple([slotValue(a(v), S.A), slotValue(a(v), S.B)])])),
  },
});

// ---- reversed ----------------------------------------------------------------------------------------

/** PySequence_Check: has __getitem__ (as sq_item) and is not a dict. */
function isSequence(v: Value): boolean {
  if (typeof v === 'string') return true;
  const t = typeOf(v);
  if (isDictType(t)) return false;
  const m = lookup(t, '__getitem__');
  return m !== undefined && m !== null;
}

let isDictType: (t: number) => boolean = () => false;
/** dict_type.ts tells reversed() which types are dicts (they have __getitem__ but are not sequences). */
export function setDictTypeCheck(f: (t: number) => boolean): void {
  isDictType = f;
}

function reversedNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_REVERSED);
  if (t === T_REVERSED) noKeywords('reversed', kwargs);
  checkPositional('reversed', args.length, 1, 1);
  const seq = args[0]!;
  const st = typeOf(seq);
  const m = lookup(st, '__reversed__');
  if (m === null) raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  if (m !== undefined) return callDescriptor(m, seq, st, []);
  if (!isSequence(seq)) raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  const n = len(seq);
  const o = newObj(t, T_REVERSED, 2);
  setSlot(o, S.A, encode(seq));
  setSlot(o, S.B, encode(n - 1));
  return new Ref(o);
}

iteratorType('reversed', 2, (v) => {
  const o = a(v);
  const t = getSlot(o, S.A);
  if (t === 0) return STOP;
  const i = slotValue(o, S.B) as number;
  if (i >= 0) {
    const x = itemOrEnd(decode(t)!, i);
    if (x !== STOP) {
      setSlot(o, S.B, encode(i - 1));
      return x;
    }
  }
  setSlot(o, S.B, encode(-1));
  setSlot(o, S.A, 0);
  return STOP;
}, {
  flags: TypeFlag.BaseType,
  doc: 'Return a reverse iterator over the values of the given sequence.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: reversedNew },
    __length_hint__: method('__length_hint__($self, /)', (v: Value): Value => {
      const o = a(v);
      const t = getSlot(o, S.A);
      if (t === 0) return 0;
      const size = len(decode(t)!);
      const pos = (slotValue(o, S.B) as number) + 1;
      return size < pos ? 0 : pos;
    }),
    __reduce__: method('__reduce__($self, /)', (v: Value): Value => {
      const o = a(v);
      if (getSlot(o, S.A) === 0) return newTuple([typeRef(v), newTuple([newTuple([])])]);
      return newTuple([typeRef(v), newTuple([slotValue(o, S.A)]), slotValue(o, S.B)]);
    }),
    __setstate__: method('__setstate__($self, object, /)', (v: Value, state: Value): Value => {
      const o = a(v);
      const t = getSlot(o, S.A);
      let i = setstateIndex(state);
      if (t !== 0) {
        const n = len(decode(t)!);
        if (i < -1) i = -1;
        else if (i > n - 1) i = n - 1;
        setSlot(o, S.B, encode(i));
      }
      return null;
    }),
  },
});
