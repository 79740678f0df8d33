// TextIOWrapper's state (its slots) and its read side: the read-ahead of decoded text, kept
// untranslated so that tell() can count the unread bytes; newline translation as text leaves it.
// CPython: Modules/_io/textio.c (textiowrapper_read_chunk, _textiowrapper_readline).

import { Ref, type Value } from '../objects/value.js';
import { raise, typeNameOf, truthy, call } from '../objects/protocol.js';
import { newBytes, bytesData } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { isStr, strOf } from '../objects/str_type.js';
import { cpLength, hasSurrogates, unitOffset } from '../objects/str_cp.js';
import { nativeCodec, decodeNative, type NativeCodec } from '../objects/codecs_native.js';
import { getattr, getattrOrUndefined } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { importModule } from '../vm/imports.js';
import { get, put, getInt, sizeArg, raiseUnsupported } from './_io_common.js';
import { translateChunk, findLineEnd, type NlState } from './_io_newline.js';
import * as con from './_io_console.js';

export const enum S {
  Dict, Buffer, Encoding, Errors, Newline, Universal, Translate, Writenl, LineBuffering, WriteThrough,
  Decoded, DecPos, Pending, Seennl, PyDecoder, PyEncoder, Ok, Detached, Console, Closed, Name, Mode, ChunkSize,
  BomDone, ByteOrder, Count,
}

export function console(self: Value): number {
  const c = get(self, S.Console);
  return typeof c === 'number' ? c : -1;
}

export function ok(self: Value): void {
  if (get(self, S.Ok) !== true) {
    if (get(self, S.Detached) === true) raise('ValueError', 'underlying buffer has been detached');
    raise('ValueError', 'I/O operation on uninitialized object');
  }
}

export function buffer(self: Value): Value {
  ok(self);
  if (console(self) >= 0 && get(self, S.Buffer) === null) put(self, S.Buffer, con.consoleBuffer(console(self)));
  return get(self, S.Buffer);
}

export function isClosed(self: Value): boolean {
  if (console(self) >= 0) return get(self, S.Closed) === true;
  return truthy(getattr(buffer(self), 'closed'));
}

export function checkClosed(self: Value): void {
  ok(self);
  if (isClosed(self)) raise('ValueError', 'I/O operation on closed file.');
}

const codecCache = new Map<string, NativeCodec | undefined>();
export function codec(self: Value): NativeCodec | undefined {
  const enc = get(self, S.Encoding) as string;
  let c = codecCache.get(enc);
  if (c === undefined && !codecCache.has(enc)) {
    c = nativeCodec(enc);
    codecCache.set(enc, c);
  }
  return c;
}

/** After the first write, a BOM-writing codec goes on without one (its encoder's state). */
export const NO_BOM: Partial<Record<NativeCodec, NativeCodec>> = { utf_8_sig: 'utf_8', utf_16: 'utf_16_le', utf_32: 'utf_32_le' };

/** The codec that encodes text which does not start the stream. */
export function continuing(c: NativeCodec, byteorder: number): NativeCodec {
  if (c === 'utf_16') return byteorder > 0 ? 'utf_16_be' : 'utf_16_le';
  if (c === 'utf_32') return byteorder > 0 ? 'utf_32_be' : 'utf_32_le';
  return NO_BOM[c] ?? c;
}

export function codecs(): Ref {
  return importModule('codecs');
}


export function dropReadAhead(self: Value): void {
  put(self, S.Decoded, '');
  put(self, S.DecPos, 0);
  put(self, S.Pending, null);
  const d = get(self, S.PyDecoder);
  if (d !== null) callMethod(d, 'reset', []);
}


// ---- reading ---------------------------------------------------------------------------------------

/** Decodes one more chunk into the read-ahead; false at EOF. */
export function readChunk(self: Value): boolean {
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
export function outText(self: Value, raw: string): string {
  if (get(self, S.Universal) !== true) return raw;
  const st: NlState = { pendingcr: false, seennl: getInt(self, S.Seennl) };
  const r = translateChunk(st, raw, true, get(self, S.Translate) === true);
  put(self, S.Seennl, st.seennl);
  return r;
}

export function readAll(self: Value): string {
  while (readChunk(self)) { /* to EOF */ }
  const s = (get(self, S.Decoded) as string).slice(getInt(self, S.DecPos));
  put(self, S.Decoded, '');
  put(self, S.DecPos, 0);
  return outText(self, s);
}

export function read(self: Value, size: Value): Value {
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

export function readline(self: Value, size: Value): Value {
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

