// Descriptors: method descriptors of builtin types (list.append), class-method descriptors,
// slot wrappers (list.__len__), getset descriptors (type.__name__), builtin functions and bound
// builtin methods, member descriptors (__slots__), property, classmethod, staticmethod.
// CPython: Objects/descrobject.c, Objects/methodobject.c, Objects/funcobject.c (cm/sm).

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { DescrSlot, BuiltinFuncSlot, PropertySlot, TypeSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, T_TYPE, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from './registry.js';
import { typeOf, typeName, typeQualname, isSubtype } from './typeobject.js';
import { raise, call, callNative, descrGet, typeNameOf, truthy } from './protocol.js';
import { strFromHeap, strToHeap } from './str.js';
import { NATIVES } from './native.js';

function objclass(d: Value): number {
  return getSlot((d as Ref).a, DescrSlot.ObjClass);
}
function dname(d: Value): string {
  return strFromHeap(getSlot((d as Ref).a, DescrSlot.Name));
}
function nativeIndex(d: Value): number {
  return getSlot((d as Ref).a, DescrSlot.Native) >> 1;
}

function checkSelf(d: Value, obj: Value): void {
  const oc = objclass(d);
  if (!isSubtype(typeOf(obj), oc)) {
    raise('TypeError', `descriptor '${dname(d)}' for '${typeName(oc)}' objects doesn't apply to a '${typeNameOf(obj)}' object`);
  }
}

/** A builtin method bound to `self` (builtin_function_or_method with __self__). */
export function bindNative(index: number, self: Value, name: string): Value {
  const m = allocObj(TYPE_ADDR[builtinMethodType.index]!, BuiltinFuncSlot.Count, 0);
  setSlot(m, BuiltinFuncSlot.Self, encode(self));
  setSlot(m, BuiltinFuncSlot.Name, strToHeap(name));
  setSlot(m, BuiltinFuncSlot.Native, tagInt(index));
  return new Ref(m);
}

/** A module-level builtin function (no self). */
export function newBuiltinFunction(index: number, name: string, module: string | null, permanent = false): number {
  void permanent;
  const m = allocObj(TYPE_ADDR[builtinMethodType.index]!, BuiltinFuncSlot.Count, 0);
  setSlot(m, BuiltinFuncSlot.Self, 0);
  setSlot(m, BuiltinFuncSlot.Name, strToHeap(name));
  setSlot(m, BuiltinFuncSlot.Native, tagInt(index));
  setSlot(m, BuiltinFuncSlot.Module, module === null ? encode(null) : strToHeap(module));
  return m;
}

export const methodDescriptorType = defineBuiltinType({
  name: 'method_descriptor',
  slots: {
    descrGet: (d, obj) => {
      if (obj === null) return d;
      checkSelf(d, obj);
      return bindNative(nativeIndex(d), obj, dname(d));
    },
    call: (d, args, kwNames, kwValues) => {
      if (args.length === 0) raise('TypeError', `unbound method ${typeName(objclass(d))}.${dname(d)}() needs an argument`);
      checkSelf(d, args[0]!);
      return callNative(nativeIndex(d), args[0]!, args.slice(1), kwNames, kwValues);
    },
    repr: (d) => `<method '${dname(d)}' of '${typeName(objclass(d))}' objects>`,
  },
  getsets: {
    __name__: { get: ((d: Value) => dname(d)) as never },
    __qualname__: { get: ((d: Value) => `${typeName(objclass(d))}.${dname(d)}`) as never },
    __objclass__: { get: ((d: Value) => new Ref(objclass(d))) as never },
    __doc__: { get: ((d: Value) => NATIVES[nativeIndex(d)]!.doc) as never },
    __text_signature__: { get: ((d: Value) => NATIVES[nativeIndex(d)]!.sig.replace(/^[^(]*/, '')) as never },
  },
});

export const wrapperDescriptorType = defineBuiltinType({
  name: 'wrapper_descriptor',
  slots: {
    descrGet: (d, obj) => {
      if (obj === null) return d;
      checkSelf(d, obj);
      return bindNative(nativeIndex(d), obj, dname(d));
    },
    call: (d, args, kwNames, kwValues) => {
      if (args.length === 0) raise('TypeError', `descriptor '${dname(d)}' of '${typeName(objclass(d))}' object needs an argument`);
      checkSelf(d, args[0]!);
      return callNative(nativeIndex(d), args[0]!, args.slice(1), kwNames, kwValues);
    },
    repr: (d) => `<slot wrapper '${dname(d)}' of '${typeName(objclass(d))}' objects>`,
  },
  getsets: {
    __name__: { get: ((d: Value) => dname(d)) as never },
    __qualname__: { get: ((d: Value) => `${typeName(objclass(d))}.${dname(d)}`) as never },
    __objclass__: { get: ((d: Value) => new Ref(objclass(d))) as never },
  },
});

export const classMethodDescriptorType = defineBuiltinType({
  name: 'classmethod_descriptor',
  slots: {
    descrGet: (d, obj, type) => {
      const cls = type !== null && type !== undefined ? type : new Ref(typeOf(obj));
      return bindNative(nativeIndex(d), cls, dname(d));
    },
    call: (d, args, kwNames, kwValues) => callNative(nativeIndex(d), args[0]!, args.slice(1), kwNames, kwValues),
    repr: (d) => `<method '${dname(d)}' of '${typeName(objclass(d))}' objects>`,
  },
});

export const getsetDescriptorType = defineBuiltinType({
  name: 'getset_descriptor',
  slots: {
    descrGet: (d, obj) => {
      if (obj === null) return d;
      checkSelf(d, obj);
      return callNative(nativeIndex(d), obj, [], null, null);
    },
    descrSet: (d, obj, value) => {
      checkSelf(d, obj);
      const setter = getSlot((d as Ref).a, DescrSlot.Extra) >> 1;
      if (setter === -2) raise('AttributeError', 'readonly attribute');
      if (setter < 0) {
        raise('AttributeError', `attribute '${dname(d)}' of '${typeName(objclass(d))}' objects is not writable`);
      }
      if (value === undefined) {
        // A setter whose value parameter is optional (`value=<missing>`) also handles deletion.
        if (NATIVES[setter]!.minPositional > 0) raise('TypeError', `cannot delete '${dname(d)}' attribute`);
        callNative(setter, obj, [], null, null);
        return;
      }
      callNative(setter, obj, [value], null, null);
    },
    repr: (d) => `<attribute '${dname(d)}' of '${typeName(objclass(d))}' objects>`,
  },
  getsets: {
    __name__: { get: ((d: Value) => dname(d)) as never },
    __objclass__: { get: ((d: Value) => new Ref(objclass(d))) as never },
  },
});

/** __slots__ members: a slot index in DescrSlot.Native. */
export const memberDescriptorType = defineBuiltinType({
  name: 'member_descriptor',
  slots: {
    descrGet: (d, obj) => {
      if (obj === null) return d;
      checkSelf(d, obj);
      const v = decode(I32[((obj as Ref).a >> 2) + 2 + (getSlot((d as Ref).a, DescrSlot.Native) >> 1)]!);
      if (v === undefined) raise('AttributeError', `'${typeNameOf(obj)}' object has no attribute '${dname(d)}'`);
      return v;
    },
    descrSet: (d, obj, value) => {
      checkSelf(d, obj);
      const i = ((obj as Ref).a >> 2) + 2 + (getSlot((d as Ref).a, DescrSlot.Native) >> 1);
      if (value === undefined) {
        // member_set (PyMember_SetOne) deleting an unset slot: just the attribute's name.
        if (I32[i] === 0) raise('AttributeError', dname(d));
        I32[i] = 0;
      } else {
        I32[i] = encode(value);
      }
    },
    repr: (d) => `<member '${dname(d)}' of '${typeName(objclass(d))}' objects>`,
  },
  getsets: { __name__: { get: ((d: Value) => dname(d)) as never } },
});

export function newMemberDescriptor(cls: number, name: string, slot: number): Value {
  const d = allocObj(TYPE_ADDR[memberDescriptorType.index]!, DescrSlot.Count, 0);
  setSlot(d, DescrSlot.ObjClass, cls);
  setSlot(d, DescrSlot.Name, strToHeap(name));
  setSlot(d, DescrSlot.Native, tagInt(slot));
  return new Ref(d);
}

/**
 * descr.__get__(None, NoneType) for attribute reads on None: None is JS null, the same value that
 * means "no instance" to the descriptor slots, so the builtin descriptors bind to None here.
 */
export function descrGetForNone(d: Value, type: Value): Value {
  const dt = typeOf(d);
  if (dt === TYPE_ADDR[methodDescriptorType.index] || dt === TYPE_ADDR[wrapperDescriptorType.index]) {
    return bindNative(nativeIndex(d), null, dname(d));
  }
  if (dt === TYPE_ADDR[getsetDescriptorType.index]) return callNative(nativeIndex(d), null, [], null, null);
  return descrGet(d, null, type);
}

export const builtinMethodType = defineBuiltinType({
  name: 'builtin_function_or_method',
  slots: {
    call: (m, args, kwNames, kwValues) => {
      const a = (m as Ref).a;
      const idx = getSlot(a, BuiltinFuncSlot.Native) >> 1;
      // __self__ is shown (a type's __new__ is bound to the type) but only passed to natives
      // declared with $self/$type.
      const selfT = NATIVES[idx]!.hasSelf ? getSlot(a, BuiltinFuncSlot.Self) : 0;
      const self = selfT === 0 ? undefined : decode(selfT);
      // A method bound to a class is named after that class (meth_get__qualname__).
      const n = NATIVES[idx]!;
      const qualname = n.qualname !== null && n.qualname.includes('.') && self instanceof Ref && isSubtype(I32[self.a >> 2]!, T_TYPE)
        ? `${typeQualname(self.a)}.${n.qualname.slice(n.qualname.lastIndexOf('.') + 1)}` : undefined;
      return callNative(idx, self, args, kwNames, kwValues, qualname);
    },
    repr: (m) => {
      const a = (m as Ref).a;
      const name = strFromHeap(getSlot(a, BuiltinFuncSlot.Name));
      const selfT = getSlot(a, BuiltinFuncSlot.Self);
      if (selfT === 0) return `<built-in function ${name}>`;
      const self = decode(selfT)!;
      if (self instanceof Ref && isSubtype(I32[self.a >> 2]!, TYPE_ADDR[typeIdx()]!)) {
        return `<built-in method ${name} of type object at 0x${self.a.toString(16).padStart(12, '0')}>`;
      }
      return `<built-in method ${name} of ${typeNameOf(self)} object at 0x${(self instanceof Ref ? self.a : 0).toString(16).padStart(12, '0')}>`;
    },
  },
  getsets: {
    __name__: { get: ((m: Value) => strFromHeap(getSlot((m as Ref).a, BuiltinFuncSlot.Name))) as never },
    __qualname__: { get: ((m: Value) => builtinQualname(m)) as never },
    __self__: {
      get: ((m: Value) => {
        const s = getSlot((m as Ref).a, BuiltinFuncSlot.Self);
        if (s !== 0) return decode(s)!;
        // A module's function has the module as __self__ (found by its name in sys.modules).
        const mod = decode(getSlot((m as Ref).a, BuiltinFuncSlot.Module)) ?? null;
        return typeof mod === 'string' ? moduleByName(mod) ?? mod : mod;
      }) as never,
    },
    __module__: { get: ((m: Value) => decode(getSlot((m as Ref).a, BuiltinFuncSlot.Module)) ?? null) as never },
    __doc__: { get: ((m: Value) => NATIVES[getSlot((m as Ref).a, BuiltinFuncSlot.Native) >> 1]!.doc) as never },
    __text_signature__: {
      get: ((m: Value) => NATIVES[getSlot((m as Ref).a, BuiltinFuncSlot.Native) >> 1]!.sig.replace(/^[^(]*/, '')) as never,
    },
  },
});

/** A builtin's qualified name: bound to a type or an instance, it is named after that type (meth_get__qualname__). */
export function builtinQualname(m: Value): string {
  const a = (m as Ref).a;
  const name = strFromHeap(getSlot(a, BuiltinFuncSlot.Name));
  const selfT = getSlot(a, BuiltinFuncSlot.Self);
  if (selfT === 0) return name;
  const self = decode(selfT)!;
  const isType = self instanceof Ref && isSubtype(I32[self.a >> 2]!, T_TYPE);
  const t = isType ? (self as Ref).a : typeOf(self);
  if (!isType && isSubtype(t, builtinTypeAddr('module'))) return name;
  return `${typeQualname(t)}.${name}`;
}

let typeIndexCache = -1;
function typeIdx(): number {
  if (typeIndexCache < 0) typeIndexCache = TYPE_ADDR.findIndex((a, i) => i >= 0 && a !== 0 && strFromHeap(getSlot(a, TypeSlot.Name)) === 'type');
  return typeIndexCache;
}

// ---- property, classmethod, staticmethod --------------------------------------------------------

export const propertyType = defineBuiltinType({
  name: 'property',
  flags: 2 /* BaseType */,
  instanceSlots: PropertySlot.Count,
  methods: {
    __init__: {
      sig: '__init__($self, /, fget=None, fset=None, fdel=None, doc=None)',
      fn: ((self: Value, fget: Value, fset: Value, fdel: Value, doc: Value) => {
        const a = (self as Ref).a;
        setSlot(a, PropertySlot.Get, encode(fget));
        setSlot(a, PropertySlot.Set, encode(fset));
        setSlot(a, PropertySlot.Del, encode(fdel));
        let d = doc;
        if (d === null && fget !== null) {
          try {
            d = getattrHook(fget, '__doc__') ?? null;
          } catch {
            d = null;
          }
        }
        setSlot(a, PropertySlot.Doc, encode(d));
        return null;
      }) as never,
    },
    getter: { sig: 'getter($self, function, /)', fn: ((s: Value, f: Value) => propertyCopy(s, 0, f)) as never },
    setter: { sig: 'setter($self, function, /)', fn: ((s: Value, f: Value) => propertyCopy(s, 1, f)) as never },
    deleter: { sig: 'deleter($self, function, /)', fn: ((s: Value, f: Value) => propertyCopy(s, 2, f)) as never },
    __set_name__: {
      sig: '__set_name__($self, owner, name, /)',
      fn: ((s: Value, _o: Value, name: Value) => {
        setSlot((s as Ref).a, PropertySlot.Name, encode(name));
        return null;
      }) as never,
    },
    __get__: { sig: '__get__($self, instance, owner=None, /)', fn: ((s: Value, o: Value, t: Value) => propertyGet(s, o, t)) as never },
    __set__: { sig: '__set__($self, instance, value, /)', fn: ((s: Value, o: Value, v: Value) => { propertySet(s, o, v); return null; }) as never },
    __delete__: { sig: '__delete__($self, instance, /)', fn: ((s: Value, o: Value) => { propertySet(s, o, undefined); return null; }) as never },
  },
  getsets: {
    fget: { get: ((s: Value) => decode(getSlot((s as Ref).a, PropertySlot.Get))!) as never, member: true },
    fset: { get: ((s: Value) => decode(getSlot((s as Ref).a, PropertySlot.Set))!) as never, member: true },
    fdel: { get: ((s: Value) => decode(getSlot((s as Ref).a, PropertySlot.Del))!) as never, member: true },
    // property_get___name__: the __set_name__ name, else the getter's __name__.
    __name__: {
      get: ((s: Value) => {
        const n = decode(getSlot((s as Ref).a, PropertySlot.Name));
        if (n !== undefined && n !== null) return n;
        const f = decode(getSlot((s as Ref).a, PropertySlot.Get));
        const fn = f === null || f === undefined ? undefined : getattrHook(f, '__name__');
        if (fn === undefined) raise('AttributeError', `'${typeNameOf(s)}' object has no attribute '__name__'`);
        return fn;
      }) as never,
      set: ((s: Value, v: Value) => { setSlot((s as Ref).a, PropertySlot.Name, encode(v)); return null; }) as never,
    },
    __doc__: {
      get: ((s: Value) => decode(getSlot((s as Ref).a, PropertySlot.Doc)) ?? null) as never,
      set: ((s: Value, v: Value) => { setSlot((s as Ref).a, PropertySlot.Doc, encode(v)); return null; }) as never,
    },
    __isabstractmethod__: {
      get: ((s: Value) => {
        for (const i of [PropertySlot.Get, PropertySlot.Set, PropertySlot.Del]) {
          const f = decode(getSlot((s as Ref).a, i));
          if (f !== null && f !== undefined) {
            const v = getattrHook(f, '__isabstractmethod__');
            if (v !== undefined && truthy(v)) return true;
          }
        }
        return false;
      }) as never,
    },
  },
  slots: {
    descrGet: (s, obj, t) => propertyGet(s, obj, t),
    descrSet: (s, obj, v) => propertySet(s, obj, v),
  },
});

function propertyName(s: Value): string {
  const n = decode(getSlot((s as Ref).a, PropertySlot.Name));
  return typeof n === 'string' ? n : '';
}

function propertyGet(s: Value, obj: Value | null, _t: Value): Value {
  if (obj === null) return s;
  const f = decode(getSlot((s as Ref).a, PropertySlot.Get));
  if (f === null || f === undefined) {
    const n = propertyName(s);
    raise('AttributeError', n ? `property '${n}' of '${typeNameOf(obj)}' object has no getter` : `property of '${typeNameOf(obj)}' object has no getter`);
  }
  return call(f, [obj]);
}

function propertySet(s: Value, obj: Value, v: Value | undefined): void {
  const f = decode(getSlot((s as Ref).a, v === undefined ? PropertySlot.Del : PropertySlot.Set));
  if (f === null || f === undefined) {
    const n = propertyName(s);
    const what = v === undefined ? 'deleter' : 'setter';
    raise('AttributeError', n ? `property '${n}' of '${typeNameOf(obj)}' object has no ${what}` : `property of '${typeNameOf(obj)}' object has no ${what}`);
  }
  call(f, v === undefined ? [obj] : [obj, v]);
}

function propertyCopy(s: Value, which: number, f: Value): Value {
  const a = (s as Ref).a;
  const t = I32[a >> 2]!;
  const get = which === 0 ? f : decode(getSlot(a, PropertySlot.Get))!;
  const set = which === 1 ? f : decode(getSlot(a, PropertySlot.Set))!;
  const del = which === 2 ? f : decode(getSlot(a, PropertySlot.Del))!;
  const doc = decode(getSlot(a, PropertySlot.Doc))!;
  const p = call(new Ref(t), [get, set, del, doc]);
  setSlot((p as Ref).a, PropertySlot.Name, getSlot(a, PropertySlot.Name));
  return p;
}

let getattrHook: (v: Value, name: string) => Value | undefined = () => undefined;
export function setDescriptorGetattr(f: typeof getattrHook): void {
  getattrHook = f;
}

const enum WrapSlot { Callable, Dict, Count }

function makeWrapper(kind: 'classmethod' | 'staticmethod') {
  return defineBuiltinType({
    name: kind,
    flags: 2,
    instanceSlots: WrapSlot.Count,
    dictSlot: WrapSlot.Dict,
    methods: {
      __init__: {
        sig: '__init__($self, function, /)',
        fn: ((self: Value, f: Value) => {
          setSlot((self as Ref).a, WrapSlot.Callable, encode(f));
          return null;
        }) as never,
      },
      __get__: {
        sig: '__get__($self, instance, owner=None, /)',
        fn: ((self: Value, obj: Value, type: Value) => wrapperGet(kind, self, obj, type)) as never,
      },
      ...(kind === 'staticmethod' ? {
        __call__: {
          sig: '__call__($self, /, *args, **kwargs)',
          fn: ((self: Value, args: Value[], kw: Map<string, Value>) =>
            call(decode(getSlot((self as Ref).a, WrapSlot.Callable))!, args, kw.size ? [...kw.keys()] : null,
              kw.size ? [...kw.values()] : null)) as never,
        },
      } : {}),
    },
    getsets: {
      __func__: { get: ((self: Value) => decode(getSlot((self as Ref).a, WrapSlot.Callable))!) as never, member: true },
      __wrapped__: { get: ((self: Value) => decode(getSlot((self as Ref).a, WrapSlot.Callable))!) as never },
      __isabstractmethod__: {
        get: ((self: Value) => {
          const v = getattrHook(decode(getSlot((self as Ref).a, WrapSlot.Callable))!, '__isabstractmethod__');
          return v !== undefined && truthy(v);
        }) as never,
      },
    },
    slots: {
      descrGet: (self, obj, type) => wrapperGet(kind, self, obj, type),
      repr: (self) => `<${kind}(${reprHook(decode(getSlot((self as Ref).a, WrapSlot.Callable))!)})>`,
    },
  });
}

function wrapperGet(kind: string, self: Value, obj: Value | null, type: Value): Value {
  const f = decode(getSlot((self as Ref).a, WrapSlot.Callable))!;
  if (kind === 'staticmethod') return f;
  const cls = type !== null && type !== undefined ? type : new Ref(typeOf(obj));
  return boundMethodHook(f, cls);
}

let boundMethodHook: (f: Value, self: Value) => Value = () => null;
let reprHook: (v: Value) => string = () => '';
let moduleByName: (name: string) => Value | undefined = () => undefined;
export function setModuleByName(f: typeof moduleByName): void {
  moduleByName = f;
}

export function setWrapperHooks(h: { boundMethod: typeof boundMethodHook; repr: typeof reprHook }): void {
  boundMethodHook = h.boundMethod;
  reprHook = h.repr;
}

export const classmethodType = makeWrapper('classmethod');
export const staticmethodType = makeWrapper('staticmethod');

export { descrGet, NATIVES };
