// The _operator module: the operator functions as natives over the VM's own operators, and the
// itemgetter / attrgetter / methodcaller types. Lib/operator.py re-exports them (its pure-Python
// versions are the fallback), so this file is about speed; behaviour and messages are CPython's.
// CPython: Modules/_operator.c.

import { Ref, STOP, getSlot, setSlot, encode, decode, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf, typeName, lookup } from '../objects/typeobject.js';
import {
  call, raise, repr, truthy, iter, next, getitem, setitem, delitem, typeNameOf,
} from '../objects/protocol.js';
import { checkNewType, asIndex, sameObject, reprEnter, reprLeave, getBuiltin } from '../objects/coll_ops.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newDict, dictSet, dictItems } from '../objects/dict.js';
import { bufferBytes } from '../objects/buffer.js';
import { getattr } from '../vm/attr.js';
import * as ops from '../vm/ops.js';
import * as cmp from '../vm/compare.js';
import { defineModule } from './define.js';
import type { NativeSpec } from '../objects/native.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const T = (d: { index: number }): number => TYPE_ADDR[d.index]!;

const bin = (f: (a: Value, b: Value) => Value, doc: string) => (name: string): NativeSpec =>
  ({ sig: `${name}($module, a, b, /)`, fn: fn(f), doc });
const un = (f: (a: Value) => Value, doc: string) => (name: string): NativeSpec =>
  ({ sig: `${name}($module, a, /)`, fn: fn(f), doc });

function concat(a: Value, b: Value, inplace: boolean): Value {
  if (lookup(typeOf(a), '__getitem__') === undefined) raise('TypeError', `'${typeNameOf(a)}' object can't be concatenated`);
  return inplace ? ops.iadd(a, b) : ops.add(a, b);
}

function countOf(a: Value, b: Value): number {
  let n = 0;
  const it = iter(a);
  for (let x = next(it); x !== STOP; x = next(it)) if (sameObject(x as Value, b) || truthy(cmp.eq(x as Value, b))) n++;
  return n;
}

function indexOf(a: Value, b: Value): number {
  let i = 0;
  const it = iter(a);
  for (let x = next(it); x !== STOP; x = next(it), i++) if (sameObject(x as Value, b) || truthy(cmp.eq(x as Value, b))) return i;
  raise('ValueError', 'sequence.index(x): x not in sequence');
}

/** _operator._compare_digest: constant-time comparison of two ASCII strs or two bytes-like objects. */
function compareDigest(a: Value, b: Value): boolean {
  let x: Uint8Array | null = null;
  let y: Uint8Array | null = null;
  if (typeof a === 'string' && typeof b === 'string') {
    if (/[^\x00-\x7f]/u.test(a) || /[^\x00-\x7f]/u.test(b)) raise('TypeError', 'comparing strings with non-ASCII characters is not supported');
    x = new TextEncoder().encode(a);
    y = new TextEncoder().encode(b);
  } else {
    x = bufferBytes(a) ?? null;
    y = bufferBytes(b) ?? null;
    if (x === null && y === null) {
      raise('TypeError', `unsupported operand types(s) or combination of types: '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
    }
    if (x === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(a)}'`);
    if (y === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(b)}'`);
  }
  if (x === null || y === null) return false;
  let diff = x.length ^ y.length;
  const other = x.length === y.length ? y : x;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ other[i]!;
  return diff === 0;
}

const FUNCTIONS: Record<string, (name: string) => NativeSpec> = {
  lt: bin(cmp.lt, 'Same as a < b.'), le: bin(cmp.le, 'Same as a <= b.'), eq: bin(cmp.eq, 'Same as a == b.'),
  ne: bin(cmp.ne, 'Same as a != b.'), ge: bin(cmp.ge, 'Same as a >= b.'), gt: bin(cmp.gt, 'Same as a > b.'),
  not_: un((a) => !truthy(a), 'Same as not a.'), truth: un((a) => truthy(a), 'Return True if a is true, False otherwise.'),
  is_: bin((a, b) => cmp.is(a, b), 'Same as a is b.'), is_not: bin((a, b) => cmp.isNot(a, b), 'Same as a is not b.'),
  is_none: un((a) => a === null, 'Same as a is None.'), is_not_none: un((a) => a !== null, 'Same as a is not None.'),
  abs: un((a) => call(getBuiltin('abs'), [a]), 'Same as abs(a).'), add: bin(ops.add, 'Same as a + b.'),
  and_: bin(ops.and, 'Same as a & b.'), floordiv: bin(ops.floordiv, 'Same as a // b.'),
  index: un((a) => asIndex(a), 'Same as a.__index__()'), inv: un(ops.invert, 'Same as ~a.'),
  invert: un(ops.invert, 'Same as ~a.'), lshift: bin(ops.lshift, 'Same as a << b.'), mod: bin(ops.mod, 'Same as a % b.'),
  mul: bin(ops.mul, 'Same as a * b.'), matmul: bin(ops.matmul, 'Same as a @ b.'), neg: un(ops.neg, 'Same as -a.'),
  or_: bin(ops.or, 'Same as a | b.'), pos: un(ops.pos, 'Same as +a.'), pow: bin(ops.pow, 'Same as a ** b.'),
  rshift: bin(ops.rshift, 'Same as a >> b.'), sub: bin(ops.sub, 'Same as a - b.'),
  truediv: bin(ops.truediv, 'Same as a / b.'), xor: bin(ops.xor, 'Same as a ^ b.'),
  concat: bin((a, b) => concat(a, b, false), 'Same as a + b, for a and b sequences.'),
  contains: bin((a, b) => cmp.contains(a, b), 'Same as b in a (note reversed operands).'),
  countOf: bin(countOf, 'Return the number of items in a which are, or which equal, b.'),
  delitem: bin((a, b) => (delitem(a, b), null), 'Same as del a[b].'), getitem: bin(getitem, 'Same as a[b].'),
  indexOf: bin(indexOf, 'Return the first index of b in a.'),
  iadd: bin(ops.iadd, 'Same as a += b.'), iand: bin(ops.iand, 'Same as a &= b.'),
  iconcat: bin((a, b) => concat(a, b, true), 'Same as a += b, for a and b sequences.'),
  ifloordiv: bin(ops.ifloordiv, 'Same as a //= b.'), ilshift: bin(ops.ilshift, 'Same as a <<= b.'),
  imod: bin(ops.imod, 'Same as a %= b.'), imul: bin(ops.imul, 'Same as a *= b.'), imatmul: bin(ops.imatmul, 'Same as a @= b.'),
  ior: bin(ops.ior, 'Same as a |= b.'), ipow: bin(ops.ipow, 'Same as a **= b.'), irshift: bin(ops.irshift, 'Same as a >>= b.'),
  isub: bin(ops.isub, 'Same as a -= b.'), itruediv: bin(ops.itruediv, 'Same as a /= b.'), ixor: bin(ops.ixor, 'Same as a ^= b.'),
  _compare_digest: bin(compareDigest, "Return 'a == b'."),
};

// ---- itemgetter / attrgetter / methodcaller ------------------------------------------------------------

const enum GSlot { Items, Extra, Count }

const items = (s: Value): Value[] => tupleItems(getSlot((s as Ref).a, GSlot.Items));

function newGetter(type: number, its: Value[], extra: Value): Ref {
  const g = allocObj(type, GSlot.Count, 0);
  setSlot(g, GSlot.Items, newTuple(its).a);
  if (extra !== null) setSlot(g, GSlot.Extra, encode(extra));
  return new Ref(g);
}

function oneArg(name: string, args: Value[], kwNames: string[] | null): Value {
  if (kwNames !== null && kwNames.length) raise('TypeError', `${name}() takes no keyword arguments`);
  if (args.length !== 1) raise('TypeError', `${name} expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function getterRepr(self: Value, parts: () => string[]): string {
  const a = (self as Ref).a;
  if (reprEnter(a)) return `${typeName(typeOf(self))}(...)`;
  try {
    return `operator.${typeName(typeOf(self))}(${parts().join(', ')})`;
  } finally {
    reprLeave(a);
  }
}

const itemgetterType = defineBuiltinType({
  name: 'itemgetter', module: 'operator', instanceSlots: GSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value, args: Value[], kw: Map<string, Value>) => {
        const t = checkNewType(type, T(itemgetterType));
        if (kw.size) raise('TypeError', 'itemgetter() takes no keyword arguments');
        if (args.length === 0) raise('TypeError', 'itemgetter expected 1 argument, got 0');
        return newGetter(t, args, null);
      }),
    },
    __reduce__: { sig: '__reduce__($self, /)', fn: fn((s: Value) => newTuple([new Ref(typeOf(s)), newTuple(items(s))])) },
  },
  slots: {
    call: (self, args, kwNames) => {
      const obj = oneArg('itemgetter', args, kwNames);
      const its = items(self);
      return its.length === 1 ? getitem(obj, its[0]!) : newTuple(its.map((i) => getitem(obj, i)));
    },
    repr: (self) => getterRepr(self, () => items(self).map(repr)),
  },
});

function dottedGet(obj: Value, path: string): Value {
  let o = obj;
  for (const n of path.split('.')) o = getattr(o, n);
  return o;
}

const attrgetterType = defineBuiltinType({
  name: 'attrgetter', module: 'operator', instanceSlots: GSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value, args: Value[], kw: Map<string, Value>) => {
        const t = checkNewType(type, T(attrgetterType));
        if (kw.size) raise('TypeError', 'attrgetter() takes no keyword arguments');
        if (args.length === 0) raise('TypeError', 'attrgetter expected 1 argument, got 0');
        for (const a of args) if (typeof a !== 'string') raise('TypeError', 'attribute name must be a string');
        return newGetter(t, args, null);
      }),
    },
    __reduce__: { sig: '__reduce__($self, /)', fn: fn((s: Value) => newTuple([new Ref(typeOf(s)), newTuple(items(s))])) },
  },
  slots: {
    call: (self, args, kwNames) => {
      const obj = oneArg('attrgetter', args, kwNames);
      const its = items(self) as string[];
      return its.length === 1 ? dottedGet(obj, its[0]!) : newTuple(its.map((n) => dottedGet(obj, n)));
    },
    repr: (self) => getterRepr(self, () => items(self).map(repr)),
  },
});

function kwOf(s: Value): Array<[Value, Value]> {
  const d = decode(getSlot((s as Ref).a, GSlot.Extra));
  return d instanceof Ref ? dictItems(d.a) : [];
}

const methodcallerType = defineBuiltinType({
  name: 'methodcaller', module: 'operator', instanceSlots: GSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value, args: Value[], kw: Map<string, Value>) => {
        const t = checkNewType(type, T(methodcallerType));
        if (args.length === 0) raise('TypeError', 'methodcaller needs at least one argument, the method name');
        if (typeof args[0] !== 'string') raise('TypeError', 'method name must be a string');
        const d = newDict();
        for (const [k, v] of kw) dictSet(d, k, v);
        return newGetter(t, args, new Ref(d));
      }),
    },
    __reduce__: {
      sig: '__reduce__($self, /)',
      fn: fn((s: Value) => {
        const [name, ...args] = items(s);
        const kw = kwOf(s);
        const cls = new Ref(typeOf(s));
        if (kw.length === 0) return newTuple([cls, newTuple([name!, ...args])]);
        const partial = getattr(callSpecialImport('functools'), 'partial');
        return newTuple([call(partial, [cls, name!], kw.map(([k]) => k as string), kw.map(([, v]) => v)), newTuple(args)]);
      }),
    },
  },
  slots: {
    call: (self, args, kwNames) => {
      const obj = oneArg('methodcaller', args, kwNames);
      const [name, ...rest] = items(self);
      const kw = kwOf(self);
      return call(getattr(obj, name as string), rest, kw.length ? kw.map(([k]) => k as string) : null, kw.length ? kw.map(([, v]) => v) : null);
    },
    repr: (self) => getterRepr(self, () => {
      const [name, ...rest] = items(self);
      return [repr(name!), ...rest.map(repr), ...kwOf(self).map(([k, v]) => `${k as string}=${repr(v)}`)];
    }),
  },
});

function callSpecialImport(name: string): Value {
  return call(getBuiltin('__import__'), [name]);
}

export const operatorModule = defineModule({
  name: '_operator',
  doc: 'Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n\'__\' are also provided for convenience.',
  functions: {
    ...Object.fromEntries(Object.entries(FUNCTIONS).map(([n, make]) => [n, make(n)])),
    setitem: { sig: 'setitem($module, a, b, c, /)', fn: fn((a: Value, b: Value, c: Value) => (setitem(a, b, c), null)), doc: 'Same as a[b] = c.' },
    call: {
      sig: 'call(obj, /, *args, **kwargs)',
      fn: fn((obj: Value, args: Value[], kw: Map<string, Value>) =>
        call(obj, args, kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)),
      doc: 'Same as obj(*args, **kwargs).',
    },
  },
  init(dict) {
    dictSet(dict, 'itemgetter', new Ref(T(itemgetterType)));
    dictSet(dict, 'attrgetter', new Ref(T(attrgetterType)));
    dictSet(dict, 'methodcaller', new Ref(T(methodcallerType)));
  },
});
