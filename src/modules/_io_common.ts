// Helpers shared by the _io types: heap slot access, the per-object lock (a word at the start of
// the raw area, as list/dict/deque do), UnsupportedOperation, OSError from a node:fs failure, a
// growable byte store in the heap (BytesIO, the buffered objects' buffers) and argument checks.
// CPython: Modules/_io/_iomodule.c, Modules/_io/_iomodule.h.

import { I32, U8, lock, unlock, threadIndex } from '../heap/index.js';
import { Ref, decode, encode, getSlot, setSlot, rawBase, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { raise, typeNameOf, call, repr } from '../objects/protocol.js';
import { dictGet } from '../objects/dict.js';
import { hasIndex, asSsize, instanceSlotsOf } from '../objects/coll_ops.js';
import { interpreterState } from '../vm/runtime.js';
import { pyExc } from '../vm/errors.js';

export const DEFAULT_BUFFER_SIZE = 128 * 1024;
/** Raw bytes every _io object carries: its lock word and a pad. */
export const IO_RAW = 8;

export const fn = (f: (...a: never[]) => Value): never => f as never;

/** A new instance of _io type `base` or of its subclass `t`: `slots` heap slots (or the subclass's), IO_RAW raw bytes. */
export function allocIO(t: number, base: number, slots: number): Ref {
  return new Ref(allocObj(t, t === base ? slots : instanceSlotsOf(t), IO_RAW));
}

export function get(self: Value, i: number): Value {
  return decode(getSlot((self as Ref).a, i)) ?? null;
}

export function put(self: Value, i: number, v: Value): void {
  setSlot((self as Ref).a, i, encode(v));
}

export function getInt(self: Value, i: number): number {
  const v = get(self, i);
  return typeof v === 'number' ? v : 0;
}

/**
 * Runs f holding the object's lock (raw word 0; word 1 records the holding thread). A call back
 * into the same object from f (a raw stream's Python method using its buffered owner) raises
 * RuntimeError, as CPython's buffered objects do, instead of deadlocking; with `reentrant` it
 * just runs (TextIOWrapper's methods call each other through self, like a critical section).
 */
export function locked<T>(self: Value, f: () => T, reentrant = false): T {
  const a = (self as Ref).a;
  const off = rawBase(a) - a;
  const me = threadIndex + 1;
  const ownerAt = (a + off + 4) >> 2;
  if (I32[ownerAt] === me) {
    if (reentrant) return f();
    raise('RuntimeError', `reentrant call inside ${repr(self)}`);
  }
  lock(a, off);
  I32[ownerAt] = me;
  try {
    return f();
  } finally {
    I32[ownerAt] = 0;
    unlock(a, off);
  }
}

// ---- exceptions ------------------------------------------------------------------------------------

/** The io.UnsupportedOperation class (made by the module's init, kept in the interpreter state). */
export function unsupportedClass(): Value {
  const c = dictGet(interpreterState(), '_io.UnsupportedOperation');
  if (c === undefined) raise('SystemError', '_io not initialised');
  return c;
}

export function raiseUnsupported(msg: string): never {
  throw call(unsupportedClass(), [msg]);
}

export function closedError(): never {
  raise('ValueError', 'I/O operation on closed file.');
}

/** strerror texts (glibc) for the errors file operations report. */
const STRERROR: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'], ENOENT: [2, 'No such file or directory'], EINTR: [4, 'Interrupted system call'],
  EIO: [5, 'Input/output error'], ENXIO: [6, 'No such device or address'], EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'], ENOMEM: [12, 'Cannot allocate memory'], EACCES: [13, 'Permission denied'],
  EFAULT: [14, 'Bad address'], EBUSY: [16, 'Device or resource busy'], EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'], ENODEV: [19, 'No such device'], ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'], EINVAL: [22, 'Invalid argument'], ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'], ENOTTY: [25, 'Inappropriate ioctl for device'], ETXTBSY: [26, 'Text file busy'],
  EFBIG: [27, 'File too large'], ENOSPC: [28, 'No space left on device'], ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'], EMLINK: [31, 'Too many links'], EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'], ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'], EOVERFLOW: [75, 'Value too large for defined data type'],
};

/** An OSError (its errno subclass) for a failed node:fs call, with CPython's errno/strerror/filename. */
export function osError(e: unknown, filename?: Value): Ref {
  const code = (e as { code?: string }).code ?? '';
  const known = STRERROR[code];
  const errno = known ? known[0] : Math.abs((e as { errno?: number }).errno ?? 5);
  const msg = known ? known[1] : String((e as Error).message);
  const args: Value[] = filename === undefined ? [errno, msg] : [errno, msg, filename];
  return call(builtinOSError(), args) as Ref;
}

function builtinOSError(): Value {
  return new Ref(builtinTypeAddr('OSError'));
}

export function oserrorMsg(errno: number, msg: string): Ref {
  return call(builtinOSError(), [errno, msg]) as Ref;
}

export { pyExc };

// ---- arguments -------------------------------------------------------------------------------------

/** _Py_convert_optional_to_ssize_t: None -> -1, else an index. */
export function sizeArg(v: Value): number {
  if (v === null) return -1;
  if (!hasIndex(v)) raise('TypeError', `argument should be integer or None, not '${typeNameOf(v)}'`);
  return asSsize(v, 'OverflowError');
}

export function indexArg(v: Value): number {
  if (!hasIndex(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return asSsize(v, 'OverflowError');
}

export { repr };

// ---- a growable byte store in the heap -------------------------------------------------------------
// An internal object whose raw area is [capacity int32, pad, bytes...]; the owner keeps the store
// and the used size in two of its slots.

defineBuiltinType({ name: '_io_bytestore', instanceSlots: 0, internal: true });
let T_STORE = 0;
onTypesReady(() => {
  T_STORE = builtinTypeAddr('_io_bytestore');
});

function storeCap(s: number): number {
  return s === 0 ? 0 : I32[rawBase(s) >> 2]!;
}

function storeData(s: number): number {
  return rawBase(s) + 8;
}

export class ByteStore {
  constructor(readonly storeSlot: number, readonly sizeSlot: number) {}

  size(self: Value): number {
    return getInt(self, this.sizeSlot);
  }

  init(self: Value): void {
    setSlot((self as Ref).a, this.storeSlot, 0);
    put(self, this.sizeSlot, 0);
  }

  /** A copy of bytes [start, end). */
  read(self: Value, start: number, end: number): Uint8Array {
    const n = this.size(self);
    end = Math.min(end, n);
    if (start >= end) return new Uint8Array(0);
    const p = storeData(getSlot((self as Ref).a, this.storeSlot));
    return U8.slice(p + start, p + end);
  }

  /** Makes room for `cap` bytes, keeping the contents. */
  reserve(self: Value, cap: number): void {
    const a = (self as Ref).a;
    const s = getSlot(a, this.storeSlot);
    if (storeCap(s) >= cap) return;
    const ncap = Math.max(cap, storeCap(s) + (storeCap(s) >> 1), 64);
    const ns = allocObj(T_STORE, 0, 8 + ncap);
    I32[rawBase(ns) >> 2] = ncap;
    if (s !== 0) U8.copyWithin(storeData(ns), storeData(s), storeData(s) + this.size(self));
    setSlot(a, this.storeSlot, ns);
  }

  /** Writes data at pos (zero-filling any gap) and extends the size if needed. */
  write(self: Value, pos: number, data: Uint8Array): void {
    const end = pos + data.length;
    const n = this.size(self);
    this.reserve(self, end);
    const p = storeData(getSlot((self as Ref).a, this.storeSlot));
    if (pos > n) U8.fill(0, p + n, p + pos);
    U8.set(data, p + pos);
    if (end > n) put(self, this.sizeSlot, end);
  }

  truncate(self: Value, n: number): void {
    if (n < this.size(self)) put(self, this.sizeSlot, n);
  }

  /** Drops bytes [0, k): what a buffer keeps after consuming its head. */
  shift(self: Value, k: number): void {
    const n = this.size(self);
    if (k <= 0) return;
    if (k >= n) {
      put(self, this.sizeSlot, 0);
      return;
    }
    const p = storeData(getSlot((self as Ref).a, this.storeSlot));
    U8.copyWithin(p, p + k, p + n);
    put(self, this.sizeSlot, n - k);
  }

  indexOf(self: Value, byte: number, from: number): number {
    const n = this.size(self);
    if (from >= n) return -1;
    const p = storeData(getSlot((self as Ref).a, this.storeSlot));
    const i = U8.subarray(p + from, p + n).indexOf(byte);
    return i < 0 ? -1 : from + i;
  }
}

/** Called before a raw write to fd: the console streams flush their per-worker text first. */
let rawWriteHook: (fd: number) => void = () => {};
export function setRawWriteHook(f: (fd: number) => void): void {
  rawWriteHook = f;
}
export function beforeRawWrite(fd: number): void {
  rawWriteHook(fd);
}
