// Bound methods: a function and the instance it was looked up on. Attribute reads fall through
// to the function (m.__doc__, m.__name__). CPython: Objects/classobject.c (method_*).

import { allocObj as alloc } from './alloc.js';
import { MethodSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { call, raise, repr, typeNameOf } from './protocol.js';
import { lookup, typeOf } from './typeobject.js';
import { genericGetAttr } from './object.js';
import { pyHash, sameObject, notImplemented } from './coll_ops.js';
import { H } from './hooks.js';

function func(m: Value): Value {
  return decode(getSlot((m as Ref).a, MethodSlot.Func))!;
}
function self(m: Value): Value {
  return decode(getSlot((m as Ref).a, MethodSlot.Self))!;
}

export const methodType = defineBuiltinType({
  name: 'method',
  instanceSlots: MethodSlot.Count,
  methods: {
    // method_new: types.MethodType(function, instance).
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((_t: Value, args: Value[], kw: Map<string, Value>) => {
        if (kw.size > 0) raise('TypeError', 'method() takes no keyword arguments');
        if (args.length !== 2) raise('TypeError', `method expected 2 arguments, got ${args.length}`);
        if (lookup(typeOf(args[0]!), '__call__') === undefined) raise('TypeError', 'first argument must be callable');
        if (args[1] === null) raise('TypeError', 'instance must not be None');
        return newMethod(args[0]!, args[1]!);
      }) as never,
    },
    __call__: {
      sig: '__call__($self, /, *args, **kwargs)',
      fn: ((m: Value, args: Value[], kw: Map<string, Value>) =>
        call(func(m), [self(m), ...args], kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)) as never,
    },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: ((a: Value, b: Value) => (b instanceof Ref && typeNameOf(b) === 'method' ? methodEquals(a, b) : notImplemented())) as never,
    },
    __ne__: {
      sig: '__ne__($self, value, /)',
      fn: ((a: Value, b: Value) => (b instanceof Ref && typeNameOf(b) === 'method' ? !methodEquals(a, b) : notImplemented())) as never,
    },
  },
  getsets: {
    __func__: { get: ((m: Value) => func(m)) as never, member: true },
    __self__: { get: ((m: Value) => self(m)) as never, member: true },
    // The function's docstring (method_get_doc).
    __doc__: { get: ((m: Value) => H.getattr(func(m), '__doc__') ?? null) as never },
  },
  slots: {
    repr: (m) => {
      const f = func(m);
      const name = H.getattr(f, '__qualname__') ?? H.getattr(f, '__name__') ?? '?';
      return `<bound method ${typeof name === 'string' ? name : '?'} of ${repr(self(m))}>`;
    },
    hash: (m) => {
      const s = self(m);
      const hs = s instanceof Ref ? s.a : Number(pyHash(s)) | 0;
      return (hs ^ Number(pyHash(func(m)))) | 0;
    },
    getattr: (m, name) => {
      const own = genericGetAttr(m, name);
      if (own !== undefined) return own;
      return H.getattr(func(m), name);
    },
    descrGet: (m) => m,
  },
});

export function newMethod(fn: Value, obj: Value): Ref {
  const m = alloc(TYPE_ADDR[methodType.index]!, MethodSlot.Count, 0);
  setSlot(m, MethodSlot.Func, encode(fn));
  setSlot(m, MethodSlot.Self, encode(obj));
  return new Ref(m);
}

/** m1 == m2 for bound methods: same __self__ object and equal __func__. */
export function methodEquals(a: Value, b: Value): boolean {
  return sameObject(self(a), self(b)) && sameObject(func(a), func(b));
}

export { typeNameOf };
