// The singleton types: NoneType, NotImplementedType and ellipsis (their one instance each is a
// permanent heap object; in JavaScript None is `null`). CPython: Objects/object.c.

import { Ref, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { raise } from './protocol.js';
import { SINGLETONS } from './bootstrap.js';

export const noneType = defineBuiltinType({
  name: 'NoneType',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((_t: Value, args: Value[], kw: Map<string, Value>) => {
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
      fn: ((_t: Value, args: Value[], kw: Map<string, Value>) => {
        if (args.length || kw.size) raise('TypeError', 'NotImplementedType takes no arguments');
        return new Ref(SINGLETONS.notImplemented);
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: (() => 'NotImplemented') as never },
    __reduce__: { sig: '__reduce__($self, /)', fn: (() => 'NotImplemented') as never },
  },
  slots: { repr: () => 'NotImplemented' },
});

export const ellipsisType = defineBuiltinType({
  name: 'ellipsis',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((_t: Value, args: Value[], kw: Map<string, Value>) => {
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
