// Entry point of a worker_thread running one Python thread (started by _thread.start_new_thread):
// joins the interpreter on the shared heap, calls the function, reports an uncaught exception the
// way CPython's thread_run does, then flushes its output and leaves the heap's thread registry.
// CPython: Modules/_threadmodule.c (thread_run).

import { workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import { unregisterThread, storeWord, addWord, notifyWord } from '../heap/index.js';
import { Ref, decode, getSlot, rawBase, type Value } from '../objects/value.js';
import { repr } from '../objects/protocol.js';
import { tupleItems } from '../objects/tuple.js';
import { dictItems } from '../objects/dict.js';
import { attachWorker } from './runtime.js';
import { EXTRA_ROOTS } from './roots.js';
import { callValue } from './call.js';
import { toPyException } from './exc.js';
import { isInstanceOfBuiltin } from './errors.js';
import { formatException } from './tbprint.js';
import { flushAllStreams } from '../modules/_io.js';
import { setSharedState, type ThreadStart } from '../modules/_thread.js';

const start = workerData as ThreadStart;
attachWorker(start.handle);
setSharedState(start.shared);

// Take the start record into this thread's roots before anything can poll, then tell the starting
// thread it may drop it (its EXTRA_ROOTS kept it alive until now).
const record = new Ref(start.record);
EXTRA_ROOTS.add(record);
storeWord(rawBase(start.record), 1);

function run(): void {
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
