// The abstract object protocol every layer uses: attribute access, calls, repr/str, hashing,
// rich comparison, truth, length, items, iteration. CPython: Objects/object.c, Objects/abstract.c,
// Objects/typeobject.c (slot dispatch). Exact builtin types dispatch to their JS slots; everything
// else looks the special method up along the MRO (cached per type version), as CPython's
// slot_* wrappers do for heap types.

import { I32 } from '../heap/index.js';
import { TypeSlot, TypeFlag } from './layouts.js';
import {
  Ref, PyFloat, STOP, T_INT, T_FLOAT, T_STR, T_BOOL, T_NONE, T_TYPE, type Value, getSlot, decode,
} from './value.js';
import { typeOf, typeFlags, typeName, typeModule, lookup, isSubtype } from './typeobject.js';
import { BUILTIN_TYPES, builtinTypeAddr, type TypeSlots } from './registry.js';
import { NATIVES, bindNativeArgs } from './native.js';
import { pinAddr } from './alloc.js';

/** The builtin definition index of a type (the solid base's for heap types). */
function builtinIndex(t: number): number {
  return getSlot(t, TypeSlot.Builtin) >> 1;
}

function isHeapType(t: number): boolean {
  return (typeFlags(t) & TypeFlag.Heap) !== 0;
}

/** JS slot `name` for exact builtin types; undefined for heap types (use the MRO). */
export function builtinSlot<K extends keyof TypeSlots>(t: number, name: K): TypeSlots[K] | undefined {
  if (isHeapType(t)) return undefined;
  return BUILTIN_TYPES[builtinIndex(t)]!.slots[name];
}

// ---- Errors ------------------------------------------------------------------------------------

type Raiser = (cls: string, msg: string) => never;
let raiser: Raiser = (cls, msg) => {
  throw new Error(`${cls}: ${msg}`);
};
export function setRaiser(r: Raiser): void {
  raiser = r;
}
export function raise(cls: string, msg: string): never {
  return raiser(cls, msg);
}

/** The type's tp_name, as error messages spell it: builtin types of other modules are dotted ('collections.deque'). */
export function typeNameOf(v: Value): string {
  const t = typeOf(v);
  if ((typeFlags(t) & TypeFlag.Heap) === 0) {
    const m = typeModule(t);
    if (m !== null && m !== 'builtins') return `${m}.${typeName(t)}`;
  }
  return typeName(t);
}

// ---- Calling ------------------------------------------------------------------------------------

type Caller = (f: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null) => Value;
let caller: Caller = () => {
  throw new Error('caller not installed');
};
export function setCaller(c: Caller): void {
  caller = c;
}

/** f(*args, **kwargs) with the full calling convention (installed by the VM). */
export function call(f: Value, args: Value[], kwNames: string[] | null = null, kwValues: Value[] | null = null): Value {
  return caller(f, args, kwNames, kwValues);
}

/** Calls a native function object's implementation directly. */
export function callNative(index: number, self: Value | undefined, args: Value[], kwNames: string[] | null,
  kwValues: Value[] | null, qualname?: string): Value {
  const n = NATIVES[index]!;
  if (kwNames === null && n.simple) {
    const k = args.length;
    if (k === n.maxPositional) return self === undefined ? n.fn(...args) : n.fn(self, ...args);
    if (k >= n.minPositional && k < n.maxPositional) {
      // Positional-only parameters: the missing trailing ones take their defaults.
      const full = args.slice();
      for (let i = k; i < n.maxPositional; i++) full.push(n.params[i]!.dflt as Value);
      return self === undefined ? n.fn(...full) : n.fn(self, ...full);
    }
  }
  const lead = n.leadThenVarargs;
  if (kwNames === null && lead >= 0 && args.length >= lead) {
    // The binder's shapes without its general loop: *args as an array, **kwargs as a Map.
    const out: unknown[] = args.slice(0, lead);
    out.push(args.slice(lead));
    if (n.hasVarkw) out.push(new Map<string, Value>());
    return self === undefined ? n.fn(...(out as Value[])) : n.fn(self, ...(out as Value[]));
  }
  const bound = bindNativeArgs(n, args, kwNames, kwValues, undefined, qualname);
  return self === undefined ? n.fn(...bound) : n.fn(self, ...bound);
}

/**
 * Looks `name` up on the type of `v` and calls it with `v` first (special method call:
 * _PyObject_LookupSpecial + call). Returns undefined when the type has no such method.
 */
export function callSpecial(v: Value, name: string, args: Value[]): Value | undefined {
  const t = typeOf(v);
  const m = lookup(t, name);
  if (m === undefined) return undefined;
  return callDescriptor(m, v, t, args);
}

/** Calls a descriptor found on a type as a method of `self` (binding it first if needed). */
export function callDescriptor(m: Value, self: Value, t: number, args: Value[]): Value {
  if (m instanceof Ref) {
    const mt = I32[m.a >> 2]!;
    if (mt === T_FUNCTION) return call(m, [self, ...args]);
    if (mt === T_METHOD_DESCR) return callNative(getSlot(m.a, 2) >> 1, self, args, null, null);
    if (mt === T_STATICMETHOD || mt === T_CLASSMETHOD) {
      // Bound through __get__ below.
    }
    // descrGet's obj === null means "no instance", so None cannot be bound through it: a slot
    // wrapper (object.__format__ on None) is called unbound with None as its first argument.
    if (self === null && BUILTIN_TYPES[getSlot(mt, TypeSlot.Builtin) >> 1]?.name === 'wrapper_descriptor') {
      return call(m, [self, ...args]);
    }
  }
  const bound = descrGet(m, self, new Ref(t));
  return call(bound, args);
}

// Types the protocol recognises directly (set by the bootstrap).
export let T_FUNCTION = 0;
export let T_METHOD_DESCR = 0;
export let T_STATICMETHOD = 0;
export let T_CLASSMETHOD = 0;
export let T_NOTIMPL = 0;
export let A_NOTIMPLEMENTED = 0;
export function setProtocolTypes(t: { function: number; methodDescr: number; staticmethod: number; classmethod: number;
  notImplemented: number }): void {
  T_FUNCTION = t.function;
  T_METHOD_DESCR = t.methodDescr;
  T_STATICMETHOD = t.staticmethod;
  T_CLASSMETHOD = t.classmethod;
  A_NOTIMPLEMENTED = t.notImplemented;
}

export function isNotImplemented(v: Value): boolean {
  return v instanceof Ref && v.a === A_NOTIMPLEMENTED;
}

/** descr.__get__(obj, type) when the descriptor's type has __get__; else the descriptor itself. */
export function descrGet(d: Value, obj: Value | null, type: Value): Value {
  const dt = typeOf(d);
  const slot = builtinSlot(dt, 'descrGet');
  if (slot !== undefined) return slot(d, obj, type);
  if (!isHeapType(dt)) return d;
  const get = lookup(dt, '__get__');
  if (get === undefined) return d;
  return callDescriptor(get, d, dt, [obj, type]);
}

/** Does the descriptor's type define __set__ or __delete__ (a data descriptor)? */
export function isDataDescriptor(d: Value): boolean {
  const dt = typeOf(d);
  if (!isHeapType(dt)) return builtinSlot(dt, 'descrSet') !== undefined;
  return lookup(dt, '__set__') !== undefined || lookup(dt, '__delete__') !== undefined;
}

export function hasDescrGet(d: Value): boolean {
  const dt = typeOf(d);
  if (!isHeapType(dt)) return builtinSlot(dt, 'descrGet') !== undefined;
  return lookup(dt, '__get__') !== undefined;
}

// ---- repr / str --------------------------------------------------------------------------------

/** repr(v) as a JS string. */
export function repr(v: Value): string {
  const r = reprObject(v);
  return typeof r === 'string' ? r : strValueOf(r as Ref);
}

/** repr(v) as the object __repr__ returned: a str subclass instance stays one (PyObject_Repr). */
export function reprObject(v: Value): Value {
  const t = typeOf(v);
  const slot = builtinSlot(t, 'repr');
  if (slot !== undefined) return slot(v);
  const r = callSpecial(v, '__repr__', []);
  if (typeof r !== 'string' && !(r instanceof Ref && isSubtype(I32[r.a >> 2]!, T_STR))) {
    raise('TypeError', `__repr__ returned non-string (type ${typeNameOf(r ?? null)})`);
  }
  return r;
}

/** str(v) as a JS string. */
export function str(v: Value): string {
  if (typeof v === 'string') return v;
  const t = typeOf(v);
  const slot = builtinSlot(t, 'str');
  if (slot !== undefined) return slot(v);
  if (!isHeapType(t)) {
    const r = builtinSlot(t, 'repr');
    if (r !== undefined) return r(v);
  }
  const r = callSpecial(v, '__str__', []);
  if (typeof r !== 'string') {
    if (r instanceof Ref && isSubtype(I32[r.a >> 2]!, T_STR)) return strValueOf(r);
    raise('TypeError', `__str__ returned non-string (type ${typeNameOf(r ?? null)})`);
  }
  return r;
}

/** The JS string inside a str subclass instance. */
let strValueOfHook: (r: Ref) => string = () => '';
export function setStrValueOf(f: (r: Ref) => string): void {
  strValueOfHook = f;
}
export function strValueOf(r: Ref): string {
  return strValueOfHook(r);
}

// ---- truth, length -------------------------------------------------------------------------------

export function truthy(v: Value): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (v instanceof PyFloat) return v.v !== 0;
  const t = typeOf(v);
  const b = builtinSlot(t, 'bool');
  if (b !== undefined) return b(v);
  if (!isHeapType(t)) {
    const l = builtinSlot(t, 'len');
    return l === undefined ? true : l(v) !== 0;
  }
  const m = lookup(t, '__bool__');
  if (m === null) raise('TypeError', `'${typeName(t)}' cannot be interpreted as a boolean`);
  if (m !== undefined) {
    const r = callDescriptor(m, v, t, []);
    if (typeof r !== 'boolean') raise('TypeError', `__bool__ should return bool, returned ${typeNameOf(r)}`);
    return r;
  }
  const lm = lookup(t, '__len__');
  if (lm !== undefined) return lenResult(callDescriptor(lm, v, t, [])) !== 0;
  return true;
}

function lenResult(r: Value): number {
  return Number(lenResultExact(r));
}

/** slot_sq_length's checks: an int in [0, sys.maxsize] (a bigint past 2^53). */
function lenResultExact(r: Value): number | bigint {
  if (typeof r === 'number' && Number.isInteger(r)) {
    if (r < 0) raise('ValueError', '__len__() should return >= 0');
    return r;
  }
  if (r === true || r === false) return r ? 1 : 0;
  if (typeof r === 'bigint') {
    if (r < 0n) raise('ValueError', '__len__() should return >= 0');
    if (r > 0x7fffffffffffffffn) raise('OverflowError', "cannot fit 'int' into an index-sized integer");
    return r;
  }
  // slot_sq_length: PyNumber_AsSsize_t, so an object with __index__ will do.
  const im = r instanceof Ref ? lookup(typeOf(r), '__index__') : undefined;
  if (im !== undefined && im !== null) {
    const i = callDescriptor(im, r, typeOf(r), []);
    if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') {
      raise('TypeError', `__index__ returned non-int (type ${typeNameOf(i)})`);
    }
    return lenResultExact(i);
  }
  raise('TypeError', `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
}

export function len(v: Value): number {
  if (typeof v === 'string') return strLen(v);
  const t = typeOf(v);
  const l = builtinSlot(t, 'len');
  if (l !== undefined) return l(v);
  const m = lookup(t, '__len__');
  if (m === undefined) raise('TypeError', `object of type '${typeNameOf(v)}' has no len()`);
  return lenResult(callDescriptor(m, v, t, []));
}

/** len(): like len() but exact past 2^53 (a builtin's len slot gives a rounded number there,
 * its __len__ the exact int, e.g. range(sys.maxsize)). */
export function lenExact(v: Value): number | bigint {
  if (typeof v === 'string') return strLen(v);
  const t = typeOf(v);
  const l = builtinSlot(t, 'len');
  if (l !== undefined) {
    const n = l(v);
    if (n <= Number.MAX_SAFE_INTEGER) return n;
  }
  const m = lookup(t, '__len__');
  if (m === undefined) raise('TypeError', `object of type '${typeNameOf(v)}' has no len()`);
  return lenResultExact(callDescriptor(m, v, t, []));
}

/** Length of a str in code points (astral characters count once). */
export function strLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// ---- items -----------------------------------------------------------------------------------

export function getitem(o: Value, k: Value): Value {
  const t = typeOf(o);
  const g = builtinSlot(t, 'getitem');
  if (g !== undefined) return g(o, k);
  const m = lookup(t, '__getitem__');
  if (m !== undefined) return callDescriptor(m, o, t, [k]);
  if (t === T_TYPE || isSubtype(t, T_TYPE)) {
    // type[int] is special-cased (abstract.c PyObject_GetItem); other classes use
    // __class_getitem__ (PEP 560).
    if ((o as Ref).a === T_TYPE) return call(new Ref(builtinTypeAddr('GenericAlias')), [o, k]);
    const cg = lookup((o as Ref).a, '__class_getitem__');
    if (cg !== undefined) return call(descrGet(cg, null, o), [k]);
    raise('TypeError', `type '${typeName((o as Ref).a)}' is not subscriptable`);
  }
  raise('TypeError', `'${typeName(t)}' object is not subscriptable`);
}

export function setitem(o: Value, k: Value, v: Value): void {
  const t = typeOf(o);
  const s = builtinSlot(t, 'setitem');
  if (s !== undefined) return s(o, k, v);
  const m = lookup(t, '__setitem__');
  if (m === undefined) raise('TypeError', `'${typeName(t)}' object does not support item assignment`);
  callDescriptor(m, o, t, [k, v]);
}

export function delitem(o: Value, k: Value): void {
  const t = typeOf(o);
  const s = builtinSlot(t, 'delitem');
  if (s !== undefined) return s(o, k);
  const m = lookup(t, '__delitem__');
  if (m === undefined) {
    // PyObject_DelItem hands an index key to PySequence_DelItem when the type has sequence
    // methods (every class does), which words the error differently.
    const idx = typeof k === 'boolean' || typeof k === 'bigint' || (typeof k === 'number' && Number.isInteger(k))
      || (k instanceof Ref && lookup(typeOf(k), '__index__') != null);
    const seq = isHeapType(t) || SEQUENCE_METHOD_TYPES.has(BUILTIN_TYPES[builtinIndex(t)]!.name);
    raise('TypeError', `'${typeName(t)}' object ${idx && seq ? "doesn't" : 'does not'} support item deletion`);
  }
  callDescriptor(m, o, t, [k]);
}

/** Builtin types without __delitem__ that still fill tp_as_sequence in CPython. */
const SEQUENCE_METHOD_TYPES = new Set([
  'str', 'bytes', 'tuple', 'range', 'set', 'frozenset', 'dict_keys', 'dict_items', 'dict_values', 'mappingproxy',
]);

// ---- iteration ---------------------------------------------------------------------------------

export function iter(v: Value): Value {
  const t = typeOf(v);
  const it = builtinSlot(t, 'iter');
  if (it !== undefined) {
    // An iterator's iter() is the argument itself, which the caller may hold only in a JS local while
    // next() runs Python code (a generator passed straight from a call to list()/set()): pin it.
    const r = it(v);
    if (r instanceof Ref) pinAddr(r.a);
    return r;
  }
  const m = lookup(t, '__iter__');
  if (m === null || (m === undefined && lookup(t, '__getitem__') === undefined)) {
    raise('TypeError', `'${typeName(t)}' object is not iterable`);
  }
  if (m === undefined) return makeSeqIter(v);
  const r = callDescriptor(m, v, t, []);
  const rt = typeOf(r);
  if (builtinSlot(rt, 'next') === undefined && lookup(rt, '__next__') === undefined) {
    raise('TypeError', `iter() returned non-iterator of type '${typeName(rt)}'`);
  }
  return r;
}

let seqIterHook: (v: Value) => Value = () => null;
export function setSeqIterHook(f: (v: Value) => Value): void {
  seqIterHook = f;
}
function makeSeqIter(v: Value): Value {
  return seqIterHook(v);
}

/** The next item, or STOP when exhausted (StopIteration is absorbed). */
export function next(it: Value): Value | typeof STOP {
  const t = typeOf(it);
  const n = builtinSlot(t, 'next');
  if (n !== undefined) {
    let r: Value | typeof STOP;
    try {
      r = n(it) as Value | typeof STOP;
    } catch (e) {
      // A builtin iterator ends when a callback it runs raises StopIteration (filter's predicate, map's
      // function): CPython's callers of tp_iternext treat that as exhaustion.
      if (isStopIteration(e)) return STOP;
      throw e;
    }
    // A generator's item was made in its frame, whose pins went when it suspended.
    if (r instanceof Ref) pinAddr(r.a);
    return r as Value | typeof STOP;
  }
  const m = lookup(t, '__next__');
  if (m === undefined) raise('TypeError', `'${typeName(t)}' object is not an iterator`);
  return nextFromMethod(m, it, t);
}

let stopIterationCatcher: (f: () => Value) => Value | typeof STOP = (f) => f();
let isStopIteration: (e: unknown) => boolean = () => false;
export function setStopIterationCatcher(f: (f: () => Value) => Value | typeof STOP, test: (e: unknown) => boolean): void {
  stopIterationCatcher = f;
  isStopIteration = test;
}
function nextFromMethod(m: Value, it: Value, t: number): Value | typeof STOP {
  return stopIterationCatcher(() => callDescriptor(m, it, t, []));
}

/** All items of an iterable as a JS array. */
export function toArray(v: Value): Value[] {
  const fast = fastSequence(v);
  if (fast !== null) return fast;
  const it = iter(v);
  const out: Value[] = [];
  for (;;) {
    const x = next(it);
    if (x === STOP) return out;
    out.push(x);
  }
}

let fastSeqHook: (v: Value) => Value[] | null = () => null;
export function setFastSequenceHook(f: (v: Value) => Value[] | null): void {
  fastSeqHook = f;
}
/** Items of an exact list or tuple without going through an iterator; null otherwise. */
export function fastSequence(v: Value): Value[] | null {
  return fastSeqHook(v);
}

export function contains(container: Value, item: Value): boolean {
  const t = typeOf(container);
  const c = builtinSlot(t, 'contains');
  if (c !== undefined) return c(container, item);
  const m = lookup(t, '__contains__');
  if (m !== undefined) return truthy(callDescriptor(m, container, t, [item]));
  // _PySequence_IterSearch words a non-iterable container apart.
  if (builtinSlot(t, 'iter') === undefined && lookup(t, '__iter__') === undefined && lookup(t, '__getitem__') === undefined) {
    raise('TypeError', `argument of type '${typeName(t)}' is not a container or iterable`);
  }
  const it = iter(container);
  for (;;) {
    const x = next(it);
    if (x === STOP) return false;
    if (x === item || eqBool(x, item)) return true;
  }
}

// ---- comparison and hashing are in compare.ts / hashing.ts; re-exported for convenience ----
let eqHook: (a: Value, b: Value) => boolean = (a, b) => a === b;
export function setEqHook(f: (a: Value, b: Value) => boolean): void {
  eqHook = f;
}
export function eqBool(a: Value, b: Value): boolean {
  return eqHook(a, b);
}

export { STOP, T_INT, T_FLOAT, T_STR, T_BOOL, T_NONE, decode };
