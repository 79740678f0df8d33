// type.__new__(meta, name, bases, namespace, **kwds): creating a class. Chooses the solid base
// (instance layout), lays out __dict__ and __slots__, copies the namespace, computes the MRO,
// then calls __set_name__ on the attributes and __init_subclass__ on the parent.
// CPython: Objects/typeobject.c type_new and its helpers.

import { I32 } from '../heap/index.js';
import { TypeSlot, TypeFlag } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, type Value, T_TYPE, T_OBJECT } from './value.js';
import {
  typeOf, typeFlags, typeName, lookup, isSubtype, newHeapType, finishType, tupleItemsTagged,
} from './typeobject.js';
import { raise, call, descrGet, typeNameOf, callDescriptor, toArray } from './protocol.js';
import { dictGet, dictSet, dictDel, dictItems, isDict, newDict } from './dict.js';
import { strToHeap } from './str.js';
import { newTuple, tupleItems, isTuple } from './tuple.js';
import { updateSpecialFlags } from './type.js';
import { newMemberDescriptor } from './descriptors.js';
import { TYPE_ADDR, BUILTIN_TYPES } from './registry.js';
import { mangle } from '../compiler/symtable.js';

function instanceSlots(t: number): number {
  return getSlot(t, TypeSlot.InstanceSlots) >> 1;
}

function dictSlotOf(t: number): number {
  return getSlot(t, TypeSlot.DictSlot) >> 1;
}

/** The base whose instance layout the new class extends (best_base / solid_base). */
function solidBase(t: number): number {
  // A type adds layout when it has more instance slots than its base (ignoring __dict__).
  const base = decode(getSlot(t, TypeSlot.Base));
  if (!(base instanceof Ref)) return t;
  const sb = solidBase(base.a);
  const extra = instanceSlots(t) - instanceSlots(sb) - (dictSlotOf(t) >= 0 && dictSlotOf(sb) < 0 ? 1 : 0);
  return extra > 0 || !(typeFlags(t) & TypeFlag.Heap) && instanceSlots(t) !== instanceSlots(sb) ? t : sb;
}

function weakrefSlotOf(t: number): number {
  return getSlot(t, TypeSlot.WeakrefSlot) >> 1;
}

/** Variable-size builtin bases (tp_itemsize != 0): their subclasses cannot add a weakref list. */
function hasItemSize(t: number): boolean {
  const solid = BUILTIN_TYPES[getSlot(t, TypeSlot.Builtin) >> 1];
  return solid !== undefined && (solid.name === 'int' || solid.name === 'tuple' || solid.name === 'bytes' || solid.name === 'bool');
}

function bestBase(bases: number[]): number {
  let winner = 0;
  let base = 0;
  for (const b of bases) {
    if (!(typeFlags(b) & TypeFlag.BaseType)) raise('TypeError', `type '${typeName(b)}' is not an acceptable base type`);
    const cand = solidBase(b);
    if (winner === 0) {
      winner = cand;
      base = b;
    } else if (isSubtype(winner, cand)) {
      // keep
    } else if (isSubtype(cand, winner)) {
      winner = cand;
      base = b;
    } else {
      raise('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return base;
}

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: number, bases: number[]): number {
  return calculateMetaclassOfTypes(meta, bases.map((b) => I32[b >> 2]!));
}

export function calculateMetaclassOfTypes(meta: number, baseTypes: number[]): number {
  let winner = meta;
  for (const bt of baseTypes) {
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

export function typeNew(meta: Ref, name: Value, basesV: Value, nsV: Value, kw: Map<string, Value>): Value {
  if (typeof name !== 'string') raise('TypeError', `type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (!isTuple(basesV)) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeNameOf(basesV)}`);
  if (!isDict(nsV)) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(nsV)}`);
  const baseItems = tupleItems(basesV.a);
  // The metaclass may be more derived than the one given (computed before the bases are checked).
  const winner = calculateMetaclassOfTypes(meta.a, baseItems.map((b) => typeOf(b)));
  let bases = baseItems.map((b) => {
    if (!(b instanceof Ref) || !isSubtype(I32[b.a >> 2]!, T_TYPE)) raise('TypeError', `bases must be types`);
    return b.a;
  });
  if (winner !== meta.a) {
    const wnew = lookup(winner, '__new__');
    const tnew = lookup(T_TYPE, '__new__');
    if (wnew !== tnew) {
      const kwNames = [...kw.keys()];
      return call(descrGet(wnew!, null, new Ref(winner)), [new Ref(winner), name, basesV, nsV],
        kwNames.length ? kwNames : null, kwNames.length ? [...kw.values()] : null);
    }
  }
  const metaT = winner;
  if (bases.length === 0) bases = [T_OBJECT];
  // check_duplicates (mro_implementation): a base listed twice has no consistent MRO.
  bases.forEach((b, i) => {
    if (bases.indexOf(b) !== i) raise('TypeError', `duplicate base class ${typeName(b)}`);
  });
  const base = bestBase(bases);
  const ns = nsV.a;

  // __slots__ (and whether instances get a weakref list: type_new_slots' may_add_weak/add_weak)
  const slotsV = dictGet(ns, '__slots__');
  const baseWeak = weakrefSlotOf(base) >= 0;
  const mayAddWeak = !baseWeak && !hasItemSize(base);
  let addWeak = slotsV === undefined && mayAddWeak;
  let slotNames: string[] = [];
  // Classes keep their namespace in the type object itself (type's tp_dictoffset), so a
  // metaclass never adds an instance __dict__ of its own.
  const isMeta = isSubtype(base, T_TYPE);
  let addDict = dictSlotOf(base) < 0 && !isMeta;
  if (slotsV !== undefined) {
    const items = typeof slotsV === 'string' ? [slotsV] : toArray(slotsV);
    let seenDict = false;
    for (const s of items) {
      if (typeof s !== 'string') raise('TypeError', `__slots__ items must be strings, not '${typeNameOf(s)}'`);
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(s)) raise('TypeError', '__slots__ must be identifiers');
      if (s === '__dict__') {
        if (!addDict || dictSlotOf(base) >= 0 || isMeta || seenDict) raise('TypeError', '__dict__ slot disallowed: we already got one');
        seenDict = true;
        continue;
      }
      if (s === '__weakref__') {
        if (!mayAddWeak || addWeak) raise('TypeError', '__weakref__ slot disallowed: we already got one');
        addWeak = true;
        continue;
      }
      const m = mangle(name, s);
      if (slotNames.includes(m)) raise('TypeError', `__slots__ items must be unique`);
      if (dictGet(ns, m) !== undefined) raise('ValueError', `'${s}' in __slots__ conflicts with class variable`);
      slotNames.push(m);
    }
    addDict = items.includes('__dict__') && dictSlotOf(base) < 0 && !isMeta;
    // No __dict__ unless asked for (or inherited).
    if (!items.includes('__dict__')) addDict = false;
  }
  // type_new_slots_impl: variable-size instances (tp_itemsize != 0) cannot carry member slots.
  if (slotNames.length > 0 && hasItemSize(base)) {
    raise('TypeError', `nonempty __slots__ not supported for subtype of '${typeName(base)}'`);
  }
  if (mayAddWeak && !addWeak && bases.some((b) => b !== base && weakrefSlotOf(b) >= 0)) addWeak = true;
  const baseSlots = instanceSlots(base);
  let nslots = baseSlots;
  let dictSlot = dictSlotOf(base);
  if (addDict) dictSlot = nslots++;
  const firstMember = nslots;
  nslots += slotNames.length;

  const qualnameV = dictGet(ns, '__qualname__');
  if (qualnameV !== undefined && typeof qualnameV !== 'string') {
    raise('TypeError', `type __qualname__ must be a str, not ${typeNameOf(qualnameV)}`);
  }
  const flags = TypeFlag.Heap | TypeFlag.BaseType | (typeFlags(base) & (TypeFlag.IsException | TypeFlag.Sequence | TypeFlag.Mapping));
  const t = newHeapType({
    name, qualname: typeof qualnameV === 'string' ? qualnameV : name, bases,
    flags, builtin: getSlot(base, TypeSlot.Builtin) >> 1, instanceSlots: nslots, dictSlot,
  }, metaT);
  setSlot(t, TypeSlot.Base, base);
  // Weak references are kept outside the instance (modules/weakref_table.ts): 0 only says "supported".
  if (baseWeak || addWeak) setSlot(t, TypeSlot.WeakrefSlot, tagInt(0));

  // Copy the namespace.
  const dict = getSlot(t, TypeSlot.Dict);
  for (const [k, v] of dictItems(ns)) {
    if (k === '__qualname__' || k === '__classcell__' || k === '__classdictcell__') continue;
    // The compiler-made annotation function of a class body lives on as __annotate_func__
    // (CPython's codegen stores it under that name; type.__annotate__ reads it).
    if (k === '__annotate__' && v instanceof Ref && I32[v.a >> 2] === functionTypeAddr()) {
      dictSet(dict, '__annotate_func__', v);
      continue;
    }
    dictSet(dict, k, v);
  }
  if (dictGet(dict, '__module__') === undefined) {
    // Taken from the caller's globals by __build_class__; default when created by type().
    const mod = moduleHook();
    if (mod !== null) dictSet(dict, '__module__', mod);
  }
  // __new__, __init_subclass__, __class_getitem__ are implicitly static/class methods.
  for (const [n, wrap] of [['__new__', 'staticmethod'], ['__init_subclass__', 'classmethod'], ['__class_getitem__', 'classmethod']] as const) {
    const f = dictGet(dict, n);
    if (f instanceof Ref && I32[f.a >> 2] === functionTypeAddr()) dictSet(dict, n, call(new Ref(builtinAddr(wrap)), [f]));
  }
  slotNames.forEach((s, i) => dictSet(dict, s, newMemberDescriptor(t, s, firstMember + i)));
  if (slotsV !== undefined) setSlot(t, TypeSlot.SlotNames, encode(newTuple(slotNames)));
  if (addDict && dictGet(dict, '__dict__') === undefined) {
    // Instances expose __dict__ through a getset inherited from object's machinery.
    dictSet(dict, '__dict__', instanceDictDescrHook(t));
  }
  if (addWeak && dictGet(dict, '__weakref__') === undefined) {
    const d = weakrefDescrHook(t);
    if (d !== null) dictSet(dict, '__weakref__', d);
  }
  if (dictGet(dict, '__doc__') === undefined) dictSet(dict, '__doc__', null);
  // A class that defines __eq__ but not __hash__ inherits no hash: its instances are unhashable
  // (typeobject.c inherit_slots / overrides_hash, then type_ready_set_hash).
  if (dictGet(dict, '__eq__') !== undefined && dictGet(dict, '__hash__') === undefined) dictSet(dict, '__hash__', null);
  if (lookup(t, '__del__') !== undefined) setSlot(t, TypeSlot.Flags, tagInt(typeFlags(t) | TypeFlag.HasFinalizer));
  finishType(t, false);
  updateSpecialFlags(t);

  // __classcell__: the class's own cell for zero-argument super().
  const cell = dictGet(ns, '__classcell__');
  if (cell !== undefined) classCellHook(cell, new Ref(t));

  // __set_name__ on the attributes, then the parent's __init_subclass__.
  const cls = new Ref(t);
  for (const [k, v] of dictItems(dict)) {
    const vt = typeOf(v);
    const sn = lookup(vt, '__set_name__');
    if (sn !== undefined) {
      try {
        callDescriptor(sn, v, vt, [cls, k]);
      } catch (e) {
        addNoteHook(e, `Error calling __set_name__ on '${typeNameOf(v)}' instance ${reprHook(k)} in '${name}'`);
        throw e;
      }
    }
  }
  const parent = superInitSubclass(t);
  if (parent !== undefined) {
    const kwNames = [...kw.keys()];
    call(parent, [], kwNames.length ? kwNames : null, kwNames.length ? [...kw.values()] : null);
  } else if (kw.size) {
    raise('TypeError', `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return cls;
}

/** super(cls, cls).__init_subclass__ bound to the new class. */
function superInitSubclass(t: number): Value | undefined {
  const mro = tupleItemsTagged(getSlot(t, TypeSlot.Mro));
  for (let i = 1; i < mro.length; i++) {
    const v = dictGet(getSlot(mro[i]!, TypeSlot.Dict), '__init_subclass__');
    if (v !== undefined) return descrGet(v, null, new Ref(t));
  }
  return undefined;
}

function builtinAddr(name: string): number {
  return TYPE_ADDR[BUILTIN_TYPES.findIndex((d) => d.name === name)]!;
}

let functionAddr = 0;
function functionTypeAddr(): number {
  if (functionAddr === 0) functionAddr = builtinAddr('function');
  return functionAddr;
}

let moduleHook: () => Value = () => null;
let classCellHook: (cell: Value, cls: Value) => void = () => undefined;
let instanceDictDescrHook: (t: number) => Value = () => null;
let weakrefDescrHook: (t: number) => Value | null = () => null;
/** The _weakref module supplies the __weakref__ getset of classes whose instances get weakref support. */
export function setWeakrefDescrHook(f: (t: number) => Value): void {
  weakrefDescrHook = f;
}
let addNoteHook: (e: unknown, note: string) => void = () => undefined;
let reprHook: (v: Value) => string = (v) => String(v);
export function setTypeNewHooks(h: { module: typeof moduleHook; classCell: typeof classCellHook;
  instanceDictDescr: typeof instanceDictDescrHook; addNote: typeof addNoteHook; repr: typeof reprHook }): void {
  moduleHook = h.module;
  classCellHook = h.classCell;
  instanceDictDescrHook = h.instanceDictDescr;
  addNoteHook = h.addNote;
  reprHook = h.repr;
}

export { newDict, dictDel, strToHeap };
