// Module specs made when first read. CPython's import system gives every module a ModuleSpec and
// a loader (importlib's classes); making them needs importlib's bootstrap, ~70 ms that every program
// importing anything would pay (docs/ARCHITECTURE.md, Imports). So a module the native search loads
// holds a placeholder in `__spec__` and `__loader__` (its origin and package directory), and reading
// either attribute makes the real spec with importlib (spec_from_file_location, as PathFinder would)
// and stores it and its loader in the module.
// Module code reading `__spec__` or `__loader__` as a global gets the real objects too (vm/names.ts).
// The __main__ of a script gets a placeholder `__loader__` only (its __spec__ is None, as CPython's).
// DELIBERATE DIFFERENCE: until then `module.__dict__['__spec__']` is the placeholder; a namespace
// package's spec has no loader (CPython: a NamespaceLoader).

import { Ref, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { call } from '../objects/protocol.js';
import { typeOf } from '../objects/typeobject.js';
import { newList } from '../objects/list.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { moduleDict, setModuleAttrHook } from '../objects/module.js';
import { getattr, setattr } from './attr.js';
import { importModule } from './imports.js';

const enum SpecSlot { Origin, SearchDir, Kind, Count }
/** What a placeholder stands for: a module's spec and loader, or only the loader of __main__. */
const enum Kind { Spec, ScriptLoader, BuiltinLoader }

const placeholderType = defineBuiltinType({ name: 'module_spec_placeholder', internal: true, instanceSlots: SpecSlot.Count });

/** The placeholder for a module loaded from `origin`, a package when `searchDir` is its directory,
 * a namespace package when `origin` is null. */
export function lazySpec(origin: string | null, searchDir: string | null, kind: Kind = Kind.Spec): Ref {
  const a = allocObj(TYPE_ADDR[placeholderType.index]!, SpecSlot.Count, 0);
  setSlot(a, SpecSlot.Origin, encode(origin));
  setSlot(a, SpecSlot.SearchDir, encode(searchDir));
  setSlot(a, SpecSlot.Kind, encode(kind));
  return new Ref(a);
}

/** __main__'s `__loader__` (set_main_loader): a SourceFileLoader for a script, else BuiltinImporter. */
export function lazyMainLoader(script: string | null): Ref {
  return lazySpec(script, null, script === null ? Kind.BuiltinLoader : Kind.ScriptLoader);
}

function isPlaceholder(v: Value | undefined): v is Ref {
  return v instanceof Ref && typeOf(v) === TYPE_ADDR[placeholderType.index];
}

/** The module's real spec (and loader) in place of the placeholder `p`, stored in its dict `d`. */
function materialize(d: number, p: Ref): Value {
  const name = dictGet(d, '__name__') ?? null;
  const origin = decode(getSlot(p.a, SpecSlot.Origin)) ?? null;
  const searchDir = decode(getSlot(p.a, SpecSlot.SearchDir)) ?? null;
  // Installs importlib's finders too, as CPython has them from the start.
  const bootstrap = importModule('_frozen_importlib');
  const kind = decode(getSlot(p.a, SpecSlot.Kind));
  if (kind !== Kind.Spec) {
    const loader = kind === Kind.BuiltinLoader ? getattr(bootstrap, 'BuiltinImporter')
      : call(getattr(importModule('_frozen_importlib_external'), 'SourceFileLoader'), [name, origin]);
    dictSet(d, '__loader__', loader);
    return loader;
  }
  let spec: Value;
  if (typeof origin === 'string') {
    spec = call(getattr(importModule('_frozen_importlib_external'), 'spec_from_file_location'), [name, origin],
      ['submodule_search_locations'], [searchDir === null ? null : newList([searchDir])]);
  } else {
    spec = call(getattr(bootstrap, 'ModuleSpec'), [name, null], ['is_package'], [true]);
    const path = dictGet(d, '__path__');
    if (path !== undefined) setattr(spec, 'submodule_search_locations', path);
  }
  dictSet(d, '__spec__', spec);
  if (isPlaceholder(dictGet(d, '__loader__'))) dictSet(d, '__loader__', getattr(spec, 'loader'));
  return spec;
}

/** What module attribute or global `name` of the module dict `d` is, for the value `v` it holds. */
export function resolveSpecAttr(d: number, name: string, v: Value): Value {
  if ((name !== '__spec__' && name !== '__loader__') || !isPlaceholder(v)) return v;
  const made = materialize(d, v);
  if (decode(getSlot(v.a, SpecSlot.Kind)) !== Kind.Spec) return made;
  return name === '__spec__' ? made : getattr(made, 'loader');
}

setModuleAttrHook((m, name, v) => resolveSpecAttr(moduleDict(m), name, v));
