// The _sha2 module: SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), the fallback hashlib and
// random.seed(str) use when there is no OpenSSL. CPython: Modules/sha2module.c (over HACL*).
// Objects and constructors: hash_common.ts; here the two compression functions and the constants.

import { type Value } from '../objects/value.js';
import { dictSet } from '../objects/dict.js';
import { Ref } from '../objects/value.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { defineModule } from './define.js';
import { defineHashType, hashConstructor, type HashAlgorithm } from './hash_common.js';

// Round constants: the first 32 (SHA-256) or 64 (SHA-512) bits of the fractional parts of the cube
// roots of the first primes; computed once rather than written out.
function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

/** Fractional bits of x^(1/root) for each prime, as 64-bit [hi, lo] pairs (exact, with bigint Newton). */
function fracBits(count: number, root: 2 | 3): number[] {
  const out: number[] = [];
  for (const p of primes(count)) {
    // floor(p^(1/root) * 2^64) by integer root of p * 2^(64*root).
    const target = BigInt(p) << BigInt(64 * root);
    // Newton's iteration from above the root decreases to floor(root).
    let x = BigInt(Math.floor(Math.pow(p, 1 / root) * 2 ** 20) + 2) << 44n;
    for (;;) {
      const y = root === 2 ? (x + target / x) / 2n : (2n * x + target / (x * x)) / 3n;
      if (y >= x) break;
      x = y;
    }
    while ((x + 1n) ** BigInt(root) <= target) x++;
    while (x ** BigInt(root) > target) x--;
    const frac = x & ((1n << 64n) - 1n);
    out.push(Number(frac >> 32n), Number(frac & 0xffffffffn));
  }
  return out;
}

const K64 = fracBits(80, 3);
const K32 = Uint32Array.from(K64.filter((_, i) => i % 2 === 0).slice(0, 64));
const H512 = fracBits(8, 2);
const H256 = H512.filter((_, i) => i % 2 === 0);
// SHA-384 and SHA-224 start from the next primes' square roots (the low word for SHA-224).
const H384 = fracBits(16, 2).slice(16);
const H224 = fracBits(16, 2).slice(16).filter((_, i) => i % 2 === 1);

const W32 = new Uint32Array(64);

function compress256(st: Uint32Array, b: Uint8Array, off: number): void {
  const w = W32;
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    w[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
  }
  let a = st[0]!, bb = st[1]!, c = st[2]!, d = st[3]!, e = st[4]!, f = st[5]!, g = st[6]!, h = st[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K32[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & bb) ^ (a & c) ^ (bb & c);
    const t2 = (S0 + maj) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
  }
  st[0] = st[0]! + a; st[1] = st[1]! + bb; st[2] = st[2]! + c; st[3] = st[3]! + d;
  st[4] = st[4]! + e; st[5] = st[5]! + f; st[6] = st[6]! + g; st[7] = st[7]! + h;
}

const W64 = new Int32Array(160);
const K64A = Int32Array.from(K64);

/** SHA-512's block function on 64-bit words held as [hi, lo] int32 pairs. */
function compress512(st: Uint32Array, b: Uint8Array, off: number): void {
  const w = W64;
  for (let i = 0; i < 32; i++) {
    const j = off + 4 * i;
    w[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 80; i++) {
    // s0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; s1 = rotr19 ^ rotr61 ^ shr6 of w[i-2].
    let xh = w[2 * (i - 15)]!, xl = w[2 * (i - 15) + 1]!;
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7);
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25));
    xh = w[2 * (i - 2)]!; xl = w[2 * (i - 2) + 1]!;
    const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6);
    const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26));
    let lo = (s0l >>> 0) + (s1l >>> 0) + (w[2 * (i - 16) + 1]! >>> 0) + (w[2 * (i - 7) + 1]! >>> 0);
    const hi = s0h + s1h + w[2 * (i - 16)]! + w[2 * (i - 7)]! + Math.floor(lo / 0x100000000);
    lo >>>= 0;
    w[2 * i] = hi;
    w[2 * i + 1] = lo;
  }
  let ah = st[0]! | 0, al = st[1]! | 0, bh = st[2]! | 0, bl = st[3]! | 0, ch = st[4]! | 0, cl = st[5]! | 0;
  let dh = st[6]! | 0, dl = st[7]! | 0, eh = st[8]! | 0, el = st[9]! | 0, fh = st[10]! | 0, fl = st[11]! | 0;
  let gh = st[12]! | 0, gl = st[13]! | 0, hh = st[14]! | 0, hl = st[15]! | 0;
  for (let i = 0; i < 80; i++) {
    // S1 = rotr14 ^ rotr18 ^ rotr41 of e; S0 = rotr28 ^ rotr34 ^ rotr39 of a.
    const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
    const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    let t1l = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (K64A[2 * i + 1]! >>> 0) + (w[2 * i + 1]! >>> 0);
    const t1h = (hh + S1h + chh + K64A[2 * i]! + w[2 * i]! + Math.floor(t1l / 0x100000000)) | 0;
    t1l >>>= 0;
    const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
    const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
    let t2l = (S0l >>> 0) + (majl >>> 0);
    const t2h = (S0h + majh + Math.floor(t2l / 0x100000000)) | 0;
    t2l >>>= 0;
    hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
    let nel = (dl >>> 0) + t1l;
    eh = (dh + t1h + Math.floor(nel / 0x100000000)) | 0; el = nel | 0;
    dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
    nel = t1l + t2l;
    ah = (t1h + t2h + Math.floor(nel / 0x100000000)) | 0; al = nel | 0;
  }
  const add = (i: number, h: number, l: number): void => {
    const lo = st[i + 1]! + (l >>> 0);
    st[i] = st[i]! + h + Math.floor(lo / 0x100000000);
    st[i + 1] = lo;
  };
  add(0, ah, al); add(2, bh, bl); add(4, ch, cl); add(6, dh, dl);
  add(8, eh, el); add(10, fh, fl); add(12, gh, gl); add(14, hh, hl);
}

const base256 = { module: '_sha2', blockSize: 64, stateWords: 8, lengthBytes: 8, bigEndian: true, compress: compress256 };
const base512 = { module: '_sha2', blockSize: 128, stateWords: 16, lengthBytes: 16, bigEndian: true, compress: compress512 };
const ALGS: HashAlgorithm[] = [
  { ...base256, name: 'sha224', typeName: 'SHA224Type', digestSize: 28, initial: H224 },
  { ...base256, name: 'sha256', typeName: 'SHA256Type', digestSize: 32, initial: H256 },
  { ...base512, name: 'sha384', typeName: 'SHA384Type', digestSize: 48, initial: H384 },
  { ...base512, name: 'sha512', typeName: 'SHA512Type', digestSize: 64, initial: H512 },
];
const TYPES = ALGS.map(defineHashType);
const DOCS = ['SHA-224', 'SHA-256', 'SHA-384', 'SHA-512'];

defineModule({
  name: '_sha2',
  functions: Object.fromEntries(ALGS.map((alg, i) => [alg.name,
    hashConstructor(alg, TYPES[i]!, `Return a new ${DOCS[i]} hash object; optionally initialized with a string.`)])),
  init(dict) {
    ALGS.forEach((alg, i) => dictSet(dict, alg.typeName, new Ref(TYPE_ADDR[TYPES[i]!.index]!)));
    dictSet(dict, '_GIL_MINSIZE', 2048);
  },
});

export type { Value };
