// anext(aiterator, default): the awaitable that makes the end of an async iteration
// (StopAsyncIteration) the await's result `default`, forwarding every step to __anext__()'s
// awaitable. CPython: Objects/iterobject.c (anextawaitableobject).

import { allocObj } from '../objects/alloc.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { callSpecial, typeNameOf } from '../objects/protocol.js';
import { raise, isInstanceOfBuiltin } from './errors.js';
import { awaitableIter, stopIteration } from './gen.js';

const enum AnextSlot { Wrapped, Default, Count }

export const anextAwaitableType = defineBuiltinType({
  name: 'anext_awaitable',
  instanceSlots: AnextSlot.Count,
  methods: {
    __await__: { sig: '__await__($self, /)', fn: ((a: Value) => a) as never },
    __iter__: { sig: '__iter__($self, /)', fn: ((a: Value) => a) as never },
    __next__: { sig: '__next__($self, /)', fn: ((a: Value) => proxy(a, 'send', [null])) as never },
    send: { sig: 'send($self, value, /)', fn: ((a: Value, v: Value) => proxy(a, 'send', [v])) as never },
    throw: {
      sig: 'throw($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)',
      fn: ((a: Value, t: Value, v: Value, tb: Value) => proxy(a, 'throw', [t, v, tb].filter((x) => typeof x !== 'symbol'))) as never,
    },
    close: { sig: 'close($self, /)', fn: ((a: Value) => proxy(a, 'close', [])) as never },
  },
});

export function newAnextAwaitable(wrapped: Value, dflt: Value): Ref {
  const a = allocObj(TYPE_ADDR[anextAwaitableType.index]!, AnextSlot.Count, 0);
  setSlot(a, AnextSlot.Wrapped, encode(wrapped));
  setSlot(a, AnextSlot.Default, encode(dflt));
  return new Ref(a);
}

/** anextawaitable_proxy: one step of the wrapped awaitable's iterator. */
function proxy(a: Value, meth: 'send' | 'throw' | 'close', args: Value[]): Value {
  const self = (a as Ref).a;
  // anextawaitable_getiter: fetched for every step (a coroutine is its own iterator here).
  const it = awaitableIter(decode(getSlot(self, AnextSlot.Wrapped))!);
  try {
    let r = callSpecial(it, meth, args);
    if (r === undefined && meth === 'send' && args[0] === null) r = callSpecial(it, '__next__', []);
    if (r === undefined) raise('AttributeError', `'${typeNameOf(it)}' object has no attribute '${meth}'`);
    return r;
  } catch (e) {
    // The end of the async iteration is the await's result: the default.
    if (e instanceof Ref && isInstanceOfBuiltin(e, 'StopAsyncIteration')) throw stopIteration(decode(getSlot(self, AnextSlot.Default))!);
    throw e;
  }
}
