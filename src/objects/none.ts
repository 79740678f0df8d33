// The singleton types: NoneType, NotImplementedType and ellipsis (their one instance each is a
// permanent heap object; in JavaScript None is `null`). CPython: Objects/object.c.

import { Ref, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import type { NativeSpec } from './native.js';
import { raise } from './protocol.js';
import { SINGLETONS } from './bootstrap.js';
import { checkNewType } from './coll_ops.js';

/**
 * NoneType's own rich comparison (CPython 3.14 gives NoneType a tp_richcompare): == and != by identity,
 * orderings NotImplemented. Declared per operator as slot wrappers, as CPython's type dict shows them.
 */
function noneCompare(op: 'eq' | 'ne' | 'order'): NativeSpec & { kind: 'slot' } {
  return {
    sig: `__${op === 'order' ? 'lt' : op}__($self, value, /)`, kind: 'slot',
    fn: ((self: Value, other: Value): Value => {
      if (op === 'order' || other !== null) return new Ref(SINGLETONS.notImplemented);
      return op === 'eq' ? self === other : self !== other;
    }) as never,
  };
}
const orderSig = (name: string): NativeSpec & { kind: 'slot' } => ({ ...noneCompare('order'), sig: `${name}($self, value, /)` });

export const noneType = defineBuiltinType({
  name: 'NoneType',
  methods: {
    __eq__: noneCompare('eq'),
    __ne__: noneCompare('ne'),
    __lt__: orderSig('__lt__'),
    __le__: orderSig('__le__'),
    __gt__: orderSig('__gt__'),
    __ge__: orderSig('__ge__'),
    __hash__: { sig: '__hash__($self, /)', kind: 'slot', fn: (() => 0xfca86420) as never },
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((t: Value, args: Value[], kw: Map<string, Value>) => {
        checkNewType(t, TYPE_ADDR[noneType.index]!);
        if (args.length || kw.size) raise('TypeError', 'NoneType takes no arguments');
        return null;
      }) as never,
    },
    __bool__: { sig: '__bool__($self, /)', fn: (() => false) as never },
    __repr__: { sig: '__repr__($self, /)', fn: (() => 'None') as never },
  },
  slots: { repr: () => 'None', bool: () => false, hash: () => 0xfca86420 },
});

export const notImplementedType = defineBuiltinType({
  name: 'NotImplementedType',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((t: Value, args: Value[], kw: Map<string, Value>) => {
        checkNewType(t, TYPE_ADDR[notImplementedType.index]!);
        if (args.length || kw.size) raise('TypeError', 'NotImplementedType takes no arguments');
        return new Ref(SINGLETONS.notImplemented);
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: (() => 'NotImplemented') as never },
    __reduce__: { sig: '__reduce__($self, /)', fn: (() => 'NotImplemented') as never },
  },
  // notimplemented_bool: a TypeError since 3.14.
  slots: { repr: () => 'NotImplemented', bool: () => raise('TypeError', 'NotImplemented should not be used in a boolean context') },
});

export const ellipsisType = defineBuiltinType({
  name: 'ellipsis',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((t: Value, args: Value[], kw: Map<string, Value>) => {
        checkNewType(t, TYPE_ADDR[ellipsisType.index]!);
        if (args.length || kw.size) raise('TypeError', 'ellipsis takes no arguments');
        return new Ref(SINGLETONS.ellipsis);
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: (() => 'Ellipsis') as never },
    __reduce__: { sig: '__reduce__($self, /)', fn: (() => 'Ellipsis') as never },
  },
  slots: { repr: () => 'Ellipsis' },
});

/** The internal type of dict hash tables (never visible to Python code). */
export const dictTableType = defineBuiltinType({ name: 'dict_table', internal: true });
