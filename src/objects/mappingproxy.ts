// types.MappingProxyType (`mappingproxy`): a read-only view of a mapping, what type.__dict__ and
// dict views' .mapping return. Every read operation forwards to the wrapped mapping.
// CPython: Objects/descrobject.c (mappingproxy_*).

import { I32 } from '../heap/index.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { allocObj } from './alloc.js';
import { typeOf, lookup } from './typeobject.js';
import { raise, repr, len, getitem, iter, contains, callSpecial, typeNameOf, call, str } from './protocol.js';
import { isExactList } from './list.js';
import { isTuple } from './tuple.js';
import { richCompare, pyHash, genericAlias, notImplemented, Cmp, getBuiltin } from './coll_ops.js';

const enum ProxySlot { Mapping, Count }

let T_PROXY = 0;
onTypesReady(() => {
  T_PROXY = TYPE_ADDR[mappingProxyType.index]!;
});

/** mappingproxy_check_mapping + mappingproxy_new. */
export function newMappingProxy(m: Value): Value {
  if (lookup(typeOf(m), '__getitem__') === undefined || isExactList(m) || isTuple(m)) {
    raise('TypeError', `mappingproxy() argument must be a mapping, not ${typeNameOf(m)}`);
  }
  const p = allocObj(T_PROXY, ProxySlot.Count, 0);
  setSlot(p, ProxySlot.Mapping, encode(m));
  return new Ref(p);
}

function isProxy(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_PROXY;
}

function mapping(self: Value): Value {
  return decode(getSlot((self as Ref).a, ProxySlot.Mapping))!;
}

/** Calls a method of the wrapped mapping (PyObject_CallMethod). */
function forward(self: Value, name: string, args: Value[]): Value {
  const r = callSpecial(mapping(self), name, args);
  if (r === undefined) raise('AttributeError', `'${typeNameOf(mapping(self))}' object has no attribute '${name}'`);
  return r;
}

function proxyRepr(self: Value): string {
  return `mappingproxy(${repr(mapping(self))})`;
}

function orOp(a: Value, b: Value): Value {
  const x = isProxy(a) ? mapping(a) : a;
  const y = isProxy(b) ? mapping(b) : b;
  const r = callSpecial(x, '__or__', [y]);
  if (r !== undefined && !(r instanceof Ref && r.a === (notImplemented() as Ref).a)) return r;
  const r2 = callSpecial(y, '__ror__', [x]);
  return r2 === undefined ? notImplemented() : r2;
}

export const mappingProxyType = defineBuiltinType({
  name: 'mappingproxy',
  doc: 'Read-only proxy of a mapping.',
  instanceSlots: ProxySlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, mapping)', kind: 'staticmethod',
      fn: ((_cls: Value, m: Value) => newMappingProxy(m)) as never,
    },
    get: {
      sig: 'get($self, key, default=None, /)',
      fn: ((self: Value, k: Value, d: Value) => forward(self, 'get', [k, d])) as never,
    },
    keys: { sig: 'keys($self, /)', fn: ((self: Value) => forward(self, 'keys', [])) as never },
    values: { sig: 'values($self, /)', fn: ((self: Value) => forward(self, 'values', [])) as never },
    items: { sig: 'items($self, /)', fn: ((self: Value) => forward(self, 'items', [])) as never },
    copy: { sig: 'copy($self, /)', fn: ((self: Value) => forward(self, 'copy', [])) as never },
    __reversed__: {
      sig: '__reversed__($self, /)',
      fn: ((self: Value) => call(getBuiltin('reversed'), [mapping(self)])) as never,
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, item, /)', kind: 'classmethod',
      fn: ((cls: Value, item: Value) => genericAlias(cls, item)) as never,
    },
    __getitem__: { sig: '__getitem__($self, key, /)', fn: ((self: Value, k: Value) => getitem(mapping(self), k)) as never },
    __len__: { sig: '__len__($self, /)', fn: ((self: Value) => len(mapping(self))) as never },
    __iter__: { sig: '__iter__($self, /)', fn: ((self: Value) => iter(mapping(self))) as never },
    __contains__: {
      sig: '__contains__($self, key, /)', fn: ((self: Value, k: Value) => contains(mapping(self), k)) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => proxyRepr(self)) as never },
    __str__: { sig: '__str__($self, /)', fn: ((self: Value) => str(mapping(self))) as never },
    __hash__: { sig: '__hash__($self, /)', fn: ((self: Value) => pyHash(mapping(self))) as never },
    __eq__: { sig: '__eq__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.EQ)) as never },
    __ne__: { sig: '__ne__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.NE)) as never },
    __lt__: { sig: '__lt__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.LT)) as never },
    __le__: { sig: '__le__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.LE)) as never },
    __gt__: { sig: '__gt__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.GT)) as never },
    __ge__: { sig: '__ge__($self, value, /)', fn: ((a: Value, b: Value) => richCompare(mapping(a), b, Cmp.GE)) as never },
    __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => orOp(a, b)) as never },
    __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => orOp(b, a)) as never },
    __ior__: {
      sig: '__ior__($self, value, /)',
      fn: (() => raise('TypeError', `'|=' is not supported by mappingproxy; use '|' instead`)) as never,
    },
  },
  slots: {
    repr: proxyRepr,
    str: (self) => str(mapping(self)),
    len: (self) => len(mapping(self)),
    getitem: (self, k) => getitem(mapping(self), k),
    contains: (self, k) => contains(mapping(self), k),
    iter: (self) => iter(mapping(self)),
  },
});

