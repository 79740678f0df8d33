// Declaring a native module (one CPython writes in C) as data: its functions with their text
// signatures, and an initialiser for its other attributes. Natives are registered when this
// file's callers load (same order in every worker, so indices agree); the module object itself
// is made once per interpreter, on first import, in the shared heap.

import { Ref, type Value } from '../objects/value.js';
import { defineNative, withQualname, type Native, type NativeSpec } from '../objects/native.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { newModule, moduleDict } from '../objects/module.js';
import { dictSet, newDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { call } from '../objects/protocol.js';
import { registerNativeModule } from '../vm/imports.js';

export interface ModuleDecl {
  name: string;
  doc?: string | null;
  functions?: Record<string, NativeSpec>;
  /** Adds the other attributes (constants, types, objects) to the new module's dict. */
  init?: (dict: number, module: Ref) => void;
}

export interface NativeModule {
  name: string;
  natives: Map<string, Native>;
  /** Creates the module object (called once, by the import system). */
  create(): Ref;
}

export function defineModule(d: ModuleDecl): NativeModule {
  const natives = new Map<string, Native>();
  for (const [name, spec] of Object.entries(d.functions ?? {})) {
    // _PyObject_FunctionStr names functions outside builtins with their module.
    natives.set(name, withQualname(defineNative(spec), d.name === 'builtins' ? name : `${d.name}.${name}`));
  }
  const mod: NativeModule = {
    name: d.name,
    natives,
    create(): Ref {
      const m = newModule(d.name, d.doc ?? null);
      const dict = moduleDict(m);
      for (const [name, n] of natives) dictSet(dict, name, new Ref(newBuiltinFunction(n.index, name, d.name)));
      d.init?.(dict, m);
      return m;
    },
  };
  registerNativeModule(d.name, () => mod.create());
  return mod;
}

export type { Value };

/**
 * A new exception class `module.name` deriving from the named builtin classes, as
 * PyErr_NewExceptionWithDoc makes one (a heap class made by calling type()).
 */
export function newExceptionType(module: string, name: string, bases: string[], doc?: string): Value {
  const ns = newDict();
  dictSet(ns, '__module__', module);
  if (doc !== undefined) dictSet(ns, '__doc__', doc);
  return call(new Ref(builtinTypeAddr('type')), [name, newTuple(bases.map((b) => new Ref(builtinTypeAddr(b)))), new Ref(ns)]);
}
