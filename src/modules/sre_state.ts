// What the _sre types share: a subject (str or bytes-like) as the engine's Int32Array of code points
// and slices of it, the heap layout of Pattern objects (their program lives in the raw area) and
// the creation of an engine state for a pattern and a subject. CPython: Modules/_sre/sre.c
// (getstring, state_init, getslice).

import { U32, onCollectionEnd } from '../heap/index.js';
import { pinAddr } from '../objects/alloc.js';
import { Ref, getSlot, decode, encode, rawBase, type Value } from '../objects/value.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { strArg } from '../objects/numcore.js';
import { isBytes, bytesData, newBytes, T_BYTES } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { hasSurrogates, cpSlice } from '../objects/str_cp.js';
import { typeAddr } from '../objects/value.js';
import { SreState } from './sre_engine.js';

/** Pattern object slots; the code words follow in the raw area. */
export const enum PSlot { Pattern, Flags, Groups, GroupIndex, IndexGroup, IsBytes, CodeSize, Count }

export function patternGroups(p: number): number {
  return decode(getSlot(p, PSlot.Groups)) as number;
}

export function patternFlags(p: number): number {
  return decode(getSlot(p, PSlot.Flags)) as number;
}

/** -1 for a pattern compiled from None, 0 str, 1 bytes. */
export function patternIsBytes(p: number): number {
  return decode(getSlot(p, PSlot.IsBytes)) as number;
}

/** The program, as a view on the pattern's raw area (objects never move). */
export function patternCode(p: number): Uint32Array {
  const n = decode(getSlot(p, PSlot.CodeSize)) as number;
  const w = rawBase(p) >> 2;
  return U32.subarray(w, w + n);
}

export function patternSlot(p: number, s: PSlot): Value {
  return decode(getSlot(p, s)) as Value;
}

/** A subject of matching: what slices are made of. */
export interface Subject {
  isBytes: boolean;
  /** The str value (str subjects). */
  str: string;
  /** The bytes (bytes-like subjects). */
  bytes: Uint8Array | null;
}

/** getstring: the subject's characters, or TypeError. */
export function getSubject(v: Value): Subject {
  const s = strArg(v);
  if (s !== undefined) return { isBytes: false, str: s, bytes: null };
  const d = isBytes(v) ? bytesData(v.a) : bufferBytes(v);
  if (d === null) raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(v)}'`);
  return { isBytes: true, str: '', bytes: d };
}

/** Copies the subject's code points into the state's buffer (unless it holds them already). */
function load(st: SreState, sub: Subject, v: Value): number {
  if (!sub.isBytes) {
    const s = sub.str;
    if (st.srcStr === s) return st.length;
    const n = s.length;
    const out = st.reserve(n);
    let k = 0;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out[k++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      out[k++] = c;
    }
    st.srcStr = s;
    st.srcBytes = 0;
    return k;
  }
  const exact = v instanceof Ref && typeAddr(v.a) === T_BYTES ? v.a : 0;
  if (exact !== 0 && st.srcBytes === exact) return st.length;
  const d = sub.bytes!;
  const out = st.reserve(d.length);
  for (let i = 0; i < d.length; i++) out[i] = d[i]!;
  st.srcStr = null;
  st.srcBytes = exact;
  return d.length;
}

// Engine states are reused (their buffers and stacks are what costs); calls nest (a sub() callback
// may match again), so they are taken and given back in stack order.
const pool: SreState[] = [];
let poolTop = 0;
onCollectionEnd(() => {
  // Addresses of bytes objects are reused after a collection.
  for (const st of pool) st.srcBytes = 0;
});

/** A state over `v` (already checked by getSubject) with the window [pos, endpos). */
export function takeState(sub: Subject, v: Value, pos: number, endpos: number): SreState {
  let st = pool[poolTop];
  if (st === undefined) {
    st = new SreState();
    pool.push(st);
  }
  poolTop++;
  try {
    st.init(load(st, sub, v), pos, endpos);
  } catch (e) {
    poolTop--;
    throw e;
  }
  return st;
}

/** Gives back the state most recently taken. */
export function releaseState(): void {
  poolTop--;
}

/** getslice: characters [i, j) of the subject object `obj` as str or bytes. */
export function sliceSubject(sub: Subject, obj: Value, i: number, j: number): Value {
  if (sub.isBytes) {
    const d = sub.bytes!;
    if (obj instanceof Ref && typeAddr(obj.a) === T_BYTES && i === 0 && j === d.length) return obj;
    return newBytes(d.subarray(i, j));
  }
  const s = sub.str;
  if (i === 0 && j === s.length && typeof obj === 'string') return s;
  return hasSurrogates(s) ? cpSlice(s, i, j) : s.slice(i, j);
}

/** state_init's checks: the subject for pattern `p`. */
export function checkSubject(p: number, string: Value): Subject {
  const sub = getSubject(string);
  const pb = patternIsBytes(p);
  if (sub.isBytes && pb === 0) raise('TypeError', 'cannot use a string pattern on a bytes-like object');
  if (!sub.isBytes && pb > 0) raise('TypeError', 'cannot use a bytes pattern on a string-like object');
  return sub;
}

// The last long str stored into a Match: finditer and sub store one subject many times.
let lastStored = '';
let lastStoredAddr = 0;
onCollectionEnd(() => {
  lastStored = '';
  lastStoredAddr = 0;
});

/** The subject as a tagged heap value for a Match's slot (a long str is stored once). */
export function storedSubject(v: Value): number {
  if (typeof v === 'string' && v.length > 64) {
    if (lastStoredAddr !== 0 && v === lastStored) {
      pinAddr(lastStoredAddr);
      return lastStoredAddr;
    }
    const t = encode(v);
    lastStored = v;
    lastStoredAddr = t;
    return t;
  }
  return encode(v);
}

/** The empty str or bytes of a subject (the joiner of sub()). */
export function emptyOf(sub: Subject): Value {
  return sub.isBytes ? newBytes([]) : '';
}
