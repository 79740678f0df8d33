// The codecs str.encode / bytes.decode run natively: utf-8, utf-8-sig, utf-16/32 (with BOM, -le,
// -be), latin-1 and ascii, under every standard error handler (strict, ignore, replace,
// backslashreplace, surrogateescape, surrogatepass, xmlcharrefreplace, namereplace) and custom
// ones (a hook looks them up in codecs' registry), raising UnicodeEncodeError/UnicodeDecodeError
// with CPython's ranges and reasons. Other encodings go to a fallback hook (Python's codecs).
// CPython: Objects/unicodeobject.c, Python/codecs.c (the standard handlers), Lib/encodings.

import { Ref, type Value } from './value.js';
import { raise, call, typeNameOf } from './protocol.js';
import { builtinTypeAddr } from './registry.js';
import { newException, setExtra } from './exceptions.js';
import { isTuple, tupleItems } from './tuple.js';
import { asSsize, hasIndex } from './coll_ops.js';
import { codePoints, hasSurrogates } from './str_cp.js';
import { charName } from '../unicode/names.js';
import { isAlnum } from '../unicode/strprops.js';
import {
  type EncodeErrorFn, type DecodeErrorFn, type EncodeRep, BadReplacement, encodeUcs1, encodeUtf8,
  encodeUtf16or32, decodeUtf8, decodeUcs1, decodeUtf16, decodeUtf32,
} from './codecs_utf.js';
import { newBytes } from './bytes.js';
import { bufferBytes } from './buffer.js';
import { isStr, strOf } from './str_type.js';

// ---- names --------------------------------------------------------------------------------------

/** encodings.normalize_encoding after lower-casing (codecs.lookup): punctuation runs become '_'. */
export function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if (ch === '.' || isAlnum(ch.codePointAt(0)!)) {
      if (punct && out) out += '_';
      if (ch < '\x80') out += ch;
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** encodings.aliases entries for the native codecs. */
const ALIASES: Record<string, string> = {
  646: 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii', ansi_x3_4_1968: 'ascii', cp367: 'ascii',
  csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii', iso_ir_6: 'ascii', us: 'ascii',
  us_ascii: 'ascii',
  8859: 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1',
  iso8859_1: 'latin_1', iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1', l1: 'latin_1',
  latin: 'latin_1', latin1: 'latin_1',
  cp65001: 'utf_8', u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8',
  u16: 'utf_16', utf16: 'utf_16', unicodebigunmarked: 'utf_16_be', utf_16be: 'utf_16_be',
  unicodelittleunmarked: 'utf_16_le', utf_16le: 'utf_16_le',
  u32: 'utf_32', utf32: 'utf_32', utf_32be: 'utf_32_be', utf_32le: 'utf_32_le',
};

export type NativeCodec = 'utf_8' | 'utf_8_sig' | 'latin_1' | 'ascii' | 'utf_16' | 'utf_16_le' | 'utf_16_be'
  | 'utf_32' | 'utf_32_le' | 'utf_32_be';
const NATIVE = new Set<string>(['utf_8', 'utf_8_sig', 'latin_1', 'ascii', 'utf_16', 'utf_16_le', 'utf_16_be',
  'utf_32', 'utf_32_le', 'utf_32_be']);

/** The native codec an encoding name denotes, or undefined. */
export function nativeCodec(encoding: string): NativeCodec | undefined {
  if (encoding === 'utf-8' || encoding === 'utf8') return 'utf_8';
  const n = normalizeEncoding(encoding);
  const c = ALIASES[n] ?? ALIASES[n.replace(/\./g, '_')] ?? n;
  return NATIVE.has(c) ? (c as NativeCodec) : undefined;
}

/** The codec name CPython's C codecs put in their errors. */
const ERROR_NAME: Record<NativeCodec, string> = {
  utf_8: 'utf-8', utf_8_sig: 'utf-8', latin_1: 'latin-1', ascii: 'ascii', utf_16: 'utf-16', utf_16_le: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_32: 'utf-32', utf_32_le: 'utf-32-le', utf_32_be: 'utf-32-be',
};

// ---- hooks ----------------------------------------------------------------------------------------

export interface CodecFallback {
  /** str.encode for a non-native encoding: the bytes object, or a LookupError. */
  encode(s: string, encoding: string, errors: string): Value;
  /** bytes.decode for a non-native encoding: the str, or a LookupError. */
  decode(data: Uint8Array, encoding: string, errors: string): string;
  /** codecs.lookup_error(name), or undefined when no such handler is registered. */
  errorHandler(name: string): Value | undefined;
}

let fallback: CodecFallback = {
  encode: (_s, enc) => raise('LookupError', `unknown encoding: ${enc}`),
  decode: (_d, enc) => raise('LookupError', `unknown encoding: ${enc}`),
  errorHandler: () => undefined,
};
/** The runtime installs Python's codec registry here (codecs.lookup / codecs.lookup_error). */
export function setCodecFallback(f: CodecFallback): void {
  fallback = f;
}

let thrower: (exc: Ref) => never = (exc) => {
  throw exc;
};
/** How a made exception object is raised (the VM may install one that sets __context__). */
export function setExceptionThrower(f: (exc: Ref) => never): void {
  thrower = f;
}

// ---- Unicode errors --------------------------------------------------------------------------------

export function unicodeError(kind: string, encoding: string, object: Value, start: number, end: number, reason: string): Ref {
  const e = newException(builtinTypeAddr(kind), [encoding, object, start, end, reason]);
  setExtra(e, 'encoding', encoding);
  setExtra(e, 'object', object);
  setExtra(e, 'start', start);
  setExtra(e, 'end', end);
  setExtra(e, 'reason', reason);
  return e;
}

/** str() of a UnicodeEncodeError / UnicodeDecodeError (CPython: UnicodeEncodeError_str & co.). */
export function unicodeErrorMessage(kind: 'UnicodeEncodeError' | 'UnicodeDecodeError' | 'UnicodeTranslateError',
  encoding: string, object: string | Uint8Array, start: number, end: number, reason: string): string {
  const len = typeof object === 'string' ? codePoints(object).length : object.length;
  const single = start < len && end === start + 1;
  if (kind === 'UnicodeDecodeError') {
    const b = object as Uint8Array;
    if (single) {
      return `'${encoding}' codec can't decode byte 0x${b[start]!.toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const what = kind === 'UnicodeEncodeError' ? `'${encoding}' codec can't encode` : "can't translate";
  if (single) {
    const c = codePoints(object as string)[start]!;
    const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    return `${what} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

// ---- standard error handlers ------------------------------------------------------------------------

/** backslashreplace for code points (encode side). */
export function backslashEscapes(cps: number[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = cps[i]!;
    s += c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
  }
  return s;
}

export function nameEscapes(cps: number[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) {
    const c = cps[i]!;
    const name = charName(c);
    s += name !== undefined ? `\\N{${name}}` : backslashEscapes(cps, i, i + 1);
  }
  return s;
}

export function xmlEscapes(cps: number[], start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += `&#${cps[i]!};`;
  return s;
}

interface EncodeCtx {
  /** 'other' for the codecs of _codecs (charmap, escapes): surrogatepass fails, surrogateescape is all or nothing. */
  codec: NativeCodec | 'other';
  errorName: string;
  str: string;
  cps: number[];
  errors: string;
}

function encodeErrorHandler(ctx: EncodeCtx): EncodeErrorFn {
  const raiseIt = (start: number, end: number, reason: string): never =>
    thrower(unicodeError('UnicodeEncodeError', ctx.errorName, ctx.str, start, end, reason));
  return (start, end, reason) => {
    const { cps } = ctx;
    switch (ctx.errors) {
      case 'strict': return raiseIt(start, end, reason);
      case 'ignore': return [{ str: '' }, end];
      case 'replace': return [{ str: '?'.repeat(end - start) }, end];
      case 'backslashreplace': return [{ str: backslashEscapes(cps, start, end) }, end];
      case 'xmlcharrefreplace': return [{ str: xmlEscapes(cps, start, end) }, end];
      case 'namereplace': return [{ str: nameEscapes(cps, start, end) }, end];
      case 'surrogateescape': {
        // The C codecs write the escapable prefix, then raise for the rest of the range.
        const out: number[] = [];
        let i = start;
        for (; i < end; i++) {
          const c = cps[i]!;
          if (c < 0xdc80 || c > 0xdcff) break;
          out.push(c - 0xdc00);
        }
        if (i < end) {
          if (ctx.codec === 'other') return raiseIt(start, end, reason);
          if (ctx.codec.startsWith('utf_16') || ctx.codec.startsWith('utf_32') || i === start) return raiseIt(i, end, reason);
          return [{ bytes: Uint8Array.from(out) }, i];
        }
        return [{ bytes: Uint8Array.from(out) }, end];
      }
      case 'surrogatepass': return [{ bytes: surrogatePassEncode(ctx, start, end, raiseIt, reason) }, end];
      default: return customEncode(ctx, start, end, reason);
    }
  };
}

function surrogatePassEncode(ctx: EncodeCtx, start: number, end: number,
  raiseIt: (s: number, e: number, r: string) => never, reason: string): Uint8Array {
  const c0 = ctx.codec;
  if (c0 === 'latin_1' || c0 === 'ascii' || c0 === 'other') return raiseIt(start, end, reason);
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const c = ctx.cps[i]!;
    if (c < 0xd800 || c > 0xdfff) return raiseIt(start, end, reason);
    if (c0 === 'utf_8' || c0 === 'utf_8_sig') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else if (c0 === 'utf_16_be') out.push(c >> 8, c & 255);
    else if (c0.startsWith('utf_16')) out.push(c & 255, c >> 8);
    else if (c0 === 'utf_32_be') out.push(0, 0, c >> 8, c & 255);
    else out.push(c & 255, c >> 8, 0, 0);
  }
  return Uint8Array.from(out);
}

/** Looks a handler up in codecs' registry; LookupError when there is none. */
function lookupHandler(name: string): Value {
  const h = fallback.errorHandler(name);
  if (h === undefined) raise('LookupError', `unknown error handler name '${name}'`);
  return h;
}

function handlerResult(r: Value, what: 'encoding' | 'decoding', len: number): [Value, number] {
  const bad = (): never => raise('TypeError', what === 'encoding'
    ? 'encoding error handler must return (str/bytes, int) tuple'
    : 'decoding error handler must return (str, int) tuple');
  if (!isTuple(r)) return bad();
  const items = tupleItems(r.a);
  if (items.length !== 2 || !hasIndex(items[1]!)) return bad();
  let pos = asSsize(items[1]!, 'IndexError');
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) raise('IndexError', `position ${pos} from error handler out of bounds`);
  return [items[0]!, pos];
}

function customEncode(ctx: EncodeCtx, start: number, end: number, reason: string): [EncodeRep, number] {
  const h = lookupHandler(ctx.errors);
  const exc = unicodeError('UnicodeEncodeError', ctx.errorName, ctx.str, start, end, reason);
  const [rep, pos] = handlerResult(call(h, [exc]), 'encoding', ctx.cps.length);
  if (isStr(rep)) return [{ str: strOf(rep) }, pos];
  const b = bufferBytes(rep);
  if (b === null) raise('TypeError', 'encoding error handler must return (str/bytes, int) tuple');
  return [{ bytes: b }, pos];
}

interface DecodeCtx {
  data: Uint8Array;
  errors: string;
  /** The bytes object in the exception (made on first use). */
  obj: Value | null;
}

function decodeErrorHandler(ctx: DecodeCtx, errorName: string): DecodeErrorFn {
  const d = ctx.data;
  const raiseIt = (start: number, end: number, reason: string): never =>
    thrower(unicodeError('UnicodeDecodeError', errorName, ctx.obj ??= newBytes(d), start, end, reason));
  return (start, end, reason) => {
    switch (ctx.errors) {
      case 'strict': return raiseIt(start, end, reason);
      case 'ignore': return ['', end];
      case 'replace': return ['\ufffd', end];
      case 'backslashreplace': {
        let s = '';
        for (let i = start; i < end; i++) s += `\\x${hex(d[i]!, 2)}`;
        return [s, end];
      }
      case 'surrogateescape': {
        let s = '';
        let i = start;
        for (; i < end && i < start + 4; i++) {
          if (d[i]! < 128) break;
          s += String.fromCharCode(0xdc00 + d[i]!);
        }
        if (i === start) return raiseIt(start, end, reason);
        return [s, i];
      }
      case 'surrogatepass': {
        const c = surrogatePassDecode(d, start, errorName);
        if (c === undefined) return raiseIt(start, end, reason);
        return c;
      }
      case 'xmlcharrefreplace': case 'namereplace':
        return raise('TypeError', "don't know how to handle UnicodeDecodeError in error callback");
      default: {
        const h = lookupHandler(ctx.errors);
        const exc = unicodeError('UnicodeDecodeError', errorName, ctx.obj ??= newBytes(d), start, end, reason);
        const [rep, pos] = handlerResult(call(h, [exc]), 'decoding', d.length);
        if (!isStr(rep)) raise('TypeError', 'decoding error handler must return (str, int) tuple');
        return [strOf(rep), pos];
      }
    }
  };
}

/** The surrogatepass decoding of the code unit at `start` (PyCodec_SurrogatePassErrors). */
export function surrogatePassDecode(d: Uint8Array, start: number, enc: string): [string, number] | undefined {
  let c = -1;
  let n = 0;
  if (enc === 'utf-8') {
    if (start + 3 <= d.length && (d[start]! & 0xf0) === 0xe0 && (d[start + 1]! & 0xc0) === 0x80
      && (d[start + 2]! & 0xc0) === 0x80) {
      c = ((d[start]! & 15) << 12) | ((d[start + 1]! & 63) << 6) | (d[start + 2]! & 63);
      n = 3;
    }
  } else if (enc === 'utf-16-le' || enc === 'utf-16-be') {
    if (start + 2 <= d.length) {
      c = enc === 'utf-16-le' ? d[start]! | (d[start + 1]! << 8) : (d[start]! << 8) | d[start + 1]!;
      n = 2;
    }
  } else if (enc === 'utf-32-le' || enc === 'utf-32-be') {
    if (start + 4 <= d.length) {
      c = (enc === 'utf-32-le'
        ? d[start]! | (d[start + 1]! << 8) | (d[start + 2]! << 16) | (d[start + 3]! << 24)
        : (d[start]! << 24) | (d[start + 1]! << 16) | (d[start + 2]! << 8) | d[start + 3]!) >>> 0;
      n = 4;
    }
  }
  if (c < 0xd800 || c > 0xdfff) return undefined;
  return [String.fromCharCode(c), start + n];
}

/** The error handler of a non-native codec's encoder (codec name `errorName`, e.g. 'charmap'). */
export function encodeErrorFor(errorName: string, s: string, cps: number[], errors: string): EncodeErrorFn {
  return encodeErrorHandler({ codec: 'other', errorName, str: s, cps, errors });
}

/** The error handler of a non-native codec's decoder; `obj` is the input object when there is one. */
export function decodeErrorFor(errorName: string, data: Uint8Array, errors: string, obj: Value | null = null): DecodeErrorFn {
  return decodeErrorHandler({ data, errors, obj }, errorName);
}

/** Raises a made exception the way the native codecs do. */
export function throwException(exc: Ref): never {
  return thrower(exc);
}

// ---- the API ---------------------------------------------------------------------------------------

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const utf8Encoder = new TextEncoder();

/** str.encode(encoding, errors) as bytes (a JS copy). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const codec = nativeCodec(encoding);
  if (codec === undefined) {
    const r = fallback.encode(s, encoding, errors);
    const b = bufferBytes(r);
    if (b === null) raise('TypeError', `'${encoding}' encoder returned '${typeNameOf(r)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    return b;
  }
  return encodeNative(codec, s, errors);
}

export function encodeNative(codec: NativeCodec, s: string, errors: string): Uint8Array {
  if ((codec === 'utf_8') && (!hasSurrogates(s) || !LONE_SURROGATE.test(s))) return utf8Encoder.encode(s);
  const cps = codePoints(s);
  const ctx: EncodeCtx = { codec, errorName: ERROR_NAME[codec], str: s, cps, errors };
  const onError = encodeErrorHandler(ctx);
  try {
    switch (codec) {
      case 'latin_1': return encodeUcs1(cps, 256, onError);
      case 'ascii': return encodeUcs1(cps, 128, onError);
      case 'utf_8': return encodeUtf8(cps, onError);
      case 'utf_8_sig': {
        const b = encodeUtf8(cps, onError);
        const out = new Uint8Array(b.length + 3);
        out.set([0xef, 0xbb, 0xbf]);
        out.set(b, 3);
        return out;
      }
      case 'utf_16': return encodeUtf16or32(cps, 2, true, true, onError);
      case 'utf_16_le': return encodeUtf16or32(cps, 2, true, false, onError);
      case 'utf_16_be': return encodeUtf16or32(cps, 2, false, false, onError);
      case 'utf_32': return encodeUtf16or32(cps, 4, true, true, onError);
      case 'utf_32_le': return encodeUtf16or32(cps, 4, true, false, onError);
      default: return encodeUtf16or32(cps, 4, false, false, onError);
    }
  } catch (e) {
    if (e instanceof BadReplacement) {
      return thrower(unicodeError('UnicodeEncodeError', ctx.errorName, s, e.start, e.end, e.reason));
    }
    throw e;
  }
}

/** bytes.decode(encoding, errors). `data` must not be a view of the shared heap. */
export function decodeToStr(data: Uint8Array, encoding: string, errors: string): string {
  const codec = nativeCodec(encoding);
  if (codec === undefined) return fallback.decode(data, encoding, errors);
  return decodeNative(codec, data, errors, true).text;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes with a native codec. With `final` false, an incomplete sequence at the end is left
 * unconsumed (the incremental decoders of _codecs.utf_8_decode & co.); `byteorder` is for
 * utf-16/utf-32 (0 = detect a BOM).
 */
export function decodeNative(codec: NativeCodec, data: Uint8Array, errors: string, final: boolean,
  byteorder = 0): { text: string; consumed: number; byteorder: number } {
  let ctx: DecodeCtx = { data, errors, obj: null };
  switch (codec) {
    case 'utf_8': case 'utf_8_sig': {
      let skip = 0;
      if (codec === 'utf_8_sig' && data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        // Lib/encodings/utf_8_sig.py decodes the rest: error positions count from after the BOM.
        skip = 3;
        ctx = { data: data.slice(3), errors, obj: null };
      }
      try {
        return { text: utf8Decoder.decode(ctx.data), consumed: data.length, byteorder: 0 };
      } catch {
        // An error or an incomplete sequence: the exact decoder reports it.
      }
      const r = decodeUtf8(ctx.data, final, decodeErrorHandler(ctx, 'utf-8'));
      return { text: r.text, consumed: r.consumed + skip, byteorder: 0 };
    }
    case 'latin_1': {
      let s = '';
      for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
      return { text: s, consumed: data.length, byteorder: 0 };
    }
    case 'ascii':
      return { text: decodeUcs1(data, 128, decodeErrorHandler(ctx, 'ascii')), consumed: data.length, byteorder: 0 };
    case 'utf_16': case 'utf_16_le': case 'utf_16_be': {
      const bo = codec === 'utf_16_le' ? -1 : codec === 'utf_16_be' ? 1 : byteorder;
      return decodeUtf16(data, bo, final, (enc) => decodeErrorHandler(ctx, enc));
    }
    default: {
      const bo = codec === 'utf_32_le' ? -1 : codec === 'utf_32_be' ? 1 : byteorder;
      return decodeUtf32(data, bo, final, (enc) => decodeErrorHandler(ctx, enc));
    }
  }
}
