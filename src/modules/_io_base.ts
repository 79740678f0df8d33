// The abstract bases of the io hierarchy: _IOBase (closed state, context manager, iteration,
// readline/readlines/writelines on top of read/write), _RawIOBase (read/readall on top of readinto),
// _BufferedIOBase and _TextIOBase (their unsupported defaults). Their methods call the object's own
// methods by name, so Python subclasses (io.RawIOBase, io.TextIOBase users) get the same behaviour.
// CPython: Modules/_io/iobase.c, bufferedio.c (_BufferedIOBase), textio.c (_TextIOBase).

import { Ref, STOP, type Value } from '../objects/value.js';
import { defineBuiltinType } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, truthy, iter, next, typeNameOf, len } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { newBytes, isBytes, bytesData } from '../objects/bytes.js';
import { newBytearray } from '../objects/bytearray.js';
import { getBuffer, bufferBytes, viewBytes } from '../objects/buffer.js';
import { U8 } from '../heap/index.js';
import { raiseStopIteration } from '../objects/coll_ops.js';
import { getattr, getattrOrUndefined, setattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { DEFAULT_BUFFER_SIZE, fn, raiseUnsupported, closedError, sizeArg } from './_io_common.js';

/** The object's `closed` attribute (iobase.c iobase_is_closed / _PyIOBase_check_closed). */
export function isClosed(self: Value): boolean {
  return truthy(getattr(self, 'closed'));
}

export function checkClosed(self: Value): void {
  if (isClosed(self)) closedError();
}

function ioBaseClosed(self: Value): boolean {
  const v = getattrOrUndefined(self, '__IOBase_closed');
  return v !== undefined && truthy(v);
}

export function checkReadable(self: Value): void {
  if (!truthy(callMethod(self, 'readable', []))) raiseUnsupported('File or stream is not readable.');
}

export function checkWritable(self: Value): void {
  if (!truthy(callMethod(self, 'writable', []))) raiseUnsupported('File or stream is not writable.');
}

export function checkSeekable(self: Value): void {
  if (!truthy(callMethod(self, 'seekable', []))) raiseUnsupported('File or stream is not seekable.');
}

/** Copies `data` into the writable buffer `b`; returns the count copied. */
export function copyInto(b: Value, data: Uint8Array): number {
  const view = getBuffer(b, true);
  if (view === null) raise('TypeError', `readinto() argument must be read-write bytes-like object, not ${typeNameOf(b)}`);
  try {
    const n = Math.min(viewBytes(view), data.length);
    U8.set(data.subarray(0, n), view.addr);
    return n;
  } finally {
    view.release();
  }
}

export function writableLen(b: Value): number {
  const view = getBuffer(b, true);
  if (view === null) raise('TypeError', `readinto() argument must be read-write bytes-like object, not ${typeNameOf(b)}`);
  const n = viewBytes(view);
  view.release();
  return n;
}

/** Bytes of a bytes-like write() argument (a copy). */
export function bytesArg(b: Value, what = 'a bytes-like object is required'): Uint8Array {
  const d = bufferBytes(b);
  if (d === null) raise('TypeError', `${what}, not '${typeNameOf(b)}'`);
  return d;
}

/** IOBase.readline over self.read(1) / peek (iobase.c _io__IOBase_readline_impl). */
function readline(self: Value, size: Value): Value {
  const limit = sizeArg(size);
  const out: number[] = [];
  const peek = getattrOrUndefined(self, 'peek');
  while (limit < 0 || out.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = callMethod(self, 'peek', [1]);
      if (!isBytes(ahead)) raise('OSError', `peek() should have returned a bytes object, not '${typeNameOf(ahead)}'`);
      const d = bytesData(ahead.a);
      if (d.length > 0) {
        let n = 0;
        while (n < d.length && (limit < 0 || n < limit - out.length)) if (d[n++] === 10) break;
        nreadahead = n;
      }
    }
    const b = callMethod(self, 'read', [nreadahead]);
    if (b === null) break;
    if (!isBytes(b)) raise('OSError', `read() should have returned a bytes object, not '${typeNameOf(b)}'`);
    const d = bytesData(b.a);
    if (d.length === 0) break;
    for (const x of d) out.push(x);
    if (out[out.length - 1] === 10) break;
  }
  return newBytes(out);
}

function readlines(self: Value, hint: Value): Value {
  const h = sizeArg(hint);
  const lines: Value[] = [];
  if (h <= 0) {
    const it = iter(self);
    for (let v = next(it); v !== STOP; v = next(it)) lines.push(v);
    return newList(lines);
  }
  let total = 0;
  const it = iter(self);
  for (let v = next(it); v !== STOP; v = next(it)) {
    lines.push(v);
    total += len(v);
    if (total >= h) break;
  }
  return newList(lines);
}

function writelines(self: Value, lines: Value): Value {
  checkClosed(self);
  const it = iter(lines);
  for (let v = next(it); v !== STOP; v = next(it)) callMethod(self, 'write', [v]);
  return null;
}

function iobaseNext(self: Value): Value | typeof STOP {
  const line = callMethod(self, 'readline', []);
  return len(line) === 0 ? STOP : line;
}

export const ioBaseType = defineBuiltinType({
  name: '_IOBase',
  module: '_io',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  dictSlot: 0,
  methods: {
    seek: { sig: 'seek($self, offset, whence=0, /)', fn: fn(() => raiseUnsupported('seek')) },
    tell: { sig: 'tell($self, /)', fn: fn((self: Value) => callMethod(self, 'seek', [0, 1])) },
    truncate: { sig: 'truncate($self, size=None, /)', fn: fn(() => raiseUnsupported('truncate')) },
    flush: {
      sig: 'flush($self, /)',
      fn: fn((self: Value) => {
        if (ioBaseClosed(self)) closedError();
        return null;
      }),
    },
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => {
        if (ioBaseClosed(self)) return null;
        try {
          callMethod(self, 'flush', []);
        } finally {
          setattr(self, '__IOBase_closed', true);
        }
        return null;
      }),
    },
    __del__: {
      // iobase_finalize: close a stream that is still open; errors are dropped (outside dev mode).
      sig: '__del__($self, /)',
      fn: fn((self: Value) => {
        try {
          if (!isClosed(self)) callMethod(self, 'close', []);
        } catch (e) {
          if (!isInstanceOfBuiltin(e as Value, 'Exception')) throw e;
        }
        return null;
      }),
    },
    seekable: { sig: 'seekable($self, /)', fn: fn(() => false) },
    readable: { sig: 'readable($self, /)', fn: fn(() => false) },
    writable: { sig: 'writable($self, /)', fn: fn(() => false) },
    _checkClosed: { sig: '_checkClosed($self, /)', fn: fn((self: Value) => (checkClosed(self), null)) },
    _checkSeekable: { sig: '_checkSeekable($self, /)', fn: fn((self: Value) => (checkSeekable(self), true)) },
    _checkReadable: { sig: '_checkReadable($self, /)', fn: fn((self: Value) => (checkReadable(self), true)) },
    _checkWritable: { sig: '_checkWritable($self, /)', fn: fn((self: Value) => (checkWritable(self), true)) },
    fileno: { sig: 'fileno($self, /)', fn: fn(() => raiseUnsupported('fileno')) },
    isatty: { sig: 'isatty($self, /)', fn: fn((self: Value) => (checkClosed(self), false)) },
    __enter__: { sig: '__enter__($self, /)', fn: fn((self: Value) => (checkClosed(self), self)) },
    __exit__: { sig: '__exit__($self, /, *args)', fn: fn((self: Value) => callMethod(self, 'close', [])) },
    __iter__: { sig: '__iter__($self, /)', fn: fn((self: Value) => (checkClosed(self), self)) },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const r = iobaseNext(self);
        if (r === STOP) raiseStopIteration();
        return r;
      }),
    },
    readline: { sig: 'readline($self, size=-1, /)', fn: fn(readline) },
    readlines: { sig: 'readlines($self, hint=-1, /)', fn: fn(readlines) },
    writelines: { sig: 'writelines($self, lines, /)', fn: fn(writelines) },
  },
  getsets: {
    closed: { get: fn((self: Value) => ioBaseClosed(self)) },
  },
  slots: { next: iobaseNext },
});

/** RawIOBase.read: readall() or one readinto() into a fresh bytearray (iobase.c _io__RawIOBase_read_impl). */
function rawRead(self: Value, size: Value): Value {
  const n = sizeArg(size);
  if (n < 0) return callMethod(self, 'readall', []);
  const b = newBytearray(new Uint8Array(n));
  const got = callMethod(self, 'readinto', [b]);
  if (got === null) return null;
  const k = typeof got === 'number' ? got : 0;
  if (k < 0 || k > n) raise('ValueError', `readinto returned ${k} outside buffer size ${n}`);
  return newBytes((bufferBytes(b) ?? new Uint8Array(0)).subarray(0, k));
}

function rawReadall(self: Value): Value {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const d = callMethod(self, 'read', [DEFAULT_BUFFER_SIZE]);
    if (d === null) {
      if (chunks.length === 0) return null;
      break;
    }
    if (!isBytes(d)) raise('TypeError', 'read() should return bytes');
    const b = bytesData(d.a);
    if (b.length === 0) break;
    chunks.push(b);
  }
  return newBytes(Buffer.concat(chunks));
}

export const rawIOBaseType = defineBuiltinType({
  name: '_RawIOBase',
  module: '_io',
  base: '_IOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  dictSlot: 0,
  methods: {
    read: { sig: 'read($self, size=-1, /)', fn: fn(rawRead) },
    readall: { sig: 'readall($self, /)', fn: fn(rawReadall) },
  },
});

/** BufferedIOBase.readinto: read(len(b)) copied into b (bufferedio.c _bufferediobase_readinto_generic). */
function bufReadinto(self: Value, b: Value, one: boolean): Value {
  const n = writableLen(b);
  const data = callMethod(self, one ? 'read1' : 'read', [n]);
  if (!isBytes(data)) raise('TypeError', 'read() should return bytes');
  const d = bytesData(data.a);
  if (d.length > n) raise('ValueError', `read() returned too much data: ${n} bytes requested, ${d.length} returned`);
  return copyInto(b, d);
}

export const bufferedIOBaseType = defineBuiltinType({
  name: '_BufferedIOBase',
  module: '_io',
  base: '_IOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  dictSlot: 0,
  methods: {
    detach: { sig: 'detach($self, /)', fn: fn(() => raiseUnsupported('detach')) },
    read: { sig: 'read($self, size=-1, /)', fn: fn(() => raiseUnsupported('read')) },
    read1: { sig: 'read1($self, size=-1, /)', fn: fn(() => raiseUnsupported('read1')) },
    readinto: { sig: 'readinto($self, buffer, /)', fn: fn((self: Value, b: Value) => bufReadinto(self, b, false)) },
    readinto1: { sig: 'readinto1($self, buffer, /)', fn: fn((self: Value, b: Value) => bufReadinto(self, b, true)) },
    write: { sig: 'write($self, b, /)', fn: fn(() => raiseUnsupported('write')) },
  },
});

export const textIOBaseType = defineBuiltinType({
  name: '_TextIOBase',
  module: '_io',
  base: '_IOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  dictSlot: 0,
  methods: {
    detach: { sig: 'detach($self, /)', fn: fn(() => raiseUnsupported('detach')) },
    read: { sig: 'read($self, size=-1, /)', fn: fn(() => raiseUnsupported('read')) },
    readline: { sig: 'readline($self, size=-1, /)', fn: fn(() => raiseUnsupported('readline')) },
    write: { sig: 'write($self, s, /)', fn: fn(() => raiseUnsupported('write')) },
  },
  getsets: {
    encoding: { get: fn(() => null) },
    newlines: { get: fn(() => null) },
    errors: { get: fn(() => null) },
  },
});

export { Ref };
