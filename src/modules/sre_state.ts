// What the _sre types share: a subject (str or bytes-like) as the engine's Int32Array of code points
// and slices of it, the heap layout of Pattern objects (their program lives in the raw area) and
// the creation of an engine state for a pattern and a subject. CPython: Modules/_sre/sre.c
// (getstring, state_init, getslice).

import { U32 } from '../heap/index.js';
import { Ref, getSlot, decode, rawBase, type Value } from '../objects/value.js';
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

/** A subject of matching: its code points and what slices are made of. */
export interface Subject {
  text: Int32Array;
  isBytes: boolean;
  /** The str value (str subjects). */
  str: string;
  /** The bytes (bytes-like subjects). */
  bytes: Uint8Array | null;
}

// The last str converted: loops call match/search on one string with moving positions.
let lastStr = '';
let lastText = new Int32Array(0);

function strText(s: string): Int32Array {
  if (s === lastStr) return lastText;
  const n = s.length;
  let out = new Int32Array(n);
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
  if (k !== n) out = out.slice(0, k);
  lastStr = s;
  lastText = out;
  return out;
}

/** getstring: the subject's characters, or TypeError. */
export function getSubject(v: Value): Subject {
  const s = strArg(v);
  if (s !== undefined) return { text: strText(s), isBytes: false, str: s, bytes: null };
  const d = isBytes(v) ? bytesData(v.a) : bufferBytes(v);
  if (d === null) raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(v)}'`);
  const text = new Int32Array(d.length);
  for (let i = 0; i < d.length; i++) text[i] = d[i]!;
  return { text, isBytes: true, str: '', bytes: d };
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

/** state_init: an engine state over `string` for pattern `p`, with the type checks. */
export function newState(p: number, string: Value, pos: number, endpos: number): { st: SreState; sub: Subject } {
  const sub = getSubject(string);
  const pb = patternIsBytes(p);
  if (sub.isBytes && pb === 0) raise('TypeError', 'cannot use a string pattern on a bytes-like object');
  if (!sub.isBytes && pb > 0) raise('TypeError', 'cannot use a bytes pattern on a string-like object');
  return { st: new SreState(sub.text, pos, endpos), sub };
}

/** The empty str or bytes of a subject (the joiner of sub()). */
export function emptyOf(sub: Subject): Value {
  return sub.isBytes ? newBytes([]) : '';
}
