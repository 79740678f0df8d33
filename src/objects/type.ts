// `type`: calling a class (create + initialise an instance), type(x), type(name, bases, dict)
// (class creation itself is in vm/classbuild.ts), attribute access on classes (type_getattro:
// metatype data descriptors, then the MRO, then metatype attributes), __repr__, mro(),
// __subclasses__, and the class attributes (__name__, __qualname__, __bases__, __mro__,
// __dict__, __module__, __doc__). CPython: Objects/typeobject.c.

import { I32, FLAG_FINALIZER, registerFinalizer } from '../heap/index.js';
import { TypeSlot, TypeFlag, BuiltinFuncSlot } from './layouts.js';
import { NATIVES } from './native.js';
import { builtinMethodType } from './descriptors.js';
import { TYPE_ADDR, builtinDefAt } from './registry.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, nslots, type Value, T_TYPE, T_STR } from './value.js';
import { defineBuiltinType } from './registry.js';
import { lookupTagged,
  typeOf, typeFlags, typeName, lookup, isSubtype, typeModified, tupleItemsTagged, computeMro,
} from './typeobject.js';
import {
  raise, descrGet, isDataDescriptor, hasDescrGet, call, callDescriptor, typeNameOf, repr as reprOf, str as pyStr,
} from './protocol.js';
import { dictGet, dictSet, dictDel, dictKeys, isDict } from './dict.js';
import { strFromHeap, strToHeap } from './str.js';
import { attributeError, isObjectInit } from './object.js';
import { typeNew } from './typenew.js';

/** Attribute lookup on a class object (type_getattro); undefined when absent. */
export function typeGetAttr(cls: Ref, name: string): Value | undefined {
  const meta = I32[cls.a >> 2]!;
  const metaAttr = lookup(meta, name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) return descrGet(metaAttr, cls, new Ref(meta));
  const attr = lookup(cls.a, name);
  if (attr !== undefined) return hasDescrGet(attr) ? descrGet(attr, null, cls) : attr;
  if (metaAttr !== undefined) return hasDescrGet(metaAttr) ? descrGet(metaAttr, cls, new Ref(meta)) : metaAttr;
  return undefined;
}

/** setattr on a class (type_setattro): builtin types are immutable. */
export function typeSetAttr(cls: Ref, name: string, value: Value | undefined): void {
  const t = cls.a;
  if (!(typeFlags(t) & TypeFlag.Heap)) {
    raise('TypeError', `cannot set '${name}' attribute of immutable type '${typeName(t)}'`);
  }
  const meta = I32[t >> 2]!;
  const metaAttr = lookup(meta, name);
  if (metaAttr !== undefined && isDataDescriptor(metaAttr)) {
    const mt = typeOf(metaAttr);
    const m = lookup(mt, value === undefined ? '__delete__' : '__set__');
    if (m !== undefined) {
      callDescriptor(m, metaAttr, mt, value === undefined ? [cls] : [cls, value]);
      return;
    }
  }
  const dict = getSlot(t, TypeSlot.Dict);
  if (value === undefined) {
    if (!dictDel(dict, name)) raise('AttributeError', `type object '${typeName(t)}' has no attribute '${name}'`);
  } else {
    dictSet(dict, name, value);
  }
  typeModified(t);
  updateSpecialFlags(t);
}

/** Keeps the flags that tell the VM a class overrides attribute hooks up to date. */
export function updateSpecialFlags(t: number): void {
  let f = typeFlags(t) & ~(TypeFlag.HasGetattr | TypeFlag.HasGetattribute | TypeFlag.HasSetattr);
  if (lookupTagged(t, '__getattr__') !== 0) f |= TypeFlag.HasGetattr;
  // Heap types gain or lose their finalizer with __del__ (slot_tp_finalize); builtin types keep theirs.
  if (f & TypeFlag.Heap) f = lookupTagged(t, '__del__') !== 0 ? f | TypeFlag.HasFinalizer : f & ~TypeFlag.HasFinalizer;
  // Descriptors compare by address (tagged slot values); object's and type's own hooks are the
  // generic ones the VM implements directly.
  const ga = lookupTagged(t, '__getattribute__');
  if (ga !== 0 && !genericGetattribute.includes(ga)) f |= TypeFlag.HasGetattribute;
  const sa = lookupTagged(t, '__setattr__');
  const da = lookupTagged(t, '__delattr__');
  if ((sa !== 0 && !genericSetattr.includes(sa)) || (da !== 0 && !genericDelattr.includes(da))) f |= TypeFlag.HasSetattr;
  setSlot(t, TypeSlot.Flags, tagInt(f));
}

const genericGetattribute: number[] = [];
const genericSetattr: number[] = [];
const genericDelattr: number[] = [];
export function captureObjectAttrDescrs(objectTypeAddr: number): void {
  for (const t of [objectTypeAddr, T_TYPE]) {
    genericGetattribute.push(lookupTagged(t, '__getattribute__'));
    genericSetattr.push(lookupTagged(t, '__setattr__'));
    genericDelattr.push(lookupTagged(t, '__delattr__'));
  }
}

/** Calling a class: cls.__new__(cls, ...) then __init__ if the result is an instance (type_call). */
export function typeCall(cls: Ref, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const t = cls.a;
  if (t === T_TYPE && args.length === 1 && kwNames === null) return new Ref(typeOf(args[0]!));
  // str(x) is PyObject_Str(x), and str's __init__ is object's: CPython's CALL_STR_1 specialisation.
  if (t === T_STR && args.length === 1 && kwNames === null) return pyStr(args[0]!);
  if (typeFlags(t) & TypeFlag.DisallowInstantiation) {
    raise('TypeError', `cannot create '${qualifiedTypeName(t)}' instances`);
  }
  const obj = kwNames === null ? directNew(cls, args) ?? genericNew(cls, args, null, null) : genericNew(cls, args, kwNames, kwValues);
  const ot = typeOf(obj);
  if (ot !== t && !isSubtype(ot, t)) return obj;
  // Instances of classes with __del__ made by a builtin base's __new__ (list, dict, Exception, ...)
  // are registered here; object.__new__ registers its own (objectNew).
  if (typeFlags(ot) & TypeFlag.HasFinalizer && obj instanceof Ref && !(I32[(obj.a >> 2) + 1]! & FLAG_FINALIZER)) {
    registerFinalizer(obj.a);
  }
  const initTagged = lookupTagged(ot, '__init__');
  const init = initTagged === 0 || isObjectInit(initTagged) ? undefined : decode(initTagged);
  if (init !== undefined) {
    const r = callInit(init, obj, ot, args, kwNames, kwValues);
    if (r !== null) raise('TypeError', `__init__() should return None, not '${typeNameOf(r)}'`);
  }
  return obj;
}

/** tp_name: the module-qualified name of a static type outside builtins. */
function qualifiedTypeName(t: number): string {
  const m = decodeMaybe(getSlot(t, TypeSlot.Module));
  return typeof m === 'string' && m !== 'builtins' ? `${m}.${typeName(t)}` : typeName(t);
}

function genericNew(cls: Ref, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const newf = lookup(cls.a, '__new__');
  if (newf === undefined) raise('TypeError', `cannot create '${typeName(cls.a)}' instances`);
  return call(descrGet(newf, null, cls), [cls, ...args], kwNames, kwValues);
}

/**
 * cls.__new__(cls, *args) when it is a builtin `__new__(type, /, *args, **kwargs)` (str, int, float,
 * tuple, object, exceptions...): its JS function called directly, as callNative would bind it, without
 * the argument arrays and binder of the generic call (CPython gives these types vectorcall for the same
 * reason). Undefined when __new__ is anything else.
 */
function directNew(cls: Ref, args: Value[]): Value | undefined {
  const tagged = lookupTagged(cls.a, '__new__');
  if (tagged === 0 || (tagged & 1) !== 0 || I32[tagged >> 2] !== TYPE_ADDR[builtinMethodType.index]) return undefined;
  const n = NATIVES[getSlot(tagged, BuiltinFuncSlot.Native) >> 1]!;
  if (n.leadThenVarargs !== 1 || n.hasSelf) return undefined;
  // The native gets the *args array itself: natives read it and copy what they keep into the heap.
  return n.hasVarkw ? n.fn(cls, args as unknown as Value, NO_KEYWORDS as unknown as Value) : n.fn(cls, args as unknown as Value);
}

/** The **kwargs of a call without keywords: natives only read their keyword map (the binder makes a fresh one otherwise). */
const NO_KEYWORDS: ReadonlyMap<string, Value> = new Map();

function callInit(init: Value, obj: Value, t: number, args: Value[], kwNames: string[] | null,
  kwValues: Value[] | null): Value {
  // descrGet cannot bind None (null means "no instance"): NoneType() calls the unbound __init__.
  if (obj === null) return call(init, [obj, ...args], kwNames, kwValues);
  const bound = descrGet(init, obj, new Ref(t));
  return call(bound, args, kwNames, kwValues);
}

export function typeRepr(t: number): string {
  const mod = getSlot(t, TypeSlot.Module);
  const modName = typeof decodeMaybe(mod) === 'string' ? (decodeMaybe(mod) as string) : '';
  const dictMod = typeFlags(t) & TypeFlag.Heap ? dictGet(getSlot(t, TypeSlot.Dict), '__module__') : modName;
  const qual = strFromHeap(getSlot(t, TypeSlot.Qualname));
  if (typeof dictMod === 'string' && dictMod !== 'builtins') return `<class '${dictMod}.${qual}'>`;
  return `<class '${qual}'>`;
}

function decodeMaybe(t: number): Value | undefined {
  return t === 0 ? undefined : decode(t);
}

function mroTuple(t: number): Value {
  return decode(getSlot(t, TypeSlot.Mro))!;
}

export const typeType = defineBuiltinType({
  name: 'type',
  flags: TypeFlag.BaseType,
  instanceSlots: TypeSlot.Count,
  doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((meta: Value, args: Value[], kw: Map<string, Value>) => {
        if (args.length === 1 && kw.size === 0 && meta instanceof Ref && meta.a === T_TYPE) return new Ref(typeOf(args[0]!));
        if (args.length !== 3) raise('TypeError', 'type() takes 1 or 3 arguments');
        return typeNew(meta as Ref, args[0]!, args[1]!, args[2]!, kw);
      }) as never,
    },
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: ((_self: Value, args: Value[]) => {
        if (args.length !== 1 && args.length !== 3) raise('TypeError', 'type.__init__() takes 1 or 3 arguments');
        return null;
      }) as never,
    },
    __call__: {
      sig: '__call__($self, /, *args, **kwargs)',
      fn: ((self: Value, args: Value[], kw: Map<string, Value>) =>
        typeCall(self as Ref, args, kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => typeRepr((self as Ref).a)) as never },
    __getattribute__: {
      sig: '__getattribute__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        const v = typeGetAttr(self as Ref, name as string);
        if (v === undefined) attributeError(self, name as string);
        return v;
      }) as never,
    },
    __setattr__: {
      sig: '__setattr__($self, name, value, /)',
      fn: ((self: Value, name: Value, value: Value) => {
        typeSetAttr(self as Ref, name as string, value);
        return null;
      }) as never,
    },
    __delattr__: {
      sig: '__delattr__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        typeSetAttr(self as Ref, name as string, undefined);
        return null;
      }) as never,
    },
    mro: {
      sig: 'mro($self, /)',
      fn: ((self: Value) => listHook(computeMro((self as Ref).a).map((a) => new Ref(a)))) as never,
    },
    __subclasses__: {
      sig: '__subclasses__($self, /)',
      fn: ((self: Value) => {
        const subs = getSlot((self as Ref).a, TypeSlot.Subclasses);
        return listHook(subs === 0 ? [] : tupleItemsTagged(subs).filter((x) => x !== 0).map((a) => new Ref(a)));
      }) as never,
    },
    __instancecheck__: {
      sig: '__instancecheck__($self, instance, /)',
      fn: ((self: Value, inst: Value) => isSubtype(typeOf(inst), (self as Ref).a)) as never,
    },
    __subclasscheck__: {
      sig: '__subclasscheck__($self, subclass, /)',
      fn: ((self: Value, sub: Value) => {
        if (!(sub instanceof Ref) || !isSubtype(I32[sub.a >> 2]!, T_TYPE)) {
          raise('TypeError', 'issubclass() arg 1 must be a class');
        }
        return isSubtype(sub.a, (self as Ref).a);
      }) as never,
    },
    __dir__: { sig: '__dir__($self, /)', fn: ((self: Value) => typeDirHook(self)) as never },
    __sizeof__: { sig: '__sizeof__($self, /)', fn: (() => 920) as never },
    __prepare__: {
      sig: '__prepare__($type, name, bases, /, **kwds)', kind: 'classmethod',
      fn: (() => dictHook()) as never,
    },
    __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => unionHook(a, b)) as never },
    __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => unionHook(b, a)) as never },
  },
  getsets: {
    __name__: {
      get: ((self: Value) => strFromHeap(getSlot((self as Ref).a, TypeSlot.Name))) as never,
      set: ((self: Value, v: Value) => {
        requireHeapType(self, '__name__', v);
        if (typeof v !== 'string') raise('TypeError', `can only assign string to ${typeName((self as Ref).a)}.__name__, not '${typeNameOf(v)}'`);
        if (v.includes('\0')) raise('ValueError', 'type name must not contain null characters');
        setSlot((self as Ref).a, TypeSlot.Name, strToHeap(v));
        return null;
      }) as never,
      del: true,
    },
    __qualname__: {
      get: ((self: Value) => strFromHeap(getSlot((self as Ref).a, TypeSlot.Qualname))) as never,
      set: ((self: Value, v: Value) => {
        requireHeapType(self, '__qualname__', v);
        if (typeof v !== 'string') raise('TypeError', `can only assign string to ${typeName((self as Ref).a)}.__qualname__, not '${typeNameOf(v)}'`);
        setSlot((self as Ref).a, TypeSlot.Qualname, strToHeap(v));
        return null;
      }) as never,
      del: true,
    },
    __bases__: { get: ((self: Value) => decode(getSlot((self as Ref).a, TypeSlot.Bases))!) as never },
    __base__: { get: ((self: Value) => decode(getSlot((self as Ref).a, TypeSlot.Base))!) as never },
    __mro__: { get: ((self: Value) => mroTuple((self as Ref).a)) as never },
    __dict__: { get: ((self: Value) => mappingProxyHook(decode(getSlot((self as Ref).a, TypeSlot.Dict))!)) as never },
    __module__: {
      get: ((self: Value) => {
        const t = (self as Ref).a;
        if (typeFlags(t) & TypeFlag.Heap) {
          const m = dictGet(getSlot(t, TypeSlot.Dict), '__module__');
          if (m === undefined) raise('AttributeError', '__module__');
          return m;
        }
        return decode(getSlot(t, TypeSlot.Module))!;
      }) as never,
      set: ((self: Value, v: Value) => {
        requireHeapType(self, '__module__', v);
        dictSet(getSlot((self as Ref).a, TypeSlot.Dict), '__module__', v);
        typeModified((self as Ref).a);
        return null;
      }) as never,
      del: true,
    },
    __doc__: {
      get: ((self: Value) => {
        const t = (self as Ref).a;
        const heap = (typeFlags(t) & TypeFlag.Heap) !== 0;
        // A static type's own doc wins over a __doc__ descriptor meant for its instances (type_get_doc).
        const own = heap ? undefined : builtinDefAt(t)?.doc;
        if (own !== undefined && own !== null) return own;
        const d = dictGet(getSlot(t, TypeSlot.Dict), '__doc__');
        if (d === undefined) return null;
        return hasDescrGet(d) ? descrGet(d, null, self) : d;
      }) as never,
      // type_set_doc: heap types only; the value goes into the class dict.
      set: ((self: Value, v: Value) => {
        requireHeapType(self, '__doc__', v);
        dictSet(getSlot((self as Ref).a, TypeSlot.Dict), '__doc__', v);
        typeModified((self as Ref).a);
        return null;
      }) as never,
      del: true,
    },
    __abstractmethods__: {
      get: ((self: Value) => {
        const v = dictGet(getSlot((self as Ref).a, TypeSlot.Dict), '__abstractmethods__');
        if (v === undefined) raise('AttributeError', '__abstractmethods__');
        return v;
      }) as never,
      set: ((self: Value, v: Value) => {
        dictSet(getSlot((self as Ref).a, TypeSlot.Dict), '__abstractmethods__', v);
        const t = (self as Ref).a;
        const abstract = truthyHook(v);
        setSlot(t, TypeSlot.Flags, tagInt(abstract ? typeFlags(t) | TypeFlag.Abstract : typeFlags(t) & ~TypeFlag.Abstract));
        typeModified(t);
        return null;
      }) as never,
    },
    __annotations__: {
      get: ((self: Value) => typeAnnotations((self as Ref).a)) as never,
      set: ((self: Value, v: Value) => {
        setTypeAnnotations((self as Ref).a, v);
        return null;
      }) as never,
    },
    __annotate__: {
      get: ((self: Value) => typeAnnotate((self as Ref).a)) as never,
      set: ((self: Value, v: Value) => {
        const t = (self as Ref).a;
        requireHeapType(self, '__annotate__');
        if (v !== null && !isCallable(v)) raise('TypeError', '__annotate__ must be callable or None');
        dictSet(getSlot(t, TypeSlot.Dict), '__annotate_func__', v);
        if (v !== null) dictDel(getSlot(t, TypeSlot.Dict), '__annotations_cache__');
        typeModified(t);
        return null;
      }) as never,
    },
    __text_signature__: { get: (() => null) as never },
    __type_params__: {
      get: ((self: Value) => {
        const v = dictGet(getSlot((self as Ref).a, TypeSlot.Dict), '__type_params__');
        return v === undefined ? emptyTupleHook() : v;
      }) as never,
    },
  },
  slots: {
    repr: (self) => typeRepr((self as Ref).a),
  },
});

function isCallable(v: Value): boolean {
  return lookup(typeOf(v), '__call__') !== undefined;
}

/** type_get_annotate: the class's __annotate__ function (None when it has none). */
function typeAnnotate(t: number): Value {
  if (!(typeFlags(t) & TypeFlag.Heap)) raise('AttributeError', `type object '${typeName(t)}' has no attribute '__annotate__'`);
  const dict = getSlot(t, TypeSlot.Dict);
  const f = dictGet(dict, '__annotate__') ?? dictGet(dict, '__annotate_func__');
  if (f === undefined) {
    dictSet(dict, '__annotate_func__', null);
    return null;
  }
  return hasDescrGet(f) ? descrGet(f, null, new Ref(t)) : f;
}

/**
 * type_get_annotations (PEP 649): an explicit __annotations__ in the class dict, else the cached
 * result of calling __annotate__(1) (VALUE format), stored as __annotations_cache__.
 */
function typeAnnotations(t: number): Value {
  if (!(typeFlags(t) & TypeFlag.Heap)) raise('AttributeError', `type object '${typeName(t)}' has no attribute '__annotations__'`);
  const dict = getSlot(t, TypeSlot.Dict);
  const have = dictGet(dict, '__annotations__') ?? dictGet(dict, '__annotations_cache__');
  if (have !== undefined) return hasDescrGet(have) ? descrGet(have, null, new Ref(t)) : have;
  const f = typeGetAttr(new Ref(t), '__annotate__');
  let ann: Value;
  if (f !== undefined && f !== null && isCallable(f)) {
    ann = call(f, [1]);
    if (!isDict(ann)) raise('TypeError', `__annotate__ returned non-dict of type '${typeNameOf(ann)}'`);
  } else {
    ann = dictHook();
  }
  dictSet(dict, '__annotations_cache__', ann);
  typeModified(t);
  return ann;
}

/** type_set_annotations: replaces the explicit or the cached annotations; drops __annotate__. */
function setTypeAnnotations(t: number, v: Value): void {
  if (!(typeFlags(t) & TypeFlag.Heap)) raise('TypeError', `cannot set '__annotations__' attribute of immutable type '${typeName(t)}'`);
  const dict = getSlot(t, TypeSlot.Dict);
  if (dictGet(dict, '__annotations__') !== undefined) {
    dictSet(dict, '__annotations__', v);
    dictDel(dict, '__annotations_cache__');
  } else {
    dictSet(dict, '__annotations_cache__', v);
  }
  dictDel(dict, '__annotate_func__');
  dictDel(dict, '__annotate__');
  typeModified(t);
}

/** check_set_special_type_attr: static types refuse; no type lets these be deleted (v undefined). */
function requireHeapType(self: Value, attr: string, v?: Value): void {
  const t = (self as Ref).a;
  if (!(typeFlags(t) & TypeFlag.Heap)) raise('TypeError', `cannot set '${attr}' attribute of immutable type '${typeName(t)}'`);
  if (v === undefined) raise('TypeError', `cannot delete '${attr}' attribute of immutable type '${typeName(t)}'`);
}

let listHook: (items: Value[]) => Value = () => null;
let dictHook: () => Value = () => null;
let mappingProxyHook: (d: Value) => Value = (d) => d;
let unionHook: (a: Value, b: Value) => Value = () => null;
let typeDirHook: (v: Value) => Value = () => null;
let truthyHook: (v: Value) => boolean = () => true;
let emptyTupleHook: () => Value = () => null;
export function setTypeHooks(h: {
  list: typeof listHook; dict: typeof dictHook; mappingProxy: typeof mappingProxyHook; union: typeof unionHook;
  dir: typeof typeDirHook; truthy: typeof truthyHook; emptyTuple: typeof emptyTupleHook;
}): void {
  listHook = h.list;
  dictHook = h.dict;
  mappingProxyHook = h.mappingProxy;
  unionHook = h.union;
  typeDirHook = h.dir;
  truthyHook = h.truthy;
  emptyTupleHook = h.emptyTuple;
}

export { nslots, encode, dictKeys, reprOf };
