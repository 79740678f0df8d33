// Test harness for the number types before the runtime exists: a heap with the builtin types
// bootstrapped (types other helpers have not written yet are stubbed), the protocol hooks the
// number code needs, Python-style exceptions (PyErr), and helpers that call dunders through the
// type dicts the way the VM will (binary operators with the reflected fallback).

import { createHeap, registerThread, setRootScanner, I32 } from '../../src/heap/index.js';
import '../../src/objects/object.js';
import '../../src/objects/type.js';
import '../../src/objects/none.js';
import '../../src/objects/descriptors.js';
import '../../src/objects/function.js';
import '../../src/objects/tuple.js';
import '../../src/objects/int.js';
import '../../src/objects/bool.js';
import '../../src/objects/float.js';
import '../../src/objects/complex.js';
import { defineBuiltinType, builtinTypeDef, builtinTypeAddr } from '../../src/objects/registry.js';
import { bootstrapHeap } from '../../src/objects/bootstrap.js';
import { PyFloat, Ref, T_OBJECT, getSlot, setDecodeHooks, setEncodeHook, type Value } from '../../src/objects/value.js';
import { strToHeap, strFromHeap } from '../../src/objects/str.js';
import { installHooks } from '../../src/objects/hooks.js';
import {
  setRaiser, setCaller, setEqHook, callNative, repr as pyRepr, isNotImplemented, builtinSlot,
} from '../../src/objects/protocol.js';
import { lookup, typeOf, isSubtype } from '../../src/objects/typeobject.js';
import { DescrSlot } from '../../src/objects/layouts.js';
import { low32, strHash32 } from '../../src/objects/hash.js';
import { reprStr } from '../../src/parser/repr.js';
import { captureObjectDescrs } from '../../src/objects/object.js';
import { intFromHeap, numberToHeap, setNumHooks } from '../../src/objects/numcore.js';

/** A Python exception raised by code under test. */
export class PyErr extends Error {
  constructor(readonly cls: string, readonly msg: string) {
    super(`${cls}: ${msg}`);
  }
}

function isDefined(name: string): boolean {
  try {
    builtinTypeDef(name);
    return true;
  } catch {
    return false;
  }
}

/** Whether the real bytes type could be loaded (bytes results and arguments need it). */
export let haveBytes = false;

/** DeprecationWarning & co. seen by the code under test. */
export const warnings: string[] = [];

let ready = false;

/** Loads optional modules, stubs the types the bootstrap needs that do not exist yet, bootstraps. */
export async function setup(): Promise<void> {
  if (ready) return;
  ready = true;
  try {
    await import('../../src/objects/bytes.js');
    haveBytes = true;
  } catch {
    haveBytes = false;
  }
  if (!isDefined('str')) {
    defineBuiltinType({ name: 'str', slots: { repr: (v) => reprStr(v as string), str: (v) => v as string } });
  }
  for (const n of ['staticmethod', 'classmethod', 'dict', 'list', 'bytes']) if (!isDefined(n)) defineBuiltinType({ name: n });
  createHeap({ maxBytes: 256 << 20, minGcBytes: 1 << 30 });
  registerThread();
  setRootScanner(() => {});
  setDecodeHooks((a) => strFromHeap(a), (a) => intFromHeap(a));
  setEncodeHook((v) => {
    if (typeof v === 'string') return strToHeap(v);
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return numberToHeap(v);
    // The bootstrap passes bare { a } records for descriptors.
    if (typeof v === 'object' && v !== null && typeof (v as { a?: unknown }).a === 'number') return (v as { a: number }).a;
    throw new Error(`cannot encode ${String(v)}`);
  });
  const raiser = (cls: string, msg: string): never => {
    throw new PyErr(cls, msg);
  };
  setRaiser(raiser);
  installHooks({
    hash32: (v) => (typeof v === 'string' ? strHash32(v) : low32(callDunder(v, '__hash__', []) as number)),
    eq: (a, b) => a === b,
    repr: (v) => pyRepr(v),
    raise: raiser,
    call: (f, args) => callValue(f, args, null, null),
  } as Parameters<typeof installHooks>[0]);
  setEqHook((a, b) => a === b);
  setCaller(callValue);
  setNumHooks({ warn: (cat, msg) => warnings.push(`${cat}: ${msg}`) });
  bootstrapHeap();
  captureObjectDescrs(T_OBJECT);
}

function callValue(f: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  if (f instanceof Ref) {
    const t = I32[f.a >> 2]!;
    if (isSubtype(t, builtinTypeAddr('type'))) return construct(f.a, args, kwNames, kwValues);
    const slot = builtinSlot(t, 'call');
    if (slot !== undefined) return slot(f, args, kwNames, kwValues);
  }
  throw new PyErr('TypeError', `'${typeOf(f)}' object is not callable`);
}

export function T(name: string): number {
  return builtinTypeAddr(name);
}

function nativeOf(t: number, name: string): number {
  const d = lookup(t, name);
  if (!(d instanceof Ref)) throw new Error(`no ${name} on type ${t}`);
  return getSlot(d.a, DescrSlot.Native) >> 1;
}

/** type(*args, **kw) for the number types: __new__ (they have no __init__ of their own). */
export function construct(cls: number, args: Value[], kwNames: string[] | null = null, kwValues: Value[] | null = null): Value {
  return callNative(nativeOf(cls, '__new__'), undefined, [new Ref(cls), ...args], kwNames, kwValues);
}

/** self.name(*args) through the method's native signature; undefined if the type lacks it. */
export function callDunder(self: Value, name: string, args: Value[], kw: Record<string, Value> = {}): Value | undefined {
  const d = lookup(typeOf(self), name);
  if (d === undefined) return undefined;
  const k = Object.keys(kw);
  return callNative(getSlot((d as Ref).a, DescrSlot.Native) >> 1, self, args, k.length ? k : null,
    k.length ? Object.values(kw) : null);
}

/** Cls.name(*args) for class methods. */
export function callClass(cls: number, name: string, args: Value[], kw: Record<string, Value> = {}): Value {
  const k = Object.keys(kw);
  return callNative(nativeOf(cls, name), new Ref(cls), args, k.length ? k : null, k.length ? Object.values(kw) : null);
}

const SYMBOL: Record<string, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()', lshift: '<<',
  rshift: '>>', and: '&', or: '|', xor: '^', divmod: 'divmod()',
};

/** a <op> b with the reflected fallback (binary_op1 without the subclass-first rule). */
export function binop(op: string, a: Value, b: Value): Value {
  const r = callDunder(a, `__${op}__`, [b]);
  if (r !== undefined && !isNotImplemented(r)) return r;
  if (typeOf(a) !== typeOf(b)) {
    const rr = callDunder(b, `__r${op}__`, [a]);
    if (rr !== undefined && !isNotImplemented(rr)) return rr;
  }
  throw new PyErr('TypeError', `unsupported operand type(s) for ${SYMBOL[op]}: '${tn(a)}' and '${tn(b)}'`);
}

const REFLECT: Record<string, string> = { lt: 'gt', gt: 'lt', le: 'ge', ge: 'le', eq: 'eq', ne: 'ne' };
const CMP: Record<string, string> = { lt: '<', gt: '>', le: '<=', ge: '>=' };

/** a <cmp> b (do_richcompare without the subclass-first rule). */
export function compare(op: string, a: Value, b: Value): Value {
  const r = callDunder(a, `__${op}__`, [b]);
  if (r !== undefined && !isNotImplemented(r)) return r;
  const rr = callDunder(b, `__${REFLECT[op]}__`, [a]);
  if (rr !== undefined && !isNotImplemented(rr)) return rr;
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  throw new PyErr('TypeError', `'${CMP[op]}' not supported between instances of '${tn(a)}' and '${tn(b)}'`);
}

function tn(v: Value): string {
  return strFromHeap(getSlot(typeOf(v), 0));
}

/** "ok: repr" or "Class: message". */
export function outcome(f: () => Value): string {
  try {
    return `ok: ${pyRepr(f())}`;
  } catch (e) {
    if (e instanceof PyErr) return `${e.cls}: ${e.msg}`;
    throw e;
  }
}

export { pyRepr as repr };
