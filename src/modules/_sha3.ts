// The _sha3 module: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202), hashlib's fallback without
// OpenSSL. CPython: Modules/sha3module.c (over HACL*).
// The Keccak state (25 64-bit lanes, little-endian) and the position in the current block live in
// the object's raw bytes on the shared heap; each call runs under the object's lock. Argument rules:
// hash_common.ts.

import { U8, U32, I32 } from '../heap/index.js';
import { critical } from '../objects/critical.js';
import { dataArg, hex, constructorData } from './hash_common.js';
import { Ref, rawBase, addrHex, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, TYPE_ADDR, type BuiltinTypeDef } from '../objects/registry.js';
import { raise } from '../objects/protocol.js';
import { TypeFlag } from '../objects/layouts.js';
import { newBytes } from '../objects/bytes.js';
import { asIndex } from '../objects/coll_ops.js';
import { dictSet } from '../objects/dict.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

// ---- Keccak-f[1600] on lanes as (lo, hi) 32-bit word pairs ------------------------------------

/** Rotation offset and destination lane of each lane (rho and pi), derived as FIPS 202 defines them. */
const RHO = new Int32Array(25);
const PI = new Int32Array(25);
{
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    RHO[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  for (let i = 0; i < 25; i++) {
    const lx = i % 5;
    const ly = Math.floor(i / 5);
    PI[i] = ly + 5 * ((2 * lx + 3 * ly) % 5);
  }
}

/** Round constants from the degree-8 LFSR (rc(t)), as (lo, hi) pairs. */
const RC = new Int32Array(48);
{
  const rcBit = (t: number): number => {
    let r = 1;
    for (let i = 0; i < t % 255; i++) {
      r <<= 1;
      if (r & 0x100) r ^= 0x171;
    }
    return r & 1;
  };
  for (let round = 0; round < 24; round++) {
    for (let j = 0; j < 7; j++) {
      if (!rcBit(j + 7 * round)) continue;
      const bit = 2 ** j - 1;
      if (bit < 32) RC[2 * round] |= 1 << bit;
      else RC[2 * round + 1] |= 1 << (bit - 32);
    }
  }
}

const B = new Int32Array(50);
const C = new Int32Array(10);

/** The permutation on 50 words starting at U32 index `w` (or on an array when given one). */
function keccak(s: Uint32Array | Int32Array, w: number): void {
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      C[2 * x] = s[w + 2 * x]! ^ s[w + 2 * x + 10]! ^ s[w + 2 * x + 20]! ^ s[w + 2 * x + 30]! ^ s[w + 2 * x + 40]!;
      C[2 * x + 1] = s[w + 2 * x + 1]! ^ s[w + 2 * x + 11]! ^ s[w + 2 * x + 21]! ^ s[w + 2 * x + 31]! ^ s[w + 2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const l = C[2 * ((x + 1) % 5)]!;
      const h = C[2 * ((x + 1) % 5) + 1]!;
      const dl = C[2 * ((x + 4) % 5)]! ^ ((l << 1) | (h >>> 31));
      const dh = C[2 * ((x + 4) % 5) + 1]! ^ ((h << 1) | (l >>> 31));
      for (let y = 0; y < 25; y += 5) {
        s[w + 2 * (x + y)] = s[w + 2 * (x + y)]! ^ dl;
        s[w + 2 * (x + y) + 1] = s[w + 2 * (x + y) + 1]! ^ dh;
      }
    }
    for (let i = 0; i < 25; i++) {
      const l = s[w + 2 * i]! | 0;
      const h = s[w + 2 * i + 1]! | 0;
      const n = RHO[i]!;
      const d = 2 * PI[i]!;
      if (n === 0) {
        B[d] = l;
        B[d + 1] = h;
      } else if (n < 32) {
        B[d] = (l << n) | (h >>> (32 - n));
        B[d + 1] = (h << n) | (l >>> (32 - n));
      } else if (n === 32) {
        B[d] = h;
        B[d + 1] = l;
      } else {
        B[d] = (h << (n - 32)) | (l >>> (64 - n));
        B[d + 1] = (l << (n - 32)) | (h >>> (64 - n));
      }
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const a = 2 * (x + y);
        const b1 = 2 * (((x + 1) % 5) + y);
        const b2 = 2 * (((x + 2) % 5) + y);
        s[w + a] = B[a]! ^ (~B[b1]! & B[b2]!);
        s[w + a + 1] = B[a + 1]! ^ (~B[b1 + 1]! & B[b2 + 1]!);
      }
    }
    s[w] = s[w]! ^ RC[2 * round]!;
    s[w + 1] = s[w + 1]! ^ RC[2 * round + 1]!;
  }
}

// ---- the hash objects ---------------------------------------------------------------------------

interface Sponge { name: string; rate: number; digestSize: number; suffix: number; doc: string }

// Raw layout (bytes): [lock: 4][position in block: 4][state: 200]
const STATE_AT = 8;
const RAW = STATE_AT + 200;

function absorb(a: number, sp: Sponge, data: Uint8Array): void {
  const base = rawBase(a);
  const st = base + STATE_AT;
  let pos = I32[(base + 4) >> 2]!;
  for (let i = 0; i < data.length; i++) {
    U8[st + pos] = U8[st + pos]! ^ data[i]!;
    if (++pos === sp.rate) {
      keccak(U32, st >> 2);
      pos = 0;
    }
  }
  I32[(base + 4) >> 2] = pos;
}

/** `n` bytes of output: pads a copy of the state, then squeezes (the object is unchanged). */
function squeeze(a: number, sp: Sponge, n: number): Uint8Array {
  const base = rawBase(a);
  const s = new Int32Array(50);
  const bytes = new Uint8Array(s.buffer);
  bytes.set(U8.subarray(base + STATE_AT, base + STATE_AT + 200));
  const pos = I32[(base + 4) >> 2]!;
  bytes[pos] = bytes[pos]! ^ sp.suffix;
  bytes[sp.rate - 1] = bytes[sp.rate - 1]! ^ 0x80;
  keccak(s, 0);
  const out = new Uint8Array(n);
  for (let done = 0; done < n;) {
    const take = Math.min(sp.rate, n - done);
    out.set(bytes.subarray(0, take), done);
    done += take;
    if (done < n) keccak(s, 0);
  }
  return out;
}

function lengthArg(v: Value): number {
  const n = asIndex(v);
  if (n < 0) raise('ValueError', 'Cannot convert negative int');
  if (n >= 2 ** 29) raise('ValueError', 'length is too large');
  return Number(n);
}

function defineSponge(sp: Sponge): BuiltinTypeDef {
  const shake = sp.digestSize === 0;
  const t: BuiltinTypeDef = defineBuiltinType({
    name: sp.name,
    module: '_sha3',
    flags: TypeFlag.DisallowInstantiation,
    doc: sp.doc,
    methods: {
      update: {
        sig: 'update($self, data, /)', doc: "Update this hash object's state with the provided bytes-like object.",
        fn: fn((self: Value, d: Value) => {
          const b = dataArg(d);
          critical(self, (a) => absorb(a, sp, b));
          return null;
        }),
      },
      digest: shake
        ? { sig: 'digest($self, /, length)', doc: 'Return the digest value as a bytes object.',
          fn: fn((self: Value, n: Value) => { const len = lengthArg(n); return newBytes(critical(self, (a) => squeeze(a, sp, len))); }) }
        : { sig: 'digest($self, /)', doc: 'Return the digest value as a bytes object.',
          fn: fn((self: Value) => newBytes(critical(self, (a) => squeeze(a, sp, sp.digestSize)))) },
      hexdigest: shake
        ? { sig: 'hexdigest($self, /, length)', doc: 'Return the digest value as a string of hexadecimal digits.',
          fn: fn((self: Value, n: Value) => { const len = lengthArg(n); return hex(critical(self, (a) => squeeze(a, sp, len))); }) }
        : { sig: 'hexdigest($self, /)', doc: 'Return the digest value as a string of hexadecimal digits.',
          fn: fn((self: Value) => hex(critical(self, (a) => squeeze(a, sp, sp.digestSize)))) },
      copy: {
        sig: 'copy($self, /)', doc: 'Return a copy of the hash object.',
        fn: fn((self: Value) => critical(self, (a) => {
          const c = allocObj(TYPE_ADDR[t.index]!, 0, RAW);
          // Everything but the lock word.
          U8.copyWithin(rawBase(c) + 4, rawBase(a) + 4, rawBase(a) + RAW);
          I32[rawBase(c) >> 2] = 0;
          return new Ref(c);
        })),
      },
    },
    getsets: {
      name: { get: fn(() => sp.name) },
      digest_size: { get: fn(() => sp.digestSize) },
      block_size: { get: fn(() => sp.rate) },
      _capacity_bits: { get: fn(() => 1600 - 8 * sp.rate) },
      _rate_bits: { get: fn(() => 8 * sp.rate) },
      _suffix: { get: fn(() => newBytes([sp.suffix])) },
    },
    slots: { repr: (self) => `<_sha3.${sp.name} object at ${addrHex((self as Ref).a)}>` },
  });
  return t;
}

const SPONGES: Sponge[] = [224, 256, 384, 512].map((bits) => ({
  name: `sha3_${bits}`, rate: 200 - bits / 4, digestSize: bits / 8, suffix: 0x06,
  doc: `sha3_${bits}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of ${bits / 8} bytes.`,
}));
for (const bits of [128, 256]) {
  SPONGES.push({
    name: `shake_${bits}`, rate: 200 - bits / 4, digestSize: 0, suffix: 0x1f,
    doc: `shake_${bits}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.`,
  });
}
const TYPES = SPONGES.map(defineSponge);

function construct(i: number, data: Value, string: Value): Value {
  const d = constructorData(data, string);
  const a = allocObj(TYPE_ADDR[TYPES[i]!.index]!, 0, RAW);
  U8.fill(0, rawBase(a), rawBase(a) + RAW);
  if (d.length > 0) absorb(a, SPONGES[i]!, d);
  return new Ref(a);
}

defineModule({
  name: '_sha3',
  functions: Object.fromEntries(SPONGES.map((sp, i) => [sp.name, {
    sig: `${sp.name}($module, data=b'', /, *, usedforsecurity=True, string=None)`,
    doc: sp.doc,
    fn: fn((data: Value, _u: Value, string: Value) => construct(i, data, string)),
  }])),
  init(dict) {
    dictSet(dict, 'implementation', 'HACL');
    dictSet(dict, '_GIL_MINSIZE', 2048);
  },
});
