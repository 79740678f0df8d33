// PEP 695 objects the compiler's type-parameter scopes make: TypeVar, ParamSpec, TypeVarTuple
// (with lazily evaluated bounds, constraints and defaults), typing.NoDefault, and the
// TypeAliasType of `type X = ...` statements (lazily evaluated __value__).
// CPython: Objects/typevarobject.c. Generic classes (`class C[T]`) also need typing.Generic,
// whose class lives in modules/_typing.ts. The C parts that call back into typing.py
// (_type_check, _typevar_subst, _GenericAlias...) call the same functions here.

import { allocObj, pinValue } from '../objects/alloc.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { call, iter, getitem, toArray, truthy, str, repr, typeNameOf } from '../objects/protocol.js';
import { MISSING } from '../objects/native.js';
import { I32 } from '../heap/index.js';
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
export function noDefaultValue(): Value {
  if (noDefault === 0) noDefault = allocObj(TYPE_ADDR[noDefaultType.index]!, 0, 0);
  return new Ref(noDefault);
}

function defaultOf(v: Value): Value {
  return lazy(v, TvSlot.Default, TvSlot.DefaultFn) ?? noDefaultValue();
}

/** typevar_has_default & co: a lazily evaluated default, or a default given to the constructor. */
function hasDefault(v: Value): boolean {
  const fn = get(v, TvSlot.DefaultFn);
  if (fn !== undefined && fn !== null) return true;
  const d = get(v, TvSlot.Default);
  return d !== undefined && !(d instanceof Ref && d.a === noDefault);
}

/** The typing.py function the C implementation calls back (typevarobject.c call_typing_func_object). */
function typingFunc(name: string): Value {
  return getattr(importModule('typing'), name);
}

function typingSubst(kind: Kind, v: Value, arg: Value): Value {
  if (kind === 'TypeVarTuple') raise('TypeError', 'Substitution of bare TypeVarTuple is not supported');
  return call(typingFunc(kind === 'TypeVar' ? '_typevar_subst' : '_paramspec_subst'), [v, arg]);
}

/** __typing_prepare_subst__: typevar_typing_prepare_subst_impl (a default fills a missing argument);
 * ParamSpec and TypeVarTuple defer to typing.py. */
function prepareSubst(kind: Kind, v: Value, alias: Value, args: Value): Value {
  if (kind === 'ParamSpec') return call(typingFunc('_paramspec_prepare_subst'), [v, alias, args]);
  if (kind === 'TypeVarTuple') return call(typingFunc('_typevartuple_prepare_subst'), [v, alias, args]);
  const params = toArray(getattr(alias, '__parameters__'));
  const i = params.findIndex((p) => p instanceof Ref && (v as Ref).a === p.a);
  if (i < 0) raise('ValueError', 'sequence.index(x): x not in sequence');
  const argv = toArray(args);
  if (i < argv.length) return args;
  if (i === argv.length) {
    const d = defaultOf(v);
    if (!(d instanceof Ref && d.a === noDefault)) return newTuple([...argv, d]);
  }
  raise('TypeError', `Too few arguments for ${str(alias)}; actual ${argv.length}, expected at least ${i + 1}`);
}

const VARIANCE_KW = 'covariant=False, contravariant=False, infer_variance=False';
const NEW_SIGS: Record<Kind, string> = {
  TypeVar: `__new__(type, name, *constraints, bound=None, ${VARIANCE_KW}, default=<unrepresentable>)`,
  ParamSpec: `__new__(type, name, *, bound=None, ${VARIANCE_KW}, default=<unrepresentable>)`,
  TypeVarTuple: '__new__(type, name, *, default=<unrepresentable>)',
};

/** The checks typevar_new_impl / paramspec_new_impl make of the variance flags. */
function varianceFlags(co: Value, contra: Value, infer: Value): number {
  const c = truthy(co);
  const n = truthy(contra);
  const i = truthy(infer);
  if (c && n) raise('ValueError', 'Bivariant types are not supported.');
  if (i && (c || n)) raise('ValueError', 'Variance cannot be specified with infer_variance.');
  return (c ? TvFlag.Covariant : 0) | (n ? TvFlag.Contravariant : 0) | (i ? TvFlag.InferVariance : 0);
}

/** typevarobject.c type_check: typing._type_check(arg, msg). */
function typeCheck(arg: Value, msg: string): Value {
  return call(typingFunc('_type_check'), [arg, msg]);
}

function newParam(type: Value, kind: Kind, name: Value, bound: Value | undefined, flagsV: number, dflt: Value): Value {
  if (typeof name !== 'string') raise('TypeError', `${kind}() argument 'name' must be str, not ${typeNameOf(name)}`);
  const a = allocObj((type as Ref).a, TvSlot.Count, 0);
  setSlot(a, TvSlot.Name, encode(name));
  if (bound !== undefined) setSlot(a, TvSlot.Bound, encode(bound));
  setSlot(a, TvSlot.Default, encode(dflt === (MISSING as unknown as Value) ? noDefaultValue() : dflt));
  setSlot(a, TvSlot.Flags, tagInt(flagsV));
  setSlot(a, TvSlot.Module, encode(callerModule()));
  return new Ref(a);
}

const NEW: Record<Kind, (a: Value[]) => Value> = {
  TypeVar: ([type, name, constraintsV, boundV, co, contra, infer, dflt]) => {
    const f = varianceFlags(co!, contra!, infer!);
    const bound = boundV === null ? undefined : typeCheck(boundV!, 'Bound must be a type.');
    const constraints = constraintsV as unknown as Value[];
    if (constraints.length === 1) raise('TypeError', 'A single constraint is not allowed');
    if (constraints.length > 1 && bound !== undefined) raise('TypeError', 'Constraints cannot be combined with bound=...');
    if (constraints.length > 1) return newParam(type!, 'TypeVar', name!, newTuple(constraints), f | TvFlag.Constraints, dflt!);
    return newParam(type!, 'TypeVar', name!, bound, f, dflt!);
  },
  ParamSpec: ([type, name, boundV, co, contra, infer, dflt]) => {
    const f = varianceFlags(co!, contra!, infer!);
    const bound = boundV === null ? undefined : typeCheck(boundV!, 'Bound must be a type.');
    return newParam(type!, 'ParamSpec', name!, bound, f, dflt!);
  },
  TypeVarTuple: ([type, name, dflt]) => newParam(type!, 'TypeVarTuple', name!, undefined, 0, dflt!),
};

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
  const paramSpecOnly = {
    args: { get: ((v: Value) => paramSpecAttr(v, 'args')) as never },
    kwargs: { get: ((v: Value) => paramSpecAttr(v, 'kwargs')) as never },
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
      has_default: { sig: 'has_default($self, /)', fn: ((v: Value) => hasDefault(v)) as never },
      __new__: { sig: NEW_SIGS[kind], kind: 'staticmethod', fn: ((...a: Value[]) => NEW[kind](a)) as never },
      __typing_subst__: { sig: '__typing_subst__($self, arg, /)', fn: ((v: Value, arg: Value) => typingSubst(kind, v, arg)) as never },
      __typing_prepare_subst__: {
        sig: '__typing_prepare_subst__($self, alias, args, /)',
        fn: ((v: Value, alias: Value, args: Value) => prepareSubst(kind, v, alias, args)) as never,
      },
      __mro_entries__: {
        sig: '__mro_entries__($self, bases, /)',
        fn: (() => raise('TypeError', `Cannot subclass an instance of ${kind}`)) as never,
      },
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
    getsets: kind === 'TypeVar' ? { ...common, ...typevarOnly, ...variance } : kind === 'ParamSpec' ? { ...common, __bound__: typevarOnly.__bound__, ...variance, ...paramSpecOnly } : common,
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

/** The heap address of the TypeVar / ParamSpec / TypeVarTuple type. */
export function typeParamTypeAddr(kind: Kind): number {
  return TYPE_ADDR[TYPES[kind].index]!;
}

/** The name of a type parameter of that kind, else undefined. */
export function typeParamName(v: Value, kind: Kind): string | undefined {
  return v instanceof Ref && I32[v.a >> 2] === typeParamTypeAddr(kind) ? get(v, TvSlot.Name) as string : undefined;
}

/** P.args / P.kwargs (ParamSpecArgs / ParamSpecKwargs, modules/_typing.ts). */
let paramSpecAttr: (ps: Value, which: 'args' | 'kwargs') => Value = () => null;
export function setParamSpecAttrHook(f: typeof paramSpecAttr): void {
  paramSpecAttr = f;
}

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
export function genericBase(params: Value): Value {
  // _Py_subscript_generic: typing._GenericAlias(Generic, params), each TypeVarTuple unpacked.
  const items = isTuple(params) ? tupleItems(params.a) : [params];
  const unpacked = items.map((p) => {
    if (!(p instanceof Ref) || I32[p.a >> 2] !== TYPE_ADDR[TYPES.TypeVarTuple.index]) return p;
    const u = getitem(getattr(importModule('typing'), 'Unpack'), p);
    pinValue(u); // held in this JS array while the next items run Python code
    return u;
  });
  return call(typingFunc('_GenericAlias'), [genericHook(), newTuple(unpacked)]);
}

/** typing.Generic (modules/_typing.ts). */
let genericHook: () => Value = () => raise('SystemError', 'Cannot find Generic type');
export function setGenericHook(f: () => Value): void {
  genericHook = f;
}

// ---- type aliases -----------------------------------------------------------------------------

export const typeAliasType = defineBuiltinType({
  name: 'TypeAliasType',
  module: 'typing',
  instanceSlots: TaSlot.Count,
  methods: {
    // typealias_new_impl: TypeAliasType(name, value, *, type_params=()).
    __new__: {
      sig: '__new__(type, name, value, *, type_params=<unrepresentable>)', kind: 'staticmethod',
      fn: ((type: Value, name: Value, value: Value, tp: Value) => {
        if (typeof name !== 'string') raise('TypeError', `TypeAliasType() argument 'name' must be str, not ${typeNameOf(name)}`);
        const params = tp === (MISSING as unknown as Value) ? newTuple([]) : tp;
        if (!isTuple(params)) raise('TypeError', 'type_params must be a tuple');
        const KIND_ADDRS = KINDS.map((k) => typeParamTypeAddr(k));
        let sawDefault = false;
        for (const p of tupleItems(params.a)) {
          if (!(p instanceof Ref) || !KIND_ADDRS.includes(I32[p.a >> 2]!)) raise('TypeError', `Expected a type param, got ${repr(p)}`);
          if (hasDefault(p)) sawDefault = true;
          else if (sawDefault) {
            raise('TypeError', `non-default type parameter '${repr(p)}' follows default type parameter`);
          }
        }
        const a = allocObj((type as Ref).a, TaSlot.Count, 0);
        setSlot(a, TaSlot.Name, encode(name));
        setSlot(a, TaSlot.TypeParams, encode(params));
        setSlot(a, TaSlot.Value, encode(value));
        setSlot(a, TaSlot.Module, encode(callerModule()));
        return new Ref(a);
      }) as never,
    },
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
