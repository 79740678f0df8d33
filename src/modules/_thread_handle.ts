// _thread._ThreadHandle: what threading.Thread joins. Its state and "thread is exiting" event are
// words in the object's raw bytes, so the thread that ends (another worker) sets them and any
// thread waits on them (a futex wait, blocked for the collector). Non-daemon threads' handles are
// also kept in an interpreter-wide dict that _thread._shutdown() joins at exit.
// CPython: Modules/_threadmodule.c (ThreadHandle_*, PyThreadHandleObject_*, thread_shutdown).

import { loadWord, storeWord, casWord, notifyWord, waitWord } from '../heap/index.js';
import { Ref, rawBase, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj, pinValue } from '../objects/alloc.js';
import { checkNewType } from '../objects/coll_ops.js';
import { newDict, dictGet, dictSetDefault, dictSet, dictDel, dictKeys } from '../objects/dict.js';
import { raise } from '../vm/errors.js';
import { interpreterState } from '../vm/runtime.js';
import { currentIdent } from './_thread_state.js';
import { seconds } from './_thread_lock.js';
import { flushAllStreams } from './_io.js';

/** ThreadHandleState (raw word 0). */
export const enum HandleState { NotStarted = 1, Starting = 2, Running = 3, Done = 4 }
/** Raw byte offsets: the state, and the thread_is_exiting event (0 unset, 1 set). */
const H_STATE = 0;
const H_EXITING = 4;

export const threadHandleType = defineBuiltinType({
  name: '_ThreadHandle',
  module: '_thread',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value): Value => newHandle(checkNewType(type, TYPE_ADDR[threadHandleType.index]!)),
    },
    join: { sig: 'join($self, timeout=None, /)', fn: (s: Ref, t: Value) => (handleJoin(s, timeoutMs(t)), null) },
    is_done: { sig: 'is_done($self, /)', fn: (s: Ref) => isDone(s) },
    _set_done: { sig: '_set_done($self, /)', fn: (s: Ref) => (setDone(s), null) },
  },
  getsets: {
    ident: { get: (s: Ref) => handleIdent(s) },
  },
  slots: {
    repr: (s) => `<_thread._ThreadHandle object: ident=${String(handleIdent(s as Ref))}>`,
  },
});

export function newHandle(type = TYPE_ADDR[threadHandleType.index]!): Ref {
  const a = allocObj(type, 1, 8);
  setSlot(a, 0, encode(0));
  storeWord(rawBase(a) + H_STATE, HandleState.NotStarted);
  return new Ref(a);
}

export function isThreadHandle(v: Value): v is Ref {
  return v instanceof Ref && loadWord(v.a) === TYPE_ADDR[threadHandleType.index]!;
}

function handleIdent(s: Ref): Value {
  return decode(getSlot(s.a, 0)) ?? 0;
}
function state(s: Ref): number {
  return loadWord(rawBase(s.a) + H_STATE);
}
function exiting(s: Ref): boolean {
  return loadWord(rawBase(s.a) + H_EXITING) !== 0;
}

/** ThreadHandle_start's first step: NOT_STARTED -> STARTING, or "thread already started". */
export function markStarting(s: Ref): void {
  if (casWord(rawBase(s.a) + H_STATE, HandleState.NotStarted, HandleState.Starting) !== HandleState.NotStarted) {
    raise('RuntimeError', 'thread already started');
  }
}

/** The thread is running with this ident (set before it may run, as CPython does under the mutex). */
export function markRunning(s: Ref, ident: number): void {
  setSlot(s.a, 0, encode(ident));
  storeWord(rawBase(s.a) + H_STATE, HandleState.Running);
}

/** force_done / the end of thread_run: the thread is exiting; wake its joiners. */
export function markExiting(s: Ref, done: boolean): void {
  const b = rawBase(s.a);
  storeWord(b + H_EXITING, 1);
  if (done) storeWord(b + H_STATE, HandleState.Done);
  notifyWord(s.a, H_EXITING + (b - s.a));
}

/** _make_thread_handle(ident): a handle for a thread not started by _thread (the main thread). */
export function makeThreadHandle(ident: Value): Ref {
  if (typeof ident !== 'number' && typeof ident !== 'bigint' && typeof ident !== 'boolean') {
    raise('TypeError', 'ident must be an integer');
  }
  if (typeof ident !== 'boolean' && ident < 0) raise('OverflowError', "can't convert negative int to unsigned");
  const h = newHandle();
  setSlot(h.a, 0, encode(typeof ident === 'boolean' ? (ident ? 1 : 0) : ident));
  storeWord(rawBase(h.a) + H_STATE, HandleState.Running);
  return h;
}

/** join()'s timeout in ms: -1 (None, or negative: PyEvent_WaitTimed then waits forever). */
function timeoutMs(t: Value): number {
  if (t === null || t === undefined) return -1;
  const s = seconds(t);
  return s < 0 ? -1 : s * 1000;
}

function checkStarted(s: Ref): void {
  if (state(s) < HandleState.Running) raise('RuntimeError', 'thread not started');
}

/** ThreadHandle_join: waits for the thread to exit (or the timeout, silently). */
export function handleJoin(s: Ref, ms: number): void {
  checkStarted(s);
  if (!exiting(s) && handleIdent(s) === currentIdent()) raise('RuntimeError', 'Cannot join current thread');
  const b = rawBase(s.a);
  // Waiting for a thread is a synchronisation point: output written before comes out first (_io.ts).
  if (!exiting(s)) flushAllStreams();
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  while (!exiting(s)) {
    const left = deadline - performance.now();
    if (left <= 0) return;
    waitWord(s.a, b - s.a + H_EXITING, 0, ms < 0 ? -1 : left);
  }
  storeWord(b + H_STATE, HandleState.Done);
}

function isDone(s: Ref): boolean {
  if (!exiting(s)) return false;
  storeWord(rawBase(s.a) + H_STATE, HandleState.Done);
  return true;
}

function setDone(s: Ref): void {
  checkStarted(s);
  markExiting(s, true);
}

// ---- the handles _shutdown() waits for --------------------------------------------------------

const SHUTDOWN_KEY = '_thread.shutdown_handles';

/** The non-daemon threads' handles: a dict {handle: None} in the interpreter state (atomic ops). */
function shutdownHandles(): number {
  const st = interpreterState();
  let d = dictGet(st, SHUTDOWN_KEY);
  if (d === undefined) d = dictSetDefault(st, SHUTDOWN_KEY, new Ref(newDict()));
  return (d as Ref).a;
}

export function addShutdownHandle(h: Ref): void {
  dictSet(shutdownHandles(), h, null);
}
export function removeShutdownHandle(h: Ref): void {
  dictDel(shutdownHandles(), h);
}

/** thread_shutdown: joins every non-daemon thread other than the calling one, until none is left. */
export function shutdown(): null {
  const me = currentIdent();
  for (;;) {
    const h = dictKeys(shutdownHandles()).find((k) => handleIdent(k as Ref) !== me) as Ref | undefined;
    if (h === undefined) return null;
    pinValue(h);
    handleJoin(h, -1);
    // The thread removes its handle itself as it ends; one that never ran is not waited for again.
    removeShutdownHandle(h);
  }
}
