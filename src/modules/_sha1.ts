// The _sha1 module: SHA-1 (FIPS 180-4), hashlib's fallback without OpenSSL. CPython: Modules/sha1module.c.
// Objects and constructor: hash_common.ts; here the block function.

import { Ref } from '../objects/value.js';
import { dictSet } from '../objects/dict.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { defineModule } from './define.js';
import { defineHashType, hashConstructor, type HashAlgorithm } from './hash_common.js';

const W = new Int32Array(80);

function compress(st: Uint32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    W[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 80; i++) {
    const x = W[i - 3]! ^ W[i - 8]! ^ W[i - 14]! ^ W[i - 16]!;
    W[i] = (x << 1) | (x >>> 31);
  }
  let a = st[0]! | 0, bb = st[1]! | 0, c = st[2]! | 0, d = st[3]! | 0, e = st[4]! | 0;
  for (let i = 0; i < 80; i++) {
    let f: number;
    let k: number;
    if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
    else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
    else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc; }
    else { f = bb ^ c ^ d; k = 0xca62c1d6; }
    const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]!) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = t;
  }
  st[0] = st[0]! + a; st[1] = st[1]! + bb; st[2] = st[2]! + c; st[3] = st[3]! + d; st[4] = st[4]! + e;
}

const SHA1: HashAlgorithm = {
  name: 'sha1', typeName: 'sha1', module: '_sha1', digestSize: 20, blockSize: 64, stateWords: 5, lengthBytes: 8,
  bigEndian: true, initial: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0], compress,
};
const sha1Type = defineHashType(SHA1);

defineModule({
  name: '_sha1',
  functions: { sha1: hashConstructor(SHA1, sha1Type, 'Return a new SHA1 hash object; optionally initialized with a string.') },
  init(dict) {
    dictSet(dict, 'SHA1Type', new Ref(TYPE_ADDR[sha1Type.index]!));
    dictSet(dict, '_GIL_MINSIZE', 2048);
  },
});
