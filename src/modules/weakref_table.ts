// Which weak references point at an object: CPython keeps a list in the object (tp_weaklistoffset);
// here an interpreter-wide dict maps a referent's address to a small "weakref list" holder whose
// entries are themselves weak (registered with the heap), so neither the referent nor its
// weakrefs are kept alive by the bookkeeping. Also: which types can be weakly referenced, and
// the "Exception ignored ..." report callbacks and finalizers use.
// CPython: Objects/weakrefobject.c (GET_WEAKREFS_LISTPTR, insert_weakref), Python/errors.c.

import { I32, lock, unlock, registerWeakref } from '../heap/index.js';
import { Ref, rawBase, getSlot, setSlot, tagInt, untagInt, type Value } from '../objects/value.js';
import { TypeSlot, TypeFlag } from '../objects/layouts.js';
import { defineBuiltinType, builtinTypeDef, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { typeFlags, typeName, typeModule } from '../objects/typeobject.js';
import { dictGet, dictSet, dictDel, dictSetDefault, dictSize, dictItems, newDict } from '../objects/dict.js';
import { interpreterState } from '../vm/runtime.js';
import { toPyException } from '../vm/exc.js';
import { formatUnraisable } from '../vm/tbprint.js';
import { writeStderr } from './sys.js';
import { flushAllStreams } from './_io.js';

/**
 * Builtin types whose instances CPython lets you weakly reference (tp_weaklistoffset != 0).
 * Names not (yet) defined by ftpy are skipped.
 */
const WEAKREFABLE_BUILTINS = [
  'type', 'function', 'builtin_function_or_method', 'method', 'set', 'frozenset', 'generator', 'coroutine',
  'async_generator', 'code', 'module', 'memoryview', 'lock', 'RLock', 'partial', '_lru_cache_wrapper',
];
const markedBuiltins = new Set<string>();
/** Marks builtin type declarations as weakly referenceable (before the bootstrap reads them). */
export function markWeakrefable(names: readonly string[]): void {
  for (const n of names) markedBuiltins.add(n);
}
markWeakrefable(WEAKREFABLE_BUILTINS);

/** Applies the marks to the builtin type objects (every worker reads the same permanent types). */
export function applyWeakrefableMarks(): void {
  for (const n of markedBuiltins) {
    let def;
    try {
      def = builtinTypeDef(n);
    } catch {
      continue;
    }
    const t = TYPE_ADDR[def.index];
    if (t !== undefined && untagInt(getSlot(t, TypeSlot.WeakrefSlot)) < 0) setSlot(t, TypeSlot.WeakrefSlot, tagInt(0));
  }
}

/** _PyType_SUPPORTS_WEAKREFS. */
export function typeSupportsWeakrefs(t: number): boolean {
  return untagInt(getSlot(t, TypeSlot.WeakrefSlot)) >= 0;
}

/** tp_name as CPython spells it in messages: heap types by name, builtin types module-qualified. */
export function tpName(t: number): string {
  const n = typeName(t);
  if (typeFlags(t) & TypeFlag.Heap) return n;
  const m = typeModule(t);
  return m === null || m === 'builtins' ? n : `${m}.${n}`;
}

// ---- the holders --------------------------------------------------------------------------------

// Raw words of a holder: referent, lock word, entry count, capacity, entries (weakref addresses).
const H_REF = 0;
const H_LOCK = 4;
const H_COUNT = 8;
const H_CAP = 12;
const H_ENTRIES = 16;

const holderType = defineBuiltinType({ name: 'weakref_list', module: '_weakref', internal: true });

const TABLE_KEY = '_weakref.table';
let purgeAt = 256;

function table(): number {
  const st = interpreterState();
  let t = dictGet(st, TABLE_KEY);
  if (t === undefined) t = dictSetDefault(st, TABLE_KEY, new Ref(newDict()));
  return (t as Ref).a;
}

function newHolder(referent: number, cap: number, entries: readonly number[]): number {
  const h = allocObj(TYPE_ADDR[holderType.index]!, 0, H_ENTRIES + cap * 4);
  const base = rawBase(h);
  const off = base - h;
  I32[(base + H_REF) >> 2] = referent;
  registerWeakref(h, off + H_REF, false);
  I32[(base + H_CAP) >> 2] = cap;
  entries.forEach((wr, i) => {
    I32[(base + H_ENTRIES + i * 4) >> 2] = wr;
    registerWeakref(h, off + H_ENTRIES + i * 4, false);
  });
  I32[(base + H_COUNT) >> 2] = entries.length;
  return h;
}

/** Live entries of a holder (weakrefs that still exist), oldest first. */
function holderEntries(h: number): number[] {
  const base = rawBase(h);
  const n = I32[(base + H_COUNT) >> 2]!;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const wr = I32[(base + H_ENTRIES + i * 4) >> 2]!;
    if (wr !== 0) out.push(wr);
  }
  return out;
}

/** The current holder of `addr`, or 0 (a holder whose referent died or that was replaced is stale). */
function currentHolder(addr: number): number {
  const h = dictGet(table(), addr);
  if (!(h instanceof Ref)) return 0;
  return I32[(rawBase(h.a) + H_REF) >> 2] === addr ? h.a : 0;
}

/** The weakrefs to `obj` that still exist, oldest first (the object's weakref list). */
export function weakrefsOf(obj: Ref): number[] {
  const h = currentHolder(obj.a);
  return h === 0 ? [] : holderEntries(h);
}

/**
 * Runs `f` on obj's weakref list with the list locked (LOCK_WEAKREFS); `f` returns a weakref to
 * add, or 0. The add happens under the same lock, so two threads cannot both create a basic ref.
 */
export function withWeakrefs(obj: Ref, f: (current: number[]) => number): number {
  const tab = table();
  for (;;) {
    let h = currentHolder(obj.a);
    if (h === 0) {
      const fresh = newHolder(obj.a, 2, []);
      const cur = dictGet(tab, obj.a);
      if (cur instanceof Ref && I32[(rawBase(cur.a) + H_REF) >> 2] === obj.a) continue;
      // Another thread may race here; the one whose store lands last wins and the loser retries.
      dictSet(tab, obj.a, new Ref(fresh));
      h = fresh;
      maybePurge(tab);
    }
    const base = rawBase(h);
    const off = base - h;
    lock(h, off + H_LOCK);
    try {
      if (I32[(base + H_REF) >> 2] !== obj.a || currentHolder(obj.a) !== h) continue;
      const add = f(holderEntries(h));
      if (add === 0) return 0;
      const n = I32[(base + H_COUNT) >> 2]!;
      if (n < I32[(base + H_CAP) >> 2]!) {
        I32[(base + H_ENTRIES + n * 4) >> 2] = add;
        registerWeakref(h, off + H_ENTRIES + n * 4, false);
        I32[(base + H_COUNT) >> 2] = n + 1;
        return add;
      }
      // Full: a new holder with the live entries (the old one's fields are zeroed, so the heap forgets them).
      const live = holderEntries(h);
      live.push(add);
      const repl = newHolder(obj.a, Math.max(4, live.length * 2), live);
      for (let i = 0; i < n; i++) I32[(base + H_ENTRIES + i * 4) >> 2] = 0;
      dictSet(tab, obj.a, new Ref(repl));
      I32[(base + H_REF) >> 2] = 0;
      return add;
    } finally {
      unlock(h, off + H_LOCK);
    }
  }
}

/** Drops table entries whose referent died, once the table has grown enough to make it worth it. */
function maybePurge(tab: number): void {
  if (dictSize(tab) < purgeAt) return;
  for (const [k, v] of dictItems(tab)) {
    if (v instanceof Ref && I32[(rawBase(v.a) + H_REF) >> 2] !== k) dictDel(tab, k);
  }
  purgeAt = Math.max(256, dictSize(tab) * 2);
}

// ---- unraisable exceptions -----------------------------------------------------------------------

/** PyErr_FormatUnraisable(msg) with the default sys.unraisablehook's output: "msg:\n" + traceback. */
export function reportUnraisable(msg: string, e: unknown): void {
  const x = toPyException(e);
  try {
    flushAllStreams();
    writeStderr(`${msg}:\n${formatUnraisable(x).join('')}`);
  } catch {
    // stderr unusable: nothing to report on.
  }
}

export type { Value };
