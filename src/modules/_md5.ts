// The _md5 module: MD5 (RFC 1321), hashlib's fallback without OpenSSL. CPython: Modules/md5module.c.
// Objects and constructor: hash_common.ts; here the block function.

import { Ref } from '../objects/value.js';
import { dictSet } from '../objects/dict.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { defineModule } from './define.js';
import { defineHashType, hashConstructor, type HashAlgorithm } from './hash_common.js';

/** Per-round shift amounts, four per round repeated. */
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** floor(|sin(i + 1)| * 2^32). */
const K = Uint32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));
const X = new Int32Array(16);

function compress(st: Uint32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    X[i] = b[j]! | (b[j + 1]! << 8) | (b[j + 2]! << 16) | (b[j + 3]! << 24);
  }
  let a = st[0]! | 0, bb = st[1]! | 0, c = st[2]! | 0, d = st[3]! | 0;
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    const round = i >> 4;
    if (round === 0) { f = (bb & c) | (~bb & d); g = i; }
    else if (round === 1) { f = (d & bb) | (~d & c); g = (5 * i + 1) & 15; }
    else if (round === 2) { f = bb ^ c ^ d; g = (3 * i + 5) & 15; }
    else { f = c ^ (bb | ~d); g = (7 * i) & 15; }
    const s = S[(round << 2) | (i & 3)]!;
    const t = (a + f + K[i]! + X[g]!) | 0;
    a = d;
    d = c;
    c = bb;
    bb = (bb + ((t << s) | (t >>> (32 - s)))) | 0;
  }
  st[0] = st[0]! + a; st[1] = st[1]! + bb; st[2] = st[2]! + c; st[3] = st[3]! + d;
}

const MD5: HashAlgorithm = {
  name: 'md5', typeName: 'md5', module: '_md5', digestSize: 16, blockSize: 64, stateWords: 4, lengthBytes: 8,
  bigEndian: false, initial: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], compress,
};
const md5Type = defineHashType(MD5);

defineModule({
  name: '_md5',
  functions: { md5: hashConstructor(MD5, md5Type, 'Return a new MD5 hash object; optionally initialized with a string.') },
  init(dict) {
    dictSet(dict, 'MD5Type', new Ref(TYPE_ADDR[md5Type.index]!));
    dictSet(dict, '_GIL_MINSIZE', 2048);
  },
});
