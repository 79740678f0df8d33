// Generators, coroutines and async generators. A generator function compiles to a JavaScript
// generator over a frame object; the heap object Python sees (generator / coroutine /
// async_generator) is shared, while the JavaScript generator that holds the suspended state
// lives in the worker that created it (DELIBERATE DIFFERENCE: resuming a generator from another
// thread raises RuntimeError; CPython allows it). Suspended frames are roots of their worker.
// `yield from` / `await` follow PEP 380/492 (Python/ceval.c gen_send_ex, Objects/genobject.c).

import { I32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { registerFinalizer } from '../heap/index.js';
import { importModule } from './imports.js';
import { warnHere } from './warn.js';
import { GenSlot, CodeSlot, FuncSlot } from '../objects/layouts.js';
import { Ref, getSlot, setSlot, tagInt, decode, encode, type Value, STOP } from '../objects/value.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { interpreterState } from './runtime.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { typeOf, isSubtype, lookup } from '../objects/typeobject.js';
import { iter as iterProto, callDescriptor, typeNameOf, call, builtinSlot, T_FUNCTION } from '../objects/protocol.js';
import { getExtra, setExtra, newException } from '../objects/exceptions.js';
import { CodeFlag } from '../compiler/codeinfo.js';
import { PIN, pinValue } from '../objects/alloc.js';
import { TS, type Frame } from './state.js';
import { pyExc, raise, isInstanceOfBuiltin } from './errors.js';
import { traceback as addTb, toPyException } from './exc.js';
import { getattrOrUndefined } from './attr.js';

interface GenState {
  js: Generator<Value, Value, Value>;
  fr: Frame;
  running: boolean;
  started: boolean;
  finished: boolean;
  /** The iterator a `yield from` / await is delegating to (gi_yieldfrom). */
  yieldfrom: Value | null;
  kind: 'generator' | 'coroutine' | 'async_generator';
  ownerThread: number;
  /** An async generator's first step took the thread's asyncgen hooks (async_gen_init_hooks). */
  hooksInited?: boolean;
}

/** Generators created in this worker, by heap address. */
export const GENERATORS = new Map<number, GenState>();

let threadId = 0;
export function setGenThread(id: number): void {
  threadId = id;
}

function state(g: Value): GenState {
  const s = GENERATORS.get((g as Ref).a);
  if (s === undefined) raise('RuntimeError', 'generator cannot be resumed from another thread in ftpy');
  return s;
}

/** Called by a generator function's code: wraps the JS generator in a Python generator object. */
export function makeGenerator(fr: Frame, js: Generator<Value, Value, Value>): Value {
  // gi_code is the function's __code__, which code.replace() may have swapped for a copy with
  // other flags (types.coroutine adds CO_ITERABLE_COROUTINE).
  const fcode = fr.f instanceof Ref && I32[fr.f.a >> 2] === T_FUNCTION ? getSlot(fr.f.a, FuncSlot.Code) : 0;
  const code = fcode !== 0 ? fcode : (fr.code as Ref).a;
  const flags = getSlot(code, CodeSlot.Flags) >> 1;
  const kind = flags & CodeFlag.AsyncGenerator ? 'async_generator' : flags & CodeFlag.Coroutine ? 'coroutine' : 'generator';
  const t = kind === 'generator' ? TYPE_ADDR[generatorType.index]! : kind === 'coroutine' ? TYPE_ADDR[coroutineType.index]! : TYPE_ADDR[asyncGenType.index]!;
  const a = allocObj(t, GenSlot.Count, 0);
  setSlot(a, GenSlot.Name, getSlot(code, CodeSlot.Name));
  setSlot(a, GenSlot.Qualname, getSlot(code, CodeSlot.Qualname));
  setSlot(a, GenSlot.Code, code);
  setSlot(a, GenSlot.State, tagInt(0));
  GENERATORS.set(a, { js, fr, running: false, started: false, finished: false, yieldfrom: null, kind, ownerThread: threadId });
  // genobject.c _PyGen_Finalize: an unfinished generator is closed when collected (which runs code
  // only under a try/with), a coroutine never started warns. Async generators: not yet.
  if (kind === 'coroutine' || (kind === 'generator' && getSlot(code, CodeSlot.GenClose) === tagInt(1))) registerFinalizer(a);
  return new Ref(a);
}

/** The values suspended generators of this worker keep alive (for the collector). */
export function generatorRoots(): Frame[] {
  const out: Frame[] = [];
  for (const s of GENERATORS.values()) if (!s.finished) out.push(s.fr);
  return out;
}

/** After a collection: forget generators whose heap object died. */
export function pruneGenerators(isLive: (a: number) => boolean): void {
  for (const a of GENERATORS.keys()) if (!isLive(a)) GENERATORS.delete(a);
}

type Step = { done: false; value: Value } | { done: true; value: Value };

/** Resumes the generator with `how` (send a value or throw an exception). */
function resume(g: Value, s: GenState, how: 'send' | 'throw', v: Value): Step {
  if (s.running) raise('ValueError', `${s.kind === 'generator' ? 'generator' : s.kind} already executing`);
  if (s.finished) {
    // gen_send_ex2: an exhausted coroutine cannot be resumed (close() never gets here).
    if (s.kind === 'coroutine') raise('RuntimeError', 'cannot reuse already awaited coroutine');
    if (how === 'throw') throw v;
    return { done: true, value: null };
  }
  if (how === 'send' && !s.started && v !== null) {
    raise('TypeError', `can't send non-None value to a just-started ${s.kind === 'coroutine' ? 'coroutine' : 'generator'}`);
  }
  const fr = s.fr;
  fr.back = TS.frame;
  TS.frame = fr;
  TS.depth++;
  // The exceptions a generator was handling when it suspended are its own (genobject.c
  // gi_exc_state): back on the thread's stack while it runs, kept in its frame (field xh, so the
  // collector sees them) while it is suspended.
  const handledBase = TS.handled.length;
  const saved = fr.xh as Value[] | undefined;
  if (saved !== undefined) {
    TS.handled.push(...saved);
    fr.xh = undefined;
  }
  // Pins made while the body runs are dropped when it suspends (see objects/alloc.ts).
  fr.pb = PIN.top;
  s.running = true;
  s.started = true;
  try {
    const r = how === 'send' ? s.js.next(v) : s.js.throw(v);
    if (r.done) s.finished = true;
    return r as Step;
  } catch (e) {
    s.finished = true;
    let x = addTb(e, fr);
    if (isInstanceOfBuiltin(x, 'StopIteration') && s.kind !== 'async_generator') {
      const rt = pyExc('RuntimeError', `${s.kind === 'coroutine' ? 'coroutine' : 'generator'} raised StopIteration`);
      setSlot(rt.a, 4 /* Cause */, x.a);
      setSlot(rt.a, 3 /* Context */, x.a);
      setSlot(rt.a, 5, tagInt(1));
      x = rt;
    } else if (s.kind === 'async_generator' && (isInstanceOfBuiltin(x, 'StopAsyncIteration') || isInstanceOfBuiltin(x, 'StopIteration'))) {
      const rt = pyExc('RuntimeError', `async generator raised ${typeNameOf(x)}`);
      setSlot(rt.a, 4, x.a);
      setSlot(rt.a, 3, x.a);
      setSlot(rt.a, 5, tagInt(1));
      x = rt;
    }
    throw x;
  } finally {
    s.running = false;
    if (TS.handled.length > handledBase) {
      const mine = TS.handled.splice(handledBase);
      if (!s.finished) fr.xh = mine;
    }
    TS.frame = fr.back;
    TS.depth--;
    PIN.top = fr.pb;
  }
  void g;
}

export function stopIteration(value: Value): Ref {
  // newException skips __init__, so .value is set here (BaseException_init for StopIteration).
  const x = newException(builtinTypeAddr('StopIteration'), value === null ? [] : [value]);
  setExtra(x, 'value', value);
  return x;
}

/** gen.send(v) / next(gen): the yielded value, or throws StopIteration(return value). */
export function genSend(g: Value, v: Value): Value {
  const s = state(g);
  const r = resume(g, s, 'send', v);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

/** For `for` loops: the yielded value or STOP. */
export function genNext(g: Value): Value | typeof STOP {
  const s = state(g);
  const r = resume(g, s, 'send', null);
  return r.done ? STOP : r.value;
}

export function genThrow(g: Value, typ: Value, val: Value | undefined, tb: Value | undefined): Value {
  const s = state(g);
  let exc: Value = typ;
  if (typ instanceof Ref && isSubtype(I32[typ.a >> 2]!, builtinTypeAddr('type'))) {
    exc = val === undefined || val === null ? call(typ, []) : isInstance(val, typ.a) ? val : call(typ, [val]);
  } else if (val !== undefined && val !== null) {
    raise('TypeError', 'instance exception may not have a separate value');
  }
  if (!(exc instanceof Ref) || !isSubtype(typeOf(exc), builtinTypeAddr('BaseException'))) {
    raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typeNameOf(typ)}`);
  }
  void tb;
  const r = resume(g, s, 'throw', exc);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

function isInstance(v: Value, t: number): boolean {
  return isSubtype(typeOf(v), t);
}

export function genClose(g: Value): Value {
  const s = state(g);
  if (s.finished || !s.started) {
    s.finished = true;
    return null;
  }
  const exit = pyExc('GeneratorExit');
  try {
    // A generator that returns on GeneratorExit gives close() its return value (3.13+).
    const r = resume(g, s, 'throw', exit);
    if (r.done) return r.value;
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'GeneratorExit') || isInstanceOfBuiltin(x, 'StopIteration')) return null;
    throw x;
  }
  if (!s.finished) raise('RuntimeError', `${s.kind === 'coroutine' ? 'coroutine' : 'generator'} ignored GeneratorExit`);
  return null;
}

/**
 * The finalizer of a collected generator or coroutine (_PyGen_Finalize): close it, or warn that a
 * coroutine was never awaited. Runs in the worker that owns the generator's JS state.
 */
export function finalizeGenerator(g: Ref): void {
  const s = GENERATORS.get(g.a);
  if (s === undefined || s.finished) return;
  if (s.kind === 'async_generator') {
    // The event loop's finalizer schedules aclose() (asyncio's _asyncgen_finalizer_hook).
    const fin = decode(getSlot(g.a, GenSlot.Finalizer));
    if (fin !== undefined && fin !== null) {
      try {
        call(fin, [g]);
      } catch (e) {
        reportUnraisableHook(`Exception ignored while finalizing generator ${genRepr(g, s.kind)}`, e);
      }
    }
    return;
  }
  if (s.kind === 'coroutine' && !s.started) {
    s.finished = true;
    warnUnawaited(g);
    return;
  }
  try {
    genClose(g);
  } catch (e) {
    reportUnraisableHook(`Exception ignored while closing generator ${genRepr(g, s.kind)}`, e);
  }
}

/** _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine, else a plain RuntimeWarning. */
function warnUnawaited(coro: Ref): void {
  try {
    let w: Value;
    try {
      w = importModule('warnings');
    } catch (e) {
      // get_warnings_attr: without an importable warnings module, the C warning is used.
      if (!isInstanceOfBuiltin(toPyException(e), 'ImportError')) throw e;
      w = null;
    }
    const f = w === null ? undefined : getattrOrUndefined(w, '_warn_unawaited_coroutine');
    if (f !== undefined) {
      call(f, [coro]);
      return;
    }
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'RuntimeWarning')) return;
    reportUnraisableHook(`Exception ignored while finalizing coroutine ${genRepr(coro, 'coroutine')}`, x);
    return;
  }
  warnHere('RuntimeWarning', `coroutine '${String(decode(getSlot(coro.a, GenSlot.Qualname)))}' was never awaited`);
}

let reportUnraisableHook: (msg: string, e: unknown) => void = () => undefined;
export function setGenUnraisableHook(f: typeof reportUnraisableHook): void {
  reportUnraisableHook = f;
}

function genRepr(g: Value, kind: string): string {
  const q = decode(getSlot((g as Ref).a, GenSlot.Qualname));
  return `<${kind} object ${String(q)} at 0x${(g as Ref).a.toString(16).padStart(12, '0')}>`;
}

const genGetsets = {
  __name__: { get: ((g: Value) => decode(getSlot((g as Ref).a, GenSlot.Name))!) as never },
  __qualname__: { get: ((g: Value) => decode(getSlot((g as Ref).a, GenSlot.Qualname))!) as never },
};

export const generatorType = defineBuiltinType({
  name: 'generator',
  instanceSlots: GenSlot.Count,
  methods: {
    send: { sig: 'send($self, value, /)', fn: ((g: Value, v: Value) => genSend(g, v)) as never },
    throw: {
      sig: 'throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      fn: ((g: Value, t: Value, v: Value, tb: Value) => genThrow(g, t, typeof v === 'symbol' ? undefined : v, typeof tb === 'symbol' ? undefined : tb)) as never,
    },
    close: { sig: 'close($self, /)', fn: ((g: Value) => genClose(g)) as never },
    __next__: { sig: '__next__($self, /)', fn: ((g: Value) => genSend(g, null)) as never },
    __iter__: { sig: '__iter__($self, /)', fn: ((g: Value) => g) as never },
  },
  getsets: {
    ...genGetsets,
    gi_running: { get: ((g: Value) => GENERATORS.get((g as Ref).a)?.running ?? false) as never },
    gi_suspended: { get: ((g: Value) => { const s = GENERATORS.get((g as Ref).a); return !!s && s.started && !s.finished && !s.running; }) as never },
    gi_code: { get: ((g: Value) => decode(getSlot((g as Ref).a, GenSlot.Code))!) as never },
    gi_frame: { get: ((g: Value) => { const s = GENERATORS.get((g as Ref).a); return s && !s.finished ? frameHook(s.fr) : null; }) as never },
    gi_yieldfrom: { get: ((g: Value) => (GENERATORS.get((g as Ref).a)?.fr.yf as Value | undefined) ?? null) as never },
  },
  slots: {
    iter: (g) => g,
    next: (g) => genNext(g),
    repr: (g) => genRepr(g, 'generator'),
  },
});

let frameHook: (fr: Frame) => Value = () => null;
export function setGenFrameHook(f: typeof frameHook): void {
  frameHook = f;
}

export const coroutineType = defineBuiltinType({
  name: 'coroutine',
  instanceSlots: GenSlot.Count,
  methods: {
    send: { sig: 'send($self, value, /)', fn: ((g: Value, v: Value) => genSend(g, v)) as never },
    throw: {
      sig: 'throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      fn: ((g: Value, t: Value, v: Value, tb: Value) => genThrow(g, t, typeof v === 'symbol' ? undefined : v, typeof tb === 'symbol' ? undefined : tb)) as never,
    },
    close: { sig: 'close($self, /)', fn: ((g: Value) => genClose(g)) as never },
    __await__: { sig: '__await__($self, /)', fn: ((g: Value) => g) as never },
  },
  getsets: {
    ...genGetsets,
    cr_running: { get: ((g: Value) => GENERATORS.get((g as Ref).a)?.running ?? false) as never },
    cr_code: { get: ((g: Value) => decode(getSlot((g as Ref).a, GenSlot.Code))!) as never },
    cr_frame: { get: ((g: Value) => { const s = GENERATORS.get((g as Ref).a); return s && !s.finished ? frameHook(s.fr) : null; }) as never },
    cr_await: { get: ((g: Value) => (GENERATORS.get((g as Ref).a)?.fr.yf as Value | undefined) ?? null) as never },
  },
  slots: {
    next: (g) => genNext(g),
    repr: (g) => genRepr(g, 'coroutine'),
  },
});

// ---- yield from / await -------------------------------------------------------------------

function isOurGen(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  const t = I32[v.a >> 2];
  return t === TYPE_ADDR[generatorType.index] || t === TYPE_ADDR[coroutineType.index];
}

/** Sends into an arbitrary iterator: {done, value}, absorbing StopIteration into done. */
function sendTo(it: Value, v: Value): Step {
  if (isOurGen(it)) {
    const s = state(it);
    const r = resume(it, s, 'send', v);
    return r;
  }
  try {
    if (v === null) {
      // Not protocol.next: it turns StopIteration into STOP and loses the return value
      // (an awaited __anext__ returns the yielded item that way).
      const t = typeOf(it);
      const slot = builtinSlot(t, 'next');
      let x: Value | typeof STOP;
      if (slot !== undefined) x = slot(it) as Value | typeof STOP;
      else {
        const m = lookup(t, '__next__');
        if (m === undefined) raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
        x = callDescriptor(m, it, t, []);
      }
      if (x instanceof Ref) pinValue(x);
      return x === STOP ? { done: true, value: null } : { done: false, value: x };
    }
    const m = getattrOrUndefined(it, 'send');
    if (m === undefined) raise('AttributeError', `'${typeNameOf(it)}' object has no attribute 'send'`);
    return { done: false, value: call(m, [v]) };
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'StopIteration')) return { done: true, value: getExtra(x, 'value') };
    throw x;
  }
}

function throwTo(it: Value, exc: Ref): Step {
  if (isOurGen(it)) return resume(it, state(it), 'throw', exc);
  const m = getattrOrUndefined(it, 'throw');
  if (m === undefined) throw exc;
  try {
    return { done: false, value: call(m, [exc]) };
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'StopIteration')) return { done: true, value: getExtra(x, 'value') };
    throw x;
  }
}

/** `yield from it` inside a generator body (PEP 380): delegate, then the StopIteration value. */
export function* yieldFrom(v: Value): Generator<Value, Value, Value> {
  const it = isOurGen(v) && typeOf(v) === TYPE_ADDR[coroutineType.index]
    ? raise('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator")
    : iterProto(v);
  return yield* delegate(it);
}

function* delegate(it: Value): Generator<Value, Value, Value> {
  const me = TS.frame;
  // The delegating frame keeps `it` alive for the whole delegation: while `it` runs, only this JS
  // local refers to it (the pins of the call that made it went when this frame last suspended).
  if (me !== null) me.yk = it;
  try {
    return yield* delegateLoop(me, it);
  } finally {
    if (me !== null) me.yk = undefined;
  }
}

function* delegateLoop(me: Frame | null, it: Value): Generator<Value, Value, Value> {
  let r = sendTo(it, null);
  while (!r.done) {
    let sent: Value;
    try {
      setYieldFrom(me, it);
      sent = yield r.value;
    } catch (e) {
      setYieldFrom(me, null);
      const x = toPyException(e);
      if (isInstanceOfBuiltin(x, 'GeneratorExit')) {
        const close = getattrOrUndefined(it, 'close');
        if (close !== undefined) call(close, []);
        throw x;
      }
      r = throwTo(it, x);
      continue;
    }
    setYieldFrom(me, null);
    r = sendTo(it, sent);
  }
  return r.value;
}

function setYieldFrom(fr: Frame | null, it: Value | null): void {
  if (fr !== null) fr.yf = it;
}

/** `await x` (PEP 492): x's awaitable iterator, delegated to like `yield from`. */
export function* awaitIter(v: Value): Generator<Value, Value, Value> {
  return yield* delegate(awaitableIter(v));
}

export function awaitableIter(v: Value): Value {
  if (v instanceof Ref && I32[v.a >> 2] === TYPE_ADDR[coroutineType.index]) return v;
  // genobject.c _PyCoro_GetAwaitableIter: a generator whose code has CO_ITERABLE_COROUTINE.
  if (v instanceof Ref && I32[v.a >> 2] === TYPE_ADDR[generatorType.index]
    && (getSlot(getSlot(v.a, GenSlot.Code), CodeSlot.Flags) >> 1) & CodeFlag.IterableCoroutine) return v;
  const t = typeOf(v);
  const m = lookup(t, '__await__');
  if (m === undefined) raise('TypeError', `'${typeNameOf(v)}' object can't be awaited`);
  const it = callDescriptor(m, v, t, []);
  if (isOurGen(it) && typeOf(it) === TYPE_ADDR[coroutineType.index]) raise('TypeError', '__await__() returned a coroutine');
  if (lookup(typeOf(it), '__next__') === undefined) raise('TypeError', `__await__() returned non-iterator of type '${typeNameOf(it)}'`);
  return it;
}

// ---- async generators and async for ---------------------------------------------------------

/** Marks the values an async generator yields (as opposed to values its awaits pass up). */
export class AsyncGenValue {
  constructor(readonly value: Value) {}
}

export function agWrap(v: Value): Value {
  return new AsyncGenValue(v) as unknown as Value;
}

export const asyncGenType = defineBuiltinType({
  name: 'async_generator',
  instanceSlots: GenSlot.Count,
  methods: {
    __aiter__: { sig: '__aiter__($self, /)', fn: ((g: Value) => g) as never },
    __anext__: { sig: '__anext__($self, /)', fn: ((g: Value) => makeAsend(g, 'send', null)) as never },
    asend: { sig: 'asend($self, value, /)', fn: ((g: Value, v: Value) => makeAsend(g, 'send', v)) as never },
    athrow: {
      sig: 'athrow($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      fn: ((g: Value, t: Value) => makeAsend(g, 'throw', t)) as never,
    },
    aclose: { sig: 'aclose($self, /)', fn: ((g: Value) => makeAsend(g, 'close', null)) as never },
  },
  getsets: {
    ...genGetsets,
    ag_running: { get: ((g: Value) => GENERATORS.get((g as Ref).a)?.running ?? false) as never },
    ag_code: { get: ((g: Value) => decode(getSlot((g as Ref).a, GenSlot.Code))!) as never },
    ag_frame: { get: ((g: Value) => { const s = GENERATORS.get((g as Ref).a); return s && !s.finished ? frameHook(s.fr) : null; }) as never },
    ag_await: { get: ((g: Value) => (GENERATORS.get((g as Ref).a)?.fr.yf as Value | undefined) ?? null) as never },
  },
  slots: { repr: (g) => genRepr(g, 'async_generator') },
});

const enum AsendSlot { Gen, Count }

/** The awaitable __anext__/asend/athrow/aclose return: a coroutine-like object driving one step. */
const asendSteps = new Map<number, { g: Value; how: 'send' | 'throw' | 'close'; v: Value; first: boolean }>();

export const asendType = defineBuiltinType({
  name: 'async_generator_asend',
  instanceSlots: AsendSlot.Count,
  methods: {
    __await__: { sig: '__await__($self, /)', fn: ((a: Value) => a) as never },
    __iter__: { sig: '__iter__($self, /)', fn: ((a: Value) => a) as never },
    __next__: { sig: '__next__($self, /)', fn: ((a: Value) => asendStep(a, null, false)) as never },
    send: { sig: 'send($self, value, /)', fn: ((a: Value, v: Value) => asendStep(a, v, false)) as never },
    throw: { sig: 'throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)', fn: ((a: Value, t: Value) => asendStep(a, t, true)) as never },
    close: { sig: 'close($self, /)', fn: (() => null) as never },
  },
  slots: { next: (a) => asendStep(a, null, false) as Value | typeof STOP },
});

// ---- sys.set_asyncgen_hooks: per thread, kept in the interpreter state so the collector sees them ----

function hooksKey(): string {
  return `asyncgen_hooks.${threadId}`;
}

/** This thread's (firstiter, finalizer). */
export function getAsyncgenHooks(): [Value, Value] {
  const t = dictGet(interpreterState(), hooksKey());
  return t === undefined ? [null, null] : (tupleItems((t as Ref).a) as [Value, Value]);
}

export function setAsyncgenHooks(first: Value, fin: Value): void {
  dictSet(interpreterState(), hooksKey(), newTuple([first, fin]));
}

/** async_gen_init_hooks: the first anext/asend/athrow/aclose takes the finalizer and calls firstiter. */
function initHooks(g: Value): void {
  const s = state(g);
  if (s.hooksInited === true) return;
  s.hooksInited = true;
  const [first, fin] = getAsyncgenHooks();
  if (fin !== null) {
    setSlot((g as Ref).a, GenSlot.Finalizer, encode(fin));
    registerFinalizer((g as Ref).a);
  }
  if (first !== null) call(first, [g]);
}

function makeAsend(g: Value, how: 'send' | 'throw' | 'close', v: Value): Value {
  initHooks(g);
  const a = allocObj(TYPE_ADDR[asendType.index]!, AsendSlot.Count, 0);
  setSlot(a, AsendSlot.Gen, (g as Ref).a);
  asendSteps.set(a, { g, how, v, first: true });
  return new Ref(a);
}

function asendStep(a: Value, sent: Value, isThrow: boolean): Value {
  const st = asendSteps.get((a as Ref).a);
  if (st === undefined) raise('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  const s = state(st.g);
  let r: Step;
  if (st.first) {
    st.first = false;
    if (st.how === 'close') {
      if (!s.started || s.finished) {
        asendSteps.delete((a as Ref).a);
        s.finished = true;
        throw stopIteration(null);
      }
      try {
        r = resume(st.g, s, 'throw', pyExc('GeneratorExit'));
      } catch (e) {
        const x = toPyException(e);
        asendSteps.delete((a as Ref).a);
        if (isInstanceOfBuiltin(x, 'GeneratorExit') || isInstanceOfBuiltin(x, 'StopAsyncIteration')) throw stopIteration(null);
        throw x;
      }
      if (!r.done && r.value instanceof AsyncGenValue) raise('RuntimeError', 'async generator ignored GeneratorExit');
    } else if (st.how === 'throw') {
      r = resume(st.g, s, 'throw', st.v);
    } else {
      if (s.finished) {
        asendSteps.delete((a as Ref).a);
        throw newException(builtinTypeAddr('StopAsyncIteration'), []);
      }
      r = resume(st.g, s, 'send', st.v);
    }
  } else {
    r = isThrow ? resume(st.g, s, 'throw', sent) : resume(st.g, s, 'send', sent);
  }
  if (r.done) {
    asendSteps.delete((a as Ref).a);
    throw newException(builtinTypeAddr('StopAsyncIteration'), []);
  }
  if (r.value instanceof AsyncGenValue) {
    asendSteps.delete((a as Ref).a);
    throw stopIteration((r.value as AsyncGenValue).value);
  }
  return r.value;
}

/** aiter(x) for `async for`. */
export function aiter(v: Value): Value {
  const t = typeOf(v);
  const m = lookup(t, '__aiter__');
  if (m === undefined) raise('TypeError', `'async for' requires an object with __aiter__ method, got ${typeNameOf(v)}`);
  const it = callDescriptor(m, v, t, []);
  if (lookup(typeOf(it), '__anext__') === undefined) {
    raise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeNameOf(it)}`);
  }
  return it;
}

/** One step of `async for`: awaits it.__anext__(), STOP at StopAsyncIteration. */
export function* anextOrStop(it: Value): Generator<Value, Value | typeof STOP, Value> {
  const t = typeOf(it);
  const m = lookup(t, '__anext__')!;
  const aw = callDescriptor(m, it, t, []);
  let ai: Value;
  try {
    ai = awaitableIter(aw);
  } catch (e) {
    // _PyEval_GetANext: _PyErr_FormatFromCause.
    const x = toPyException(e);
    const te = pyExc('TypeError', `'async for' received an invalid object from __anext__: ${typeNameOf(aw)}`);
    setSlot(te.a, 4 /* Cause */, x.a);
    setSlot(te.a, 3 /* Context */, x.a);
    setSlot(te.a, 5 /* SuppressContext */, tagInt(1));
    throw te;
  }
  try {
    return yield* delegate(ai);
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'StopAsyncIteration')) return STOP;
    throw x;
  }
}
