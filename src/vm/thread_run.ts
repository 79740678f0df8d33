// A pooled worker_thread that runs Python threads (started by _thread.start_new_thread, see
// modules/_thread.ts): it joins the interpreter on the shared heap once, then waits idle (BLOCKED for
// the collector, in its event loop) for start records; each one it runs as a Python thread: calls the
// function, reports an uncaught exception the way CPython's thread_run does, flushes its output.
// CPython: Modules/_threadmodule.c (thread_run).

import './types.js'; // first: fixes builtin type / native registration order (same in every worker)
import { writeSync } from 'node:fs';
import { storeWord, addWord, notifyWord, enterBlocking, leaveBlocking } from '../heap/index.js';
import { Ref, decode, getSlot, rawBase, type Value } from '../objects/value.js';
import { PIN } from '../objects/alloc.js';
import { repr } from '../objects/protocol.js';
import { tupleItems } from '../objects/tuple.js';
import { dictItems } from '../objects/dict.js';
import { attachWorker } from './runtime.js';
import { EXTRA_ROOTS } from './roots.js';
import { TS } from './state.js';
import { callValue } from './call.js';
import { toPyException } from './exc.js';
import { isInstanceOfBuiltin } from './errors.js';
import { formatUnraisable } from './tbprint.js';
import { flushAllStreams } from '../modules/_io.js';
import { flushCodeCaches, markThreadWorker } from './compile_cache.js';
import {
  setSharedState, setThisThreadId, workerThreads, threadBegins, threadEnds, POOL_IDLE, POOL_READY, POOL_STATE, type PoolWorkerData, type ThreadJob,
} from '../modules/_thread.js';

/** An internal failure: a thread blocked in Python code may wait for this one forever, so the whole
 * process goes, like a Fatal Python error. */
export function fatal(e: unknown): never {
  writeSync(2, `Fatal error in ftpy thread: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.kill(process.pid, 'SIGTERM');
  process.exit(70);
}

function callThreadFunction(record: Ref): void {
  const func = decode(getSlot(record.a, 0))!;
  const args = tupleItems((decode(getSlot(record.a, 1)) as Ref).a);
  const kw = decode(getSlot(record.a, 2)) ?? null;
  let kwNames: string[] | null = null;
  let kwValues: Value[] | null = null;
  if (kw instanceof Ref) {
    const items = dictItems(kw.a);
    if (items.length > 0) {
      kwNames = items.map(([k]) => String(k));
      kwValues = items.map(([, v]) => v);
    }
  }
  try {
    callValue(func, args, kwNames, kwValues);
  } catch (e) {
    const x = toPyException(e);
    if (isInstanceOfBuiltin(x, 'SystemExit')) return;
    // The unraisable hook's format (threading.excepthook does not exist at this level).
    let head: string;
    try {
      head = `Exception ignored in thread started by ${repr(func)}:\n`;
    } catch {
      head = 'Exception ignored in thread started by <object repr() failed>:\n';
    }
    flushAllStreams();
    writeSync(2, head + formatUnraisable(x).join(''));
  }
}

/** Runs one Python thread on this worker, from leaving the idle (BLOCKED) state to re-entering it. */
function runJob(data: PoolWorkerData, job: ThreadJob): void {
  leaveBlocking();
  // Per-worker caches keyed by heap address were pruned when a collection was observed; the thread
  // state must start empty (a previous thread on this worker left it so, but be certain).
  TS.frame = null;
  TS.depth = 0;
  TS.handled = [];
  PIN.top = 0;
  // Take the start record into this thread's roots before anything can poll, then tell the starting
  // thread it may drop it (its EXTRA_ROOTS kept it alive until now).
  const record = new Ref(job.record);
  EXTRA_ROOTS.add(record);
  storeWord(rawBase(job.record), 1);
  threadBegins();
  try {
    callThreadFunction(record);
  } finally {
    try {
      flushAllStreams();
    } catch {
      // stdout gone (EPIPE): nothing to report it on.
    }
    // Thread-local data goes and joiners wake (the start record still roots the handle).
    threadEnds(job.record);
    EXTRA_ROOTS.delete(record);
    PIN.top = 0;
    TS.frame = null;
    TS.handled = [];
    // The thread is over for _thread._count() and for whoever waits on the count word.
    const count = rawBase(job.shared);
    addWord(count, -1);
    notifyWord(count, 0);
    idle(data);
  }
}

/** Back to the pool: BLOCKED for the collector (roots published), available to the starter. */
function idle(data: PoolWorkerData): void {
  if (!enterBlocking()) fatal(new Error('no heap room to publish an idle worker\'s roots'));
  Atomics.store(data.ctl, POOL_STATE, POOL_IDLE);
  // Now, with the thread's functions compiled (the process may end without telling this worker).
  flushCodeCaches();
}

/** The worker's entry: serve start records until the process ends, attaching to the heap at the first. */
export function workerMain(): void {
  process.on('uncaughtException', fatal);
  const { workerData, parentPort, threadId } = workerThreads();
  setThisThreadId(threadId);
  markThreadWorker();
  const data = workerData as PoolWorkerData;
  let attached = false;
  // The pool state is left alone: the starter made it IDLE at spawn, or has already claimed it
  // (BUSY, a job queued); storing IDLE here would let a second job queue up behind a thread that
  // may block forever (found with 3 threads waiting on a Barrier).
  Atomics.store(data.ctl, POOL_READY, 1);
  parentPort!.on('message', (job: ThreadJob) => {
    try {
      if (!attached) {
        attachWorker(job.handle);
        setSharedState(job.shared);
        attached = true;
        // runJob starts by leaving the idle (BLOCKED) state.
        if (!enterBlocking()) fatal(new Error('no heap room to publish an idle worker\'s roots'));
      }
      runJob(data, job);
    } catch (e) {
      fatal(e);
    }
  });
}
