// Worker side of the bytearray thread tests: attaches the shared heap and types, waits at a start
// barrier, then runs one task on a bytearray the main thread made: append, extend, pop (until
// empty), or read (lock-free snapshots while others write).
import { parentPort, workerData } from 'node:worker_threads';
import { setupWorker, callMethod, PyError } from './str-harness.js';
import { enterBlocking, leaveBlocking } from '../../src/heap/index.js';
import { Ref } from '../../src/objects/value.js';

export interface StrTask {
  sab: SharedArrayBuffer;
  root: number;
  barrier: SharedArrayBuffer;
  parties: number;
  task: 'append' | 'extend' | 'pop' | 'read';
  target: number;
  id: number;
  n: number;
}

const d = workerData as StrTask;
const mods = await setupWorker(d.sab, d.root);
const ba = mods.bytearray as typeof import('../../src/objects/bytearray.js');
const bytes = mods.bytes as typeof import('../../src/objects/bytes.js');
const bar = new Int32Array(d.barrier);
enterBlocking();
Atomics.add(bar, 0, 1);
Atomics.notify(bar, 0);
for (let v = Atomics.load(bar, 0); v < d.parties; v = Atomics.load(bar, 0)) Atomics.wait(bar, 0, v, 100);
leaveBlocking();
const target = new Ref(d.target);
const counts = new Array<number>(256).fill(0);
let bad = 0;
switch (d.task) {
  case 'append':
    // Thread `id` appends the byte value id + 1, n times.
    for (let i = 0; i < d.n; i++) callMethod('bytearray', 'append', target, [d.id + 1]);
    break;
  case 'extend':
    for (let i = 0; i < d.n; i += 10) callMethod('bytearray', 'extend', target, [bytes.newBytes(new Array(10).fill(d.id + 1))]);
    break;
  case 'pop':
    for (;;) {
      try {
        counts[callMethod('bytearray', 'pop', target, []) as number]!++;
      } catch (e) {
        if (e instanceof PyError && e.cls === 'IndexError') break;
        throw e;
      }
    }
    break;
  case 'read':
    // Snapshots taken while others extend: only bytes some writer stored, whole chunks of 10.
    for (let r = 0; r < 300; r++) {
      const snap = ba.baData(d.target);
      for (const b of snap) if (b < 1 || b > 8) bad++;
    }
    break;
}
parentPort!.postMessage({ counts, bad });
