// Test harness for the collection types before the runtime exists: makes a heap, stubs the builtin
// types no module defines yet (int, float, str, ...), bootstraps the types, installs minimal protocol
// hooks, and offers helpers: call a type's method by name (through its native signature), build
// classes whose methods are JS functions, and Python-style exceptions (PyErr) to assert on.
// Workers call setupWorker(root) with the main thread's root slot (same module order = same types).

import { createHeap, attachHeap, registerThread, setRootScanner, F64, I32 } from '../../src/heap/index.js';
// Types the bootstrap needs that other modules define (imported first so that the stubs below only
// fill real gaps).
import '../../src/objects/object.js';
import '../../src/objects/type.js';
import '../../src/objects/none.js';
import '../../src/objects/descriptors.js';
import '../../src/objects/function.js';
import '../../src/objects/tuple.js';
import '../../src/objects/list.js';
import '../../src/objects/slice.js';
import '../../src/objects/dict_type.js';
import '../../src/objects/set.js';
import '../../src/objects/iterators.js';
import '../../src/objects/range.js';
// coll_ops uses numcore, whose type hooks need complex defined.
import '../../src/objects/complex.js';
import { defineBuiltinType, builtinTypeDef, builtinTypeAddr, BUILTIN_TYPES } from '../../src/objects/registry.js';
import { bootstrapHeap, attachBootstrap, SINGLETONS } from '../../src/objects/bootstrap.js';
import { allocObj } from '../../src/objects/alloc.js';
import {
  Ref, PyFloat, STOP, T_INT, T_FLOAT, T_STR, T_OBJECT, decode, getSlot, setDecodeHooks, setEncodeHook, type Value,
} from '../../src/objects/value.js';
import { strToHeap, strFromHeap } from '../../src/objects/str.js';
import { installHooks } from '../../src/objects/hooks.js';
import {
  setRaiser, setCaller, setEqHook, setStopIterationCatcher, builtinSlot, callNative, repr as pyRepr, iter, next,
  descrGet,
} from '../../src/objects/protocol.js';
import { lookup, lookupTagged, typeOf, newHeapType, finishType, typeSetAttr, isSubtype } from '../../src/objects/typeobject.js';
import { TypeFlag, TypeSlot, DescrSlot } from '../../src/objects/layouts.js';
import { low32 } from '../../src/objects/hash.js';
import {
  pyHash, eq, setKeyErrorRaiser, setExceptionMatcher, setGenericAliasMaker, setBuiltinGetter, setStopIterationRaiser,
} from '../../src/objects/coll_ops.js';
import { reprFloat, reprStr } from '../../src/parser/repr.js';
import { newTuple } from '../../src/objects/tuple.js';
import { makeSeqIter } from '../../src/objects/iterators.js';
import { captureObjectDescrs } from '../../src/objects/object.js';

/** A Python exception raised by code under test. */
export class PyErr extends Error {
  constructor(readonly cls: string, readonly msg: string, readonly arg?: Value) {
    super(`${cls}: ${msg}`);
  }
}

const SUBCLASSES: Record<string, string[]> = {
  LookupError: ['IndexError', 'KeyError'],
  Exception: ['IndexError', 'KeyError', 'TypeError', 'ValueError', 'RuntimeError', 'StopIteration', 'LookupError'],
};

function isDefined(name: string): boolean {
  try {
    builtinTypeDef(name);
    return true;
  } catch {
    return false;
  }
}

// ---- stubs for types other helpers own ------------------------------------------------------------
const stubbed = new Set<string>();
function stub(name: string, base: string, slots: Parameters<typeof defineBuiltinType>[0]['slots']): void {
  if (isDefined(name)) return;
  stubbed.add(name);
  defineBuiltinType({ name, base, flags: TypeFlag.BaseType, slots });
}
stub('int', 'object', {
  repr: (v) => String(v),
  hash: (v) => pyHash(v),
});
stub('bool', 'int', { repr: (v) => (v ? 'True' : 'False') });
stub('float', 'object', { repr: (v) => reprFloat(v instanceof PyFloat ? v.v : (v as number)) });
stub('str', 'object', {
  repr: (v) => reprStr(v as string),
  len: (v) => [...(v as string)].length,
  getitem: (v, i) => {
    const cps = [...(v as string)];
    const k = (i as number) < 0 ? (i as number) + cps.length : (i as number);
    if (k < 0 || k >= cps.length) throw new PyErr('IndexError', 'string index out of range');
    return cps[k]!;
  },
  iter: (v) => makeSeqIter(v),
});
for (const n of ['staticmethod', 'classmethod']) stub(n, 'object', {});

/** JS functions callable from Python (key functions, dunder methods of test classes). */
type JsFn = (...args: Value[]) => Value;
const jsFuncs = new Map<number, { fn: JsFn; self: Value | undefined }>();
defineBuiltinType({
  name: 'test_jsfunc',
  internal: true,
  instanceSlots: 1,
  slots: {
    descrGet: (f, obj) => (obj === null ? f : bindJs(f as Ref, obj)),
    repr: (f) => `<jsfunc ${(f as Ref).a}>`,
  },
});

let T_JSFUNC = 0;
const intBoxes = new Map<number, number | bigint>();

function installProtocol(): void {
  if (stubbed.has('int') || stubbed.has('str')) {
    setDecodeHooks((a) => strFromHeap(a), (a) => intBoxes.get(a)!);
  }
  setEncodeHook((v) => {
    if (typeof v === 'string') return strToHeap(v);
    if (v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v)) || Object.is(v, -0)) {
      const a = allocObj(T_FLOAT, 0, 8);
      F64[(a + 8) >> 3] = v instanceof PyFloat ? v.v : (v as number);
      return a;
    }
    if (typeof v === 'number' || typeof v === 'bigint') {
      const a = allocObj(T_INT, 0, 8);
      intBoxes.set(a, v);
      return a;
    }
    // The bootstrap passes bare { a } records for descriptors.
    if (typeof v === 'object' && v !== null && typeof (v as { a?: unknown }).a === 'number') return (v as { a: number }).a;
    throw new Error(`cannot encode ${String(v)}`);
  });
  const raiser = (cls: string, msg: string): never => {
    throw new PyErr(cls, msg);
  };
  setRaiser(raiser);
  installHooks({
    hash32: (v) => low32(pyHash(v)),
    eq: (a, b) => eq(a, b),
    repr: (v) => pyRepr(v),
    raise: raiser,
    call: (f, args) => callValue(f, args, null, null),
    getattr: (v, name) => {
      const t = typeOf(v);
      const d = lookup(t, name);
      return d === undefined ? undefined : descrGet(d, v, new Ref(t));
    },
  });
  setEqHook((a, b) => eq(a, b));
  setCaller(callValue);
  setStopIterationCatcher((f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof PyErr && e.cls === 'StopIteration') return STOP;
      throw e;
    }
  }, (e) => e instanceof PyErr && e.cls === 'StopIteration');
  setKeyErrorRaiser((key) => {
    throw new PyErr('KeyError', pyRepr(key), key);
  });
  setStopIterationRaiser(() => {
    throw new PyErr('StopIteration', '');
  });
  setExceptionMatcher((e, cls) => e instanceof PyErr && (e.cls === cls || (SUBCLASSES[cls]?.includes(e.cls) ?? false)));
  setGenericAliasMaker((o, a) => newTuple(['GenericAlias', o, a]));
  setBuiltinGetter((name) => jsFunc(() => name));
}

function callValue(f: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  if (f instanceof Ref) {
    const t = I32[f.a >> 2]!;
    if (t === T_JSFUNC) {
      const j = jsFuncs.get(f.a)!;
      return j.self === undefined ? j.fn(...args) : j.fn(j.self, ...args);
    }
    // Static methods made by the bootstrap (e.g. __new__): the native without a bound self.
    if (t === builtinTypeAddr('builtin_function_or_method') && getSlot(f.a, DescrSlot.Extra) === SINGLETONS.none) {
      return callNative(getSlot(f.a, DescrSlot.Native) >> 1, undefined, args, kwNames, kwValues);
    }
    if (isSubtype(t, builtinTypeAddr('type'))) {
      const kw: Record<string, Value> = {};
      kwNames?.forEach((k, i) => { kw[k] = kwValues![i]!; });
      return construct(f.a, args, kw);
    }
    const slot = builtinSlot(t, 'call');
    if (slot !== undefined) return slot(f, args, kwNames, kwValues);
  }
  throw new PyErr('TypeError', `'${typeName(f)}' object is not callable`);
}

function typeName(v: Value): string {
  return strFromHeap(getSlot(typeOf(v), TypeSlot.Name));
}

function bindJs(f: Ref, self: Value): Value {
  const j = jsFuncs.get(f.a)!;
  return jsFunc(j.fn, self);
}

/** A Python-callable wrapping `fn` (bound to `self` when given). */
export function jsFunc(fn: JsFn, self?: Value): Ref {
  const a = allocObj(T_JSFUNC, 1, 0);
  jsFuncs.set(a, { fn, self });
  return new Ref(a);
}

// ---- setup ---------------------------------------------------------------------------------------

let rootSlot = 0;
let sab: SharedArrayBuffer | null = null;
/** Objects this thread keeps alive across collections (the root scanner reports them). */
export const roots: number[] = [];

/** Creates the heap and the builtin types once per process (main thread). */
export function setup(): { sab: SharedArrayBuffer; root: number } {
  if (sab === null) {
    sab = createHeap({ maxBytes: 256 << 20, minGcBytes: 1 << 30 });
    registerThread();
    setRootScanner((mark) => {
      for (const r of roots) mark(r);
    });
    installProtocol();
    rootSlot = bootstrapHeap();
    T_JSFUNC = builtinTypeAddr('test_jsfunc');
    captureObjectDescrs(T_OBJECT);
  }
  return { sab, root: rootSlot };
}

/** In a worker: attaches to the main thread's heap. */
export function setupWorker(shared: SharedArrayBuffer, root: number): void {
  attachHeap(shared);
  registerThread();
  setRootScanner(() => {});
  installProtocol();
  attachBootstrap(root);
  T_JSFUNC = builtinTypeAddr('test_jsfunc');
  captureObjectDescrs(T_OBJECT);
}

export function T(name: string): number {
  return builtinTypeAddr(name);
}

// ---- calling methods ------------------------------------------------------------------------------

/** obj.name(*args, **kw) through the method's native signature (as the VM will bind it). */
export function callMethod(obj: Value, name: string, args: Value[] = [], kw: Record<string, Value> = {}): Value {
  const t = typeOf(obj);
  const d = lookup(t, name);
  if (d === undefined || d === null) throw new Error(`no method ${name} on ${typeName(obj)}`);
  const kwNames = Object.keys(kw);
  const kwValues = Object.values(kw);
  if (!(d instanceof Ref)) throw new Error(`${name} is not a descriptor`);
  if (I32[d.a >> 2] === T_JSFUNC) return callValue(bindJs(d, obj), args, null, null);
  const native = getSlot(d.a, DescrSlot.Native) >> 1;
  return callNative(native, obj, args, kwNames.length ? kwNames : null, kwNames.length ? kwValues : null);
}

/** Cls.name(*args): class methods get the class, static methods nothing bound. */
export function callClassMethod(cls: number, name: string, args: Value[] = [], kw: Record<string, Value> = {}): Value {
  const d = lookup(cls, name) as Ref;
  const native = getSlot(d.a, DescrSlot.Native) >> 1;
  const kwNames = Object.keys(kw);
  const isStatic = I32[d.a >> 2] === builtinTypeAddr('builtin_function_or_method');
  return callNative(native, isStatic ? undefined : new Ref(cls), args, kwNames.length ? kwNames : null,
    kwNames.length ? Object.values(kw) : null);
}

/** type(*args, **kw): __new__, then __init__ unless it is object's (type_call). */
export function construct(cls: number, args: Value[] = [], kw: Record<string, Value> = {}): Value {
  const kwNames = Object.keys(kw).length ? Object.keys(kw) : null;
  const kwValues = kwNames ? Object.values(kw) : null;
  const obj = callValue(lookup(cls, '__new__')!, [new Ref(cls), ...args], kwNames, kwValues);
  const ot = typeOf(obj);
  if (ot !== cls && !isSubtype(ot, cls)) return obj;
  const init = lookupTagged(ot, '__init__');
  if (init !== lookupTagged(T_OBJECT, '__init__')) {
    const d = decode(init) as Ref;
    if (I32[d.a >> 2] === T_JSFUNC) callValue(bindJs(d, obj), args, kwNames, kwValues);
    else callNative(getSlot(d.a, DescrSlot.Native) >> 1, obj, args, kwNames, kwValues);
  }
  return obj;
}

/** Runs f and returns "Class: message" of the PyErr it raises (or 'ok: repr(result)'). */
export function outcome(f: () => Value): string {
  try {
    return `ok: ${pyRepr(f())}`;
  } catch (e) {
    if (e instanceof PyErr) return `${e.cls}: ${e.msg}`;
    throw e;
  }
}

export function repr(v: Value): string {
  return pyRepr(v);
}

export function items(v: Value): Value[] {
  const it = iter(v);
  const out: Value[] = [];
  for (let x = next(it); x !== STOP; x = next(it)) out.push(x);
  return out;
}

/** A class statement's type: `name(base)` with methods given as JS functions (self first). */
export function makeClass(name: string, base: string | number, methods: Record<string, JsFn | null> = {},
  extraSlots = 0): number {
  const b = typeof base === 'number' ? base : base === 'object' ? T_OBJECT : builtinTypeAddr(base);
  const builtin = getSlot(b, TypeSlot.Builtin) >> 1;
  const t = newHeapType({
    name, bases: [b], flags: TypeFlag.Heap | TypeFlag.BaseType, builtin,
    instanceSlots: (getSlot(b, TypeSlot.InstanceSlots) >> 1) + extraSlots, dictSlot: -1,
  }, builtinTypeAddr('type'));
  finishType(t, false);
  for (const [k, fn] of Object.entries(methods)) typeSetAttr(t, k, fn === null ? null : jsFunc(fn));
  return t;
}

/** An instance of a plain class (object subclass) carrying a JS payload. */
export function instance(cls: number, payload: unknown): Ref {
  const a = allocObj(cls, getSlot(cls, TypeSlot.InstanceSlots) >> 1, 0);
  payloads.set(a, payload);
  return new Ref(a);
}
const payloads = new Map<number, unknown>();
export function payload<P>(v: Value): P {
  return payloads.get((v as Ref).a) as P;
}

export { decode, BUILTIN_TYPES, T_STR, T_INT };
