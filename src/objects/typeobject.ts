// Type objects: creation (builtin types at startup, classes at run time), the MRO (C3), lookup of
// a name along the MRO, and version tags that let inline caches trust a lookup until a class in
// the MRO changes. CPython: Objects/typeobject.c (type_new, mro_internal, _PyType_Lookup,
// assign_version_tag / type_modified).

import { I32, allocPermanent, nextVersionTag } from '../heap/index.js';
import { allocObj as alloc } from './alloc.js';
import { TypeSlot, TypeFlag } from './layouts.js';
import {
  Ref, PyFloat, T_INT, T_BOOL, T_FLOAT, T_STR, T_NONE, T_TYPE, T_OBJECT, decode, encode, getSlot, setSlot,
  tagInt, type Value, nslots,
} from './value.js';
import { newDict, dictGetStrTagged, dictSet, dictVersion } from './dict.js';
import { strToHeap, permanentStr, strFromHeap } from './str.js';
import { H } from './hooks.js';
import { strHash32 } from './hash.js';

/** The type object address of any value. */
export function typeOf(v: Value): number {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? T_INT : T_FLOAT;
    case 'string': return T_STR;
    case 'boolean': return T_BOOL;
    case 'bigint': return T_INT;
    default:
      if (v === null) return T_NONE;
      if (v instanceof Ref) return I32[v.a >> 2]!;
      if (v instanceof PyFloat) return T_FLOAT;
      throw new Error(`typeOf: not a Python value: ${String(v)}`);
  }
}

export function typeFlags(t: number): number {
  return getSlot(t, TypeSlot.Flags) >> 1;
}

export function setTypeFlags(t: number, flags: number): void {
  setSlot(t, TypeSlot.Flags, tagInt(flags));
}

export function typeName(t: number): string {
  return strFromHeap(getSlot(t, TypeSlot.Name));
}

export function typeQualname(t: number): string {
  return strFromHeap(getSlot(t, TypeSlot.Qualname));
}

/** The module a type belongs to: __module__ in a class's dict, the declared module of a builtin. */
export function typeModule(t: number): string | null {
  if (typeFlags(t) & TypeFlag.Heap) {
    const m = dictGetStrTagged(getSlot(t, TypeSlot.Dict), '__module__', strHash32('__module__'));
    const v = m === 0 ? undefined : decode(m);
    return typeof v === 'string' ? v : null;
  }
  return strFromHeap(getSlot(t, TypeSlot.Module));
}

export function typeDict(t: number): number {
  return getSlot(t, TypeSlot.Dict);
}

export function typeMro(t: number): number {
  return getSlot(t, TypeSlot.Mro);
}

export function typeBuiltin(t: number): number {
  return getSlot(t, TypeSlot.Builtin) >> 1;
}

/** The version tag of a type: unchanged while neither it nor any class in its MRO changes. */
export function typeVersion(t: number): number {
  return getSlot(t, TypeSlot.Version) >> 1;
}

/** Invalidates `t` and all its subclasses' version tags (type_modified). */
export function typeModified(t: number): void {
  setSlot(t, TypeSlot.Version, tagInt(nextVersionTag() & 0x3fffffff));
  const subs = getSlot(t, TypeSlot.Subclasses);
  if (subs === 0) return;
  const n = nslots(subs);
  for (let i = 0; i < n; i++) {
    const s = getSlot(subs, i);
    if (s !== 0 && (s & 1) === 0) typeModified(s);
  }
}

/** Items of a tuple object as addresses/tagged values. */
export function tupleItemsTagged(tuple: number): number[] {
  const n = nslots(tuple);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = getSlot(tuple, i);
  return out;
}

let T_TUPLE = 0;
export function setTupleType(t: number): void {
  T_TUPLE = t;
}

function makeTuple(items: number[], permanent: boolean): number {
  const t = permanent ? allocPermanent(T_TUPLE, items.length, 0) : alloc(T_TUPLE, items.length, 0);
  // (permanent: builtin types' MRO and subclass tuples, made during the bootstrap)
  for (let i = 0; i < items.length; i++) setSlot(t, i, items[i]!);
  return t;
}

/**
 * Looks `name` up along the MRO of `t`: the tagged value found in the first class dict that has
 * it, or 0 (_PyType_Lookup).
 */
export function lookupTagged(t: number, name: string): number {
  if (!typeCacheOn) return lookupUncached(t, name);
  // The cache key is (type, version tag, name): a type's tag changes whenever its dict or the
  // dict of a class in its MRO changes (typeModified), so an entry never outlives what it saw.
  const ver = I32[(t >> 2) + 2 + TypeSlot.Version]!;
  const i = (Math.imul(ver ^ t, 0x27d4eb2d) ^ nameMix(name)) & TC_MASK;
  if (tcType[i] === t && tcVersion[i] === ver && tcName[i] === name) return tcValue[i]!;
  const r = lookupUncached(t, name);
  tcType[i] = t;
  tcVersion[i] = ver;
  tcName[i] = name;
  tcValue[i] = r;
  return r;
}

// The per-worker lookup cache (CPython's type cache, Objects/typeobject.c _PyType_LookupRef).
// Direct-mapped; a collision only costs a miss.
const TC_BITS = 12;
const TC_MASK = (1 << TC_BITS) - 1;
const tcType = new Int32Array(1 << TC_BITS);
const tcVersion = new Int32Array(1 << TC_BITS);
const tcValue = new Int32Array(1 << TC_BITS);
const tcName: string[] = new Array<string>(1 << TC_BITS).fill('');
let typeCacheOn = false;

/**
 * Turns the lookup cache on once the builtin types are complete (the bootstrap fills their
 * dicts after giving them their final version tags, so earlier results must not be kept).
 */
export function enableTypeCache(): void {
  tcType.fill(0);
  typeCacheOn = true;
}

/** A cheap mix of a name's length and three of its characters (dunder names differ late). */
function nameMix(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return Math.imul(n, 0x9e3779b1) ^ Math.imul(s.charCodeAt(n - 1), 0x85ebca6b) ^
    Math.imul(s.charCodeAt(n >> 1), 0xc2b2ae35) ^ (s.charCodeAt(n > 2 ? 2 : 0) << 7);
}

function lookupUncached(t: number, name: string): number {
  const h = strHash32(name);
  const mro = getSlot(t, TypeSlot.Mro);
  if (mro === 0) {
    return dictGetStrTagged(getSlot(t, TypeSlot.Dict), name, h);
  }
  const n = nslots(mro);
  for (let i = 0; i < n; i++) {
    const cls = getSlot(mro, i);
    const v = dictGetStrTagged(getSlot(cls, TypeSlot.Dict), name, h);
    if (v !== 0) return v;
  }
  return 0;
}

export function lookup(t: number, name: string): Value | undefined {
  const v = lookupTagged(t, name);
  return v === 0 ? undefined : decode(v);
}

/** Is `a` a subtype of `b` (b in a's MRO)? */
export function isSubtype(a: number, b: number): boolean {
  if (a === b) return true;
  const mro = getSlot(a, TypeSlot.Mro);
  if (mro === 0) {
    // Only during bootstrap: walk __base__.
    for (let t = getSlot(a, TypeSlot.Base); t !== 0 && (t & 1) === 0 && t !== encode(null); t = getSlot(t, TypeSlot.Base)) {
      if (t === b) return true;
    }
    return b === T_OBJECT;
  }
  const n = nslots(mro);
  for (let i = 0; i < n; i++) if (getSlot(mro, i) === b) return true;
  return false;
}

export interface TypeSpec {
  name: string;
  qualname?: string;
  module?: string;
  bases: number[];
  flags: number;
  builtin: number;
  instanceSlots: number;
  dictSlot: number;
  doc?: string | null;
}

/** Creates a class object (a heap type). Its MRO is computed by finishType. */
export function newHeapType(spec: TypeSpec, metatype: number, extraSlots = 0): number {
  const t = alloc(metatype, TypeSlot.Count + extraSlots, 0);
  initType(t, spec, false);
  return t;
}

function initType(t: number, spec: TypeSpec, permanent: boolean): void {
  const str = permanent ? permanentStr : strToHeap;
  setSlot(t, TypeSlot.Name, str(spec.name));
  setSlot(t, TypeSlot.Qualname, str(spec.qualname ?? spec.name));
  setSlot(t, TypeSlot.Bases, makeTuple(spec.bases, permanent));
  setSlot(t, TypeSlot.Base, spec.bases[0] ?? encode(null));
  setSlot(t, TypeSlot.Dict, newDict());
  setSlot(t, TypeSlot.Flags, tagInt(spec.flags));
  setSlot(t, TypeSlot.Builtin, tagInt(spec.builtin));
  setSlot(t, TypeSlot.InstanceSlots, tagInt(spec.instanceSlots));
  setSlot(t, TypeSlot.DictSlot, tagInt(spec.dictSlot));
  setSlot(t, TypeSlot.WeakrefSlot, tagInt(-1));
  setSlot(t, TypeSlot.Version, tagInt(nextVersionTag() & 0x3fffffff));
}


/** Sets `t`'s MRO and registers it with its bases (called once all builtin types exist). */
export function finishType(t: number, permanent: boolean): void {
  const mro = computeMro(t);
  setSlot(t, TypeSlot.Mro, makeTuple(mro, permanent));
  // Lookups made while the class was being filled in saw no MRO: give it a fresh tag.
  if (!permanent) setSlot(t, TypeSlot.Version, tagInt(nextVersionTag() & 0x3fffffff));
  for (const b of tupleItemsTagged(getSlot(t, TypeSlot.Bases))) addSubclass(b, t, permanent);
  setTypeFlags(t, typeFlags(t) | TypeFlag.Ready);
}

/**
 * finishType for all builtin types at once (bootstrap): each base's subclass tuple is made once,
 * not grown one copy per subclass (object has ~150 of them), in the same order.
 */
export function finishBuiltinTypes(types: readonly number[]): void {
  const subs = new Map<number, number[]>();
  for (const t of types) {
    setSlot(t, TypeSlot.Mro, makeTuple(computeMro(t), true));
    for (const b of tupleItemsTagged(getSlot(t, TypeSlot.Bases))) {
      const list = subs.get(b);
      if (list === undefined) subs.set(b, [t]);
      else list.push(t);
    }
    setTypeFlags(t, typeFlags(t) | TypeFlag.Ready);
  }
  for (const [b, list] of subs) {
    if (getSlot(b, TypeSlot.Subclasses) !== 0) throw new Error('finishBuiltinTypes: subclasses already set');
    setSlot(b, TypeSlot.Subclasses, makeTuple(list, true));
  }
}

function addSubclass(base: number, sub: number, permanent: boolean): void {
  const old = getSlot(base, TypeSlot.Subclasses);
  const items = old === 0 ? [] : tupleItemsTagged(old).filter((x) => x !== 0);
  items.push(sub);
  // A plain slot array (a tuple-typed object) replaced on each addition; readers see old or new.
  setSlot(base, TypeSlot.Subclasses, makeTuple(items, permanent));
}

/** C3 linearisation (mro_internal / pmerge), with CPython's error for inconsistent hierarchies. */
export function computeMro(t: number): number[] {
  const bases = tupleItemsTagged(getSlot(t, TypeSlot.Bases));
  if (bases.length === 0) return [t];
  const seqs: number[][] = bases.map((b) => {
    const m = getSlot(b, TypeSlot.Mro);
    return m === 0 ? [b] : tupleItemsTagged(m);
  });
  seqs.push([...bases]);
  const result = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate = 0;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === 0) {
      const names = [...new Set(nonEmpty.map((s) => s[0]!))].map((c) => typeName(c));
      H.raise('TypeError', `Cannot create a consistent method resolution order (MRO) for bases ${names.join(', ')}`);
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

/** Stores `value` in the type's dict under `name` and invalidates caches (type_setattro). */
export function typeSetAttr(t: number, name: string, value: Value): void {
  dictSet(getSlot(t, TypeSlot.Dict), name, value);
  typeModified(t);
}

export { dictVersion, T_TYPE };
