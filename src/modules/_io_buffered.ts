// io.BufferedReader, BufferedWriter and BufferedRandom: a read buffer and a write buffer (heap byte
// stores) over a raw stream, whose methods are called by name (FileIO or any RawIOBase). Each
// operation holds the object's lock, across the raw calls too, as CPython's buffered objects do.
// A BufferedRandom has both buffers: pending writes are flushed before reading, and unread
// buffered bytes are given back (the raw stream is re-positioned) before writing.
// CPython: Modules/_io/bufferedio.c.

import { Ref, rawBase, type Value } from '../objects/value.js';
import { I32, registerWeakref, registerFinalizer } from '../heap/index.js';
import { newList, listAppend, listItems, listLen, listSetAll } from '../objects/list.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { interpreterState } from '../vm/runtime.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { allocObj } from '../objects/alloc.js';
import { raise, typeNameOf, truthy, repr } from '../objects/protocol.js';
import { newBytes, isBytes, bytesData } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { checkNewType } from '../objects/coll_ops.js';
import { getattr, getattrOrUndefined } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { ByteStore, DEFAULT_BUFFER_SIZE, fn, get, put, getInt, locked, sizeArg, indexArg, raiseUnsupported, beforeRawWrite, allocIO } from './_io_common.js';
import { markOwned, fastClosed } from './_io_fileio.js';
import { checkReadable, checkWritable, checkSeekable, copyInto, writableLen } from './_io_base.js';

const enum S { Dict, Raw, RStore, RSize, RPos, WStore, WSize, BufSize, Ok, Detached, Kind, ConsoleFd, Count }
const rbuf = new ByteStore(S.RStore, S.RSize);
const wbuf = new ByteStore(S.WStore, S.WSize);
const READ = 1;
const WRITE = 2;

export const TYPES: Record<string, number> = {};
let T_WEAKCELL = 0;
onTypesReady(() => {
  T_WEAKCELL = builtinTypeAddr('buffer_export_ref');
  for (const n of ['BufferedReader', 'BufferedWriter', 'BufferedRandom']) TYPES[n] = builtinTypeAddr(n);
});

function raw(self: Value): Value {
  if (get(self, S.Ok) !== true) {
    if (get(self, S.Detached) === true) raise('ValueError', 'raw stream has been detached');
    raise('ValueError', 'I/O operation on uninitialized object');
  }
  return get(self, S.Raw);
}

function kind(self: Value): number {
  return getInt(self, S.Kind);
}

function isClosed(self: Value): boolean {
  const r = raw(self);
  return fastClosed(r) ?? truthy(getattr(r, 'closed'));
}

function checkClosed(self: Value, msg: string): void {
  if (isClosed(self)) raise('ValueError', msg);
}

/** Bytes read but not yet consumed. */
function unread(self: Value): number {
  return rbuf.size(self) - getInt(self, S.RPos);
}

function takeRead(self: Value, n: number): Uint8Array {
  const p = getInt(self, S.RPos);
  const d = rbuf.read(self, p, p + n);
  put(self, S.RPos, p + d.length);
  if (getInt(self, S.RPos) >= rbuf.size(self)) {
    rbuf.truncate(self, 0);
    put(self, S.RPos, 0);
  }
  return d;
}

/** One raw read; null when it would block, an empty array at EOF. */
function rawRead(self: Value, n: number): Uint8Array | null {
  const r = callMethod(raw(self), 'read', [n]);
  if (r === null) return null;
  const d = bufferBytes(r);
  if (d === null) raise('TypeError', `read() should return bytes, not ${typeNameOf(r)}`);
  if (d.length > n) raise('OSError', `raw read() returned invalid length ${d.length} (should have been between 0 and ${n})`);
  return d;
}

/** Appends one raw read to the read buffer; the count read (0 at EOF, -1 if it would block). */
function fill(self: Value, want: number): number {
  const d = rawRead(self, Math.max(want, getInt(self, S.BufSize)));
  if (d === null) return -1;
  if (d.length > 0) {
    if (getInt(self, S.RPos) > 0) {
      rbuf.shift(self, getInt(self, S.RPos));
      put(self, S.RPos, 0);
    }
    rbuf.write(self, rbuf.size(self), d);
  }
  return d.length;
}

/** Writes out the write buffer (BufferedWriter._flush_unlocked). */
function flushWrites(self: Value): void {
  while (wbuf.size(self) > 0) {
    const d = wbuf.read(self, 0, wbuf.size(self));
    const n = callMethod(raw(self), 'write', [newBytes(d)]);
    if (n === null) raise('BlockingIOError', 'write could not complete without blocking');
    const k = typeof n === 'number' ? n : 0;
    if (k < 0 || k > d.length) raise('OSError', `raw write() returned invalid length ${k} (should have been between 0 and ${d.length})`);
    wbuf.shift(self, k);
  }
}

/** Before a read on a random-access object: pending writes go to the raw stream. */
function beforeRead(self: Value): void {
  if ((kind(self) & WRITE) !== 0 && wbuf.size(self) > 0) flushWrites(self);
}

/** Before a write on a random-access object: give back unread bytes (re-position the raw stream). */
function beforeWrite(self: Value): void {
  if ((kind(self) & READ) !== 0 && unread(self) > 0) {
    callMethod(raw(self), 'seek', [-unread(self), 1]);
  }
  if ((kind(self) & READ) !== 0) {
    rbuf.truncate(self, 0);
    put(self, S.RPos, 0);
  }
}

function read(self: Value, size: Value): Value {
  const n = sizeArg(size);
  if (n < -1) raise('ValueError', 'read length must be non-negative or -1');
  return locked(self, () => {
    checkClosed(self, 'read of closed file');
    beforeRead(self);
    if (n < 0) {
      const head = takeRead(self, unread(self));
      // _bufferedreader_read_all: the raw stream's readall() if it has one, else read() to EOF.
      if (getattrOrUndefined(raw(self), 'readall') !== undefined) {
        const rest = callMethod(raw(self), 'readall', []);
        if (rest === null) return head.length > 0 ? newBytes(head) : null;
        const d = bufferBytes(rest) ?? new Uint8Array(0);
        return newBytes(head.length === 0 ? d : Buffer.concat([head, d]));
      }
      const chunks: Uint8Array[] = [head];
      for (;;) {
        const d = rawRead(self, getInt(self, S.BufSize));
        if (d === null) {
          if (chunks.every((c) => c.length === 0)) return null;
          break;
        }
        if (d.length === 0) break;
        chunks.push(d);
      }
      return newBytes(Buffer.concat(chunks));
    }
    while (unread(self) < n) {
      const k = fill(self, n - unread(self));
      if (k === -1) {
        if (unread(self) === 0) return null;
        break;
      }
      if (k === 0) break;
    }
    return newBytes(takeRead(self, n));
  });
}

function read1(self: Value, size: Value): Value {
  let n = sizeArg(size);
  return locked(self, () => {
    checkClosed(self, 'read of closed file');
    beforeRead(self);
    if (n < 0) n = getInt(self, S.BufSize);
    if (n === 0) return newBytes([]);
    if (unread(self) > 0) return newBytes(takeRead(self, n));
    const d = rawRead(self, Math.max(n, getInt(self, S.BufSize)));
    if (d === null || d.length === 0) return newBytes([]);
    if (d.length <= n) return newBytes(d);
    rbuf.write(self, 0, d.subarray(n));
    put(self, S.RPos, 0);
    return newBytes(d.subarray(0, n));
  });
}

function peek(self: Value): Value {
  return locked(self, () => {
    checkClosed(self, 'peek of closed file');
    beforeRead(self);
    if (unread(self) === 0) fill(self, 1);
    const p = getInt(self, S.RPos);
    return newBytes(rbuf.read(self, p, rbuf.size(self)));
  });
}

function readline(self: Value, size: Value): Value {
  const limit = sizeArg(size);
  return locked(self, () => {
    checkClosed(self, 'readline of closed file');
    beforeRead(self);
    let scanned = getInt(self, S.RPos);
    for (;;) {
      const nl = rbuf.indexOf(self, 10, scanned);
      const p = getInt(self, S.RPos);
      if (nl >= 0) return newBytes(takeRead(self, limit >= 0 ? Math.min(limit, nl + 1 - p) : nl + 1 - p));
      if (limit >= 0 && unread(self) >= limit) return newBytes(takeRead(self, limit));
      scanned = rbuf.size(self);
      const before = getInt(self, S.RPos);
      const k = fill(self, 1);
      scanned -= before - getInt(self, S.RPos);
      if (k <= 0) return newBytes(takeRead(self, limit >= 0 ? Math.min(limit, unread(self)) : unread(self)));
    }
  });
}

function write(self: Value, b: Value): Value {
  const data = bufferBytes(b);
  if (data === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(b)}'`);
  return locked(self, () => {
    if (isClosed(self)) raise('ValueError', 'write to closed file');
    // The binary buffer of a console stream: text written earlier goes out first (program order).
    const cfd = get(self, S.ConsoleFd);
    if (typeof cfd === 'number' && cfd >= 0) beforeRawWrite(cfd);
    beforeWrite(self);
    wbuf.write(self, wbuf.size(self), data);
    // A console buffer writes through, so that text written after it stays after it.
    if (wbuf.size(self) >= getInt(self, S.BufSize) || typeof cfd === 'number' && cfd >= 0) flushWrites(self);
    return data.length;
  });
}

function tellLocked(self: Value): number {
  const r = callMethod(raw(self), 'tell', []);
  const pos = indexArg(r);
  if (pos < 0) raise('OSError', `Raw stream returned invalid position ${pos}`);
  return pos - unread(self) + wbuf.size(self);
}

function seek(self: Value, target: Value, whenceArg: Value): Value {
  const whence = indexArg(whenceArg);
  if (whence < 0 || whence > 2) raise('ValueError', `whence value ${whence} unsupported`);
  const off = indexArg(target);
  return locked(self, () => {
    checkClosed(self, 'seek of closed file');
    checkSeekable(raw(self));
    let pos = off;
    let wh = whence;
    if (whence === 1) {
      pos = tellLocked(self) + off;
      wh = 0;
    }
    if ((kind(self) & WRITE) !== 0) flushWrites(self);
    rbuf.truncate(self, 0);
    put(self, S.RPos, 0);
    const r = callMethod(raw(self), 'seek', [pos, wh]);
    const np = indexArg(r);
    if (np < 0) raise('OSError', `Raw stream returned invalid position ${np}`);
    return np;
  });
}

function init(self: Value, rawArg: Value, bufferSize: Value, k: number): Value {
  put(self, S.Ok, false);
  put(self, S.Detached, false);
  if (k & READ) checkReadable(rawArg);
  if (k & WRITE) checkWritable(rawArg);
  if (k === (READ | WRITE)) checkSeekable(rawArg);
  const n = indexArg(bufferSize);
  if (n <= 0) raise('ValueError', 'buffer size must be strictly positive');
  locked(self, () => {
    put(self, S.Raw, rawArg);
    rbuf.init(self);
    wbuf.init(self);
    put(self, S.RPos, 0);
    put(self, S.BufSize, n);
    put(self, S.Kind, k);
    put(self, S.ConsoleFd, -1);
    put(self, S.Ok, true);
  });
  if (k & WRITE) registerWriter(self);
  markOwned(rawArg);
  return null;
}

// ---- open writers at exit ----------------------------------------------------------------------------
// CPython flushes a writer that is still open at exit when interpreter teardown finalizes it. Here
// reachable objects are never finalized, so every buffered writer is remembered through a weak
// reference (a cell the collector zeroes when the writer dies; a dead writer was flushed by its
// __del__) and flushOpenWriters() flushes the live ones at exit.

function writerList(): number {
  const st = interpreterState();
  let l = dictGet(st, '_io.writers');
  if (l === undefined) {
    l = newList([]);
    dictSet(st, '_io.writers', l);
  }
  return (l as Ref).a;
}

function registerWriter(self: Value): void {
  const cell = allocObj(T_WEAKCELL, 0, 8);
  I32[rawBase(cell) >> 2] = (self as Ref).a;
  registerWeakref(cell, rawBase(cell) - cell, false);
  const l = writerList();
  const n = listLen(l);
  // Forget dead writers whenever the list has doubled, so that it stays proportional to the live ones.
  if (n >= 64 && (n & (n - 1)) === 0) {
    const live = listItems(l).filter((c) => I32[rawBase((c as Ref).a) >> 2] !== 0);
    listSetAll(l, live);
  }
  listAppend(l, new Ref(cell));
}

/** Flushes the buffered writers still open (interpreter exit); errors are ignored, as at teardown. */
export function flushOpenWriters(): void {
  const st = interpreterState();
  const l = dictGet(st, '_io.writers');
  if (l === undefined) return;
  for (const c of listItems((l as Ref).a)) {
    const a = I32[rawBase((c as Ref).a) >> 2]!;
    if (a === 0) continue;
    const w = new Ref(a);
    try {
      if (get(w, S.Ok) === true && !isClosed(w)) callMethod(w, 'flush', []);
    } catch { /* teardown ignores errors */ }
  }
}

function delegate(name: string, sig = `${name}($self, /)`): { sig: string; fn: never } {
  return { sig, fn: fn((self: Value) => callMethod(raw(self), name, [])) };
}

function close(self: Value): Value {
  const r = raw(self);
  const done = locked(self, () => isClosed(self));
  if (done) return null;
  let err: unknown = null;
  try {
    callMethod(self, 'flush', []);
  } catch (e) {
    err = e;
  }
  try {
    callMethod(r, 'close', []);
  } catch (e) {
    if (err !== null && e instanceof Ref && err instanceof Ref) callMethod(e, '__setattr__', ['__context__', err]);
    throw e;
  }
  if (err !== null) throw err;
  return null;
}

function bufferedRepr(self: Value): string {
  const tn = typeNameOf(self);
  const t = tn in TYPES || tn === 'BufferedRandom' ? `_io.${tn}` : tn;
  let name: Value | undefined;
  try {
    name = getattrOrUndefined(self, 'name');
  } catch (e) {
    if (!isInstanceOfBuiltin(e as Value, 'Exception')) throw e;
    name = undefined;
    if (isInstanceOfBuiltin(e as Value, 'ValueError')) name = undefined;
  }
  return name === undefined ? `<${t}>` : `<${t} name=${repr(name)}>`;
}

function methodsFor(k: number): Record<string, { sig: string; fn: never; kind?: 'staticmethod' }> {
  const typeName = k === READ ? 'BufferedReader' : k === WRITE ? 'BufferedWriter' : 'BufferedRandom';
  const m: Record<string, { sig: string; fn: never; kind?: 'staticmethod' }> = {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const base = TYPES[typeName]!;
        const t = checkNewType(type, base);
        const r = allocIO(t, base, S.Count);
        put(r, S.Ok, false);
        put(r, S.Detached, false);
        // IOBase.__del__ closes (and so flushes) a stream that dies open.
        registerFinalizer(r.a);
        return r;
      }),
    },
    __init__: {
      sig: `__init__($self, /, raw, buffer_size=${DEFAULT_BUFFER_SIZE})`,
      fn: fn((self: Value, r: Value, n: Value) => init(self, r, n, k)),
    },
    close: { sig: 'close($self, /)', fn: fn(close) },
    detach: {
      sig: 'detach($self, /)',
      fn: fn((self: Value) => {
        const r = raw(self);
        callMethod(self, 'flush', []);
        put(self, S.Ok, false);
        put(self, S.Detached, true);
        put(self, S.Raw, null);
        markOwned(r, false);
        return r;
      }),
    },
    seekable: delegate('seekable'),
    readable: delegate('readable'),
    writable: delegate('writable'),
    fileno: delegate('fileno'),
    isatty: delegate('isatty'),
    _dealloc_warn: { sig: '_dealloc_warn($self, source, /)', fn: fn(() => null) },
    flush: {
      sig: 'flush($self, /)',
      fn: fn((self: Value) => locked(self, () => {
        checkClosed(self, 'flush of closed file');
        if (k & WRITE) flushWrites(self);
        return null;
      })),
    },
    tell: { sig: 'tell($self, /)', fn: fn((self: Value) => locked(self, () => tellLocked(self))) },
    seek: { sig: 'seek($self, target, whence=0, /)', fn: fn(seek) },
    truncate: {
      sig: 'truncate($self, pos=None, /)',
      fn: fn((self: Value, pos: Value) => locked(self, () => {
        checkClosed(self, 'truncate of closed file');
        if (!(k & WRITE)) raiseUnsupported('truncate');
        flushWrites(self);
        const p = pos === null ? tellLocked(self) : pos;
        rbuf.truncate(self, 0);
        put(self, S.RPos, 0);
        return callMethod(raw(self), 'truncate', [p]);
      })),
    },
    __repr__: { sig: '__repr__($self, /)', fn: fn(bufferedRepr) },
    __getstate__: { sig: '__getstate__($self, /)', fn: fn((self: Value) => raise('TypeError', `cannot pickle '${typeNameOf(self)}' instances`)) },
  };
  if (k & READ) {
    m.read = { sig: 'read($self, size=-1, /)', fn: fn(read) };
    m.read1 = { sig: 'read1($self, size=-1, /)', fn: fn(read1) };
    m.peek = { sig: 'peek($self, size=0, /)', fn: fn(peek) };
    m.readline = { sig: 'readline($self, size=-1, /)', fn: fn(readline) };
    m.readinto = {
      sig: 'readinto($self, buffer, /)',
      fn: fn((self: Value, b: Value) => {
        const d = read(self, writableLen(b));
        return d === null ? null : copyInto(b, bytesData((d as Ref).a));
      }),
    };
    m.readinto1 = {
      sig: 'readinto1($self, buffer, /)',
      fn: fn((self: Value, b: Value) => copyInto(b, bytesData((read1(self, writableLen(b)) as Ref).a))),
    };
  }
  if (k & WRITE) m.write = { sig: 'write($self, buffer, /)', fn: fn(write) };
  return m;
}

function getsets(): Record<string, { get: never }> {
  return {
    raw: { get: fn((self: Value) => raw(self)) },
    closed: { get: fn((self: Value) => isClosed(self)) },
    name: { get: fn((self: Value) => getattr(raw(self), 'name')) },
    mode: { get: fn((self: Value) => getattr(raw(self), 'mode')) },
  };
}

export const bufferedReaderType = defineBuiltinType({
  name: 'BufferedReader', module: '_io', base: '_BufferedIOBase', flags: TypeFlag.BaseType,
  instanceSlots: S.Count, dictSlot: S.Dict, methods: methodsFor(READ), getsets: getsets(),
});
export const bufferedWriterType = defineBuiltinType({
  name: 'BufferedWriter', module: '_io', base: '_BufferedIOBase', flags: TypeFlag.BaseType,
  instanceSlots: S.Count, dictSlot: S.Dict, methods: methodsFor(WRITE), getsets: getsets(),
});
export const bufferedRandomType = defineBuiltinType({
  name: 'BufferedRandom', module: '_io', base: '_BufferedIOBase', flags: TypeFlag.BaseType,
  instanceSlots: S.Count, dictSlot: S.Dict, methods: methodsFor(READ | WRITE), getsets: getsets(),
});

void isBytes;
void DEFAULT_BUFFER_SIZE;

/** Marks a BufferedWriter as the binary buffer of the console stream on fd. */
export function markConsoleBuffer(b: Value, fd: number): void {
  put(b, S.ConsoleFd, fd);
}
