// The _queue module: SimpleQueue, an unbounded FIFO any thread may put to and get from, and the
// Empty exception queue.py re-exports. Items live in a heap list read from a head index; the
// queue's own lock word guards list and index, and getters sleep on a futex word that every put
// advances. CPython: Modules/_queuemodule.c (simplequeue_*).

import { lockWithTimeout, unlock, loadWord, addWord, storeWord, notifyWord, waitWord } from '../heap/index.js';
import { Ref, rawBase, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj, pinValue } from '../objects/alloc.js';
import { checkNewType, genericAlias, instanceSlotsOf } from '../objects/coll_ops.js';
import { newList, listLen, listGet, listSetIndex, listAppend, listItems, listSetAll } from '../objects/list.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { call, truthy } from '../objects/protocol.js';
import { moduleDict } from '../objects/module.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise } from '../vm/errors.js';
import { importModule } from '../vm/imports.js';
import { defineModule, newExceptionType } from './define.js';
import { seconds } from './_thread_lock.js';
import { flushAllStreams } from './_io.js';

/** Raw byte offsets: the lock word, the head index, the put counter getters wait on. */
const Q_LOCK = 0;
const Q_HEAD = 4;
const Q_PUTS = 8;

export const simpleQueueType = defineBuiltinType({
  name: 'SimpleQueue',
  module: '_queue',
  instanceSlots: 1,
  flags: TypeFlag.BaseType,
  doc: 'Simple, unbounded, reentrant FIFO queue.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kw: Map<string, Value>): Value => {
        const t = checkNewType(type, TYPE_ADDR[simpleQueueType.index]!);
        if (t === TYPE_ADDR[simpleQueueType.index]! && args.length > 0) raise('TypeError', 'SimpleQueue() takes no positional arguments');
        if (t === TYPE_ADDR[simpleQueueType.index]! && kw.size > 0) raise('TypeError', 'SimpleQueue() takes no keyword arguments');
        const q = allocObj(t, Math.max(1, instanceSlotsOf(t)), 12);
        setSlot(q, 0, encode(newList([])));
        return new Ref(q);
      },
    },
    put: { sig: 'put($self, /, item, block=True, timeout=None)', fn: (s: Ref, item: Value) => put(s, item) },
    put_nowait: { sig: 'put_nowait($self, /, item)', fn: (s: Ref, item: Value) => put(s, item) },
    get: { sig: 'get($self, /, block=True, timeout=None)', fn: (s: Ref, b: Value, t: Value) => get(s, truthy(b), t) },
    get_nowait: { sig: 'get_nowait($self, /)', fn: (s: Ref) => get(s, false, null) },
    empty: { sig: 'empty($self, /)', fn: (s: Ref) => size(s) === 0 },
    qsize: { sig: 'qsize($self, /)', fn: (s: Ref) => size(s) },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
});

function items(s: Ref): number {
  return getSlot(s.a, 0);
}

function size(s: Ref): number {
  lockQ(s);
  try {
    return listLen(items(s)) - loadWord(rawBase(s.a) + Q_HEAD);
  } finally {
    unlockQ(s);
  }
}

function lockQ(s: Ref): void {
  lockWithTimeout(s.a, rawBase(s.a) - s.a + Q_LOCK, -1);
}
function unlockQ(s: Ref): void {
  unlock(s.a, rawBase(s.a) - s.a + Q_LOCK);
}

/** simplequeue_put: never blocks (block and timeout exist for compatibility with Queue.put). */
function put(s: Ref, item: Value): null {
  lockQ(s);
  try {
    listAppend(items(s), item);
  } finally {
    unlockQ(s);
  }
  // A put is a synchronisation point: output written before it comes out first (_io.ts).
  flushAllStreams();
  addWord(rawBase(s.a) + Q_PUTS, 1);
  notifyWord(s.a, rawBase(s.a) - s.a + Q_PUTS, 1);
  return null;
}

/** Takes the head item under the lock, or returns undefined when the queue is empty. */
function take(s: Ref): Value | undefined {
  const b = rawBase(s.a);
  lockQ(s);
  try {
    const l = items(s);
    const head = loadWord(b + Q_HEAD);
    const n = listLen(l);
    if (head >= n) return undefined;
    const v = listGet(l, head)!;
    // Once its slot is cleared the item is held only here; listSetAll below may allocate.
    pinValue(v);
    listSetIndex(l, head, null);
    if (head + 1 === n) {
      listSetAll(l, []);
      storeWord(b + Q_HEAD, 0);
    } else if (head + 1 >= 64 && (head + 1) * 2 >= n) {
      // Drop the consumed prefix once it is most of the list.
      listSetAll(l, listItems(l).slice(head + 1));
      storeWord(b + Q_HEAD, 0);
    } else {
      storeWord(b + Q_HEAD, head + 1);
    }
    return v;
  } finally {
    unlockQ(s);
  }
}

/** simplequeue_get_impl: blocks (up to the timeout) for an item; Empty when none comes. */
function get(s: Ref, block: boolean, timeout: Value): Value {
  let ms = -1;
  if (!block) ms = 0;
  else if (timeout !== null) {
    const t = seconds(timeout);
    if (t < 0) raise('ValueError', "'timeout' must be a non-negative number");
    ms = t * 1000;
  }
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  const off = rawBase(s.a) - s.a + Q_PUTS;
  for (;;) {
    const seen = loadWord(s.a + off);
    const v = take(s);
    if (v !== undefined) return v;
    const left = deadline - performance.now();
    if (left <= 0) throw emptyError();
    // Sleeps until a put advances the counter (a put between take and here returns at once).
    waitWord(s.a, off, seen, ms < 0 ? -1 : left);
  }
}

function emptyError(): Value {
  const cls = dictGet(moduleDict(importModule('_queue')), 'Empty')!;
  return call(cls, []);
}

export const queueModule = defineModule({
  name: '_queue',
  doc: 'C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.',
  functions: {},
  init(dict) {
    dictSet(dict, 'SimpleQueue', new Ref(TYPE_ADDR[simpleQueueType.index]!));
    dictSet(dict, 'Empty', newExceptionType('_queue', 'Empty', ['Exception'], 'Exception raised by Queue.get(block=0)/get_nowait().'));
  },
});
