// io.FileIO: raw, unbuffered binary I/O on a file descriptor with node:fs's synchronous calls.
// node:fs has no lseek, so the object keeps the file position itself (in the heap, shared by
// threads) and reads/writes seekable files at explicit offsets; for pipes and terminals it reads and
// writes at the descriptor's own offset. A FileIO made from a descriptor (sys.stdout.buffer, os.open)
// also uses the descriptor's own offset until its first absolute seek: that offset is not visible
// here, so tell() or a relative seek before then raises UnsupportedOperation (DELIBERATE GAP).
// CPython: Modules/_io/fileio.c.

import { openSync, closeSync, readSync, writeSync, fstatSync, ftruncateSync, constants } from 'node:fs';
import { registerFinalizer, I32 } from '../heap/index.js';
import { isSubtype } from '../objects/typeobject.js';
import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf, truthy, call, repr } from '../objects/protocol.js';
import { newBytes, isBytes, bytesData } from '../objects/bytes.js';
import { getBuffer, viewBytes, isContiguous, viewToBytes } from '../objects/buffer.js';
import { checkNewType, hasIndex } from '../objects/coll_ops.js';
import { isStr, strOf } from '../objects/str_type.js';
import { PyFloat } from '../objects/value.js';
import { U8 } from '../heap/index.js';
import { getattrOrUndefined, setattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { lookup, typeOf } from '../objects/typeobject.js';
import { blocking, closeFd } from './posix_fd.js';
import { DEFAULT_BUFFER_SIZE, fn, get, put, getInt, locked, raiseUnsupported, osError, sizeArg, indexArg, beforeRawWrite, allocIO } from './_io_common.js';

const enum S { Dict, Fd, Readable, Writable, Appending, Created, Closefd, Pos, Seekable, Blksize, Owned, Count }

let T_FILEIO = 0;
onTypesReady(() => {
  T_FILEIO = builtinTypeAddr('FileIO');
});

function fdOf(self: Value): number {
  const fd = get(self, S.Fd);
  return typeof fd === 'number' ? fd : -1;
}

function checkFd(self: Value): number {
  const fd = fdOf(self);
  if (fd < 0) raise('ValueError', 'I/O operation on closed file');
  return fd;
}

function isSeekableFd(self: Value, fd: number): boolean {
  let s = getInt(self, S.Seekable);
  if (s === 0 || s === 1) return s === 1;
  try {
    const st = fstatSync(fd);
    s = st.isFile() || st.isBlockDevice() ? 1 : 0;
  } catch {
    s = 0;
  }
  put(self, S.Seekable, s);
  return s === 1;
}

/** The path a `file` argument names (PyUnicode_FSConverter / os.fspath). */
export function fsPath(file: Value): string {
  let v = file;
  if (!isStr(v) && !isBytes(v)) {
    const m = v instanceof Ref ? lookup(typeOf(v), '__fspath__') : undefined;
    if (m === undefined || m === null) raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
    v = callMethod(v, '__fspath__', []);
    if (!isStr(v) && !isBytes(v)) {
      raise('TypeError', `expected ${typeNameOf(file)}.__fspath__() to return str or bytes, not ${typeNameOf(v)}`);
    }
  }
  const s = isStr(v) ? strOf(v) : Buffer.from(bytesData((v as Ref).a)).toString('utf8');
  if (s.includes('\0')) raise('ValueError', 'embedded null character');
  return s;
}

interface ModeFlags { readable: boolean; writable: boolean; appending: boolean; created: boolean; flags: number }

function parseMode(mode: string): ModeFlags {
  let rwa = false;
  let plus = false;
  const m: ModeFlags = { readable: false, writable: false, appending: false, created: false, flags: 0 };
  const bad = (): never => raise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  for (const c of mode) {
    switch (c) {
      case 'x': if (rwa) bad(); rwa = true; m.created = true; m.writable = true; m.flags |= constants.O_EXCL | constants.O_CREAT; break;
      case 'r': if (rwa) bad(); rwa = true; m.readable = true; break;
      case 'w': if (rwa) bad(); rwa = true; m.writable = true; m.flags |= constants.O_CREAT | constants.O_TRUNC; break;
      case 'a': if (rwa) bad(); rwa = true; m.writable = true; m.appending = true; m.flags |= constants.O_APPEND | constants.O_CREAT; break;
      case 'b': break;
      case '+': if (plus) bad(); m.readable = m.writable = true; plus = true; break;
      default: raise('ValueError', `invalid mode: ${mode}`);
    }
  }
  if (!rwa) bad();
  m.flags |= m.readable && m.writable ? constants.O_RDWR : m.readable ? constants.O_RDONLY : constants.O_WRONLY;
  return m;
}

function modeString(self: Value): string {
  const r = get(self, S.Readable) === true;
  const w = get(self, S.Writable) === true;
  if (get(self, S.Created) === true) return r ? 'xb+' : 'xb';
  if (get(self, S.Appending) === true) return r ? 'ab+' : 'ab';
  if (r) return w ? 'rb+' : 'rb';
  return 'wb';
}

function init(self: Value, file: Value, modeArg: Value, closefd: Value, opener: Value): Value {
  if (fdOf(self) >= 0) {
    if (get(self, S.Closefd) === true) closeSync(fdOf(self));
    put(self, S.Fd, -1);
  }
  if (!isStr(modeArg)) raise('TypeError', `FileIO() argument 'mode' must be str, not ${typeNameOf(modeArg)}`);
  let fd = -1;
  let adopted = false;
  if (hasIndex(file) && !isStr(file)) {
    adopted = true;
    fd = indexArg(file);
    if (fd < 0) raise('ValueError', 'negative file descriptor');
  }
  const m = parseMode(strOf(modeArg));
  const cfd = truthy(closefd);
  if (fd < 0) {
    if (!cfd) raise('ValueError', 'Cannot use closefd=False with file name');
    const path = fsPath(file);
    const flags = m.flags | 0o2000000; // O_CLOEXEC (Linux), which CPython passes to an opener too
    if (opener === null) {
      try {
        fd = openSync(path, flags, 0o666);
      } catch (e) {
        throw osError(e, file);
      }
    } else {
      const r = call(opener, [file, flags]);
      if (!hasIndex(r) || isStr(r)) raise('TypeError', 'expected integer from opener');
      fd = indexArg(r);
      if (fd < 0) raise('ValueError', `opener returned ${fd}`);
    }
  }
  put(self, S.Fd, fd);
  put(self, S.Readable, m.readable);
  put(self, S.Writable, m.writable);
  put(self, S.Appending, m.appending);
  put(self, S.Created, m.created);
  put(self, S.Closefd, cfd);
  put(self, S.Seekable, -1);
  put(self, S.Blksize, DEFAULT_BUFFER_SIZE);
  put(self, S.Pos, 0);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      const e = osError({ code: 'EISDIR' }, file);
      throw e;
    }
    if (st.blksize > 1) put(self, S.Blksize, st.blksize);
    if (adopted) put(self, S.Pos, -1);
    else if (m.appending) put(self, S.Pos, st.size);
  } catch (e) {
    if (e instanceof Ref) {
      if (cfd) closeSync(fd);
      put(self, S.Fd, -1);
      throw e;
    }
    throw osError(e);
  }
  setattr(self, 'name', file);
  return null;
}

function readBytes(self: Value, fd: number, n: number): Uint8Array | null {
  const buf = Buffer.alloc(n);
  const seekable = isSeekableFd(self, fd) && getInt(self, S.Pos) >= 0;
  let got = 0;
  for (;;) {
    try {
      // A pipe, terminal or socket may wait for its peer indefinitely: the thread waits as a blocked
      // thread, so a collection other threads start does not wait for the peer too.
      got = seekable ? readSync(fd, buf, 0, n, getInt(self, S.Pos)) : blocking(() => readSync(fd, buf, 0, n, null));
      break;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') return null;
      if (code === 'EOF') break;
      throw osError(e);
    }
  }
  if (seekable) put(self, S.Pos, getInt(self, S.Pos) + got);
  return got === n ? buf : buf.subarray(0, got);
}

function checkReadable(self: Value): number {
  const fd = checkFd(self);
  if (get(self, S.Readable) !== true) raiseUnsupported('File not open for reading');
  return fd;
}

function read(self: Value, size: Value): Value {
  const n = sizeArg(size);
  if (n < 0) return readall(self);
  return locked(self, () => {
    const fd = checkReadable(self);
    const d = readBytes(self, fd, n);
    return d === null ? null : newBytes(d);
  });
}

function readall(self: Value): Value {
  return locked(self, () => {
    const fd = checkReadable(self);
    const chunks: Uint8Array[] = [];
    let chunk = DEFAULT_BUFFER_SIZE;
    for (;;) {
      const d = readBytes(self, fd, chunk);
      if (d === null) {
        if (chunks.length === 0) return null;
        break;
      }
      if (d.length === 0) break;
      chunks.push(d);
      if (chunk < (1 << 24)) chunk *= 2;
    }
    return newBytes(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
  });
}

export function rawWriteAll(self: Value, fd: number, data: Uint8Array): number | null {
  beforeRawWrite(fd);
  const seekable = isSeekableFd(self, fd) && getInt(self, S.Pos) >= 0;
  const append = get(self, S.Appending) === true;
  let n: number;
  try {
    n = seekable ? writeSync(fd, data, 0, data.length, append ? null : getInt(self, S.Pos))
      : blocking(() => writeSync(fd, data, 0, data.length, null));
  } catch (e) {
    if ((e as { code?: string }).code === 'EAGAIN') return null;
    throw osError(e);
  }
  if (seekable) put(self, S.Pos, append ? fstatSync(fd).size : getInt(self, S.Pos) + n);
  return n;
}

function write(self: Value, b: Value): Value {
  const view = getBuffer(b);
  if (view === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(b)}'`);
  try {
    // As CPython, the export lasts for the whole write (a pipe may take its time): the object cannot be
    // resized meanwhile, so a contiguous buffer is written from the heap itself.
    const data = isContiguous(view) ? U8.subarray(view.addr, view.addr + viewBytes(view)) : viewToBytes(view);
    return locked(self, () => {
      const fd = checkFd(self);
      if (get(self, S.Writable) !== true) raiseUnsupported('File not open for writing');
      return rawWriteAll(self, fd, data);
    });
  } finally {
    view.release();
  }
}

function seek(self: Value, posArg: Value, whence: Value): Value {
  if (posArg instanceof PyFloat || typeof posArg === 'number' && !Number.isInteger(posArg)) raise('TypeError', 'an integer is required');
  const p = indexArg(posArg);
  const w = indexArg(whence);
  return locked(self, () => {
    const fd = checkFd(self);
    if (!isSeekableFd(self, fd)) throw osError({ code: 'ESPIPE' });
    let np: number;
    if (w === 0) np = p;
    else if (w === 1) np = unknownOffset(self) + p;
    else if (w === 2) np = fstatSync(fd).size + p;
    else throw osError({ code: 'EINVAL' });
    if (np < 0) throw osError({ code: 'EINVAL' });
    put(self, S.Pos, np);
    return np;
  });
}

/** The tracked offset; for a descriptor opened elsewhere that has not been seeked, not knowable. */
function unknownOffset(self: Value): number {
  const p = getInt(self, S.Pos);
  if (p < 0) raiseUnsupported('the offset of a descriptor opened outside this FileIO is unknown until an absolute seek (node:fs has no lseek)');
  return p;
}

function tell(self: Value): Value {
  return locked(self, () => {
    const fd = checkFd(self);
    if (!isSeekableFd(self, fd)) throw osError({ code: 'ESPIPE' });
    return unknownOffset(self);
  });
}

function truncate(self: Value, size: Value): Value {
  return locked(self, () => {
    const fd = checkFd(self);
    if (get(self, S.Writable) !== true) raiseUnsupported('File not open for writing');
    const n = size === null ? unknownOffset(self) : indexArg(size);
    try {
      ftruncateSync(fd, n);
    } catch (e) {
      throw osError(e);
    }
    return n;
  });
}

function close(self: Value): Value {
  const fd = fdOf(self);
  if (fd < 0) return null;
  // RawIOBase.close: flush (a no-op here), then mark closed; the descriptor goes if we own it.
  put(self, S.Fd, -1);
  if (get(self, S.Closefd) === true) {
    try {
      closeFd(fd); // without Node's warning when a worker closes a descriptor another thread opened
    } catch (e) {
      throw osError(e);
    }
  }
  return null;
}

function fileioRepr(self: Value): string {
  const fd = fdOf(self);
  const t = typeNameOf(self) === 'FileIO' ? '_io.FileIO' : typeNameOf(self);
  if (fd < 0) return `<${t} [closed]>`;
  const name = getattrOrUndefined(self, 'name');
  const head = name === undefined ? `fd=${fd}` : `name=${repr(name)}`;
  return `<${t} ${head} mode='${modeString(self)}' closefd=${get(self, S.Closefd) === true ? 'True' : 'False'}>`;
}

function whenOpen(sig: string, f: (self: Value, fd: number) => Value): { sig: string; fn: never } {
  return { sig, fn: fn((self: Value) => f(self, checkFd(self))) };
}

export const fileIOType = defineBuiltinType({
  name: 'FileIO',
  module: '_io',
  base: '_RawIOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: S.Count,
  dictSlot: S.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const t = checkNewType(type, T_FILEIO);
        const r = allocIO(t, T_FILEIO, S.Count);
        put(r, S.Fd, -1);
        put(r, S.Closefd, true);
        put(r, S.Seekable, -1);
        registerFinalizer(r.a);
        return r;
      }),
    },
    __init__: { sig: "__init__($self, /, file, mode='r', closefd=True, opener=None)", fn: fn(init) },
    read: { sig: 'read($self, size=-1, /)', fn: fn(read) },
    readall: { sig: 'readall($self, /)', fn: fn(readall) },
    readinto: {
      sig: 'readinto($self, buffer, /)',
      fn: fn((self: Value, b: Value) => {
        const view = getBuffer(b, true);
        if (view === null) raise('TypeError', `readinto() argument must be read-write bytes-like object, not ${typeNameOf(b)}`);
        try {
          const n = viewBytes(view);
          const d = locked(self, () => readBytes(self, checkReadable(self), n));
          if (d === null) return null;
          U8.set(d, view.addr);
          return d.length;
        } finally {
          view.release();
        }
      }),
    },
    write: { sig: 'write($self, b, /)', fn: fn(write) },
    seek: { sig: 'seek($self, pos, whence=0, /)', fn: fn(seek) },
    tell: { sig: 'tell($self, /)', fn: fn(tell) },
    truncate: { sig: 'truncate($self, size=None, /)', fn: fn(truncate) },
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => {
        callMethod(self, 'flush', []);
        return close(self);
      }),
    },
    flush: whenOpen('flush($self, /)', () => null),
    seekable: whenOpen('seekable($self, /)', (self, fd) => isSeekableFd(self, fd)),
    readable: whenOpen('readable($self, /)', (self) => get(self, S.Readable) === true),
    writable: whenOpen('writable($self, /)', (self) => get(self, S.Writable) === true),
    fileno: whenOpen('fileno($self, /)', (_self, fd) => fd),
    isatty: whenOpen('isatty($self, /)', (_self, fd) => {
      try {
        return fstatSync(fd).isCharacterDevice();
      } catch {
        return false;
      }
    }),
    _dealloc_warn: { sig: '_dealloc_warn($self, source, /)', fn: fn(() => null) },
    __del__: {
      // A FileIO under a buffered object is closed by that object's finalizer, after its flush:
      // finalizers of objects that die together run in no particular order.
      sig: '__del__($self, /)',
      fn: fn((self: Value) => {
        if (get(self, S.Owned) === true || fdOf(self) < 0) return null;
        try {
          close(self);
        } catch { /* iobase_finalize drops errors */ }
        return null;
      }),
    },
    __repr__: { sig: '__repr__($self, /)', fn: fn(fileioRepr) },
    __getstate__: { sig: '__getstate__($self, /)', fn: fn((self: Value) => raise('TypeError', `cannot pickle '${typeNameOf(self)}' instances`)) },
  },
  getsets: {
    closed: { get: fn((self: Value) => fdOf(self) < 0) },
    closefd: { get: fn((self: Value) => get(self, S.Closefd) === true) },
    mode: { get: fn((self: Value) => modeString(self)) },
    _blksize: { get: fn((self: Value) => getInt(self, S.Blksize)) },
  },
});

void isBytes;

/** Marks a FileIO as the raw stream of a buffered object (see __del__). */
export function markOwned(raw: Value, owned = true): void {
  if (raw instanceof Ref && isSubtype(I32[raw.a >> 2]!, T_FILEIO)) put(raw, S.Owned, owned);
}

/** closed of an exact FileIO without an attribute lookup; undefined for other raw streams. */
export function fastClosed(raw: Value): boolean | undefined {
  if (raw instanceof Ref && I32[raw.a >> 2] === T_FILEIO) return fdOf(raw) < 0;
  return undefined;
}
