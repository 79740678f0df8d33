// Shared machinery of the itertools types: each is a builtin type of module 'itertools' whose state
// lives in heap slots (values the collector must see) and raw words (plain counters and indices),
// with its constructor's arguments bound as Argument Clinic binds them (CPython's messages).
// CPython: Modules/itertoolsmodule.c.

import { I32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { TypeFlag } from '../objects/layouts.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, rawBase, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, type BuiltinTypeDef, type TypeDecl } from '../objects/registry.js';
import { defineNative, bindNativeArgs, type Native } from '../objects/native.js';
import { checkNewType, checkPositional, instanceSlotsOf } from '../objects/coll_ops.js';
import { iteratorMethods } from '../objects/coll_ops.js';

export const ALL_TYPES: BuiltinTypeDef[] = [];

export function addr(v: Value): number {
  return (v as Ref).a;
}

/** Slot i, which must be set. */
export function slot(o: number, i: number): Value {
  return decode(getSlot(o, i))!;
}

/** Slot i or undefined when empty (CPython's NULL). */
export function slotOpt(o: number, i: number): Value | undefined {
  const t = getSlot(o, i);
  return t === 0 ? undefined : decode(t)!;
}

export function put(o: number, i: number, v: Value | undefined): void {
  setSlot(o, i, v === undefined ? 0 : encode(v));
}

/** Raw int32 word k of object o. */
export function rawGet(o: number, k: number): number {
  return I32[(rawBase(o) >> 2) + k]!;
}

export function rawSet(o: number, k: number, v: number): void {
  I32[(rawBase(o) >> 2) + k] = v;
}

export interface ItertoolSpec {
  name: string;
  /** Argument Clinic-style signature of the constructor, without the type: 'accumulate(iterable, func=None, *, initial=None)'. */
  sig?: string;
  nslots: number;
  doc?: string;
  /** Binds the constructor; `o` is the fresh object (slots zero). Gets the bound arguments or the raw ones when sig is absent. */
  init(o: number, args: Value[], rawArgs: Value[], kwargs: Map<string, Value>, ctx: unknown): void;
  /** Checks arguments before allocation: the raw bytes the instance needs and a value passed on to init. */
  prepare?: (args: Value[]) => { raw: number; ctx?: unknown };
  next(o: number): Value | typeof STOP;
  extra?: Omit<TypeDecl, 'name'>;
}

/** Declares an itertools type; returns its registry entry. */
export function itertoolType(s: ItertoolSpec): BuiltinTypeDef {
  const binder: Native | null = s.sig ? defineNative({ sig: s.sig, fn: () => null }) : null;
  const nextV = (v: Value): Value | typeof STOP => s.next(addr(v));
  const def: BuiltinTypeDef = defineBuiltinType({
    ...s.extra,
    name: s.name,
    module: 'itertools',
    flags: TypeFlag.BaseType,
    instanceSlots: s.nslots,
    doc: s.doc ?? null,
    methods: {
      __new__: {
        sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
        fn: (type: Value, args: Value[], kwargs: Map<string, Value>): Value => {
          const own = TYPE_ADDR[def.index]!;
          const t = checkNewType(type, own);
          const kn = [...kwargs.keys()];
          // Clinic's __new__ words a wrong count of one positional-only argument as _PyArg_CheckPositional does.
          if (binder && kn.length === 0 && binder.params.length === 1 && binder.params[0]!.kind === 'posonly' && args.length !== 1) {
            checkPositional(binder.name, args.length, 1, 1);
          }
          const bound = binder
            ? bindNativeArgs(binder, args, kn.length ? kn : null, kn.length ? [...kwargs.values()] : null) : args;
          const prep = s.prepare ? s.prepare(bound) : { raw: 0 };
          const o = allocObj(t, t === own ? s.nslots : instanceSlotsOf(t), prep.raw);
          s.init(o, bound, args, kwargs, prep.ctx);
          return new Ref(o);
        },
      },
      ...iteratorMethods(nextV),
      ...s.extra?.methods,
    },
    slots: { iter: (v) => v, next: nextV, ...s.extra?.slots },
  });
  ALL_TYPES.push(def);
  return def;
}

export function typeAddrOf(def: BuiltinTypeDef): number {
  return TYPE_ADDR[def.index]!;
}
