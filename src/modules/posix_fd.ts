// posix functions on file descriptors: open/close/read/write/fsync/ftruncate/lseek and friends,
// synchronous Node calls on the process's real fds (so they mix with sys.stdout, which writes with
// writeSync too). Node has no dup, dup2, pipe nor a seek that moves the fd's offset; lseek answers
// where the offset is (SEEK_CUR 0, the kernel's "pos" in /proc/self/fdinfo) and says what it
// cannot do otherwise. CPython: Modules/posixmodule.c (os_open_impl, _Py_read, _Py_write...).

import { openSync, closeSync, readSync, writeSync, fsyncSync, fdatasyncSync, ftruncateSync, readFileSync, fstatSync } from 'node:fs';
import { type Value } from '../objects/value.js';
import { raise, typeNameOf, call } from '../objects/protocol.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { asIndex } from '../objects/coll_ops.js';
import { newBytes } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { flushAllStreams } from './_io.js';
import { fdArg, osError, pathArg, sys, noDirFd } from './posix_util.js';

/** A Py_ssize_t / Py_off_t argument. */
function ssize(v: Value, what = 'ssize_t'): number {
  if (typeof v === 'number' && !Number.isInteger(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const i = asIndex(v);
  if (typeof i === 'bigint') raise('OverflowError', `Python int too large to convert to C ${what}`);
  return i;
}

/** os.read: up to n bytes from the fd's current offset (EAGAIN on a non-blocking fd: BlockingIOError). */
export function fdRead(fd: number, n: number): Uint8Array {
  if (n < 0) throw osError(22);
  flushAllStreams();
  const buf = Buffer.alloc(n);
  const got = sys(() => {
    try {
      return readSync(fd, buf, 0, n, null);
    } catch (e) {
      if ((e as { code?: string }).code === 'EOF') return 0;
      throw e;
    }
  });
  return buf.subarray(0, got);
}

/** os.write: one write(2) at the fd's offset; the number of bytes written. */
export function fdWrite(fd: number, data: Uint8Array): number {
  // Text this worker buffered for the same fd goes out first, so the two keep their order.
  flushAllStreams();
  return sys(() => writeSync(fd, data, 0, data.length, null));
}

/** The fd's current offset, from the kernel (/proc/self/fdinfo). */
export function fdTell(fd: number): number {
  const info = sys(() => readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'));
  const m = /^pos:\s*(\d+)/m.exec(info);
  return m === null ? 0 : Number(m[1]);
}

function lseek(fdV: Value, posV: Value, whenceV: Value): number {
  const fd = fdArg(fdV);
  const pos = ssize(posV, 'long');
  const whence = fdArg(whenceV);
  sys(() => fstatSync(fd));
  if (whence < 0 || whence > 4) throw osError(22);
  const st = fstatSync(fd);
  if (st.isFIFO() || st.isSocket()) throw osError(29);
  if (whence === 1 && pos === 0) return fdTell(fd);
  if (whence === 0 && pos === fdTell(fd)) return pos;
  raise('NotImplementedError', 'os.lseek() can only report the offset in ftpy (Node cannot move an fd\'s offset)');
}

function write(fdV: Value, data: Value): number {
  const fd = fdArg(fdV);
  const b = bufferBytes(data);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
  return fdWrite(fd, b);
}

function open(pathV: Value, flags: Value, mode: Value, dirFd: Value): number {
  const p = pathArg('open', pathV);
  noDirFd('open', dirFd);
  const f = fdArg(flags);
  const m = fdArg(mode);
  return sys(() => openSync(p.buf!, f, m), p);
}

function closerange(lo: Value, hi: Value): null {
  const a = Math.max(fdArg(lo), 0);
  const b = fdArg(hi);
  for (let fd = a; fd < b; fd++) {
    try {
      closeSync(fd);
    } catch { /* closerange ignores errors */ }
  }
  return null;
}

const fdOnly = (f: (fd: number) => void) => (fdV: Value): null => {
  const fd = fdArg(fdV);
  sys(() => f(fd));
  return null;
};

export const fdFunctions = {
  open: { sig: 'open($module, /, path, flags, mode=511, *, dir_fd=None)', fn: open },
  close: { sig: 'close($module, /, fd)', fn: fdOnly(closeSync) },
  closerange: { sig: 'closerange($module, fd_low, fd_high, /)', fn: closerange },
  read: {
    sig: 'read($module, fd, length, /)',
    fn: (fd: Value, n: Value) => newBytes(fdRead(fdArg(fd), ssize(n))),
  },
  write: { sig: 'write($module, fd, data, /)', fn: write },
  lseek: { sig: 'lseek($module, fd, position, whence, /)', fn: lseek },
  fsync: { sig: 'fsync($module, /, fd)', fn: (fd: Value) => fdOnly(fsyncSync)(fdObject(fd)) },
  fdatasync: { sig: 'fdatasync($module, /, fd)', fn: (fd: Value) => fdOnly(fdatasyncSync)(fdObject(fd)) },
  ftruncate: {
    sig: 'ftruncate($module, fd, length, /)',
    fn: (fdV: Value, n: Value) => {
      const fd = fdArg(fdV);
      const len = ssize(n, 'long');
      sys(() => ftruncateSync(fd, len));
      return null;
    },
  },
};

/** PyObject_AsFileDescriptor (fsync): an int, or an object whose fileno() gives one. */
function fdObject(v: Value): Value {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  const m = getattrOrUndefined(v, 'fileno');
  if (m === undefined) raise('TypeError', 'argument must be an int, or have a fileno() method.');
  return call(m, []);
}
