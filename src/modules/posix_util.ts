// What the posix module's functions share: path arguments (str, bytes, os.PathLike, maybe an fd;
// CPython: Modules/posixmodule.c path_converter, PyOS_FSPath), file names encoded with the
// filesystem encoding (UTF-8, surrogateescape), and OSError from a failed Node call
// (posix_error / path_error: errno number from errno.ts's table, glibc's message, the file names).

import { Ref, type Value } from '../objects/value.js';
import { raise, call, callSpecial, typeNameOf, strValueOf } from '../objects/protocol.js';
import { isInstance, asIndex, getBuiltin } from '../objects/coll_ops.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { isBytes, bytesData, newBytes } from '../objects/bytes.js';
import { encodeStr, decodeToStr } from '../objects/codecs_native.js';
import { errnoNumber, strerror } from './errno.js';

/** A converted path argument: the bytes given to the system call, and how to report it. */
export interface PathArg {
  /** The original argument (OSError's filename). */
  obj: Value;
  /** Encoded path; null when the argument is an fd or None. */
  buf: Buffer | null;
  /** An fd argument (allowFd), else null. */
  fd: number | null;
  /** Whether results (names) should be bytes. */
  bytes: boolean;
}

const isStr = (v: Value): v is string | Ref => typeof v === 'string' || (v instanceof Ref && isInstance(v, builtinTypeAddr('str')));
const strOf = (v: string | Ref): string => (typeof v === 'string' ? v : strValueOf(v));

/** os.fsencode for a str: UTF-8 with surrogateescape. */
export function fsencode(s: string): Buffer {
  return Buffer.from(encodeStr(s, 'utf-8', 'surrogateescape'));
}

/** os.fsdecode of bytes from the system. */
export function fsdecode(b: Uint8Array): string {
  return decodeToStr(b, 'utf-8', 'surrogateescape');
}

/** A name from the system as the caller asked: bytes when the path argument was bytes. */
export function nameResult(b: Uint8Array, bytes: boolean): Value {
  return bytes ? newBytes(b) : fsdecode(b);
}

/** PyOS_FSPath (os.fspath): str or bytes unchanged, else the type's __fspath__(), which must give one of them. */
export function fspath(v: Value): Value {
  if (isStr(v) || isBytes(v)) return v;
  const r = callSpecial(v, '__fspath__', []);
  if (r === undefined) raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(v)}`);
  if (!isStr(r) && !isBytes(r)) {
    raise('TypeError', `expected ${typeNameOf(v)}.__fspath__() to return str or bytes, not ${typeNameOf(r)}`);
  }
  return r;
}

export interface PathOpts { allowFd?: boolean; nullable?: boolean; arg?: string }

/** path_converter: `fname` and the argument name prefix the messages, as Argument Clinic's do. */
export function pathArg(fname: string, v: Value, o: PathOpts = {}): PathArg {
  const arg = o.arg ?? 'path';
  if (v === null && o.nullable) return { obj: v, buf: null, fd: null, bytes: false };
  if (o.allowFd && ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean'
    || (v instanceof Ref && isInstance(v, builtinTypeAddr('int'))))) {
    return { obj: v, buf: null, fd: fdArg(v), bytes: false };
  }
  let p: Value = v;
  if (!isStr(v) && !isBytes(v)) {
    const r = callSpecial(v, '__fspath__', []);
    if (r === undefined) {
      const kinds = o.allowFd && o.nullable ? 'string, bytes, os.PathLike, integer or None'
        : o.allowFd ? 'string, bytes, os.PathLike or integer'
          : o.nullable ? 'string, bytes, os.PathLike or None' : 'string, bytes or os.PathLike';
      raise('TypeError', `${fname}: ${arg} should be ${kinds}, not ${typeNameOf(v)}`);
    }
    if (!isStr(r) && !isBytes(r)) {
      raise('TypeError', `expected ${typeNameOf(v)}.__fspath__() to return str or bytes, not ${typeNameOf(r)}`);
    }
    p = r;
  }
  const bytes = !isStr(p);
  const buf = bytes ? Buffer.from(bytesData((p as Ref).a)) : fsencode(strOf(p as string | Ref));
  if (buf.includes(0)) raise('ValueError', `${fname}: embedded null character in ${arg}`);
  // path_converter reports the str or bytes (a PathLike's __fspath__() result) as the file name.
  return { obj: p, buf, fd: null, bytes };
}

/** An fd argument (_PyLong_FileDescriptor_Converter / C int). */
export function fdArg(v: Value): number {
  if (typeof v === 'number' && !Number.isInteger(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const i = asIndex(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) {
    raise('OverflowError', `Python int too large to convert to C int`);
  }
  return i;
}

/** An errno number from a Node system error (its code through errno.ts's table; else Node's negated errno). */
export function errnoOf(e: unknown): number {
  const code = (e as { code?: unknown }).code;
  const n = typeof code === 'string' ? errnoNumber(code) : undefined;
  if (n !== undefined) return n;
  const en = (e as { errno?: unknown }).errno;
  if (typeof en === 'number') return Math.abs(en);
  throw e;
}

/** OSError(errno, strerror[, filename[, None, filename2]]): OSError.__new__ picks the subclass. */
export function osError(errno: number, filename?: Value, filename2?: Value): Ref {
  const args: Value[] = [errno, strerror(errno)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(null, filename2);
  return call(getBuiltin('OSError'), args) as Ref;
}

/** Runs a Node call; a system error becomes OSError naming the path arguments (path_error / path_error2). */
export function sys<T>(f: () => T, p?: PathArg | null, p2?: PathArg | null): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof Ref || (e as { code?: unknown }).code === undefined) throw e;
    const name = p === undefined || p === null || p.buf === null ? undefined : p.obj;
    const name2 = p2 === undefined || p2 === null || p2.buf === null ? undefined : p2.obj;
    throw osError(errnoOf(e), name, name === undefined ? undefined : name2);
  }
}

/** The path to give Node: the encoded bytes, or /proc/self/fd/N for an fd argument. */
export function nodePath(p: PathArg): Buffer {
  return p.buf ?? Buffer.from(`/proc/self/fd/${p.fd}`);
}

/** dir_fd and the *_dir_fd arguments: Node has no *at() calls, so only None (dir_fd_unavailable). */
export function noDirFd(fname: string, v: Value, arg = 'dir_fd'): void {
  if (v !== null) raise('NotImplementedError', `${fname}: ${arg} unavailable on this platform`);
}
