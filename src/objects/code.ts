// Code objects and the compilation units they belong to. A unit holds the generated JavaScript
// of one module (shared by all its code objects) and its constants; each worker compiles a
// unit's JavaScript once, on first call, and caches the code functions by the unit's serial
// number (addresses are reused after collection; serials never are).
// CPython: Objects/codeobject.c (the attributes; DELIBERATE DIFFERENCE: no bytecode, so co_code
// and co_linetable are empty, co_consts / co_names are derived from the source (compiler/codegen.ts
// noteConst), and replace() may change the metadata, not what runs). Instead of instructions a code object has
// a position table (one entry per raising site, see compiler/codegen.ts FnGen.pos): entry i plays
// the part of instruction i, so co_positions(), co_lines(), tb_lasti and f_lasti (2 * i, as
// CPython counts code units) agree with each other as they do in CPython.

import { nextVersionTag } from '../heap/index.js';
import { allocObj as alloc } from './alloc.js';
import { CodeSlot, UnitSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, nslots, addrHex, type Value } from './value.js';
import { strToHeap, strFromHeap } from './str.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { newTupleTagged, newTuple, tupleItems, isTuple } from './tuple.js';
import { newList } from './list.js';
import { iter } from './protocol.js';
import type { CodeInfo, CompiledUnit } from '../compiler/codeinfo.js';
import { CodeFlag, type CoConst } from '../compiler/codeinfo.js';
import { Ellipsis, PyComplex, SplitSurrogateStr } from '../parser/constant.js';
import { raise, typeNameOf } from './protocol.js';

const get = (slot: CodeSlot) => ((c: Value) => decode(getSlot((c as Ref).a, slot))!) as never;
const getInt = (slot: CodeSlot) => ((c: Value) => getSlot((c as Ref).a, slot) >> 1) as never;

const REPLACE_SIG = 'replace($self, /, *, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, ' +
  'co_nlocals=-1, co_stacksize=-1, co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, co_names=None, ' +
  'co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, co_qualname=None, ' +
  'co_linetable=None, co_exceptiontable=None)';

export const codeType = defineBuiltinType({
  name: 'code',
  instanceSlots: CodeSlot.Count,
  getsets: {
    co_name: { get: get(CodeSlot.Name) },
    co_qualname: { get: get(CodeSlot.Qualname) },
    co_filename: { get: get(CodeSlot.Filename) },
    co_varnames: { get: get(CodeSlot.Varnames) },
    co_cellvars: { get: get(CodeSlot.Cellvars) },
    co_freevars: { get: get(CodeSlot.Freevars) },
    co_firstlineno: { get: getInt(CodeSlot.FirstLineno) },
    co_argcount: { get: getInt(CodeSlot.ArgCount) },
    co_posonlyargcount: { get: getInt(CodeSlot.PosOnlyArgCount) },
    co_kwonlyargcount: { get: getInt(CodeSlot.KwOnlyArgCount) },
    co_flags: { get: getInt(CodeSlot.Flags) },
    co_nlocals: { get: ((c: Value) => tupleItems(getSlot((c as Ref).a, CodeSlot.Varnames)).length) as never },
    co_consts: { get: get(CodeSlot.Consts) },
    co_names: { get: get(CodeSlot.Names) },
    // No value stack: CPython's figure is the deepest stack its bytecode needs; 1 is the least.
    co_stacksize: { get: ((c: Value) => Math.max(1, tupleItems(getSlot((c as Ref).a, CodeSlot.Varnames)).length)) as never },
    co_code: { get: (() => emptyBytes()) as never },
    co_linetable: { get: (() => emptyBytes()) as never },
    co_exceptiontable: { get: (() => emptyBytes()) as never },
  },
  methods: {
    co_positions: {
      sig: 'co_positions($self, /)',
      fn: (c: Value): Value => {
        const out: Value[] = [];
        const n = positionCount((c as Ref).a);
        for (let i = 0; i < n; i++) {
          const [l, el, col, ecol] = codePosition((c as Ref).a, i);
          out.push(newTuple([l, el, col < 0 ? null : col, ecol < 0 ? null : ecol]));
        }
        return iter(newList(out));
      },
    },
    replace: { sig: REPLACE_SIG, fn: ((c: Value, ...a: Value[]) => replaceCode(c as Ref, a)) as never },
    __replace__: { sig: REPLACE_SIG.replace('replace(', '__replace__('), fn: ((c: Value, ...a: Value[]) => replaceCode(c as Ref, a)) as never },
    co_lines: {
      sig: 'co_lines($self, /)',
      // (start, end, line) per run of entries on one line (codeobject.c lineiter_next merges them).
      fn: (c: Value): Value => {
        const out: Value[] = [];
        const n = positionCount((c as Ref).a);
        let start = 0;
        for (let i = 1; i <= n; i++) {
          const line = codePosition((c as Ref).a, start)[0];
          if (i === n || codePosition((c as Ref).a, i)[0] !== line) {
            out.push(newTuple([2 * start, 2 * i, line]));
            start = i;
          }
        }
        return iter(newList(out));
      },
    },
  },
  slots: {
    repr: (c) => {
      const a = (c as Ref).a;
      return `<code object ${strFromHeap(getSlot(a, CodeSlot.Name))} at ${addrHex(a)}, file "${
        strFromHeap(getSlot(a, CodeSlot.Filename))}", line ${getSlot(a, CodeSlot.FirstLineno) >> 1}>`;
    },
  },
});

/** The int fields replace() takes, in signature order, and their slots (undefined: not stored). */
const REPLACE_INTS: Array<[string, CodeSlot | undefined]> = [
  ['co_argcount', CodeSlot.ArgCount], ['co_posonlyargcount', CodeSlot.PosOnlyArgCount],
  ['co_kwonlyargcount', CodeSlot.KwOnlyArgCount], ['co_nlocals', undefined], ['co_stacksize', undefined],
  ['co_flags', CodeSlot.Flags], ['co_firstlineno', CodeSlot.FirstLineno],
];
const REPLACE_OBJS: Array<[string, CodeSlot | undefined, 'bytes' | 'tuple' | 'strtuple' | 'str']> = [
  ['co_code', undefined, 'bytes'], ['co_consts', CodeSlot.Consts, 'tuple'], ['co_names', CodeSlot.Names, 'strtuple'],
  ['co_varnames', CodeSlot.Varnames, 'strtuple'], ['co_freevars', CodeSlot.Freevars, 'strtuple'],
  ['co_cellvars', CodeSlot.Cellvars, 'strtuple'], ['co_filename', CodeSlot.Filename, 'str'],
  ['co_name', CodeSlot.Name, 'str'], ['co_qualname', CodeSlot.Qualname, 'str'],
  ['co_linetable', undefined, 'bytes'], ['co_exceptiontable', undefined, 'bytes'],
];

let emptyBytes: () => Value = () => null;
let isBytesHook: (v: Value) => boolean = () => false;
let bytesLength: (v: Value) => number = () => 0;
/** bytes support, installed by the runtime (objects/bytes.ts is not imported here, to keep the
 * module order that fixes type indices). */
export function setCodeBytesHooks(empty: () => Value, isBytes: (v: Value) => boolean, length: (v: Value) => number): void {
  emptyBytes = empty;
  isBytesHook = isBytes;
  bytesLength = length;
}

/**
 * code.replace() (codeobject.c code_replace_impl): a new code object with some fields changed. It
 * runs the same compiled function as the original; the changed fields are what Python code reads
 * (co_flags decides, e.g., whether a generator function is awaitable, types.coroutine). Changing the
 * parameters, varnames or cells of the code that runs is refused rather than half done.
 */
function replaceCode(c: Ref, args: Value[]): Value {
  const a = c.a;
  const n = alloc(TYPE_ADDR[codeType.index]!, CodeSlot.Count, 0);
  for (let i = 0; i < CodeSlot.Count; i++) setSlot(n, i, getSlot(a, i));
  REPLACE_INTS.forEach(([name, slot], i) => {
    const v = typeof args[i] === 'boolean' ? Number(args[i]) : args[i]!;
    if (typeof v === 'bigint') raise('OverflowError', 'Python int too large to convert to C int');
    if (typeof v !== 'number' || !Number.isInteger(v)) raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    if (v === -1) return;
    if (slot === undefined) return;
    if (slot === CodeSlot.ArgCount || slot === CodeSlot.PosOnlyArgCount || slot === CodeSlot.KwOnlyArgCount) {
      if (v !== getSlot(a, slot) >> 1) raise('NotImplementedError', `ftpy cannot change ${name} of a compiled code object`);
      return;
    }
    if (v < 0 || v > 0x3fffffff) raise('ValueError', `${name} out of range`);
    setSlot(n, slot, tagInt(v));
  });
  REPLACE_OBJS.forEach(([name, slot, kind], j) => {
    const v = args[REPLACE_INTS.length + j]!;
    if (v === null) return;
    const ok = kind === 'bytes' ? isBytesHook(v) : kind === 'str' ? typeof v === 'string'
      : isTuple(v) && (kind === 'tuple' || tupleItems((v as Ref).a).every((x) => typeof x === 'string'));
    if (!ok) {
      const want = kind === 'bytes' ? 'bytes' : kind === 'str' ? 'str' : 'tuple';
      raise('TypeError', `replace() argument '${name}' must be ${want}, not ${typeNameOf(v)}`);
    }
    if (slot === undefined) {
      if (kind === 'bytes' && bytesLength(v) !== 0) raise('NotImplementedError', `ftpy code objects have no bytecode: ${name} cannot be set`);
      return;
    }
    if ((slot === CodeSlot.Varnames || slot === CodeSlot.Freevars || slot === CodeSlot.Cellvars)
      && !sameStrs(tupleItems((v as Ref).a), tupleItems(getSlot(a, slot)))) {
      raise('NotImplementedError', `ftpy cannot change ${name} of a compiled code object`);
    }
    setSlot(n, slot, encode(v));
  });
  return new Ref(n);
}

function sameStrs(x: Value[], y: Value[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export const unitType = defineBuiltinType({ name: 'compilation_unit', instanceSlots: UnitSlot.Count, internal: true });

/** What a worker knows about a code object once its unit is compiled. */
export interface CodeEntry {
  fn: (...args: Value[]) => Value;
  name: string;
  qualname: string;
  argcount: number;
  posonly: number;
  kwonly: number;
  flags: number;
  varnames: string[];
  /** Positional-or-keyword parameters only, no *args/**kwargs, no keyword-only: the fast path. */
  simple: boolean;
  code: Ref;
}

interface UnitEntry {
  addr: number;
  codes: CodeEntry[];
}

/** Per worker: compiled units by serial. */
const units = new Map<number, UnitEntry>();

/** The runtime object generated code receives as `R` (installed by the VM). */
let runtimeObject: unknown = null;
export function setRuntimeObject(r: unknown): void {
  runtimeObject = r;
}

/** Turns a compiler constant (boxed float, bytes, complex...) into a Python value. */
let unitConstHook: (c: unknown) => Value = () => null;
export function setUnitConstHook(f: (c: unknown) => Value): void {
  unitConstHook = f;
}

function strTuple(xs: string[]): number {
  return newTupleTagged(xs.map((s) => strToHeap(s))).a;
}

/** Stores a compiled module in the heap: the unit and its code objects. Returns the code objects. */
export function makeUnit(u: CompiledUnit): Ref[] {
  const unit = alloc(TYPE_ADDR[unitType.index]!, UnitSlot.Count, 0);
  setSlot(unit, UnitSlot.Source, strToHeap(u.source));
  setSlot(unit, UnitSlot.Consts, newTupleTagged(u.consts.map((c) => encode(unitConstHook(c)))).a);
  setSlot(unit, UnitSlot.Filename, strToHeap(u.filename));
  setSlot(unit, UnitSlot.CacheKey, u.cacheKey === undefined ? encode(null) : strToHeap(u.cacheKey));
  // Serials come from the heap-wide counter: unique across workers, never reused.
  setSlot(unit, UnitSlot.Serial, tagInt(nextVersionTag() & 0x3fffffff));
  const codes = u.codes.map((c) => makeCode(c, unit, u.filename));
  setSlot(unit, UnitSlot.Codes, newTupleTagged(codes).a);
  // co_consts may hold code objects of the same unit: filled once they all exist.
  u.codes.forEach((c, i) => {
    setSlot(codes[i]!, CodeSlot.Consts, newTuple((c.consts ?? []).map((k) => coConstValue(k, codes))).a);
    setSlot(codes[i]!, CodeSlot.Names, strTuple(c.names ?? []));
  });
  return codes.map((c) => new Ref(c));
}

function makeCode(c: CodeInfo, unit: number, filename: string): number {
  const a = alloc(TYPE_ADDR[codeType.index]!, CodeSlot.Count, 0);
  setSlot(a, CodeSlot.Unit, unit);
  setSlot(a, CodeSlot.Name, strToHeap(c.name));
  setSlot(a, CodeSlot.Qualname, strToHeap(c.qualname));
  setSlot(a, CodeSlot.Filename, strToHeap(filename));
  setSlot(a, CodeSlot.Varnames, strTuple(c.varnames));
  setSlot(a, CodeSlot.Cellvars, strTuple(c.cellvars));
  setSlot(a, CodeSlot.Freevars, strTuple(c.freevars));
  setSlot(a, CodeSlot.FirstLineno, tagInt(c.firstlineno));
  setSlot(a, CodeSlot.ArgCount, tagInt(c.argcount));
  setSlot(a, CodeSlot.PosOnlyArgCount, tagInt(c.posonlyargcount));
  setSlot(a, CodeSlot.KwOnlyArgCount, tagInt(c.kwonlyargcount));
  setSlot(a, CodeSlot.Flags, tagInt(c.flags));
  setSlot(a, CodeSlot.Index, tagInt(c.index));
  setSlot(a, CodeSlot.Docstring, c.docstring === null ? encode(null) : strToHeap(c.docstring));
  setSlot(a, CodeSlot.Kind, strToHeap(c.kind));
  setSlot(a, CodeSlot.GenClose, tagInt(c.genClose ? 1 : 0));
  const pos = c.positions ?? [c.firstlineno, c.firstlineno, -1, -1];
  setSlot(a, CodeSlot.Positions, newTupleTagged(pos.map(tagInt)).a);
  return a;
}

/** A co_consts entry as a Python value. */
function coConstValue(k: CoConst, codes: number[]): Value {
  if (k.k === 'code') return new Ref(codes[k.index]!);
  if (k.k === 'tuple') return newTuple(k.items.map((x) => coConstValue(x, codes)));
  const v = k.v;
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  if (typeof v === 'number') return Number.isInteger(v) || Object.is(v, -0) ? unitConstHook({ float: v }) : v;
  if (v instanceof Uint8Array) return unitConstHook({ bytes: v });
  if (v instanceof PyComplex) return unitConstHook({ complex: [v.real, v.imag] });
  if (v instanceof SplitSurrogateStr) return unitConstHook({ splitStr: v });
  if (v === Ellipsis) return unitConstHook({ ellipsis: true });
  throw new Error('code: unknown constant');
}

/** Number of entries in a code object's position table. */
export function positionCount(code: number): number {
  return nslots(getSlot(code, CodeSlot.Positions)) >> 2;
}

/** Entry `id` of a code object's position table: line, end line, column, end column (-1 = none). */
export function codePosition(code: number, id: number): [number, number, number, number] {
  const t = getSlot(code, CodeSlot.Positions);
  if (id < 0 || 4 * id + 3 >= nslots(t)) return [getSlot(code, CodeSlot.FirstLineno) >> 1, -1, -1, -1];
  return [getSlot(t, 4 * id) >> 1, getSlot(t, 4 * id + 1) >> 1, getSlot(t, 4 * id + 2) >> 1, getSlot(t, 4 * id + 3) >> 1];
}

/** The line of a code object's position `id`. */
export function codeLine(code: number, id: number): number {
  return codePosition(code, id)[0];
}

/** The worker's entry for a code object (compiling its unit's JavaScript the first time). */
export function codeEntry(code: number): CodeEntry {
  const unit = getSlot(code, CodeSlot.Unit);
  const serial = getSlot(unit, UnitSlot.Serial) >> 1;
  let u = units.get(serial);
  if (u === undefined || u.addr !== unit) {
    u = compileUnit(unit);
    units.set(serial, u);
  }
  return u.codes[getSlot(code, CodeSlot.Index) >> 1]!;
}

export type UnitFunction = (R: unknown, K: Value[], C: Ref[]) => Array<(...a: Value[]) => Value>;
/** Turns a unit's JS source into its function; vm/compile_cache.ts installs one that uses V8's code cache. */
let unitCompiler: (source: string, filename: string, cacheKey: string | null) => UnitFunction = (source) => new Function(source) as UnitFunction;
export function setUnitCompiler(f: typeof unitCompiler): void {
  unitCompiler = f;
}

function compileUnit(unit: number): UnitEntry {
  const source = strFromHeap(getSlot(unit, UnitSlot.Source));
  const K = tupleItems(getSlot(unit, UnitSlot.Consts));
  const codesTuple = getSlot(unit, UnitSlot.Codes);
  const refs: Ref[] = [];
  for (let i = 0; i < nslots(codesTuple); i++) refs.push(new Ref(getSlot(codesTuple, i)));
  const key = decode(getSlot(unit, UnitSlot.CacheKey));
  const fns = unitCompiler(source, strFromHeap(getSlot(unit, UnitSlot.Filename)), typeof key === 'string' ? key : null)(runtimeObject, K, refs);
  return { addr: unit, codes: fns.map((fn, i) => describeCode(refs[i]!.a, fn)) };
}

function describeCode(code: number, fn: (...a: Value[]) => Value): CodeEntry {
  const flags = getSlot(code, CodeSlot.Flags) >> 1;
  const kwonly = getSlot(code, CodeSlot.KwOnlyArgCount) >> 1;
  return {
    fn,
    name: strFromHeap(getSlot(code, CodeSlot.Name)),
    qualname: strFromHeap(getSlot(code, CodeSlot.Qualname)),
    argcount: getSlot(code, CodeSlot.ArgCount) >> 1,
    posonly: getSlot(code, CodeSlot.PosOnlyArgCount) >> 1,
    kwonly,
    flags,
    varnames: tupleItems(getSlot(code, CodeSlot.Varnames)) as string[],
    simple: kwonly === 0 && (flags & (CodeFlag.VarArgs | CodeFlag.VarKeywords)) === 0,
    code: new Ref(code),
  };
}

/**
 * Counts collections: call-site caches that remember a code object by address compare it, since
 * a collected code object's address can be reused by another.
 */
export let codeEpoch = 0;

/** Drops compiled units whose heap object was collected (called after a collection). */
export function pruneUnits(isLive: (a: number) => boolean): void {
  codeEpoch++;
  for (const [serial, u] of units) if (!isLive(u.addr)) units.delete(serial);
}

export { CodeFlag };
