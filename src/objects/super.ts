// The `super` type: super(type, obj), super(type, type2), super(type) and the zero-argument form
// that reads the calling frame (its first argument and its __class__ cell); attribute lookup
// continues along obj's MRO after `type`. CPython: Objects/typeobject.c (super_init_impl,
// super_init_without_args, supercheck, _super_lookup_descr, do_super_lookup, super_descr_get).

import { I32 } from '../heap/index.js';
import { SuperSlot, TypeSlot, TypeFlag } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, T_TYPE, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { typeOf, typeName, isSubtype, tupleItemsTagged } from './typeobject.js';
import { raise, descrGet, hasDescrGet, call } from './protocol.js';
import { dictGet } from './dict.js';
import { genericGetAttr, attributeError, objectNew } from './object.js';
import { codeEntry } from './code.js';
import { cellGet } from './cell.js';
import { TS } from '../vm/state.js';

function isType(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(I32[v.a >> 2]!, T_TYPE);
}

/** supercheck: the type whose MRO the lookup walks (obj itself for super(type, type2)). */
function superCheck(type: number, obj: Value): number {
  if (isType(obj) && isSubtype(obj.a, type)) return obj.a;
  const ot = typeOf(obj);
  if (isSubtype(ot, type)) return ot;
  // obj.__class__ may differ from type(obj) (proxies).
  let cls: Value | undefined;
  try {
    cls = getattrHook(obj, '__class__');
  } catch {
    cls = undefined;
  }
  if (cls !== undefined && isType(cls) && cls.a !== ot && isSubtype(cls.a, type)) return cls.a;
  const what = isType(obj) ? `type ${typeName(obj.a)}` : `instance of ${typeName(ot)}`;
  raise('TypeError', `super(type, obj): obj (${what}) is not an instance or subtype of type (${typeName(type)}).`);
}

let getattrHook: (v: Value, name: string) => Value | undefined = (v, n) => genericGetAttr(v, n);
export function setSuperGetattr(f: typeof getattrHook): void {
  getattrHook = f;
}

/** The valid identifier form the compiler gives frame fields (emitter.ts jsName). */
function fieldName(prefix: string, name: string): string {
  return prefix + name.replace(/[^A-Za-z0-9_]/g, (c) => `$${c.codePointAt(0)!.toString(16)}_`);
}

/** A frame's cell field holds the cell's address or a Ref to it. */
function cellAddr(f: unknown): number {
  return typeof f === 'number' ? f : f instanceof Ref ? f.a : 0;
}

/** super_init_without_args: [__class__, first argument] of the calling frame. */
function fromFrame(): [number, Value] {
  const fr = TS.frame;
  if (fr === null) raise('RuntimeError', 'super(): no current frame');
  const code = fr.code;
  if (!(code instanceof Ref)) raise('RuntimeError', 'super(): no arguments');
  const ce = codeEntry(code.a);
  if (ce.argcount === 0) raise('RuntimeError', 'super(): no arguments');
  const first = ce.varnames[0]!;
  let arg: Value | undefined;
  const cf = cellAddr(fr[fieldName('c_', first)]);
  if (cf !== 0) arg = cellGet(cf);
  else arg = fr[fieldName('v_', first)] as Value | undefined;
  if (arg === undefined) raise('RuntimeError', 'super(): arg[0] deleted');
  const cc = cellAddr(fr['c___class__']);
  if (cc === 0) raise('RuntimeError', 'super(): __class__ cell not found');
  const cls = cellGet(cc);
  if (cls === undefined) raise('RuntimeError', 'super(): empty __class__ cell');
  if (!isType(cls)) raise('RuntimeError', `super(): __class__ is not a type (${typeName(typeOf(cls))})`);
  return [cls.a, arg];
}

/** super_init_impl: fills a super object from (type, obj) or from the frame. */
function superInit(self: number, args: Value[]): void {
  if (args.length > 2) raise('TypeError', `super() expected at most 2 arguments, got ${args.length}`);
  let type: number;
  let obj: Value | undefined;
  if (args.length === 0) {
    [type, obj] = fromFrame();
  } else {
    const a0 = args[0]!;
    if (!isType(a0)) raise('TypeError', `super() argument 1 must be a type, not ${typeName(typeOf(a0))}`);
    type = a0.a;
    obj = args.length === 2 ? args[1]! : undefined;
  }
  if (obj === null) obj = undefined;
  const objType = obj === undefined ? 0 : superCheck(type, obj);
  setSlot(self, SuperSlot.Type, type);
  setSlot(self, SuperSlot.Obj, obj === undefined ? 0 : encode(obj));
  setSlot(self, SuperSlot.ObjType, objType);
}

function superType(self: Value): number {
  return getSlot((self as Ref).a, SuperSlot.Type);
}
function superObj(self: Value): Value | undefined {
  const o = getSlot((self as Ref).a, SuperSlot.Obj);
  return o === 0 ? undefined : decode(o);
}
function superObjType(self: Value): number {
  return getSlot((self as Ref).a, SuperSlot.ObjType);
}

/** _super_lookup_descr: `name` in the dicts of the MRO entries after su.type. */
function lookupAfter(type: number, objType: number, name: string): Value | undefined {
  const mro = tupleItemsTagged(getSlot(objType, TypeSlot.Mro));
  let i = 0;
  while (i + 1 < mro.length && mro[i] !== type) i++;
  for (i++; i < mro.length; i++) {
    const v = dictGet(getSlot(mro[i]!, TypeSlot.Dict), name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** super_getattro / do_super_lookup. */
function superGetattr(self: Value, name: string): Value | undefined {
  const objType = superObjType(self);
  if (objType !== 0 && name !== '__class__') {
    const res = lookupAfter(superType(self), objType, name);
    if (res !== undefined) {
      if (!hasDescrGet(res)) return res;
      const obj = superObj(self)!;
      const inst = obj instanceof Ref && obj.a === objType ? null : obj;
      return descrGet(res, inst, new Ref(objType));
    }
  }
  return genericGetAttr(self, name);
}

function superRepr(self: Value): string {
  const t = superType(self);
  const tn = t === 0 ? 'NULL' : `<class '${typeName(t)}'>`;
  const ot = superObjType(self);
  return ot === 0 ? `<super: ${tn}, NULL>` : `<super: ${tn}, <${typeName(ot)} object>>`;
}

export const superType_ = defineBuiltinType({
  name: 'super',
  flags: TypeFlag.BaseType,
  instanceSlots: SuperSlot.Count,
  doc: 'super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n' +
    'super(type, obj) -> bound super object; requires isinstance(obj, type)\n' +
    'super(type, type2) -> bound super object; requires issubclass(type2, type)',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((cls: Value) => objectNew(cls, [], 0)) as never,
    },
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: ((self: Value, args: Value[], kw: Map<string, Value>) => {
        if (kw.size) raise('TypeError', 'super() takes no keyword arguments');
        superInit((self as Ref).a, args);
        return null;
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => superRepr(self)) as never },
    __getattribute__: {
      sig: '__getattribute__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        if (typeof name !== 'string') raise('TypeError', `attribute name must be string, not '${typeName(typeOf(name))}'`);
        const v = superGetattr(self, name);
        if (v === undefined) attributeError(self, name);
        return v;
      }) as never,
    },
    __get__: {
      sig: '__get__($self, instance, owner=None, /)',
      fn: ((self: Value, obj: Value, owner: Value) => superDescrGet(self, obj, owner)) as never,
    },
  },
  getsets: {
    __thisclass__: { get: ((self: Value) => (superType(self) === 0 ? null : new Ref(superType(self)))) as never },
    __self__: { get: ((self: Value) => superObj(self) ?? null) as never },
    __self_class__: { get: ((self: Value) => (superObjType(self) === 0 ? null : new Ref(superObjType(self)))) as never },
  },
  slots: {
    repr: superRepr,
    getattr: superGetattr,
    descrGet: (self, obj, owner) => superDescrGet(self, obj, owner),
  },
});

/** super_descr_get: binding an unbound super object to an instance. */
function superDescrGet(self: Value, obj: Value | null, _owner: Value): Value {
  if (obj === null || superObj(self) !== undefined) return self;
  const t = typeOf(self);
  return call(new Ref(t), [new Ref(superType(self)), obj]);
}
