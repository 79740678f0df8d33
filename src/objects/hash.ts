// Python hash values. int, float, bool, None and tuple hashes follow CPython exactly (they are
// observable and deterministic: Python/pyhash.c, Objects/longobject.c long_hash,
// Objects/tupleobject.c tuplehash). str hashes are randomised per process as in CPython, but with
// a different function (FNV-1a over UTF-16 code units, seeded) — DELIBERATE DIFFERENCE: CPython
// uses SipHash-1-3, so hash('abc') under a fixed PYTHONHASHSEED differs from CPython's.
// Dicts and sets store the low 32 bits (hash32), which keeps `1 == 1.0 == True` consistent.

export const HASH_MODULUS = (1n << 61n) - 1n;
const P = 2305843009213693951; // 2^61 - 1 (not exactly representable; used only for range checks)

let seed = 0x811c9dc5;

export function setHashSeed(s: number): void {
  seed = (s ^ 0x811c9dc5) >>> 0;
}

export function getHashSeed(): number {
  return seed;
}

/** 32-bit hash of a str (the low 32 bits of Python's hash() for it). */
export function strHash32(s: string): number {
  // hash('') is 0 in CPython whatever the seed (_Py_HashBytes).
  if (s.length === 0) return 0;
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Avoid -1 (CPython's "error" hash) so that hash() results look like CPython's.
  return h === -1 ? -2 : h | 0;
}

/** hash() of an int given as a JS number (|n| <= 2^53). */
export function intHash(n: number): number | bigint {
  if (n === -1) return -2;
  if (Math.abs(n) < P) return n;
  return bigIntHash(BigInt(n));
}

export function bigIntHash(n: bigint): number | bigint {
  const neg = n < 0n;
  let r = (neg ? -n : n) % HASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** Low 32 bits of a Python hash value. */
export function low32(h: number | bigint): number {
  if (typeof h === 'number') {
    if ((h | 0) === h) return h;
    return Number(BigInt.asIntN(32, BigInt(h)));
  }
  return Number(BigInt.asIntN(32, h));
}

const TWO_POW_28 = 268435456;

/** hash() of a float (Python/pyhash.c _Py_HashDouble). */
export function floatHash(x: number): number | bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return 0; // CPython 3.10+: hash(nan) depends on identity; rare as a key
    return x > 0 ? 314159 : -314159;
  }
  if (Number.isInteger(x)) {
    if (Math.abs(x) <= Number.MAX_SAFE_INTEGER) return intHash(x);
    return bigIntHash(BigInt(x));
  }
  // Exact algorithm with BigInt: x = m * 2^e, hash = m * 2^e mod P.
  let [m, e] = frexp(x);
  let sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  let hx = 0n;
  while (m) {
    hx = ((hx << 28n) & HASH_MODULUS) | (hx >> (61n - 28n));
    m *= TWO_POW_28;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    hx += BigInt(y);
    if (hx >= HASH_MODULUS) hx -= HASH_MODULUS;
  }
  const ee = e >= 0 ? BigInt(e % 61) : BigInt(61 - 1 - ((-1 - e) % 61));
  hx = ((hx << ee) & HASH_MODULUS) | (hx >> (61n - ee));
  let r = sign < 0 ? -hx : hx;
  if (r === -1n) r = -2n;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (C frexp). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  let exp = (hi >>> 20) & 0x7ff;
  if (exp === 0) {
    // Subnormal: scale up first.
    const [m, e] = frexp(x * 2 ** 64);
    return [m, e - 64];
  }
  exp -= 1022;
  buf.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [buf.getFloat64(0), exp];
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

/** Tuple hash from the items' hashes (Objects/tupleobject.c tuplehash, 64-bit). */
export function tupleHash(itemHashes: Array<number | bigint>): number | bigint {
  let acc = XXPRIME_5;
  for (const h of itemHashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  const signed = BigInt.asIntN(64, acc);
  return signed >= -9007199254740991n && signed <= 9007199254740991n ? Number(signed) : signed;
}

/** object.__hash__: from the address, as CPython's _Py_HashPointer (rotate by 4). */
export function pointerHash(addr: number): number {
  // Our addresses are 8-aligned: drop 3 low bits as CPython drops 4 on 16-aligned pointers.
  const h = addr >>> 3;
  return h === 0xffffffff ? -2 : h;
}
