// The str type: every method of CPython 3.14's str, on JS strings counted in code points. Exact
// strs are JS strings; instances of str subclasses are heap objects whose slot 0 holds the heap
// str of their value (subclasses' own slots follow). The algorithms are in str_ops.ts, str_case.ts,
// strfmt.ts and codecs_native.ts. CPython: Objects/unicodeobject.c.

import { unexpectedKeyword } from './native.js';
import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { TypeFlag } from './layouts.js';
import { Ref, T_STR, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { isSubtype } from './typeobject.js';
import { raise, typeNameOf, getitem, setStrValueOf, str as pyStr } from './protocol.js';
import { strToHeap, strFromHeap } from './str.js';
import { strHash32 } from './hash.js';
import { MISSING } from './native.js';
import { reprStr } from '../parser/repr.js';
import {
  Cmp, notImplemented, asSsize, hasIndex, checkNewType, instanceSlotsOf, exceptionMatches,
} from './coll_ops.js';
import { newTuple, isTuple, tupleItems } from './tuple.js';
import { newList, seqFast } from './list.js';
import { isSlice, sliceIndices } from './slice.js';
import { repeatCount, badRepeat } from './tuple.js';
import { newDict, dictSet, dictItems, isDict } from './dict.js';
import {
  cpLength, cpSlice, cpAt, chr, codePoints, fromCodePoints, hasSurrogates, indexOfCp, compareStr, cpOffsets,
} from './str_cp.js';
import {
  strFind, strCount, strTailMatch, splitWhitespace, rsplitWhitespace, splitSep, rsplitSep, splitLines,
  strPartition, strStrip, Strip, strReplace, strPad, strCenter, strZfill, strExpandTabs,
} from './str_ops.js';
import * as C from './str_case.js';
import { sliceIndex, ssizeArg } from './seqargs.js';
import { strFormat, strFormatMap, formatStrSpec } from './strfmt.js';
import { percentFormatStr } from './strfmt_percent.js';
import { encodeStr, decodeToStr } from './codecs_native.js';
import { newBytes } from './bytes.js';
import { bufferBytes } from './buffer.js';
import { makeStrIter } from './str_iter.js';

// ---- values --------------------------------------------------------------------------------------

/** Is `v` a str (exact, or an instance of a subclass)? */
export function isStr(v: Value): boolean {
  return typeof v === 'string' || (v instanceof Ref && isSubtype(I32[v.a >> 2]!, T_STR));
}

/** The JS string of a str value (exact or subclass instance). */
export function strOf(v: Value): string {
  return typeof v === 'string' ? v : strFromHeap(getSlot((v as Ref).a, 0));
}

/** The JS string of `v`, or TypeError `msg(type name)` when it is not a str. */
export function strArg(v: Value, msg: (tn: string) => string): string {
  if (typeof v === 'string') return v;
  if (isStr(v)) return strOf(v);
  raise('TypeError', msg(typeNameOf(v)));
}

/** A new instance of str subclass `t` with value `s`. */
export function newStrSubclass(t: number, s: string): Ref {
  const a = allocObj(t, instanceSlotsOf(t), 0);
  setSlot(a, 0, strToHeap(s));
  return new Ref(a);
}

onTypesReady(() => setStrValueOf((r) => strOf(r)));

const S = strOf;
const mustBeStr = (fname: string, n: number) => (tn: string) => `${fname}() argument ${n} must be str, not ${tn}`;

// ---- searching -----------------------------------------------------------------------------------

function findArgs(fname: string, self: Value, sub: Value, start: Value, end: Value): [string, string, number, number] {
  return [S(self), strArg(sub, mustBeStr(fname, 1)), sliceIndex(start, 0), sliceIndex(end, Number.MAX_SAFE_INTEGER)];
}

function find(self: Value, sub: Value, start: Value, end: Value): Value {
  return strFind(...findArgs('find', self, sub, start, end), false);
}

function rfind(self: Value, sub: Value, start: Value, end: Value): Value {
  return strFind(...findArgs('rfind', self, sub, start, end), true);
}

function index(self: Value, sub: Value, start: Value, end: Value): Value {
  const r = strFind(...findArgs('index', self, sub, start, end), false);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

function rindex(self: Value, sub: Value, start: Value, end: Value): Value {
  const r = strFind(...findArgs('rindex', self, sub, start, end), true);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

function count(self: Value, sub: Value, start: Value, end: Value): Value {
  return strCount(...findArgs('count', self, sub, start, end));
}

function tailMatch(fname: string, atEnd: boolean) {
  return (self: Value, prefix: Value, start: Value, end: Value): Value => {
    const s = S(self);
    const a = sliceIndex(start, 0);
    const b = sliceIndex(end, Number.MAX_SAFE_INTEGER);
    if (isTuple(prefix)) {
      for (const p of tupleItems(prefix.a)) {
        const ps = strArg(p, (tn) => `tuple for ${fname} must only contain str, not ${tn}`);
        if (strTailMatch(s, ps, a, b, atEnd)) return true;
      }
      return false;
    }
    const ps = strArg(prefix, (tn) => `${fname} first arg must be str or a tuple of str, not ${tn}`);
    return strTailMatch(s, ps, a, b, atEnd);
  };
}

// ---- splitting and joining -------------------------------------------------------------------------

function split(reverse: boolean) {
  return (self: Value, sep: Value, maxsplit: Value): Value => {
    const s = S(self);
    const mx = ssizeArg(maxsplit);
    if (sep === null) return newList(reverse ? rsplitWhitespace(s, mx) : splitWhitespace(s, mx));
    const sp = strArg(sep, (tn) => `must be str or None, not ${tn}`);
    if (sp.length === 0) raise('ValueError', 'empty separator');
    return newList(reverse ? rsplitSep(s, sp, mx) : splitSep(s, sp, mx));
  };
}

function partition(reverse: boolean) {
  return (self: Value, sep: Value): Value => {
    const sp = strArg(sep, (tn) => `must be str, not ${tn}`);
    if (sp.length === 0) raise('ValueError', 'empty separator');
    return newTuple(strPartition(S(self), sp, reverse));
  };
}

function join(self: Value, iterable: Value): Value {
  const sep = S(self);
  const items = seqFast(iterable, 'can only join an iterable');
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (typeof x === 'string') parts[i] = x;
    else if (isStr(x)) parts[i] = strOf(x);
    else raise('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
  }
  return parts.join(sep);
}

function strip(how: Strip, fname: string) {
  return (self: Value, chars: Value = null): Value => {
    if (chars === null) return strStrip(S(self), null, how);
    return strStrip(S(self), strArg(chars, () => `${fname} arg must be None or str`), how);
  };
}

// ---- padding -------------------------------------------------------------------------------------

function fillChar(v: Value): string {
  const f = strArg(v, (tn) => `The fill character must be a unicode character, not ${tn}`);
  if (cpLength(f) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return f;
}

function just(kind: 'l' | 'r' | 'c') {
  return (self: Value, width: Value, fill: Value = ' '): Value => {
    const s = S(self);
    const w = ssizeArg(width);
    const f = fillChar(fill);
    if (kind === 'c') return strCenter(s, w, f);
    const marg = w - cpLength(s);
    if (marg <= 0) return s;
    return kind === 'l' ? strPad(s, 0, marg, f) : strPad(s, marg, 0, f);
  };
}

function expandtabs(self: Value, tabsize: Value): Value {
  const t = ssizeArg(tabsize);
  if (t > 0x7fffffff || t < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  return strExpandTabs(S(self), t);
}

// ---- replace / translate -----------------------------------------------------------------------

function replace(self: Value, old: Value, rep: Value, cnt: Value): Value {
  const o = strArg(old, mustBeStr('replace', 1));
  const r = strArg(rep, mustBeStr('replace', 2));
  return strReplace(S(self), o, r, ssizeArg(cnt));
}

function removeAffix(fname: string, suffix: boolean) {
  return (self: Value, affix: Value): Value => {
    const s = S(self);
    const a = strArg(affix, (tn) => `${fname}() argument must be str, not ${tn}`);
    if (a.length === 0) return s;
    if (!strTailMatch(s, a, 0, Number.MAX_SAFE_INTEGER, suffix)) return s;
    return suffix ? s.slice(0, s.length - a.length) : s.slice(a.length);
  };
}

/** str.translate(table): table[ord(c)] per code point; LookupError keeps the character. */
function translate(self: Value, table: Value): Value {
  const cache = new Map<number, string | null>();
  const out: string[] = [];
  for (const cp of codePoints(S(self))) {
    let r = cache.get(cp);
    if (r === undefined) {
      r = translateOne(table, cp);
      cache.set(cp, r);
    }
    if (r !== null) out.push(r);
  }
  return out.join('');
}

function translateOne(table: Value, cp: number): string | null {
  let v: Value;
  try {
    v = getitem(table, cp);
  } catch (e) {
    if (exceptionMatches(e, 'LookupError')) return chr(cp);
    throw e;
  }
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (isStr(v)) return strOf(v);
  if (hasIndex(v) && typeof v !== 'boolean') {
    const n = asSsize(v, 'OverflowError');
    if (n < 0 || n > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
    return chr(n);
  }
  raise('TypeError', 'character mapping must return integer, None or str');
}

/** str.maketrans(x[, y[, z]]) (unicode_maketrans_impl). */
function maketrans(x: Value, y?: Value, z?: Value): Value {
  const d = newDict();
  if (y === undefined || y === (MISSING as unknown as Value)) {
    if (!isDict(x)) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of dictItems(x.a)) {
      if (isStr(k)) {
        const ks = strOf(k);
        if (cpLength(ks) !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
        dictSet(d, cpAt(ks, 0), v);
      } else if (typeof k === 'number' && Number.isInteger(k) || typeof k === 'bigint' || typeof k === 'boolean') {
        dictSet(d, k, v);
      } else {
        raise('TypeError', 'keys in translate table must be strings or integers');
      }
    }
    return new Ref(d);
  }
  if (!isStr(x)) raise('TypeError', 'first maketrans argument must be a string if there is a second argument');
  const xs = codePoints(strOf(x));
  const ys = codePoints(strArg(y, mustBeStr('maketrans', 2)));
  if (xs.length !== ys.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) dictSet(d, xs[i]!, ys[i]!);
  if (z !== undefined && z !== (MISSING as unknown as Value)) {
    for (const c of codePoints(strArg(z, mustBeStr('maketrans', 3)))) dictSet(d, c, null);
  }
  return new Ref(d);
}

// ---- dunders ---------------------------------------------------------------------------------------

function subscript(self: Value, key: Value): Value {
  const s = S(self);
  if (typeof key === 'number' && Number.isInteger(key)) return charAt(s, key);
  if (isSlice(key)) {
    const len = cpLength(s);
    const [start, , step, n] = sliceIndices(key.a, len);
    if (n <= 0) return '';
    if (step === 1) return cpSlice(s, start, start + n);
    if (!hasSurrogates(s)) {
      let out = '';
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return out;
    }
    const cps = codePoints(s);
    const out: number[] = new Array(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = cps[j]!;
    return fromCodePoints(out);
  }
  if (hasIndex(key)) return charAt(s, asSsize(key, 'IndexError'));
  raise('TypeError', `string indices must be integers, not '${typeNameOf(key)}'`);
}

function charAt(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise('IndexError', 'string index out of range');
    return s[i]!;
  }
  const offs = cpOffsets(s);
  const n = offs.length - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'string index out of range');
  return s.slice(offs[i]!, offs[i + 1]!);
}

function contains(self: Value, item: Value): boolean {
  const sub = strArg(item, (tn) => `'in <string>' requires string as left operand, not ${tn}`);
  return indexOfCp(S(self), sub, 0) >= 0;
}

function add(self: Value, other: Value): Value {
  if (!isStr(other)) raise('TypeError', `can only concatenate str (not "${typeNameOf(other)}") to str`);
  return S(self) + strOf(other);
}

function mul(self: Value, other: Value): Value {
  const n = repeatCount(other);
  if (n === undefined) return badRepeat(other);
  const s = S(self);
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n > 0x1fffffe8) raise('OverflowError', 'repeated string is too long');
  return s.repeat(n);
}

function compare(op: Cmp) {
  return (self: Value, other: Value): Value => {
    if (!isStr(other)) return notImplemented();
    const c = compareStr(S(self), strOf(other));
    switch (op) {
      case Cmp.LT: return c < 0;
      case Cmp.LE: return c <= 0;
      case Cmp.EQ: return c === 0;
      case Cmp.NE: return c !== 0;
      case Cmp.GT: return c > 0;
      default: return c >= 0;
    }
  };
}

/** sys.getsizeof as a 64-bit CPython reports it (compact ASCII / latin-1 / UCS-2 / UCS-4 layouts). */
function sizeOf(self: Value): Value {
  const s = S(self);
  let max = 0;
  for (const c of codePoints(s)) if (c > max) max = c;
  const n = cpLength(s);
  if (max < 0x80) return 40 + n + 1;
  if (max < 0x100) return 56 + n + 1;
  if (max < 0x10000) return 56 + 2 * (n + 1);
  return 56 + 4 * (n + 1);
}

// ---- constructor ---------------------------------------------------------------------------------

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict') (unicode_new_impl). */
function strNew(type: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkNewType(type, T_STR);
  if (args.length > 3) raise('TypeError', `str expected at most 3 arguments, got ${args.length}`);
  const names = ['object', 'encoding', 'errors'];
  const bound: Array<Value | undefined> = [args[0], args[1], args[2]];
  for (const [k, v] of kwargs) {
    const i = names.indexOf(k);
    if (i < 0) unexpectedKeyword('str', names, k);
    if (bound[i] !== undefined) raise('TypeError', `argument for str() given by name ('${k}') and position (${i + 1})`);
    bound[i] = v;
  }
  const [obj, enc, errs] = bound;
  let s: string;
  if (enc === undefined && errs === undefined) {
    s = obj === undefined ? '' : pyStr(obj);
  } else {
    const e = enc === undefined ? 'utf-8' : strArg(enc, (tn) => `str() argument 'encoding' must be str, not ${tn}`);
    const r = errs === undefined ? 'strict' : strArg(errs, (tn) => `str() argument 'errors' must be str, not ${tn}`);
    s = decodeObject(obj === undefined ? newBytes(new Uint8Array(0)) : obj, e, r);
  }
  return t === T_STR ? s : newStrSubclass(t, s);
}

/** PyUnicode_FromEncodedObject: decodes a bytes-like object. */
export function decodeObject(obj: Value, encoding: string, errors: string): string {
  if (isStr(obj)) raise('TypeError', 'decoding str is not supported');
  const data = bufferBytes(obj);
  if (data === null) raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
  return decodeToStr(data, encoding, errors);
}

function encode(self: Value, encoding: Value, errors: Value): Value {
  const e = strArg(encoding, (tn) => `encode() argument 'encoding' must be str, not ${tn}`);
  const r = strArg(errors, (tn) => `encode() argument 'errors' must be str, not ${tn}`);
  return newBytes(encodeStr(S(self), e, r));
}

// ---- the type ------------------------------------------------------------------------------------

type Fn = (...args: never[]) => Value;
const m = (sig: string, fn: Fn): { sig: string; fn: Fn } => ({ sig, fn });
const pred = (name: string, f: (s: string) => boolean) => m(`${name}($self, /)`, (self: Value) => f(S(self)));
const conv = (name: string, f: (s: string) => string) => m(`${name}($self, /)`, (self: Value) => f(S(self)));

export const strType = defineBuiltinType({
  name: 'str',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from "
    + 'the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will '
    + 'be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() '
    + "(if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'.",
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: strNew },
    __repr__: m('__repr__($self, /)', (self: Value) => reprStr(S(self))),
    __str__: m('__str__($self, /)', (self: Value) => S(self)),
    __hash__: m('__hash__($self, /)', (self: Value) => strHash32(S(self))),
    __len__: m('__len__($self, /)', (self: Value) => cpLength(S(self))),
    __getitem__: m('__getitem__($self, key, /)', subscript),
    __contains__: m('__contains__($self, key, /)', contains),
    __iter__: m('__iter__($self, /)', (self: Value) => makeStrIter(S(self))),
    __add__: m('__add__($self, value, /)', add),
    __mul__: m('__mul__($self, value, /)', mul),
    __rmul__: m('__rmul__($self, value, /)', mul),
    __mod__: m('__mod__($self, value, /)', (self: Value, v: Value) => percentFormatStr(S(self), v)),
    __rmod__: m('__rmod__($self, value, /)', (self: Value, v: Value) =>
      (isStr(v) ? percentFormatStr(strOf(v), self) : notImplemented())),
    __eq__: m('__eq__($self, value, /)', compare(Cmp.EQ)),
    __ne__: m('__ne__($self, value, /)', compare(Cmp.NE)),
    __lt__: m('__lt__($self, value, /)', compare(Cmp.LT)),
    __le__: m('__le__($self, value, /)', compare(Cmp.LE)),
    __gt__: m('__gt__($self, value, /)', compare(Cmp.GT)),
    __ge__: m('__ge__($self, value, /)', compare(Cmp.GE)),
    __format__: {
      sig: '__format__($self, format_spec, /)', kind: 'method',
      fn: (self: Value, spec: Value): Value => {
        const sp = strArg(spec, (tn) => `__format__() argument must be str, not ${tn}`);
        // An empty spec means str(self), which a subclass may override (format_obj).
        if (sp === '' && typeof self !== 'string') return pyStr(self);
        return formatStrSpec(S(self), sp, self);
      },
    },
    __getnewargs__: { sig: '__getnewargs__($self, /)', kind: 'method', fn: (self: Value) => newTuple([S(self)]) },
    __sizeof__: { sig: '__sizeof__($self, /)', kind: 'method', fn: sizeOf },
    capitalize: conv('capitalize', C.strCapitalize),
    casefold: conv('casefold', C.strCasefold),
    lower: conv('lower', C.strLower),
    upper: conv('upper', C.strUpper),
    swapcase: conv('swapcase', C.strSwapcase),
    title: conv('title', C.strTitle),
    isalnum: pred('isalnum', C.strIsAlnum),
    isalpha: pred('isalpha', C.strIsAlpha),
    isascii: pred('isascii', C.strIsAscii),
    isdecimal: pred('isdecimal', C.strIsDecimal),
    isdigit: pred('isdigit', C.strIsDigit),
    isidentifier: pred('isidentifier', C.strIsIdentifier),
    islower: pred('islower', C.strIsLower),
    isnumeric: pred('isnumeric', C.strIsNumeric),
    isprintable: pred('isprintable', C.strIsPrintable),
    isspace: pred('isspace', C.strIsSpace),
    istitle: pred('istitle', C.strIsTitle),
    isupper: pred('isupper', C.strIsUpper),
    // DELIBERATE: CPython's text signature for these is '($self, sub[, start[, end]], /)', which
    // the native binder cannot parse; None defaults bind the same calls.
    count: m('count($self, sub, start=None, end=None, /)', count),
    find: m('find($self, sub, start=None, end=None, /)', find),
    rfind: m('rfind($self, sub, start=None, end=None, /)', rfind),
    index: m('index($self, sub, start=None, end=None, /)', index),
    rindex: m('rindex($self, sub, start=None, end=None, /)', rindex),
    startswith: m('startswith($self, prefix, start=None, end=None, /)', tailMatch('startswith', false)),
    endswith: m('endswith($self, suffix, start=None, end=None, /)', tailMatch('endswith', true)),
    center: m("center($self, width, fillchar=' ', /)", just('c')),
    ljust: m("ljust($self, width, fillchar=' ', /)", just('l')),
    rjust: m("rjust($self, width, fillchar=' ', /)", just('r')),
    zfill: m('zfill($self, width, /)', (self: Value, w: Value) => strZfill(S(self), ssizeArg(w))),
    expandtabs: m('expandtabs($self, /, tabsize=8)', expandtabs),
    encode: m("encode($self, /, encoding='utf-8', errors='strict')", encode),
    format: m('format($self, /, *args, **kwargs)', (self: Value, args: Value[], kw: Map<string, Value>) =>
      strFormat(S(self), args, kw)),
    format_map: m('format_map($self, mapping, /)', (self: Value, mapping: Value) => strFormatMap(S(self), mapping)),
    join: m('join($self, iterable, /)', join),
    split: m('split($self, /, sep=None, maxsplit=-1)', split(false)),
    rsplit: m('rsplit($self, /, sep=None, maxsplit=-1)', split(true)),
    splitlines: m('splitlines($self, /, keepends=False)', (self: Value, keep: Value) =>
      newList(splitLines(S(self), keep !== false && keep !== 0 && keep !== null))),
    partition: m('partition($self, sep, /)', partition(false)),
    rpartition: m('rpartition($self, sep, /)', partition(true)),
    strip: m('strip($self, chars=None, /)', strip(Strip.Both, 'strip')),
    lstrip: m('lstrip($self, chars=None, /)', strip(Strip.Left, 'lstrip')),
    rstrip: m('rstrip($self, chars=None, /)', strip(Strip.Right, 'rstrip')),
    replace: m('replace($self, old, new, /, count=-1)', replace),
    removeprefix: m('removeprefix($self, prefix, /)', removeAffix('removeprefix', false)),
    removesuffix: m('removesuffix($self, suffix, /)', removeAffix('removesuffix', true)),
    translate: m('translate($self, table, /)', translate),
    maketrans: {
      sig: 'maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)', kind: 'staticmethod', fn: maketrans,
    },
  },
  slots: {
    repr: (v) => reprStr(S(v)),
    str: (v) => S(v),
    hash: (v) => strHash32(S(v)),
    len: (v) => cpLength(S(v)),
    getitem: subscript,
    contains,
    iter: (v) => makeStrIter(S(v)),
    bool: (v) => S(v).length !== 0,
  },
});
