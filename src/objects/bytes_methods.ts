// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c and the stringlib
// templates both types instantiate): searching, splitting, stripping, padding, case mapping,
// predicates, hex, translate, join, decode. Each type passes how to read its data and how to make a
// result of its own type; the argument checks and messages are CPython's.

import { I32 } from '../heap/index.js';
import { Ref, type Value } from './value.js';
import { isSubtype } from './typeobject.js';
import { builtinTypeAddr } from './registry.js';
import { raise, typeNameOf } from './protocol.js';
import { MISSING } from './native.js';
import { hasIndex, asSsize } from './coll_ops.js';
import { newTuple, isTuple, tupleItems } from './tuple.js';
import { newList, seqFast } from './list.js';
import { bufferBytes } from './buffer.js';
import { sliceIndex, ssizeArg } from './seqargs.js';
import { isStr, strOf, strArg } from './str_type.js';
import { decodeToStr } from './codecs_native.js';
import * as B from './bytes_ops.js';

/** A bytes-like argument as a JS copy, or TypeError "a bytes-like object is required, not 'X'". */
export function bytesLike(v: Value): Uint8Array {
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

/** The sub argument of find/count/index: bytes-like or an int in range(256). */
function subArg(v: Value): Uint8Array {
  if (hasIndex(v)) return Uint8Array.of(byteValue(v));
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', `argument should be integer or bytes-like object, not '${typeNameOf(v)}'`);
  return b;
}

/** An int in range(256) (bytearray items, the int forms of find & co.). */
export function byteValue(v: Value): number {
  const n = asSsize(v, 'OverflowError');
  if (n < 0 || n > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return n;
}

function fillByte(fname: string, v: Value): number {
  if (!isInstanceOfBuiltin(v, 'bytes') && !isInstanceOfBuiltin(v, 'bytearray')) {
    raise('TypeError', `${fname}() argument 2 must be a byte string of length 1, not ${typeNameOf(v)}`);
  }
  const d = bufferBytes(v)!;
  if (d.length !== 1) {
    raise('TypeError', `${fname}(): argument 2 must be a byte string of length 1, not a ${typeNameOf(v)} object of length ${d.length}`);
  }
  return d[0]!;
}

function isInstanceOfBuiltin(v: Value, name: string): boolean {
  return v instanceof Ref && isSubtype(I32[v.a >> 2]!, builtinTypeAddr(name));
}

type Fn = (...args: never[]) => Value;
interface Spec { sig: string; fn: Fn; kind?: 'method' | 'staticmethod' | 'classmethod' }

/**
 * The shared methods. `data(self)` returns a JS copy of the contents; `make(d)` a new object of
 * the type (bytes or bytearray) holding `d`.
 */
export function sharedBytesMethods(data: (self: Value) => Uint8Array, make: (d: Uint8Array) => Value,
  makeForType: (cls: Value, d: Uint8Array) => Value, immutable = false): Record<string, Spec> {
  const m = (sig: string, fn: Fn): Spec => ({ sig, fn });
  const find = (reverse: boolean, index: boolean) =>
    (self: Value, sub: Value, start: Value, end: Value): Value => {
      const r = B.bytesFind(data(self), subArg(sub), sliceIndex(start, 0), sliceIndex(end, Number.MAX_SAFE_INTEGER), reverse);
      if (index && r < 0) raise('ValueError', 'subsection not found');
      return r;
    };
  const tail = (fname: string, atEnd: boolean) =>
    (self: Value, prefix: Value, start: Value, end: Value): Value => {
      const d = data(self);
      const a = sliceIndex(start, 0);
      const b = sliceIndex(end, Number.MAX_SAFE_INTEGER);
      if (isTuple(prefix)) {
        for (const p of tupleItems(prefix.a)) if (B.bytesTailMatch(d, bytesLike(p), a, b, atEnd)) return true;
        return false;
      }
      const p = bufferBytes(prefix);
      if (p === null) raise('TypeError', `${fname} first arg must be bytes or a tuple of bytes, not ${typeNameOf(prefix)}`);
      return B.bytesTailMatch(d, p, a, b, atEnd);
    };
  const split = (reverse: boolean) => (self: Value, sep: Value, maxsplit: Value): Value => {
    const d = data(self);
    const mx = ssizeArg(maxsplit);
    if (sep === null) return newList(B.bytesSplitWhitespace(d, mx, reverse).map(make));
    const s = bytesLike(sep);
    if (s.length === 0) raise('ValueError', 'empty separator');
    return newList(B.bytesSplitSep(d, s, mx, reverse).map(make));
  };
  const strip = (how: number) => (self: Value, chars: Value = null): Value =>
    make(B.bytesStrip(data(self), chars === null ? null : bytesLike(chars), how));
  const partition = (reverse: boolean) => (self: Value, sep: Value): Value => {
    const s = bytesLike(sep);
    if (s.length === 0) raise('ValueError', 'empty separator');
    const raw = B.bytesPartition(data(self), s, reverse);
    const parts: Value[] = raw.map(make);
    // bytes (immutable) hands back the separator object itself when found (stringlib partition).
    if (immutable && raw[1]!.length > 0) parts[1] = sep;
    return newTuple(parts);
  };
  const just = (fname: string, kind: 'l' | 'r' | 'c') => (self: Value, width: Value, fill?: Value): Value => {
    const d = data(self);
    const w = ssizeArg(width);
    // The default b' ' arrives as undefined or MISSING (the binder cannot build a bytes default).
    const f = fill === undefined || fill === (MISSING as unknown as Value) ? 0x20 : fillByte(fname, fill);
    if (kind === 'c') return make(B.bytesCenter(d, w, f));
    const marg = w - d.length;
    return make(marg <= 0 ? d : kind === 'l' ? B.bytesPad(d, 0, marg, f) : B.bytesPad(d, marg, 0, f));
  };
  const conv = (name: string, f: (d: Uint8Array) => Uint8Array) => m(`${name}($self, /)`, (self: Value) => make(f(data(self))));
  const pred = (name: string, f: (d: Uint8Array) => boolean) => m(`${name}($self, /)`, (self: Value) => f(data(self)));
  return {
    // DELIBERATE: CPython's signatures here read '($self, sub[, start[, end]], /)'; see str_type.ts.
    count: m('count($self, sub, start=None, end=None, /)', (self: Value, sub: Value, start: Value, end: Value) =>
      B.bytesCount(data(self), subArg(sub), sliceIndex(start, 0), sliceIndex(end, Number.MAX_SAFE_INTEGER))),
    find: m('find($self, sub, start=None, end=None, /)', find(false, false)),
    rfind: m('rfind($self, sub, start=None, end=None, /)', find(true, false)),
    index: m('index($self, sub, start=None, end=None, /)', find(false, true)),
    rindex: m('rindex($self, sub, start=None, end=None, /)', find(true, true)),
    startswith: m('startswith($self, prefix, start=None, end=None, /)', tail('startswith', false)),
    endswith: m('endswith($self, suffix, start=None, end=None, /)', tail('endswith', true)),
    split: m('split($self, /, sep=None, maxsplit=-1)', split(false)),
    rsplit: m('rsplit($self, /, sep=None, maxsplit=-1)', split(true)),
    splitlines: m('splitlines($self, /, keepends=False)', (self: Value, keep: Value) =>
      newList(B.bytesSplitLines(data(self), keep !== false && keep !== 0 && keep !== null).map(make))),
    partition: m('partition($self, sep, /)', partition(false)),
    rpartition: m('rpartition($self, sep, /)', partition(true)),
    strip: m('strip($self, bytes=None, /)', strip(3)),
    lstrip: m('lstrip($self, bytes=None, /)', strip(1)),
    rstrip: m('rstrip($self, bytes=None, /)', strip(2)),
    replace: m('replace($self, old, new, count=-1, /)', (self: Value, old: Value, rep: Value, count: Value = -1) =>
      make(B.bytesReplace(data(self), bytesLike(old), bytesLike(rep), ssizeArg(count)))),
    removeprefix: m('removeprefix($self, prefix, /)', (self: Value, p: Value) => {
      const d = data(self);
      const a = bytesLike(p);
      return make(B.bytesTailMatch(d, a, 0, d.length, false) ? d.slice(a.length) : d);
    }),
    removesuffix: m('removesuffix($self, suffix, /)', (self: Value, p: Value) => {
      const d = data(self);
      const a = bytesLike(p);
      return make(a.length > 0 && B.bytesTailMatch(d, a, 0, d.length, true) ? d.slice(0, d.length - a.length) : d);
    }),
    center: m("center($self, width, fillchar=b' ', /)", just('center', 'c')),
    ljust: m("ljust($self, width, fillchar=b' ', /)", just('ljust', 'l')),
    rjust: m("rjust($self, width, fillchar=b' ', /)", just('rjust', 'r')),
    zfill: m('zfill($self, width, /)', (self: Value, w: Value) => make(B.bytesZfill(data(self), ssizeArg(w)))),
    expandtabs: m('expandtabs($self, /, tabsize=8)', (self: Value, t: Value) => {
      const n = ssizeArg(t);
      if (n > 0x7fffffff || n < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
      return make(B.bytesExpandTabs(data(self), n));
    }),
    lower: conv('lower', B.bytesLower),
    upper: conv('upper', B.bytesUpper),
    swapcase: conv('swapcase', B.bytesSwapcase),
    title: conv('title', B.bytesTitle),
    capitalize: conv('capitalize', B.bytesCapitalize),
    isalnum: pred('isalnum', B.bytesIsAlnum),
    isalpha: pred('isalpha', B.bytesIsAlpha),
    isascii: pred('isascii', B.bytesIsAscii),
    isdigit: pred('isdigit', B.bytesIsDigit),
    islower: pred('islower', B.bytesIsLower),
    isspace: pred('isspace', B.bytesIsSpace),
    istitle: pred('istitle', B.bytesIsTitle),
    isupper: pred('isupper', B.bytesIsUpper),
    join: m('join($self, iterable_of_bytes, /)', (self: Value, iterable: Value) => {
      const sep = data(self);
      const items = seqFast(iterable, 'can only join an iterable');
      const parts: Uint8Array[] = [];
      items.forEach((x, i) => {
        const b = bufferBytes(x);
        if (b === null) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeNameOf(x)} found`);
        if (i > 0) parts.push(sep);
        parts.push(b);
      });
      return make(B.concatBytes(parts));
    }),
    hex: m('hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)', (self: Value, sep?: Value, per?: Value) =>
      hexMethod(data(self), sep, per)),
    decode: m("decode($self, /, encoding='utf-8', errors='strict')", (self: Value, enc: Value, errs: Value) => {
      const e = strArg(enc, (tn) => `decode() argument 'encoding' must be str, not ${tn}`);
      const r = strArg(errs, (tn) => `decode() argument 'errors' must be str, not ${tn}`);
      return decodeToStr(data(self), e, r);
    }),
    translate: m("translate($self, table, /, delete=b'')", (self: Value, table: Value, del?: Value) =>
      make(translate(data(self), table, del))),
    maketrans: {
      sig: 'maketrans(frm, to, /)', kind: 'staticmethod',
      fn: (frm: Value, to: Value): Value => make(maketrans(bytesLike(frm), bytesLike(to))),
    },
    fromhex: {
      sig: 'fromhex($type, string, /)', kind: 'classmethod',
      fn: (cls: Value, s: Value): Value => makeForType(cls, fromhex(s)),
    },
  };
}

/** bytes.hex / bytearray.hex / memoryview.hex. */
export function hexMethod(d: Uint8Array, sep: Value | undefined, per: Value = 1): string {
  if (sep === undefined || sep === (MISSING as unknown as Value)) return B.bytesHex(d, null, 0);
  let s: string;
  if (isStr(sep)) {
    s = strOf(sep);
  } else {
    const b = bufferBytes(sep);
    if (b === null) raise('TypeError', `object of type '${typeNameOf(sep)}' has no len()`);
    s = String.fromCharCode(...b);
  }
  if ([...s].length !== 1) raise('ValueError', 'sep must be length 1.');
  if (s.charCodeAt(0) > 0x7f) raise('ValueError', 'sep must be ASCII.');
  const n = ssizeArg(per);
  return B.bytesHex(d, s, n);
}

function fromhex(s: Value): Uint8Array {
  let text: string;
  if (isStr(s)) {
    text = strOf(s);
  } else {
    const b = bufferBytes(s);
    if (b === null) raise('TypeError', `fromhex() argument must be str or bytes-like, not ${typeNameOf(s)}`);
    text = String.fromCharCode(...b);
  }
  const r = B.bytesFromHex(text);
  if (!(r instanceof Uint8Array)) raise('ValueError', r.error);
  return r;
}

function translate(d: Uint8Array, table: Value, del?: Value): Uint8Array {
  let t: Uint8Array | null = null;
  if (table !== null) {
    t = bytesLike(table);
    if (t.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
  }
  const drop = del === undefined || del === (MISSING as unknown as Value) ? null : bytesLike(del);
  const out: number[] = [];
  for (const c of d) {
    if (drop !== null && drop.includes(c)) continue;
    out.push(t === null ? c : t[c]!);
  }
  return Uint8Array.from(out);
}

function maketrans(frm: Uint8Array, to: Uint8Array): Uint8Array {
  if (frm.length !== to.length) raise('ValueError', 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < frm.length; i++) t[frm[i]!] = to[i]!;
  return t;
}
