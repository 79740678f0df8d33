// Single-thread heap tests: allocation and zeroing, large and permanent objects, collection of
// unreachable cycles, global roots, finalizers, weakrefs, bounded memory, locks, and the verifier.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEBUG_POISON, DEBUG_VERIFY, FLAG_FINALIZED, FLAG_FINALIZER, FLAG_WEAKREFD, HeapExhaustedError, I32,
  SAFEPOINT_FLAG_INDEX, TS_BLOCKED, TS_RUNNING, U8, addGlobalRootSlot, alloc, allocPermanent, collect,
  enterBlocking, heapStats, isLocked, lastGcInfo, leaveBlocking, lock, lockTwo, lockWithTimeout,
  nextVersionTag, objectSize, onCollectionEnd, pollSafepoint, registerFinalizer, registerWeakref,
  runPendingFinalizers, setFinalizerHook, setWeakrefCallbackHook, sleep, threadIndex, threadState, tryLock,
  unlock, unlockTwo, unregisterThread, verifyHeap, waitWord,
} from '../../src/heap/index.js';
import { allocSigned, checkSigned, getSlot, makeTestHeap, setSlot } from './util.js';

const DEBUG = DEBUG_VERIFY | DEBUG_POISON;

function assertVerified(): void {
  const v = verifyHeap();
  assert.deepEqual(v.errors, []);
  assert.equal(heapStats().verifyErrors, 0);
}

test('alloc: header, zeroed slots and raw bytes, alignment, distinct cells', () => {
  const { type } = makeTestHeap({ debug: DEBUG });
  const seen = new Set<number>();
  for (let n = 0; n < 40; n++) {
    for (const raw of [0, 1, 7, 8, 100]) {
      const a = alloc(type, n, raw);
      assert.equal(a % 8, 0);
      assert.ok(a > 0);
      assert.ok(!seen.has(a));
      seen.add(a);
      assert.equal(I32[a >> 2], type);
      assert.equal(I32[(a >> 2) + 1], n);
      for (let k = 8; k < objectSize(n, raw); k++) assert.equal(U8[a + k], 0);
    }
  }
  assert.equal(objectSize(0, 0), 16);
  assert.equal(objectSize(2, 0), 16);
  assert.equal(objectSize(3, 1), 24);
  assertVerified();
});

test('alloc: argument checks and an unregistered thread', () => {
  const { type } = makeTestHeap();
  assert.throws(() => alloc(type, -1, 0), RangeError);
  assert.throws(() => alloc(type, 0, -8), RangeError);
  assert.throws(() => alloc(type, 1 << 24, 0), RangeError);
  assert.throws(() => alloc(0, 1, 0), RangeError);
  unregisterThread();
  assert.equal(threadIndex, -1);
  assert.throws(() => alloc(type, 1, 0), /not registered/);
});

test('recycled memory is zeroed before reuse', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  for (let round = 0; round < 3; round++) {
    const objs: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const n = i % 30;
      const a = alloc(type, n, 24);
      for (let k = 0; k < n; k++) setSlot(a, k, (i << 1) | 1);
      for (let b = 0; b < 24; b++) U8[a + 8 + n * 4 + b] = 0xab;
      objs.push(a);
    }
    roots.push(objs[0]); // keep one alive so blocks are recycled, not only freed
    collect();
    roots.length = 0;
    for (let i = 0; i < 20000; i++) {
      const n = i % 30;
      const a = alloc(type, n, 24);
      for (let k = 8; k < 8 + n * 4 + 24; k++) if (U8[a + k] !== 0) assert.fail(`byte ${k} of a reused object is ${U8[a + k]}`);
    }
    collect();
  }
  assertVerified();
});

test('large objects: multi-block runs, zeroed, freed and their blocks reused', () => {
  const { type, roots } = makeTestHeap({ maxBytes: 32 << 20, debug: DEBUG });
  const a = alloc(type, 10000, 1000); // about 41 KB: two blocks
  assert.equal(a % 32768, 0);
  for (let k = 0; k < 10000; k++) assert.equal(getSlot(a, k), 0);
  setSlot(a, 9999, allocSigned(type, 2, 7));
  roots.push(a);
  collect();
  assert.equal(checkSigned(getSlot(a, 9999), type), null);
  roots.length = 0;
  collect();
  const touched = heapStats().touchedBytes;
  // 100 rounds of 200 KB objects in a 32 MB heap: only possible if their blocks are reused.
  for (let i = 0; i < 100; i++) {
    const big = alloc(type, 50000, 0);
    for (let k = 0; k < 50000; k += 997) assert.equal(getSlot(big, k), 0);
    setSlot(big, 0, 12345);
    collect();
  }
  assert.ok(heapStats().touchedBytes <= touched + 2 * 256 * 1024, `touched ${heapStats().touchedBytes}`);
  assertVerified();
});

test('collection frees unreachable cycles and keeps reachable structures', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  // A reachable list of 5000 signed objects with a cycle back to the head.
  let head = 0;
  const kept: number[] = [];
  for (let i = 1; i <= 5000; i++) {
    const o = allocSigned(type, 3, i);
    setSlot(o, 1, head);
    head = o;
    kept.push(o);
  }
  setSlot(kept[0], 2, head);
  roots.push(head);
  // Unreachable: 10000 two-object cycles and one 10000-object ring.
  for (let i = 0; i < 10000; i++) {
    const a = alloc(type, 1, 0);
    const b = alloc(type, 1, 0);
    setSlot(a, 0, b);
    setSlot(b, 0, a);
  }
  const first = alloc(type, 1, 0);
  let prev = first;
  for (let i = 1; i < 10000; i++) {
    const o = alloc(type, 1, 0);
    setSlot(prev, 0, o);
    prev = o;
  }
  setSlot(prev, 0, first);
  const freed = collect();
  assert.equal(freed, 30000);
  assert.equal(lastGcInfo()?.traced, 5000);
  for (let i = 0; i < 5000; i++) assert.equal(checkSigned(kept[i], type), null);
  assert.equal(collect(), 0);
  roots.length = 0;
  assert.equal(collect(), 5000);
  assertVerified();
});

test('the type word keeps a heap-allocated type alive', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  const heapType = alloc(type, 2, 0); // a "class" object allocated at run time
  const inst = allocSigned(heapType, 1, 1);
  roots.push(inst);
  collect();
  assert.equal(I32[heapType >> 2], type);
  assert.equal(checkSigned(inst, heapType), null);
  assertVerified();
});

test('permanent objects survive and their slots are roots; global root slots', () => {
  const { type } = makeTestHeap({ debug: DEBUG });
  const none = allocPermanent(type, 0, 0);
  const holder = allocPermanent(type, 4, 16);
  const child = allocSigned(type, 2, 42);
  setSlot(holder, 0, child);
  setSlot(child, 1, none);
  const slots = Array.from({ length: 100 }, () => addGlobalRootSlot());
  assert.equal(new Set(slots).size, 100);
  const viaSlot = allocSigned(type, 1, 43);
  I32[slots[77] >> 2] = viaSlot;
  for (let i = 0; i < 3; i++) collect();
  assert.equal(I32[none >> 2], type);
  assert.equal(checkSigned(child, type), null);
  assert.equal(getSlot(child, 1), none);
  assert.equal(checkSigned(viaSlot, type), null);
  I32[slots[77] >> 2] = 0;
  setSlot(holder, 0, 0);
  assert.equal(collect(), 2);
  const big = allocPermanent(type, 20000, 0); // larger than a block
  setSlot(big, 19999, allocSigned(type, 1, 44));
  collect();
  assert.equal(checkSigned(getSlot(big, 19999), type), null);
  assertVerified();
});

test('finalizers: hook after the restart, object intact, run once, freed by the next collection', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  const seen: number[] = [];
  let resurrect = 0;
  setFinalizerHook((a) => {
    assert.equal(checkSigned(a, type), null);
    assert.ok(I32[(a >> 2) + 1] & FLAG_FINALIZED);
    seen.push(a);
    if (resurrect === a) roots.push(a);
  });
  const f = allocSigned(type, 2, 1);
  const inner = allocSigned(type, 1, 2);
  setSlot(f, 1, inner); // what the finalizer can still use
  registerFinalizer(f);
  assert.ok(I32[(f >> 2) + 1] & FLAG_FINALIZER);
  const g = allocSigned(type, 1, 3);
  registerFinalizer(g);
  resurrect = g;
  collect();
  assert.deepEqual(seen.sort(), [f, g].sort());
  assert.equal(checkSigned(inner, type), null);
  seen.length = 0;
  collect(); // f and inner are freed now; g was resurrected and is not finalized again
  assert.deepEqual(seen, []);
  assert.equal(checkSigned(g, type), null);
  roots.length = 0;
  assert.equal(collect(), 1); // g dies for good, no second finalization
  assert.deepEqual(seen, []);
  assertVerified();
});

test('finalizers wait for a thread with a hook; pending objects stay alive', () => {
  const { type } = makeTestHeap({ debug: DEBUG });
  const f = allocSigned(type, 1, 5);
  registerFinalizer(f);
  collect();
  assert.equal(heapStats().pendingHooks, 1);
  collect();
  assert.equal(checkSigned(f, type), null);
  const seen: number[] = [];
  setFinalizerHook((a) => seen.push(a));
  assert.equal(runPendingFinalizers(), 1);
  assert.deepEqual(seen, [f]);
  assert.equal(heapStats().pendingHooks, 0);
});

test('weakrefs: cleared when the referent dies, callback only for live weakrefs', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  const OFF = 8 + 1 * 4; // raw word after one slot
  const called: number[] = [];
  setWeakrefCallbackHook((wr) => {
    assert.equal(I32[(wr + OFF) >> 2], 0);
    called.push(wr);
  });
  const mkWeak = (referent: number, cb: boolean): number => {
    const wr = alloc(type, 1, 4);
    I32[(wr + OFF) >> 2] = referent;
    registerWeakref(wr, OFF, cb);
    return wr;
  };
  const live = allocSigned(type, 1, 1);
  const dying = allocSigned(type, 1, 2);
  const dying2 = allocSigned(type, 1, 3);
  roots.push(live);
  const w1 = mkWeak(live, true);
  const w2 = mkWeak(dying, true);
  const w3 = mkWeak(dying, false);
  mkWeak(dying2, true); // the weakref itself dies: no callback
  roots.push(w1, w2, w3);
  assert.ok(I32[(dying >> 2) + 1] & FLAG_WEAKREFD);
  collect();
  assert.equal(I32[(w1 + OFF) >> 2], live);
  assert.equal(I32[(w2 + OFF) >> 2], 0);
  assert.equal(I32[(w3 + OFF) >> 2], 0);
  assert.deepEqual(called, [w2]);
  roots.length = 0;
  roots.push(w1);
  collect();
  assert.equal(I32[(w1 + OFF) >> 2], 0);
  assert.deepEqual(called, [w2, w1]);
  assertVerified();
});

test('weakrefs to an object with a finalizer are cleared before the finalizer runs', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  const OFF = 12;
  const f = allocSigned(type, 1, 9);
  registerFinalizer(f);
  const wr = alloc(type, 1, 4);
  I32[(wr + OFF) >> 2] = f;
  registerWeakref(wr, OFF, false);
  roots.push(wr);
  let cleared = false;
  setFinalizerHook(() => {
    cleared = I32[(wr + OFF) >> 2] === 0;
  });
  collect();
  assert.ok(cleared);
});

test('onCollectionEnd callbacks and version tags', () => {
  makeTestHeap();
  let n = 0;
  onCollectionEnd(() => n++);
  collect();
  collect();
  assert.equal(n, 2);
  const a = nextVersionTag();
  assert.equal(nextVersionTag(), a + 1);
});

test('bounded memory: 10^7 short-lived objects in a polling loop', () => {
  const { type, roots } = makeTestHeap({ maxBytes: 256 << 20, minGcBytes: 4 << 20 });
  const keep = allocSigned(type, 1, 1);
  roots.push(keep);
  const before = heapStats().collections;
  for (let i = 0; i < 1e7; i++) {
    const o = alloc(type, 1, 0);
    I32[(o >> 2) + 2] = keep;
    if (I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
  }
  const s = heapStats();
  assert.ok(s.collections - before >= 20, `${s.collections - before} collections`);
  // The threshold is 4 MiB; one class's blocks plus slack must stay far below the 160 MB allocated.
  assert.ok(s.touchedBytes < 12 << 20, `touched ${s.touchedBytes}`);
  assert.equal(checkSigned(keep, type), null);
});

test('heap exhaustion raises HeapExhaustedError after a collection, and recovers', () => {
  const { type, roots } = makeTestHeap({ maxBytes: 4 << 20 });
  const chain = allocSigned(type, 2, 1);
  roots.push(chain);
  let last = chain;
  assert.throws(() => {
    for (;;) {
      const o = alloc(type, 30, 0);
      setSlot(last, 1, o);
      last = o;
    }
  }, HeapExhaustedError);
  assert.ok(heapStats().collections >= 1);
  setSlot(chain, 1, 0);
  collect();
  for (let i = 0; i < 10000; i++) alloc(type, 30, 0);
  assert.equal(checkSigned(chain, type), null);
});

test('verifier reports slots that do not point at allocated objects', () => {
  const { type, roots } = makeTestHeap();
  const a = alloc(type, 2, 0);
  const b = alloc(type, 2, 0);
  setSlot(a, 0, b);
  roots.push(a);
  assert.deepEqual(verifyHeap().errors, []);
  setSlot(a, 1, b + 8); // not an object start
  const v = verifyHeap();
  assert.equal(v.errorCount, 1);
  assert.match(v.errors[0], /slot 1/);
  setSlot(a, 1, 0);
  const c = alloc(type, 1, 0);
  roots.length = 0;
  roots.push(c);
  collect(); // frees a and b
  setSlot(c, 0, a); // a is free memory now
  assert.match(verifyHeap().errors.join(), /slot 0/);
  setSlot(c, 0, 0);
});

test('locks: tryLock, lockWithTimeout, lockTwo and unlock in one thread', () => {
  const { type } = makeTestHeap();
  const o = alloc(type, 0, 8);
  const p = alloc(type, 0, 8);
  const L = 8;
  assert.ok(tryLock(o, L));
  assert.ok(isLocked(o, L));
  assert.equal(tryLock(o, L), false);
  assert.equal(lockWithTimeout(o, L, 0), false);
  assert.equal(lockWithTimeout(o, L, 20), false); // non-reentrant: times out
  assert.equal(threadState(threadIndex), TS_RUNNING);
  unlock(o, L);
  assert.equal(isLocked(o, L), false);
  assert.ok(lockWithTimeout(o, L, 20));
  unlock(o, L);
  lock(o, L);
  unlock(o, L);
  lockTwo(p, L, o, L);
  assert.ok(isLocked(o, L) && isLocked(p, L));
  unlockTwo(p, L, o, L);
  assert.ok(!isLocked(o, L) && !isLocked(p, L));
  lockTwo(o, L, o, L); // the same lock once
  unlock(o, L);
  assert.ok(!isLocked(o, L));
  const w = alloc(type, 0, 8);
  assert.equal(waitWord(w, 8, 1, 10), 'not-equal');
  assert.equal(waitWord(w, 8, 0, 10), 'timed-out');
});

test('blocking state: enterBlocking nests, sleep and collections around it', () => {
  const { type, roots } = makeTestHeap({ debug: DEBUG });
  const a = allocSigned(type, 1, 1);
  roots.push(a);
  assert.ok(enterBlocking());
  assert.equal(threadState(threadIndex), TS_BLOCKED);
  assert.ok(enterBlocking());
  leaveBlocking();
  assert.equal(threadState(threadIndex), TS_BLOCKED);
  leaveBlocking();
  assert.equal(threadState(threadIndex), TS_RUNNING);
  sleep(5);
  assert.equal(threadState(threadIndex), TS_RUNNING);
  collect();
  assert.equal(checkSigned(a, type), null);
});
