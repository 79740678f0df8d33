// The builtin types, declared as data: each object file calls defineBuiltinType at load time,
// in the same order in every worker, so a type's index is the same everywhere. At heap creation
// the bootstrap makes a permanent type object per definition and fills its dict with descriptors
// for the methods; workers attaching to the heap find the objects by index.

import type { Value } from './value.js';
import { defineNative, withQualname, MISSING, type Native, type NativeSpec } from './native.js';

/** Fast JS implementations the VM calls directly for instances of the exact builtin type. */
export interface TypeSlots {
  repr(self: Value): string;
  str(self: Value): string;
  hash(self: Value): number | bigint;
  len(self: Value): number;
  getitem(self: Value, key: Value): Value;
  setitem(self: Value, key: Value, value: Value): void;
  delitem(self: Value, key: Value): void;
  contains(self: Value, item: Value): boolean;
  iter(self: Value): Value;
  /** Next item or STOP. */
  next(self: Value): Value | symbol;
  call(self: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value;
  bool(self: Value): boolean;
  /** Attribute lookup override (tp_getattro); undefined = generic. */
  getattr(self: Value, name: string): Value | undefined;
  setattr(self: Value, name: string, value: Value | undefined): void;
  /** __get__ of descriptors. */
  descrGet(self: Value, obj: Value | null, type: Value): Value;
  descrSet(self: Value, obj: Value, value: Value | undefined): void;
}

export interface BuiltinTypeDef {
  index: number;
  name: string;
  /** Dotted module for repr/qualname ('builtins' when omitted). */
  module?: string;
  base: string | null;
  /** All bases when there are several (ExceptionGroup); otherwise [base]. */
  bases: string[];
  flags: number;
  /** Slots an instance made by the generic __new__ has. */
  instanceSlots: number;
  dictSlot: number;
  doc?: string | null;
  /** Natives placed in the type's dict (methods, slot wrappers, class/static methods). */
  methods: Array<{ name: string; native: Native; kind: 'method' | 'classmethod' | 'staticmethod' | 'slot' }>;
  /** Data descriptors (getset) in the type's dict: name -> getter/setter natives. */
  getsets: Array<{ name: string; get: Native; set: Native | null; doc?: string; member?: boolean }>;
  /** Constant class attributes (JS values) placed in the type's dict. */
  attrs: Array<{ name: string; value: () => Value }>;
  slots: Partial<TypeSlots>;
  /** Internal types are not reachable by name from builtins. */
  internal: boolean;
}

export const BUILTIN_TYPES: BuiltinTypeDef[] = [];
const byName = new Map<string, BuiltinTypeDef>();

export interface TypeDecl {
  name: string;
  module?: string;
  base?: string | null;
  bases?: string[];
  flags?: number;
  instanceSlots?: number;
  dictSlot?: number;
  doc?: string | null;
  internal?: boolean;
  methods?: Record<string, NativeSpec & { kind?: 'method' | 'classmethod' | 'staticmethod' | 'slot' }>;
  /** member: a read-only PyMemberDef in CPython (assigning it says 'readonly attribute').
   * del: the setter also handles deletion (called with undefined), as a C setter gets NULL. */
  getsets?: Record<string, { get: NativeSpec['fn']; set?: NativeSpec['fn']; doc?: string; member?: boolean; del?: boolean }>;
  attrs?: Record<string, () => Value>;
  slots?: Partial<TypeSlots>;
}

export function defineBuiltinType(d: TypeDecl): BuiltinTypeDef {
  // A module type whose name another type has (decimal.Context, _contextvars.Context) is keyed module.name.
  const key = byName.has(d.name) && d.module !== undefined && d.module !== 'builtins' ? `${d.module}.${d.name}` : d.name;
  if (byName.has(key)) throw new Error(`builtin type ${d.name} defined twice`);
  const def: BuiltinTypeDef = {
    index: BUILTIN_TYPES.length,
    name: d.name,
    module: d.module,
    base: d.bases ? d.bases[0]! : d.base === undefined ? 'object' : d.base,
    bases: d.bases ?? (d.base === null ? [] : [d.base ?? 'object']),
    flags: d.flags ?? 0,
    instanceSlots: d.instanceSlots ?? 0,
    dictSlot: d.dictSlot ?? -1,
    doc: d.doc ?? null,
    methods: Object.entries(d.methods ?? {}).map(([name, spec]) => ({
      name, native: withQualname(defineNative(spec), `${d.name}.${name}`), kind: spec.kind ?? (name.startsWith('__') && name.endsWith('__') ? 'slot' : 'method'),
    })),
    getsets: Object.entries(d.getsets ?? {}).map(([name, g]) => ({
      name,
      get: defineNative({ sig: `${name}($self, /)`, fn: g.get }),
      set: g.set ? defineNative(g.del ? deletableSetter(name, g.set) : { sig: `${name}($self, value, /)`, fn: g.set }) : null,
      doc: g.doc,
      member: g.member,
    })),
    attrs: Object.entries(d.attrs ?? {}).map(([name, value]) => ({ name, value })),
    slots: d.slots ?? {},
    internal: d.internal ?? false,
  };
  BUILTIN_TYPES.push(def);
  byName.set(key, def);
  return def;
}

export function builtinTypeDef(name: string): BuiltinTypeDef {
  const d = byName.get(name);
  if (d === undefined) throw new Error(`no builtin type ${name}`);
  return d;
}

let slotsInherited = false;
/**
 * Builtin subtypes (bool of int, the exceptions, struct sequences of tuple) inherit the JS slots
 * their base defines and they do not override, as C types inherit tp_* slots (inherit_slots).
 */
export function inheritBuiltinSlots(): void {
  if (slotsInherited) return;
  slotsInherited = true;
  for (const d of BUILTIN_TYPES) addSlotWrappers(d);
  const done = new Set<BuiltinTypeDef>();
  const visit = (d: BuiltinTypeDef): void => {
    if (done.has(d)) return;
    done.add(d);
    if (d.base === null) return;
    const base = builtinTypeDef(d.base);
    visit(base);
    d.slots = { ...base.slots, ...d.slots };
  };
  for (const d of BUILTIN_TYPES) visit(d);
}

/** A setter whose value is optional: deletion calls it without one, and it sees undefined. */
function deletableSetter(name: string, set: NativeSpec['fn']): NativeSpec {
  const fn = set as (self: Value, v: Value | undefined) => Value;
  return {
    sig: `${name}($self, value=<missing>, /)`,
    fn: ((self: Value, v: Value | typeof MISSING) => fn(self, v === MISSING ? undefined : v)) as never,
  };
}

/** Per-worker: heap address of each builtin type, by index (filled by the bootstrap or attach). */
export const TYPE_ADDR: number[] = [];

export function builtinTypeAddr(name: string): number {
  return TYPE_ADDR[builtinTypeDef(name).index]!;
}

let defByAddr: Map<number, BuiltinTypeDef> | null = null;
/** The definition of the builtin type at heap address t, if it is one. */
export function builtinDefAt(t: number): BuiltinTypeDef | undefined {
  if (defByAddr === null || defByAddr.size < BUILTIN_TYPES.length) {
    defByAddr = new Map();
    for (const d of BUILTIN_TYPES) if (TYPE_ADDR[d.index] !== undefined) defByAddr.set(TYPE_ADDR[d.index]!, d);
  }
  return defByAddr.get(t);
}

/**
 * The dunder methods a type's JS slots stand for (list.__len__, function.__get__...), added
 * where the type does not declare the method itself, as CPython's add_operators makes slot
 * wrappers from tp_* slots. Runs in every worker in the same order (native indices agree).
 */
const SLOT_WRAPPERS: Array<[keyof TypeSlots, string, string, (sl: Partial<TypeSlots>) => (...a: Value[]) => Value]> = [
  ['repr', '__repr__', '__repr__($self, /)', (sl) => (self) => sl.repr!(self)],
  ['str', '__str__', '__str__($self, /)', (sl) => (self) => sl.str!(self)],
  ['hash', '__hash__', '__hash__($self, /)', (sl) => (self) => sl.hash!(self)],
  ['len', '__len__', '__len__($self, /)', (sl) => (self) => sl.len!(self)],
  ['getitem', '__getitem__', '__getitem__($self, key, /)', (sl) => (self, k) => sl.getitem!(self, k!)],
  ['setitem', '__setitem__', '__setitem__($self, key, value, /)', (sl) => (self, k, v) => (sl.setitem!(self, k!, v!), null)],
  ['delitem', '__delitem__', '__delitem__($self, key, /)', (sl) => (self, k) => (sl.delitem!(self, k!), null)],
  ['contains', '__contains__', '__contains__($self, key, /)', (sl) => (self, k) => sl.contains!(self, k!)],
  ['iter', '__iter__', '__iter__($self, /)', (sl) => (self) => sl.iter!(self)],
  ['bool', '__bool__', '__bool__($self, /)', (sl) => (self) => sl.bool!(self)],
  ['descrGet', '__get__', '__get__($self, instance, owner=None, /)',
    (sl) => (self, obj, owner) => sl.descrGet!(self, obj === null ? null : obj!, owner ?? null)],
  ['descrSet', '__set__', '__set__($self, instance, value, /)', (sl) => (self, obj, v) => (sl.descrSet!(self, obj!, v!), null)],
  ['descrSet', '__delete__', '__delete__($self, instance, /)', (sl) => (self, obj) => (sl.descrSet!(self, obj!, undefined), null)],
];

let nextWrapper: (sl: Partial<TypeSlots>) => (...a: Value[]) => Value = () => () => null;
let callWrapper: (sl: Partial<TypeSlots>) => (...a: Value[]) => Value = () => () => null;
/** __next__ and __call__ need the runtime (StopIteration, keyword arguments): it installs them. */
export function setSlotWrapperFactories(next: typeof nextWrapper, callW: typeof callWrapper): void {
  nextWrapper = next;
  callWrapper = callW;
}

function addSlotWrappers(d: BuiltinTypeDef): void {
  const has = new Set(d.methods.map((m) => m.name));
  const add = (name: string, sig: string, fn: (...a: Value[]) => Value): void => {
    if (has.has(name)) return;
    has.add(name);
    d.methods.push({ name, native: defineNative({ sig, fn: fn as never }), kind: 'slot' });
  };
  for (const [slot, name, sig, make] of SLOT_WRAPPERS) {
    // A bool slot beside a len slot is only a fast path for len() != 0: CPython's containers have
    // no nb_bool, so no __bool__ (typeobject.c slotdefs).
    if (slot === 'bool' && d.slots.len !== undefined) continue;
    if (d.slots[slot] !== undefined) add(name, sig, make(d.slots));
  }
  if (d.slots.next !== undefined) add('__next__', '__next__($self, /)', nextWrapper(d.slots));
  if (d.slots.call !== undefined) add('__call__', '__call__($self, /, *args, **kwargs)', callWrapper(d.slots));
}
