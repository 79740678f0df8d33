// What hashlib's fallback modules (_md5, _sha1, _sha2) share: a hash object type per algorithm whose
// state (chaining words, pending block, length) lives in the object's raw bytes on the shared heap,
// so one object can be updated from several threads (each call under the object's lock, as
// CPython's HASHLIB locks do), and the constructor with the `data`/`string` keyword rules.
// CPython: Modules/md5module.c, sha1module.c, sha2module.c and hashlib.h (GET_BUFFER_VIEW_OR_ERROUT).
// Each algorithm gives its block compression and its padding as data.

import { U8, U32, I32 } from '../heap/index.js';
import { critical } from '../objects/critical.js';
import { Ref, rawBase, addrHex, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, TYPE_ADDR, type BuiltinTypeDef } from '../objects/registry.js';
import { raise } from '../objects/protocol.js';
import { TypeFlag } from '../objects/layouts.js';
import { newBytes } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';

export const fn = (f: (...a: never[]) => Value) => f as never;

export interface HashAlgorithm {
  /** hashlib's name (h.name) and the type's name. */
  name: string;
  typeName: string;
  module: string;
  digestSize: number;
  blockSize: number;
  /** 32-bit words of chaining state. */
  stateWords: number;
  /** Bytes of the message length field in the padding (8 or 16), and its byte order. */
  lengthBytes: number;
  bigEndian: boolean;
  initial: readonly number[];
  /** Processes one block of `block` (from `off`) into `st`. */
  compress(st: Uint32Array, block: Uint8Array, off: number): void;
}

// Raw layout (32-bit words): [lock][pending bytes][length lo][length hi][state...][pending block]
const W_LOCK = 0;
const W_PENDING = 1;
const W_LEN_LO = 2;
const W_LEN_HI = 3;
const W_STATE = 4;

function rawBytes(alg: HashAlgorithm): number {
  return 4 * (W_STATE + alg.stateWords) + alg.blockSize;
}

interface Parts { st: Uint32Array; block: Uint8Array; word: number }

/** Views of an object's state words and pending block (the heap's own bytes). */
function parts(a: number, alg: HashAlgorithm): Parts {
  const word = rawBase(a) >> 2;
  const st = U32.subarray(word + W_STATE, word + W_STATE + alg.stateWords);
  const blockAt = (word + W_STATE + alg.stateWords) << 2;
  return { st, block: U8.subarray(blockAt, blockAt + alg.blockSize), word };
}

function absorb(a: number, alg: HashAlgorithm, data: Uint8Array): void {
  const { st, block, word } = parts(a, alg);
  let pending = I32[word + W_PENDING]!;
  // The message length in bytes, as two words (exact up to 2^64).
  const lo = U32[word + W_LEN_LO]! + data.length;
  U32[word + W_LEN_LO] = lo >>> 0;
  U32[word + W_LEN_HI] = U32[word + W_LEN_HI]! + Math.floor(lo / 0x100000000);
  let i = 0;
  if (pending > 0) {
    const take = Math.min(alg.blockSize - pending, data.length);
    block.set(data.subarray(0, take), pending);
    pending += take;
    i = take;
    if (pending < alg.blockSize) {
      I32[word + W_PENDING] = pending;
      return;
    }
    alg.compress(st, block, 0);
    pending = 0;
  }
  for (; i + alg.blockSize <= data.length; i += alg.blockSize) alg.compress(st, data, i);
  block.set(data.subarray(i), 0);
  I32[word + W_PENDING] = data.length - i;
}

/** The digest of what was absorbed so far (the object's state is left as it is). */
function digestOf(a: number, alg: HashAlgorithm): Uint8Array {
  const { st, block, word } = parts(a, alg);
  const s = Uint32Array.from(st);
  const pending = I32[word + W_PENDING]!;
  const bitsLo = (U32[word + W_LEN_LO]! * 8) % 0x100000000;
  const bitsHi = (U32[word + W_LEN_HI]! * 8 + Math.floor((U32[word + W_LEN_LO]! * 8) / 0x100000000)) >>> 0;
  // Padding: 0x80, zeros, then the bit length in the last lengthBytes bytes.
  const total = pending + 1 + alg.lengthBytes <= alg.blockSize ? alg.blockSize : 2 * alg.blockSize;
  const tail = new Uint8Array(total);
  tail.set(block.subarray(0, pending));
  tail[pending] = 0x80;
  const len = new Uint8Array(8);
  const dv = new DataView(len.buffer);
  if (alg.bigEndian) {
    dv.setUint32(0, bitsHi);
    dv.setUint32(4, bitsLo);
    tail.set(len, total - 8);
  } else {
    dv.setUint32(0, bitsLo, true);
    dv.setUint32(4, bitsHi, true);
    tail.set(len, total - alg.lengthBytes);
  }
  for (let off = 0; off < total; off += alg.blockSize) alg.compress(s, tail, off);
  const out = new Uint8Array(alg.digestSize);
  const odv = new DataView(out.buffer);
  for (let i = 0; i < alg.digestSize / 4; i++) odv.setUint32(4 * i, s[i]!, !alg.bigEndian);
  return out;
}

/** GET_BUFFER_VIEW_OR_ERROUT: str is refused with its own message. */
export function dataArg(v: Value): Uint8Array {
  if (typeof v === 'string') raise('TypeError', 'Strings must be encoded before hashing');
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', 'object supporting the buffer API required');
  return b;
}

export function hex(d: Uint8Array): string {
  let s = '';
  for (const x of d) s += x.toString(16).padStart(2, '0');
  return s;
}

/** Declares the hash object type of `alg`. */
export function defineHashType(alg: HashAlgorithm): BuiltinTypeDef {
  const t: BuiltinTypeDef = defineBuiltinType({
    name: alg.typeName,
    module: alg.module,
    flags: TypeFlag.DisallowInstantiation,
    methods: {
      update: {
        sig: 'update($self, obj, /)',
        doc: "Update this hash object's state with the provided string.",
        fn: fn((self: Value, obj: Value) => {
          const d = dataArg(obj);
          critical(self, (a) => absorb(a, alg, d));
          return null;
        }),
      },
      digest: {
        sig: 'digest($self, /)', doc: 'Return the digest value as a bytes object.',
        fn: fn((self: Value) => newBytes(critical(self, (a) => digestOf(a, alg)))),
      },
      hexdigest: {
        sig: 'hexdigest($self, /)', doc: 'Return the digest value as a string of hexadecimal digits.',
        fn: fn((self: Value) => hex(critical(self, (a) => digestOf(a, alg)))),
      },
      copy: {
        sig: 'copy($self, /)', doc: 'Return a copy of the hash object.',
        fn: fn((self: Value) => critical(self, (a) => {
          const c = allocObj(TYPE_ADDR[t.index]!, 0, rawBytes(alg));
          const n = rawBytes(alg) >> 2;
          const from = rawBase(a) >> 2;
          const to = rawBase(c) >> 2;
          // Everything but the lock word.
          for (let i = 1; i < n; i++) U32[to + i] = U32[from + i]!;
          return new Ref(c);
        })),
      },
    },
    getsets: {
      name: { get: fn(() => alg.name) },
      digest_size: { get: fn(() => alg.digestSize) },
      block_size: { get: fn(() => alg.blockSize) },
    },
    slots: {
      repr: (self) => `<${alg.module}.${alg.typeName} object at ${addrHex((self as Ref).a)}>`,
    },
  });
  return t;
}

/**
 * The bytes a constructor starts from: `data`, or the deprecated `string=` (not both). An omitted
 * `data` arrives as the binder's missing marker (CPython's NULL default).
 */
export function constructorData(data: Value, string: Value): Uint8Array {
  const given = typeof data !== 'symbol';
  if (given && string !== null) {
    raise('TypeError', "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
  }
  const src = given ? data : string;
  return src === null ? new Uint8Array(0) : dataArg(src);
}

/** The module function `name(data=b'', *, usedforsecurity=True, string=None)` making a new object. */
export function hashConstructor(alg: HashAlgorithm, type: BuiltinTypeDef, doc: string) {
  return {
    sig: `${alg.name}($module, /, data=b'', *, usedforsecurity=True, string=None)`,
    doc,
    fn: fn((data: Value, _usedforsecurity: Value, string: Value) => {
      const d = constructorData(data, string);
      const a = allocObj(TYPE_ADDR[type.index]!, 0, rawBytes(alg));
      const { st, word } = parts(a, alg);
      st.set(alg.initial);
      I32[word + W_LOCK] = 0;
      I32[word + W_PENDING] = 0;
      U32[word + W_LEN_LO] = 0;
      U32[word + W_LEN_HI] = 0;
      if (d.length > 0) absorb(a, alg, d);
      return new Ref(a);
    }),
  };
}
