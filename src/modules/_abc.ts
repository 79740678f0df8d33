// The _abc module: the C half of abc.ABCMeta. Each ABC keeps an _abc_data object with its registry
// and its positive/negative subclass caches, held as sets of weak references so that registered
// or cached classes can die; a global cache token invalidates negative caches on every register().
// CPython: Modules/_abc.c.

import { I32, addWord, loadWord, casWord } from '../heap/index.js';
import { Ref, STOP, getSlot, setSlot, slotIndex, encode, decode, rawBase, type Value } from '../objects/value.js';
import { TypeFlag, TypeSlot } from '../objects/layouts.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf, typeFlags, setTypeFlags, isSubtype } from '../objects/typeobject.js';
import { call, callSpecial, raise, toArray, truthy, iter, next } from '../objects/protocol.js';
import { isNotImplemented, isTypeObject } from '../objects/coll_ops.js';
import { isTuple, tupleItems, newTuple } from '../objects/tuple.js';
import { isList, listItems } from '../objects/list.js';
import { dictGet, dictSet, dictSetDefault, dictDel, dictItems, dictSize, dictClear, newDict } from '../objects/dict.js';
import { newSetFrom, setAdd, T_SET, T_FROZENSET } from '../objects/set.js';
import { getattr, getattrOrUndefined, setattr } from '../vm/attr.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { interpreterState } from '../vm/runtime.js';
import { isSubclass } from './builtins.js';
import { defineModule } from './define.js';
import { getOrCreateWeakref, refType, referentOf, isWeakref } from './_weakref.js';

const fn = (f: (...a: never[]) => Value) => f as never;

// ---- the invalidation counter (one per interpreter, in a heap word every thread sees) ----------------

const TOKEN_KEY = '_abc.invalidation_counter';
const counterType = defineBuiltinType({ name: '_abc_counter', module: '_abc', internal: true });

function counterWord(): number {
  const st = interpreterState();
  let c = dictGet(st, TOKEN_KEY);
  if (c === undefined) c = dictSetDefault(st, TOKEN_KEY, new Ref(allocObj(TYPE_ADDR[counterType.index]!, 0, 8)));
  return rawBase((c as Ref).a);
}
const invalidationCounter = (): number => loadWord(counterWord());

// ---- _abc_data -----------------------------------------------------------------------------------

const enum AbcSlot { Registry, Cache, NegativeCache, NegativeVersion, Count }

const abcDataType = defineBuiltinType({
  name: '_abc_data',
  module: '_abc',
  instanceSlots: AbcSlot.Count,
  doc: 'Internal state held by ABC machinery.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn(() => newAbcData()),
    },
  },
});

function newAbcData(): Ref {
  const d = allocObj(TYPE_ADDR[abcDataType.index]!, AbcSlot.Count, 0);
  setSlot(d, AbcSlot.NegativeVersion, encode(invalidationCounter()));
  return new Ref(d);
}

/** _get_impl: self._abc_impl, which must be an _abc_data. */
function implOf(self: Value): number {
  const impl = getattr(self, '_abc_impl');
  if (!(impl instanceof Ref) || I32[impl.a >> 2] !== TYPE_ADDR[abcDataType.index]) {
    raise('TypeError', '_abc_impl is set to a wrong type');
  }
  return impl.a;
}

/**
 * The registry and caches: dicts from a class's address to a weak reference to it. Keying by
 * address makes lookups cheap (no weakref made per check); an entry counts only while its weakref
 * still points at that address, since a dead class's address can be reused.
 */
function weakSet(impl: number, slot: AbcSlot, create: boolean): number {
  const s = getSlot(impl, slot);
  if (s !== 0 || !create) return s;
  // Two threads may make the first entry at once: the first dict stored wins (CAS on the slot).
  const made = newDict();
  const old = casWord(slotIndex(impl, slot) * 4, 0, made);
  return old === 0 ? made : old;
}

/** The live classes of a weak set, as their weak references. */
function weakSetRefs(s: number): Ref[] {
  const out: Ref[] = [];
  for (const [k, w] of dictItems(s)) if (isWeakref(w) && referentOf(w.a)?.a === k) out.push(w);
  return out;
}

/** _in_weak_set. */
function inWeakSet(impl: number, slot: AbcSlot, obj: Value): boolean {
  const s = weakSet(impl, slot, false);
  if (s === 0 || !(obj instanceof Ref) || dictSize(s) === 0) return false;
  const w = dictGet(s, obj.a);
  return w !== undefined && isWeakref(w) && referentOf(w.a)?.a === obj.a;
}

/** _add_to_weak_set. */
function addToWeakSet(impl: number, slot: AbcSlot, obj: Value): void {
  const wr = getOrCreateWeakref(TYPE_ADDR[refType.index]!, obj, null);
  dictSet(weakSet(impl, slot, true), (obj as Ref).a, wr);
}

// ---- _abc_init --------------------------------------------------------------------------------------

/** PyObject_GetOptionalAttr: the attribute, or undefined when getting it raises AttributeError. */
function optionalAttr(v: Value, name: string): Value | undefined {
  try {
    return getattrOrUndefined(v, name);
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'AttributeError')) return undefined;
    throw e;
  }
}

function isAbstract(v: Value): boolean {
  const a = optionalAttr(v, '__isabstractmethod__');
  return a !== undefined && truthy(a);
}

/** compute_abstract_methods: names abstract in the class body or still abstract from the bases. */
function computeAbstractMethods(self: Value): void {
  const abstracts = newSetFrom(T_FROZENSET, undefined);
  const ns = getattr(self, '__dict__');
  const items = toArray(call(getattr(ns, 'items'), []));
  for (const it of items) {
    const pair = toArray(it);
    if (pair.length !== 2) raise('TypeError', 'items() returned item which size is not 2');
    if (isAbstract(pair[1]!)) setAdd(abstracts.a, pair[0]!);
  }
  const bases = getattr(self, '__bases__');
  if (!isTuple(bases)) raise('TypeError', '__bases__ is not tuple');
  for (const base of tupleItems(bases.a)) {
    const baseAbstracts = optionalAttr(base, '__abstractmethods__');
    if (baseAbstracts === undefined) continue;
    const it = iter(baseAbstracts);
    for (let key = next(it); key !== STOP; key = next(it)) {
      const value = typeof key === 'string' ? optionalAttr(self, key) : undefined;
      if (value !== undefined && isAbstract(value)) setAdd(abstracts.a, key);
    }
  }
  setattr(self, '__abstractmethods__', abstracts);
}

/** Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING as collections.abc spells them in __abc_tpflags__. */
const TPFLAGS_SEQUENCE = 1 << 5;
const TPFLAGS_MAPPING = 1 << 6;
const COLLECTION_FLAGS = TypeFlag.Sequence | TypeFlag.Mapping;

function abcInit(self: Value): Value {
  computeAbstractMethods(self);
  setattr(self, '_abc_impl', newAbcData());
  if (self instanceof Ref && isTypeObject(self.a)) {
    const dict = getSlot(self.a, TypeSlot.Dict);
    const flags = dictGet(dict, '__abc_tpflags__');
    if (flags !== undefined) {
      if (typeof flags === 'number') {
        const f = flags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
        if (f === (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)) {
          raise('TypeError', '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
        }
        const ours = (f & TPFLAGS_SEQUENCE ? TypeFlag.Sequence : 0) | (f & TPFLAGS_MAPPING ? TypeFlag.Mapping : 0);
        setTypeFlags(self.a, (typeFlags(self.a) & ~COLLECTION_FLAGS) | ours);
      }
      dictDel(dict, '__abc_tpflags__');
    }
  }
  return null;
}

/** set_collection_flag_recursive: a registered class (and its subclasses) matches as a sequence/mapping. */
function setCollectionFlagRecursive(t: number, flag: number): void {
  if (typeFlags(t) & TypeFlag.Immutable || (typeFlags(t) & COLLECTION_FLAGS) === flag) return;
  setTypeFlags(t, (typeFlags(t) & ~COLLECTION_FLAGS) | flag);
  const subs = callSpecial(new Ref(t), '__subclasses__', []);
  if (subs !== undefined && isList(subs)) for (const s of listItems(subs.a)) if (s instanceof Ref) setCollectionFlagRecursive(s.a, flag);
}

// ---- register / instancecheck / subclasscheck ---------------------------------------------------------

function abcRegister(self: Value, subclass: Value): Value {
  if (!(subclass instanceof Ref) || !isTypeObject(subclass.a)) raise('TypeError', 'Can only register classes');
  if (isSubclass(subclass, self)) return subclass; // already a subclass
  // Subtle: test for cycles *after* testing for "already a subclass".
  if (isSubclass(self, subclass)) raise('RuntimeError', 'Refusing to create an inheritance cycle');
  const impl = implOf(self);
  addToWeakSet(impl, AbcSlot.Registry, subclass);
  addWord(counterWord(), 1); // invalidate negative caches
  if (self instanceof Ref && isTypeObject(self.a)) {
    const flag = typeFlags(self.a) & COLLECTION_FLAGS;
    if (flag !== 0) setCollectionFlagRecursive(subclass.a, flag);
  }
  return subclass;
}

function subclassCheckCall(self: Value, cls: Value): Value {
  return call(getattr(self, '__subclasscheck__'), [cls]);
}

function abcInstancecheck(self: Value, instance: Value): Value {
  const impl = implOf(self);
  const subclass = getattr(instance, '__class__');
  if (inWeakSet(impl, AbcSlot.Cache, subclass)) return true;
  const subtype = new Ref(typeOf(instance));
  if (subclass instanceof Ref && subtype.a === subclass.a) {
    if (decode(getSlot(impl, AbcSlot.NegativeVersion)) === invalidationCounter()
      && inWeakSet(impl, AbcSlot.NegativeCache, subclass)) return false;
    return subclassCheckCall(self, subclass);
  }
  const r = subclassCheckCall(self, subclass);
  return truthy(r) ? r : subclassCheckCall(self, subtype);
}

function abcSubclasscheck(self: Value, subclass: Value): Value {
  if (!(subclass instanceof Ref) || !isTypeObject(subclass.a)) raise('TypeError', 'issubclass() arg 1 must be a class');
  const impl = implOf(self);
  // 1. The positive cache.
  if (inWeakSet(impl, AbcSlot.Cache, subclass)) return true;
  // 2. The negative cache, invalidated by any register() since it was filled.
  const counter = invalidationCounter();
  if ((decode(getSlot(impl, AbcSlot.NegativeVersion)) as number) < counter) {
    const neg = weakSet(impl, AbcSlot.NegativeCache, false);
    if (neg !== 0) dictClear(neg);
    setSlot(impl, AbcSlot.NegativeVersion, encode(counter));
  } else if (inWeakSet(impl, AbcSlot.NegativeCache, subclass)) {
    return false;
  }
  // 3. The subclass hook.
  const ok = call(getattr(self, '__subclasshook__'), [subclass]);
  if (ok === true) {
    addToWeakSet(impl, AbcSlot.Cache, subclass);
    return true;
  }
  if (ok === false) {
    addToWeakSet(impl, AbcSlot.NegativeCache, subclass);
    return false;
  }
  if (!isNotImplemented(ok)) raise('AssertionError', '__subclasshook__ must return either False, True, or NotImplemented');
  // 4. A direct subclass.
  if (self instanceof Ref && isSubtype(subclass.a, self.a)) {
    addToWeakSet(impl, AbcSlot.Cache, subclass);
    return true;
  }
  // 5. A subclass of a registered class (recursively).
  const reg = weakSet(impl, AbcSlot.Registry, false);
  if (reg !== 0) {
    if (inWeakSet(impl, AbcSlot.Registry, subclass)) return true;
    for (const k of weakSetRefs(reg)) {
      const rcls = referentOf(k.a);
      if (rcls === null) continue;
      if (isSubclass(subclass, rcls)) {
        addToWeakSet(impl, AbcSlot.Cache, subclass);
        return true;
      }
    }
  }
  // 6. A subclass of a subclass (recursively).
  const subs = call(getattr(self, '__subclasses__'), []);
  if (!isList(subs)) raise('TypeError', '__subclasses__() must return a list');
  for (const scls of listItems(subs.a)) {
    if (isSubclass(subclass, scls)) {
      addToWeakSet(impl, AbcSlot.Cache, subclass);
      return true;
    }
  }
  addToWeakSet(impl, AbcSlot.NegativeCache, subclass);
  return false;
}

// ---- inspection and reset ---------------------------------------------------------------------------

function setCopy(impl: number, slot: AbcSlot): Value {
  const s = weakSet(impl, slot, false);
  const out = newSetFrom(T_SET, undefined);
  if (s !== 0) for (const w of weakSetRefs(s)) setAdd(out.a, w);
  return out;
}

function getDump(self: Value): Value {
  const impl = implOf(self);
  return newTuple([
    setCopy(impl, AbcSlot.Registry), setCopy(impl, AbcSlot.Cache), setCopy(impl, AbcSlot.NegativeCache),
    decode(getSlot(impl, AbcSlot.NegativeVersion)) ?? 0,
  ]);
}

function resetSlots(self: Value, slots: AbcSlot[]): Value {
  const impl = implOf(self);
  for (const sl of slots) {
    const s = weakSet(impl, sl, false);
    if (s !== 0) dictClear(s);
  }
  return null;
}

export const abcModule = defineModule({
  name: '_abc',
  doc: 'Module contains faster C implementation of abc.ABCMeta',
  functions: {
    get_cache_token: { sig: 'get_cache_token($module, /)', fn: fn(() => invalidationCounter()) },
    _abc_init: { sig: '_abc_init($module, self, /)', fn: fn(abcInit) },
    _abc_register: { sig: '_abc_register($module, self, subclass, /)', fn: fn(abcRegister) },
    _abc_instancecheck: { sig: '_abc_instancecheck($module, self, instance, /)', fn: fn(abcInstancecheck) },
    _abc_subclasscheck: { sig: '_abc_subclasscheck($module, self, subclass, /)', fn: fn(abcSubclasscheck) },
    _get_dump: { sig: '_get_dump($module, self, /)', fn: fn(getDump) },
    _reset_registry: { sig: '_reset_registry($module, self, /)', fn: fn((s: Value) => resetSlots(s, [AbcSlot.Registry])) },
    _reset_caches: {
      sig: '_reset_caches($module, self, /)',
      fn: fn((s: Value) => resetSlots(s, [AbcSlot.Cache, AbcSlot.NegativeCache])),
    },
  },
  init(dict) {
    dictSet(dict, '_abc_data', new Ref(TYPE_ADDR[abcDataType.index]!));
  },
});
