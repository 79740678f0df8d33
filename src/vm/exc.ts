// Exceptions in generated code: the raise statement (instances and classes, `from`, bare
// raise), implicit chaining (__context__), traceback entries added as an exception leaves each
// frame, matching `except` clauses, the stack of handled exceptions, except* with exception
// groups, and turning JavaScript errors into Python ones. CPython: Python/ceval.c (do_raise,
// exception handling), Python/errors.c (_PyErr_SetObject context chaining), Objects/exceptions.c
// (_PyExc_PrepReraiseStar).

import { I32 } from '../heap/index.js';
import { ExcSlot, FrameSlot, TracebackSlot } from '../objects/layouts.js';
import { codeLine } from '../objects/code.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, type Value, T_TYPE } from '../objects/value.js';
import { typeOf, isSubtype, typeName } from '../objects/typeobject.js';
import { call, typeNameOf } from '../objects/protocol.js';
import { isException, setTraceback } from '../objects/exceptions.js';
import { newTraceback, newFrameObject, setFrameLineno } from '../objects/traceback.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { tupleItems, isTuple } from '../objects/tuple.js';
import { dictGet, dictSet, dictItems, isDict } from '../objects/dict.js';
import { TS, type Frame } from './state.js';
import { pyExc, raise as raiseBuiltin } from './errors.js';
import { BUILTINS } from './names.js';

let BASE_EXC = 0;
export function initExc(): void {
  BASE_EXC = builtinTypeAddr('BaseException');
}

function isExceptionClass(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_TYPE || isSubtype(I32[v.a >> 2]!, T_TYPE)) && isSubtype(v.a, BASE_EXC);
}

/** The exception instance a `raise X` statement raises (instantiating classes). */
function instantiate(v: Value, what: 'exceptions' | 'cause'): Ref {
  if (isExceptionClass(v)) {
    const e = call(v, []);
    if (!isException(e)) {
      raiseBuiltin('TypeError', `calling ${typeName(v.a)} should have returned an instance of BaseException, not ${typeNameOf(e)}`);
    }
    return e as Ref;
  }
  if (isException(v)) return v as unknown as Ref;
  if (what === 'cause') raiseBuiltin('TypeError', 'exception causes must derive from BaseException');
  raiseBuiltin('TypeError', 'exceptions must derive from BaseException');
}

/** Sets __context__ to the exception being handled, avoiding cycles (_PyErr_SetObject). */
export function chainContext(e: Ref): void {
  const h = TS.handled;
  if (h.length === 0) return;
  const ctx = h[h.length - 1]!;
  if (!(ctx instanceof Ref) || ctx.a === e.a) return;
  // Break a cycle: if e is already in ctx's context chain, cut the chain there.
  let o = ctx.a;
  for (let guard = 0; guard < 1000; guard++) {
    const next = getSlot(o, ExcSlot.Context);
    if (next === 0 || (next & 1) || decode(next) === null) break;
    if (next === e.a) {
      setSlot(o, ExcSlot.Context, encode(null));
      break;
    }
    o = next;
  }
  setSlot(e.a, ExcSlot.Context, ctx.a);
}

/** `raise X` */
export function raise(v: Value): Ref {
  const e = instantiate(v, 'exceptions');
  chainContext(e);
  return e;
}

/** `raise X from Y` */
export function raiseFrom(v: Value, cause: Value): Ref {
  const e = instantiate(v, 'exceptions');
  const c = cause === null ? null : instantiate(cause, 'cause');
  setSlot(e.a, ExcSlot.Cause, encode(c));
  setSlot(e.a, ExcSlot.SuppressContext, tagInt(1));
  chainContext(e);
  return e;
}

/** bare `raise`: re-raises with the traceback as it is (ceval.c RERAISE adds no entry), so the
 * frame's position goes back to the one its entry records. */
export function reraise(fr?: Frame): Ref {
  const h = TS.handled;
  if (h.length === 0 || h[h.length - 1] === null) raiseBuiltin('RuntimeError', 'No active exception to reraise');
  const e = h[h.length - 1] as Ref;
  if (fr !== undefined && fr.pyframe !== undefined) {
    const tb = decode(getSlot(e.a, ExcSlot.Traceback));
    if (tb instanceof Ref && getSlot(tb.a, TracebackSlot.Frame) === (fr.pyframe as Ref).a) {
      fr.ln = (getSlot(tb.a, TracebackSlot.Lasti) >> 1) >> 1;
    }
  }
  return e;
}

/** Any thrown JS value as a Python exception (stack overflow -> RecursionError, bugs -> SystemError). */
export function toPyException(e: unknown): Ref {
  if (e instanceof Ref) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return pyExc('RecursionError', 'maximum recursion depth exceeded');
  }
  // A JS allocation that cannot be satisfied (a str, bigint or buffer too big, the heap full) is
  // what CPython reports as MemoryError.
  if (e instanceof RangeError && (e.name === 'HeapExhaustedError'
    || /^(Invalid string length|Maximum BigInt size exceeded|Array buffer allocation failed|Invalid typed array length)/.test(e.message))) {
    return pyExc('MemoryError');
  }
  const err = e as { name?: string; message?: string; pyType?: string };
  if (err && typeof err.pyType === 'string') return pyExc(err.pyType, err.message ?? '');
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const x = pyExc('SystemError', `internal error in ftpy: ${msg}`);
  if (process.env.FTPY_DEBUG && e instanceof Error) console.error(e.stack);
  return x;
}

/** The heap frame object for a JS frame (made once, on demand). */
export function pyFrameOf(fr: Frame): Ref {
  let f = fr.pyframe as Ref | undefined;
  if (f === undefined) {
    const back = fr.back === null ? null : pyFrameOf(fr.back);
    f = newFrameObject(fr.code, fr.g, back, frameLine(fr), BUILTINS, 2 * fr.ln);
    fr.pyframe = f;
  } else {
    setFrameLineno(f, frameLine(fr), 2 * fr.ln);
  }
  return f;
}

/** The line a JS frame is at: fr.ln is an id in its code's position table. */
export function frameLine(fr: Frame): number {
  return codeLine((fr.code as Ref).a, fr.ln);
}

/** Adds fr to the exception's traceback unless it is already the innermost-seen entry (same
 * frame, same position: the exception passing through the frame's catch again). */
function addTracebackEntry(e: Ref, fr: Frame): void {
  const tbT = getSlot(e.a, ExcSlot.Traceback);
  const tb = tbT === 0 ? null : decode(tbT)!;
  const f = pyFrameOf(fr);
  if (tb instanceof Ref && getSlot(tb.a, TracebackSlot.Frame) === f.a
    && (getSlot(tb.a, TracebackSlot.Lasti) >> 1) === 2 * fr.ln) return;
  setTraceback(e, newTraceback(tb, f, frameLine(fr), 2 * fr.ln));
}

/** Function-level catch: the exception leaves this frame. */
export function traceback(e: unknown, fr: Frame): Ref {
  const x = toPyException(e);
  if (!isInternalStop(x)) {
    addTracebackEntry(x, fr);
    snapshotLocals(fr);
  }
  return x;
}

/** locals() of a JS frame (installed by the runtime: modules/builtins_exec.ts frameLocals). */
let localsOf: (fr: Frame) => Value = () => null;
export function setLocalsOf(f: typeof localsOf): void {
  localsOf = f;
}

/**
 * A frame leaving with an exception keeps its locals in its frame object (a traceback may
 * outlive the JS frame, whose fields the collector no longer scans): tb_frame.f_locals and the
 * "Did you mean" search read them there.
 */
function snapshotLocals(fr: Frame): void {
  const f = fr.pyframe as Ref | undefined;
  if (f === undefined) return;
  const d = localsOf(fr);
  if (!(d instanceof Ref)) return;
  // Extra locals a FrameLocalsProxy stored while the frame ran (vm/framelocals.ts) stay visible.
  const extra = getSlot(f.a, FrameSlot.Locals);
  if (extra !== 0 && extra !== d.a && isDict(decode(extra)!) && !(fr.ns instanceof Ref)) {
    for (const [k, v] of dictItems(extra)) if (dictGet(d.a, k) === undefined) dictSet(d.a, k, v);
  }
  setSlot(f.a, FrameSlot.Locals, d.a);
}

/** locals() of a running JS frame (builtins_exec.ts frameLocals). */
export function localsOfFrame(fr: Frame): Value {
  return localsOf(fr);
}

/** The JS frame of a frame object while it is on this thread's stack. */
export function liveFrame(f: Ref): Frame | null {
  for (let fr = TS.frame; fr !== null; fr = fr.back) {
    if (fr.pyframe !== undefined && (fr.pyframe as Ref).a === f.a) return fr;
  }
  return null;
}

/** f_lineno / f_lasti of a running frame: where it is now. */
export function liveFramePosition(f: Ref): [number, number] | undefined {
  const fr = liveFrame(f);
  return fr === null ? undefined : [frameLine(fr), 2 * fr.ln];
}

/** frame.f_locals: a live frame's current locals, else what the frame kept when it exited. */
export function frameObjectLocals(f: Ref): Value {
  const fr = liveFrame(f);
  if (fr !== null) return localsOf(fr);
  const t = getSlot(f.a, FrameSlot.Locals);
  return t === 0 ? null : decode(t) ?? null;
}

/** An `except` clause's catch: the exception is being handled in this frame. */
export function caught(e: unknown, fr: Frame): Ref {
  const x = toPyException(e);
  addTracebackEntry(x, fr);
  return x;
}

let internalStop: (e: Ref) => boolean = () => false;
export function setInternalStop(f: (e: Ref) => boolean): void {
  internalStop = f;
}
function isInternalStop(e: Ref): boolean {
  return internalStop(e);
}

/**
 * An exception leaving an `except` body or a `finally` run for a pending exception: if nothing
 * chained it when it was raised (natively raised errors like a dict's KeyError), its context is
 * the exception being handled there (_PyErr_SetObject chains at raise time; same result).
 */
export function chainEscaping(e: unknown): Ref {
  const x = toPyException(e);
  const c = getSlot(x.a, ExcSlot.Context);
  if (!isInternalStop(x) && (c === 0 || decode(c) == null)) chainContext(x);
  return x;
}

/** The exception pending while a `finally` block runs (a JS throw turned into a Python one). */
export function pendingExc(e: unknown): Ref {
  return toPyException(e);
}

export function pushHandled(e: Value): void {
  TS.handled.push(e);
}

export function popHandled(): void {
  TS.handled.pop();
}

/** Does exception `e` match the class or tuple of classes `t` in an except clause? */
export function excMatches(e: Ref, t: Value): boolean {
  if (isTuple(t)) {
    for (const x of tupleItems(t.a)) if (excMatches(e, x)) return true;
    return false;
  }
  if (!isExceptionClass(t)) {
    raiseBuiltin('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(typeOf(e), t.a);
}

export function assertionError(msg: Value | undefined): Ref {
  const e = msg === undefined ? pyExc('AssertionError') : (call(new Ref(builtinTypeAddr('AssertionError')), [msg]) as Ref);
  chainContext(e);
  return e;
}

/** The depth check at function entry failed: unwind the frame just pushed (no traceback entry, as
 * CPython's exit_unwind) and raise. */
export function recursionError(fr: Frame): never {
  TS.depth--;
  TS.frame = fr.back;
  throw pyExc('RecursionError', 'maximum recursion depth exceeded');
}

// ---- except* (PEP 654) --------------------------------------------------------------------

interface StarState {
  /** What is left to match (the group, or the naked exception), or null when all was matched. */
  rest: Value;
  original: Ref;
  /** Exceptions raised by the handlers (re-raised or new). */
  raised: Ref[];
}

let groupSplit: (g: Value, t: Value) => [Value, Value] = () => [null, null];
let makeGroup: (msg: string, excs: Ref[]) => Ref = () => { throw new Error('no group'); };
let prepReraiseStar: (orig: Ref, excs: Ref[]) => Value = () => null;
export function setGroupHelpers(split: typeof groupSplit, make: typeof makeGroup, prep: typeof prepReraiseStar): void {
  groupSplit = split;
  makeGroup = make;
  prepReraiseStar = prep;
}

function isGroupValue(v: Value): boolean {
  return v instanceof Ref && isSubtype(typeOf(v), builtinTypeAddr('BaseExceptionGroup'));
}

export function exceptStarBegin(e: unknown, fr: Frame): StarState {
  const x = caught(e, fr);
  return { rest: x, original: x, raised: [] };
}

/** CHECK_EG_MATCH: the part of what is left that the clause's type matches. */
export function exceptStarSplit(s: StarState, t: Value): Value {
  if (isTuple(t)) {
    for (const x of tupleItems(t.a)) checkStarType(x);
  } else {
    checkStarType(t);
  }
  if (s.rest === null) return null;
  if (!isGroupValue(s.rest)) {
    // A naked exception that matches is handled wrapped in a group (ceval.c
    // _PyEval_ExceptionGroupMatch); one that does not stays naked.
    const x = s.rest as Ref;
    if (!excMatches(x, t)) return null;
    const g = makeGroup('', [x]);
    setSlot(g.a, ExcSlot.Traceback, getSlot(x.a, ExcSlot.Traceback));
    s.rest = null;
    return g;
  }
  const [match, rest] = groupSplit(s.rest, t);
  s.rest = rest;
  return match;
}

function checkStarType(t: Value): void {
  if (!isExceptionClass(t)) raiseBuiltin('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  if (isSubtype(t.a, builtinTypeAddr('BaseExceptionGroup'))) {
    raiseBuiltin('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** An exception leaving an except* clause: raised in this frame (a bare `raise` adds no entry). */
export function exceptStarRaised(s: StarState, e: unknown, fr?: Frame): void {
  const x = toPyException(e);
  if (fr !== undefined) addTracebackEntry(x, fr);
  s.raised.push(x);
}

/** After the clauses: raise what they raised plus the unmatched rest (_PyExc_PrepReraiseStar). */
export function exceptStarEnd(s: StarState): void {
  const excs = s.rest === null ? [...s.raised] : [...s.raised, s.rest as Ref];
  if (excs.length === 0) return;
  const r = prepReraiseStar(s.original, excs);
  if (r instanceof Ref) throw r;
}

export { FrameSlot };
