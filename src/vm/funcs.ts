// What generated code calls to make functions and closures, and the `with` statement's special
// method lookups. CPython: Python/bytecodes.c (MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE,
// LOAD_SPECIAL, WITH_EXCEPT_START), Python/ceval.c (_Py_SpecialMethods for the messages).

import { FuncSlot } from '../objects/layouts.js';
import { Ref, getSlot, type Value } from '../objects/value.js';
import { typeOf, lookup, typeModule, typeQualname } from '../objects/typeobject.js';
import { descrGet } from '../objects/protocol.js';
import { newFunction } from '../objects/function.js';
import { newCell as newCellAddr } from '../objects/cell.js';
import { newTuple } from '../objects/tuple.js';
import { dictGet } from '../objects/dict.js';
import { richCompareBool, Cmp } from '../objects/coll_ops.js';
import { raise, pyExc } from './errors.js';
import { call0, callValue } from './call.js';
import type { Frame } from './state.js';

/** MAKE_FUNCTION + SET_FUNCTION_ATTRIBUTE: a function object for code `code` defined in `fr`. */
export function makeFunction(code: Ref, fr: Frame, defaults: Value, kwdefaults: Value, closure: Value[] | null,
  annotate: Value): Ref {
  const module = dictGet(fr.g, '__name__');
  return newFunction(code.a, fr.g, defaults, kwdefaults, closure === null ? null : newTuple(closure), annotate,
    module === undefined ? null : module);
}

export function newCell(v: Value | undefined): Ref {
  return new Ref(newCellAddr(v));
}

/** The i-th cell of the running function's closure. */
export function closureCell(F: Value, i: number): Ref {
  const closure = getSlot((F as Ref).a, FuncSlot.Closure);
  return new Ref(getSlot(closure, i));
}

/** A type's name as %T formats it: qualified by its module unless it is a builtin. */
function fullTypeName(v: Value): string {
  const t = typeOf(v);
  const mod = typeModule(t);
  const q = typeQualname(t);
  // %T in CPython (_PyType_GetFullyQualifiedName) leaves out builtins and __main__.
  return mod === 'builtins' || mod === '__main__' || mod === null ? q : `${mod}.${q}`;
}

/** LOAD_SPECIAL: the bound special method, or CPython's TypeError (with its 'async with' hint). */
function special(mgr: Value, name: string, other: [string, string], msg: string, hint: string): Value {
  const t = typeOf(mgr);
  const m = lookup(t, name);
  if (m !== undefined) return descrGet(m, mgr, new Ref(t));
  const tn = fullTypeName(mgr);
  const suggest = lookup(t, other[0]) !== undefined && lookup(t, other[1]) !== undefined;
  raise('TypeError', `'${tn}' object does not support the ${msg} (missed ${name} method)${suggest ? hint : ''}`);
}

const SYNC = 'context manager protocol';
const ASYNC = 'asynchronous context manager protocol';
const HINT_ASYNC = " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
const HINT_SYNC = " but it supports the context manager protocol. Did you mean to use 'with'?";

export function withExit(mgr: Value): Value {
  return special(mgr, '__exit__', ['__aenter__', '__aexit__'], SYNC, HINT_ASYNC);
}

export function withEnter(mgr: Value): Value {
  return call0(special(mgr, '__enter__', ['__aenter__', '__aexit__'], SYNC, HINT_ASYNC));
}

export function asyncWithExit(mgr: Value): Value {
  return special(mgr, '__aexit__', ['__enter__', '__exit__'], ASYNC, HINT_SYNC);
}

/** The awaitable __aenter__ returns (the caller awaits it). */
export function asyncWithEnter(mgr: Value): Value {
  return call0(special(mgr, '__aenter__', ['__enter__', '__exit__'], ASYNC, HINT_SYNC));
}

/** __exit__(type, value, traceback) for an exception, or (None, None, None). */
export function callExit(exit: Value, exc: Ref | null): Value {
  if (exc === null) return callValue(exit, [null, null, null], null, null);
  return callValue(exit, [new Ref(typeOf(exc)), exc, excTraceback(exc)], null, null);
}

let excTraceback: (e: Ref) => Value = () => null;
export function setExcTracebackGetter(f: (e: Ref) => Value): void {
  excTraceback = f;
}

/** An __annotate__ function asked for a format it does not support (PEP 649): one above 2. */
export function checkAnnotateFormat(format: Value): void {
  if (richCompareBool(format, 2, Cmp.GT)) throw pyExc('NotImplementedError');
}

export { makeTypeParam, makeTypeAlias, setTypeParams, genericBase } from './typevar.js';
