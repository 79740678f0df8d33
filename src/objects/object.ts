// `object`, the root type: generic attribute access (PyObject_GenericGetAttr / SetAttr), the
// default __new__/__init__ argument checks, __repr__, __eq__/__ne__, __hash__, __dir__,
// __init_subclass__, __class__ and the instance __dict__. CPython: Objects/object.c,
// Objects/typeobject.c (object_*).

import { I32, registerFinalizer } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeSlot, TypeFlag } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, type Value, T_TYPE } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { typeOf, typeFlags, typeName, lookup, lookupTagged, isSubtype, tupleItemsTagged, typeModule } from './typeobject.js';
import {
  raise, descrGet, isDataDescriptor, hasDescrGet, callDescriptor, typeNameOf, isNotImplemented, A_NOTIMPLEMENTED,
  repr as reprOf, str as strOf, builtinSlot, call, callSpecial, iter, toArray,
} from './protocol.js';
import { newDict, dictGet, dictSet, dictDel, dictKeys, isDict } from './dict.js';
import { pointerHash } from './hash.js';
import { strFromHeap } from './str.js';
import { MISSING, defineNative } from './native.js';

/** The instance __dict__ of `v` (creating it), or 0 when the type has none. */
export function instanceDict(v: Value, create: boolean): number {
  if (!(v instanceof Ref)) return 0;
  const t = I32[v.a >> 2]!;
  const ds = getSlot(t, TypeSlot.DictSlot) >> 1;
  if (ds < 0) return 0;
  let d = getSlot(v.a, ds);
  if (d === 0 && create) {
    d = newDict();
    setSlot(v.a, ds, d);
  }
  return d;
}

/** Generic attribute lookup (PyObject_GenericGetAttr); undefined when absent (no AttributeError). */
export function genericGetAttr(v: Value, name: string): Value | undefined {
  const t = typeOf(v);
  const descr = lookup(t, name);
  if (v === null) return descr === undefined ? undefined : noneDescrGet(descr, new Ref(t));
  if (descr !== undefined && isDataDescriptor(descr)) return descrGet(descr, v, new Ref(t));
  const d = instanceDict(v, false);
  if (d !== 0) {
    const x = dictGet(d, name);
    if (x !== undefined) return x;
  }
  if (descr !== undefined) return hasDescrGet(descr) ? descrGet(descr, v, new Ref(t)) : descr;
  return undefined;
}

let noneDescrGet: (d: Value, type: Value) => Value = (d, type) => descrGet(d, null, type);
/** Installs descriptors.ts descrGetForNone (late-bound: object.ts loads first). */
export function setNoneDescrGet(f: typeof noneDescrGet): void {
  noneDescrGet = f;
}

export function attributeError(v: Value, name: string): never {
  if (v instanceof Ref && (I32[v.a >> 2] === T_TYPE || isSubtype(I32[v.a >> 2]!, T_TYPE))) {
    raise('AttributeError', `type object '${typeName(v.a)}' has no attribute '${name}'`);
  }
  if (v instanceof Ref && I32[v.a >> 2] === moduleTypeAddr) {
    raise('AttributeError', moduleAttrMessage(v, name) ?? `module '${moduleNameHook(v)}' has no attribute '${name}'`);
  }
  raise('AttributeError', `'${typeNameOf(v)}' object has no attribute '${name}'`);
}

let moduleTypeAddr = -1;
let moduleNameHook: (m: Ref) => string = () => '?';
/** The import system's message for a module attribute that is missing (circular import or
 * shadowing hints, moduleobject.c _Py_module_getattro_impl); undefined for the plain one. */
let moduleAttrMessage: (m: Ref, name: string) => string | undefined = () => undefined;
export function setModuleAttrMessage(f: typeof moduleAttrMessage): void {
  moduleAttrMessage = f;
}

export function setModuleHooks(t: number, nameOf: (m: Ref) => string): void {
  moduleTypeAddr = t;
  moduleNameHook = nameOf;
}

/** Generic attribute assignment/deletion (PyObject_GenericSetAttr); `value` undefined deletes. */
export function genericSetAttr(v: Value, name: string, value: Value | undefined): void {
  const t = typeOf(v);
  const descr = lookup(t, name);
  if (descr !== undefined) {
    const dt = typeOf(descr);
    const slot = builtinDescrSet(dt);
    if (slot !== undefined) {
      slot(descr, v, value);
      return;
    }
    if (typeFlags(dt) & TypeFlag.Heap) {
      const m = lookup(dt, value === undefined ? '__delete__' : '__set__');
      if (m !== undefined) {
        callDescriptor(m, descr, dt, value === undefined ? [v] : [v, value]);
        return;
      }
    }
  }
  const d = instanceDict(v, value !== undefined);
  if (d === 0) {
    if (descr === undefined) {
      if (typeof v !== 'object' || v === null || !(v instanceof Ref) || getSlot(t, TypeSlot.DictSlot) >> 1 < 0) {
        raise('AttributeError', `'${typeName(t)}' object has no attribute '${name}' and no __dict__ for setting new attributes`);
      }
      raise('AttributeError', `'${typeName(t)}' object has no attribute '${name}'`);
    }
    raise('AttributeError', `'${typeName(t)}' object attribute '${name}' is read-only`);
  }
  if (value === undefined) {
    if (!dictDel(d, name)) raise('AttributeError', `'${typeName(t)}' object has no attribute '${name}'`);
  } else {
    dictSet(d, name, value);
  }
}

// Builtin data descriptors (member, getset, property) set through their JS slot (tp_descr_set).
let descrSetLookup: (dt: number) => ((d: Value, obj: Value, v: Value | undefined) => void) | undefined =
  (dt) => builtinSlot(dt, 'descrSet');
export function setDescrSetLookup(f: typeof descrSetLookup): void {
  descrSetLookup = f;
}
function builtinDescrSet(dt: number): ((d: Value, obj: Value, v: Value | undefined) => void) | undefined {
  return descrSetLookup(dt);
}

/** object.__new__(cls, *args): a new instance with the slots the class declares. */
export function objectNew(cls: Value, args: Value[], kwCount: number): Value {
  if (!(cls instanceof Ref)) raise('TypeError', 'object.__new__(X): X is not a type object');
  const t = cls.a;
  if (args.length + kwCount > 0) {
    // Excess arguments are an error unless __init__ is overridden and __new__ is not.
    const newOver = lookupTagged(t, '__new__') !== objNewDescr;
    const initOver = lookupTagged(t, '__init__') !== objInitDescr;
    if (newOver || !initOver) {
      raise('TypeError', `${typeName(t)}() takes no arguments`);
    }
  }
  if (typeFlags(t) & TypeFlag.Abstract) abstractError(t);
  const n = getSlot(t, TypeSlot.InstanceSlots) >> 1;
  const a = allocObj(t, n, 0);
  // Instances of classes with __del__ are finalized when the collector finds them unreachable.
  if (typeFlags(t) & TypeFlag.HasFinalizer) registerFinalizer(a);
  return new Ref(a);
}

/** object_new's error for a class with abstract methods: their names, sorted, quoted. */
function abstractError(t: number): never {
  const am = dictGet(getSlot(t, TypeSlot.Dict), '__abstractmethods__');
  const names = am === undefined ? [] : toArray(am).map((n) => String(n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  raise('TypeError', `Can't instantiate abstract class ${typeName(t)} without an implementation for abstract method${names.length > 1 ? 's' : ''} '${names.join("', '")}'`);
}

/**
 * tp_new_wrapper's checks for object.__new__(X): X must be a type whose nearest builtin base
 * allocates with object.__new__ (object.__new__(int) would skip int's own constructor).
 */
function checkObjectNewTarget(cls: Value): void {
  if ((cls as unknown) === MISSING) raise('TypeError', 'object.__new__(): not enough arguments');
  if (!(cls instanceof Ref) || !isSubtype(I32[cls.a >> 2]!, T_TYPE)) {
    raise('TypeError', `object.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  let sb = cls.a;
  while (sb !== 0 && typeFlags(sb) & TypeFlag.Heap) sb = getSlot(sb, TypeSlot.Base);
  if (sb !== 0 && lookupTagged(sb, '__new__') !== objNewDescr) {
    raise('TypeError', `object.__new__(${typeName(cls.a)}) is not safe, use ${typeName(sb)}.__new__()`);
  }
}

/** object.__new__ / object.__init__ as tagged slot values (descriptors compare by address). */
/**
 * Is `init` (tagged, found on a type) object.__init__? Calling it can then be skipped: object_init
 * only complains about arguments object.__new__ has already rejected (Objects/typeobject.c).
 */
export function isObjectInit(init: number): boolean {
  return init === objInitDescr;
}

let objNewDescr = -1;
let objInitDescr = -1;
export function captureObjectDescrs(objectType: number): void {
  objNewDescr = lookupTagged(objectType, '__new__');
  objInitDescr = lookupTagged(objectType, '__init__');
}

export function defaultRepr(v: Value): string {
  const t = typeOf(v);
  // Builtin types carry their module in the type (CPython: the dotted tp_name), classes in __module__.
  const mod = typeFlags(t) & TypeFlag.Heap ? lookup(t, '__module__') : typeModule(t);
  const qual = strFromHeap(getSlot(t, TypeSlot.Qualname));
  const prefix = typeof mod === 'string' && mod !== 'builtins' ? `${mod}.` : '';
  return `<${prefix}${qual} object at 0x${(v instanceof Ref ? v.a : 0).toString(16).padStart(12, '0')}>`;
}

export const objectType = defineBuiltinType({
  name: 'object',
  base: null,
  flags: TypeFlag.BaseType,
  doc: 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n',
  methods: {
    __new__: {
      sig: '__new__(type=<unrepresentable>, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((cls: Value, args: Value[], kwargs: Map<string, Value>) => {
        checkObjectNewTarget(cls);
        return objectNew(cls, args, kwargs.size);
      }) as never,
    },
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: ((self: Value, args: Value[], kwargs: Map<string, Value>) => {
        if (args.length + kwargs.size > 0) {
          const t = typeOf(self);
          const initOver = lookupTagged(t, '__init__') !== objInitDescr;
          const newOver = lookupTagged(t, '__new__') !== objNewDescr;
          if (initOver || !newOver) {
            raise('TypeError', initOver
              ? 'object.__init__() takes exactly one argument (the instance to initialize)'
              : `${typeName(t)}.__init__() takes exactly one argument (the instance to initialize)`);
          }
        }
        return null;
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => defaultRepr(self)) as never },
    // object_str: str() falls back to the type's repr.
    __str__: { sig: '__str__($self, /)', fn: ((self: Value) => reprOf(self)) as never },
    __hash__: { sig: '__hash__($self, /)', fn: ((self: Value) => pointerHash(self instanceof Ref ? self.a : 0)) as never },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: ((self: Value, other: Value) => (sameObject(self, other) ? true : new Ref(A_NOTIMPLEMENTED))) as never,
    },
    __ne__: {
      sig: '__ne__($self, value, /)',
      fn: ((self: Value, other: Value) => {
        // object_richcompare: the inverse of the type's own __eq__ (no reflected operand, no identity).
        const t = typeOf(self);
        const eqm = lookup(t, '__eq__');
        const r = eqm === undefined ? new Ref(A_NOTIMPLEMENTED) : callDescriptor(eqm, self, t, [other]);
        if (isNotImplemented(r)) return r;
        return !truthyHook(r);
      }) as never,
    },
    __lt__: { sig: '__lt__($self, value, /)', fn: (() => new Ref(A_NOTIMPLEMENTED)) as never },
    __le__: { sig: '__le__($self, value, /)', fn: (() => new Ref(A_NOTIMPLEMENTED)) as never },
    __gt__: { sig: '__gt__($self, value, /)', fn: (() => new Ref(A_NOTIMPLEMENTED)) as never },
    __ge__: { sig: '__ge__($self, value, /)', fn: (() => new Ref(A_NOTIMPLEMENTED)) as never },
    __getattribute__: {
      sig: '__getattribute__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        if (typeof name !== 'string') raise('TypeError', `attribute name must be string, not '${typeNameOf(name)}'`);
        const v = genericGetAttr(self, name);
        if (v === undefined) attributeError(self, name);
        return v;
      }) as never,
    },
    __setattr__: {
      sig: '__setattr__($self, name, value, /)',
      fn: ((self: Value, name: Value, value: Value) => {
        if (typeof name !== 'string') raise('TypeError', `attribute name must be string, not '${typeNameOf(name)}'`);
        genericSetAttr(self, name, value);
        return null;
      }) as never,
    },
    __delattr__: {
      sig: '__delattr__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        genericSetAttr(self, name as string, undefined);
        return null;
      }) as never,
    },
    __dir__: {
      sig: '__dir__($self, /)',
      fn: ((self: Value) => dirHook(self)) as never,
    },
    __format__: {
      sig: '__format__($self, format_spec, /)',
      fn: ((self: Value, spec: Value) => {
        if (typeof spec !== 'string') raise('TypeError', `__format__() argument must be str, not ${typeNameOf(spec)}`);
        if (spec !== '') raise('TypeError', `unsupported format string passed to ${typeNameOf(self)}.__format__`);
        return strOf(self);
      }) as never,
    },
    __init_subclass__: { sig: '__init_subclass__($type, /)', kind: 'classmethod', fn: (() => null) as never },
    __subclasshook__: {
      sig: '__subclasshook__($type, subclass, /)', kind: 'classmethod',
      fn: (() => new Ref(A_NOTIMPLEMENTED)) as never,
    },
    __reduce_ex__: {
      sig: '__reduce_ex__($self, protocol, /)',
      fn: ((self: Value, protocol: Value) => reduceEx(self, protocol)) as never,
    },
    __reduce__: { sig: '__reduce__($self, /)', fn: ((self: Value) => reduceWith(self, 0)) as never },
    __getstate__: { sig: '__getstate__($self, /)', fn: ((self: Value) => getState(self)) as never },
    __sizeof__: { sig: '__sizeof__($self, /)', fn: (() => 16) as never },
  },
  getsets: {
    __class__: {
      get: ((self: Value) => new Ref(typeOf(self))) as never,
      set: ((self: Value, value: Value) => {
        if (!(value instanceof Ref) || !isSubtype(I32[value.a >> 2]!, T_TYPE)) {
          raise('TypeError', `__class__ must be set to a class, not '${typeNameOf(value)}' object`);
        }
        if (!(self instanceof Ref) || !(typeFlags(typeOf(self)) & TypeFlag.Heap) || !(typeFlags(value.a) & TypeFlag.Heap)) {
          raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
        }
        I32[self.a >> 2] = value.a;
        return null;
      }) as never,
    },
  },
});

// ---- pickling support (CPython: Objects/typeobject.c object___reduce_ex__, reduce_newobj,
// object_getstate_default) ------------------------------------------------------------------------

let tupleHook: (items: Value[]) => Value = () => null;
let importHook: (name: string) => Value = () => null;
/** Installed by the runtime: tuple construction and module import for __reduce_ex__. */
export function setObjectReduceHooks(h: { tuple: typeof tupleHook; importModule: typeof importHook }): void {
  tupleHook = h.tuple;
  importHook = h.importModule;
}

let objReduceDescr = -1;
function reduceEx(self: Value, protocol: Value): Value {
  const t = typeOf(self);
  if (objReduceDescr === -1) objReduceDescr = lookupTagged(builtinTypeAddr('object'), '__reduce__');
  if (lookupTagged(t, '__reduce__') !== objReduceDescr) return callDescriptor(lookup(t, '__reduce__')!, self, t, []);
  return reduceWith(self, typeof protocol === 'number' ? protocol : 2);
}

function reduceWith(self: Value, protocol: number): Value {
  const copyreg = importHook('copyreg');
  const attr = (n: string): Value => {
    const v = genericGetAttr(copyreg, n);
    if (v === undefined) raise('AttributeError', `module 'copyreg' has no attribute '${n}'`);
    return v;
  };
  if (protocol < 2) return call(attr('_reduce_ex'), [self, protocol]);
  const t = typeOf(self);
  let args: Value[] = [];
  let kwargs: Value | null = null;
  const ex = callSpecial(self, '__getnewargs_ex__', []);
  if (ex !== undefined) {
    const [a, k] = toArray(ex);
    args = toArray(a!);
    kwargs = k!;
  } else {
    const na = callSpecial(self, '__getnewargs__', []);
    if (na !== undefined) args = toArray(na);
  }
  const state = callSpecial(self, '__getstate__', []) ?? null;
  const isA = (name: string): boolean => isSubtype(t, builtinTypeAddr(name));
  const listitems = isA('list') ? iter(self) : null;
  const dictitems = isA('dict') ? iter(callSpecial(self, 'items', [])!) : null;
  const hasKw = kwargs !== null && truthyHook(kwargs);
  const newobj = hasKw ? attr('__newobj_ex__') : attr('__newobj__');
  const newargs = hasKw ? tupleHook([new Ref(t), tupleHook(args), kwargs!]) : tupleHook([new Ref(t), ...args]);
  return tupleHook([newobj, newargs, state, listitems, dictitems]);
}

/** object_getstate_default: the instance dict (None when empty), plus set __slots__ values. */
function getState(self: Value): Value {
  const d = instanceDict(self, false);
  let state: Value = d !== 0 && dictKeys(d).length > 0 ? new Ref(d) : null;
  if (!(self instanceof Ref)) return state;
  const slots = newDict();
  let any = false;
  const mro = tupleItemsTagged(getSlot(typeOf(self), TypeSlot.Mro));
  for (const c of mro) {
    const names = getSlot(c, TypeSlot.SlotNames);
    if (names === 0) continue;
    for (const n of tupleItemsTagged(names)) {
      const name = decode(n) as string;
      if (name === '__dict__' || name === '__weakref__') continue;
      const v = genericGetAttr(self, name);
      if (v !== undefined) {
        dictSet(slots, name, v);
        any = true;
      }
    }
  }
  if (any) state = tupleHook([state, new Ref(slots)]);
  return state;
}

/** Are two values the same object (`is`)? */
export function sameObject(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a instanceof Ref && b instanceof Ref) return a.a === b.a;
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || (a === b);
  return false;
}

let strOfHook: (v: Value) => string = () => '';
let eqHook: (a: Value, b: Value) => Value = () => false;
let truthyHook: (v: Value) => boolean = () => true;
let dirHook: (v: Value) => Value = () => null;
export function setObjectHooks(h: { str: typeof strOfHook; eq: typeof eqHook; truthy: typeof truthyHook; dir: typeof dirHook }): void {
  strOfHook = h.str;
  eqHook = h.eq;
  truthyHook = h.truthy;
  dirHook = h.dir;
}

export { dictKeys, decode, encode, MISSING };

// ---- the __dict__ descriptor classes put in their dict (subtype_dict / subtype_setdict) --------

const instanceDictGetter = defineNative({
  sig: '__dict__($self, /)',
  fn: ((self: Value) => {
    const d = instanceDict(self, true);
    if (d === 0) raise('AttributeError', `'${typeNameOf(self)}' object has no attribute '__dict__'`);
    return new Ref(d);
  }) as never,
});

const instanceDictSetter = defineNative({
  sig: '__dict__($self, value=<missing>, /)',
  fn: ((self: Value, v: Value) => {
    const ds = getSlot(typeOf(self), TypeSlot.DictSlot) >> 1;
    // `del obj.__dict__` drops the dict; the next access makes a new empty one (subtype_setdict).
    if (v === (MISSING as unknown as Value)) {
      setSlot((self as Ref).a, ds, 0);
      return null;
    }
    if (!isDict(v)) {
      raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
    }
    setSlot((self as Ref).a, ds, v.a);
    return null;
  }) as never,
});

/** The `__dict__` getset descriptor of class `t` (`<attribute '__dict__' of 'C' objects>`). */
export function newInstanceDictDescr(t: number): Value {
  const d = allocObj(builtinTypeAddr('getset_descriptor'), 4, 0);
  setSlot(d, 0, t);
  setSlot(d, 1, encode('__dict__'));
  setSlot(d, 2, (instanceDictGetter.index << 1) | 1);
  setSlot(d, 3, (instanceDictSetter.index << 1) | 1);
  return new Ref(d);
}

/**
 * The `__dict__` getset of a native type whose instances keep their dict in slot `slot`
 * (PyObject_GenericGetDict / PyObject_GenericSetDict: made on first use, replaced by a dict only).
 */
export function dictSlotGetset(slot: number): { get: never; set: never; del: true } {
  return {
    get: ((self: Value) => new Ref(instanceDict(self, true))) as never,
    set: ((self: Value, v: Value | undefined) => {
      if (v === undefined) raise('TypeError', 'cannot delete __dict__');
      if (!isDict(v)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
      setSlot((self as Ref).a, slot, v.a);
      return null;
    }) as never,
    del: true,
  };
}
