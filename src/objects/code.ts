// Code objects and the compilation units they belong to. A unit holds the generated JavaScript
// of one module (shared by all its code objects) and its constants; each worker compiles a
// unit's JavaScript once, on first call, and caches the code functions by the unit's serial
// number (addresses are reused after collection; serials never are).
// CPython: Objects/codeobject.c (the attributes; DELIBERATE DIFFERENCE: no bytecode, so no
// co_code / co_consts, and replace() is not offered). Instead of instructions a code object has
// a position table (one entry per raising site, see compiler/codegen.ts FnGen.pos): entry i plays
// the part of instruction i, so co_positions(), co_lines(), tb_lasti and f_lasti (2 * i, as
// CPython counts code units) agree with each other as they do in CPython.

import { nextVersionTag } from '../heap/index.js';
import { allocObj as alloc } from './alloc.js';
import { CodeSlot, UnitSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, nslots, addrHex, type Value } from './value.js';
import { strToHeap, strFromHeap } from './str.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { newTupleTagged, newTuple, tupleItems } from './tuple.js';
import { newList } from './list.js';
import { iter } from './protocol.js';
import type { CodeInfo, CompiledUnit } from '../compiler/codeinfo.js';
import { CodeFlag } from '../compiler/codeinfo.js';

const get = (slot: CodeSlot) => ((c: Value) => decode(getSlot((c as Ref).a, slot))!) as never;
const getInt = (slot: CodeSlot) => ((c: Value) => getSlot((c as Ref).a, slot) >> 1) as never;

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
  // Serials come from the heap-wide counter: unique across workers, never reused.
  setSlot(unit, UnitSlot.Serial, tagInt(nextVersionTag() & 0x3fffffff));
  const codes = u.codes.map((c) => makeCode(c, unit, u.filename));
  setSlot(unit, UnitSlot.Codes, newTupleTagged(codes).a);
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
  const pos = c.positions ?? [c.firstlineno, c.firstlineno, -1, -1];
  setSlot(a, CodeSlot.Positions, newTupleTagged(pos.map(tagInt)).a);
  return a;
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

function compileUnit(unit: number): UnitEntry {
  const source = strFromHeap(getSlot(unit, UnitSlot.Source));
  const K = tupleItems(getSlot(unit, UnitSlot.Consts));
  const codesTuple = getSlot(unit, UnitSlot.Codes);
  const refs: Ref[] = [];
  for (let i = 0; i < nslots(codesTuple); i++) refs.push(new Ref(getSlot(codesTuple, i)));
  const fns = new Function(source)(runtimeObject, K, refs) as Array<(...a: Value[]) => Value>;
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
