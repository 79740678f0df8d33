// types.GenericAlias: what `list[int]`, `dict[str, int]` and other builtin __class_getitem__ return.
// Holds __origin__ and __args__, forwards other attribute reads to the origin, and calling it
// creates an origin instance. CPython: Objects/genericaliasobject.c, Objects/typevarobject.c
// (_Py_typing_type_repr).

import { I32 } from '../heap/index.js';
import { Ref, decode, encode, getSlot, setSlot, T_NONE, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { allocObj } from './alloc.js';
import { typeOf, typeName, isSubtype } from './typeobject.js';
import { TypeFlag } from './layouts.js';
import { raise, repr, str, call } from './protocol.js';
import { genericGetAttr } from './object.js';
import { isExactList, listItems } from './list.js';
import { isTuple, newTuple, tupleItems } from './tuple.js';
import { richCompareBool, pyHash, notImplemented, Cmp, getBuiltin, exceptionMatches, instanceSlotsOf } from './coll_ops.js';

const enum GaSlot { Origin, Args, Params, Count }

let T_GA = 0;
onTypesReady(() => {
  T_GA = TYPE_ADDR[genericAliasType.index]!;
});

let getattrHook: (v: Value, name: string) => Value | undefined = (v, n) => genericGetAttr(v, n);
let setattrHook: (v: Value, name: string, value: Value) => void = () => undefined;
export function setGenericAliasHooks(h: { getattr: typeof getattrHook; setattr: typeof setattrHook }): void {
  getattrHook = h.getattr;
  setattrHook = h.setattr;
}

/** Generic alias of `origin` with `args` (a tuple, or a single argument). */
export function newGenericAlias(origin: Value, args: Value, cls: number = T_GA): Value {
  // Subclasses (collections.abc's _CallableGenericAlias) may add a __dict__ after the alias's slots.
  const a = allocObj(cls, Math.max(GaSlot.Count, instanceSlotsOf(cls)), 0);
  setSlot(a, GaSlot.Origin, encode(origin));
  setSlot(a, GaSlot.Args, encode(isTuple(args) ? args : newTuple([args])));
  return new Ref(a);
}

function isAlias(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_GA || isSubtype(I32[v.a >> 2]!, T_GA));
}
function origin(self: Value): Value {
  return decode(getSlot((self as Ref).a, GaSlot.Origin))!;
}
function argsTuple(self: Value): Value {
  return decode(getSlot((self as Ref).a, GaSlot.Args))!;
}
function args(self: Value): Value[] {
  return tupleItems((argsTuple(self) as Ref).a);
}

/** _Py_typing_type_repr: classes as module.qualname, aliases and other objects by repr. */
function typeRepr(p: Value): string {
  const ell = getBuiltin('Ellipsis');
  if (ell instanceof Ref && p instanceof Ref && p.a === ell.a) return '...';
  if (p instanceof Ref && p.a === T_NONE) return 'None';
  if (getattrHook(p, '__origin__') !== undefined && getattrHook(p, '__args__') !== undefined) return repr(p);
  const qual = getattrHook(p, '__qualname__');
  if (qual === undefined) return repr(p);
  const mod = getattrHook(p, '__module__');
  if (mod === undefined || mod === null) return repr(p);
  if (mod === 'builtins') return str(qual);
  return `${str(mod)}.${str(qual)}`;
}

function itemRepr(p: Value): string {
  if (isExactList(p)) return `[${listItems(p.a).map(typeRepr).join(', ')}]`;
  return typeRepr(p);
}

function gaRepr(self: Value): string {
  const items = args(self);
  const inner = items.length === 0 ? '()' : items.map(itemRepr).join(', ');
  return `${typeRepr(origin(self))}[${inner}]`;
}

/** _Py_make_parameters: the type variables among the arguments, in order, without repeats. */
function parameters(self: Value): Value {
  const a = (self as Ref).a;
  const cached = getSlot(a, GaSlot.Params);
  if (cached !== 0) return decode(cached)!;
  const out: Value[] = [];
  const add = (v: Value): void => {
    if (!out.some((x) => x === v || (x instanceof Ref && v instanceof Ref && x.a === v.a))) out.push(v);
  };
  for (const x of args(self)) {
    if (x instanceof Ref && x.a !== T_NONE && getattrHook(new Ref(typeOf(x)), '__typing_subst__') !== undefined) {
      add(x);
      continue;
    }
    const items = isTuple(x) ? tupleItems(x.a) : isExactList(x) ? listItems(x.a) : [x];
    for (const y of items) {
      if (y instanceof Ref && !(typeOf(y) === T_NONE)) {
        const ps = isTypeLike(y) ? undefined : getattrHook(y, '__parameters__');
        if (ps !== undefined && isTuple(ps)) for (const p of tupleItems(ps.a)) add(p);
      }
    }
  }
  const t = newTuple(out);
  setSlot(a, GaSlot.Params, encode(t));
  return t;
}

function isTypeLike(v: Value): boolean {
  return getattrHook(new Ref(typeOf(v)), '__mro__') !== undefined && getattrHook(v, '__mro__') !== undefined;
}

/** Attributes the alias answers itself; all others come from the origin (ga_getattro). */
const OWN = new Set([
  '__class__', '__bases__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function gaGetattr(self: Value, name: string): Value | undefined {
  if (!OWN.has(name)) return getattrHook(origin(self), name);
  return genericGetAttr(self, name);
}

function gaEq(a: Value, b: Value): boolean {
  return richCompareBool(origin(a), origin(b), Cmp.EQ) && richCompareBool(argsTuple(a), argsTuple(b), Cmp.EQ);
}

function gaCall(self: Value, posArgs: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const obj = call(origin(self), posArgs, kwNames, kwValues);
  try {
    setattrHook(obj, '__orig_class__', self);
  } catch (e) {
    if (!exceptionMatches(e, 'AttributeError') && !exceptionMatches(e, 'TypeError')) throw e;
  }
  return obj;
}

export const genericAliasType = defineBuiltinType({
  name: 'GenericAlias',
  module: 'types',
  flags: TypeFlag.BaseType,
  doc: 'Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).',
  instanceSlots: GaSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, origin, args, /)', kind: 'staticmethod',
      fn: ((cls: Value, o: Value, a: Value) => newGenericAlias(o, a, (cls as Ref).a)) as never,
    },
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => gaRepr(self)) as never },
    __call__: {
      sig: '__call__($self, /, *args, **kwargs)',
      fn: ((self: Value, a: Value[], kw: Map<string, Value>) =>
        gaCall(self, a, kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)) as never,
    },
    __getattribute__: {
      sig: '__getattribute__($self, name, /)',
      fn: ((self: Value, name: Value) => {
        const v = gaGetattr(self, name as string);
        if (v === undefined) raise('AttributeError', `'GenericAlias' object has no attribute '${name as string}'`);
        return v;
      }) as never,
    },
    __getitem__: {
      sig: '__getitem__($self, key, /)',
      fn: ((self: Value) => {
        if ((tupleItems((parameters(self) as Ref).a)).length === 0) {
          raise('TypeError', `${gaRepr(self)} is not a generic class`);
        }
        raise('TypeError', `substitution of type parameters in ${gaRepr(self)} is not supported yet`);
      }) as never,
    },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: ((a: Value, b: Value) => (isAlias(b) ? gaEq(a, b) : notImplemented())) as never,
    },
    __ne__: {
      sig: '__ne__($self, value, /)',
      fn: ((a: Value, b: Value) => (isAlias(b) ? !gaEq(a, b) : notImplemented())) as never,
    },
    __hash__: {
      sig: '__hash__($self, /)',
      fn: ((self: Value) => {
        const h = BigInt(pyHash(origin(self))) ^ BigInt(pyHash(argsTuple(self)));
        const n = BigInt.asIntN(64, h);
        return n === -1n ? -2 : Number.isSafeInteger(Number(n)) ? Number(n) : n;
      }) as never,
    },
    __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(a, b)) as never },
    __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(b, a)) as never },
    __mro_entries__: {
      sig: '__mro_entries__($self, bases, /)',
      fn: ((self: Value) => newTuple([origin(self)])) as never,
    },
    __instancecheck__: {
      sig: '__instancecheck__($self, obj, /)',
      fn: (() => raise('TypeError', 'isinstance() argument 2 cannot be a parameterized generic')) as never,
    },
    __subclasscheck__: {
      sig: '__subclasscheck__($self, cls, /)',
      fn: (() => raise('TypeError', 'issubclass() argument 2 cannot be a parameterized generic')) as never,
    },
    __reduce__: {
      sig: '__reduce__($self, /)',
      fn: ((self: Value) => newTuple([new Ref(typeOf(self)), newTuple([origin(self), argsTuple(self)])])) as never,
    },
    __dir__: {
      sig: '__dir__($self, /)',
      fn: ((self: Value) => call(getBuiltin('dir'), [origin(self)])) as never,
    },
  },
  getsets: {
    __origin__: { get: ((self: Value) => origin(self)) as never },
    __args__: { get: ((self: Value) => argsTuple(self)) as never },
    __parameters__: { get: ((self: Value) => parameters(self)) as never },
    __unpacked__: { get: (() => false) as never },
    __typing_unpacked_tuple_args__: { get: (() => null) as never },
  },
  slots: {
    repr: gaRepr,
    getattr: gaGetattr,
    call: gaCall,
  },
});

// ---- X | Y: typing.Union (types.UnionType). CPython: Objects/unionobject.c ----------------------

const enum UnionSlot { Args, Hashable, Count }

let T_UNION = 0;
onTypesReady(() => {
  T_UNION = TYPE_ADDR[unionType.index]!;
});

function isUnion(v: Value): v is Ref {
  return v instanceof Ref && I32[v.a >> 2] === T_UNION;
}
function unionArgs(u: Value): Value[] {
  return tupleItems(getSlot((u as Ref).a, UnionSlot.Args));
}

/** is_unionable: None, classes, generic aliases, unions and typing objects with __origin__. */
function unionable(v: Value): boolean {
  if (v === null || isUnion(v) || isAlias(v)) return true;
  if (v instanceof Ref && getattrHook(new Ref(typeOf(v)), '__mro__') !== undefined && getattrHook(v, '__mro__') !== undefined) {
    return true;
  }
  return v instanceof Ref && typeName(typeOf(v)) === 'TypeAliasType';
}

function sameValue(a: Value, b: Value): boolean {
  return a === b || (a instanceof Ref && b instanceof Ref && a.a === b.a);
}

/**
 * a | b for types (type.__or__ / __ror__): flattened, duplicates dropped, None as NoneType.
 * `anyArgs`: _Py_union_from_tuple, which takes any operands (TypeVar's |).
 */
export function makeUnion(a: Value, b: Value, anyArgs = false): Value {
  if (!anyArgs && (!unionable(a) || !unionable(b))) return notImplemented();
  const items: Value[] = [];
  for (const x of [a, b]) {
    for (const y of isUnion(x) ? unionArgs(x) : [x === null ? new Ref(T_NONE) : x]) {
      if (!items.some((z) => sameValue(z, y) || (isAlias(z) && isAlias(y) && gaEq(z, y)))) items.push(y);
    }
  }
  if (items.length === 1) return items[0]!;
  const u = allocObj(T_UNION, UnionSlot.Count, 0);
  setSlot(u, UnionSlot.Args, newTuple(items).a);
  return new Ref(u);
}

/**
 * Union[X, Y, ...] (union_class_getitem, _Py_union_from_tuple): each argument checked as typing's
 * _type_check does (a str becomes a ForwardRef), flattened and deduplicated; one left is itself.
 */
function unionFromArgs(args: Value): Value {
  const items = args instanceof Ref && isTuple(args) && typeOf(args) === builtinTupleType() ? tupleItems(args.a) : [args];
  const checked = items.map((a) => {
    if (a === null) return new Ref(T_NONE);
    if (isUnion(a) || unionable(a)) return a;
    const typing = call(getBuiltin('__import__'), ['typing']);
    return call(genericGetAttr(typing, '_type_check')!, [a, 'Union[arg, ...]: each arg must be a type.']);
  });
  if (checked.length === 0) raise('TypeError', 'Cannot take a Union of no types.');
  return checked.reduce((acc, x) => makeUnion(acc, x, true));
}

function builtinTupleType(): number {
  return typeOf(newTuple([]));
}

function unionRepr(self: Value): string {
  return unionArgs(self).map(typeRepr).join(' | ');
}

/** isinstance/issubclass against each member; parameterized generics are refused. */
function unionCheck(self: Value, x: Value, fn: string): boolean {
  const f = getBuiltin(fn);
  for (const a of unionArgs(self)) {
    if (isAlias(a)) raise('TypeError', `${fn}() argument 2 cannot be a parameterized generic`);
  }
  return unionArgs(self).some((a) => truthyValue(call(f, [x, a])));
}

function truthyValue(v: Value): boolean {
  return v === true || (v !== false && v !== null && v !== 0);
}

function unionEq(a: Value, b: Value): boolean {
  const x = unionArgs(a);
  const y = unionArgs(b);
  const inB = (v: Value, arr: Value[]): boolean => arr.some((w) => sameValue(v, w) || richCompareBool(v, w, Cmp.EQ));
  return x.every((v) => inB(v, y)) && y.every((v) => inB(v, x));
}

export const unionType = defineBuiltinType({
  name: 'Union',
  module: 'typing',
  doc: 'Represent a union type\n\nE.g. for int | str',
  instanceSlots: UnionSlot.Count,
  methods: {
    __repr__: { sig: '__repr__($self, /)', fn: ((self: Value) => unionRepr(self)) as never },
    __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(a, b)) as never },
    __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(b, a)) as never },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: ((a: Value, b: Value) => (isUnion(b) ? unionEq(a, b) : notImplemented())) as never,
    },
    __ne__: {
      sig: '__ne__($self, value, /)',
      fn: ((a: Value, b: Value) => (isUnion(b) ? !unionEq(a, b) : notImplemented())) as never,
    },
    __hash__: {
      sig: '__hash__($self, /)',
      fn: ((self: Value) => {
        let h = 0n;
        for (const a of unionArgs(self)) h ^= BigInt(pyHash(a));
        const n = BigInt.asIntN(64, h);
        return n === -1n ? -2 : Number.isSafeInteger(Number(n)) ? Number(n) : n;
      }) as never,
    },
    __instancecheck__: {
      sig: '__instancecheck__($self, obj, /)', fn: ((self: Value, x: Value) => unionCheck(self, x, 'isinstance')) as never,
    },
    __subclasscheck__: {
      sig: '__subclasscheck__($self, cls, /)', fn: ((self: Value, x: Value) => unionCheck(self, x, 'issubclass')) as never,
    },
    __getitem__: {
      sig: '__getitem__($self, key, /)',
      fn: ((self: Value) => raise('TypeError', `${unionRepr(self)} is not a generic class`)) as never,
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, args, /)', kind: 'classmethod',
      fn: ((_type: Value, args: Value) => unionFromArgs(args)) as never,
    },
  },
  getsets: {
    __args__: { get: ((self: Value) => new Ref(getSlot((self as Ref).a, UnionSlot.Args))) as never },
    __parameters__: { get: (() => newTuple([])) as never },
    __origin__: { get: ((self: Value) => new Ref(typeOf(self))) as never },
  },
  slots: { repr: unionRepr },
});
