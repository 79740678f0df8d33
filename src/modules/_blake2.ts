// The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693) with every parameter of the parameter block
// (digest size, key, salt, personalisation, tree hashing), hashlib's fallback. CPython:
// Modules/blake2module.c (py_blake2b_new_impl's checks and messages).
// The chaining state, counter and pending block live in the object's raw bytes on the shared heap;
// each call runs under the object's lock.

import { U8, U32, I32 } from '../heap/index.js';
import { critical } from '../objects/critical.js';
import { dataArg, hex, constructorData } from './hash_common.js';
import { Ref, rawBase, addrHex, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, TYPE_ADDR, type BuiltinTypeDef } from '../objects/registry.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { newBytes } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { asIndex } from '../objects/coll_ops.js';
import { dictSet } from '../objects/dict.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

/** The message word order of each round (RFC 7693 section 2.7). */
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4], [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13], [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11], [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5], [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
/** The initial values: SHA-256's for BLAKE2s; SHA-512's (as lo, hi words) for BLAKE2b. */
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV64 = [0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19];

interface Variant {
  name: 'blake2b' | 'blake2s';
  label: string;
  docName: string;
  block: number;
  maxDigest: number;
  saltSize: number;
  /** Words of chaining state (32-bit). */
  words: number;
  compress(h: Uint32Array, hw: number, blk: Uint8Array, off: number, tLo: number, tHi: number, last: boolean, lastNode: boolean): void;
}

const V = new Uint32Array(32);
const M = new Uint32Array(32);

function readWords(blk: Uint8Array, off: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const j = off + 4 * i;
    M[i] = blk[j]! | (blk[j + 1]! << 8) | (blk[j + 2]! << 16) | (blk[j + 3]! << 24);
  }
}

function compressS(h: Uint32Array, hw: number, blk: Uint8Array, off: number, tLo: number, tHi: number, last: boolean, lastNode: boolean): void {
  readWords(blk, off, 16);
  for (let i = 0; i < 8; i++) {
    V[i] = h[hw + i]!;
    V[i + 8] = IV32[i]!;
  }
  V[12] = V[12]! ^ tLo;
  V[13] = V[13]! ^ tHi;
  if (last) V[14] = ~V[14]!;
  if (lastNode) V[15] = ~V[15]!;
  const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
    let va = V[a]!, vb = V[b]!, vc = V[c]!, vd = V[d]!;
    va = (va + vb + x) | 0; vd ^= va; vd = (vd >>> 16) | (vd << 16);
    vc = (vc + vd) | 0; vb ^= vc; vb = (vb >>> 12) | (vb << 20);
    va = (va + vb + y) | 0; vd ^= va; vd = (vd >>> 8) | (vd << 24);
    vc = (vc + vd) | 0; vb ^= vc; vb = (vb >>> 7) | (vb << 25);
    V[a] = va; V[b] = vb; V[c] = vc; V[d] = vd;
  };
  for (let r = 0; r < 10; r++) {
    const s = SIGMA[r]!;
    g(0, 4, 8, 12, M[s[0]!]!, M[s[1]!]!); g(1, 5, 9, 13, M[s[2]!]!, M[s[3]!]!);
    g(2, 6, 10, 14, M[s[4]!]!, M[s[5]!]!); g(3, 7, 11, 15, M[s[6]!]!, M[s[7]!]!);
    g(0, 5, 10, 15, M[s[8]!]!, M[s[9]!]!); g(1, 6, 11, 12, M[s[10]!]!, M[s[11]!]!);
    g(2, 7, 8, 13, M[s[12]!]!, M[s[13]!]!); g(3, 4, 9, 14, M[s[14]!]!, M[s[15]!]!);
  }
  for (let i = 0; i < 8; i++) h[hw + i] = h[hw + i]! ^ V[i]! ^ V[i + 8]!;
}

/** 64-bit words as (lo, hi) pairs at V[2i], V[2i+1]. */
function compressB(h: Uint32Array, hw: number, blk: Uint8Array, off: number, tLo: number, tHi: number, last: boolean, lastNode: boolean): void {
  readWords(blk, off, 32);
  for (let i = 0; i < 16; i++) {
    V[i] = h[hw + i]!;
    V[i + 16] = IV64[i]!;
  }
  V[24] = V[24]! ^ tLo;
  V[25] = V[25]! ^ tHi;
  if (last) { V[28] = ~V[28]!; V[29] = ~V[29]!; }
  if (lastNode) { V[30] = ~V[30]!; V[31] = ~V[31]!; }
  const add = (x: number, yl: number, yh: number): void => {
    const lo = V[2 * x]! + yl;
    V[2 * x + 1] = V[2 * x + 1]! + yh + (lo > 0xffffffff ? 1 : 0);
    V[2 * x] = lo;
  };
  const xorRot = (d: number, a: number, n: number): void => {
    const l = V[2 * d]! ^ V[2 * a]!;
    const hh = V[2 * d + 1]! ^ V[2 * a + 1]!;
    if (n === 32) { V[2 * d] = hh; V[2 * d + 1] = l; }
    else if (n < 32) { V[2 * d] = (l >>> n) | (hh << (32 - n)); V[2 * d + 1] = (hh >>> n) | (l << (32 - n)); }
    else { const m = n - 32; V[2 * d] = (hh >>> m) | (l << (32 - m)); V[2 * d + 1] = (l >>> m) | (hh << (32 - m)); }
  };
  const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
    add(a, V[2 * b]!, V[2 * b + 1]!); add(a, M[2 * x]!, M[2 * x + 1]!); xorRot(d, a, 32);
    add(c, V[2 * d]!, V[2 * d + 1]!); xorRot(b, c, 24);
    add(a, V[2 * b]!, V[2 * b + 1]!); add(a, M[2 * y]!, M[2 * y + 1]!); xorRot(d, a, 16);
    add(c, V[2 * d]!, V[2 * d + 1]!); xorRot(b, c, 63);
  };
  for (let r = 0; r < 12; r++) {
    const s = SIGMA[r % 10]!;
    g(0, 4, 8, 12, s[0]!, s[1]!); g(1, 5, 9, 13, s[2]!, s[3]!);
    g(2, 6, 10, 14, s[4]!, s[5]!); g(3, 7, 11, 15, s[6]!, s[7]!);
    g(0, 5, 10, 15, s[8]!, s[9]!); g(1, 6, 11, 12, s[10]!, s[11]!);
    g(2, 7, 8, 13, s[12]!, s[13]!); g(3, 4, 9, 14, s[14]!, s[15]!);
  }
  for (let i = 0; i < 16; i++) h[hw + i] = h[hw + i]! ^ V[i]! ^ V[i + 16]!;
}

const VARIANTS: Variant[] = [
  { name: 'blake2b', label: 'Blake2b', docName: 'BLAKE2b', block: 128, maxDigest: 64, saltSize: 16, words: 16, compress: compressB },
  { name: 'blake2s', label: 'Blake2s', docName: 'BLAKE2s', block: 64, maxDigest: 32, saltSize: 8, words: 8, compress: compressS },
];

// Raw layout (32-bit words): [lock][pending][t lo][t hi][digest size][last node][h...][block bytes]
const W_PENDING = 1;
const W_TLO = 2;
const W_THI = 3;
const W_SIZE = 4;
const W_LASTNODE = 5;
const W_H = 6;

function rawBytes(v: Variant): number {
  return 4 * (W_H + v.words) + v.block;
}

/** I32 index of an object's raw word 0. */
function wordOf(a: number): number {
  return rawBase(a) >> 2;
}

function blockAt(w: number, v: Variant): number {
  return (w + W_H + v.words) << 2;
}

function count(w: number, n: number): void {
  const lo = U32[w + W_TLO]! + n;
  U32[w + W_TLO] = lo;
  if (lo > 0xffffffff) U32[w + W_THI] = U32[w + W_THI]! + 1;
}

/** Absorbs data, always keeping the last (possibly full) block pending for the final compression. */
function absorb(w: number, v: Variant, data: Uint8Array): void {
  const blk = blockAt(w, v);
  let pending = I32[w + W_PENDING]!;
  for (let i = 0; i < data.length;) {
    if (pending === v.block) {
      count(w, v.block);
      v.compress(U32, w + W_H, U8, blk, U32[w + W_TLO]!, U32[w + W_THI]!, false, false);
      pending = 0;
    }
    const take = Math.min(v.block - pending, data.length - i);
    U8.set(data.subarray(i, i + take), blk + pending);
    pending += take;
    i += take;
  }
  I32[w + W_PENDING] = pending;
}

function finish(w: number, v: Variant): Uint8Array {
  const h = Uint32Array.from(U32.subarray(w + W_H, w + W_H + v.words));
  const pending = I32[w + W_PENDING]!;
  const last = new Uint8Array(v.block);
  last.set(U8.subarray(blockAt(w, v), blockAt(w, v) + pending));
  let lo = U32[w + W_TLO]! + pending;
  let hi = U32[w + W_THI]!;
  if (lo > 0xffffffff) { lo -= 0x100000000; hi++; }
  v.compress(h, 0, last, 0, lo, hi, true, I32[w + W_LASTNODE] === 1);
  const out = new Uint8Array(new Uint32Array(h).buffer).slice(0, I32[w + W_SIZE]!);
  return out;
}

function bytesArg(v: Value): Uint8Array {
  // key=b'' and the like: the binder's missing marker stands for the empty default.
  if (typeof v === 'symbol') return new Uint8Array(0);
  const b = typeof v === 'string' ? null : bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function unsigned(v: Value): bigint {
  const n = BigInt(asIndex(v));
  if (n < 0n) raise('ValueError', 'Cannot convert negative int');
  return n;
}

/** py_blake2b_new_impl / py_blake2s_new_impl: checks, the parameter block, the keyed first block. */
function create(v: Variant, t: number, args: Value[]): Ref {
  const [data, digestSizeV, keyV, saltV, personV, fanoutV, depthV, leafV, offsetV, nodeDepthV, innerV, lastNodeV, , stringV] = args;
  const digestSize = Number(asIndex(digestSizeV!));
  if (digestSize < 1 || digestSize > v.maxDigest) {
    raise('ValueError', `digest_size for ${v.label} must be between 1 and ${v.maxDigest} bytes, here it is ${digestSize}`);
  }
  const salt = bytesArg(saltV!);
  if (salt.length > v.saltSize) raise('ValueError', `maximum salt length is ${v.saltSize} bytes`);
  const person = bytesArg(personV!);
  if (person.length > v.saltSize) raise('ValueError', `maximum person length is ${v.saltSize} bytes`);
  const fanout = Number(asIndex(fanoutV!));
  if (fanout < 0 || fanout > 255) raise('ValueError', 'fanout must be between 0 and 255');
  const depth = Number(asIndex(depthV!));
  if (depth <= 0 || depth > 255) raise('ValueError', 'depth must be between 1 and 255');
  const leaf = unsigned(leafV!);
  if (leaf > 0xffffffffn) raise('OverflowError', 'leaf_size is too large');
  const offset = unsigned(offsetV!);
  if (offset >= 1n << 64n) raise('OverflowError', 'Python int too large for C unsigned long long');
  if (v.name === 'blake2s' && offset > 0xffffffffffffn) raise('OverflowError', 'node_offset is too large');
  const nodeDepth = Number(asIndex(nodeDepthV!));
  if (nodeDepth < 0 || nodeDepth > 255) raise('ValueError', 'node_depth must be between 0 and 255');
  const inner = Number(asIndex(innerV!));
  if (inner < 0 || inner > v.maxDigest) raise('ValueError', `inner_size must be between 0 and is ${v.maxDigest}`);
  const key = bytesArg(keyV!);
  if (key.length > v.maxDigest) raise('ValueError', `maximum key length is ${v.maxDigest} bytes`);
  const msg = constructorData(data!, stringV!);

  // The parameter block (little-endian), XORed into the IV.
  const p = new Uint8Array(4 * v.words);
  const dv = new DataView(p.buffer);
  p[0] = digestSize;
  p[1] = key.length;
  p[2] = fanout;
  p[3] = depth;
  dv.setUint32(4, Number(leaf), true);
  if (v.name === 'blake2b') {
    dv.setBigUint64(8, offset, true);
    p[16] = nodeDepth;
    p[17] = inner;
    p.set(salt, 32);
    p.set(person, 48);
  } else {
    dv.setUint32(8, Number(offset & 0xffffffffn), true);
    dv.setUint16(12, Number(offset >> 32n), true);
    p[14] = nodeDepth;
    p[15] = inner;
    p.set(salt, 16);
    p.set(person, 24);
  }
  const a = allocObj(t, 0, rawBytes(v));
  const w = rawBase(a) >> 2;
  U8.fill(0, w << 2, (w << 2) + rawBytes(v));
  const iv = v.name === 'blake2b' ? IV64 : IV32;
  for (let i = 0; i < v.words; i++) U32[w + W_H + i] = iv[i]! ^ dv.getUint32(4 * i, true);
  I32[w + W_SIZE] = digestSize;
  I32[w + W_LASTNODE] = lastNodeV === true ? 1 : 0;
  if (key.length > 0) {
    const kb = new Uint8Array(v.block);
    kb.set(key);
    absorb(w, v, kb);
  }
  if (msg.length > 0) absorb(w, v, msg);
  return new Ref(a);
}

function defineVariant(v: Variant): BuiltinTypeDef {
  const t: BuiltinTypeDef = defineBuiltinType({
    name: v.name,
    module: '_blake2',
    doc: `Return a new ${v.docName} hash object.`,
    methods: {
      __new__: {
        sig: `__new__(type, data=b'', /, *, digest_size=${v.maxDigest}, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True, string=None)`,
        kind: 'staticmethod',
        fn: fn((type: Value, ...rest: Value[]) => create(v, (type as Ref).a, rest)),
      },
      update: {
        sig: 'update($self, data, /)', doc: "Update this hash object's state with the provided bytes-like object.",
        fn: fn((self: Value, d: Value) => {
          const b = dataArg(d);
          critical(self, (a) => absorb(wordOf(a), v, b));
          return null;
        }),
      },
      digest: { sig: 'digest($self, /)', doc: 'Return the digest value as a bytes object.', fn: fn((self: Value) => newBytes(critical(self, (a) => finish(wordOf(a), v)))) },
      hexdigest: { sig: 'hexdigest($self, /)', doc: 'Return the digest value as a string of hexadecimal digits.', fn: fn((self: Value) => hex(critical(self, (a) => finish(wordOf(a), v)))) },
      copy: {
        sig: 'copy($self, /)', doc: 'Return a copy of the hash object.',
        fn: fn((self: Value) => critical(self, (a) => {
          const w = wordOf(a);
          const c = allocObj(TYPE_ADDR[t.index]!, 0, rawBytes(v));
          U8.set(U8.subarray((w << 2) + 4, (w << 2) + rawBytes(v)), rawBase(c) + 4);
          I32[rawBase(c) >> 2] = 0;
          return new Ref(c);
        })),
      },
    },
    getsets: {
      name: { get: fn(() => v.name) },
      digest_size: { get: fn((self: Value) => I32[(rawBase((self as Ref).a) >> 2) + W_SIZE]!) },
      block_size: { get: fn(() => v.block) },
    },
    attrs: { SALT_SIZE: () => v.saltSize, PERSON_SIZE: () => v.saltSize, MAX_KEY_SIZE: () => v.maxDigest, MAX_DIGEST_SIZE: () => v.maxDigest },
    slots: { repr: (self) => `<_blake2.${v.name} object at ${addrHex((self as Ref).a)}>` },
  });
  return t;
}

const TYPES = VARIANTS.map(defineVariant);

defineModule({
  name: '_blake2',
  init(dict) {
    VARIANTS.forEach((v, i) => {
      dictSet(dict, v.name, new Ref(TYPE_ADDR[TYPES[i]!.index]!));
      const up = v.name.toUpperCase();
      dictSet(dict, `${up}_SALT_SIZE`, v.saltSize);
      dictSet(dict, `${up}_PERSON_SIZE`, v.saltSize);
      dictSet(dict, `${up}_MAX_KEY_SIZE`, v.maxDigest);
      dictSet(dict, `${up}_MAX_DIGEST_SIZE`, v.maxDigest);
    });
    dictSet(dict, '_GIL_MINSIZE', 2048);
  },
});
