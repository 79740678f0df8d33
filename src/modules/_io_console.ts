// The console streams' I/O (sys.stdin/stdout/stderr): writes go to a per-worker buffer that is
// flushed when it fills, on newline when line-buffered, before any read or exit, and at every point
// where this thread synchronises with another (lock release, thread end: see flushAllStreams), so
// output keeps the causal order threads observe, and print stays a string append. Reads decode
// UTF-8 from the descriptor into a per-worker buffer. The binary .buffer of a console stream is a
// BufferedWriter/Reader over a FileIO on the same descriptor, made on first use; its raw writes
// flush this buffer first (setRawWriteHook), so text and bytes come out in program order.
// CPython: Python/pylifecycle.c (create_stdio), Modules/_io/textio.c.

import { writeSync, readSync, fstatSync } from 'node:fs';
import { Ref, STOP as STOP_SYMBOL, type Value } from '../objects/value.js';
import { I32 } from '../heap/index.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { raise, call } from '../objects/protocol.js';
import { MISSING } from '../objects/native.js';
import { encodeNative, type NativeCodec } from '../objects/codecs_native.js';
import { setattr } from '../vm/attr.js';
import { markConsoleBuffer } from './_io_buffered.js';
import { oserrorMsg, setRawWriteHook, raiseUnsupported } from './_io_common.js';

export const STOP = STOP_SYMBOL;
export const NOT_GIVEN = MISSING;

export function typeAddrOf(v: Value): number {
  return v instanceof Ref ? I32[v.a >> 2]! : 0;
}

function oserror(errno: number, msg: string, _cls: string): Ref {
  return oserrorMsg(errno, msg);
}

/** Per-worker pending output by fd. */
const pending = new Map<number, Array<string | Uint8Array>>();
const pendingSize = new Map<number, number>();
const BUFFER_LIMIT = 8192;

export function flushFd(fd: number): void {
  const parts = pending.get(fd);
  if (parts === undefined || parts.length === 0) return;
  // Text is kept as str (UTF-8 streams, the common case) or as bytes already encoded (others).
  const data = parts.every((p) => typeof p === 'string') ? Buffer.from(parts.join(''), 'utf8')
    : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
  parts.length = 0;
  pendingSize.set(fd, 0);
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') throw oserror(32, 'Broken pipe', 'BrokenPipeError');
      throw oserror(5, String((e as Error).message), 'OSError');
    }
  }
}

/** Writes out everything this worker buffered (exit, thread end, synchronisation points). */
export function flushAllStreams(): void {
  for (const fd of pending.keys()) flushFd(fd);
}


const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Applies the stream's error handler to lone surrogates (UTF-8 cannot encode them). */
function encodable(s: string, errors: string): string {
  if (!LONE_SURROGATE.test(s)) return s;
  const cps = [...s];
  let pos = 0;
  let out = '';
  for (const ch of cps) {
    const c = ch.codePointAt(0)!;
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) {
      if (errors === 'backslashreplace') out += `\\u${c.toString(16).padStart(4, '0')}`;
      else if (errors === 'replace') out += '?';
      else if (errors === 'ignore') out += '';
      else if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out += String.fromCharCode(c - 0xdc00);
      else raise('UnicodeEncodeError', `'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${pos}: surrogates not allowed`);
    } else {
      out += ch;
    }
    pos++;
  }
  return out;
}


/** A text write to a console stream (the fast path of print). */
export function consoleWrite(fd: number, s: string, errors: string, lineBuffering: boolean, codec?: NativeCodec): void {
  const text = codec === undefined || codec === 'utf_8' ? encodable(s, errors) : encodeNative(codec, s, errors);
  let parts = pending.get(fd);
  if (parts === undefined) {
    parts = [];
    pending.set(fd, parts);
  }
  parts.push(text);
  const size = (pendingSize.get(fd) ?? 0) + text.length;
  pendingSize.set(fd, size);
  if (size > BUFFER_LIMIT || (lineBuffering && s.includes('\n'))) flushFd(fd);
}

setRawWriteHook(flushFd);

// ---- reading -------------------------------------------------------------------------------------

/** Per-worker decoded input not yet consumed, by fd. */
const inbuf = new Map<number, string>();
const decoders = new Map<number, InstanceType<typeof TextDecoder>>();
const eof = new Set<number>();

function fill(fd: number): boolean {
  if (eof.has(fd)) return false;
  flushAllStreams();
  const buf = Buffer.alloc(65536);
  let n = 0;
  for (;;) {
    try {
      n = readSync(fd, buf, 0, buf.length, null);
      break;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw oserror(5, String((e as Error).message), 'OSError');
    }
  }
  let dec = decoders.get(fd);
  if (dec === undefined) {
    dec = new TextDecoder('utf-8');
    decoders.set(fd, dec);
  }
  if (n === 0) {
    eof.add(fd);
    const rest = dec.decode();
    if (rest) inbuf.set(fd, (inbuf.get(fd) ?? '') + rest);
    return rest.length > 0;
  }
  inbuf.set(fd, (inbuf.get(fd) ?? '') + dec.decode(buf.subarray(0, n), { stream: true }).replace(/\r\n/g, '\n'));
  return true;
}

/** One line including its newline ('' at EOF), as readline(). */
export function readLine(fd: number): string {
  for (;;) {
    const b = inbuf.get(fd) ?? '';
    const i = b.indexOf('\n');
    if (i >= 0) {
      inbuf.set(fd, b.slice(i + 1));
      return b.slice(0, i + 1);
    }
    if (!fill(fd)) {
      inbuf.set(fd, '');
      return b;
    }
  }
}

function readAll(fd: number): string {
  while (fill(fd)) { /* read to EOF */ }
  const b = inbuf.get(fd) ?? '';
  inbuf.set(fd, '');
  return b;
}

function readN(fd: number, n: number): string {
  for (;;) {
    const b = inbuf.get(fd) ?? '';
    if ([...b].length >= n || !fill(fd)) {
      const cps = [...(inbuf.get(fd) ?? '')];
      inbuf.set(fd, cps.slice(n).join(''));
      return cps.slice(0, n).join('');
    }
  }
}


export function consoleRead(fd: number, n: number): string {
  return n < 0 ? readAll(fd) : readN(fd, n);
}

export function consoleReadline(fd: number, n: number): string {
  const line = readLine(fd);
  return n >= 0 && [...line].length > n ? [...line].slice(0, n).join('') : line;
}

/** isatty(fd) without loading node:tty (which pulls in net and streams: ~60 ms at startup). */
function isatty(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

function isSeekable(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}


export function consoleQuery(fd: number, name: string, closed: boolean, mode: string): Value {
  if (closed) raise('ValueError', 'I/O operation on closed file.');
  switch (name) {
    case 'fileno': return fd;
    case 'isatty': return isatty(fd);
    case 'seekable': return isSeekable(fd);
    case 'readable': return mode.includes('r');
    case 'writable': return mode.includes('w');
    default: return raiseUnsupported(name);
  }
}

/** The binary stream under a console stream: BufferedWriter/Reader over FileIO(fd, closefd=False). */
export function consoleBuffer(fd: number): Value {
  const raw = call(new Ref(builtinTypeAddr('FileIO')), [fd, fd === 0 ? 'rb' : 'wb'], ['closefd'], [false]);
  setattr(raw, 'name', ['<stdin>', '<stdout>', '<stderr>'][fd] ?? fd);
  const b = call(new Ref(builtinTypeAddr(fd === 0 ? 'BufferedReader' : 'BufferedWriter')), [raw]);
  markConsoleBuffer(b, fd);
  return b;
}
