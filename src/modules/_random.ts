// The _random module: the Mersenne Twister (MT19937) generator random.Random is built on, with
// CPython's seeding, so a seed gives the numbers CPython gives. CPython: Modules/_randommodule.c
// (genrand_uint32, init_genrand, init_by_array, random_seed, getrandbits, getstate/setstate).
// The state lives in the object's raw bytes on the shared heap: [lock][index][mt: 624 words]; each
// method runs under the object's lock (objects/critical.ts), as CPython 3.14t does, so threads
// sharing one generator never corrupt it.

import { I32, U32 } from '../heap/index.js';
import { critical } from '../objects/critical.js';
import { Ref, PyFloat, rawBase, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { asIndex, checkNewType, instanceSlotsOf, pyHash } from '../objects/coll_ops.js';
import { isTuple, newTuple, tupleItems } from '../objects/tuple.js';
import { intOf } from '../objects/numcore.js';
import { isSubtype, typeOf } from '../objects/typeobject.js';
import { T_INT } from '../objects/value.js';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { dictSet } from '../objects/dict.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
/** Raw bytes: lock word, index, the N state words. */
const RAW = 8 + 4 * N;

/** I32/U32 index of the state word 0 and of the index word. */
function mtBase(a: number): number {
  return (rawBase(a) + 8) >> 2;
}
function indexAt(a: number): number {
  return (rawBase(a) + 4) >> 2;
}

/** genrand_uint32: the next 32-bit output (tempered). */
function nextWord(a: number): number {
  const mt = mtBase(a);
  const ix = indexAt(a);
  if (I32[ix]! >= N) {
    // Generate N words at once.
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (U32[mt + kk]! & UPPER_MASK) | (U32[mt + kk + 1]! & LOWER_MASK);
      U32[mt + kk] = U32[mt + kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (U32[mt + kk]! & UPPER_MASK) | (U32[mt + kk + 1]! & LOWER_MASK);
      U32[mt + kk] = U32[mt + kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (U32[mt + N - 1]! & UPPER_MASK) | (U32[mt]! & LOWER_MASK);
    U32[mt + N - 1] = U32[mt + M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    I32[ix] = 0;
  }
  let y = U32[mt + I32[ix]!]!;
  I32[ix] = I32[ix]! + 1;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function initGenrand(a: number, s: number): void {
  const mt = mtBase(a);
  U32[mt] = s;
  for (let i = 1; i < N; i++) {
    const prev = U32[mt + i - 1]!;
    U32[mt + i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
  }
  I32[indexAt(a)] = N;
}

function initByArray(a: number, key: Uint32Array): void {
  const mt = mtBase(a);
  initGenrand(a, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = U32[mt + i - 1]!;
    U32[mt + i] = (U32[mt + i]! ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j]! + j;
    i++;
    j++;
    if (i >= N) {
      U32[mt] = U32[mt + N - 1]!;
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = U32[mt + i - 1]!;
    U32[mt + i] = (U32[mt + i]! ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) {
      U32[mt] = U32[mt + N - 1]!;
      i = 1;
    }
  }
  U32[mt] = 0x80000000; // MSB set: a non-zero initial array
}

/** The 32-bit words of a non-negative int, least significant first (at least one). */
function words(n: bigint): Uint32Array {
  const out: number[] = [];
  do {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(out);
}

/** random_seed: None seeds from the OS; an int by its absolute value; anything else by its hash. */
function seed(a: number, arg: Value | undefined): void {
  if (arg === undefined || arg === null) {
    const key = new Uint32Array(N);
    nodeBuiltin('node:crypto').randomFillSync(key);
    initByArray(a, key);
    return;
  }
  let n: bigint;
  const isInt = (typeof arg === 'number' && Number.isInteger(arg)) || typeof arg === 'bigint' || typeof arg === 'boolean'
    || (arg instanceof Ref && isSubtype(typeOf(arg), T_INT));
  if (isInt) {
    // int.__abs__ of the value, never a subclass's own __abs__ (issue #31478).
    const v = typeof arg === 'boolean' ? (arg ? 1n : 0n) : BigInt(arg instanceof Ref ? intOf(arg)! : arg as number | bigint);
    n = v < 0n ? -v : v;
  } else {
    const h = BigInt(pyHash(arg));
    n = h < 0n ? h + (1n << 64n) : h; // (size_t)hash
  }
  initByArray(a, words(n));
}

function newRandom(t: number): Ref {
  const base = TYPE_ADDR[randomType.index]!;
  const a = allocObj(t, t === base ? 0 : instanceSlotsOf(t), RAW);
  I32[indexAt(a)] = N + 1; // unseeded until __init__ (CPython's zeroed state is no better)
  return new Ref(a);
}

function randomInit(self: Value, args: Value[], kw: Map<string, Value>): Value {
  const t = typeOf(self);
  const base = TYPE_ADDR[randomType.index]!;
  if (t === base && kw.size > 0) raise('TypeError', 'Random() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `Random expected at most 1 argument, got ${args.length}`);
  critical(self, (a) => seed(a, args[0]));
  return null;
}

function getrandbits(self: Value, kV: Value): Value {
  if (!(typeof kV === 'number' && Number.isInteger(kV)) && typeof kV !== 'bigint' && typeof kV !== 'boolean'
    && !(kV instanceof Ref)) {
    raise('TypeError', `'${typeNameOf(kV)}' object cannot be interpreted as an integer`);
  }
  const k = BigInt(asIndex(kV));
  if (k < 0n) raise('ValueError', 'Cannot convert negative int');
  if (k >= 1n << 64n) raise('OverflowError', 'Python int too large for C uint64_t');
  if (k === 0n) return 0;
  const bits = Number(k);
  if (bits <= 32) return critical(self, (a) => nextWord(a) >>> (32 - bits));
  // DELIBERATE LIMIT: the result is built through one hex string, which V8 caps at 2^29 characters.
  if (bits > 2 ** 30) raise('MemoryError', '');
  const words = new Uint32Array(Math.ceil(bits / 32));
  critical(self, (a) => {
    // Words from least to most significant; the last drops its low bits.
    let left = bits;
    for (let i = 0; i < words.length; i++, left -= 32) {
      const w = nextWord(a);
      words[i] = left < 32 ? w >>> (32 - left) : w;
    }
  });
  // One hex conversion: linear, where OR-ing shifted words into a bigint would be quadratic.
  const parts: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) parts.push(words[i]!.toString(16).padStart(8, '0'));
  const r = BigInt(`0x${parts.join('')}`);
  return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

function setstate(self: Value, state: Value): Value {
  if (!isTuple(state)) raise('TypeError', 'state vector must be a tuple');
  const items = tupleItems(state.a);
  if (items.length !== N + 1) raise('ValueError', 'state vector is the wrong size');
  const next = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const v = items[i]!;
    if (!(typeof v === 'number' && Number.isInteger(v)) && typeof v !== 'bigint' && typeof v !== 'boolean'
      && !(v instanceof Ref && isSubtype(typeOf(v), T_INT))) {
      raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    }
    const b = BigInt(asIndex(v));
    if (b < 0n) raise('OverflowError', "can't convert negative value to unsigned int");
    if (b >= 1n << 64n) raise('OverflowError', 'Python int too large to convert to C unsigned long');
    next[i] = Number(b & 0xffffffffn); // (uint32_t) of an unsigned long
  }
  const index = asIndex(items[N]!);
  if (typeof index === 'bigint' || index < 0 || index > N) raise('ValueError', 'invalid state');
  critical(self, (a) => {
    const mt = mtBase(a);
    for (let i = 0; i < N; i++) U32[mt + i] = next[i]!;
    I32[indexAt(a)] = index;
  });
  return null;
}

export const randomType = defineBuiltinType({
  name: 'Random',
  module: '_random',
  flags: TypeFlag.BaseType,
  doc: 'Random() -> create a random number generator with its own internal state.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => newRandom(checkNewType(type, TYPE_ADDR[randomType.index]!))),
    },
    __init__: { sig: '__init__($self, /, *args, **kwargs)', fn: fn(randomInit) },
    random: {
      sig: 'random($self, /)',
      doc: 'random() -> x in the interval [0, 1).',
      fn: fn((self: Value) => critical(self, (a) => {
        const hi = nextWord(a) >>> 5;
        const lo = nextWord(a) >>> 6;
        const x = (hi * 67108864 + lo) * (1 / 9007199254740992);
        return x === 0 ? new PyFloat(0) : x;
      })),
    },
    seed: {
      sig: 'seed($self, n=None, /)',
      doc: 'seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.',
      fn: fn((self: Value, n: Value) => (critical(self, (a) => seed(a, n)), null)),
    },
    getstate: {
      sig: 'getstate($self, /)',
      doc: 'getstate() -> tuple containing the current state.',
      fn: fn((self: Value) => critical(self, (a) => {
        const mt = mtBase(a);
        const out: Value[] = [];
        for (let i = 0; i < N; i++) out.push(U32[mt + i]!);
        out.push(I32[indexAt(a)]!);
        return newTuple(out);
      })),
    },
    setstate: { sig: 'setstate($self, state, /)', doc: 'setstate(state) -> None.  Restores generator state.', fn: fn(setstate) },
    getrandbits: {
      sig: 'getrandbits($self, k, /)',
      doc: 'getrandbits(k) -> x.  Generates an int with k random bits.',
      fn: fn(getrandbits),
    },
  },
});

defineModule({
  name: '_random',
  doc: 'Module implements the Mersenne Twister random number generator.',
  init(dict) {
    dictSet(dict, 'Random', new Ref(TYPE_ADDR[randomType.index]!));
  },
});
