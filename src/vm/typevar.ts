// PEP 695 objects the compiler's type-parameter scopes make: TypeVar, ParamSpec, TypeVarTuple
// (with lazily evaluated bounds, constraints and defaults), typing.NoDefault, and the
// TypeAliasType of `type X = ...` statements (lazily evaluated __value__).
// CPython: Objects/typevarobject.c. Generic classes (`class C[T]`) also need typing.Generic,
// which lives in typing.py's machinery: genericBase says so.

import { allocObj } from '../objects/alloc.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { call, iter, getitem } from '../objects/protocol.js';
import { importModule } from './imports.js';
import { getattr } from './attr.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { dictGet } from '../objects/dict.js';
import { newGenericAlias, makeUnion } from '../objects/genericalias.js';
import { FuncSlot } from '../objects/layouts.js';
import { raise } from './errors.js';
import { TS } from './state.js';

const enum TvSlot { Name, BoundFn, Bound, DefaultFn, Default, Flags, Module, Count }
const enum TvFlag { Covariant = 1, Contravariant = 2, InferVariance = 4, Constraints = 8 }
const enum TaSlot { Name, TypeParams, ValueFn, Value, Module, Count }

const KINDS = ['TypeVar', 'ParamSpec', 'TypeVarTuple'] as const;
type Kind = typeof KINDS[number];

const get = (v: Value, s: number): Value | undefined => decode(getSlot((v as Ref).a, s));

/** A lazily computed attribute: the cached value, else the evaluation function's result. */
function lazy(v: Value, cache: number, fnSlot: number): Value | undefined {
  const a = (v as Ref).a;
  if (getSlot(a, cache) !== 0) return decode(getSlot(a, cache))!;
  const fn = decode(getSlot(a, fnSlot));
  if (fn === undefined || fn === null) return undefined;
  const r = call(fn, []);
  setSlot(a, cache, encode(r));
  return r;
}

const flags = (v: Value): number => getSlot((v as Ref).a, TvSlot.Flags) >> 1;

/** typing.NoDefault: the __default__ of a type parameter declared without one. */
export const noDefaultType = defineBuiltinType({
  name: 'NoDefaultType',
  module: 'typing',
  slots: { repr: () => 'typing.NoDefault' },
});
let noDefault = 0;
function noDefaultValue(): Value {
  if (noDefault === 0) noDefault = allocObj(TYPE_ADDR[noDefaultType.index]!, 0, 0);
  return new Ref(noDefault);
}

function defaultOf(v: Value): Value {
  return lazy(v, TvSlot.Default, TvSlot.DefaultFn) ?? noDefaultValue();
}

function typeParamType(kind: Kind) {
  const common = {
    __name__: { get: ((v: Value) => get(v, TvSlot.Name)!) as never },
    __default__: { get: ((v: Value) => defaultOf(v)) as never },
    // Parameters made by the compiler keep the class's __module__ ('typing').
    __module__: { get: ((v: Value) => get(v, TvSlot.Module) ?? 'typing') as never },
  };
  const typevarOnly = {
    __bound__: { get: ((v: Value) => (flags(v) & TvFlag.Constraints ? null : lazy(v, TvSlot.Bound, TvSlot.BoundFn) ?? null)) as never },
    __constraints__: {
      get: ((v: Value) => (flags(v) & TvFlag.Constraints ? lazy(v, TvSlot.Bound, TvSlot.BoundFn) ?? newTuple([]) : newTuple([]))) as never,
    },
  };
  const variance = {
    __covariant__: { get: ((v: Value) => (flags(v) & TvFlag.Covariant) !== 0) as never },
    __contravariant__: { get: ((v: Value) => (flags(v) & TvFlag.Contravariant) !== 0) as never },
    __infer_variance__: { get: ((v: Value) => (flags(v) & TvFlag.InferVariance) !== 0) as never },
  };
  return defineBuiltinType({
    name: kind,
    module: 'typing',
    instanceSlots: TvSlot.Count,
    methods: {
      has_default: { sig: 'has_default($self, /)', fn: ((v: Value) => getSlot((v as Ref).a, TvSlot.DefaultFn) !== 0 && get(v, TvSlot.DefaultFn) !== null) as never },
      // make_union: TypeVar/ParamSpec | anything is a typing.Union (_Py_union_from_tuple).
      ...(kind !== 'TypeVarTuple' ? {
        __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(a, b, true)) as never },
        __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(b, a, true)) as never },
      } : {}),
      __reduce__: { sig: '__reduce__($self, /)', fn: ((v: Value) => get(v, TvSlot.Name)!) as never },
      // typevartuple_iter: `*Ts` is the one item typing.Unpack[Ts].
      ...(kind === 'TypeVarTuple' ? {
        __iter__: {
          sig: '__iter__($self, /)',
          fn: ((v: Value) => iter(newTuple([getitem(getattr(importModule('typing'), 'Unpack'), v)]))) as never,
        },
      } : {}),
    },
    getsets: kind === 'TypeVar' ? { ...common, ...typevarOnly, ...variance } : kind === 'ParamSpec' ? { ...common, ...variance } : common,
    slots: {
      // typevar_repr & co: PEP 695 parameters infer their variance and show their bare name.
      repr: (v) => {
        const f = flags(v);
        const name = get(v, TvSlot.Name) as string;
        if (kind === 'TypeVarTuple' || f & TvFlag.InferVariance) return name;
        return `${f & TvFlag.Covariant ? '+' : f & TvFlag.Contravariant ? '-' : '~'}${name}`;
      },
    },
  });
}

const TYPES: Record<Kind, ReturnType<typeof defineBuiltinType>> = {
  TypeVar: typeParamType('TypeVar'),
  ParamSpec: typeParamType('ParamSpec'),
  TypeVarTuple: typeParamType('TypeVarTuple'),
};

/** The caller's module name (the __module__ of what the type-params scope creates). */
function callerModule(): Value {
  const fr = TS.frame;
  return fr === null ? null : dictGet(fr.g, '__name__') ?? null;
}

/** INTRINSIC_TYPEVAR & co: a type parameter with lazily evaluated bound/constraints and default. */
export function makeTypeParam(kind: string, name: string, boundFn: Value, defaultFn: Value, constraints: boolean): Value {
  const t = TYPES[kind as Kind];
  if (t === undefined) raise('SystemError', `unknown type parameter kind ${kind}`);
  const a = allocObj(TYPE_ADDR[t.index]!, TvSlot.Count, 0);
  setSlot(a, TvSlot.Name, encode(name));
  setSlot(a, TvSlot.BoundFn, encode(boundFn));
  setSlot(a, TvSlot.DefaultFn, encode(defaultFn));
  setSlot(a, TvSlot.Flags, tagInt(TvFlag.InferVariance | (constraints ? TvFlag.Constraints : 0)));
  return new Ref(a);
}

/** INTRINSIC_SET_FUNCTION_TYPE_PARAMS: `def f[T]` records its parameters. */
export function setTypeParams(f: Value, params: Value): Value {
  setSlot((f as Ref).a, FuncSlot.TypeParams, encode(params));
  return f;
}

/** INTRINSIC_SUBSCRIPT_GENERIC: `class C[T]` gets Generic[T] as a base, which needs typing.Generic. */
export function genericBase(params: Value): never {
  void params;
  raise('NotImplementedError', 'generic classes (PEP 695 class C[T]) need typing.Generic, which ftpy does not have yet');
}

// ---- type aliases -----------------------------------------------------------------------------

export const typeAliasType = defineBuiltinType({
  name: 'TypeAliasType',
  module: 'typing',
  instanceSlots: TaSlot.Count,
  methods: {
    __getitem__: {
      sig: '__getitem__($self, parameters, /)',
      fn: ((v: Value, args: Value) => {
        const tp = get(v, TaSlot.TypeParams);
        if (!isTuple(tp!) || tupleItems(tp.a).length === 0) raise('TypeError', 'Only generic type aliases are subscriptable');
        return newGenericAlias(v, args);
      }) as never,
    },
    __or__: { sig: '__or__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(a, b)) as never },
    __ror__: { sig: '__ror__($self, value, /)', fn: ((a: Value, b: Value) => makeUnion(b, a)) as never },
    __reduce__: { sig: '__reduce__($self, /)', fn: ((v: Value) => get(v, TaSlot.Name)!) as never },
  },
  getsets: {
    __name__: { get: ((v: Value) => get(v, TaSlot.Name)!) as never },
    __module__: { get: ((v: Value) => get(v, TaSlot.Module) ?? null) as never },
    __type_params__: { get: ((v: Value) => get(v, TaSlot.TypeParams)!) as never },
    __parameters__: { get: ((v: Value) => get(v, TaSlot.TypeParams)!) as never },
    __value__: { get: ((v: Value) => lazy(v, TaSlot.Value, TaSlot.ValueFn) ?? null) as never },
  },
  slots: {
    repr: (v) => get(v, TaSlot.Name) as string,
  },
});

/** INTRINSIC_TYPEALIAS: `type X[T] = value` (the value evaluated on first use of __value__). */
export function makeTypeAlias(name: string, typeParams: Value, valueFn: Value): Value {
  const a = allocObj(TYPE_ADDR[typeAliasType.index]!, TaSlot.Count, 0);
  setSlot(a, TaSlot.Name, encode(name));
  setSlot(a, TaSlot.TypeParams, encode(typeParams));
  setSlot(a, TaSlot.ValueFn, encode(valueFn));
  setSlot(a, TaSlot.Module, encode(callerModule()));
  return new Ref(a);
}
