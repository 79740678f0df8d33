// Who the running Python thread is, for the _thread module's types: Node's worker threadId (0 on
// the main thread), the pthread_t-looking ident derived from it, and a serial number that is
// new for every Python thread a pooled worker runs (thread-local data is keyed by it).
// CPython: Python/thread_pthread.h (PyThread_get_thread_ident_ex).

import { nodeBuiltin } from '../vm/node_builtins.js';

/** node:worker_threads, loaded when first needed: loading it costs several ms of every start. */
export function workerThreads(): typeof import('node:worker_threads') {
  return nodeBuiltin('node:worker_threads');
}

/** Node's threadId of this thread: 0 on the main thread; a pool worker sets its own (thread_run.ts). */
let threadId = 0;
export function setThisThreadId(id: number): void {
  threadId = id;
}
export function thisThreadId(): number {
  return threadId;
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

/** The serial number of the Python thread running here (0: the main thread). */
let serial = 0;
export function threadSerial(): number {
  return serial;
}
export function setThreadSerial(n: number): void {
  serial = n;
}
