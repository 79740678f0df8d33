// posix functions on file descriptors: open/close/read/write/lseek/fsync/ftruncate and friends,
// synchronous Node calls on the process's real fds (so they mix with sys.stdout, which writes with
// writeSync too). Node's fs cannot move an fd's offset nor set its flags, but its WASI host can: lseek
// and set_blocking map the fd as a WASI instance's stdin and call fd_seek / fd_fdstat_set_flags, which
// are lseek(2) / fcntl(F_SETFL) on the host fd. Node has no dup, dup2 nor F_SETFD: those are absent. CPython: Modules/posixmodule.c (os_open_impl, _Py_read, _Py_write...).
import { nodeBuiltin } from '../vm/node_builtins.js';
import {
  openSync, closeSync, readSync, writeSync, fsyncSync, fdatasyncSync, ftruncateSync, fstatSync, readFileSync, readlinkSync,
  unlinkSync, constants,
} from 'node:fs';
import { join } from 'node:path';
import { enterBlocking, leaveBlocking } from '../heap/index.js';
import { type Value } from '../objects/value.js';
import { raise, typeNameOf, call, truthy } from '../objects/protocol.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { asIndex } from '../objects/coll_ops.js';
import { newBytes } from '../objects/bytes.js';
import { newTuple } from '../objects/tuple.js';
import { bufferBytes } from '../objects/buffer.js';
import { fdArg, osError, pathArg, sys, noDirFd } from './posix_util.js';

/** A Py_ssize_t / Py_off_t argument. */
function ssize(v: Value, what = 'ssize_t'): number {
  if (typeof v === 'number' && !Number.isInteger(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const i = asIndex(v);
  if (typeof i === 'bigint') raise('OverflowError', `Python int too large to convert to C ${what}`);
  return i;
}

/**
 * Runs a system call that may wait (a pipe, a terminal) as a BLOCKED thread, so collections go on
 * without this one; it must not touch the heap.
 */
export function blocking<T>(f: () => T): T {
  const blocked = enterBlocking();
  try {
    return f();
  } finally {
    if (blocked) leaveBlocking();
  }
}

/**
 * close(2). Node warns on stderr when a worker closes an fd another thread opened ("closed but not
 * opened in unmanaged mode"); fds belong to the process here, as in C, so the warning is silenced.
 */
export function closeFd(fd: number): void {
  const saved = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    closeSync(fd);
  } finally {
    process.emitWarning = saved;
  }
}

/** os.read: up to n bytes from the fd's current offset (EAGAIN on a non-blocking fd: BlockingIOError). */
export function fdRead(fd: number, n: number): Uint8Array {
  if (n < 0) throw osError(22);
  const buf = Buffer.alloc(n);
  const got = sys(() => {
    try {
      return blocking(() => readSync(fd, buf, 0, n, null));
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
  return sys(() => blocking(() => writeSync(fd, data, 0, data.length, null)));
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
      wasiClass = nodeBuiltin('node:wasi').WASI as unknown as typeof wasiClass;
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
      closeFd(fd);
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
  const got = sys(() => blocking(() => readSync(fd, buf, 0, len, at)));
  return newBytes(buf.subarray(0, got));
}

function pwrite(fdV: Value, data: Value, off: Value): number {
  const fd = fdArg(fdV);
  const b = bufferBytes(data);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
  const at = offArg(off);
  return sys(() => blocking(() => writeSync(fd, b, 0, b.length, at as number)));
}

export function fdOpen(fd: number): boolean {
  try {
    readlinkSync(`/proc/self/fd/${fd}`);
    return true;
  } catch {
    return false;
  }
}

/** The fd's open flags, from /proc/self/fdinfo (octal "flags:" line). */
export function fdFlags(fd: number): number {
  const info = sys(() => readFileSync(`/proc/self/fdinfo/${fd}`, 'latin1'), null);
  const m = /^flags:\s*([0-7]+)/m.exec(info);
  return m === null ? 0 : parseInt(m[1]!, 8);
}

function fdInfo(fdV: Value): number {
  const fd = fdArg(fdV);
  if (fd < 0 || !fdOpen(fd)) throw osError(9);
  return fdFlags(fd);
}

/** The O_* flags fcntl(F_SETFL) can change, as WASI fdflags (APPEND, DSYNC, NONBLOCK, RSYNC, SYNC). */
const WASI_FDFLAGS: Array<[number, number]> = [[0o2000, 1], [0o10000, 2], [0o4000, 4], [0o4010000, 16]];

function setBlocking(fdV: Value, blocking: Value): null {
  const fd = fdArg(fdV);
  const on = truthy(blocking);
  const flags = fdInfo(fd);
  let w = 0;
  for (const [o, bit] of WASI_FDFLAGS) if ((flags & o) === o) w |= bit;
  w = on ? w & ~4 : w | 4;
  const r = wasiHost(fd, true).host.wasiImport.fd_fdstat_set_flags!(0, w);
  if (r !== 0) throw osError(WASI_ERRNO[r] ?? 22);
  return null;
}

/**
 * pipe(2), which Node cannot call: a FIFO made by mkfifo(1), opened at both ends and unlinked at
 * once, is a pipe (same kernel object, same semantics; /proc names it "(deleted)" instead of pipe:[n]).
 */
function pipe(): Value {
  const name = join(nodeBuiltin('node:os').tmpdir(), `ftpy-pipe-${process.pid}-${nodeBuiltin('node:crypto').randomBytes(8).toString('hex')}`);
  const r = nodeBuiltin('node:child_process').spawnSync('mkfifo', ['-m', '600', name]);
  if (r.error !== undefined || r.status !== 0) {
    raise('NotImplementedError', 'os.pipe() needs the mkfifo command here (Node cannot call pipe(2))');
  }
  try {
    // The read end opens without waiting for a writer only when non-blocking; made blocking after.
    const rfd = sys(() => openSync(name, constants.O_RDONLY | constants.O_NONBLOCK));
    const wfd = sys(() => openSync(name, constants.O_WRONLY));
    setBlocking(rfd, true);
    return newTuple([rfd, wfd]);
  } finally {
    unlinkSync(name);
  }
}

export const fdFunctions = {
  pipe: { sig: 'pipe($module, /)', fn: pipe },
  get_blocking: { sig: 'get_blocking($module, fd, /)', fn: (fd: Value) => (fdInfo(fd) & 0o4000) === 0 },
  set_blocking: { sig: 'set_blocking($module, fd, blocking, /)', fn: setBlocking },
  get_inheritable: { sig: 'get_inheritable($module, fd, /)', fn: (fd: Value) => (fdInfo(fd) & 0o2000000) === 0 },
  pread: { sig: 'pread($module, fd, length, offset, /)', fn: pread },
  pwrite: { sig: 'pwrite($module, fd, buffer, offset, /)', fn: pwrite },
  open: { sig: 'open($module, /, path, flags, mode=511, *, dir_fd=None)', fn: open },
  close: { sig: 'close($module, /, fd)', fn: fdOnly(closeFd) },
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
