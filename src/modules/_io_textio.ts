// io.TextIOWrapper: text over a buffered binary stream; writing, positioning, configuration (the
// read side is in _io_textio_read.ts). The native codecs (UTF-8/16/32 with their BOM state,
// Latin-1, ASCII) encode and decode here; others go through the codecs module's incremental
// encoder/decoder. tell/seek cookies are plain byte positions. The console streams (sys.stdin/
// stdout/stderr) are TextIOWrappers in console mode: they write through the per-worker buffer of
// _io_console.ts (print's fast path) and create their binary .buffer on first use.
// CPython: Modules/_io/textio.c.

import { registerFinalizer } from '../heap/index.js';
import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { allocObj } from '../objects/alloc.js';
import { raise, typeNameOf, truthy, repr, call } from '../objects/protocol.js';
import { newBytes, bytesData } from '../objects/bytes.js';
import { checkNewType, raiseStopIteration } from '../objects/coll_ops.js';
import { isStr, strOf } from '../objects/str_type.js';
import { cpLength, hasSurrogates } from '../objects/str_cp.js';
import { nativeCodec, normalizeEncoding, encodeNative } from '../objects/codecs_native.js';
import { getattr, getattrOrUndefined, setattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { IO_RAW, fn, get, put, getInt, indexArg, raiseUnsupported, locked, allocIO } from './_io_common.js';
import { newlinesValue } from './_io_newline.js';
import * as con from './_io_console.js';
import {
  S, console, ok, buffer, isClosed, checkClosed, codec, continuing, codecs, NO_BOM, dropReadAhead, read, readline,
} from './_io_textio_read.js';

let T_TEXTIO = 0;
onTypesReady(() => {
  T_TEXTIO = builtinTypeAddr('TextIOWrapper');
});

// ---- writing ---------------------------------------------------------------------------------------

function encodeText(self: Value, text: string): Value {
  const c = codec(self);
  if (c !== undefined) {
    const first = get(self, S.BomDone) !== true;
    if (first && NO_BOM[c] !== undefined) put(self, S.BomDone, true);
    return newBytes(encodeNative(first ? c : continuing(c, 0), text, get(self, S.Errors) as string));
  }
  let enc = get(self, S.PyEncoder);
  if (enc === null) {
    enc = call(callMethod(codecs(), 'getincrementalencoder', [get(self, S.Encoding)]), [get(self, S.Errors)]);
    put(self, S.PyEncoder, enc);
  }
  return callMethod(enc, 'encode', [text]);
}

function write(self: Value, text: Value): Value {
  if (!isStr(text)) raise('TypeError', `write() argument must be str, not ${typeNameOf(text)}`);
  const s = strOf(text);
  const fd = console(self);
  if (fd >= 0) {
    if (get(self, S.Closed) === true) raise('ValueError', 'I/O operation on closed file.');
    con.consoleWrite(fd, s, get(self, S.Errors) as string, get(self, S.LineBuffering) === true, codec(self));
    return hasSurrogates(s) ? cpLength(s) : s.length;
  }
  checkClosed(self);
  let out = s;
  const wnl = get(self, S.Writenl);
  const translating = typeof wnl === 'string' && wnl !== '\n';
  if (translating) out = out.replaceAll('\n', wnl as string);
  // Writing drops the read-ahead, as CPython does (textiowrapper_write: the snapshot is cleared).
  if (get(self, S.Decoded) !== '' || get(self, S.Pending) !== null) dropReadAhead(self);
  const b = encodeText(self, out);
  callMethod(buffer(self), 'write', [b]);
  const lb = get(self, S.LineBuffering) === true && (s.includes('\n') || s.includes('\r'));
  if (lb || get(self, S.WriteThrough) === true) callMethod(buffer(self), 'flush', []);
  return hasSurrogates(s) ? cpLength(s) : s.length;
}

// ---- positioning -----------------------------------------------------------------------------------

function tell(self: Value): Value {
  checkClosed(self);
  const buf = buffer(self);
  if (!truthy(callMethod(buf, 'seekable', []))) raiseUnsupported('underlying stream is not seekable');
  callMethod(self, 'flush', []);
  const pos = indexArg(callMethod(buf, 'tell', []));
  const rest = (get(self, S.Decoded) as string).slice(getInt(self, S.DecPos));
  const pend = get(self, S.Pending);
  let back = pend === null ? 0 : bytesData((pend as Ref).a).length;
  if (rest !== '') {
    const c = codec(self);
    if (c === undefined) raiseUnsupported(`tell() after a partial read is not supported for encoding ${repr(get(self, S.Encoding))}`);
    back += encodeNative(continuing(c, getInt(self, S.ByteOrder)), rest, 'surrogatepass').length;
  }
  return pos - back;
}

function seek(self: Value, cookieArg: Value, whenceArg: Value): Value {
  const whence = indexArg(whenceArg);
  checkClosed(self);
  const buf = buffer(self);
  if (!truthy(callMethod(buf, 'seekable', []))) raiseUnsupported('underlying stream is not seekable');
  const cookie = indexArg(cookieArg);
  if (whence === 1) {
    if (cookie !== 0) raiseUnsupported("can't do nonzero cur-relative seeks");
    return tell(self);
  }
  if (whence === 2) {
    if (cookie !== 0) raiseUnsupported("can't do nonzero end-relative seeks");
    callMethod(self, 'flush', []);
    dropReadAhead(self);
    return callMethod(buf, 'seek', [0, 2]);
  }
  if (whence !== 0) raise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (cookie < 0) raise('ValueError', `negative seek position ${cookie}`);
  callMethod(self, 'flush', []);
  dropReadAhead(self);
  callMethod(buf, 'seek', [cookie]);
  // textiowrapper seek: at 0 the decoder and encoder start afresh (a BOM is read/written again).
  put(self, S.ByteOrder, null);
  put(self, S.BomDone, cookie !== 0);
  return cookie;
}

// ---- construction and configuration ---------------------------------------------------------------

/** The encoding name TextIOWrapper reports for encoding=None/'locale' (nl_langinfo(CODESET)). */
const LOCALE_ENCODING = 'UTF-8';

function checkEncoding(enc: string): void {
  if (nativeCodec(normalizeEncoding(enc)) !== undefined) return;
  let m: Ref;
  try {
    m = codecs();
  } catch (e) {
    // Without the _codecs module only the native codecs exist: any other name is unknown here.
    if (!isInstanceOfBuiltin(e as Value, 'Exception')) throw e;
    raise('LookupError', `unknown encoding: ${enc}`);
  }
  callMethod(m, 'lookup', [enc]);
}

function setNewline(self: Value, newline: Value): void {
  if (newline !== null && !isStr(newline)) raise('TypeError', `TextIOWrapper() argument 'newline' must be str or None, not ${typeNameOf(newline)}`);
  const nl = newline === null ? null : strOf(newline);
  if (nl !== null && nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') raise('ValueError', `illegal newline value: ${nl}`);
  put(self, S.Newline, nl);
  put(self, S.Universal, nl === null || nl === '');
  put(self, S.Translate, nl === null);
  put(self, S.Writenl, nl === null ? '\n' : nl === '' ? null : nl);
}

function init(self: Value, buf: Value, encoding: Value, errors: Value, newline: Value, lineBuffering: Value, writeThrough: Value): Value {
  put(self, S.Ok, false);
  let enc = encoding === null || encoding === 'locale' ? LOCALE_ENCODING : encoding;
  if (!isStr(enc)) raise('TypeError', `TextIOWrapper() argument 'encoding' must be str or None, not ${typeNameOf(encoding)}`);
  enc = strOf(enc);
  if (enc.includes('\0')) raise('ValueError', 'embedded null character');
  if (errors !== null && !isStr(errors)) raise('TypeError', `TextIOWrapper() argument 'errors' must be str or None, not ${typeNameOf(errors)}`);
  checkEncoding(enc);
  setNewline(self, newline);
  put(self, S.Buffer, buf);
  put(self, S.Encoding, enc);
  put(self, S.Errors, errors === null ? 'strict' : strOf(errors));
  put(self, S.LineBuffering, truthy(lineBuffering));
  put(self, S.WriteThrough, truthy(writeThrough));
  put(self, S.Decoded, '');
  put(self, S.DecPos, 0);
  put(self, S.Pending, null);
  put(self, S.Seennl, 0);
  put(self, S.PyDecoder, null);
  put(self, S.PyEncoder, null);
  put(self, S.Console, -1);
  put(self, S.ChunkSize, 8192);
  put(self, S.Detached, false);
  put(self, S.ByteOrder, null);
  put(self, S.BomDone, false);
  put(self, S.Ok, true);
  // textiowrapper_init: a stream opened for writing at a position other than 0 writes no BOM.
  if (truthy(callMethod(buf, 'seekable', [])) && truthy(callMethod(buf, 'writable', []))) {
    try {
      if (indexArg(callMethod(buf, 'tell', [])) !== 0) put(self, S.BomDone, true);
    } catch (e) {
      if (!isInstanceOfBuiltin(e as Value, 'Exception')) throw e;
    }
  }
  return null;
}

function reconfigure(self: Value, encoding: Value, errors: Value, newline: Value, lineBuffering: Value, writeThrough: Value): Value {
  ok(self);
  const M = undefined;
  void M;
  if (encoding !== null || newline !== null && (newline as unknown) !== con.NOT_GIVEN) {
    if (get(self, S.Decoded) !== '' || getInt(self, S.DecPos) !== 0) {
      raiseUnsupported('It is not possible to set the encoding or newline of stream after the first read');
    }
  }
  callMethod(self, 'flush', []);
  if (encoding !== null) {
    if (!isStr(encoding)) raise('TypeError', `reconfigure() argument 'encoding' must be str or None, not ${typeNameOf(encoding)}`);
    const enc = strOf(encoding) === 'locale' ? LOCALE_ENCODING : strOf(encoding);
    checkEncoding(enc);
    // The console streams encode with the native codecs; sys.stdin decodes UTF-8 only.
    if (console(self) >= 0 && (nativeCodec(enc) === undefined || console(self) === 0 && nativeCodec(enc) !== 'utf_8')) {
      raise('NotImplementedError', `ftpy's console ${console(self) === 0 ? 'input decodes only UTF-8' : 'streams encode only with the native codecs'}, not ${repr(encoding)}`);
    }
    put(self, S.Encoding, enc);
    put(self, S.PyDecoder, null);
    put(self, S.PyEncoder, null);
    put(self, S.ByteOrder, null);
    if (errors === null) put(self, S.Errors, 'strict');
  }
  if (errors !== null) put(self, S.Errors, strOf(errors));
  if ((newline as unknown) !== con.NOT_GIVEN) setNewline(self, newline);
  if (lineBuffering !== null) put(self, S.LineBuffering, truthy(lineBuffering));
  if (writeThrough !== null) put(self, S.WriteThrough, truthy(writeThrough));
  return null;
}

function flush(self: Value): Value {
  const fd = console(self);
  if (fd >= 0) {
    if (get(self, S.Closed) === true) raise('ValueError', 'I/O operation on closed file.');
    const b = get(self, S.Buffer);
    if (b !== null) callMethod(b, 'flush', []);
    con.flushFd(fd);
    return null;
  }
  checkClosed(self);
  return callMethod(buffer(self), 'flush', []);
}

function close(self: Value): Value {
  const fd = console(self);
  if (fd >= 0) {
    if (get(self, S.Closed) !== true) {
      con.flushFd(fd);
      put(self, S.Closed, true);
    }
    return null;
  }
  ok(self);
  if (isClosed(self)) return null;
  let err: unknown = null;
  try {
    callMethod(self, 'flush', []);
  } catch (e) {
    err = e;
  }
  callMethod(buffer(self), 'close', []);
  if (err !== null) throw err;
  return null;
}

function textNext(self: Value): Value | typeof STOP_ {
  const line = !I32Type(self) ? callMethod(self, 'readline', [])
    : console(self) >= 0 ? readline(self, null) : locked(self, () => readline(self, null), true);
  if (!isStr(line)) raise('OSError', `readline() should have returned a str object, not '${typeNameOf(line)}'`);
  return strOf(line) === '' ? STOP_ : line;
}

const STOP_ = con.STOP;
function I32Type(self: Value): boolean {
  return con.typeAddrOf(self) === T_TEXTIO;
}

function textRepr(self: Value): string {
  const t = I32Type(self) ? '_io.TextIOWrapper' : typeNameOf(self);
  let s = `<${t}`;
  for (const attr of ['name', 'mode']) {
    try {
      const v = getattrOrUndefined(self, attr);
      if (v !== undefined) s += ` ${attr}=${repr(v)}`;
    } catch (e) {
      if (!isInstanceOfBuiltin(e as Value, 'Exception')) throw e;
    }
  }
  return `${s} encoding=${repr(get(self, S.Encoding))}>`;
}

/**
 * A method under the object's lock (reentrant: the methods call each other through self), so that
 * one TextIOWrapper shared by threads keeps its read-ahead consistent. The console streams need
 * none: their state is per worker.
 */
function guard<A extends Value[]>(impl: (self: Value, ...a: A) => Value): never {
  const g = (self: Value, ...a: A): Value => (console(self) >= 0 ? impl(self, ...a) : locked(self, () => impl(self, ...a), true));
  return g as never;
}

function delegate(name: string): { sig: string; fn: never } {
  return {
    sig: `${name}($self, /)`,
    fn: fn((self: Value) => {
      if (console(self) >= 0) return con.consoleQuery(console(self), name, get(self, S.Closed) === true, get(self, S.Mode) as string);
      checkClosed(self);
      return callMethod(buffer(self), name, []);
    }),
  };
}

export const textIOWrapperType = defineBuiltinType({
  name: 'TextIOWrapper',
  module: '_io',
  base: '_TextIOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: S.Count,
  dictSlot: S.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const t = checkNewType(type, T_TEXTIO);
        const r = allocIO(t, T_TEXTIO, S.Count);
        put(r, S.Ok, false);
        put(r, S.Detached, false);
        put(r, S.Console, -1);
        registerFinalizer(r.a);
        return r;
      }),
    },
    __init__: {
      sig: "__init__($self, /, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)",
      fn: fn(init),
    },
    write: { sig: 'write($self, text, /)', fn: guard(write) },
    read: { sig: 'read($self, size=-1, /)', fn: guard(read) },
    readline: { sig: 'readline($self, size=-1, /)', fn: guard(readline) },
    flush: { sig: 'flush($self, /)', fn: guard(flush) },
    close: { sig: 'close($self, /)', fn: guard(close) },
    tell: { sig: 'tell($self, /)', fn: guard(tell) },
    seek: { sig: 'seek($self, cookie, whence=0, /)', fn: guard(seek) },
    truncate: {
      sig: 'truncate($self, pos=None, /)',
      fn: guard((self: Value, pos: Value) => {
        checkClosed(self);
        callMethod(self, 'flush', []);
        return callMethod(buffer(self), 'truncate', [pos === null ? tell(self) : pos]);
      }),
    },
    detach: {
      sig: 'detach($self, /)',
      fn: guard((self: Value) => {
        const b = buffer(self);
        callMethod(self, 'flush', []);
        put(self, S.Buffer, null);
        put(self, S.Ok, false);
        put(self, S.Detached, true);
        return b;
      }),
    },
    reconfigure: {
      sig: 'reconfigure($self, /, *, encoding=None, errors=None, newline=<unrepresentable>, line_buffering=None, write_through=None)',
      fn: guard(reconfigure),
    },
    fileno: delegate('fileno'),
    isatty: delegate('isatty'),
    seekable: delegate('seekable'),
    readable: delegate('readable'),
    writable: delegate('writable'),
    __repr__: { sig: '__repr__($self, /)', fn: fn(textRepr) },
    __getstate__: { sig: '__getstate__($self, /)', fn: fn((self: Value) => raise('TypeError', `cannot pickle '${typeNameOf(self)}' instances`)) },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const r = textNext(self);
        if (r === STOP_) raiseStopIteration();
        return r as Value;
      }),
    },
  },
  getsets: {
    encoding: { get: fn((self: Value) => get(self, S.Encoding)) },
    errors: { get: fn((self: Value) => get(self, S.Errors)) },
    line_buffering: { get: fn((self: Value) => get(self, S.LineBuffering)) },
    write_through: { get: fn((self: Value) => get(self, S.WriteThrough)) },
    buffer: { get: fn((self: Value) => buffer(self)) },
    closed: { get: fn((self: Value) => isClosed(self)) },
    name: {
      get: fn((self: Value) => (console(self) >= 0 ? get(self, S.Name) : getattr(buffer(self), 'name'))),
    },
    newlines: { get: fn((self: Value) => (get(self, S.Universal) === true ? newlinesValue(getInt(self, S.Seennl)) : null)) },
    _CHUNK_SIZE: {
      get: fn((self: Value) => getInt(self, S.ChunkSize)),
      set: fn((self: Value, v: Value) => {
        const n = indexArg(v);
        if (n <= 0) raise('ValueError', 'a strictly positive integer is required');
        put(self, S.ChunkSize, n);
        return null;
      }),
    },
  },
  slots: { next: textNext as (self: Value) => Value | symbol },
});

/** A console stream: a TextIOWrapper writing through the per-worker buffer of `fd`. */
export function newConsoleStream(fd: number, name: string, mode: 'r' | 'w', errors: string, lineBuffering: boolean): Ref {
  const r = new Ref(allocObj(T_TEXTIO, S.Count, IO_RAW));
  put(r, S.Buffer, null);
  put(r, S.Encoding, 'utf-8');
  put(r, S.Errors, errors);
  setNewline(r, null);
  put(r, S.LineBuffering, lineBuffering);
  put(r, S.WriteThrough, false);
  put(r, S.Decoded, '');
  put(r, S.DecPos, 0);
  put(r, S.Pending, null);
  put(r, S.Seennl, 0);
  put(r, S.PyDecoder, null);
  put(r, S.PyEncoder, null);
  put(r, S.Console, fd);
  put(r, S.Closed, false);
  put(r, S.Name, name);
  put(r, S.Mode, mode);
  put(r, S.ChunkSize, 8192);
  put(r, S.Detached, false);
  put(r, S.Ok, true);
  setattr(r, 'mode', mode);
  return r;
}
