// The _thread module: real parallel threads, each a Node worker_thread attached to the shared heap
// (src/vm/thread_worker.ts runs the function), and the lock types. Lock state lives in the heap
// (a lock word in the object's raw bytes), so any thread may release a lock another acquired.
// CPython: Modules/_threadmodule.c (thread_PyThread_start_new_thread, lock_PyThread_acquire_lock,
// rlock_acquire, ...), Python/thread.c.

import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import {
  lockWithTimeout, unlock, isLocked, enterMultiThreaded, loadWord, storeWord, addWord, allocPermanent,
} from '../heap/index.js';
import { Ref, PyFloat, rawBase, addrHex, encode, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeNameOf } from '../objects/protocol.js';
import { isTuple, newTuple, tupleItems } from '../objects/tuple.js';
import { isDict, dictSet } from '../objects/dict.js';
import { checkNewType } from '../objects/coll_ops.js';
import { MISSING } from '../objects/native.js';
import { defineModule } from './define.js';
import { flushAllStreams } from './_io.js';
import { raise, pyExc } from '../vm/errors.js';
import { isCallableValue } from '../vm/callable.js';
import { EXTRA_ROOTS } from '../vm/roots.js';
import { interpreterHandle, type InterpreterHandle } from '../vm/runtime.js';

/** PY_TIMEOUT_MAX / 1e6 as CPython computes it on 64-bit Linux (seconds). */
const TIMEOUT_MAX = 9223372036.0;

// ---- thread identity -------------------------------------------------------------------------------

type WorkerThreads = typeof import('node:worker_threads');
let workerThreadsModule: WorkerThreads | null = null;
/** node:worker_threads, loaded when first needed: loading it costs several ms of every start. */
export function workerThreads(): WorkerThreads {
  return (workerThreadsModule ??= createRequire(import.meta.url)('node:worker_threads') as WorkerThreads);
}

/** Node's threadId of this thread: 0 on the main thread; a pool worker sets its own (thread_run.ts). */
let threadId = 0;
export function setThisThreadId(id: number): void {
  threadId = id;
}

/**
 * get_ident(): a pthread_t-looking number derived from Node's per-process worker id (0 on the main
 * thread), so the starting thread knows a new thread's ident before it runs, as CPython does.
 */
export function identOf(tid: number): number {
  return 0x7f0000000000 + tid * 0x1000;
}
export function currentIdent(): number {
  return identOf(threadId);
}

// ---- the lock types ------------------------------------------------------------------------------

/** lock: raw word 0 is the lock word (0 free, 1/2 held; heap/lock.ts). */
export const lockType = defineBuiltinType({
  name: 'lock',
  module: '_thread',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kw: Map<string, Value>): Value => {
        checkNewType(type, TYPE_ADDR[lockType.index]!);
        if (args.length !== 0 || kw.size !== 0) raise('TypeError', 'lock() takes no arguments');
        return newLock();
      },
    },
    acquire: { sig: 'acquire($self, /, blocking=True, timeout=-1)', fn: (s: Ref, b: Value, t: Value) => lockAcquire(s, b, t) },
    acquire_lock: { sig: 'acquire_lock($self, /, blocking=True, timeout=-1)', fn: (s: Ref, b: Value, t: Value) => lockAcquire(s, b, t) },
    __enter__: { sig: '__enter__($self, /)', fn: (s: Ref) => lockAcquire(s, true, -1) },
    release: { sig: 'release($self, /)', fn: (s: Ref) => lockRelease(s) },
    release_lock: { sig: 'release_lock($self, /)', fn: (s: Ref) => lockRelease(s) },
    __exit__: { sig: '__exit__($self, /, *args)', fn: (s: Ref) => lockRelease(s) },
    locked: { sig: 'locked($self, /)', fn: (s: Ref) => isLocked(s.a, rawBase(s.a) - s.a) },
    locked_lock: { sig: 'locked_lock($self, /)', fn: (s: Ref) => isLocked(s.a, rawBase(s.a) - s.a) },
    _at_fork_reinit: { sig: '_at_fork_reinit($self, /)', fn: (s: Ref) => (storeWord(rawBase(s.a), 0), null) },
  },
  slots: {
    repr: (s) => {
      const a = (s as Ref).a;
      return `<${isLocked(a, rawBase(a) - a) ? 'locked' : 'unlocked'} _thread.lock object at ${addrHex(a)}>`;
    },
  },
});

export function newLock(): Ref {
  return new Ref(allocObj(TYPE_ADDR[lockType.index]!, 0, 8));
}

/** Seconds as a JS number, with _PyTime_FromSecondsObject's TypeError. */
function seconds(t: Value): number {
  if (typeof t === 'number') return t;
  if (t instanceof PyFloat) return t.v;
  if (typeof t === 'boolean') return t ? 1 : 0;
  if (typeof t === 'bigint') return Number(t);
  raise('TypeError', `'${typeNameOf(t)}' object cannot be interpreted as an integer or float`);
}

/** lock_acquire_parse_args: the timeout in ms (-1 forever, 0 try once). */
function acquireTimeoutMs(blocking: Value, timeout: Value): number {
  const t = seconds(timeout);
  const block = blocking !== false && blocking !== 0 && blocking !== null;
  if (!block && t !== -1) raise('ValueError', "can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) raise('ValueError', 'timeout value must be a non-negative number');
  if (!block) return 0;
  if (t === -1) return -1;
  if (t > TIMEOUT_MAX) raise('OverflowError', 'timeout value is too large');
  return t * 1000;
}

function lockAcquire(s: Ref, blocking: Value, timeout: Value): boolean {
  const ms = acquireTimeoutMs(blocking, timeout);
  // lockWithTimeout parks as a BLOCKED thread (roots published), so collections go on without us.
  return lockWithTimeout(s.a, rawBase(s.a) - s.a, ms);
}

function lockRelease(s: Ref): null {
  const off = rawBase(s.a) - s.a;
  if (!isLocked(s.a, off)) raise('RuntimeError', 'release unlocked lock');
  // A release is a synchronisation point: output written before it must come out first (_io.ts).
  flushAllStreams();
  unlock(s.a, off);
  return null;
}

// RLock: raw words [lock word, owner (worker id + 1, 0 none), recursion count].
const R_OWNER = 4;
const R_COUNT = 8;

export const rlockType = defineBuiltinType({
  name: 'RLock',
  module: '_thread',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value): Value => new Ref(allocObj(checkNewType(type, TYPE_ADDR[rlockType.index]!), 0, 12)),
    },
    acquire: { sig: 'acquire($self, /, blocking=True, timeout=-1)', fn: (s: Ref, b: Value, t: Value) => rlockAcquire(s, b, t) },
    __enter__: { sig: '__enter__($self, /)', fn: (s: Ref) => rlockAcquire(s, true, -1) },
    release: { sig: 'release($self, /)', fn: (s: Ref) => rlockRelease(s) },
    __exit__: { sig: '__exit__($self, /, *args)', fn: (s: Ref) => rlockRelease(s) },
    locked: { sig: 'locked($self, /)', fn: (s: Ref) => loadWord(rawBase(s.a) + R_COUNT) > 0 },
    _is_owned: { sig: '_is_owned($self, /)', fn: (s: Ref) => isOwned(s) },
    _recursion_count: {
      sig: '_recursion_count($self, /)', fn: (s: Ref) => (isOwned(s) ? loadWord(rawBase(s.a) + R_COUNT) : 0),
    },
    _release_save: {
      sig: '_release_save($self, /)',
      fn: (s: Ref): Value => {
        const b = rawBase(s.a);
        if (loadWord(b + R_COUNT) === 0) raise('RuntimeError', 'cannot release un-acquired lock');
        const count = loadWord(b + R_COUNT);
        const owner = identOf(loadWord(b + R_OWNER) - 1);
        storeWord(b + R_COUNT, 0);
        storeWord(b + R_OWNER, 0);
        flushAllStreams();
        unlock(s.a, b - s.a);
        return newTupleOf([count, owner]);
      },
    },
    _acquire_restore: {
      sig: '_acquire_restore($self, state, /)',
      fn: (s: Ref, state: Value): null => {
        const [count] = tupleOf(state);
        const b = rawBase(s.a);
        lockWithTimeout(s.a, b - s.a, -1);
        storeWord(b + R_OWNER, threadId + 1);
        storeWord(b + R_COUNT, Number(count));
        return null;
      },
    },
    _at_fork_reinit: {
      sig: '_at_fork_reinit($self, /)',
      fn: (s: Ref) => {
        const b = rawBase(s.a);
        storeWord(b, 0);
        storeWord(b + R_OWNER, 0);
        storeWord(b + R_COUNT, 0);
        return null;
      },
    },
  },
  slots: {
    repr: (s) => {
      const a = (s as Ref).a;
      const b = rawBase(a);
      const count = loadWord(b + R_COUNT);
      const owner = count > 0 ? identOf(loadWord(b + R_OWNER) - 1) : 0;
      return `<${count > 0 ? 'locked' : 'unlocked'} _thread.RLock object owner=${owner} count=${count} at ${addrHex(a)}>`;
    },
  },
});

function isOwned(s: Ref): boolean {
  const b = rawBase(s.a);
  return loadWord(b + R_COUNT) > 0 && loadWord(b + R_OWNER) === threadId + 1;
}

function rlockAcquire(s: Ref, blocking: Value, timeout: Value): boolean {
  const ms = acquireTimeoutMs(blocking, timeout);
  const b = rawBase(s.a);
  if (isOwned(s)) {
    storeWord(b + R_COUNT, loadWord(b + R_COUNT) + 1);
    return true;
  }
  if (!lockWithTimeout(s.a, b - s.a, ms)) return false;
  storeWord(b + R_OWNER, threadId + 1);
  storeWord(b + R_COUNT, 1);
  return true;
}

function rlockRelease(s: Ref): null {
  if (!isOwned(s)) raise('RuntimeError', 'cannot release un-acquired lock');
  const b = rawBase(s.a);
  const n = loadWord(b + R_COUNT) - 1;
  storeWord(b + R_COUNT, n);
  if (n === 0) {
    storeWord(b + R_OWNER, 0);
    flushAllStreams();
    unlock(s.a, b - s.a);
  }
  return null;
}

function newTupleOf(items: Value[]): Ref {
  return newTuple(items);
}
function tupleOf(v: Value): Value[] {
  if (!isTuple(v)) raise('TypeError', 'expected a tuple');
  return tupleItems(v.a);
}

// ---- starting threads ---------------------------------------------------------------------------

/** Internal object handed to a new thread: slots (function, args, kwargs), raw word 0 = picked up. */
const startRecordType = defineBuiltinType({ name: '_thread._start_record', module: '_thread', internal: true });

/** A pool worker's availability word (PoolWorkerData.ctl[POOL_STATE]): the worker stores IDLE when
 * it has finished a thread; the realm that spawned it claims it with a compare-exchange IDLE -> BUSY.
 * ctl[POOL_READY] becomes 1 once the worker has loaded and attached. */
export const POOL_STATE = 0;
export const POOL_READY = 1;
export const POOL_BUSY = 0;
export const POOL_IDLE = 1;

/** What a pool worker (vm/thread_run.ts) receives as workerData. */
export interface PoolWorkerData {
  handle: InterpreterHandle;
  shared: number;
  ctl: Int32Array;
}

/** A message to a pool worker: run the thread whose start record is at `record`. */
export interface ThreadJob {
  record: number;
}

/**
 * Interpreter-wide _thread state, a permanent object: raw word 0 = number of running threads
 * (_count). Made by the thread that first imports _thread; workers learn its address at start.
 */
let sharedState = 0;
export function setSharedState(a: number): void {
  sharedState = a;
}
function shared(): number {
  if (sharedState === 0) sharedState = allocPermanent(TYPE_ADDR[startRecordType.index]!, 0, 8);
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
}
const pool: PoolWorker[] = [];

/** The worker script: the unbundled entry, or the bundle's loader (boot/bundle_entry.ts sets it). */
let workerEntry: URL = new URL('../vm/thread_worker.js', import.meta.url);
export function setThreadWorkerEntry(entry: URL): void {
  workerEntry = entry;
}

/** A new worker, available at once: a job posted before it has loaded waits in its message port. */
function spawnWorker(): PoolWorker {
  defaultStackFlag();
  // Containers lock from now on (heap/lock.ts enterCritical): this thread is in none of their
  // critical sections here, and the worker runs nothing before this store.
  enterMultiThreaded();
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  ctl[POOL_STATE] = POOL_IDLE;
  const data: PoolWorkerData = { handle: interpreterHandle(), shared: shared(), ctl };
  const w = new (workerThreads().Worker)(workerEntry, { workerData: data, resourceLimits: { stackSizeMb: 8 }, stdout: false, stderr: false });
  w.unref();
  const pw: PoolWorker = { w, ctl };
  pool.push(pw);
  w.on('exit', () => {
    const i = pool.indexOf(pw);
    if (i >= 0) pool.splice(i, 1);
  });
  return pw;
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
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString(`--stack-size=${V8_DEFAULT_STACK_KB}`);
}
/** V8's default --stack-size on 64-bit targets (V8_DEFAULT_STACK_SIZE_KB in V8's flag definitions). */
const V8_DEFAULT_STACK_KB = 984;

function claimIdle(): PoolWorker | null {
  for (const pw of pool) {
    if (Atomics.compareExchange(pw.ctl, POOL_STATE, POOL_IDLE, POOL_BUSY) === POOL_IDLE) return pw;
  }
  return null;
}

/** No worker idle, and none still loading: time to load a spare. */
function wantSpare(): boolean {
  for (const pw of pool) {
    if (Atomics.load(pw.ctl, POOL_STATE) === POOL_IDLE || Atomics.load(pw.ctl, POOL_READY) === 0) return false;
  }
  return true;
}

function startNewThread(func: Value, args: Value, kwargs: Value | typeof MISSING): number {
  if (!isCallableValue(func)) raise('TypeError', 'first arg must be callable');
  if (!isTuple(args)) raise('TypeError', '2nd arg must be a tuple');
  const kw = kwargs === MISSING ? null : kwargs;
  if (kw !== null && !isDict(kw)) raise('TypeError', 'optional 3rd arg must be a dictionary');
  prunePendingStarts();
  // Starting a thread orders this thread's earlier output before the new thread's (_io.ts).
  flushAllStreams();
  const rec = allocObj(TYPE_ADDR[startRecordType.index]!, 3, 8);
  setSlot(rec, 0, encode(func));
  setSlot(rec, 1, encode(args));
  setSlot(rec, 2, encode(kw));
  const ref = new Ref(rec);
  EXTRA_ROOTS.add(ref);
  pendingStarts.push(ref);
  const st = shared();
  addWord(rawBase(st), 1);
  let pw: PoolWorker;
  try {
    pw = claimIdle() ?? spawnWorker();
    Atomics.store(pw.ctl, POOL_STATE, POOL_BUSY);
    const job: ThreadJob = { record: rec };
    pw.w.postMessage(job);
  } catch (e) {
    addWord(rawBase(st), -1);
    EXTRA_ROOTS.delete(ref);
    pendingStarts.pop();
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

export const threadModule = defineModule({
  name: '_thread',
  doc: 'This module provides primitive operations to write multi-threaded programs.\nThe \'threading\' module provides a more convenient interface.',
  functions: {
    start_new_thread: { sig: 'start_new_thread(function, args, kwargs=<unrepresentable>, /)', fn: startNewThread },
    start_new: { sig: 'start_new(function, args, kwargs=<unrepresentable>, /)', fn: startNewThread },
    allocate_lock: { sig: 'allocate_lock()', fn: () => newLock() },
    allocate: { sig: 'allocate()', fn: () => newLock() },
    get_ident: { sig: 'get_ident()', fn: () => currentIdent() },
    get_native_id: { sig: 'get_native_id()', fn: () => process.pid + threadId },
    _count: {
      sig: '_count()',
      fn: () => {
        prunePendingStarts();
        return loadWord(rawBase(shared()));
      },
    },
    stack_size: {
      sig: 'stack_size(size=0, /)',
      fn: (size: Value) => {
        if (typeof size !== 'number' || !Number.isInteger(size)) raise('TypeError', `'${typeNameOf(size)}' object cannot be interpreted as an integer`);
        if (size !== 0 && size < 32768) raise('ValueError', 'size not valid: 32768 bytes');
        return 0;
      },
    },
    _get_main_thread_ident: { sig: '_get_main_thread_ident()', fn: () => identOf(0) },
    daemon_threads_allowed: { sig: 'daemon_threads_allowed()', fn: () => true },
    _is_main_interpreter: { sig: '_is_main_interpreter()', fn: () => true },
    exit: { sig: 'exit()', fn: () => { throw pyExc('SystemExit'); } },
    interrupt_main: { sig: 'interrupt_main(signum=2, /)', fn: () => null },
  },
  init: (d) => {
    shared();
    dictSet(d, 'LockType', new Ref(TYPE_ADDR[lockType.index]!));
    dictSet(d, 'lock', new Ref(TYPE_ADDR[lockType.index]!));
    dictSet(d, 'RLock', new Ref(TYPE_ADDR[rlockType.index]!));
    dictSet(d, 'TIMEOUT_MAX', new PyFloat(TIMEOUT_MAX));
    dictSet(d, 'error', new Ref(builtinTypeAddr('RuntimeError')));
  },
});
