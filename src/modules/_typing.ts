// The _typing module: the native pieces typing.py imports (TypeVar, ParamSpec, TypeVarTuple and
// TypeAliasType from vm/typevar.ts, ParamSpecArgs/ParamSpecKwargs and typing.Generic here).
// CPython: Modules/_typingmodule.c, Objects/typevarobject.c (paramspecattr_*, generic_*); the
// parts that CPython writes in Python (subscription, __init_subclass__) are typing.py's own
// functions, called back as CPython does.

import { allocObj } from '../objects/alloc.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { call, raise, repr } from '../objects/protocol.js';
import { richCompare, notImplemented, Cmp } from '../objects/coll_ops.js';
import { dictSet } from '../objects/dict.js';
import { unionType } from '../objects/genericalias.js';
import { I32 } from '../heap/index.js';
import { defineModule } from './define.js';
import { importModule } from '../vm/imports.js';
import { getattr } from '../vm/attr.js';
import {
  typeParamTypeAddr, typeAliasType, noDefaultValue, setGenericHook, setParamSpecAttrHook, typeParamName,
} from '../vm/typevar.js';

const fn = (f: (...a: never[]) => Value) => f as never;

// ---- ParamSpecArgs / ParamSpecKwargs (P.args, P.kwargs) --------------------------------------

function paramSpecAttrType(which: 'args' | 'kwargs') {
  const name = which === 'args' ? 'ParamSpecArgs' : 'ParamSpecKwargs';
  const origin = (v: Value): Value => decode(getSlot((v as Ref).a, 0))!;
  const sameType = (a: Value, b: Value): boolean => b instanceof Ref && I32[b.a >> 2] === I32[(a as Ref).a >> 2];
  return defineBuiltinType({
    name,
    module: 'typing',
    instanceSlots: 1,
    methods: {
      __new__: {
        sig: '__new__(type, origin)', kind: 'staticmethod',
        fn: fn((type: Value, o: Value) => makeAttr((type as Ref).a, o)),
      },
      // paramspecattr_richcompare: equal when the origins are.
      __eq__: {
        sig: '__eq__($self, value, /)',
        fn: fn((a: Value, b: Value) => (sameType(a, b) ? richCompare(origin(a), origin(b), Cmp.EQ) : notImplemented())),
      },
      __ne__: {
        sig: '__ne__($self, value, /)',
        fn: fn((a: Value, b: Value) => (sameType(a, b) ? richCompare(origin(a), origin(b), Cmp.NE) : notImplemented())),
      },
      __mro_entries__: {
        sig: '__mro_entries__($self, bases, /)',
        fn: fn(() => raise('TypeError', `Cannot subclass an instance of ${name}`)),
      },
    },
    getsets: { __origin__: { get: fn((v: Value) => origin(v)), member: true } },
    slots: {
      repr: (v) => {
        const o = origin(v);
        const n = typeParamName(o, 'ParamSpec');
        return `${n ?? repr(o)}.${which}`;
      },
    },
  });
}

export const paramSpecArgsType = paramSpecAttrType('args');
export const paramSpecKwargsType = paramSpecAttrType('kwargs');

function makeAttr(type: number, origin: Value): Value {
  const a = allocObj(type, 1, 0);
  setSlot(a, 0, encode(origin));
  return new Ref(a);
}

setParamSpecAttrHook((ps, which) =>
  makeAttr(TYPE_ADDR[(which === 'args' ? paramSpecArgsType : paramSpecKwargsType).index]!, ps));

// ---- typing.Generic ----------------------------------------------------------------------------

/** typevarobject.c call_typing_args_kwargs: typing.<name>(cls, *args, **kwargs). */
function callTyping(name: string, cls: Value, args: Value[], kw: Map<string, Value>): Value {
  const f = getattr(importModule('typing'), name);
  return call(f, [cls, ...args], kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null);
}

export const genericType = defineBuiltinType({
  name: 'Generic',
  module: 'typing',
  flags: 2, // BaseType
  doc: 'Abstract base class for generic types.',
  methods: {
    __class_getitem__: {
      sig: '__class_getitem__($type, /, *args, **kwargs)', kind: 'classmethod',
      fn: fn((cls: Value, args: Value[], kw: Map<string, Value>) => callTyping('_generic_class_getitem', cls, args, kw)),
    },
    __init_subclass__: {
      sig: '__init_subclass__($type, /, *args, **kwargs)', kind: 'classmethod',
      fn: fn((cls: Value, args: Value[], kw: Map<string, Value>) => callTyping('_generic_init_subclass', cls, args, kw)),
    },
  },
});

setGenericHook(() => new Ref(TYPE_ADDR[genericType.index]!));

// ---- the module ---------------------------------------------------------------------------------

export const typingModule = defineModule({
  name: '_typing',
  doc: 'Primitives and accelerators for the typing module.\n',
  functions: {
    _idfunc: { sig: '_idfunc(x, /)', fn: fn((x: Value) => x) },
  },
  init(d) {
    const put = (name: string, addr: number): void => dictSet(d, name, new Ref(addr));
    for (const k of ['TypeVar', 'ParamSpec', 'TypeVarTuple'] as const) put(k, typeParamTypeAddr(k));
    put('ParamSpecArgs', TYPE_ADDR[paramSpecArgsType.index]!);
    put('ParamSpecKwargs', TYPE_ADDR[paramSpecKwargsType.index]!);
    put('TypeAliasType', TYPE_ADDR[typeAliasType.index]!);
    put('Generic', TYPE_ADDR[genericType.index]!);
    put('Union', TYPE_ADDR[unionType.index]!);
    dictSet(d, 'NoDefault', noDefaultValue());
  },
});
