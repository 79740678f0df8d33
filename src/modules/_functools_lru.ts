// functools._lru_cache_wrapper: memoises a function in a heap dict (insertion order = recency, so
// the least recently used key is the dict's first one). A lock word in the wrapper's raw bytes makes
// lookups, statistics and evictions atomic; the wrapped function itself runs without the lock.
// CPython: Modules/_functoolsmodule.c (lru_cache_new, lru_cache_make_key, bounded_lru_cache_wrapper).

import { lock, unlock } from '../heap/index.js';
import { Ref, getSlot, setSlot, encode, decode, rawBase, type Value, T_INT, T_STR } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf } from '../objects/typeobject.js';
import { call, raise } from '../objects/protocol.js';
import { checkNewType, instanceSlotsOf, asSsize } from '../objects/coll_ops.js';
import { newTuple } from '../objects/tuple.js';
import {
  newDict, dictGet, dictSet, dictDel, dictSize, dictClear, dictEntryCount, dictEntryKey,
} from '../objects/dict.js';
import { newMethod } from '../objects/method.js';
import { dictSlotGetset } from '../objects/object.js';
import { getattr } from '../vm/attr.js';
import { isCallableValue } from '../vm/callable.js';

const fn = (f: (...a: never[]) => Value) => f as never;

const enum LSlot { Func, Cache, InfoType, Maxsize, Typed, Hits, Misses, Dict, Count }
/** Raw word 0: the lock. */
const LOCK = 0;

let helpers: { singleton: (key: string, make: () => Ref) => Ref } = { singleton: () => { throw new Error('unset'); } };
export function setLruHelpers(h: typeof helpers): void {
  helpers = h;
}
const kwdMark = (): Ref => helpers.singleton('_functools.kwd_mark', () => new Ref(allocObj(TYPE_ADDR[kwdMarkType.index]!, 0, 0)));
const kwdMarkType = defineBuiltinType({ name: '_lru_kwd_mark', module: 'functools', internal: true });

const slot = (w: Value, s: LSlot): Value => decode(getSlot((w as Ref).a, s)) ?? null;

function lruNew(type: Value, args: Value[], kw: Map<string, Value>): Value {
  const t = checkNewType(type, TYPE_ADDR[lruWrapperType.index]!);
  const names = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
  const vals = [...args];
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) raise('TypeError', `lru_cache() got an unexpected keyword argument '${k}'`);
    vals[i] = v;
  }
  if (vals.length > 4) raise('TypeError', `lru_cache() takes at most 4 arguments (${vals.length} given)`);
  for (let i = 0; i < 4; i++) {
    if (vals[i] === undefined) raise('TypeError', `lru_cache() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const [func, maxsizeV, typed, infoType] = vals as [Value, Value, Value, Value];
  if (!isCallableValue(func)) raise('TypeError', 'the first argument must be callable');
  let maxsize: Value;
  if (maxsizeV === null) maxsize = null;
  else if (typeof maxsizeV === 'number' || typeof maxsizeV === 'bigint' || typeof maxsizeV === 'boolean') {
    const n = asSsize(maxsizeV, 'OverflowError');
    maxsize = n < 0 ? 0 : n;
  } else raise('TypeError', 'maxsize should be integer or None');
  const w = allocObj(t, instanceSlotsOf(t), 8);
  setSlot(w, LSlot.Func, encode(func));
  setSlot(w, LSlot.Cache, newDict());
  setSlot(w, LSlot.InfoType, encode(infoType));
  setSlot(w, LSlot.Maxsize, encode(maxsize));
  setSlot(w, LSlot.Typed, encode(typed !== false && typed !== 0 && typed !== null));
  setSlot(w, LSlot.Hits, encode(0));
  setSlot(w, LSlot.Misses, encode(0));
  return new Ref(w);
}

/** lru_cache_make_key: the args tuple, a lone int/str argument itself, or args + kwd_mark + keywords (+ types). */
function makeKey(args: Value[], kwNames: string[] | null, kwValues: Value[] | null, typed: boolean): Value {
  const nkw = kwNames?.length ?? 0;
  if (!typed && nkw === 0) {
    if (args.length === 1) {
      const t = typeOf(args[0]!);
      if ((t === T_INT && typeof args[0] !== 'boolean') || t === T_STR) return args[0]!;
    }
    return newTuple(args);
  }
  const items = [...args];
  if (nkw > 0) {
    items.push(kwdMark());
    kwNames!.forEach((k, i) => items.push(k, kwValues![i]!));
  }
  if (typed) {
    for (const a of args) items.push(new Ref(typeOf(a)));
    if (nkw > 0) for (const v of kwValues!) items.push(new Ref(typeOf(v)));
  }
  return newTuple(items);
}

function bump(w: number, s: LSlot): void {
  setSlot(w, s, encode((decode(getSlot(w, s)) as number) + 1));
}

function withLock<R>(w: number, f: () => R): R {
  const off = rawBase(w) - w + LOCK;
  lock(w, off);
  try {
    return f();
  } finally {
    unlock(w, off);
  }
}

/** The first (least recently used) key of a dict. */
function oldestKey(d: number): Value | undefined {
  for (let e = 0, n = dictEntryCount(d); e < n; e++) {
    const k = dictEntryKey(d, e);
    if (k !== 0) return decode(k);
  }
  return undefined;
}

function lruCall(self: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const w = (self as Ref).a;
  const func = slot(self, LSlot.Func);
  const maxsize = slot(self, LSlot.Maxsize);
  if (maxsize === 0) {
    withLock(w, () => bump(w, LSlot.Misses));
    return call(func, args, kwNames, kwValues);
  }
  const key = makeKey(args, kwNames, kwValues, slot(self, LSlot.Typed) === true);
  const cache = getSlot(w, LSlot.Cache);
  const hit = withLock(w, () => {
    const v = dictGet(cache, key);
    if (v === undefined) {
      bump(w, LSlot.Misses);
      return undefined;
    }
    bump(w, LSlot.Hits);
    if (maxsize !== null) {
      // Most recently used moves to the end.
      dictDel(cache, key);
      dictSet(cache, key, v);
    }
    return v;
  });
  if (hit !== undefined) return hit;
  const result = call(func, args, kwNames, kwValues);
  withLock(w, () => {
    // Another call (recursive, or another thread) may have stored the key meanwhile.
    if (dictGet(cache, key) !== undefined) return;
    if (maxsize !== null && dictSize(cache) >= (maxsize as number)) {
      const old = oldestKey(cache);
      if (old !== undefined) dictDel(cache, old);
    }
    dictSet(cache, key, result);
  });
  return result;
}

function cacheInfo(self: Value): Value {
  const w = (self as Ref).a;
  const [hits, misses, size] = withLock(w, () => [slot(self, LSlot.Hits), slot(self, LSlot.Misses), dictSize(getSlot(w, LSlot.Cache))]);
  return call(slot(self, LSlot.InfoType), [hits, misses, slot(self, LSlot.Maxsize), size]);
}

function cacheClear(self: Value): Value {
  const w = (self as Ref).a;
  withLock(w, () => {
    dictClear(getSlot(w, LSlot.Cache));
    setSlot(w, LSlot.Hits, encode(0));
    setSlot(w, LSlot.Misses, encode(0));
  });
  return null;
}

export const lruWrapperType = defineBuiltinType({
  name: '_lru_cache_wrapper', module: 'functools', instanceSlots: LSlot.Count, dictSlot: LSlot.Dict, flags: 1 << 1,
  doc: 'Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: fn(lruNew) },
    cache_info: { sig: 'cache_info($self, /)', fn: fn(cacheInfo) },
    cache_clear: { sig: 'cache_clear($self, /)', fn: fn(cacheClear) },
    __reduce__: { sig: '__reduce__($self, /)', fn: fn((s: Value) => getattr(s, '__qualname__')) },
    __copy__: { sig: '__copy__($self, /)', fn: fn((s: Value) => s) },
    __deepcopy__: { sig: '__deepcopy__($self, memo, /)', fn: fn((s: Value) => s) },
  },
  getsets: {
    __dict__: dictSlotGetset(LSlot.Dict),
  },
  slots: {
    call: lruCall,
    descrGet: (self, obj) => (obj === null ? self : newMethod(self, obj)),
  },
});
