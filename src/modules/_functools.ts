// The _functools module: reduce, partial (with 3.14's Placeholder), cmp_to_key's KeyWrapper and the
// lru_cache wrapper, whose cache is a heap dict guarded by a lock word so threads share it safely.
// CPython: Modules/_functoolsmodule.c.

import { I32 } from '../heap/index.js';
import { Ref, STOP, getSlot, setSlot, encode, decode, type Value } from '../objects/value.js';
import { MISSING } from '../objects/native.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf, typeQualname, typeModule, isSubtype } from '../objects/typeobject.js';
import { call, raise, repr, str, iter, next } from '../objects/protocol.js';
import { richCompare, Cmp, checkNewType, instanceSlotsOf, genericAlias, reprEnter, reprLeave } from '../objects/coll_ops.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newDict, dictGet, dictSet, dictItems, dictSetDefault } from '../objects/dict.js';
import { newMethod } from '../objects/method.js';
import { dictSlotGetset } from '../objects/object.js';
import { isCallableValue } from '../vm/callable.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { interpreterState } from '../vm/runtime.js';
import { defineModule } from './define.js';
import { markWeakrefable } from './weakref_table.js';
import { lruWrapperType, setLruHelpers } from './_functools_lru.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const MISSING_INITIAL = MISSING as unknown;
const T = (d: { index: number }): number => TYPE_ADDR[d.index]!;

/** An interpreter-wide singleton object kept in the interpreter state dict (Placeholder, kwd_mark). */
function singleton(key: string, make: () => Ref): Ref {
  const st = interpreterState();
  const v = dictGet(st, key);
  return (v === undefined ? dictSetDefault(st, key, make()) : v) as Ref;
}

// ---- reduce ---------------------------------------------------------------------------------------------

function reduce(func: Value, seq: Value, initial: Value): Value {
  let it: Value;
  try {
    it = iter(seq);
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'TypeError')) raise('TypeError', 'reduce() arg 2 must support iteration');
    throw e;
  }
  let acc: Value | undefined = (initial as unknown) === MISSING_INITIAL ? undefined : initial;
  for (let x = next(it); x !== STOP; x = next(it)) acc = acc === undefined ? x : call(func, [acc, x]);
  if (acc === undefined) raise('TypeError', 'reduce() of empty iterable with no initial value');
  return acc;
}

// ---- Placeholder ------------------------------------------------------------------------------------------

const placeholderType = defineBuiltinType({
  name: '_PlaceholderType', module: 'functools',
  doc: 'The type of the Placeholder singleton.\n\nUsed as a placeholder for partial arguments.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((_t: Value, args: Value[], kw: Map<string, Value>) => {
        if (args.length || kw.size) raise('TypeError', 'PlaceholderType takes no arguments');
        return placeholder();
      }),
    },
    __reduce__: { sig: '__reduce__($self, /)', fn: fn(() => 'Placeholder') },
  },
  slots: { repr: () => 'Placeholder' },
});
const placeholder = (): Ref => singleton('_functools.Placeholder', () => new Ref(allocObj(T(placeholderType), 0, 0)));
const isPlaceholder = (v: Value): boolean => v instanceof Ref && v.a === placeholder().a;

// ---- partial -----------------------------------------------------------------------------------------------

const enum PSlot { Fn, Args, Kw, PhCount, Dict, Count }

function pget(p: Value, s: PSlot): Value {
  return decode(getSlot((p as Ref).a, s)) ?? null;
}

function partialNew(type: Value, args: Value[], kw: Map<string, Value>): Value {
  const t = checkNewType(type, T(partialType));
  if (args.length < 1) raise('TypeError', "type 'partial' takes at least one argument");
  let func: Value = args[0]!;
  if (!isCallableValue(func)) raise('TypeError', 'the first argument must be callable');
  const newArgs = args.slice(1);
  if (newArgs.length && isPlaceholder(newArgs[newArgs.length - 1]!)) raise('TypeError', 'trailing Placeholders are not allowed');
  for (const v of kw.values()) if (isPlaceholder(v)) raise('TypeError', 'Placeholder cannot be passed as a keyword argument');
  // A partial of a partial (without instance attributes) merges into one.
  let ptoArgs: Value[] | null = null;
  let ptoKw: Array<[Value, Value]> = [];
  let ptoPh = 0;
  if (func instanceof Ref && isPartial(func) && getSlot(func.a, PSlot.Dict) === 0) {
    ptoArgs = tupleItems((pget(func, PSlot.Args) as Ref).a);
    ptoKw = dictItems((pget(func, PSlot.Kw) as Ref).a);
    ptoPh = pget(func, PSlot.PhCount) as number;
    func = pget(func, PSlot.Fn);
  }
  const phcount = newArgs.filter((a) => isPlaceholder(a)).length;
  let all: Value[];
  if (ptoArgs !== null && ptoPh > 0 && newArgs.length > 0) {
    all = [];
    let j = 0;
    for (const item of ptoArgs) {
      if (j < newArgs.length && isPlaceholder(item)) {
        all.push(newArgs[j++]!);
        ptoPh--;
      } else {
        all.push(item);
      }
    }
    while (j < newArgs.length) all.push(newArgs[j++]!);
  } else {
    all = ptoArgs === null ? newArgs : [...ptoArgs, ...newArgs];
  }
  const d = newDict();
  for (const [k, v] of ptoKw) dictSet(d, k, v);
  for (const [k, v] of kw) dictSet(d, k, v);
  const p = allocObj(t, instanceSlotsOf(t), 0);
  setSlot(p, PSlot.Fn, encode(func));
  setSlot(p, PSlot.Args, encode(newTuple(all)));
  setSlot(p, PSlot.Kw, d);
  setSlot(p, PSlot.PhCount, encode(ptoPh + phcount));
  return new Ref(p);
}

function isPartial(v: Ref): boolean {
  const t = I32[v.a >> 2]!;
  return t === T(partialType) || isSubtype(t, T(partialType));
}

function partialCall(self: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const ph = pget(self, PSlot.PhCount) as number;
  if (args.length < ph) {
    raise('TypeError', `missing positional arguments in 'partial' call; expected at least ${ph}, got ${args.length}`);
  }
  const stored = tupleItems((pget(self, PSlot.Args) as Ref).a);
  let callArgs: Value[];
  if (ph > 0) {
    callArgs = [];
    let j = 0;
    for (const a of stored) callArgs.push(isPlaceholder(a) ? args[j++]! : a);
    for (; j < args.length; j++) callArgs.push(args[j]!);
  } else {
    callArgs = stored.length ? [...stored, ...args] : args;
  }
  const kw = dictItems((pget(self, PSlot.Kw) as Ref).a);
  if (kw.length === 0) return call(pget(self, PSlot.Fn), callArgs, kwNames, kwValues);
  const merged = new Map<string, Value>(kw.map(([k, v]) => [k as string, v]));
  kwNames?.forEach((k, i) => merged.set(k, kwValues![i]!));
  return call(pget(self, PSlot.Fn), callArgs, [...merged.keys()], [...merged.values()]);
}

function partialRepr(self: Value): string {
  const a = (self as Ref).a;
  if (reprEnter(a)) return '...';
  try {
    let list = '';
    for (const x of tupleItems((pget(self, PSlot.Args) as Ref).a)) list += `, ${repr(x)}`;
    for (const [k, v] of dictItems((pget(self, PSlot.Kw) as Ref).a)) list += `, ${str(k)}=${repr(v)}`;
    const t = typeOf(self);
    return `${typeModule(t) ?? 'builtins'}.${typeQualname(t)}(${repr(pget(self, PSlot.Fn))}${list})`;
  } finally {
    reprLeave(a);
  }
}

const dictGetset = dictSlotGetset(PSlot.Dict);

const partialType = defineBuiltinType({
  name: 'partial', module: 'functools', instanceSlots: PSlot.Count, dictSlot: PSlot.Dict, flags: 1 << 1,
  doc: 'Create a new function with partial application of the given arguments\nand keywords.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: fn(partialNew) },
    __class_getitem__: { sig: '__class_getitem__($type, item, /)', kind: 'classmethod', fn: fn((c: Value, i: Value) => genericAlias(c, i)) },
  },
  getsets: {
    func: { get: fn((s: Value) => pget(s, PSlot.Fn)), doc: 'function object to use in future partial calls' },
    args: { get: fn((s: Value) => pget(s, PSlot.Args)), doc: 'tuple of arguments to future partial calls' },
    keywords: { get: fn((s: Value) => pget(s, PSlot.Kw)), doc: 'dictionary of keyword arguments to future partial calls' },
    __dict__: dictGetset,
  },
  slots: {
    call: partialCall,
    repr: partialRepr,
    descrGet: (self, obj) => (obj === null ? self : newMethod(self, obj)),
  },
});

// ---- cmp_to_key --------------------------------------------------------------------------------------------

const enum KSlot { Cmp, Obj, Count }

function newKey(cmp: Value, obj: Value | undefined): Ref {
  const k = allocObj(T(keyType), KSlot.Count, 0);
  setSlot(k, KSlot.Cmp, encode(cmp));
  if (obj !== undefined) setSlot(k, KSlot.Obj, encode(obj));
  return new Ref(k);
}

function keyCompare(a: Value, b: Value, op: Cmp): Value {
  if (!(b instanceof Ref) || I32[b.a >> 2] !== T(keyType)) raise('TypeError', 'other argument must be K instance');
  const x = decode(getSlot((a as Ref).a, KSlot.Obj));
  const y = decode(getSlot(b.a, KSlot.Obj));
  if (x === undefined || y === undefined) raise('AttributeError', 'object');
  const res = call(decode(getSlot((a as Ref).a, KSlot.Cmp))!, [x, y]);
  return richCompare(res, 0, op);
}

const keyType = defineBuiltinType({
  name: 'KeyWrapper', module: 'functools', instanceSlots: KSlot.Count,
  methods: Object.fromEntries(([['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE],
    ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]] as const).map(([n, op]) => [n, {
    sig: `${n}($self, value, /)`, fn: fn((a: Value, b: Value) => keyCompare(a, b, op)),
  }])),
  getsets: {
    obj: {
      get: fn((s: Ref) => {
        const v = decode(getSlot(s.a, KSlot.Obj));
        if (v === undefined) raise('AttributeError', 'obj');
        return v;
      }),
      set: fn((s: Ref, v: Value | undefined) => (setSlot(s.a, KSlot.Obj, v === undefined ? 0 : encode(v)), null)),
      doc: 'Value wrapped by a key function.',
    },
  },
  attrs: { __hash__: () => null },
  slots: {
    call: (self, args, kwNames, kwValues) => {
      let obj: Value | undefined = args[0];
      if (kwNames?.length === 1 && kwNames[0] === 'obj' && args.length === 0) obj = kwValues![0];
      else if (kwNames?.length) raise('TypeError', `K() got an unexpected keyword argument '${kwNames[0]}'`);
      if (obj === undefined || args.length > 1) {
        raise('TypeError', args.length > 1 ? `K() takes at most 1 argument (${args.length} given)` : "K() missing required argument 'obj' (pos 1)");
      }
      return newKey(decode(getSlot((self as Ref).a, KSlot.Cmp))!, obj);
    },
  },
});

setLruHelpers({ singleton });
markWeakrefable(['partial', '_lru_cache_wrapper']);

export const functoolsModule = defineModule({
  name: '_functools',
  doc: 'Tools that operate on functions.',
  functions: {
    reduce: { sig: 'reduce($module, function, iterable, /, initial=<unrepresentable>)', fn: fn(reduce) },
    cmp_to_key: { sig: 'cmp_to_key($module, /, mycmp)', fn: fn((cmp: Value) => newKey(cmp, undefined)) },
  },
  init(dict) {
    dictSet(dict, 'partial', new Ref(T(partialType)));
    dictSet(dict, '_PlaceholderType', new Ref(T(placeholderType)));
    dictSet(dict, 'Placeholder', placeholder());
    dictSet(dict, 'KeyWrapper', new Ref(T(keyType)));
    dictSet(dict, '_lru_cache_wrapper', new Ref(T(lruWrapperType)));
  },
});
