// posix functions on file descriptors: open/close/read/write/lseek/fsync/ftruncate and friends,
// synchronous Node calls on the process's real fds (so they mix with sys.stdout, which writes with
// writeSync too). Node's fs cannot move an fd's offset, but its WASI host can: lseek maps the fd as
// a WASI instance's stdin and calls fd_seek, which is lseek(2) on the host fd. Node has no dup, dup2
// nor pipe: those are absent. CPython: Modules/posixmodule.c (os_open_impl, _Py_read, _Py_write...).
import { openSync, closeSync, readSync, writeSync, fsyncSync, fdatasyncSync, ftruncateSync, fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Value } from '../objects/value.js';
import { raise, typeNameOf, call } from '../objects/protocol.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { asIndex } from '../objects/coll_ops.js';
import { newBytes } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
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
  // Like CPython's, this bypasses sys.stdout's buffer: text buffered there is written when it is flushed.
  return sys(() => writeSync(fd, data, 0, data.length, null));
}

/** The WASI host (node:wasi prints an experimental-feature warning on load, which Python must not see). */
interface WasmInstance { exports: { memory: { buffer: ArrayBuffer } } }
/** The part of the WebAssembly API used here (the compiler's libs do not declare it). */
const Wasm = (globalThis as unknown as { WebAssembly: { Module: new (b: Uint8Array) => object;
  Instance: new (m: object, imports: object) => WasmInstance } }).WebAssembly;
interface WasiHost { initialize(i: WasmInstance): void; wasiImport: Record<string, (...a: unknown[]) => number> }
let wasiClass: (new (o: object) => WasiHost) | undefined;
let memModule: object | undefined;
/** A wasm module that only exports one page of memory (for fd_seek's result). */
const MEMORY_ONLY = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 0, 1, 7, 10, 1, 6, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 2, 0];
/** WASI errno values fd_seek gives, as Linux errno numbers (EBADF, EINVAL, ESPIPE, EOVERFLOW; ENOTCAPABLE: a pipe). */
const WASI_ERRNO: Record<number, number> = { 8: 9, 28: 22, 70: 29, 61: 75, 76: 29 };

/** A WASI host whose stdin is `fd`, initialised on a memory-only instance. */
function wasiHost(fd: number, returnOnExit: boolean): { host: WasiHost; inst: WasmInstance } {
  if (wasiClass === undefined) {
    const saved = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
      wasiClass = (createRequire(import.meta.url)('node:wasi') as { WASI: typeof wasiClass }).WASI;
    } finally {
      process.emitWarning = saved;
    }
    memModule = new Wasm.Module(new Uint8Array(MEMORY_ONLY));
  }
  const host = new wasiClass!({ version: 'preview1', stdin: fd, stdout: 1, stderr: 2, returnOnExit });
  const inst = new Wasm.Instance(memModule!, {});
  host.initialize(inst);
  return { host, inst };
}

/** lseek(2): the new offset. */
export function fdSeek(fd: number, pos: number | bigint, whence: number): number | bigint {
  const { host, inst } = wasiHost(fd, true);
  const r = host.wasiImport.fd_seek!(0, BigInt(pos), whence, 0);
  if (r !== 0) throw osError(WASI_ERRNO[r] ?? 22);
  const off = new BigInt64Array(inst.exports.memory.buffer, 0, 1)[0]!;
  return off <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(off) : off;
}

/** Ends the whole process now, from any thread (WASI's proc_exit is the C library's exit). */
export function processExit(code: number): never {
  wasiHost(0, false).host.wasiImport.proc_exit!(code);
  throw new Error('proc_exit returned');
}

function lseek(fdV: Value, posV: Value, whenceV: Value): number | bigint {
  const fd = fdArg(fdV);
  const pos = offArg(posV);
  const whence = fdArg(whenceV);
  // What lseek(2) checks first: a bad fd, then a bad whence, then an unseekable file.
  const st = sys(() => fstatSync(fd));
  if (whence < 0 || whence > 4) throw osError(22);
  if (st.isFIFO() || st.isSocket()) throw osError(29);
  return fdSeek(fd, pos, whence);
}

/** A Py_off_t argument (64-bit). */
function offArg(v: Value): number | bigint {
  if (typeof v === 'number' && !Number.isInteger(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const i = asIndex(v);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) {
    raise('OverflowError', 'Python int too large to convert to C long');
  }
  return i;
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

/** pread/pwrite: at an offset, leaving the fd's own offset where it is. */
function pread(fdV: Value, n: Value, off: Value): Value {
  const fd = fdArg(fdV);
  const len = ssize(n);
  const at = offArg(off);
  if (len < 0) throw osError(22);
  const buf = Buffer.alloc(len);
  const got = sys(() => readSync(fd, buf, 0, len, at));
  return newBytes(buf.subarray(0, got));
}

function pwrite(fdV: Value, data: Value, off: Value): number {
  const fd = fdArg(fdV);
  const b = bufferBytes(data);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
  const at = offArg(off);
  return sys(() => writeSync(fd, b, 0, b.length, at as number));
}

export const fdFunctions = {
  pread: { sig: 'pread($module, fd, length, offset, /)', fn: pread },
  pwrite: { sig: 'pwrite($module, fd, buffer, offset, /)', fn: pwrite },
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
