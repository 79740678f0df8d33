// The charmap codec of _codecs, behind cp1252, cp437, iso8859_*, koi8_r & co.: decoding through a
// table str or a mapping, encoding through a mapping (charmap_build makes one from a table str).
// CPython: Objects/unicodeobject.c (charmap_decode_string, charmap_decode_mapping, charmapencode_output,
// charmap_encoding_error, PyUnicode_BuildEncodingMap).

import { Ref, type Value } from '../objects/value.js';
import { raise, typeNameOf, getitem } from '../objects/protocol.js';
import { newDict, dictSet } from '../objects/dict.js';
import { isStr, strOf } from '../objects/str_type.js';
import { bufferBytes } from '../objects/buffer.js';
import { codePoints, fromCodePoints, hasSurrogates } from '../objects/str_cp.js';
import { hasIndex } from '../objects/coll_ops.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { ByteWriter, BadReplacement, type EncodeRep } from '../objects/codecs_utf.js';
import {
  encodeNative, decodeNative, encodeErrorFor, decodeErrorFor, unicodeError, throwException,
} from '../objects/codecs_native.js';

const UNDEFINED = 'character maps to <undefined>';

/** mapping[key], or undefined when the mapping raises LookupError. */
function lookupKey(mapping: Value, key: number): Value | undefined {
  try {
    return getitem(mapping, key);
  } catch (e) {
    if (e instanceof Ref && isInstanceOfBuiltin(e, 'LookupError')) return undefined;
    throw e;
  }
}

function intValue(v: Value): number {
  return typeof v === 'bigint' ? (v > 0x7fffffffn ? 0x7fffffff : v < -1n ? -1 : Number(v)) : Number(v);
}

/** charmap_decode: bytes -> str through a table str (U+FFFE = undefined) or a mapping. */
export function charmapDecode(data: Uint8Array, errors: string, mapping: Value): string {
  if (mapping === null) return decodeNative('latin_1', data, errors, true).text;
  const onError = decodeErrorFor('charmap', data, errors);
  let out = '';
  if (isStr(mapping)) {
    const m = strOf(mapping);
    const table = hasSurrogates(m) ? codePoints(m) : null;
    const n = table ? table.length : m.length;
    for (let i = 0; i < data.length;) {
      const b = data[i]!;
      const c = b < n ? (table ? table[b]! : m.charCodeAt(b)) : 0xfffe;
      if (c === 0xfffe) {
        const [rep, pos] = onError(i, i + 1, UNDEFINED);
        out += rep;
        i = pos;
        continue;
      }
      out += table ? fromCodePoints([c]) : String.fromCharCode(c);
      i++;
    }
    return out;
  }
  for (let i = 0; i < data.length;) {
    const v = lookupKey(mapping, data[i]!);
    let rep: string | undefined;
    if (v === undefined || v === null) {
      rep = undefined;
    } else if (typeof v !== 'boolean' && hasIndex(v) && (typeof v === 'number' || typeof v === 'bigint')) {
      const c = intValue(v);
      if (c < 0 || c > 0x10ffff) raise('TypeError', 'character mapping must be in range(0x110000)');
      rep = c === 0xfffe ? undefined : fromCodePoints([c]);
    } else if (isStr(v)) {
      const s = strOf(v);
      rep = s === '\ufffe' ? undefined : s;
    } else {
      raise('TypeError', 'character mapping must return integer, None or str');
    }
    if (rep === undefined) {
      const [r, pos] = onError(i, i + 1, UNDEFINED);
      out += r;
      i = pos;
      continue;
    }
    out += rep;
    i++;
  }
  return out;
}

/** The bytes a code point maps to, or undefined (charmapencode_lookup). */
function encodeOne(mapping: Value, c: number): Uint8Array | number | undefined {
  const v = lookupKey(mapping, c);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' || typeof v === 'bigint') {
    const n = intValue(v);
    if (n < 0 || n > 255) raise('TypeError', 'character mapping must be in range(256)');
    return n;
  }
  if (typeof v !== 'boolean') {
    const b = isInstanceOfBuiltin(v, 'bytes') ? bufferBytes(v) : null;
    if (b !== null) return b;
  }
  return raise('TypeError', `character mapping must return integer, bytes or None, not ${typeNameOf(v)}`);
}

/** charmap_encode: str -> bytes through a mapping {ord: int | bytes | None}. */
export function charmapEncode(s: string, errors: string, mapping: Value): Uint8Array {
  if (mapping === null) return encodeNative('latin_1', s, errors);
  const cps = codePoints(s);
  const w = new ByteWriter(cps.length);
  const onError = encodeErrorFor('charmap', s, cps, errors);
  const put = (r: Uint8Array | number): void => {
    if (typeof r === 'number') w.push(r);
    else w.write(r);
  };
  let i = 0;
  while (i < cps.length) {
    const r = encodeOne(mapping, cps[i]!);
    if (r !== undefined) {
      put(r);
      i++;
      continue;
    }
    // A run of unencodable characters is one error (charmap_encoding_error).
    let end = i + 1;
    while (end < cps.length && encodeOne(mapping, cps[end]!) === undefined) end++;
    let rep: EncodeRep;
    let pos: number;
    try {
      [rep, pos] = onError(i, end, UNDEFINED);
    } catch (e) {
      if (e instanceof BadReplacement) throwException(unicodeError('UnicodeEncodeError', 'charmap', s, e.start, e.end, e.reason));
      throw e;
    }
    if ('bytes' in rep) {
      w.write(rep.bytes);
    } else {
      // A str replacement is encoded through the mapping; failing that, the original error stands.
      for (const c of codePoints(rep.str)) {
        const b = encodeOne(mapping, c);
        if (b === undefined) throwException(unicodeError('UnicodeEncodeError', 'charmap', s, i, end, UNDEFINED));
        put(b);
      }
    }
    i = pos;
  }
  return w.result();
}

/**
 * charmap_build (PyUnicode_BuildEncodingMap): the encoding map {ord(ch): index} of the first 256
 * entries of a decoding table. CPython returns its EncodingMap (which skips U+FFFE entries) for a
 * table that starts with NUL and is BMP without other NULs, else a dict of all entries; ftpy
 * returns a dict in both cases, with the same contents.
 */
export function charmapBuild(table: string): Value {
  const cps = codePoints(table).slice(0, 256);
  if (cps.length === 0) raise('TypeError', 'bad argument type for built-in operation');
  let needDict = cps[0] !== 0;
  const l1 = new Set<number>();
  const l2 = new Set<number>();
  for (let i = 1; i < cps.length && !needDict; i++) {
    const c = cps[i]!;
    if (c === 0 || c > 0xffff) needDict = true;
    else if (c !== 0xfffe) {
      l1.add(c >> 11);
      l2.add(c >> 7);
    }
  }
  if (l1.size >= 0xff || l2.size >= 0xff) needDict = true;
  const d = newDict();
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] === 0xfffe && !needDict) continue;
    dictSet(d, cps[i]!, i);
  }
  return new Ref(d);
}
