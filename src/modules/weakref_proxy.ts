// weakref.proxy: ProxyType and CallableProxyType, weak references that forward every operation
// (attributes, operators, containers, calls) to the referent and raise ReferenceError once it died.
// CPython: Objects/weakrefobject.c (proxy_*, WRAP_UNARY/WRAP_BINARY, PyWeakref_NewProxy).

import { I32 } from '../heap/index.js';
import { Ref, addrHex, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { typeOf, lookup } from '../objects/typeobject.js';
import {
  call, raise, str, truthy, len, getitem, setitem, delitem, contains, iter, next, callSpecial,
} from '../objects/protocol.js';
import { getBuiltin, raiseStopIteration } from '../objects/coll_ops.js';
import { defineNative } from '../objects/native.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { getattr, setattr, delattr } from '../vm/attr.js';
import * as ops from '../vm/ops.js';
import * as cmp from '../vm/compare.js';
import { isCallableValue } from '../vm/callable.js';
import { STOP } from '../objects/value.js';
import { dictSet } from '../objects/dict.js';
import { getOrCreateWeakref, referentOf, setProxyTypes, onWeakrefModuleInit, WeakSlot } from './_weakref.js';
import { tpName } from './weakref_table.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function isProxy(v: Value): v is Ref {
  if (!(v instanceof Ref)) return false;
  const t = I32[v.a >> 2]!;
  return t === TYPE_ADDR[proxyType.index] || t === TYPE_ADDR[callableProxyType.index];
}

/** UNWRAP: a proxy's referent (ReferenceError if it died); any other value as is. */
function unwrap(v: Value): Value {
  if (!isProxy(v)) return v;
  const o = referentOf(v.a);
  if (o === null) raise('ReferenceError', 'weakly-referenced object no longer exists');
  return o;
}

type Bin = (a: Value, b: Value) => Value;
const BINARY: Array<[string, Bin]> = [
  ['add', ops.add], ['sub', ops.sub], ['mul', ops.mul], ['matmul', ops.matmul], ['truediv', ops.truediv],
  ['floordiv', ops.floordiv], ['mod', ops.mod], ['lshift', ops.lshift], ['rshift', ops.rshift],
  ['and', ops.and], ['or', ops.or], ['xor', ops.xor],
  ['divmod', (a, b) => call(getBuiltin('divmod'), [a, b])],
];
const INPLACE: Array<[string, Bin]> = [
  ['iadd', ops.iadd], ['isub', ops.isub], ['imul', ops.imul], ['imatmul', ops.imatmul], ['itruediv', ops.itruediv],
  ['ifloordiv', ops.ifloordiv], ['imod', ops.imod], ['ilshift', ops.ilshift], ['irshift', ops.irshift],
  ['iand', ops.iand], ['ior', ops.ior], ['ixor', ops.ixor], ['ipow', ops.ipow],
];
const UNARY: Array<[string, (v: Value) => Value]> = [
  ['neg', ops.neg], ['pos', ops.pos], ['invert', ops.invert],
  ['abs', (v) => call(getBuiltin('abs'), [v])], ['int', (v) => call(getBuiltin('int'), [v])],
  ['float', (v) => call(getBuiltin('float'), [v])], ['index', (v) => callSpecialOrFail(v, '__index__')],
  ['bytes', (v) => callSpecialOrFail(v, '__bytes__')], ['reversed', (v) => callSpecialOrFail(v, '__reversed__')],
];
const COMPARE: Array<[string, Bin]> = [
  ['eq', cmp.eq], ['ne', cmp.ne], ['lt', cmp.lt], ['le', cmp.le], ['gt', cmp.gt], ['ge', cmp.ge],
];

function callSpecialOrFail(v: Value, name: string): Value {
  const r = callSpecial(v, name, []);
  if (r === undefined) raise('AttributeError', `'${tpName(typeOf(v))}' object has no attribute '${name}'`);
  return r;
}

type MethodDecl = { sig: string; fn: never };
function proxyMethods(): Record<string, MethodDecl> {
  const m: Record<string, MethodDecl> = {};
  for (const [n, f] of BINARY) {
    m[`__${n}__`] = { sig: `__${n}__($self, value, /)`, fn: fn((a: Value, b: Value) => f(unwrap(a), unwrap(b))) };
    m[`__r${n}__`] = { sig: `__r${n}__($self, value, /)`, fn: fn((a: Value, b: Value) => f(unwrap(b), unwrap(a))) };
  }
  m.__pow__ = { sig: '__pow__($self, value, mod=None, /)', fn: fn((a: Value, b: Value, c: Value) => powOf(unwrap(a), unwrap(b), c)) };
  m.__rpow__ = { sig: '__rpow__($self, value, mod=None, /)', fn: fn((a: Value, b: Value, c: Value) => powOf(unwrap(b), unwrap(a), c)) };
  for (const [n, f] of INPLACE) {
    m[`__${n}__`] = { sig: `__${n}__($self, value, /)`, fn: fn((a: Value, b: Value) => f(unwrap(a), unwrap(b))) };
  }
  for (const [n, f] of UNARY) m[`__${n}__`] = { sig: `__${n}__($self, /)`, fn: fn((a: Value) => f(unwrap(a))) };
  for (const [n, f] of COMPARE) m[`__${n}__`] = { sig: `__${n}__($self, value, /)`, fn: fn((a: Value, b: Value) => f(unwrap(a), unwrap(b))) };
  m.__next__ = {
    sig: '__next__($self, /)',
    fn: fn((a: Value) => {
      const o = unwrap(a);
      const nx = lookup(typeOf(o), '__next__');
      if (nx === undefined || nx === null) {
        raise('TypeError', `Weakref proxy referenced a non-iterator '${tpName(typeOf(o))}' object`);
      }
      const r = next(o);
      if (r === STOP) raiseStopIteration();
      return r as Value;
    }),
  };
  return m;
}

function powOf(a: Value, b: Value, mod: Value): Value {
  return mod === null ? ops.pow(a, b) : call(getBuiltin('pow'), [a, b, unwrap(mod)]);
}

function proxyRepr(self: Ref): string {
  const o = referentOf(self.a);
  if (o === null) return `<weakproxy at ${addrHex(self.a)}; dead>`;
  return `<weakproxy at ${addrHex(self.a)}; to '${tpName(typeOf(o))}' at ${addrHex(o.a)}>`;
}

function proxySlots(callable: boolean): Parameters<typeof defineBuiltinType>[0]['slots'] {
  return {
    repr: (s) => proxyRepr(s as Ref),
    str: (s) => str(unwrap(s)),
    bool: (s) => truthy(unwrap(s)),
    len: (s) => len(unwrap(s)),
    contains: (s, v) => contains(unwrap(s), v),
    getitem: (s, k) => getitem(unwrap(s), k),
    setitem: (s, k, v) => setitem(unwrap(s), k, v),
    delitem: (s, k) => delitem(unwrap(s), k),
    iter: (s) => iter(unwrap(s)),
    hash: (s) => raise('TypeError', `unhashable type: '${tpName(typeOf(s))}'`),
    getattr: (s, name) => getattr(unwrap(s), name),
    setattr: (s, name, v) => (v === undefined ? delattr(unwrap(s), name) : setattr(unwrap(s), name, v)),
    ...(callable ? {
      call: (s: Value, args: Value[], kn: string[] | null, kv: Value[] | null) => call(unwrap(s), args, kn, kv),
    } : {}),
  };
}

export const proxyType = defineBuiltinType({
  name: 'ProxyType', module: 'weakref', instanceSlots: WeakSlot.Count,
  methods: proxyMethods(), slots: proxySlots(false),
});
export const callableProxyType = defineBuiltinType({
  name: 'CallableProxyType', module: 'weakref', instanceSlots: WeakSlot.Count,
  methods: proxyMethods(), slots: proxySlots(true),
});
setProxyTypes(() => TYPE_ADDR[proxyType.index]!, () => TYPE_ADDR[callableProxyType.index]!);

/** PyWeakref_NewProxy: a callable proxy for a callable referent. */
function proxy(obj: Value, callback: Value): Value {
  const t = isCallableValue(obj) ? callableProxyType : proxyType;
  return getOrCreateWeakref(TYPE_ADDR[t.index]!, obj, callback);
}

const proxyNative = defineNative({ sig: 'proxy(object, callback=None, /)', fn: fn(proxy) });

onWeakrefModuleInit((dict) => {
  dictSet(dict, 'proxy', new Ref(newBuiltinFunction(proxyNative.index, 'proxy', '_weakref')));
  dictSet(dict, 'ProxyType', new Ref(TYPE_ADDR[proxyType.index]!));
  dictSet(dict, 'CallableProxyType', new Ref(TYPE_ADDR[callableProxyType.index]!));
});
