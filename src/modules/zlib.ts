// The zlib module, one-shot part: compress/decompress (level, wbits for zlib/raw/gzip/auto
// headers), crc32/adler32 with a running value, the constants and zlib.error. The deflate and
// inflate work is node:zlib's (it bundles zlib, whose output is deterministic). Streaming
// compressobj/decompressobj are not implemented yet and say so. CPython: Modules/zlibmodule.c.

import { Ref, type Value } from '../objects/value.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { newTuple } from '../objects/tuple.js';
import { newBytes } from '../objects/bytes.js';
import { newDict, dictSet, dictGet } from '../objects/dict.js';
import { bufferBytes } from '../objects/buffer.js';
import { moduleDict } from '../objects/module.js';
import { isStr } from '../objects/str_type.js';
import { asIndex, hasIndex } from '../objects/coll_ops.js';
import { importModule } from '../vm/imports.js';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

const MAX_WBITS = 15;
const CONSTANTS: Record<string, number> = {
  DEFLATED: 8, DEF_BUF_SIZE: 16384, DEF_MEM_LEVEL: 8, MAX_WBITS,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_TREES: 6,
};

/** zlib's own messages for its error codes (zError), used when node gives none we can map. */
const Z_MESSAGES: Record<number, string> = {
  [-2]: 'stream error', [-3]: 'invalid stored block lengths', [-4]: 'insufficient memory', [-5]: 'incomplete or truncated stream',
};

function zlibError(msg: string): Value {
  return call(dictGet(moduleDict(importModule('zlib')), 'error')!, [msg]);
}

function dataArg(v: Value): Uint8Array {
  const b = isStr(v) ? null : bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function intArg(v: Value): number {
  if (!hasIndex(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  return n;
}

/** zlib_compress_impl: the header kind follows wbits as deflateInit2 reads it. */
function compress(data: Value, level: Value, wbits: Value): Value {
  const d = dataArg(data);
  const lv = intArg(level);
  let wb = intArg(wbits);
  if (lv < -1 || lv > 9) throw zlibError('Bad compression level');
  const z = nodeBuiltin('node:zlib');
  const lvl = lv;
  let out: Buffer;
  // zlib 1.2.9+ turns a window of 8 into 9 for deflate.
  const win = (w: number): number => (w === 8 ? 9 : w);
  if (wb >= 8 && wb <= 15) out = z.deflateSync(d, { level: lvl, windowBits: win(wb) });
  else if (wb >= -15 && wb <= -8) out = z.deflateRawSync(d, { level: lvl, windowBits: win(-wb) });
  else if (wb >= 24 && wb <= 31) out = z.gzipSync(d, { level: lvl, windowBits: win(wb - 16) });
  else {
    wb = 0;
    throw zlibError('Bad compression level');
  }
  return newBytes(out);
}

/** zlib_decompress_impl: wbits 0 takes the window from the header; 40..47 detects zlib or gzip. */
function decompress(data: Value, wbits: Value, bufsize: Value): Value {
  const d = dataArg(data);
  const wb = intArg(wbits);
  if (intArg(bufsize) < 0) raise('ValueError', 'bufsize must be non-negative');
  const z = nodeBuiltin('node:zlib');
  try {
    let out: Buffer;
    if (wb === 0) out = z.inflateSync(d);
    else if (wb >= 8 && wb <= 15) out = z.inflateSync(d, { windowBits: wb });
    else if (wb >= -15 && wb <= -8) out = z.inflateRawSync(d, { windowBits: -wb });
    else if (wb >= 24 && wb <= 31) out = z.gunzipSync(d, { windowBits: wb - 16 });
    else if (wb >= 40 && wb <= 47) out = z.unzipSync(d, { windowBits: wb - 32 });
    else throw zlibError('Error -2 while preparing to decompress data: inconsistent stream state');
    return newBytes(out);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    const errno = (e as { errno?: number }).errno ?? -2;
    const msg = errno === -3 ? e.message : (Z_MESSAGES[errno] ?? e.message);
    throw zlibError(`Error ${errno} while decompressing data: ${msg}`);
  }
}

const CRC32_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
}

function startValue(v: Value): number {
  if (!hasIndex(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  return Number(BigInt.asUintN(32, BigInt(asIndex(v))));
}

function crc32(data: Value, value: Value): Value {
  const d = dataArg(data);
  let c = ~startValue(value);
  for (let i = 0; i < d.length; i++) c = CRC32_TABLE[(c ^ d[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

function adler32(data: Value, value: Value): Value {
  const d = dataArg(data);
  const v = startValue(value);
  let a = v & 0xffff;
  let b = v >>> 16;
  for (let i = 0; i < d.length; i++) {
    a = (a + d[i]!) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function streamingMissing(): Value {
  raise('NotImplementedError', 'zlib.compressobj/decompressobj (streaming compression) are not implemented in ftpy yet');
}

export const zlibModule = defineModule({
  name: 'zlib',
  doc: 'The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.',
  functions: {
    compress: { sig: 'compress($module, data, /, level=-1, wbits=15)', fn: fn(compress) },
    decompress: { sig: 'decompress($module, data, /, wbits=15, bufsize=16384)', fn: fn(decompress) },
    crc32: { sig: 'crc32($module, data, value=0, /)', fn: fn(crc32) },
    adler32: { sig: 'adler32($module, data, value=1, /)', fn: fn(adler32) },
    compressobj: { sig: 'compressobj($module, /, *args, **kwargs)', fn: fn(streamingMissing) },
    decompressobj: { sig: 'decompressobj($module, /, *args, **kwargs)', fn: fn(streamingMissing) },
  },
  init(dict) {
    for (const [k, v] of Object.entries(CONSTANTS)) dictSet(dict, k, v);
    // The zlib that does the work is node's bundled one: report its version.
    const ver = process.versions.zlib?.split('-')[0] ?? 'unknown';
    dictSet(dict, 'ZLIB_VERSION', ver);
    dictSet(dict, 'ZLIB_RUNTIME_VERSION', ver);
    const ns = newDict();
    dictSet(ns, '__module__', 'zlib');
    dictSet(dict, 'error', call(new Ref(builtinTypeAddr('type')), ['error', newTuple([new Ref(builtinTypeAddr('Exception'))]), new Ref(ns)]));
  },
});
