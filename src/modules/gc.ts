// The gc module over ftpy's collector: collect() runs the heap's stop-the-world mark-sweep (which
// frees all garbage, not only cycles: there are no reference counts) and then the finalizers
// (__del__) and weakref callbacks it found; callbacks, debug flags, thresholds and statistics.
// CPython: Modules/gcmodule.c, Python/gc_free_threading.c.

import { I32, collect, FLAG_FINALIZED, setFinalizerHook } from '../heap/index.js';
import { Ref, getSlot, decode, nslots, type Value } from '../objects/value.js';
import { TypeFlag, TypeSlot } from '../objects/layouts.js';
import { typeOf, typeFlags, lookup, typeName } from '../objects/typeobject.js';
import { call, callDescriptor, raise, repr, toArray, typeNameOf } from '../objects/protocol.js';
import { asSsize } from '../objects/coll_ops.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { newList, isList, listItems } from '../objects/list.js';
import { newDict, dictGet, dictSet, dictItems, isDict } from '../objects/dict.js';
import { isAnySet } from '../objects/set.js';
import { moduleDict } from '../objects/module.js';
import { onThreadInit } from '../vm/runtime.js';
import { TS } from '../vm/state.js';
import { PIN } from '../objects/alloc.js';
import { defineModule } from './define.js';
import { reportUnraisable } from './weakref_table.js';
import { finalizeGenerator, setGenUnraisableHook, GENERATORS } from '../vm/gen.js';

const isGeneratorObject = (o: Ref): boolean => GENERATORS.has(o.a);

const fn = (f: (...a: never[]) => Value) => f as never;

const DEBUG = { DEBUG_STATS: 1, DEBUG_COLLECTABLE: 2, DEBUG_UNCOLLECTABLE: 4, DEBUG_SAVEALL: 32, DEBUG_LEAK: 38 };

/**
 * Per-interpreter settings. DELIBERATE DIFFERENCE: disable() only changes what isenabled() says;
 * collections still happen when the heap asks for them, since they are the only way memory is
 * reclaimed (CPython frees most objects by reference counting even with the collector disabled).
 */
const state = {
  enabled: true, debug: 0, thresholds: [2000, 10, 10], frozen: 0,
  stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0 })),
};

let gcModule: Ref | null = null;
function moduleAttr(name: string): Value | undefined {
  return gcModule === null ? undefined : dictGet(moduleDict(gcModule), name);
}

function infoDict(gen: number, collected: number): Ref {
  const d = newDict();
  dictSet(d, 'generation', gen);
  dictSet(d, 'collected', collected);
  dictSet(d, 'uncollectable', 0);
  return new Ref(d);
}

/** invoke_gc_callback: each callback gets (phase, info); errors are reported, not raised. */
function invokeCallbacks(phase: string, gen: number, collected: number): void {
  const cbs = moduleAttr('callbacks');
  if (cbs === undefined || !isList(cbs)) return;
  const items = listItems(cbs.a);
  if (items.length === 0) return;
  const info = infoDict(gen, collected);
  for (const cb of items) {
    try {
      call(cb, [phase, info]);
    } catch (e) {
      reportUnraisable(`Exception ignored in garbage collector callback ${safeRepr(cb)}`, e);
    }
  }
}

function safeRepr(v: Value): string {
  try {
    return repr(v);
  } catch {
    return '<object repr() failed>';
  }
}

let collecting = false;
function gcCollect(generation: Value): number {
  const gen = asSsize(generation, null);
  if (gen < 0 || gen > 2) raise('ValueError', 'invalid generation');
  if (collecting) return 0; // a collection started by a callback or finalizer of this one
  collecting = true;
  try {
    invokeCallbacks('start', gen, 0);
    // The calling frame keeps what it holds across this call in its fields, so its pins (objects it
    // allocated, which may be garbage by now) can go, as at a loop back-edge (vm/runtime.ts poll).
    const fr = TS.frame;
    if (fr !== null && fr.pb < PIN.top) PIN.top = fr.pb;
    const freed = collect();
    const st = state.stats[gen]!;
    st.collections++;
    st.collected += freed;
    invokeCallbacks('stop', gen, freed);
    return freed;
  } finally {
    collecting = false;
  }
}

// ---- object queries ----------------------------------------------------------------------------------

/** Builtin types CPython does not track (no Py_TPFLAGS_HAVE_GC). */
const UNTRACKED = new Set([
  'object', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range', 'NoneType',
  'NotImplementedType', 'ellipsis', 'memoryview', 'str_ascii_iterator',
]);

/** Can `v` be part of a reference cycle (what decides whether containers of it are tracked)? */
function maybeTracked(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  if (isTuple(v)) return tupleItems(v.a).some(maybeTracked);
  return !UNTRACKED.has(typeNameOf(v)) || (typeFlags(typeOf(v)) & TypeFlag.Heap) !== 0;
}

function isTracked(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  const t = typeOf(v);
  if (typeFlags(t) & TypeFlag.Heap) return true;
  // Tuples of untracked objects are untracked (_PyTuple_MaybeUntrack); dicts are always tracked here.
  if (isTuple(v)) return tupleItems(v.a).some(maybeTracked);
  return !UNTRACKED.has(typeName(t));
}

function isFinalized(v: Value): boolean {
  return v instanceof Ref && (I32[(v.a >> 2) + 1]! & FLAG_FINALIZED) !== 0;
}

/** tp_traverse's view of `v`: the objects it refers to directly. */
function referentsOf(v: Value): Value[] {
  if (!(v instanceof Ref)) return [];
  if (isTuple(v) || isList(v) || isAnySet(v)) return toArray(v).filter((x) => x instanceof Ref);
  return instanceReferents(v);
}

function instanceReferents(v: Ref): Value[] {
  if (isDict(v)) return dictItems((v as Ref).a).flatMap(([k, x]) => [k, x]).filter((x) => x instanceof Ref);
  const t = typeOf(v);
  if (!(typeFlags(t) & TypeFlag.Heap)) return [];
  // Instances of classes: their type, then their slots (__dict__, __slots__ values).
  const out: Value[] = [new Ref(t)];
  const a = (v as Ref).a;
  const n = Math.min(nslots(a), getSlot(t, TypeSlot.InstanceSlots) >> 1);
  for (let i = 0; i < n; i++) {
    const x = decode(getSlot(a, i));
    if (x instanceof Ref) out.push(x);
  }
  return out;
}

function notSupported(name: string): never {
  raise('NotImplementedError', `gc.${name}() is not supported by ftpy: the shared heap cannot be enumerated as Python objects`);
}

export const gcModuleDecl = defineModule({
  name: 'gc',
  doc: 'This module provides access to the garbage collector for reference cycles.\n',
  functions: {
    enable: { sig: 'enable($module, /)', fn: fn(() => ((state.enabled = true), null)) },
    disable: { sig: 'disable($module, /)', fn: fn(() => ((state.enabled = false), null)) },
    isenabled: { sig: 'isenabled($module, /)', fn: fn(() => state.enabled) },
    collect: { sig: 'collect($module, /, generation=2)', fn: fn(gcCollect) },
    set_debug: {
      sig: 'set_debug($module, flags, /)',
      fn: fn((flags: Value) => ((state.debug = asSsize(flags, null)), null)),
    },
    get_debug: { sig: 'get_debug($module, /)', fn: fn(() => state.debug) },
    get_stats: {
      sig: 'get_stats($module, /)',
      fn: fn(() => newList(state.stats.map((s) => {
        const d = newDict();
        dictSet(d, 'collections', s.collections);
        dictSet(d, 'collected', s.collected);
        dictSet(d, 'uncollectable', 0);
        return new Ref(d);
      }))),
    },
    set_threshold: {
      sig: 'set_threshold(threshold0, /, *rest)',
      fn: fn((t0: Value, rest: Value[]) => {
        if (rest.length > 2) raise('TypeError', `set_threshold() takes at most 3 arguments (${rest.length + 1} given)`);
        [t0, ...rest].forEach((x, i) => {
          state.thresholds[i] = asSsize(x, null);
        });
        return null;
      }),
    },
    get_threshold: { sig: 'get_threshold($module, /)', fn: fn(() => newTuple(state.thresholds)) },
    // The heap keeps no per-object allocation counts (it counts bytes), so there is nothing to report.
    get_count: { sig: 'get_count($module, /)', fn: fn(() => newTuple([0, 0, 0])) },
    get_objects: { sig: 'get_objects($module, /, generation=None)', fn: fn(() => notSupported('get_objects')) },
    get_referrers: { sig: 'get_referrers($module, /, *objs)', fn: fn(() => notSupported('get_referrers')) },
    get_referents: {
      sig: 'get_referents($module, /, *objs)',
      fn: fn((objs: Value[]) => newList(objs.flatMap(referentsOf))),
    },
    is_tracked: { sig: 'is_tracked($module, obj, /)', fn: fn(isTracked) },
    is_finalized: { sig: 'is_finalized($module, obj, /)', fn: fn(isFinalized) },
    // No generations: freezing would not change what a collection visits, so nothing is ever frozen.
    freeze: { sig: 'freeze($module, /)', fn: fn(() => null) },
    unfreeze: { sig: 'unfreeze($module, /)', fn: fn(() => null) },
    get_freeze_count: { sig: 'get_freeze_count($module, /)', fn: fn(() => state.frozen) },
  },
  init(dict, m) {
    gcModule = m;
    for (const [k, v] of Object.entries(DEBUG)) dictSet(dict, k, v);
    dictSet(dict, 'garbage', newList([]));
    dictSet(dict, 'callbacks', newList([]));
  },
});

// ---- __del__ -------------------------------------------------------------------------------------------

/** slot_tp_finalize: calls type(obj).__del__(obj) once the collector found obj unreachable. */
function runFinalizer(addr: number): void {
  const obj = new Ref(addr);
  const t = typeOf(obj);
  if (isGeneratorObject(obj)) {
    finalizeGenerator(obj);
    return;
  }
  const del = lookup(t, '__del__');
  if (del === undefined || del === null) return;
  try {
    callDescriptor(del, obj, t, []);
  } catch (e) {
    reportUnraisable(`Exception ignored while calling deallocator ${safeRepr(del)}`, e);
  }
}

onThreadInit(() => setFinalizerHook(runFinalizer));
setGenUnraisableHook(reportUnraisable);
