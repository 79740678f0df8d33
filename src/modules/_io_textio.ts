// io.TextIOWrapper: text over a buffered binary stream. UTF-8, Latin-1 and ASCII are decoded and
// encoded natively; other encodings through the codecs module's incremental decoder/encoder. Read
// text is kept as decoded but untranslated, so tell() can count the bytes still unread by encoding
// it back (tell/seek cookies are plain byte positions). The console streams (sys.stdin/stdout/
// stderr) are TextIOWrappers in console mode: they write through the per-worker buffer of
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
import { bufferBytes } from '../objects/buffer.js';
import { checkNewType, instanceSlotsOf, raiseStopIteration } from '../objects/coll_ops.js';
import { isStr, strOf } from '../objects/str_type.js';
import { cpLength, hasSurrogates, unitOffset } from '../objects/str_cp.js';
import { nativeCodec, normalizeEncoding, encodeNative, decodeNative, type NativeCodec } from '../objects/codecs_native.js';
import { getattr, getattrOrUndefined, setattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { importModule } from '../vm/imports.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { IO_RAW, fn, get, put, getInt, sizeArg, indexArg, raiseUnsupported, locked } from './_io_common.js';
import { translateChunk, newlinesValue, findLineEnd, type NlState } from './_io_newline.js';
import * as con from './_io_console.js';

const enum S {
  Dict, Buffer, Encoding, Errors, Newline, Universal, Translate, Writenl, LineBuffering, WriteThrough,
  Decoded, DecPos, Pending, Seennl, PyDecoder, PyEncoder, Ok, Detached, Console, Closed, Name, Mode, ChunkSize,
  BomDone, ByteOrder, Count,
}

let T_TEXTIO = 0;
onTypesReady(() => {
  T_TEXTIO = builtinTypeAddr('TextIOWrapper');
});

function console(self: Value): number {
  const c = get(self, S.Console);
  return typeof c === 'number' ? c : -1;
}

function ok(self: Value): void {
  if (get(self, S.Ok) !== true) {
    if (get(self, S.Detached) === true) raise('ValueError', 'underlying buffer has been detached');
    raise('ValueError', 'I/O operation on uninitialized object');
  }
}

function buffer(self: Value): Value {
  ok(self);
  if (console(self) >= 0 && get(self, S.Buffer) === null) put(self, S.Buffer, con.consoleBuffer(console(self)));
  return get(self, S.Buffer);
}

function isClosed(self: Value): boolean {
  if (console(self) >= 0) return get(self, S.Closed) === true;
  return truthy(getattr(buffer(self), 'closed'));
}

function checkClosed(self: Value): void {
  ok(self);
  if (isClosed(self)) raise('ValueError', 'I/O operation on closed file.');
}

const codecCache = new Map<string, NativeCodec | undefined>();
function codec(self: Value): NativeCodec | undefined {
  const enc = get(self, S.Encoding) as string;
  let c = codecCache.get(enc);
  if (c === undefined && !codecCache.has(enc)) {
    c = nativeCodec(enc);
    codecCache.set(enc, c);
  }
  return c;
}

/** After the first write, a BOM-writing codec goes on without one (its encoder's state). */
const NO_BOM: Partial<Record<NativeCodec, NativeCodec>> = { utf_8_sig: 'utf_8', utf_16: 'utf_16_le', utf_32: 'utf_32_le' };

/** The codec that encodes text which does not start the stream. */
function continuing(c: NativeCodec, byteorder: number): NativeCodec {
  if (c === 'utf_16') return byteorder > 0 ? 'utf_16_be' : 'utf_16_le';
  if (c === 'utf_32') return byteorder > 0 ? 'utf_32_be' : 'utf_32_le';
  return NO_BOM[c] ?? c;
}

function codecs(): Ref {
  return importModule('codecs');
}

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

function dropReadAhead(self: Value): void {
  put(self, S.Decoded, '');
  put(self, S.DecPos, 0);
  put(self, S.Pending, null);
  const d = get(self, S.PyDecoder);
  if (d !== null) callMethod(d, 'reset', []);
}

// ---- reading ---------------------------------------------------------------------------------------

/** Decodes one more chunk into the read-ahead; false at EOF. */
function readChunk(self: Value): boolean {
  const buf = buffer(self);
  const size = getInt(self, S.ChunkSize) || 8192;
  const r = getattrOrUndefined(buf, 'read1') !== undefined ? callMethod(buf, 'read1', [size]) : callMethod(buf, 'read', [size]);
  if (r === null) return false;
  const data = bufferBytes(r);
  if (data === null) raise('TypeError', `underlying read1() should have returned a bytes-like object, not '${typeNameOf(r)}'`);
  const final = data.length === 0;
  let text: string;
  const c = codec(self);
  if (c !== undefined) {
    const pend = get(self, S.Pending);
    const all = pend === null ? data : Buffer.concat([bytesData((pend as Ref).a), data]);
    // A BOM is looked for once, at the start (utf_8_sig, utf_16, utf_32 decoders' state).
    const started = get(self, S.ByteOrder) !== null;
    const bo = started ? getInt(self, S.ByteOrder) : 0;
    const use = started ? continuing(c, bo) : c;
    if (!started && NO_BOM[c] !== undefined && all.length < 4 && !final) {
      put(self, S.Pending, all.length > 0 ? newBytes(all) : null);
      const rest0 = (get(self, S.Decoded) as string).slice(getInt(self, S.DecPos));
      put(self, S.Decoded, rest0);
      put(self, S.DecPos, 0);
      return true;
    }
    const res = decodeNative(use, all, get(self, S.Errors) as string, final, bo);
    if (!started) put(self, S.ByteOrder, res.byteorder);
    text = res.text;
    put(self, S.Pending, res.consumed < all.length ? newBytes(all.subarray(res.consumed)) : null);
  } else {
    let dec = get(self, S.PyDecoder);
    if (dec === null) {
      dec = call(callMethod(codecs(), 'getincrementaldecoder', [get(self, S.Encoding)]), [get(self, S.Errors)]);
      put(self, S.PyDecoder, dec);
    }
    const t = callMethod(dec, 'decode', [newBytes(data), final]);
    if (!isStr(t)) raise('TypeError', `decoder should return a string result, not '${typeNameOf(t)}'`);
    text = strOf(t);
  }
  const rest = (get(self, S.Decoded) as string).slice(getInt(self, S.DecPos));
  put(self, S.Decoded, rest + text);
  put(self, S.DecPos, 0);
  return !final || text.length > 0;
}

/** Translates a piece taken from the read-ahead (newline mode), recording the newlines seen. */
function outText(self: Value, raw: string): string {
  if (get(self, S.Universal) !== true) return raw;
  const st: NlState = { pendingcr: false, seennl: getInt(self, S.Seennl) };
  const r = translateChunk(st, raw, true, get(self, S.Translate) === true);
  put(self, S.Seennl, st.seennl);
  return r;
}

function readAll(self: Value): string {
  while (readChunk(self)) { /* to EOF */ }
  const s = (get(self, S.Decoded) as string).slice(getInt(self, S.DecPos));
  put(self, S.Decoded, '');
  put(self, S.DecPos, 0);
  return outText(self, s);
}

function read(self: Value, size: Value): Value {
  const n = sizeArg(size);
  if (console(self) >= 0) return con.consoleRead(console(self), n);
  checkClosed(self);
  if (!truthy(callMethod(buffer(self), 'readable', []))) raiseUnsupported('not readable');
  if (n < 0) return readAll(self);
  let out = '';
  let outLen = 0;
  while (outLen < n) {
    let s = get(self, S.Decoded) as string;
    let p = getInt(self, S.DecPos);
    if (p >= s.length || (get(self, S.Translate) === true && s.charCodeAt(s.length - 1) === 13 && s.length - p === 1)) {
      if (!readChunk(self)) {
        s = get(self, S.Decoded) as string;
        p = getInt(self, S.DecPos);
        if (p >= s.length) break;
        out += outText(self, s.slice(p));
        put(self, S.Decoded, '');
        put(self, S.DecPos, 0);
        break;
      }
      continue;
    }
    // Take raw units for the characters still wanted; '\r\n' may shrink to one character.
    let want = n - outLen;
    let end = hasSurrogates(s) ? p + unitOffset(s.slice(p), Math.min(want, cpLength(s.slice(p)))) : Math.min(s.length, p + want);
    if (get(self, S.Translate) === true) {
      // '\r\n' becomes one character: take both; a final '\r' waits for a possible '\n'.
      if (end < s.length && s.charCodeAt(end - 1) === 13 && s.charCodeAt(end) === 10) end++;
      if (end === s.length && s.charCodeAt(end - 1) === 13) end--;
    }
    if (end <= p) end = p + 1;
    const piece = outText(self, s.slice(p, end));
    put(self, S.DecPos, end);
    out += piece;
    want = hasSurrogates(piece) ? cpLength(piece) : piece.length;
    outLen += want;
  }
  return out;
}

function readline(self: Value, size: Value): Value {
  const limit = sizeArg(size);
  if (console(self) >= 0) return con.consoleReadline(console(self), limit);
  checkClosed(self);
  const universal = get(self, S.Universal) === true;
  const nl = get(self, S.Newline);
  for (;;) {
    const s = get(self, S.Decoded) as string;
    const p = getInt(self, S.DecPos);
    let end = findLineEnd(s, p, false, universal, typeof nl === 'string' && nl !== '' ? nl : '\n');
    let eof = false;
    if (end < 0 && limit >= 0 && cpLength(s.slice(p)) >= limit + 1) end = s.length;
    if (end < 0) {
      if (readChunk(self)) continue;
      eof = true;
      end = (get(self, S.Decoded) as string).length;
    }
    const s2 = get(self, S.Decoded) as string;
    const p2 = getInt(self, S.DecPos);
    let line = s2.slice(p2, end);
    if (limit >= 0) {
      const raw = line;
      const bmp = !hasSurrogates(raw);
      let cut = bmp ? Math.min(limit, raw.length) : unitOffset(raw, Math.min(limit, cpLength(raw)));
      if (cut < raw.length && raw.charCodeAt(cut - 1) === 13 && raw.charCodeAt(cut) === 10 && get(self, S.Translate) === true) cut++;
      line = raw.slice(0, cut);
      end = p2 + cut;
    }
    put(self, S.DecPos, end);
    if (end >= s2.length) {
      put(self, S.Decoded, '');
      put(self, S.DecPos, 0);
    }
    void eof;
    return outText(self, line);
  }
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
        const r = new Ref(allocObj(t, t === T_TEXTIO ? S.Count : instanceSlotsOf(t), IO_RAW));
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
