// Worker side of the collection thread tests: attaches the shared heap and types, then runs one
// task against a container the main thread made: append (list.append), extend (list.extend),
// pop (list.pop until empty), setadd (set.add), dictset (d[k] = v), read (lock-free list reads).
import { parentPort, workerData } from 'node:worker_threads';
import { setupWorker, callMethod, PyErr } from './coll_harness.js';
import { enterBlocking, leaveBlocking, unregisterThread } from '../../src/heap/index.js';
import { Ref, type Value } from '../../src/objects/value.js';
import { newList, listLen, listGet } from '../../src/objects/list.js';
import { setitem } from '../../src/objects/protocol.js';

export interface CollTask {
  sab: SharedArrayBuffer;
  /** Start barrier: word 0 counts arrivals; all start when it reaches `parties`. */
  barrier: SharedArrayBuffer;
  parties: number;
  root: number;
  task: 'append' | 'extend' | 'pop' | 'setadd' | 'dictset' | 'read';
  target: number;
  id: number;
  n: number;
}

const d = workerData as CollTask;
setupWorker(d.sab, d.root);
// Start together, so that the operations really overlap.
const bar = new Int32Array(d.barrier);
enterBlocking();
Atomics.add(bar, 0, 1);
Atomics.notify(bar, 0);
const deadline = Date.now() + 60000;
for (let v = Atomics.load(bar, 0); v < d.parties; v = Atomics.load(bar, 0)) {
  if (Date.now() > deadline) throw new Error('start barrier: the other workers never came');
  Atomics.wait(bar, 0, v, 100);
}
leaveBlocking();
const target = new Ref(d.target);
const base = d.id * d.n;
const result: Value[] = [];
let bad = 0;
switch (d.task) {
  case 'append':
    for (let i = 0; i < d.n; i++) callMethod(target, 'append', [base + i]);
    break;
  case 'extend':
    for (let i = 0; i < d.n; i += 10) {
      const chunk: Value[] = [];
      for (let k = i; k < i + 10 && k < d.n; k++) chunk.push(base + k);
      callMethod(target, 'extend', [newList(chunk)]);
    }
    break;
  case 'pop':
    for (;;) {
      try {
        result.push(callMethod(target, 'pop'));
      } catch (e) {
        if (e instanceof PyErr && e.cls === 'IndexError') break; // pop from empty list
        throw e;
      }
    }
    break;
  case 'setadd':
    // Half the keys are shared with the other workers, half are this worker's own.
    for (let i = 0; i < d.n; i++) callMethod(target, 'add', [i % 2 === 0 ? i : base + i]);
    break;
  case 'dictset':
    for (let i = 0; i < d.n; i++) setitem(target, base + i, i);
    break;
  case 'read':
    // Reads while others append: every item read must be a value some writer stored.
    for (let r = 0; r < 200; r++) {
      const n = listLen(d.target);
      for (let i = 0; i < n; i += 97) {
        const x = listGet(d.target, i);
        if (x !== undefined && (typeof x !== 'number' || x < 0)) bad++;
      }
    }
    break;
}
const sum = result.reduce((s: number, x) => s + (x as number), 0);
unregisterThread();
parentPort!.postMessage({ popped: result.length, sum, bad });
