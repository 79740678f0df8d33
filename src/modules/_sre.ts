// The _sre module under `re`: compile() turns the opcode list of Lib/re/_compiler.py into a
// re.Pattern (program in the object's raw area), whose methods run the engine (sre_engine.ts):
// match, fullmatch, search, findall, finditer, scanner, split, sub, subn; and SRE_Scanner.
// CPython: Modules/_sre/sre.c (_sre_compile_impl, pattern_*, pattern_subx, scanner_*).

import { U32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { Ref, getSlot, setSlot, decode, encode, rawBase, typeAddr, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { raise, call, repr, typeNameOf, eqBool } from '../objects/protocol.js';
import { asSsizeStrict, asIndex, genericAlias, notImplemented, pyHash } from '../objects/coll_ops.js';
import { MISSING } from '../objects/native.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { newList, listItems, isList } from '../objects/list.js';
import { isDict, dictItems, dictSet } from '../objects/dict.js';
import { newMappingProxy } from '../objects/mappingproxy.js';
import { newDict } from '../objects/dict.js';
import { isCallableValue } from '../vm/callable.js';
import { getattr } from '../vm/attr.js';
import { makeCallableIter } from '../objects/iterators.js';
import { cpLength, cpSlice } from '../objects/str_cp.js';
import { defineModule } from './define.js';
import { markWeakrefable } from './weakref_table.js';
import { SreState, SreInternalError } from './sre_engine.js';
import { search } from './sre_search.js';
import { MAXREPEAT, lowerAscii, upperAscii, lowerUni, upperUni } from './sre_chars.js';
import {
  PSlot, patternCode, patternGroups, patternFlags, patternIsBytes, getSubject, sliceSubject, emptyOf, checkSubject,
  takeState, releaseState, storedSubject, type Subject,
} from './sre_state.js';
import { noNew, newMatch, makeTemplate, compileTemplate, templateLiteral, expandTemplate, joinPieces } from './sre_match.js';

const MAXSIZE = Number.MAX_SAFE_INTEGER;
const patternAddr = (): number => TYPE_ADDR[patternType.index]!;

function isPattern(v: Value): v is Ref {
  return v instanceof Ref && typeAddr(v.a) === patternAddr();
}

function ssize(v: Value): number {
  return v === (MISSING as unknown) ? MAXSIZE : asSsizeStrict(v);
}

/** Runs the engine, turning a malformed program into CPython's RuntimeError. */
function run<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SreInternalError) raise('RuntimeError', 'internal error in regular expression engine');
    throw e;
  }
}

// ---- compile -------------------------------------------------------------------------------------

function compile(pattern: Value, flagsV: Value, code: Value, groupsV: Value, groupindex: Value, indexgroup: Value): Value {
  const flags = Number(asIndex(flagsV));
  if (!isList(code)) raise('TypeError', `compile() argument 'code' must be list, not ${typeNameOf(code)}`);
  const groups = asSsizeStrict(groupsV);
  if (!isDict(groupindex)) raise('TypeError', `compile() argument 'groupindex' must be dict, not ${typeNameOf(groupindex)}`);
  if (!isTuple(indexgroup)) raise('TypeError', `compile() argument 'indexgroup' must be tuple, not ${typeNameOf(indexgroup)}`);
  const words = listItems(code.a);
  const vals: number[] = [];
  for (const w of words) {
    const v = asIndex(w);
    if (v < 0) raise('OverflowError', "can't convert negative int to unsigned");
    if (v > MAXREPEAT) raise('OverflowError', 'regular expression code size limit exceeded');
    vals.push(Number(v));
  }
  let isBytes = -1;
  if (pattern !== null) isBytes = getSubject(pattern).isBytes ? 1 : 0;
  const p = allocObj(patternAddr(), PSlot.Count, 4 * vals.length);
  setSlot(p, PSlot.Pattern, encode(pattern));
  setSlot(p, PSlot.Flags, encode(flags));
  setSlot(p, PSlot.Groups, encode(groups));
  const hasNames = dictItems(groupindex.a).length > 0;
  setSlot(p, PSlot.GroupIndex, encode(hasNames ? groupindex : null));
  setSlot(p, PSlot.IndexGroup, encode(hasNames && tupleItems(indexgroup.a).length > 0 ? indexgroup : null));
  setSlot(p, PSlot.IsBytes, encode(isBytes));
  setSlot(p, PSlot.CodeSize, encode(vals.length));
  const w = rawBase(p) >> 2;
  for (let i = 0; i < vals.length; i++) U32[w + i] = vals[i]!;
  return new Ref(p);
}

// ---- matching ------------------------------------------------------------------------------------

function patMatch(self: Value, string: Value, pos: Value, endpos: Value, mode: 'match' | 'fullmatch' | 'search'): Value {
  const p = self as Ref;
  const sub = checkSubject(p.a, string);
  const st = takeState(sub, string, ssize(pos), ssize(endpos));
  try {
    const code = patternCode(p.a);
    let ok: boolean;
    if (mode === 'search') ok = run(() => search(st, code));
    else {
      st.matchAll = mode === 'fullmatch';
      ok = run(() => st.match(code, 0, true));
    }
    return ok ? newMatch(p, storedSubject(string), st) : null;
  } finally {
    releaseState();
  }
}

/** state_getslice: group `index` (1-based) of the current state, '' or None when unmatched. */
function stateGroup(st: SreState, sub: Subject, string: Value, index: number, empty: boolean): Value {
  const j = (index - 1) * 2;
  if (j >= st.lastmark || !(st.mark[j]! >= 0) || !(st.mark[j + 1]! >= 0)) return empty ? emptyOf(sub) : null;
  return sliceSubject(sub, string, st.mark[j]!, st.mark[j + 1]!);
}

function findall(self: Value, string: Value, pos: Value, endpos: Value): Value {
  const p = (self as Ref).a;
  const sub = checkSubject(p, string);
  const st = takeState(sub, string, ssize(pos), ssize(endpos));
  try {
    return newList(findallIn(st, sub, string, patternCode(p), patternGroups(p)));
  } finally {
    releaseState();
  }
}

function findallIn(st: SreState, sub: Subject, string: Value, code: Uint32Array, groups: number): Value[] {
  const out: Value[] = [];
  while (st.start <= st.end) {
    st.reset();
    st.ptr = st.start;
    if (!run(() => search(st, code))) break;
    let item: Value;
    if (groups === 0) item = sliceSubject(sub, string, st.start, st.ptr);
    else if (groups === 1) item = stateGroup(st, sub, string, 1, true);
    else {
      const t: Value[] = [];
      for (let i = 0; i < groups; i++) t.push(stateGroup(st, sub, string, i + 1, true));
      item = newTuple(t);
    }
    out.push(item);
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  return out;
}

function split(self: Value, string: Value, maxsplitV: Value): Value {
  const p = (self as Ref).a;
  const maxsplit = asSsizeStrict(maxsplitV);
  const sub = checkSubject(p, string);
  const st = takeState(sub, string, 0, MAXSIZE);
  try {
    return newList(splitIn(st, sub, string, patternCode(p), patternGroups(p), maxsplit));
  } finally {
    releaseState();
  }
}

function splitIn(st: SreState, sub: Subject, string: Value, code: Uint32Array, groups: number, maxsplit: number): Value[] {
  const out: Value[] = [];
  let n = 0;
  let last = st.start;
  while (maxsplit === 0 || n < maxsplit) {
    st.reset();
    st.ptr = st.start;
    if (!run(() => search(st, code))) break;
    out.push(sliceSubject(sub, string, last, st.start));
    for (let i = 0; i < groups; i++) out.push(stateGroup(st, sub, string, i + 1, false));
    n++;
    st.mustAdvance = st.ptr === st.start;
    last = st.start = st.ptr;
  }
  out.push(sliceSubject(sub, string, last, st.endpos));
  return out;
}

/** pattern_subx: sub() and subn(). */
function subx(self: Value, repl: Value, string: Value, countV: Value, subn: boolean): Value {
  const pat = self as Ref;
  const p = pat.a;
  const count = asSsizeStrict(countV);
  let kind: 'literal' | 'template' | 'callable';
  let filter: Value = repl;
  if (isCallableValue(repl)) kind = 'callable';
  else {
    let literal = false;
    try {
      const r = getSubject(repl);
      literal = r.isBytes ? !r.bytes!.includes(92) : !r.str.includes('\\');
    } catch {
      literal = false;
    }
    if (literal) kind = 'literal';
    else {
      filter = compileTemplate(pat, repl);
      const lit = templateLiteral(filter as Ref);
      if (lit !== undefined) {
        filter = lit;
        kind = 'literal';
      } else kind = 'template';
    }
  }
  const sub = checkSubject(p, string);
  const st = takeState(sub, string, 0, MAXSIZE);
  try {
    return subIn(st, sub, pat, string, kind, filter, count, subn);
  } finally {
    releaseState();
  }
}

function subIn(st: SreState, sub: Subject, pat: Ref, string: Value, kind: 'literal' | 'template' | 'callable',
  filter: Value, count: number, subn: boolean): Value {
  const code = patternCode(pat.a);
  const parts: Value[] = [];
  let stored = 0;
  let n = 0;
  let i = 0;
  while (count === 0 || n < count) {
    st.reset();
    st.ptr = st.start;
    if (!run(() => search(st, code))) break;
    const b = st.start;
    const e = st.ptr;
    if (i < b) parts.push(sliceSubject(sub, string, i, b));
    let item: Value;
    if (kind === 'literal') item = filter;
    else {
      if (stored === 0) stored = storedSubject(string);
      const m = newMatch(pat, stored, st);
      item = kind === 'template' ? expandTemplate(filter as Ref, m) : call(filter, [m]);
    }
    if (item !== null) parts.push(item);
    i = e;
    n++;
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  if (i < st.endpos) parts.push(sliceSubject(sub, string, i, st.endpos));
  const result = parts.length === 0 ? emptyOf(sub) : joinPieces(parts, sub.isBytes);
  return subn ? newTuple([result, n]) : result;
}

// ---- repr, equality --------------------------------------------------------------------------------

const FLAG_NAMES: Array<[string, number]> = [
  ['re.IGNORECASE', 2], ['re.LOCALE', 4], ['re.MULTILINE', 8], ['re.DOTALL', 16], ['re.UNICODE', 32],
  ['re.VERBOSE', 64], ['re.DEBUG', 128], ['re.ASCII', 256],
];

function patternRepr(self: Value): string {
  const p = (self as Ref).a;
  let flags = patternFlags(p);
  if (patternIsBytes(p) === 0 && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
  const items: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      items.push(name);
      flags &= ~bit;
    }
  }
  if (flags) items.push(`0x${(flags >>> 0).toString(16)}`);
  let r = repr(decode(getSlot(p, PSlot.Pattern)) as Value);
  if (cpLength(r) > 200) r = cpSlice(r, 0, 200);
  return items.length > 0 ? `re.compile(${r}, ${items.join('|')})` : `re.compile(${r})`;
}

function patternEq(a: Value, b: Value): Value {
  if (!isPattern(a) || !isPattern(b)) return notImplemented();
  if (a.a === b.a) return true;
  if (patternFlags(a.a) !== patternFlags(b.a) || patternIsBytes(a.a) !== patternIsBytes(b.a)) return false;
  const ca = patternCode(a.a);
  const cb = patternCode(b.a);
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return false;
  return eqBool(decode(getSlot(a.a, PSlot.Pattern)) as Value, decode(getSlot(b.a, PSlot.Pattern)) as Value);
}

function patternHash(self: Value): number {
  const p = (self as Ref).a;
  const h = pyHash(decode(getSlot(p, PSlot.Pattern)) as Value);
  let x = typeof h === 'bigint' ? Number(BigInt.asIntN(32, h)) : h | 0;
  const code = patternCode(p);
  for (let i = 0; i < code.length; i++) x = (Math.imul(x, 1000003) ^ code[i]!) | 0;
  x ^= patternFlags(p) ^ patternIsBytes(p) ^ code.length;
  return x === -1 ? -2 : x;
}

const MATCH_ARGS = '$self, /, string, pos=0, endpos=sys.maxsize';

export const patternType = defineBuiltinType({
  name: 'Pattern',
  module: 're',
  instanceSlots: PSlot.Count,
  doc: 'Compiled regular expression object.',
  methods: {
    __new__: noNew('re.Pattern'),
    match: { sig: `match(${MATCH_ARGS})`, fn: (s: Value, a: Value, p: Value, e: Value) => patMatch(s, a, p, e, 'match') },
    fullmatch: { sig: `fullmatch(${MATCH_ARGS})`, fn: (s: Value, a: Value, p: Value, e: Value) => patMatch(s, a, p, e, 'fullmatch') },
    search: { sig: `search(${MATCH_ARGS})`, fn: (s: Value, a: Value, p: Value, e: Value) => patMatch(s, a, p, e, 'search') },
    findall: { sig: `findall(${MATCH_ARGS})`, fn: findall },
    finditer: {
      sig: `finditer(${MATCH_ARGS})`,
      fn: (s: Value, a: Value, p: Value, e: Value) => makeCallableIter(getattr(newScanner(s, a, p, e), 'search'), null),
    },
    scanner: { sig: `scanner(${MATCH_ARGS})`, fn: newScanner },
    split: { sig: 'split($self, /, string, maxsplit=0)', fn: split },
    sub: { sig: 'sub($self, /, repl, string, count=0)', fn: (s: Value, r: Value, a: Value, c: Value) => subx(s, r, a, c, false) },
    subn: { sig: 'subn($self, /, repl, string, count=0)', fn: (s: Value, r: Value, a: Value, c: Value) => subx(s, r, a, c, true) },
    __copy__: { sig: '__copy__($self, /)', fn: (s: Value) => s },
    __deepcopy__: { sig: '__deepcopy__($self, memo, /)', fn: (s: Value) => s },
    __eq__: { sig: '__eq__($self, value, /)', fn: patternEq },
    __ne__: {
      sig: '__ne__($self, value, /)',
      fn: (a: Value, b: Value) => { const r = patternEq(a, b); return typeof r === 'boolean' ? !r : r; },
    },
    __class_getitem__: { sig: '__class_getitem__($type, object, /)', kind: 'classmethod', fn: (c: Value, i: Value) => genericAlias(c, i) },
  },
  getsets: {
    pattern: { get: ((s: Value) => decode(getSlot((s as Ref).a, PSlot.Pattern))) as never, member: true },
    flags: { get: ((s: Value) => patternFlags((s as Ref).a)) as never, member: true },
    groups: { get: ((s: Value) => patternGroups((s as Ref).a)) as never, member: true },
    groupindex: {
      get: ((s: Value) => {
        const gi = decode(getSlot((s as Ref).a, PSlot.GroupIndex)) as Value;
        return gi === null ? new Ref(newDict()) : newMappingProxy(gi);
      }) as never,
    },
  },
  slots: { repr: patternRepr, hash: patternHash },
});

markWeakrefable(['Pattern']);

// ---- SRE_Scanner ----------------------------------------------------------------------------------

/** Scanner slots: the next search start is -1 once exhausted. */
const enum SSlot { Pattern, String, Pos, Endpos, Start, MustAdvance, Count }

export const scannerType = defineBuiltinType({
  name: 'SRE_Scanner',
  module: '_sre',
  instanceSlots: SSlot.Count,
  methods: {
    __new__: noNew('_sre.SRE_Scanner'),
    match: { sig: 'match($self, /)', fn: (s: Value) => scan(s, false) },
    search: { sig: 'search($self, /)', fn: (s: Value) => scan(s, true) },
  },
  getsets: {
    pattern: { get: ((s: Value) => new Ref(getSlot((s as Ref).a, SSlot.Pattern))) as never, member: true },
  },
});

function newScanner(self: Value, string: Value, pos: Value, endpos: Value): Value {
  const p = (self as Ref).a;
  const sub = checkSubject(p, string);
  const n = sub.isBytes ? sub.bytes!.length : cpLength(sub.str);
  const clamp = (x: number): number => (x < 0 ? 0 : x > n ? n : x);
  const o = allocObj(TYPE_ADDR[scannerType.index]!, SSlot.Count, 0);
  setSlot(o, SSlot.Pattern, p);
  setSlot(o, SSlot.String, storedSubject(string));
  setSlot(o, SSlot.Pos, encode(clamp(ssize(pos))));
  setSlot(o, SSlot.Endpos, encode(clamp(ssize(endpos))));
  setSlot(o, SSlot.Start, encode(clamp(ssize(pos))));
  setSlot(o, SSlot.MustAdvance, encode(false));
  return new Ref(o);
}

function scan(self: Value, searching: boolean): Value {
  const o = (self as Ref).a;
  const start = decode(getSlot(o, SSlot.Start)) as number;
  if (start < 0) return null;
  const p = new Ref(getSlot(o, SSlot.Pattern));
  const string = decode(getSlot(o, SSlot.String)) as Value;
  const sub = getSubject(string);
  const st = takeState(sub, string, decode(getSlot(o, SSlot.Pos)) as number, decode(getSlot(o, SSlot.Endpos)) as number);
  try {
    st.start = st.ptr = start;
    st.mustAdvance = decode(getSlot(o, SSlot.MustAdvance)) as boolean;
    const code = patternCode(p.a);
    const ok = run(() => (searching ? search(st, code) : st.match(code, 0, true)));
    if (!ok) {
      setSlot(o, SSlot.Start, encode(-1));
      return null;
    }
    const m = newMatch(p, getSlot(o, SSlot.String), st);
    setSlot(o, SSlot.MustAdvance, encode(st.ptr === st.start));
    setSlot(o, SSlot.Start, encode(st.ptr));
    return m;
  } finally {
    releaseState();
  }
}

// ---- the module ------------------------------------------------------------------------------------

function charArg(v: Value): number {
  return Number(asIndex(v)) | 0;
}

defineModule({
  name: '_sre',
  doc: null,
  functions: {
    compile: { sig: 'compile($module, /, pattern, flags, code, groups, groupindex, indexgroup)', fn: compile },
    template: { sig: 'template($module, pattern, template, /)', fn: (p: Value, t: Value) => {
      if (!isList(t)) raise('TypeError', `template() argument 2 must be list, not ${typeNameOf(t)}`);
      return makeTemplate(p, t);
    } },
    getcodesize: { sig: 'getcodesize($module, /)', fn: () => 4 },
    ascii_iscased: { sig: 'ascii_iscased($module, character, /)', fn: (c: Value) => {
      const ch = charArg(c);
      return ch < 128 && lowerAscii(ch) !== upperAscii(ch);
    } },
    unicode_iscased: { sig: 'unicode_iscased($module, character, /)', fn: (c: Value) => {
      const ch = charArg(c) >>> 0;
      return ch !== lowerUni(ch) || ch !== upperUni(ch);
    } },
    ascii_tolower: { sig: 'ascii_tolower($module, character, /)', fn: (c: Value) => lowerAscii(charArg(c)) },
    unicode_tolower: { sig: 'unicode_tolower($module, character, /)', fn: (c: Value) => lowerUni(charArg(c) >>> 0) },
  },
  init(dict) {
    dictSet(dict, 'MAGIC', 20230612);
    dictSet(dict, 'CODESIZE', 4);
    dictSet(dict, 'MAXREPEAT', MAXREPEAT);
    dictSet(dict, 'MAXGROUPS', 1073741823);
    dictSet(dict, 'copyright', ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ');
  },
});
