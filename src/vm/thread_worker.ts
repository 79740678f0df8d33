// Entry point of a worker_thread running one Python thread (started by _thread.start_new_thread):
// joins the interpreter on the shared heap, calls the function, reports an uncaught exception the
// way CPython's thread_run does, then flushes its output and leaves the heap's thread registry.
// CPython: Modules/_threadmodule.c (thread_run).

import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import type { Ref as RefT, Value } from '../objects/value.js';
import type { ThreadStart } from '../modules/_thread.js';

// An internal failure here (even a module that fails to load) would only reach the parent's 'error'
// event, which a thread blocked in Python code never sees: report it directly.
function fatal(e: unknown): never {
  writeSync(2, `Fatal error in ftpy thread: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  // Like a Fatal Python error: the whole process goes (other threads may wait for this one forever).
  process.kill(process.pid, 'SIGTERM');
  process.exit(70);
}
process.on('uncaughtException', fatal);

// types.js first: it fixes the order in which builtin types and natives are registered, which must
// be the same as on the main thread (cli/main.ts imports it first too).
await import('./types.js').catch(fatal);
const [heap, valueMod, protocol, tuple, dict, runtime, roots, call, exc, errors, tbprint, io, thread] = await Promise.all([
  import('../heap/index.js'), import('../objects/value.js'), import('../objects/protocol.js'),
  import('../objects/tuple.js'), import('../objects/dict.js'), import('./runtime.js'), import('./roots.js'),
  import('./call.js'), import('./exc.js'), import('./errors.js'), import('./tbprint.js'), import('../modules/_io.js'),
  import('../modules/_thread.js'),
]).catch(fatal);
const { unregisterThread, storeWord, addWord, notifyWord } = heap;
const { Ref, decode, getSlot, rawBase } = valueMod;
const { repr } = protocol;
const { tupleItems } = tuple;
const { dictItems } = dict;
const { attachWorker } = runtime;
const { EXTRA_ROOTS } = roots;
const { callValue } = call;
const { toPyException } = exc;
const { isInstanceOfBuiltin } = errors;
const { formatException } = tbprint;
const { flushAllStreams } = io;
const { setSharedState } = thread;

const start = workerData as ThreadStart;
attachWorker(start.handle);
setSharedState(start.shared);

// Take the start record into this thread's roots before anything can poll, then tell the starting
// thread it may drop it (its EXTRA_ROOTS kept it alive until now).
const record: RefT = new Ref(start.record);
EXTRA_ROOTS.add(record);
storeWord(rawBase(start.record), 1);

function run(): void {
  const func = decode(getSlot(record.a, 0))!;
  const args = tupleItems((decode(getSlot(record.a, 1)) as RefT).a);
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
    writeSync(2, head + formatException(x).join(''));
  }
}

try {
  run();
} finally {
  try {
    flushAllStreams();
  } catch {
    // stdout gone (EPIPE): nothing to report it on.
  }
  EXTRA_ROOTS.delete(record);
  const count = rawBase(start.shared);
  addWord(count, -1);
  notifyWord(count, 0);
  unregisterThread();
}
