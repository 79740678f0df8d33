// _thread._local (threading.local): one object on the shared heap whose attributes each thread
// sees separately. The object keeps a dict {thread serial: that thread's attribute dict}; a thread
// remembers (through weak references) the locals it touched and removes its entries when it ends,
// so its values die with it. Subclasses' __init__ runs again, with the creation arguments, the
// first time each other thread touches the object.
// CPython: Modules/_threadmodule.c (local_new, _ldict, local_getattro, local_setattro, clear_locals).

import { Ref, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { checkNewType, instanceSlotsOf } from '../objects/coll_ops.js';
import { newDict, dictGet, dictSet, dictDel, dictSize, dictItems as dictItemsOf } from '../objects/dict.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList, listItems, listLen, listAppend, listSetAll } from '../objects/list.js';
import { typeOf, typeName, typeFlags, lookup, lookupTagged } from '../objects/typeobject.js';
import { descrGet, isDataDescriptor, hasDescrGet, builtinSlot, call, callDescriptor, typeNameOf } from '../objects/protocol.js';
import { attributeError, isObjectInit } from '../objects/object.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise } from '../vm/errors.js';
import { EXTRA_ROOTS } from '../vm/roots.js';
import { getOrCreateWeakref, referentOf, refType } from './_weakref.js';
import { markWeakrefable } from './weakref_table.js';
import { threadSerial } from './_thread_state.js';

/** Instance slots: the creation arguments (tuple, dict or None) and the per-thread dicts. */
const enum LocalSlot { Args, Kw, Dicts, Count }

export const localType = defineBuiltinType({
  name: '_local',
  module: '_thread',
  instanceSlots: LocalSlot.Count,
  flags: TypeFlag.BaseType,
  doc: 'Thread-local data',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kw: Map<string, Value>): Value => localNew(type, args, kw),
    },
    __getattribute__: {
      sig: '__getattribute__($self, name, /)',
      fn: (s: Ref, name: Value) => {
        const v = localGetattr(s, attrName(name));
        if (v === undefined) attributeError(s, name as string);
        return v;
      },
    },
    __setattr__: { sig: '__setattr__($self, name, value, /)', fn: (s: Ref, n: Value, v: Value) => (localSetattr(s, attrName(n), v), null) },
    __delattr__: { sig: '__delattr__($self, name, /)', fn: (s: Ref, n: Value) => (localSetattr(s, attrName(n), undefined), null) },
  },
  slots: {
    getattr: (s, name) => localGetattr(s as Ref, name),
    setattr: (s, name, v) => localSetattr(s as Ref, name, v),
  },
});
markWeakrefable(['_local']);

function attrName(n: Value): string {
  if (typeof n !== 'string') raise('TypeError', `attribute name must be string, not '${typeNameOf(n)}'`);
  return n;
}

function hasOwnInit(t: number): boolean {
  const init = lookupTagged(t, '__init__');
  return init !== 0 && !isObjectInit(init);
}

function localNew(type: Value, args: Value[], kw: Map<string, Value>): Ref {
  const t = checkNewType(type, TYPE_ADDR[localType.index]!);
  if (!hasOwnInit(t) && (args.length > 0 || kw.size > 0)) raise('TypeError', 'Initialization arguments are not supported');
  const a = allocObj(t, Math.max(instanceSlotsOf(t), LocalSlot.Count), 0);
  setSlot(a, LocalSlot.Args, encode(newTuple(args)));
  const kd = newDict();
  for (const [k, v] of kw) dictSet(kd, k, v);
  setSlot(a, LocalSlot.Kw, kd);
  setSlot(a, LocalSlot.Dicts, newDict());
  const self = new Ref(a);
  // The creating thread's dict exists at once; type() calls __init__ for this thread itself.
  createLocalsDict(self);
  return self;
}

/** The locals this thread touched: a heap list of weak references, rooted while the thread runs. */
let touched: Ref | null = null;

function createLocalsDict(self: Ref): number {
  const d = newDict();
  dictSet(getSlot(self.a, LocalSlot.Dicts), threadSerial(), new Ref(d));
  if (touched === null) {
    touched = newList([]);
    EXTRA_ROOTS.add(touched);
  }
  const n = listLen(touched.a);
  // A long-lived thread (the main one) makes many locals: forget the dead ones as the list doubles.
  if (n >= 64 && (n & (n - 1)) === 0) listSetAll(touched.a, listItems(touched.a).filter((wr) => referentOf((wr as Ref).a) !== null));
  listAppend(touched.a, getOrCreateWeakref(TYPE_ADDR[refType.index]!, self, null));
  return d;
}

/** _ldict: this thread's dict, made (and the subclass __init__ run) on first use. */
function ldict(self: Ref): number {
  const dicts = getSlot(self.a, LocalSlot.Dicts);
  const have = dictGet(dicts, threadSerial());
  if (have !== undefined) return (have as Ref).a;
  const d = createLocalsDict(self);
  const t = typeOf(self);
  if (hasOwnInit(t)) {
    try {
      const kw = getSlot(self.a, LocalSlot.Kw);
      const items = dictSize(kw) > 0 ? [...dictItemsOf(kw)] : [];
      const init = descrGet(lookup(t, '__init__')!, self, new Ref(t));
      const args = tupleItems((decode(getSlot(self.a, LocalSlot.Args)) as Ref).a);
      call(init, args, items.length ? items.map(([k]) => k as string) : null, items.length ? items.map(([, v]) => v) : null);
    } catch (e) {
      // A failed __init__ leaves no dict: the next access tries again.
      dictDel(dicts, threadSerial());
      throw e;
    }
  }
  return d;
}

/** local_getattro: __dict__ is this thread's dict; otherwise the generic lookup with that dict. */
function localGetattr(self: Ref, name: string): Value | undefined {
  const d = ldict(self);
  if (name === '__dict__') return new Ref(d);
  const t = typeOf(self);
  const descr = lookup(t, name);
  if (descr !== undefined && isDataDescriptor(descr)) return descrGet(descr, self, new Ref(t));
  const v = dictGet(d, name);
  if (v !== undefined) return v;
  if (descr !== undefined) return hasDescrGet(descr) ? descrGet(descr, self, new Ref(t)) : descr;
  return undefined;
}

/** local_setattro: _PyObject_GenericSetAttrWithDict with this thread's dict (value undefined deletes). */
function localSetattr(self: Ref, name: string, value: Value | undefined): void {
  const d = ldict(self);
  const t = typeOf(self);
  if (name === '__dict__') raise('AttributeError', `'${tpName(t)}' object attribute '__dict__' is read-only`);
  const descr = lookup(t, name);
  if (descr !== undefined) {
    const dt = typeOf(descr);
    const slot = builtinSlot(dt, 'descrSet');
    if (slot !== undefined) {
      slot(descr, self, value);
      return;
    }
    if (typeFlags(dt) & TypeFlag.Heap) {
      const m = lookup(dt, value === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        callDescriptor(m, descr, dt, value === undefined ? [self] : [self, value]);
        return;
      }
    }
  }
  if (value !== undefined) {
    dictSet(d, name, value);
  } else if (!dictDel(d, name)) {
    raise('AttributeError', `'${tpName(t)}' object has no attribute '${name}'`);
  }
}

function tpName(t: number): string {
  return typeFlags(t) & TypeFlag.Heap ? typeName(t) : `_thread.${typeName(t)}`;
}

/** The thread is ending (clear_locals): its dicts leave every local it touched that still lives. */
export function clearThreadLocals(): void {
  if (touched === null) return;
  const key = threadSerial();
  for (const wr of listItems(touched.a)) {
    const local = referentOf((wr as Ref).a);
    if (local !== null) dictDel(getSlot(local.a, LocalSlot.Dicts), key);
  }
  listSetAll(touched.a, []);
  EXTRA_ROOTS.delete(touched);
  touched = null;
}
