// Creating the builtin types in a new heap (main thread), and finding them from a worker that
// attaches to an existing heap. Type objects, their names and dicts, and the singletons (None,
// True, False, NotImplemented, Ellipsis) are permanent objects. Their addresses are published
// in one global root slot holding a tuple, in registry order.

import { I32, allocPermanent, addGlobalRootSlot } from '../heap/index.js';
import { TypeSlot, TypeFlag, BoolSlot, DescrSlot } from './layouts.js';
import { BUILTIN_TYPES, TYPE_ADDR, builtinTypeDef, inheritBuiltinSlots } from './registry.js';
import {
  setCoreAddresses, setSlot, getSlot, tagInt, encode, nslots, type Value,
} from './value.js';
import { newDict, setDictTypes, dictSet, dictGet, dictAddAbsent, dictSize } from './dict.js';
import { permanentStr, adoptPermanentStr } from './str.js';
import { finishBuiltinTypes, setTupleType } from './typeobject.js';
import { setProtocolTypes } from './protocol.js';
import { setPermanentMode } from './alloc.js';

export interface Singletons {
  none: number;
  true: number;
  false: number;
  notImplemented: number;
  ellipsis: number;
}
export const SINGLETONS: Singletons = { none: 0, true: 0, false: 0, notImplemented: 0, ellipsis: 0 };

/** Listeners that need the type addresses (object files register them at load time). */
const readyHooks: Array<() => void> = [];
export function onTypesReady(f: () => void): void {
  readyHooks.push(f);
}

function setAddresses(): void {
  inheritBuiltinSlots();
  const a = (name: string): number => TYPE_ADDR[builtinTypeDef(name).index]!;
  setCoreAddresses({
    object: a('object'), type: a('type'), int: a('int'), bool: a('bool'), float: a('float'), str: a('str'),
    none: a('NoneType'), noneObj: SINGLETONS.none, trueObj: SINGLETONS.true, falseObj: SINGLETONS.false,
  });
  setDictTypes(a('dict'), a('dict_table'));
  setTupleType(a('tuple'));
  setProtocolTypes({
    function: a('function'), methodDescr: a('method_descriptor'), staticmethod: a('staticmethod'),
    classmethod: a('classmethod'), notImplemented: SINGLETONS.notImplemented,
  });
  for (const f of readyHooks) f();
}

/** Builds every builtin type in a fresh heap. Returns the global root slot address. */
export function bootstrapHeap(): number {
  setPermanentMode(true);
  try {
    return buildTypes();
  } finally {
    setPermanentMode(false);
  }
}

function buildTypes(): number {
  const T = BUILTIN_TYPES;
  for (const def of T) TYPE_ADDR[def.index] = allocPermanent(0, TypeSlot.Count, 0);
  const typeType = TYPE_ADDR[builtinTypeDef('type').index]!;
  for (const def of T) I32[TYPE_ADDR[def.index]! >> 2] = typeType;
  const addr = (name: string): number => TYPE_ADDR[builtinTypeDef(name).index]!;
  // Singletons (their slots are tagged ints, so no other object is needed yet).
  SINGLETONS.none = allocPermanent(addr('NoneType'), 0, 0);
  SINGLETONS.true = allocPermanent(addr('bool'), BoolSlot.Count, 0);
  SINGLETONS.false = allocPermanent(addr('bool'), BoolSlot.Count, 0);
  setSlot(SINGLETONS.true, BoolSlot.Value, tagInt(1));
  setSlot(SINGLETONS.false, BoolSlot.Value, tagInt(0));
  SINGLETONS.notImplemented = allocPermanent(addr('NotImplementedType'), 0, 0);
  SINGLETONS.ellipsis = allocPermanent(addr('ellipsis'), 0, 0);
  setAddresses();

  // Names, bases, dicts.
  for (const def of T) {
    const t = TYPE_ADDR[def.index]!;
    setSlot(t, TypeSlot.Name, permanentStr(def.name));
    setSlot(t, TypeSlot.Qualname, permanentStr(def.name));
    const bases = def.bases.map(addr);
    setSlot(t, TypeSlot.Bases, permanentTuple(bases));
    setSlot(t, TypeSlot.Base, bases[0] ?? SINGLETONS.none);
    setSlot(t, TypeSlot.Dict, newPermanentDict(def.methods.length + def.getsets.length + def.attrs.length));
    setSlot(t, TypeSlot.Flags, tagInt(def.flags | TypeFlag.Immutable));
    setSlot(t, TypeSlot.Builtin, tagInt(def.index));
    setSlot(t, TypeSlot.InstanceSlots, tagInt(def.instanceSlots));
    setSlot(t, TypeSlot.DictSlot, tagInt(def.dictSlot));
    setSlot(t, TypeSlot.WeakrefSlot, tagInt(-1));
    setSlot(t, TypeSlot.Version, tagInt(def.index + 1));
    setSlot(t, TypeSlot.Module, permanentStr(def.module ?? 'builtins'));
  }
  finishBuiltinTypes(T.map((def) => TYPE_ADDR[def.index]!));

  // Dicts: descriptors for methods and getsets, constant attributes.
  const md = addr('method_descriptor');
  const cmd = addr('classmethod_descriptor');
  const sm = addr('builtin_function_or_method');
  const wd = addr('wrapper_descriptor');
  const gd = addr('getset_descriptor');
  for (const def of T) {
    const t = TYPE_ADDR[def.index]!;
    const dict = getSlot(t, TypeSlot.Dict);
    // Each name once into a fresh dict, and only this thread exists: no lookup or lock is needed.
    const seen = new Set<string>();
    const fresh = dictSize(dict) === 0;
    const put = (name: string, v: Value): void => {
      if (!fresh || seen.has(name)) dictSet(dict, name, v);
      else dictAddAbsent(dict, name, v);
      seen.add(name);
    };
    for (const m of def.methods) {
      const dtype = m.kind === 'classmethod' ? cmd : m.kind === 'staticmethod' ? sm : m.kind === 'slot' ? wd : md;
      const d = allocPermanent(dtype, DescrSlot.Count, 0);
      setSlot(d, DescrSlot.ObjClass, t);
      setSlot(d, DescrSlot.Name, permanentStr(m.name));
      setSlot(d, DescrSlot.Native, tagInt(m.native.index));
      setSlot(d, DescrSlot.Extra, m.kind === 'staticmethod' ? SINGLETONS.none : 0);
      put(m.name, refTo(d));
    }
    for (const g of def.getsets) {
      const d = allocPermanent(gd, DescrSlot.Count, 0);
      setSlot(d, DescrSlot.ObjClass, t);
      setSlot(d, DescrSlot.Name, permanentStr(g.name));
      setSlot(d, DescrSlot.Native, tagInt(g.get.index));
      setSlot(d, DescrSlot.Extra, g.set === null ? tagInt(g.member ? -2 : -1) : tagInt(g.set.index));
      put(g.name, refTo(d));
    }
    for (const at of def.attrs) put(at.name, at.value());
    // Every static type's dict has __doc__ (None without a doc), so instances do not find object's;
    // a __doc__ getset for the instances (function) stays, and type.__doc__ reads the type's own doc
    // (CPython: type_dict_set_doc, type_get_doc).
    if (def.doc !== null && def.doc !== undefined && !seen.has('__doc__')) put('__doc__', def.doc);
    else if (!seen.has('__doc__') && dictGet(dict, '__doc__') === undefined) put('__doc__', null);
  }

  // Publish: one root slot with a tuple [types..., singletons...].
  const all = [...T.map((d) => TYPE_ADDR[d.index]!), SINGLETONS.none, SINGLETONS.true, SINGLETONS.false,
    SINGLETONS.notImplemented, SINGLETONS.ellipsis];
  const root = addGlobalRootSlot();
  I32[root >> 2] = permanentTuple(all);
  return root;
}

/** In a worker: finds the builtin types of an existing heap through its root slot. */
export function attachBootstrap(root: number): void {
  const tuple = I32[root >> 2]!;
  const n = BUILTIN_TYPES.length;
  if (nslots(tuple) !== n + 5) throw new Error('heap was built by a different ftpy (builtin types differ)');
  for (let i = 0; i < n; i++) TYPE_ADDR[i] = getSlot(tuple, i);
  SINGLETONS.none = getSlot(tuple, n);
  SINGLETONS.true = getSlot(tuple, n + 1);
  SINGLETONS.false = getSlot(tuple, n + 2);
  SINGLETONS.notImplemented = getSlot(tuple, n + 3);
  SINGLETONS.ellipsis = getSlot(tuple, n + 4);
  setAddresses();
  for (let i = 0; i < n; i++) adoptPermanentStr(getSlot(TYPE_ADDR[i]!, TypeSlot.Name));
}

function permanentTuple(items: number[]): number {
  const t = allocPermanent(TYPE_ADDR[builtinTypeDef('tuple').index]!, items.length, 0);
  for (let i = 0; i < items.length; i++) setSlot(t, i, items[i]!);
  return t;
}

/** A builtin type's dict (permanent, like everything made during the bootstrap), sized for its members. */
function newPermanentDict(members: number): number {
  return newDict(Math.max(16, members + 1));
}

function refTo(a: number): Value {
  return { a } as unknown as Value;
}

export { encode };
