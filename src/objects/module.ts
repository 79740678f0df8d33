// Module objects: a namespace dict plus repr and attribute access that reports
// "module 'x' has no attribute 'y'" (and falls back to a module-level __getattr__, PEP 562).
// CPython: Objects/moduleobject.c.

import { allocObj } from './alloc.js';
import { ModuleSlot } from './layouts.js';
import { Ref, decode, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { newDict, dictGet, dictSet, dictDel, isDict, dictKeys } from './dict.js';
import { newList } from './list.js';
import { typeOf, lookup } from './typeobject.js';
import { raise, call, repr, typeNameOf } from './protocol.js';
import { genericGetAttr, setModuleHooks } from './object.js';
import { onTypesReady } from './bootstrap.js';

export function moduleDict(m: Ref): number {
  return getSlot(m.a, ModuleSlot.Dict);
}

export function moduleName(m: Ref): string {
  const n = dictGet(moduleDict(m), '__name__');
  return typeof n === 'string' ? n : '?';
}

/** A new module named `name` with an empty namespace (plus the standard dunders). */
export function newModule(name: string, doc: Value = null): Ref {
  const m = allocObj(TYPE_ADDR[moduleType.index]!, ModuleSlot.Count, 0);
  const d = newDict();
  setSlot(m, ModuleSlot.Dict, d);
  dictSet(d, '__name__', name);
  dictSet(d, '__doc__', doc);
  dictSet(d, '__package__', null);
  dictSet(d, '__loader__', null);
  dictSet(d, '__spec__', null);
  return new Ref(m);
}

export const moduleType = defineBuiltinType({
  name: 'module',
  flags: 2,
  instanceSlots: ModuleSlot.Count,
  dictSlot: ModuleSlot.Dict,
  methods: {
    __init__: {
      sig: '__init__($self, /, name, doc=None)',
      fn: ((self: Value, name: Value, doc: Value) => {
        if (typeof name !== 'string') raise('TypeError', `module.__init__() argument 'name' must be str, not ${typeof name}`);
        const a = (self as Ref).a;
        let d = getSlot(a, ModuleSlot.Dict);
        if (d === 0) {
          d = newDict();
          setSlot(a, ModuleSlot.Dict, d);
        }
        dictSet(d, '__name__', name);
        dictSet(d, '__doc__', doc);
        dictSet(d, '__package__', null);
        dictSet(d, '__loader__', null);
        dictSet(d, '__spec__', null);
        return null;
      }) as never,
    },
    // module_dir: the module's own __dir__ function (PEP 562), else its dict's keys.
    __dir__: {
      sig: '__dir__($self, /)',
      fn: ((m: Value) => {
        const d = moduleDict(m as Ref);
        const own = dictGet(d, '__dir__');
        return own !== undefined ? call(own, []) : newList(dictKeys(d));
      }) as never,
    },
  },
  getsets: {
    // module_members: __dict__ is a read-only member.
    // module_get_annotations (PEP 649): computed by __annotate__(1) on first use, then kept.
    __annotations__: {
      get: ((m: Value) => {
        const d = moduleDict(m as Ref);
        const have = dictGet(d, '__annotations__');
        if (have !== undefined) return have;
        const annotate = dictGet(d, '__annotate__');
        let ann: Value;
        if (annotate !== undefined && annotate !== null && lookup(typeOf(annotate), '__call__') !== undefined) {
          ann = call(annotate, [1]);
          if (!isDict(ann)) raise('TypeError', `__annotate__ returned non-dict of type '${typeNameOf(ann)}'`);
        } else {
          ann = new Ref(newDict());
        }
        dictSet(d, '__annotations__', ann);
        return ann;
      }) as never,
      set: ((m: Value, v: Value | undefined) => {
        const d = moduleDict(m as Ref);
        if (v === undefined) {
          if (!dictDel(d, '__annotations__')) raise('AttributeError', '__annotations__');
        } else {
          dictSet(d, '__annotations__', v);
        }
        return null;
      }) as never,
    },
    __dict__: { get: ((m: Value) => { const d = moduleDict(m as Ref); return d === 0 ? null : new Ref(d); }) as never, member: true },
  },
  slots: {
    repr: (m) => {
      const d = moduleDict(m as Ref);
      const name = dictGet(d, '__name__');
      const file = dictGet(d, '__file__');
      const n = typeof name === 'string' ? repr(name) : "'?'";
      if (typeof file === 'string') return `<module ${n} from ${repr(file)}>`;
      return `<module ${n}>`;
    },
    getattr: (m, name) => {
      const v = genericGetAttr(m, name);
      if (v !== undefined) return attrHook(m as Ref, name, v);
      const ga = dictGet(moduleDict(m as Ref), '__getattr__');
      if (ga !== undefined) return call(ga, [name]);
      return undefined;
    },
  },
});

/** Turns what the dict holds into the attribute (vm/module_spec.ts: __spec__ made when first read). */
let attrHook: (m: Ref, name: string, v: Value) => Value = (_m, _n, v) => v;
export function setModuleAttrHook(f: typeof attrHook): void {
  attrHook = f;
}

onTypesReady(() => setModuleHooks(TYPE_ADDR[moduleType.index]!, moduleName));

export { decode };
