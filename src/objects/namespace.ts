// types.SimpleNamespace: attribute bag with a keyword constructor, repr and equality by __dict__.
// CPython: Objects/namespaceobject.c.

import { Ref, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { raise, repr, toArray } from './protocol.js';
import { typeOf, typeName, typeFlags, isSubtype } from './typeobject.js';
import { TypeFlag } from './layouts.js';
import { instanceDict } from './object.js';
import { dictItems, dictSet, isDict } from './dict.js';
import { notImplemented, reprEnter, reprLeave, richCompareBool, Cmp } from './coll_ops.js';

const enum NsSlot { Dict, Count }

function nsRepr(self: Value): string {
  const a = (self as Ref).a;
  const t = typeOf(self);
  const name = typeFlags(t) & TypeFlag.Heap ? typeName(t) : 'namespace';
  if (reprEnter(a)) return `${name}(...)`;
  try {
    const d = instanceDict(self, true);
    const parts = dictItems(d).filter(([k]) => typeof k === 'string').map(([k, v]) => `${k as string}=${repr(v)}`);
    return `${name}(${parts.join(', ')})`;
  } finally {
    reprLeave(a);
  }
}

export const simpleNamespaceType = defineBuiltinType({
  name: 'SimpleNamespace',
  module: 'types',
  flags: TypeFlag.BaseType,
  instanceSlots: NsSlot.Count,
  dictSlot: NsSlot.Dict,
  methods: {
    __init__: {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: ((self: Value, args: Value[], kw: Map<string, Value>) => {
        if (args.length > 1) raise('TypeError', `SimpleNamespace expected at most 1 argument, got ${args.length}`);
        const d = instanceDict(self, true);
        if (args.length === 1) {
          const src = args[0]!;
          const pairs = isDict(src) ? dictItems(src.a) : toArray(src).map((p) => toArray(p) as [Value, Value]);
          for (const [k, v] of pairs) {
            if (typeof k !== 'string') raise('TypeError', 'keywords must be strings');
            dictSet(d, k, v);
          }
        }
        for (const [k, v] of kw) dictSet(d, k, v);
        return null;
      }) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => nsRepr(self)) as never },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: ((a: Value, b: Value) => {
        if (!isNamespace(b)) return notImplemented();
        return richCompareBool(new Ref(instanceDict(a, true)), new Ref(instanceDict(b, true)), Cmp.EQ);
      }) as never,
    },
  },
  attrs: { __hash__: () => null },
  slots: { repr: nsRepr },
});

function isNamespace(v: Value): boolean {
  return v instanceof Ref && instanceDict(v, false) !== 0 && isSubtypeOfNs(typeOf(v));
}
function isSubtypeOfNs(t: number): boolean {
  return isSubtype(t, TYPE_ADDR[simpleNamespaceType.index]!);
}
