// re.Match (the result of a successful match: spans of the groups, kept as code point offsets in
// the object's raw area) and _sre.SRE_Template (a compiled replacement string for sub/expand).
// CPython: Modules/_sre/sre.c (pattern_new_match, match_*, _sre_template_impl, expand_template).

import { I32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { Ref, getSlot, setSlot, decode, encode, rawBase, type Value, typeAddr } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { raise, call, repr, typeNameOf } from '../objects/protocol.js';
import { asSsize, hasIndex, genericAlias, exceptionMatches, setstateIndexValue } from '../objects/coll_ops.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { isBytes, bytesData, newBytes, T_BYTES } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { newDict, dictGet, dictSet, dictItems } from '../objects/dict.js';
import { listItems } from '../objects/list.js';
import { strArg } from '../objects/numcore.js';
import { moduleDict } from '../objects/module.js';
import { importModule } from '../vm/imports.js';
import { hasSurrogates, cpSlice, cpLength } from '../objects/str_cp.js';
import { PSlot, patternGroups } from './sre_state.js';
import type { SreState } from './sre_engine.js';

/** Match slots; the raw area holds 2 * groups int32 marks (-1 = group did not match). */
const enum MSlot { String, Pattern, Pos, Endpos, LastIndex, Groups, Count }

/** tp_new = NULL: the type cannot be instantiated from Python (Py_TPFLAGS_DISALLOW_INSTANTIATION). */
export function noNew(name: string): { sig: string; kind: 'staticmethod'; fn: () => Value } {
  return { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: () => raise('TypeError', `cannot create '${name}' instances`) };
}

const matchAddr = (): number => TYPE_ADDR[matchType.index]!;
const geti = (a: number, s: number): number => decode(getSlot(a, s)) as number;

/** pattern_new_match: the Match of a successful state. */
export function newMatch(pattern: Ref, stringTagged: number, st: SreState): Ref {
  const groups = patternGroups(pattern.a) + 1;
  const m = allocObj(matchAddr(), MSlot.Count, 8 * groups);
  setSlot(m, MSlot.String, stringTagged);
  setSlot(m, MSlot.Pattern, pattern.a);
  setSlot(m, MSlot.Pos, encode(st.pos));
  setSlot(m, MSlot.Endpos, encode(st.endpos));
  setSlot(m, MSlot.LastIndex, encode(st.lastindex));
  setSlot(m, MSlot.Groups, encode(groups));
  const w = rawBase(m) >> 2;
  I32[w] = st.start;
  I32[w + 1] = st.ptr;
  for (let i = 0, j = 0; i < groups - 1; i++, j += 2) {
    const a = st.mark[j];
    const b = st.mark[j + 1];
    if (j + 1 <= st.lastmark && a !== undefined && b !== undefined && a >= 0 && b >= 0) {
      if (a > b) raise('SystemError', 'The span of capturing group is wrong, please report a bug for the re module.');
      I32[w + j + 2] = a;
      I32[w + j + 3] = b;
    } else {
      I32[w + j + 2] = -1;
      I32[w + j + 3] = -1;
    }
  }
  return new Ref(m);
}

const markOf = (m: number, i: number): number => I32[(rawBase(m) >> 2) + i]!;

/** Characters [i, j) of a match's subject (clamped to its current length, as CPython does). */
export function sliceObject(obj: Value, i: number, j: number): Value {
  const s = strArg(obj);
  if (s !== undefined) {
    if (!hasSurrogates(s)) {
      if (i === 0 && j >= s.length) return s;
      return s.slice(i, j);
    }
    const n = cpLength(s);
    return cpSlice(s, Math.min(i, n), Math.min(j, n));
  }
  const d = isBytes(obj) ? bytesData(obj.a) : bufferBytes(obj);
  if (d === null) raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(obj)}'`);
  i = Math.min(i, d.length);
  j = Math.min(j, d.length);
  if (isBytes(obj) && typeAddr(obj.a) === T_BYTES && i === 0 && j === d.length) return obj;
  return newBytes(d.subarray(i, j));
}

function getIndex(m: number, index: Value): number {
  const groups = geti(m, MSlot.Groups);
  let i = -1;
  if (hasIndex(index)) {
    i = asSsize(index, null);
  } else {
    const gi = decode(getSlot(getSlot(m, MSlot.Pattern), PSlot.GroupIndex)) as Value;
    if (gi !== null) {
      const v = dictGet((gi as Ref).a, index);
      if (typeof v === 'number') i = v;
    }
  }
  if (i < 0 || i >= groups) raise('IndexError', 'no such group');
  return i;
}

function groupByIndex(m: number, i: number, def: Value): Value {
  const string = decode(getSlot(m, MSlot.String)) as Value;
  const a = markOf(m, 2 * i);
  const b = markOf(m, 2 * i + 1);
  if (string === null || a < 0 || b < 0) return def;
  return sliceObject(string, a, b);
}

const groupOf = (m: number, g: Value, def: Value): Value => groupByIndex(m, getIndex(m, g), def);

function matchGroup(self: Value, args: Value[]): Value {
  const m = (self as Ref).a;
  if (args.length === 0) return groupByIndex(m, 0, null);
  if (args.length === 1) return groupOf(m, args[0]!, null);
  return newTuple(args.map((g) => groupOf(m, g, null)));
}

function matchGroups(self: Value, def: Value): Value {
  const m = (self as Ref).a;
  const n = geti(m, MSlot.Groups);
  const out: Value[] = [];
  for (let i = 1; i < n; i++) out.push(groupByIndex(m, i, def));
  return newTuple(out);
}

function matchGroupdict(self: Value, def: Value): Value {
  const m = (self as Ref).a;
  const d = newDict();
  const gi = decode(getSlot(getSlot(m, MSlot.Pattern), PSlot.GroupIndex)) as Value;
  if (gi !== null) for (const [k] of dictItems((gi as Ref).a)) dictSet(d, k, groupOf(m, k, def));
  return new Ref(d);
}

function span(self: Value, g: Value): [number, number] {
  const m = (self as Ref).a;
  const i = getIndex(m, g);
  return [markOf(m, 2 * i), markOf(m, 2 * i + 1)];
}

function matchRegs(self: Value): Value {
  const m = (self as Ref).a;
  const n = geti(m, MSlot.Groups);
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push(newTuple([markOf(m, 2 * i), markOf(m, 2 * i + 1)]));
  return newTuple(out);
}

function matchLastgroup(self: Value): Value {
  const m = (self as Ref).a;
  const li = geti(m, MSlot.LastIndex);
  const ig = decode(getSlot(getSlot(m, MSlot.Pattern), PSlot.IndexGroup)) as Value;
  if (ig === null || li < 0) return null;
  const items = tupleItems((ig as Ref).a);
  return li < items.length ? items[li]! : null;
}

function matchRepr(self: Value): string {
  const m = (self as Ref).a;
  const g0 = groupByIndex(m, 0, null);
  let r = repr(g0);
  // %.50R: the repr cut to 50 characters.
  if (cpLength(r) > 50) r = cpSlice(r, 0, 50);
  return `<re.Match object; span=(${markOf(m, 0)}, ${markOf(m, 1)}), match=${r}>`;
}

export const matchType = defineBuiltinType({
  name: 'Match',
  module: 're',
  instanceSlots: MSlot.Count,
  doc: 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.',
  methods: {
    __new__: noNew('re.Match'),
    group: { sig: 'group($self, /, *args)', fn: matchGroup },
    groups: { sig: 'groups($self, /, default=None)', fn: matchGroups },
    groupdict: { sig: 'groupdict($self, /, default=None)', fn: matchGroupdict },
    start: { sig: 'start($self, group=0, /)', fn: (s: Value, g: Value) => span(s, g)[0] },
    end: { sig: 'end($self, group=0, /)', fn: (s: Value, g: Value) => span(s, g)[1] },
    span: { sig: 'span($self, group=0, /)', fn: (s: Value, g: Value) => newTuple(span(s, g)) },
    expand: {
      sig: 'expand($self, /, template)',
      fn: (s: Value, t: Value) => expandTemplate(compileTemplate(new Ref(getSlot((s as Ref).a, MSlot.Pattern)), t), s as Ref),
    },
    __getitem__: { sig: '__getitem__($self, key, /)', fn: (s: Value, k: Value) => groupOf((s as Ref).a, k, null) },
    __copy__: { sig: '__copy__($self, /)', fn: (s: Value) => s },
    __deepcopy__: { sig: '__deepcopy__($self, memo, /)', fn: (s: Value) => s },
    __class_getitem__: { sig: '__class_getitem__($type, object, /)', kind: 'classmethod', fn: (c: Value, i: Value) => genericAlias(c, i) },
  },
  getsets: {
    string: { get: ((s: Value) => decode(getSlot((s as Ref).a, MSlot.String))) as never, member: true },
    re: { get: ((s: Value) => new Ref(getSlot((s as Ref).a, MSlot.Pattern))) as never, member: true },
    pos: { get: ((s: Value) => geti((s as Ref).a, MSlot.Pos)) as never, member: true },
    endpos: { get: ((s: Value) => geti((s as Ref).a, MSlot.Endpos)) as never, member: true },
    lastindex: { get: ((s: Value) => { const li = geti((s as Ref).a, MSlot.LastIndex); return li >= 0 ? li : null; }) as never },
    lastgroup: { get: matchLastgroup as never },
    regs: { get: matchRegs as never },
  },
  slots: {
    repr: matchRepr,
    getitem: (s, k) => groupOf((s as Ref).a, k, null),
  },
});

// ---- templates ------------------------------------------------------------------------------------

/** Template slots: the first literal, then (group index, literal or None) pairs, as one tuple. */
const enum TSlot { Items, Count }

export const templateType = defineBuiltinType({
  name: 'SRE_Template',
  module: '_sre',
  instanceSlots: TSlot.Count,
  internal: true,
  methods: { __new__: noNew('_sre.SRE_Template') },
});

const isEmptyLiteral = (v: Value): boolean => v === '' || (isBytes(v) && bytesData(v.a).length === 0);

/** _sre.template(pattern, template): checks the list made by re._parser.parse_template. */
export function makeTemplate(_pattern: Value, list: Value): Value {
  const items = listItems((list as Ref).a);
  const n = items.length;
  if ((n & 1) === 0 || n < 1) raise('TypeError', 'invalid template');
  const out: Value[] = [items[0]!];
  for (let i = 1; i < n; i += 2) {
    // PyLong_AsSsize_t: an int, not anything with __index__.
    const idx = setstateIndexValue(items[i]!);
    if (typeof idx === 'bigint') raise('OverflowError', 'Python int too large to convert to C ssize_t');
    const index = idx;
    if (index < 0) raise('TypeError', 'invalid template');
    const lit = items[i + 1]!;
    out.push(index, isEmptyLiteral(lit) ? null : lit);
  }
  const t = allocObj(TYPE_ADDR[templateType.index]!, TSlot.Count, 0);
  setSlot(t, TSlot.Items, newTuple(out).a);
  return new Ref(t);
}

/** compile_template: re._compile_template(pattern, repl), retried with a plain str/bytes copy. */
export function compileTemplate(pattern: Ref, repl: Value): Ref {
  const f = dictGet(moduleDict(importModule('re')), '_compile_template')!;
  let r: Value;
  try {
    r = call(f, [pattern, repl]);
  } catch (e) {
    if (!exceptionMatches(e, 'TypeError')) throw e;
    const s = strArg(repl);
    let copy: Value;
    if (s !== undefined && typeof repl !== 'string') copy = s;
    else if (!isBytes(repl) && typeof repl !== 'string' && bufferBytes(repl) !== null) copy = newBytes(bufferBytes(repl)!);
    else throw e;
    r = call(f, [pattern, copy]);
  }
  if (!(r instanceof Ref) || typeAddr(r.a) !== TYPE_ADDR[templateType.index]) {
    raise('RuntimeError', `the result of compiling a replacement string is ${typeNameOf(r)}`);
  }
  return r;
}

/** A template that has no group references is its literal (sub() then skips expansion). */
export function templateLiteral(t: Ref): Value | undefined {
  const items = tupleItems(getSlot(t.a, TSlot.Items));
  return items.length === 1 ? items[0]! : undefined;
}

/** expand_template */
export function expandTemplate(t: Ref, match: Ref): Value {
  const items = tupleItems(getSlot(t.a, TSlot.Items));
  const lit0 = items[0]!;
  if (items.length === 1) return lit0;
  const m = match.a;
  const groups = geti(m, MSlot.Groups);
  const parts: Value[] = [lit0];
  for (let i = 1; i < items.length; i += 2) {
    const index = items[i] as number;
    if (index >= groups) raise('IndexError', 'no such group');
    const g = groupByIndex(m, index, null);
    if (g !== null) parts.push(g);
    const lit = items[i + 1]!;
    if (lit !== null) parts.push(lit);
  }
  return joinPieces(parts, typeof lit0 !== 'string' && strArg(lit0) === undefined);
}

/** str.join / bytes.join of the pieces of a substitution, with CPython's messages for bad items. */
export function joinPieces(parts: Value[], bytes: boolean): Value {
  if (!bytes) {
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const s = strArg(parts[i]!);
      if (s === undefined) raise('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(parts[i]!)} found`);
      out += s;
    }
    return out;
  }
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const d = isBytes(p) ? bytesData(p.a) : typeof p === 'string' ? null : bufferBytes(p);
    if (d === null) raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeNameOf(p)} found`);
    chunks.push(d);
    n += d.length;
  }
  const out = new Uint8Array(n);
  let k = 0;
  for (const c of chunks) {
    out.set(c, k);
    k += c.length;
  }
  return newBytes(out);
}

