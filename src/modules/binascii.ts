// The binascii module (behind base64, the 'hex'/'base64'/'uu' codecs, zipfile's crc32): hex,
// base64 and uuencode conversions, crc32 and crc_hqx, binascii.Error / Incomplete. The
// quoted-printable functions are absent: quopri then uses its pure-Python code.
// CPython: Modules/binascii.c.

import { type Value } from '../objects/value.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { newBytes } from '../objects/bytes.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { bufferBytes } from '../objects/buffer.js';
import { moduleDict } from '../objects/module.js';
import { isStr, strOf } from '../objects/str_type.js';
import { asIndex, hasIndex } from '../objects/coll_ops.js';
import { hexMethod } from '../objects/bytes_methods.js';
import { ByteWriter } from '../objects/codecs_utf.js';
import { importModule } from '../vm/imports.js';
import { defineModule, newExceptionType } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function binasciiError(msg: string): never {
  throw call(dictGet(moduleDict(importModule('binascii')), 'Error')!, [msg]);
}

/** Py_buffer arguments. */
function dataArg(v: Value): Uint8Array {
  const b = isStr(v) ? null : bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

/** ascii_buffer_converter: bytes-like, or a str of ASCII characters. */
function asciiArg(v: Value): Uint8Array {
  if (isStr(v)) {
    const s = strOf(v);
    if (/[^\x00-\x7f]/.test(s)) raise('ValueError', 'string argument should contain only ASCII characters');
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', `argument should be bytes, buffer or ASCII string, not '${typeNameOf(v)}'`);
  return b;
}

function uintArg(v: Value, bits: 16 | 32): number {
  if (!hasIndex(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = BigInt(asIndex(v));
  return Number(BigInt.asUintN(bits, n));
}

function hexlify(data: Value, sep: Value, per: Value): Value {
  const s = hexMethod(dataArg(data), sep, per);
  return newBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(v: Value): Value {
  const d = asciiArg(v);
  if (d.length % 2) binasciiError('Odd-length string');
  const out = new Uint8Array(d.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexVal(d[2 * i]!);
    const lo = hexVal(d[2 * i + 1]!);
    if (hi < 0 || lo < 0) binasciiError('Non-hexadecimal digit found');
    out[i] = hi * 16 + lo;
  }
  return newBytes(out);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

function b2aBase64(data: Value, newline: Value): Value {
  const d = dataArg(data);
  const w = new ByteWriter(Math.ceil(d.length / 3) * 4 + 1);
  let i = 0;
  for (; i + 2 < d.length; i += 3) {
    const n = (d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!;
    w.write([B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63), B64.charCodeAt((n >> 6) & 63), B64.charCodeAt(n & 63)]);
  }
  if (i < d.length) {
    const n = (d[i]! << 16) | ((d[i + 1] ?? 0) << 8);
    w.write([B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63)]);
    w.write(i + 1 < d.length ? [B64.charCodeAt((n >> 6) & 63), 61] : [61, 61]);
  }
  if (newline !== false && newline !== 0 && newline !== null) w.push(10);
  return newBytes(w.result());
}

/** binascii_a2b_base64_impl: lenient by default; strict_mode rejects what RFC 4648 3.3 allows skipping. */
function a2bBase64(data: Value, strictMode: Value): Value {
  const d = asciiArg(data);
  const strict = strictMode === true;
  const w = new ByteWriter(Math.ceil(d.length / 4) * 3);
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (let i = 0; i < d.length; i++) {
    const ch = d[i]!;
    if (ch === 61) {
      pads++;
      if (quad >= 2 && quad + pads <= 4) continue;
      if (!strict) continue;
      if (quad === 1) break;
      binasciiError(quad === 0 && i === 0 ? 'Leading padding not allowed' : 'Excess padding not allowed');
    }
    const v = B64_VALUE[ch]!;
    if (v < 0) {
      if (strict) binasciiError('Only base64 data is allowed');
      continue;
    }
    if (pads && strict) binasciiError(quad + pads === 4 ? 'Excess data after padding' : 'Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0: quad = 1; left = v; break;
      case 1: quad = 2; w.push(((left << 2) | (v >> 4)) & 255); left = v & 15; break;
      case 2: quad = 3; w.push(((left << 4) | (v >> 2)) & 255); left = v & 3; break;
      default: quad = 0; w.push(((left << 6) | v) & 255); left = 0;
    }
  }
  if (quad === 1) {
    binasciiError(`Invalid base64-encoded string: number of data characters (${Math.floor(w.n / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0 && quad + pads < 4) binasciiError('Incorrect padding');
  return newBytes(w.result());
}

function b2aUu(data: Value, backtick: Value): Value {
  const d = dataArg(data);
  const bt = backtick === true;
  if (d.length > 45) binasciiError('At most 45 bytes at once');
  const enc = (v: number): number => (bt && v === 0 ? 96 : 32 + v);
  const w = new ByteWriter(2 + Math.ceil(d.length / 3) * 4);
  w.push(enc(d.length & 63));
  for (let i = 0; i < d.length; i += 3) {
    const n = (d[i]! << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
    w.write([enc(n >> 18), enc((n >> 12) & 63), enc((n >> 6) & 63), enc(n & 63)]);
  }
  w.push(10);
  return newBytes(w.result());
}

function a2bUu(data: Value): Value {
  const d = asciiArg(data);
  if (d.length === 0) binasciiError('Missing length byte');
  let binLen = (d[0]! - 32) & 63;
  const w = new ByteWriter(binLen);
  let i = 1;
  let left = 0;
  let bits = 0;
  for (; binLen > 0; i++) {
    let ch = i < d.length ? d[i]! : 0;
    if (ch === 10 || ch === 13 || i >= d.length) {
      ch = 0;
    } else {
      if (ch < 32 || ch > 96) binasciiError('Illegal char');
      ch = (ch - 32) & 63;
    }
    left = (left << 6) | ch;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      w.push((left >> bits) & 255);
      left &= (1 << bits) - 1;
      binLen--;
    }
  }
  for (; i < d.length; i++) {
    const ch = d[i]!;
    if (ch !== 32 && ch !== 96 && ch !== 10 && ch !== 13) binasciiError('Trailing garbage');
  }
  return newBytes(w.result());
}

const CRC32_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
}

function crc32(data: Value, crc: Value): Value {
  const d = dataArg(data);
  let c = ~uintArg(crc, 32);
  for (let i = 0; i < d.length; i++) c = CRC32_TABLE[(c ^ d[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

function crcHqx(data: Value, crc: Value): Value {
  const d = dataArg(data);
  let c = uintArg(crc, 32) & 0xffff;
  for (let i = 0; i < d.length; i++) {
    c ^= d[i]! << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

export const binasciiModule = defineModule({
  name: 'binascii',
  doc: 'Conversion between binary data and ASCII',
  functions: {
    hexlify: { sig: 'hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)', fn: fn(hexlify) },
    b2a_hex: { sig: 'b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)', fn: fn(hexlify) },
    unhexlify: { sig: 'unhexlify($module, hexstr, /)', fn: fn(unhexlify) },
    a2b_hex: { sig: 'a2b_hex($module, hexstr, /)', fn: fn(unhexlify) },
    b2a_base64: { sig: 'b2a_base64($module, data, /, *, newline=True)', fn: fn(b2aBase64) },
    a2b_base64: { sig: 'a2b_base64($module, data, /, *, strict_mode=False)', fn: fn(a2bBase64) },
    b2a_uu: { sig: 'b2a_uu($module, data, /, *, backtick=False)', fn: fn(b2aUu) },
    a2b_uu: { sig: 'a2b_uu($module, data, /)', fn: fn(a2bUu) },
    crc32: { sig: 'crc32($module, data, crc=0, /)', fn: fn(crc32) },
    crc_hqx: { sig: 'crc_hqx($module, data, crc, /)', fn: fn(crcHqx) },
  },
  init(dict) {
    dictSet(dict, 'Error', newExceptionType('binascii', 'Error', ['ValueError']));
    dictSet(dict, 'Incomplete', newExceptionType('binascii', 'Incomplete', ['Exception']));
  },
});
