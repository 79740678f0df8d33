// The codec functions of _codecs that Lib/encodings/*.py call (utf-8/16/32, latin-1, ascii,
// charmap, the escape codecs, readbuffer), each returning CPython's (result, consumed) tuple, and
// the builtin error handlers as Python-callable functions (codecs.strict_errors & co.).
// CPython: Modules/_codecsmodule.c, Python/codecs.c (PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors).

import { Ref, type Value } from '../objects/value.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { newTuple } from '../objects/tuple.js';
import { newBytes } from '../objects/bytes.js';
import { isStr, strOf } from '../objects/str_type.js';
import { bufferBytes } from '../objects/buffer.js';
import { codePoints, cpLength } from '../objects/str_cp.js';
import { hasIndex, asSsize } from '../objects/coll_ops.js';
import { getattr } from '../vm/attr.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import type { NativeSpec } from '../objects/native.js';
import {
  encodeNative, decodeNative, backslashEscapes, nameEscapes, xmlEscapes, surrogatePassDecode, type NativeCodec,
} from '../objects/codecs_native.js';
import { charmapDecode, charmapEncode, charmapBuild } from './codecs_charmap.js';
import {
  unicodeEscapeDecode, unicodeEscapeEncode, rawUnicodeEscapeDecode, rawUnicodeEscapeEncode, escapeDecode, escapeEncode,
} from './codecs_escape.js';
import { utf7Encode, utf7Decode } from './codecs_utf7.js';

const fn = (f: (...a: never[]) => Value) => f as never;

// ---- arguments (Argument Clinic's converters) -------------------------------------------------------

/** errors: str(accept={str, NoneType}) = None */
export function errorsArg(v: Value, fname: string): string {
  if (v === null) return 'strict';
  if (!isStr(v)) raise('TypeError', `${fname}() argument 2 must be str or None, not ${typeNameOf(v)}`);
  return strOf(v);
}

export function strArg(v: Value, fname: string): string {
  if (!isStr(v)) raise('TypeError', `${fname}() argument 1 must be str, not ${typeNameOf(v)}`);
  return strOf(v);
}

/** data: Py_buffer, or Py_buffer(accept={str, buffer}) (a str is its UTF-8 bytes). */
export function bufferArg(v: Value, _fname: string, acceptStr = false): Uint8Array {
  if (isStr(v) && acceptStr) return encodeNative('utf_8', strOf(v), 'strict');
  const b = isStr(v) ? null : bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function intArg(v: Value): number {
  if (!hasIndex(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return asSsize(v, 'OverflowError');
}

const pair = (a: Value, n: number): Value => newTuple([a, n]);

function nativeEncoder(codec: NativeCodec, fname: string) {
  return (s: Value, errors: Value): Value => {
    const str = strArg(s, fname);
    return pair(newBytes(encodeNative(codec, str, errorsArg(errors, fname))), cpLength(str));
  };
}

function nativeDecoder(codec: NativeCodec, fname: string, hasFinal: boolean) {
  return (data: Value, errors: Value, final: Value): Value => {
    const d = bufferArg(data, fname);
    const r = decodeNative(codec, d, errorsArg(errors, fname), hasFinal ? final === true : true);
    return pair(r.text, r.consumed);
  };
}

function byteorderEncoder(codec: 'utf_16' | 'utf_32', fname: string) {
  return (s: Value, errors: Value, byteorder: Value): Value => {
    const bo = intArg(byteorder);
    const c = (bo === 0 ? codec : bo < 0 ? `${codec}_le` : `${codec}_be`) as NativeCodec;
    const str = strArg(s, fname);
    return pair(newBytes(encodeNative(c, str, errorsArg(errors, fname))), cpLength(str));
  };
}

function exDecoder(codec: 'utf_16' | 'utf_32', fname: string) {
  return (data: Value, errors: Value, byteorder: Value, final: Value): Value => {
    const d = bufferArg(data, fname);
    const r = decodeNative(codec, d, errorsArg(errors, fname), final === true, intArg(byteorder));
    return newTuple([r.text, r.consumed, r.byteorder]);
  };
}

const enc = (name: string, codec: NativeCodec): NativeSpec =>
  ({ sig: `${name}($module, str, errors=None, /)`, fn: fn(nativeEncoder(codec, name)) });
const dec = (name: string, codec: NativeCodec): NativeSpec =>
  ({ sig: `${name}($module, data, errors=None, final=False, /)`, fn: fn(nativeDecoder(codec, name, true)) });

export const CODEC_FUNCTIONS: Record<string, NativeSpec> = {
  utf_8_encode: enc('utf_8_encode', 'utf_8'),
  utf_8_decode: dec('utf_8_decode', 'utf_8'),
  utf_16_encode: { sig: 'utf_16_encode($module, str, errors=None, byteorder=0, /)', fn: fn(byteorderEncoder('utf_16', 'utf_16_encode')) },
  utf_16_le_encode: enc('utf_16_le_encode', 'utf_16_le'),
  utf_16_be_encode: enc('utf_16_be_encode', 'utf_16_be'),
  utf_16_decode: dec('utf_16_decode', 'utf_16'),
  utf_16_le_decode: dec('utf_16_le_decode', 'utf_16_le'),
  utf_16_be_decode: dec('utf_16_be_decode', 'utf_16_be'),
  utf_16_ex_decode: { sig: 'utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False, /)', fn: fn(exDecoder('utf_16', 'utf_16_ex_decode')) },
  utf_32_encode: { sig: 'utf_32_encode($module, str, errors=None, byteorder=0, /)', fn: fn(byteorderEncoder('utf_32', 'utf_32_encode')) },
  utf_32_le_encode: enc('utf_32_le_encode', 'utf_32_le'),
  utf_32_be_encode: enc('utf_32_be_encode', 'utf_32_be'),
  utf_32_decode: dec('utf_32_decode', 'utf_32'),
  utf_32_le_decode: dec('utf_32_le_decode', 'utf_32_le'),
  utf_32_be_decode: dec('utf_32_be_decode', 'utf_32_be'),
  utf_32_ex_decode: { sig: 'utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False, /)', fn: fn(exDecoder('utf_32', 'utf_32_ex_decode')) },
  latin_1_encode: enc('latin_1_encode', 'latin_1'),
  latin_1_decode: { sig: 'latin_1_decode($module, data, errors=None, /)', fn: fn(nativeDecoder('latin_1', 'latin_1_decode', false)) },
  ascii_encode: enc('ascii_encode', 'ascii'),
  ascii_decode: { sig: 'ascii_decode($module, data, errors=None, /)', fn: fn(nativeDecoder('ascii', 'ascii_decode', false)) },
  charmap_encode: {
    sig: 'charmap_encode($module, str, errors=None, mapping=None, /)',
    fn: fn((s: Value, e: Value, m: Value) => {
      const str = strArg(s, 'charmap_encode');
      return pair(newBytes(charmapEncode(str, errorsArg(e, 'charmap_encode'), m)), cpLength(str));
    }),
  },
  charmap_decode: {
    sig: 'charmap_decode($module, data, errors=None, mapping=None, /)',
    fn: fn((d: Value, e: Value, m: Value) => {
      const b = bufferArg(d, 'charmap_decode');
      return pair(charmapDecode(b, errorsArg(e, 'charmap_decode'), m), b.length);
    }),
  },
  charmap_build: { sig: 'charmap_build($module, map, /)', fn: fn((m: Value) => charmapBuild(strArg(m, 'charmap_build'))) },
  unicode_escape_encode: {
    sig: 'unicode_escape_encode($module, str, errors=None, /)',
    fn: fn((s: Value, e: Value) => {
      const str = strArg(s, 'unicode_escape_encode');
      errorsArg(e, 'unicode_escape_encode');
      return pair(newBytes(unicodeEscapeEncode(codePoints(str))), cpLength(str));
    }),
  },
  unicode_escape_decode: {
    sig: 'unicode_escape_decode($module, data, errors=None, final=True, /)',
    fn: fn((d: Value, e: Value, f: Value) => {
      const r = unicodeEscapeDecode(bufferArg(d, 'unicode_escape_decode', true), errorsArg(e, 'unicode_escape_decode'), f !== false);
      return pair(r.text, r.consumed);
    }),
  },
  raw_unicode_escape_encode: {
    sig: 'raw_unicode_escape_encode($module, str, errors=None, /)',
    fn: fn((s: Value, e: Value) => {
      const str = strArg(s, 'raw_unicode_escape_encode');
      errorsArg(e, 'raw_unicode_escape_encode');
      return pair(newBytes(rawUnicodeEscapeEncode(codePoints(str))), cpLength(str));
    }),
  },
  raw_unicode_escape_decode: {
    sig: 'raw_unicode_escape_decode($module, data, errors=None, final=True, /)',
    fn: fn((d: Value, e: Value, f: Value) => {
      const r = rawUnicodeEscapeDecode(bufferArg(d, 'raw_unicode_escape_decode', true), errorsArg(e, 'raw_unicode_escape_decode'), f !== false);
      return pair(r.text, r.consumed);
    }),
  },
  escape_encode: {
    sig: 'escape_encode($module, data, errors=None, /)',
    fn: fn((d: Value, e: Value) => {
      if (typeNameOf(d) !== 'bytes' && !isInstanceOfBuiltin(d, 'bytes')) {
        raise('TypeError', `escape_encode() argument 1 must be bytes, not ${typeNameOf(d)}`);
      }
      errorsArg(e, 'escape_encode');
      const b = bufferBytes(d)!;
      return pair(newBytes(escapeEncode(b)), b.length);
    }),
  },
  escape_decode: {
    sig: 'escape_decode($module, data, errors=None, /)',
    fn: fn((d: Value, e: Value) => {
      const b = bufferArg(d, 'escape_decode', true);
      return pair(newBytes(escapeDecode(b, errorsArg(e, 'escape_decode'))), b.length);
    }),
  },
  readbuffer_encode: {
    sig: 'readbuffer_encode($module, data, errors=None, /)',
    fn: fn((d: Value, e: Value) => {
      const b = bufferArg(d, 'readbuffer_encode', true);
      errorsArg(e, 'readbuffer_encode');
      return pair(newBytes(b), b.length);
    }),
  },
  utf_7_encode: {
    sig: 'utf_7_encode($module, str, errors=None, /)',
    fn: fn((s: Value, e: Value) => {
      const str = strArg(s, 'utf_7_encode');
      return pair(newBytes(utf7Encode(str, errorsArg(e, 'utf_7_encode'))), cpLength(str));
    }),
  },
  utf_7_decode: {
    sig: 'utf_7_decode($module, data, errors=None, final=False, /)',
    fn: fn((d: Value, e: Value, f: Value) => {
      const r = utf7Decode(bufferArg(d, 'utf_7_decode'), errorsArg(e, 'utf_7_decode'), f === true);
      return pair(r.text, r.consumed);
    }),
  },
};

// ---- the builtin error handlers, callable from Python -------------------------------------------------

type ErrKind = 'encode' | 'decode' | 'translate';

function errKind(exc: Value): ErrKind {
  if (isInstanceOfBuiltin(exc, 'UnicodeEncodeError')) return 'encode';
  if (isInstanceOfBuiltin(exc, 'UnicodeDecodeError')) return 'decode';
  if (isInstanceOfBuiltin(exc, 'UnicodeTranslateError')) return 'translate';
  return raise('TypeError', `don't know how to handle ${typeNameOf(exc)} in error callback`);
}

function range(exc: Value): [number, number] {
  return [intArg(getattr(exc, 'start')), intArg(getattr(exc, 'end'))];
}

function objectCps(exc: Value): number[] {
  const o = getattr(exc, 'object');
  if (!isStr(o)) raise('TypeError', 'object attribute must be unicode');
  return codePoints(strOf(o));
}

function objectBytes(exc: Value): Uint8Array {
  const b = bufferBytes(getattr(exc, 'object'));
  if (b === null) raise('TypeError', 'object attribute must be bytes');
  return b;
}

function throwIt(exc: Value): never {
  throw exc;
}

function onlyEncode(exc: Value, allowTranslate = false): void {
  const k = errKind(exc);
  if (k === 'decode' || (k === 'translate' && !allowTranslate)) {
    raise('TypeError', `don't know how to handle ${typeNameOf(exc)} in error callback`);
  }
}

/** The standard encoding a surrogatepass handler understands (Python/codecs.c get_standard_encoding). */
function standardEncoding(exc: Value): string | undefined {
  const e = getattr(exc, 'encoding');
  if (!isStr(e)) return undefined;
  const n = strOf(e).toLowerCase().replace(/_/g, '-');
  const m = /^utf-?(8|16|32)(-?(le|be))?$/.exec(n);
  if (m === null) return undefined;
  return m[1] === '8' ? 'utf-8' : `utf-${m[1]}-${m[3] ?? 'le'}`;
}

function surrogatepass(exc: Value): Value {
  const k = errKind(exc);
  const [start, end] = range(exc);
  const std = standardEncoding(exc);
  if (k === 'encode') {
    const cps = objectCps(exc);
    if (std === undefined) return throwIt(exc);
    const out: number[] = [];
    for (let i = start; i < end; i++) {
      const c = cps[i]!;
      if (c < 0xd800 || c > 0xdfff) return throwIt(exc);
      if (std === 'utf-8') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else if (std === 'utf-16-le') out.push(c & 255, c >> 8);
      else if (std === 'utf-16-be') out.push(c >> 8, c & 255);
      else if (std === 'utf-32-le') out.push(c & 255, c >> 8, 0, 0);
      else out.push(0, 0, c >> 8, c & 255);
    }
    return pair(newBytes(Uint8Array.from(out)), end);
  }
  if (k === 'decode') {
    if (std === undefined) return throwIt(exc);
    const r = surrogatePassDecode(objectBytes(exc), start, std);
    if (r === undefined) return throwIt(exc);
    return pair(r[0], r[1]);
  }
  return raise('TypeError', `don't know how to handle ${typeNameOf(exc)} in error callback`);
}

function surrogateescape(exc: Value): Value {
  const k = errKind(exc);
  const [start, end] = range(exc);
  if (k === 'encode') {
    const cps = objectCps(exc);
    const out: number[] = [];
    for (let i = start; i < end; i++) {
      const c = cps[i]!;
      if (c < 0xdc80 || c > 0xdcff) return throwIt(exc);
      out.push(c - 0xdc00);
    }
    return pair(newBytes(Uint8Array.from(out)), end);
  }
  if (k === 'decode') {
    const b = objectBytes(exc);
    let s = '';
    let i = start;
    for (; i < end && i < start + 4; i++) {
      if (b[i]! < 128) break;
      s += String.fromCharCode(0xdc00 + b[i]!);
    }
    if (i === start) return throwIt(exc);
    return pair(s, i);
  }
  return raise('TypeError', `don't know how to handle ${typeNameOf(exc)} in error callback`);
}

export const ERROR_HANDLER_FUNCTIONS: Record<string, NativeSpec> = {
  strict_errors: {
    sig: 'strict_errors(exception, /)',
    fn: fn((exc: Value) => {
      if (exc instanceof Ref && isInstanceOfBuiltin(exc, 'BaseException')) throw exc;
      return raise('TypeError', 'codec must pass exception instance');
    }),
  },
  ignore_errors: {
    sig: 'ignore_errors(exception, /)',
    fn: fn((exc: Value) => (errKind(exc), pair('', range(exc)[1]))),
  },
  replace_errors: {
    sig: 'replace_errors(exception, /)',
    fn: fn((exc: Value) => {
      const k = errKind(exc);
      const [start, end] = range(exc);
      if (k === 'decode') return pair('\ufffd', end);
      return pair((k === 'encode' ? '?' : '\ufffd').repeat(Math.max(0, end - start)), end);
    }),
  },
  xmlcharrefreplace_errors: {
    sig: 'xmlcharrefreplace_errors(exception, /)',
    fn: fn((exc: Value) => {
      onlyEncode(exc);
      const [start, end] = range(exc);
      return pair(xmlEscapes(objectCps(exc), start, end), end);
    }),
  },
  backslashreplace_errors: {
    sig: 'backslashreplace_errors(exception, /)',
    fn: fn((exc: Value) => {
      const k = errKind(exc);
      const [start, end] = range(exc);
      if (k === 'decode') {
        const b = objectBytes(exc);
        let s = '';
        for (let i = start; i < end; i++) s += `\\x${b[i]!.toString(16).padStart(2, '0')}`;
        return pair(s, end);
      }
      return pair(backslashEscapes(objectCps(exc), start, end), end);
    }),
  },
  namereplace_errors: {
    sig: 'namereplace_errors(exception, /)',
    fn: fn((exc: Value) => {
      onlyEncode(exc);
      const [start, end] = range(exc);
      return pair(nameEscapes(objectCps(exc), start, end), end);
    }),
  },
  surrogateescape: { sig: 'surrogateescape(exception, /)', fn: fn(surrogateescape) },
  surrogatepass: { sig: 'surrogatepass(exception, /)', fn: fn(surrogatepass) },
};


