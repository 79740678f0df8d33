// The _thread lock types: lock (a heap lock word any thread may release) and RLock (owner and
// recursion count beside the lock word). State lives in the object's raw bytes on the shared heap.
// CPython: Modules/_threadmodule.c (lock_PyThread_acquire_lock, lock_acquire_parse_args,
// rlock_acquire, rlock_release, rlock_release_save, rlock_acquire_restore).

import { lockWithTimeout, unlock, isLocked, loadWord, storeWord } from '../heap/index.js';
import { Ref, PyFloat, rawBase, addrHex, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeNameOf, truthy } from '../objects/protocol.js';
import { isTuple, newTuple, tupleItems } from '../objects/tuple.js';
import { checkNewType } from '../objects/coll_ops.js';
import { flushAllStreams } from './_io.js';
import { raise } from '../vm/errors.js';
import { identOf, thisThreadId } from './_thread_state.js';

/** PY_TIMEOUT_MAX / 1e6 as CPython computes it on 64-bit Linux (seconds). */
export const TIMEOUT_MAX = 9223372036.0;

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
export function seconds(t: Value): number {
  if (typeof t === 'number' || t instanceof PyFloat) {
    const v = typeof t === 'number' ? t : t.v;
    if (Number.isNaN(v)) raise('ValueError', 'Invalid value NaN (not a number)');
    return v;
  }
  if (typeof t === 'boolean') return t ? 1 : 0;
  if (typeof t === 'bigint') return Number(t);
  raise('TypeError', `'${typeNameOf(t)}' object cannot be interpreted as an integer or float`);
}

/** lock_acquire_parse_args: the timeout in ms (-1 forever, 0 try once). */
function acquireTimeoutMs(blocking: Value, timeout: Value): number {
  const t = seconds(timeout);
  const block = truthy(blocking);
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
        storeWord(b + R_OWNER, thisThreadId() + 1);
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
  return loadWord(b + R_COUNT) > 0 && loadWord(b + R_OWNER) === thisThreadId() + 1;
}

function rlockAcquire(s: Ref, blocking: Value, timeout: Value): boolean {
  const ms = acquireTimeoutMs(blocking, timeout);
  const b = rawBase(s.a);
  if (isOwned(s)) {
    storeWord(b + R_COUNT, loadWord(b + R_COUNT) + 1);
    return true;
  }
  if (!lockWithTimeout(s.a, b - s.a, ms)) return false;
  storeWord(b + R_OWNER, thisThreadId() + 1);
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

