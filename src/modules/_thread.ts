// The _thread module: real parallel threads, each a Node worker_thread attached to the shared heap
// (src/vm/thread_run.ts runs the function); start_joinable_thread and _shutdown for threading,
// thread names and ids, _excepthook. The types live beside it: _thread_lock.ts (lock, RLock),
// _thread_handle.ts (_ThreadHandle), _thread_local.ts (_local).
// CPython: Modules/_threadmodule.c (do_start_new_thread, thread_run, thread_excepthook, ...),
// Python/thread.c.

import { readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { loadWord, storeWord, addWord, allocPermanent, enterMultiThreaded } from '../heap/index.js';
import { Ref, PyFloat, rawBase, encode, decode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeNameOf, truthy, call, str as strOf } from '../objects/protocol.js';
import { isTuple, newTuple } from '../objects/tuple.js';
import { isDict, dictSet, dictGet } from '../objects/dict.js';
import { MISSING } from '../objects/native.js';
import { defineStructSeq } from '../objects/structseq.js';
import { typeOf } from '../objects/typeobject.js';
import { defineModule } from './define.js';
import { asIndex } from '../objects/coll_ops.js';
import { sys, fsdecode } from './posix_util.js';
import { encodeStr } from '../objects/codecs_native.js';
import { flushAllStreams } from './_io.js';
import { raise, pyExc } from '../vm/errors.js';
import { isCallableValue } from '../vm/callable.js';
import { EXTRA_ROOTS } from '../vm/roots.js';
import { interpreterHandle, interpreterState, type InterpreterHandle } from '../vm/runtime.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { formatException } from '../vm/tbprint.js';
import { sysGet, RECURSION_LIMIT_KEY } from './sys.js';
import { TS } from '../vm/state.js';
import {
  workerThreads, setThisThreadId, identOf, currentIdent, setThreadSerial,
} from './_thread_state.js';
import { lockType, rlockType, newLock, TIMEOUT_MAX } from './_thread_lock.js';
import {
  threadHandleType, newHandle, isThreadHandle, markStarting, markRunning, markExiting, makeThreadHandle,
  addShutdownHandle, removeShutdownHandle, shutdown,
} from './_thread_handle.js';
import { localType, clearThreadLocals } from './_thread_local.js';

export { workerThreads, setThisThreadId, identOf, currentIdent, newLock };

// ---- starting threads ---------------------------------------------------------------------------

/** Internal object handed to a new thread: slots (function, args, kwargs), raw word 0 = picked up. */
const startRecordType = defineBuiltinType({ name: '_thread._start_record', module: '_thread', internal: true });

/** A pool worker's availability word (PoolWorkerData.ctl[POOL_STATE]): the worker stores IDLE when
 * it has finished a thread; the realm that spawned it claims it with a compare-exchange IDLE -> BUSY.
 * ctl[POOL_READY] becomes 1 once the worker has loaded its code. */
export const POOL_STATE = 0;
export const POOL_READY = 1;
export const POOL_BUSY = 0;
export const POOL_IDLE = 1;

/** What a pool worker (vm/thread_run.ts) receives as workerData: nothing of the heap, so that a
 * worker can load before the heap exists (prewarmWorkers). */
export interface PoolWorkerData {
  ctl: Int32Array;
}

/** A message to a pool worker: run the thread whose start record is at `record`. A worker attaches
 * to the heap (`handle`, the _thread state at `shared`) when its first job comes: containers take
 * their locks by then (enterMultiThreaded), so it reads the interpreter's dicts safely. */
export interface ThreadJob {
  record: number;
  handle: InterpreterHandle;
  shared: number;
}

/**
 * Interpreter-wide _thread state, a permanent object: raw word 0 = number of running threads
 * (_count), word 1 = the last thread serial number, word 2 = stack_size() in bytes (0: default). Made by the thread that first imports _thread; workers learn its address at start.
 */
let sharedState = 0;
export function setSharedState(a: number): void {
  sharedState = a;
}
function shared(): number {
  if (sharedState === 0) sharedState = allocPermanent(TYPE_ADDR[startRecordType.index]!, 0, 12);
  return sharedState;
}

/** Start records this thread keeps alive until their worker has taken them into its own roots. */
const pendingStarts: Ref[] = [];
function prunePendingStarts(): void {
  for (let i = pendingStarts.length - 1; i >= 0; i--) {
    const r = pendingStarts[i]!;
    if (loadWord(rawBase(r.a)) !== 0) {
      EXTRA_ROOTS.delete(r);
      pendingStarts.splice(i, 1);
    }
  }
}

// ---- the worker pool ---------------------------------------------------------------------------
// Starting a worker costs tens of milliseconds (loading the VM code), so a worker that finished its
// thread waits for the next one, and starting a thread also starts a spare worker in the background
// when none is idle, so the next start_new_thread finds one ready (FACTS: "keep a warm pool").
// Each realm (the main thread or a worker running a Python thread) has its own pool. Workers are
// unref'd: like CPython's _thread threads they do not keep the process alive.

interface PoolWorker {
  w: Worker;
  ctl: Int32Array;
  /** Its stack size (resourceLimits.stackSizeMb): a thread runs on a worker with the size in force. */
  mb: number;
}
const pool: PoolWorker[] = [];

/** The worker script: the unbundled entry, or the bundle's loader (boot/bundle_entry.ts sets it). */
let workerEntry: URL = new URL('../vm/thread_worker.js', import.meta.url);
export function setThreadWorkerEntry(entry: URL): void {
  workerEntry = entry;
}

/** A new worker, available at once: a job posted before it has loaded waits in its message port. */
function spawnWorker(mb = workerStackMb()): PoolWorker {
  defaultStackFlag();
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  ctl[POOL_STATE] = POOL_IDLE;
  const data: PoolWorkerData = { ctl };
  const w = new (workerThreads().Worker)(workerEntry, { workerData: data, resourceLimits: { stackSizeMb: mb }, stdout: false, stderr: false });
  w.unref();
  const pw: PoolWorker = { w, ctl, mb };
  pool.push(pw);
  w.on('exit', () => {
    const i = pool.indexOf(pw);
    if (i >= 0) pool.splice(i, 1);
  });
  return pw;
}

/**
 * Starts `n` workers before the heap exists (the command line calls it when the program is likely
 * to start threads): loading a worker's code takes ~100 ms of CPU (Node's own start, then ftpy's
 * bundle), which then overlaps the main thread's start-up instead of delaying the first threads.
 * Each waits for a job with the default stack size; thread_stack_size() set later makes new ones.
 */
export function prewarmWorkers(n: number): void {
  try {
    for (let i = 0; i < n; i++) spawnWorker(DEFAULT_STACK_MB);
  } catch {
    // no worker now: start_new_thread spawns (and reports failure) itself
  }
}

let stackFlagReset = false;
/**
 * bin/ftpy runs node with --stack-size (deep Python recursion on the main thread). Any non-default
 * V8 flag changes V8's flag hash, so a new worker rejects the code cache of Node's own bootstrap and
 * compiles it: 85-95 ms to start a worker instead of 50-55 (docs/ARCHITECTURE.md, Threads). Putting
 * the flag back to V8's default before the first spawn keeps the main isolate's stack limit (set when
 * it was created) and gives workers the default hash; their stack comes from resourceLimits. The
 * loader sets the flag again before it writes the main thread's code cache (boot/loader.cts).
 */
function defaultStackFlag(): void {
  if (stackFlagReset) return;
  stackFlagReset = true;
  if (!process.execArgv.some((a) => a.startsWith('--stack-size'))) return;
  nodeBuiltin('node:v8').setFlagsFromString(`--stack-size=${V8_DEFAULT_STACK_KB}`);
}
/** V8's default --stack-size on 64-bit targets (V8_DEFAULT_STACK_SIZE_KB in V8's flag definitions). */
const V8_DEFAULT_STACK_KB = 984;

function claimIdle(): PoolWorker | null {
  const mb = workerStackMb();
  for (const pw of pool) {
    if (pw.mb === mb && Atomics.compareExchange(pw.ctl, POOL_STATE, POOL_IDLE, POOL_BUSY) === POOL_IDLE) return pw;
  }
  return null;
}

/** No worker idle, and none still loading: time to load a spare. */
function wantSpare(): boolean {
  const mb = workerStackMb();
  for (const pw of pool) {
    if (pw.mb === mb && Atomics.load(pw.ctl, POOL_STATE) === POOL_IDLE || Atomics.load(pw.ctl, POOL_READY) === 0) return false;
  }
  return true;
}

/**
 * do_start_new_thread: posts a start record (function, args, kwargs, handle) to a pool worker.
 * Non-daemon threads' handles are registered for _shutdown() before the thread can end.
 */
function startThread(func: Value, args: Ref, kw: Value, handle: Ref, daemon: boolean): number {
  markStarting(handle);
  if (!daemon) addShutdownHandle(handle);
  prunePendingStarts();
  // Starting a thread orders this thread's earlier output before the new thread's (_io.ts).
  flushAllStreams();
  const rec = allocObj(TYPE_ADDR[startRecordType.index]!, 4, 8);
  setSlot(rec, 0, encode(func));
  setSlot(rec, 1, encode(args));
  setSlot(rec, 2, encode(kw));
  setSlot(rec, 3, encode(handle));
  const ref = new Ref(rec);
  EXTRA_ROOTS.add(ref);
  pendingStarts.push(ref);
  const st = shared();
  addWord(rawBase(st), 1);
  let pw: PoolWorker;
  try {
    pw = claimIdle() ?? spawnWorker();
    Atomics.store(pw.ctl, POOL_STATE, POOL_BUSY);
    // The handle is RUNNING with its ident before the thread can look at it (ThreadHandle_start).
    markRunning(handle, identOf(pw.w.threadId));
    // Containers lock from now on (heap/lock.ts enterCritical): this thread is in none of their
    // critical sections here, and no worker touches the heap before its first job.
    enterMultiThreaded();
    const job: ThreadJob = { record: rec, handle: interpreterHandle(), shared: st };
    pw.w.postMessage(job);
  } catch (e) {
    addWord(rawBase(st), -1);
    EXTRA_ROOTS.delete(ref);
    pendingStarts.pop();
    if (!daemon) removeShutdownHandle(handle);
    markExiting(handle, true);
    raise('RuntimeError', `can't start new thread (${String((e as Error).message)})`);
  }
  // The next thread's worker loads while this one runs (an error here only loses the head start).
  try {
    if (wantSpare()) spawnWorker();
  } catch {
    // no spare: the next start spawns its worker itself
  }
  return identOf(pw.w.threadId);
}

function startNewThread(func: Value, args: Value, kwargs: Value | typeof MISSING): number {
  if (!isCallableValue(func)) raise('TypeError', 'first arg must be callable');
  if (!isTuple(args)) raise('TypeError', '2nd arg must be a tuple');
  const kw = kwargs === MISSING ? null : kwargs;
  if (kw !== null && !isDict(kw)) raise('TypeError', 'optional 3rd arg must be a dictionary');
  return startThread(func, args, kw, newHandle(), true);
}

function startJoinableThread(func: Value, handle: Value, daemon: Value): Ref {
  if (!isCallableValue(func)) raise('TypeError', 'thread function must be callable');
  if (handle !== null && !isThreadHandle(handle)) raise('TypeError', "'handle' must be a _ThreadHandle");
  const h = handle ?? newHandle();
  startThread(func, newTuple([]), null, h, truthy(daemon));
  return h;
}

/**
 * The pool worker's side of a start record (thread_run.ts): the thread begins with a new serial
 * number (thread-local data is keyed by it, and a worker runs many threads in turn).
 */
export function threadBegins(): void {
  setThreadSerial(addWord(rawBase(shared()) + 4, 1) + 1);
  // The recursion limit is the interpreter's, not the previous thread's on this worker.
  const limit = dictGet(interpreterState(), RECURSION_LIMIT_KEY);
  TS.limit = typeof limit === 'number' ? limit : 1000;
}

/** The end of thread_run: thread-local dicts go, then the handle says the thread is exiting. */
export function threadEnds(record: number): void {
  try {
    clearThreadLocals();
  } finally {
    const h = decode(getSlot(record, 3));
    if (h instanceof Ref) {
      removeShutdownHandle(h);
      markExiting(h, false);
    }
    setThreadSerial(0);
  }
}

// ---- stack size ----------------------------------------------------------------------------------

/** _PyOS_MIN_STACK_SIZE + SYSTEM_PAGE_SIZE on 64-bit Linux. */
const MIN_STACK = 53248;
/** A worker's default stack: deep enough for the recursion limit's default. */
const DEFAULT_STACK_MB = 8;

function stackSizeBytes(): number {
  return loadWord(rawBase(shared()) + 8);
}

/** Threads get at least the requested stack: the default when it is larger, else the size rounded up to a page. */
function workerStackMb(): number {
  return Math.max(DEFAULT_STACK_MB, Math.ceil(stackSizeBytes() / 4096) * 4096 / (1 << 20));
}

/** thread_stack_size: sets the stack size for threads started later; returns the previous setting. */
function stackSize(size: Value): number {
  const n = Number(asIndex(size));
  if (n !== 0 && n < MIN_STACK) raise('ValueError', `size must be at least ${MIN_STACK} bytes`);
  // The size is kept in one heap word: larger ones are refused, as pthread_attr_setstacksize refuses some.
  if (n > 0x7fffffff) raise('ValueError', `size not valid: ${n} bytes`);
  const old = stackSizeBytes();
  storeWord(rawBase(shared()) + 8, n);
  return old;
}

// ---- names and native ids --------------------------------------------------------------------
// Linux lets a thread read and set its own name and learn its kernel id through /proc/thread-self;
// Node runs synchronous fs calls on the calling thread, so these are the worker's own OS thread.

/** _PYTHREAD_NAME_MAXLEN on Linux: 15 bytes and the NUL. */
const NAME_MAXLEN = 15;

function getName(): string {
  const b = sys(() => readFileSync('/proc/thread-self/comm'));
  return fsdecode(b.subarray(0, b.length > 0 && b[b.length - 1] === 10 ? b.length - 1 : b.length));
}

function setName(name: Value): null {
  if (typeof name !== 'string') raise('TypeError', `set_name() argument 'name' must be str, not ${typeNameOf(name)}`);
  // The filesystem encoding with "replace" (a lone surrogate becomes '?'), cut to the kernel's limit.
  const enc = Buffer.from(encodeStr(name, 'utf-8', 'replace'));
  sys(() => writeFileSync('/proc/thread-self/comm', enc.subarray(0, NAME_MAXLEN)));
  return null;
}

let nativeId = 0;
/** get_native_id: the kernel's thread id (gettid), the last part of /proc/thread-self's target. */
function getNativeId(): number {
  if (nativeId === 0) nativeId = Number(sys(() => readlinkSync('/proc/thread-self')).split('/').pop());
  return nativeId;
}

// ---- excepthook -------------------------------------------------------------------------------

const exceptHookArgs = defineStructSeq({
  module: '_thread', name: '_ExceptHookArgs', fields: ['exc_type', 'exc_value', 'exc_traceback', 'thread'],
  constructible: true, doc: 'ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.',
});

/** thread_excepthook: "Exception in thread NAME:" and the traceback on sys.stderr (or thread._stderr). */
function excepthook(args: Value): null {
  if (!(args instanceof Ref) || typeOf(args) !== TYPE_ADDR[exceptHookArgs.def.index]!) {
    raise('TypeError', '_thread.excepthook argument type must be ExceptHookArgs');
  }
  const item = (n: string): Value => getattrOrUndefined(args, n) ?? null;
  const excType = item('exc_type');
  if (excType instanceof Ref && excType.a === builtinTypeAddr('SystemExit')) return null;
  const thread = item('thread');
  let file = sysGet('stderr') ?? null;
  if (file === null) {
    if (thread === null) return null;
    file = getattrOrUndefined(thread, '_stderr') ?? null;
    if (file === null) return null;
  }
  const write = (t: string): void => void call(getattrOrUndefined(file, 'write') ?? raise('AttributeError', 'write'), [t]);
  const name = thread === null ? undefined : getattrOrUndefined(thread, 'name');
  write('Exception in thread ');
  write(name !== undefined ? strOf(name) : String(currentIdent()));
  write(':\n');
  const value = item('exc_value');
  write(formatException(value !== null ? value : excType).join(''));
  const flush = getattrOrUndefined(file, 'flush');
  if (flush !== undefined) call(flush, []);
  return null;
}

/** interrupt_main needs signal delivery to the main thread at a safe point, which ftpy lacks. */
function interruptMain(signum: Value): never {
  if (typeof signum !== 'number' && typeof signum !== 'boolean') {
    raise('TypeError', `'${typeNameOf(signum)}' object cannot be interpreted as an integer`);
  }
  if (Number(signum) < 1 || Number(signum) >= 65) raise('ValueError', 'signal number out of range');
  raise('NotImplementedError', '_thread.interrupt_main() is not supported by ftpy (no signals to the main thread)');
}

export const threadModule = defineModule({
  name: '_thread',
  doc: 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.',
  functions: {
    start_new_thread: { sig: 'start_new_thread(function, args, kwargs=<unrepresentable>, /)', fn: startNewThread },
    start_new: { sig: 'start_new(function, args, kwargs=<unrepresentable>, /)', fn: startNewThread },
    start_joinable_thread: { sig: 'start_joinable_thread(function, handle=None, daemon=True)', fn: startJoinableThread },
    allocate_lock: { sig: 'allocate_lock()', fn: () => newLock() },
    allocate: { sig: 'allocate()', fn: () => newLock() },
    get_ident: { sig: 'get_ident()', fn: () => currentIdent() },
    get_native_id: { sig: 'get_native_id()', fn: getNativeId },
    _count: {
      sig: '_count()',
      fn: () => {
        prunePendingStarts();
        return loadWord(rawBase(shared()));
      },
    },
    stack_size: { sig: 'stack_size(size=0, /)', fn: stackSize },
    _get_main_thread_ident: { sig: '_get_main_thread_ident()', fn: () => identOf(0) },
    _make_thread_handle: { sig: '_make_thread_handle(ident, /)', fn: makeThreadHandle },
    _shutdown: { sig: '_shutdown()', fn: shutdown },
    _excepthook: { sig: '_excepthook(args, /)', fn: excepthook },
    daemon_threads_allowed: { sig: 'daemon_threads_allowed()', fn: () => true },
    _is_main_interpreter: { sig: '_is_main_interpreter()', fn: () => true },
    exit: { sig: 'exit()', fn: () => { throw pyExc('SystemExit'); } },
    exit_thread: { sig: 'exit_thread()', fn: () => { throw pyExc('SystemExit'); } },
    interrupt_main: { sig: 'interrupt_main(signum=2, /)', fn: interruptMain },
    set_name: { sig: 'set_name(name)', fn: setName },
    _get_name: { sig: '_get_name()', fn: getName },
  },
  init: (d) => {
    shared();
    dictSet(d, 'LockType', new Ref(TYPE_ADDR[lockType.index]!));
    dictSet(d, 'lock', new Ref(TYPE_ADDR[lockType.index]!));
    dictSet(d, 'RLock', new Ref(TYPE_ADDR[rlockType.index]!));
    dictSet(d, '_ThreadHandle', new Ref(TYPE_ADDR[threadHandleType.index]!));
    dictSet(d, '_local', new Ref(TYPE_ADDR[localType.index]!));
    dictSet(d, '_ExceptHookArgs', new Ref(TYPE_ADDR[exceptHookArgs.def.index]!));
    dictSet(d, 'TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
    dictSet(d, 'error', new Ref(builtinTypeAddr('RuntimeError')));
  },
});
