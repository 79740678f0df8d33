// io.BytesIO: a binary stream over a growable byte store in the heap. Every operation holds the
// object's lock, so one BytesIO may be shared between threads. getbuffer() exports the store to a
// memoryview (through an internal buffer object); while exports exist the store cannot be resized.
// CPython: Modules/_io/bytesio.c.

import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr, TYPE_ADDR } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { allocObj } from '../objects/alloc.js';
import { raise, iter, next, typeNameOf } from '../objects/protocol.js';
import { STOP } from '../objects/value.js';
import { newBytes } from '../objects/bytes.js';
import { newList } from '../objects/list.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { registerBufferProvider, bufferBytes } from '../objects/buffer.js';
import { makeMemoryview } from '../objects/memoryview.js';
import { checkNewType, raiseStopIteration } from '../objects/coll_ops.js';
import { instanceDict } from '../objects/object.js';
import { dictItems } from '../objects/dict.js';
import { getSlot, rawBase } from '../objects/value.js';
import { I32, collect, registerWeakref } from '../heap/index.js';
import { MISSING } from '../objects/native.js';
import { callMethod } from '../vm/call.js';
import { ByteStore, fn, get, put, getInt, locked, closedError, sizeArg, indexArg, allocIO } from './_io_common.js';
import { copyInto } from './_io_base.js';

const enum S { Dict, Store, Size, Pos, Closed, Exports, Owners, Count }
const store = new ByteStore(S.Store, S.Size);

let T_BYTESIO = 0;
let T_EXPORT = 0;
let T_EXPORT_REF = 0;
onTypesReady(() => {
  T_BYTESIO = builtinTypeAddr('BytesIO');
  T_EXPORT = builtinTypeAddr('_io_bytesio_buffer');
  T_EXPORT_REF = builtinTypeAddr('buffer_export_ref');
});

function checkClosed(self: Value): void {
  if (get(self, S.Closed) === true) closedError();
}

/** Thrown inside a locked operation when exports may belong to dead views (see mutate). */
class PendingExports {}
let reclaimed = false;

function checkExports(self: Value): void {
  if (getInt(self, S.Exports) === 0) return;
  if (!reclaimed && get(self, S.Owners) !== null) throw new PendingExports();
  raise('BufferError', 'Existing exports of data: object cannot be re-sized');
}

function ownerCells(self: Value): number[] {
  const t = get(self, S.Owners);
  return t === null ? [] : tupleItems((t as Ref).a).map((c) => (c as Ref).a);
}

function setOwnerCells(self: Value, cells: number[]): void {
  put(self, S.Owners, cells.length === 0 ? null : newTuple(cells.map((c) => new Ref(c))));
}

/**
 * A locked operation that may resize. CPython releases a memoryview's export when the view is
 * freed; here views die at collections, so when exports block the operation, this collects
 * (outside the lock), forgets the exports of views that died unreleased and retries once (as
 * bytearray.ts does).
 */
function mutate<T>(self: Value, f: () => T): T {
  try {
    return locked(self, f);
  } catch (e) {
    if (!(e instanceof PendingExports)) throw e;
  }
  collect();
  return locked(self, () => {
    const cells = ownerCells(self);
    const live = cells.filter((c) => I32[rawBase(c) >> 2] !== 0);
    setOwnerCells(self, live);
    put(self, S.Exports, Math.max(0, getInt(self, S.Exports) - (cells.length - live.length)));
    reclaimed = true;
    try {
      return f();
    } finally {
      reclaimed = false;
    }
  });
}

function pos(self: Value): number {
  return getInt(self, S.Pos);
}

function readLocked(self: Value, size: number): Uint8Array {
  const p = pos(self);
  const n = store.size(self);
  const end = size < 0 ? n : Math.min(n, p + size);
  if (p >= end) return new Uint8Array(0);
  put(self, S.Pos, end);
  return store.read(self, p, end);
}

function read(self: Value, size: Value): Value {
  const n = sizeArg(size);
  return locked(self, () => {
    checkClosed(self);
    return newBytes(readLocked(self, n));
  });
}

function lineEnd(self: Value, limit: number): number {
  const p = pos(self);
  const n = store.size(self);
  const nl = store.indexOf(self, 10, p);
  let end = nl < 0 ? n : nl + 1;
  if (limit >= 0 && end - p > limit) end = p + limit;
  return end;
}

function readline(self: Value, size: Value): Value {
  const limit = sizeArg(size);
  return locked(self, () => {
    checkClosed(self);
    const p = pos(self);
    const end = lineEnd(self, limit);
    if (end <= p) return newBytes([]);
    put(self, S.Pos, end);
    return newBytes(store.read(self, p, end));
  });
}

function readlines(self: Value, hint: Value): Value {
  const h = hint === null ? -1 : sizeArg(hint);
  return locked(self, () => {
    checkClosed(self);
    const lines: Value[] = [];
    let total = 0;
    for (;;) {
      const p = pos(self);
      const end = lineEnd(self, -1);
      if (end <= p) break;
      put(self, S.Pos, end);
      lines.push(newBytes(store.read(self, p, end)));
      total += end - p;
      if (h > 0 && total >= h) break;
    }
    return newList(lines);
  });
}

function writeLocked(self: Value, data: Uint8Array): number {
  checkClosed(self);
  checkExports(self);
  if (data.length === 0) return 0;
  const p = pos(self);
  store.write(self, p, data);
  put(self, S.Pos, p + data.length);
  return data.length;
}

function write(self: Value, b: Value): Value {
  const data = bufferBytes(b);
  if (data === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(b)}'`);
  return mutate(self, () => writeLocked(self, data));
}

function seek(self: Value, posArg: Value, whence: Value): Value {
  let p = indexArg(posArg);
  const w = indexArg(whence);
  return locked(self, () => {
    checkClosed(self);
    if (w === 0 && p < 0) raise('ValueError', `negative seek value ${p}`);
    if (w === 1) p = Math.max(0, pos(self) + p);
    else if (w === 2) p = Math.max(0, store.size(self) + p);
    else if (w !== 0) raise('ValueError', `invalid whence (${w}, should be 0, 1 or 2)`);
    put(self, S.Pos, p);
    return p;
  });
}

function truncate(self: Value, size: Value): Value {
  return mutate(self, () => {
    checkClosed(self);
    checkExports(self);
    const n = size === null ? pos(self) : indexArg(size);
    if (n < 0) raise('ValueError', `negative size value ${n}`);
    store.truncate(self, n);
    return n;
  });
}

function init(self: Value, initial: Value): Value {
  mutate(self, () => {
    checkExports(self);
    store.init(self);
    put(self, S.Pos, 0);
    put(self, S.Closed, false);
    if (initial !== null && (initial as unknown) !== MISSING) {
      const data = bufferBytes(initial);
      if (data === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(initial)}'`);
      store.write(self, 0, data);
    }
  });
  return null;
}

function newBytesIO(type: number): Ref {
  const r = allocIO(type, T_BYTESIO, S.Count);
  store.init(r);
  put(r, S.Pos, 0);
  put(r, S.Closed, false);
  put(r, S.Exports, 0);
  put(r, S.Owners, null);
  return r;
}

function simple(sig: string, f: (self: Value) => Value): { sig: string; fn: never } {
  return { sig, fn: fn((self: Value) => locked(self, () => (checkClosed(self), f(self)))) };
}

export const bytesIOType = defineBuiltinType({
  name: 'BytesIO',
  module: '_io',
  base: '_BufferedIOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: S.Count,
  dictSlot: S.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => newBytesIO(checkNewType(type, T_BYTESIO))),
    },
    __init__: { sig: "__init__($self, /, initial_bytes=b'')", fn: fn(init) },
    getvalue: simple('getvalue($self, /)', (self) => newBytes(store.read(self, 0, store.size(self)))),
    getbuffer: {
      sig: 'getbuffer($self, /)',
      fn: fn((self: Value) => {
        locked(self, () => checkClosed(self));
        const ex = allocObj(T_EXPORT, 1, 0);
        put(new Ref(ex), 0, self);
        return makeMemoryview(new Ref(ex));
      }),
    },
    read: { sig: 'read($self, size=-1, /)', fn: fn(read) },
    read1: { sig: 'read1($self, size=-1, /)', fn: fn(read) },
    readline: { sig: 'readline($self, size=-1, /)', fn: fn(readline) },
    readlines: { sig: 'readlines($self, size=None, /)', fn: fn(readlines) },
    readinto: {
      sig: 'readinto($self, buffer, /)',
      fn: fn((self: Value, b: Value) => locked(self, () => {
        checkClosed(self);
        const p = pos(self);
        const data = store.read(self, p, store.size(self));
        const n = copyInto(b, data);
        put(self, S.Pos, p + n);
        return n;
      })),
    },
    write: { sig: 'write($self, b, /)', fn: fn(write) },
    writelines: {
      sig: 'writelines($self, lines, /)',
      fn: fn((self: Value, lines: Value) => {
        const it = iter(lines);
        for (let v = next(it); v !== STOP; v = next(it)) write(self, v);
        return null;
      }),
    },
    seek: { sig: 'seek($self, pos, whence=0, /)', fn: fn(seek) },
    tell: simple('tell($self, /)', (self) => pos(self)),
    truncate: { sig: 'truncate($self, size=None, /)', fn: fn(truncate) },
    readable: simple('readable($self, /)', () => true),
    writable: simple('writable($self, /)', () => true),
    seekable: simple('seekable($self, /)', () => true),
    isatty: simple('isatty($self, /)', () => false),
    flush: simple('flush($self, /)', () => null),
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => mutate(self, () => {
        checkExports(self);
        put(self, S.Closed, true);
        return null;
      })),
    },
    __getstate__: {
      sig: '__getstate__($self, /)',
      fn: fn((self: Value) => {
        const v = locked(self, () => (checkClosed(self), newBytes(store.read(self, 0, store.size(self)))));
        const d = getSlot((self as Ref).a, S.Dict) === 0 ? null : new Ref(instanceDict(self, true));
        return newTuple([v, pos(self), d]);
      }),
    },
    __iter__: { sig: '__iter__($self, /)', fn: fn((self: Value) => locked(self, () => (checkClosed(self), self))) },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const r = bytesioNext(self);
        if (r === STOP) raiseStopIteration();
        return r;
      }),
    },
  },
  getsets: {
    closed: { get: fn((self: Value) => get(self, S.Closed) === true) },
  },
  slots: { next: bytesioNext },
});

function bytesioNext(self: Value): Value | typeof STOP {
  if (I32[(self as Ref).a >> 2] !== T_BYTESIO) {
    const line = callMethod(self, 'readline', []);
    return bufferBytes(line)?.length === 0 ? STOP : line;
  }
  const line = readline(self, null);
  return bufferBytes(line)!.length === 0 ? STOP : line;
}

defineBuiltinType({ name: '_io_bytesio_buffer', instanceSlots: 1, internal: true });

function owner(v: Ref): Ref {
  return get(v, 0) as Ref;
}

registerBufferProvider(() => T_EXPORT, {
  get: (v) => locked(owner(v), () => {
    const o = owner(v);
    put(o, S.Exports, getInt(o, S.Exports) + 1);
    const s = getSlot(o.a, S.Store);
    const n = store.size(o);
    if (s === 0 && n === 0) store.reserve(o, 1);
    const addr = rawBase(getSlot(o.a, S.Store)) + 8;
    return { obj: v, addr, readonly: false, itemsize: 1, format: 'B', shape: [n], strides: [1] };
  }),
  own: (v, ownerAddr) => {
    // A weak reference to the view: collections store 0 in it when the view dies.
    const cell = allocObj(T_EXPORT_REF, 0, 8);
    I32[rawBase(cell) >> 2] = ownerAddr;
    registerWeakref(cell, rawBase(cell) - cell, false);
    locked(owner(v), () => setOwnerCells(owner(v), [...ownerCells(owner(v)), cell]));
  },
  release: (v, ownerAddr) => locked(owner(v), () => {
    const o = owner(v);
    put(o, S.Exports, Math.max(0, getInt(o, S.Exports) - 1));
    if (ownerAddr !== 0) setOwnerCells(o, ownerCells(o).filter((c) => I32[rawBase(c) >> 2] !== ownerAddr));
  }),
  copy: (v) => locked(owner(v), () => store.read(owner(v), 0, store.size(owner(v)))),
});

void dictItems;
void TYPE_ADDR;
