// The _weakref module and weakref.ReferenceType: a weak reference holds its referent's address in
// a raw field the heap clears when the referent is collected (heap/finalize.ts), and its callback
// in a slot; callbacks run after the collection through the heap's weakref hook.
// CPython: Modules/_weakref.c, Objects/weakrefobject.c (weakref_*, get_or_create_weakref).

import { I32, registerWeakref, setWeakrefCallbackHook } from '../heap/index.js';
import { Ref, rawBase, getSlot, setSlot, encode, decode, addrHex, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { defineNative } from '../objects/native.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf, lookup, isSubtype } from '../objects/typeobject.js';
import { call, descrGet, raise, repr, typeNameOf } from '../objects/protocol.js';
import { pyHash, richCompare, Cmp, notImplemented, checkNewType, checkPositional, noKeywords, genericAlias, instanceSlotsOf } from '../objects/coll_ops.js';
import { newList } from '../objects/list.js';
import { dictGet, dictPop, dictSet } from '../objects/dict.js';
import { setWeakrefDescrHook } from '../objects/typenew.js';
import { DescrSlot } from '../objects/layouts.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { onThreadInit } from '../vm/runtime.js';
import { defineModule } from './define.js';
import {
  typeSupportsWeakrefs, tpName, withWeakrefs, weakrefsOf, reportUnraisable, applyWeakrefableMarks,
} from './weakref_table.js';

/** Slots of every weakref object (ref, proxies, subclasses); raw word 0 is the referent's address. */
export const enum WeakSlot { Callback, Hash, Count }

const fn = (f: (...a: never[]) => Value) => f as never;

/** The referent, or null when it was collected (_PyWeakref_GET_REF). */
export function referentOf(wr: number): Ref | null {
  const a = I32[rawBase(wr) >> 2]!;
  return a === 0 ? null : new Ref(a);
}

function callbackOf(wr: number): Value {
  return decode(getSlot(wr, WeakSlot.Callback)) ?? null;
}

export function isWeakref(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(I32[v.a >> 2]!, TYPE_ADDR[refType.index]!);
}

/** init_weakref + insert: a new weakref object of `type` to `obj` (registered with the heap). */
function allocWeakref(type: number, obj: Ref, callback: Value): number {
  const wr = allocObj(type, instanceSlotsOf(type), 4);
  if (callback !== null) setSlot(wr, WeakSlot.Callback, encode(callback));
  I32[rawBase(wr) >> 2] = obj.a;
  registerWeakref(wr, rawBase(wr) - wr, callback !== null);
  return wr;
}

/** The three types whose callback-less instances are shared (get_basic_refs). */
const basicTypes = (): number[] => [TYPE_ADDR[refType.index]!, proxyTypeAddr(), callableProxyTypeAddr()];
let proxyTypeAddr: () => number = () => 0;
let callableProxyTypeAddr: () => number = () => 0;
export function setProxyTypes(proxy: () => number, callable: () => number): void {
  proxyTypeAddr = proxy;
  callableProxyTypeAddr = callable;
}

/** get_or_create_weakref: a new weakref, or the existing basic ref/proxy when there is no callback. */
export function getOrCreateWeakref(type: number, ob: Value, callback: Value): Ref {
  if (!(ob instanceof Ref) || !typeSupportsWeakrefs(typeOf(ob))) {
    raise('TypeError', `cannot create weak reference to '${tpName(typeOf(ob))}' object`);
  }
  const cb = callback === null ? null : callback;
  const basic = basicTypes().includes(type);
  let made = 0;
  if (!basic) made = allocWeakref(type, ob, cb);
  const wr = withWeakrefs(ob, (current) => {
    if (basic && cb === null) {
      for (const r of current) if (I32[r >> 2] === type && getSlot(r, WeakSlot.Callback) === 0) {
        made = r;
        return 0;
      }
    }
    if (made === 0) made = allocWeakref(type, ob, cb);
    return made;
  });
  return new Ref(wr === 0 ? made : wr);
}

// ---- ReferenceType -----------------------------------------------------------------------------

function refHash(self: Ref): number | bigint {
  const cached = getSlot(self.a, WeakSlot.Hash);
  if (cached !== 0) return decode(cached) as number | bigint;
  const obj = referentOf(self.a);
  if (obj === null) raise('TypeError', 'weak object has gone away');
  const h = pyHash(obj);
  setSlot(self.a, WeakSlot.Hash, encode(h));
  return h;
}

function refRepr(self: Ref): string {
  const obj = referentOf(self.a);
  if (obj === null) return `<weakref at ${addrHex(self.a)}; dead>`;
  const t = typeOf(obj);
  const nd = lookup(t, '__name__');
  let name: Value = null;
  if (nd !== undefined) {
    try {
      name = descrGet(nd, obj, new Ref(t));
    } catch {
      name = null;
    }
  }
  const head = `<weakref at ${addrHex(self.a)}; to '${tpName(t)}' at ${addrHex(obj.a)}`;
  return typeof name === 'string' ? `${head} (${name})>` : `${head}>`;
}

/** weakref_richcompare: equal referents, or identity once either is dead. */
function refCompare(self: Value, other: Value, op: Cmp): Value {
  if (!isWeakref(self) || !isWeakref(other)) return notImplemented();
  const a = referentOf(self.a);
  const b = referentOf(other.a);
  if (a === null || b === null) {
    const same = self.a === other.a;
    return op === Cmp.EQ ? same : !same;
  }
  return richCompare(a, b, op);
}

export const refType = defineBuiltinType({
  name: 'ReferenceType',
  module: 'weakref',
  instanceSlots: WeakSlot.Count,
  flags: 1 << 1, // BaseType
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value, args: Value[]) => {
        const t = checkNewType(type, TYPE_ADDR[refType.index]!);
        checkPositional('__new__', args.length, 1, 2);
        return getOrCreateWeakref(t, args[0]!, args[1] ?? null);
      }),
    },
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: fn((_self: Value, args: Value[], kw: Map<string, Value>) => {
        noKeywords('ref', kw);
        checkPositional('__init__', args.length, 1, 2);
        return null;
      }),
    },
    __eq__: { sig: '__eq__($self, value, /)', fn: fn((a: Value, b: Value) => refCompare(a, b, Cmp.EQ)) },
    __ne__: { sig: '__ne__($self, value, /)', fn: fn((a: Value, b: Value) => refCompare(a, b, Cmp.NE)) },
    __lt__: { sig: '__lt__($self, value, /)', fn: fn(() => notImplemented()) },
    __le__: { sig: '__le__($self, value, /)', fn: fn(() => notImplemented()) },
    __gt__: { sig: '__gt__($self, value, /)', fn: fn(() => notImplemented()) },
    __ge__: { sig: '__ge__($self, value, /)', fn: fn(() => notImplemented()) },
    __class_getitem__: {
      sig: '__class_getitem__($type, item, /)', kind: 'classmethod',
      fn: fn((c: Value, item: Value) => genericAlias(c, item)),
    },
  },
  getsets: {
    __callback__: { get: fn((self: Ref) => callbackOf(self.a)) },
  },
  slots: {
    repr: (self) => refRepr(self as Ref),
    hash: (self) => refHash(self as Ref),
    call: (self, args, kwNames) => {
      if (kwNames !== null && kwNames.length > 0) raise('TypeError', 'weakref() takes no keyword arguments');
      if (args.length !== 0) raise('TypeError', `weakref expected 0 arguments, got ${args.length}`);
      return referentOf((self as Ref).a);
    },
  },
});

// ---- the __weakref__ attribute of classes that support weak references -----------------------------

const weakrefAttrGet = defineNative({
  sig: '__weakref__($self, /)',
  fn: fn((self: Value) => {
    if (!(self instanceof Ref)) return null;
    const first = weakrefsOf(self)[0];
    return first === undefined ? null : new Ref(first);
  }),
});

setWeakrefDescrHook((t: number) => {
  const d = allocObj(builtinTypeAddr('getset_descriptor'), DescrSlot.Count, 0);
  setSlot(d, DescrSlot.ObjClass, t);
  setSlot(d, DescrSlot.Name, encode('__weakref__'));
  setSlot(d, DescrSlot.Native, (weakrefAttrGet.index << 1) | 1);
  setSlot(d, DescrSlot.Extra, encode(-1));
  return new Ref(d);
});

// ---- callbacks -----------------------------------------------------------------------------------

/** handle_callback: calls callback(wr) after the referent died; errors are reported, not raised. */
function runCallback(wr: number): void {
  const cb = callbackOf(wr);
  if (cb === null) return;
  // CPython drops the callback once it ran (clear_weakref), so it runs once and __callback__ is None.
  setSlot(wr, WeakSlot.Callback, 0);
  try {
    call(cb, [new Ref(wr)]);
  } catch (e) {
    let r: string;
    try {
      r = repr(cb);
    } catch {
      r = '<object repr() failed>';
    }
    reportUnraisable(`Exception ignored while calling weakref callback ${r}`, e);
  }
}

onThreadInit(() => {
  applyWeakrefableMarks();
  setWeakrefCallbackHook(runCallback);
});

// ---- the module ------------------------------------------------------------------------------------

function getweakrefcount(obj: Value): number {
  return obj instanceof Ref && typeSupportsWeakrefs(typeOf(obj)) ? weakrefsOf(obj).length : 0;
}

function getweakrefs(obj: Value): Value {
  if (!(obj instanceof Ref) || !typeSupportsWeakrefs(typeOf(obj))) return newList([]);
  return newList(weakrefsOf(obj).map((a) => new Ref(a)));
}

/** _remove_dead_weakref(dct, key): deletes dct[key] if it is a dead weakref (atomically in CPython). */
function removeDeadWeakref(dct: Value, key: Value): Value {
  if (!(dct instanceof Ref) || typeNameOf(dct) !== 'dict' && !isSubtype(typeOf(dct), builtinTypeAddr('dict'))) {
    raise('TypeError', `_remove_dead_weakref() argument 1 must be dict, not ${typeNameOf(dct)}`);
  }
  const d = dct.a;
  const v = dictGet(d, key);
  if (v === undefined) return null;
  if (!isWeakref(v)) raise('TypeError', 'not a weakref');
  if (referentOf(v.a) === null) dictDelIfSame(d, key, v);
  return null;
}

function dictDelIfSame(d: number, key: Value, v: Ref): void {
  const cur = dictGet(d, key);
  if (cur instanceof Ref && cur.a === v.a) dictPop(d, key);
}

export const weakrefModule = defineModule({
  name: '_weakref',
  doc: 'Weak-reference support module.',
  functions: {
    getweakrefcount: { sig: 'getweakrefcount(object, /)', fn: fn(getweakrefcount) },
    getweakrefs: { sig: 'getweakrefs(object, /)', fn: fn(getweakrefs) },
    _remove_dead_weakref: { sig: '_remove_dead_weakref(dct, key, /)', fn: fn(removeDeadWeakref) },
  },
  init(dict) {
    // ref and the proxy types are added by the files that define them.
    for (const f of moduleInits) f(dict);
  },
});

const moduleInits: Array<(dict: number) => void> = [];
export function onWeakrefModuleInit(f: (dict: number) => void): void {
  moduleInits.push(f);
}

onWeakrefModuleInit((dict) => {
  dictSet(dict, 'ref', new Ref(TYPE_ADDR[refType.index]!));
  dictSet(dict, 'ReferenceType', new Ref(TYPE_ADDR[refType.index]!));
});
