// The _io module, so far: text streams over file descriptors, which sys.stdin/stdout/stderr are.
// Writes go to a per-worker buffer that is flushed when it fills, on newline when line-buffered,
// before any read or exit, and at every point where this thread synchronises with another (lock
// release, thread end: see flushAllStreams), so output keeps the causal order threads observe.
// CPython: Modules/_io/textio.c (TextIOWrapper), Modules/_io/fileio.c.
// DELIBERATE GAP: FileIO, BytesIO, StringIO, the buffered classes and open() are not written yet;
// `import io` fails with ImportError naming the first missing one.

import { writeSync, readSync, fstatSync } from 'node:fs';
import { TextDecoder } from 'node:util';
import { Ref, STOP, decode, encode, getSlot, setSlot, tagInt, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { raise, typeNameOf, repr } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { dictSet } from '../objects/dict.js';
import { TypeFlag } from '../objects/layouts.js';
import { defineModule } from './define.js';
import { pyExc } from '../vm/errors.js';
import { setExtra } from '../objects/exceptions.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { newDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { call } from '../objects/protocol.js';
import { interpreterState } from '../vm/runtime.js';
import { DEFAULT_BUFFER_SIZE } from './_io_common.js';
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType } from './_io_base.js';
import { bytesIOType } from './_io_bytesio.js';
import { stringIOType } from './_io_stringio.js';
import { incrementalNewlineDecoderType } from './_io_newline.js';

const enum TextSlot { Fd, Name, Mode, Encoding, Errors, LineBuffering, Closed, Dict, Count }

/** Per-worker pending output by fd. */
const pending = new Map<number, string[]>();
const pendingSize = new Map<number, number>();
const BUFFER_LIMIT = 8192;

function flushFd(fd: number): void {
  const parts = pending.get(fd);
  if (parts === undefined || parts.length === 0) return;
  const data = Buffer.from(parts.join(''), 'utf8');
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

function oserror(errno: number, msg: string, cls: string): Ref {
  const e = pyExc(cls, msg);
  setExtra(e, 'errno', errno);
  setExtra(e, 'strerror', msg);
  return e;
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

function slot(self: Value, s: TextSlot): Value {
  return decode(getSlot((self as Ref).a, s)) ?? null;
}

function checkOpen(self: Value): number {
  if (slot(self, TextSlot.Closed) === true) raise('ValueError', 'I/O operation on closed file.');
  return slot(self, TextSlot.Fd) as number;
}

function write(self: Value, s: Value): Value {
  if (typeof s !== 'string') raise('TypeError', `write() argument must be str, not ${typeNameOf(s)}`);
  const fd = checkOpen(self);
  const text = encodable(s, slot(self, TextSlot.Errors) as string);
  let parts = pending.get(fd);
  if (parts === undefined) {
    parts = [];
    pending.set(fd, parts);
  }
  parts.push(text);
  const size = (pendingSize.get(fd) ?? 0) + text.length;
  pendingSize.set(fd, size);
  if (size > BUFFER_LIMIT || (slot(self, TextSlot.LineBuffering) === true && text.includes('\n'))) flushFd(fd);
  return [...s].length;
}

// ---- reading -------------------------------------------------------------------------------------

/** Per-worker decoded input not yet consumed, by fd. */
const inbuf = new Map<number, string>();
const decoders = new Map<number, TextDecoder>();
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

function sizeArg(v: Value): number {
  if (v === null) return -1;
  if (typeof v !== 'number' || !Number.isInteger(v)) raise('TypeError', `argument should be integer or None, not '${typeNameOf(v)}'`);
  return v;
}

const fn = (f: (...a: never[]) => Value) => f as never;

export const textIOWrapperType = defineBuiltinType({
  name: 'TextIOWrapper',
  module: '_io',
  flags: TypeFlag.BaseType,
  instanceSlots: TextSlot.Count,
  dictSlot: TextSlot.Dict,
  methods: {
    write: { sig: 'write($self, text, /)', fn: fn(write) },
    flush: {
      sig: 'flush($self, /)',
      fn: fn((self: Value) => {
        flushFd(checkOpen(self));
        return null;
      }),
    },
    read: {
      sig: 'read($self, size=-1, /)',
      fn: fn((self: Value, size: Value) => {
        const n = sizeArg(size);
        const fd = checkOpen(self);
        return n < 0 ? readAll(fd) : readN(fd, n);
      }),
    },
    readline: {
      sig: 'readline($self, size=-1, /)',
      fn: fn((self: Value, size: Value) => {
        const n = sizeArg(size);
        const line = readLine(checkOpen(self));
        return n >= 0 && [...line].length > n ? [...line].slice(0, n).join('') : line;
      }),
    },
    readlines: {
      sig: 'readlines($self, hint=-1, /)',
      fn: fn((self: Value) => {
        const fd = checkOpen(self);
        const lines: Value[] = [];
        for (let l = readLine(fd); l !== ''; l = readLine(fd)) lines.push(l);
        return newList(lines);
      }),
    },
    fileno: { sig: 'fileno($self, /)', fn: fn((self: Value) => checkOpen(self)) },
    isatty: { sig: 'isatty($self, /)', fn: fn((self: Value) => isatty(checkOpen(self))) },
    readable: { sig: 'readable($self, /)', fn: fn((self: Value) => (checkOpen(self), (slot(self, TextSlot.Mode) as string).includes('r'))) },
    writable: { sig: 'writable($self, /)', fn: fn((self: Value) => (checkOpen(self), (slot(self, TextSlot.Mode) as string).includes('w'))) },
    seekable: { sig: 'seekable($self, /)', fn: fn((self: Value) => (checkOpen(self), isSeekable(slot(self, TextSlot.Fd) as number))) },
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => {
        if (slot(self, TextSlot.Closed) !== true) {
          flushFd(slot(self, TextSlot.Fd) as number);
          setSlot((self as Ref).a, TextSlot.Closed, encode(true));
        }
        return null;
      }),
    },
    reconfigure: {
      sig: 'reconfigure($self, /, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)',
      fn: fn((self: Value, encoding: Value, errors: Value, newline: Value, lineBuffering: Value) => {
        void newline;
        if (encoding !== null && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) {
          raise('NotImplementedError', `ftpy's console streams only encode UTF-8, not ${repr(encoding)}`);
        }
        if (errors !== null) setSlot((self as Ref).a, TextSlot.Errors, encode(errors));
        if (lineBuffering !== null) setSlot((self as Ref).a, TextSlot.LineBuffering, encode(lineBuffering === true));
        return null;
      }),
    },
    __enter__: { sig: '__enter__($self, /)', fn: fn((self: Value) => (checkOpen(self), self)) },
    __exit__: {
      sig: '__exit__($self, /, *args)',
      fn: fn((self: Value) => {
        flushFd(slot(self, TextSlot.Fd) as number);
        setSlot((self as Ref).a, TextSlot.Closed, encode(true));
        return null;
      }),
    },
    __iter__: { sig: '__iter__($self, /)', fn: fn((self: Value) => (checkOpen(self), self)) },
    __repr__: {
      sig: '__repr__($self, /)',
      fn: fn((self: Value) => `<_io.TextIOWrapper name=${repr(slot(self, TextSlot.Name))} mode=${repr(slot(self, TextSlot.Mode))} encoding='utf-8'>`),
    },
  },
  getsets: {
    name: { get: fn((self: Value) => slot(self, TextSlot.Name)) },
    mode: { get: fn((self: Value) => slot(self, TextSlot.Mode)) },
    encoding: { get: fn((self: Value) => slot(self, TextSlot.Encoding)) },
    errors: { get: fn((self: Value) => slot(self, TextSlot.Errors)) },
    line_buffering: { get: fn((self: Value) => slot(self, TextSlot.LineBuffering)) },
    closed: { get: fn((self: Value) => slot(self, TextSlot.Closed)) },
    newlines: { get: fn(() => null) },
    buffer: { get: fn(() => raise('NotImplementedError', "ftpy's console streams have no binary .buffer yet")) },
  },
  slots: {
    next: (self) => {
      const line = readLine(checkOpen(self));
      return line === '' ? STOP : line;
    },
  },
});

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

/** A text stream over `fd` (sys.stdin/stdout/stderr). */
export function newConsoleStream(fd: number, name: string, mode: 'r' | 'w', errors: string, lineBuffering: boolean): Ref {
  const a = allocObj(TYPE_ADDR[textIOWrapperType.index]!, TextSlot.Count, 0);
  setSlot(a, TextSlot.Fd, tagInt(fd));
  setSlot(a, TextSlot.Name, encode(name));
  setSlot(a, TextSlot.Mode, encode(mode));
  setSlot(a, TextSlot.Encoding, encode('utf-8'));
  setSlot(a, TextSlot.Errors, encode(errors));
  setSlot(a, TextSlot.LineBuffering, encode(lineBuffering));
  setSlot(a, TextSlot.Closed, encode(false));
  return new Ref(a);
}

export const ioModule = defineModule({
  name: '_io',
  init: (d) => {
    dictSet(d, 'DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE);
    const typeOfType = new Ref(builtinTypeAddr('type'));
    const ns = newDict();
    dictSet(ns, '__module__', 'io');
    const unsupported = call(typeOfType, ['UnsupportedOperation',
      newTuple([new Ref(builtinTypeAddr('OSError')), new Ref(builtinTypeAddr('ValueError'))]), new Ref(ns)]);
    dictSet(interpreterState(), '_io.UnsupportedOperation', unsupported);
    dictSet(d, 'UnsupportedOperation', unsupported);
    dictSet(d, 'BlockingIOError', new Ref(builtinTypeAddr('BlockingIOError')));
    for (const t of [ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, bytesIOType, stringIOType,
      incrementalNewlineDecoderType, textIOWrapperType]) {
      dictSet(d, t.name, new Ref(TYPE_ADDR[t.index]!));
    }
  },
});
