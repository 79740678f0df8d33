// Name resolution for generated code: globals then builtins (LOAD_GLOBAL), namespace then
// globals then builtins for module and class bodies (LOAD_NAME), class bodies reading free
// variables (LOAD_FROM_DICT_OR_DEREF), cells, and the NameError / UnboundLocalError messages.
// Global loads use a per-site cache validated by the dicts' versions.

import { I32 } from '../heap/index.js';
import { FuncSlot } from '../objects/layouts.js';
import { Ref, decode, getSlot, type Value } from '../objects/value.js';
import { dictGetStrTagged, dictGet, dictSet, dictDel, dictVersion, isDict } from '../objects/dict.js';
import { strHash32 } from '../objects/hash.js';
import { getitem, setitem, delitem } from '../objects/protocol.js';
import { cellGet, cellSet } from '../objects/cell.js';
import { raiseNameError, isInstanceOfBuiltin } from './errors.js';
import type { Frame } from './state.js';
import { resolveSpecAttr } from './module_spec.js';

export interface GlobalIC {
  name: string;
  h: number;
  /** The globals dict, its version, the builtins dict it implies and that dict's version when the value was cached. */
  g: number;
  gv: number;
  b: number;
  bv: number;
  value: Value | undefined;
  /** The load's position id in its code's position table (-1: none), recorded when it fails. */
  pos: number;
}

export function globalIC(name: string, pos = -1): GlobalIC {
  return { name, h: strHash32(name), g: 0, gv: -1, b: 0, bv: -1, value: undefined, pos };
}

/** The interpreter's builtins dict (set by the runtime). */
export let BUILTINS = 0;
export function setBuiltins(d: number): void {
  BUILTINS = d;
}

/**
 * The builtins dict of code running with globals `g` (_PyEval_BuiltinsFromGlobals): its
 * __builtins__, a module standing for the module's dict; the interpreter's when absent.
 */
export function builtinsOfGlobals(g: number): number {
  const b = dictGet(g, '__builtins__');
  if (!(b instanceof Ref)) return BUILTINS;
  if (isDict(b)) return b.a;
  const d = moduleDictOf(b);
  return d === 0 ? BUILTINS : d;
}

let moduleDictOf: (m: Ref) => number = () => 0;
export function setModuleDictOf(f: (m: Ref) => number): void {
  moduleDictOf = f;
}

export function globalsOf(F: Value): number {
  if (F instanceof Ref) return getSlot(F.a, FuncSlot.Globals);
  return 0;
}

function notDefined(name: string): never {
  raiseNameError('NameError', `name '${name}' is not defined`, name);
}

const SITE_BUILTINS: ReadonlySet<string> = new Set(['exit', 'quit', 'copyright', 'credits', 'license', 'help']);
/** vm/site_builtins.ts installSiteBuiltins (set by the runtime: it imports the import system). */
let installSiteBuiltins: () => boolean = () => false;
export function setSiteBuiltinsInstaller(f: () => boolean): void {
  installSiteBuiltins = f;
}

/** A builtins lookup that missed: site's builtins (exit, help, ...) are made on first use. */
function missingBuiltin(b: number, name: string, h: number): number {
  if (b !== BUILTINS || !SITE_BUILTINS.has(name) || !installSiteBuiltins()) return 0;
  return dictGetStrTagged(b, name, h);
}

/** LOAD_GLOBAL. */
export function loadGlobal(fr: Frame, ic: GlobalIC): Value {
  const g = fr.g;
  if (ic.g === g && ic.gv === dictVersion(g) && ic.bv === dictVersion(ic.b)) return ic.value!;
  const b = builtinsOfGlobals(g);
  // Globals of a dict subclass (types.FunctionType(code, MyDict())): its __getitem__ (and so
  // __missing__) serves every lookup, never cached (LOAD_GLOBAL's PyMapping_GetOptionalItem path).
  if (!isDict(new Ref(g))) return loadGlobalMapping(fr, ic, g, b);
  let t = dictGetStrTagged(g, ic.name, ic.h);
  if (t === 0) {
    t = dictGetStrTagged(b, ic.name, ic.h);
    if (t === 0) t = missingBuiltin(b, ic.name, ic.h);
    if (t === 0) {
      if (ic.pos >= 0) fr.ln = ic.pos;
      notDefined(ic.name);
    }
  }
  let v: Value = decode(t)!;
  // Module code reading its own __spec__/__loader__ placeholder gets the real object (module_spec.ts).
  if (ic.name === '__spec__' || ic.name === '__loader__') v = resolveSpecAttr(g, ic.name, v);
  ic.g = g;
  ic.gv = dictVersion(g);
  ic.b = b;
  ic.bv = dictVersion(b);
  ic.value = v;
  return v;
}

function loadGlobalMapping(fr: Frame, ic: GlobalIC, g: number, b: number): Value {
  try {
    return getitem(new Ref(g), ic.name);
  } catch (e) {
    if (!isInstanceOfBuiltin(e as Value, 'KeyError')) throw e;
  }
  let t = dictGetStrTagged(b, ic.name, ic.h);
  if (t === 0) t = missingBuiltin(b, ic.name, ic.h);
  if (t === 0) {
    if (ic.pos >= 0) fr.ln = ic.pos;
    notDefined(ic.name);
  }
  return decode(t)!;
}

export function loadGlobalName(fr: Frame, name: string): Value {
  return loadGlobal(fr, globalIC(name));
}

export function storeGlobal(fr: Frame, name: string, v: Value | undefined): void {
  if (v === undefined) {
    dictDel(fr.g, name);
    return;
  }
  dictSet(fr.g, name, v);
}

export function delGlobal(fr: Frame, name: string): void {
  if (!dictDel(fr.g, name)) notDefined(name);
}

/** LOAD_NAME: the frame's namespace (any mapping), then globals, then builtins. */
export function loadName(fr: Frame, ic: GlobalIC): Value {
  const ns = fr.ns;
  // Locals that are the globals themselves are skipped, unless they are a dict subclass (its __getitem__
  // serves LOAD_NAME: eval(src, DictSubclass())).
  if (ns instanceof Ref && (ns.a !== fr.g || !isDict(ns))) {
    if (isDict(ns)) {
      const t = dictGetStrTagged(ns.a, ic.name, ic.h);
      if (t !== 0) return ic.name === '__spec__' || ic.name === '__loader__' ? resolveSpecAttr(ns.a, ic.name, decode(t)!) : decode(t)!;
    } else {
      try {
        return getitem(ns, ic.name);
      } catch (e) {
        if (!isInstanceOfBuiltin(e as Value, 'KeyError')) throw e;
      }
    }
  }
  return loadGlobal(fr, ic);
}

/** STORE_NAME; `undefined` unbinds quietly (an except clause's `e = None; del e` cleanup). */
export function storeName(fr: Frame, name: string, v: Value | undefined): void {
  const ns = fr.ns;
  if (v === undefined) {
    if (ns instanceof Ref && !isDict(ns)) {
      setitem(ns, name, null);
      delitem(ns, name);
    } else {
      dictDel(ns instanceof Ref ? ns.a : fr.g, name);
    }
    return;
  }
  if (ns instanceof Ref) {
    if (isDict(ns)) dictSet(ns.a, name, v);
    else setitem(ns, name, v);
    return;
  }
  dictSet(fr.g, name, v);
}

export function delName(fr: Frame, name: string): void {
  const ns = fr.ns;
  if (ns instanceof Ref && !isDict(ns)) {
    try {
      delitem(ns, name);
    } catch (e) {
      if (isInstanceOfBuiltin(e as Value, 'KeyError')) notDefined(name);
      throw e;
    }
    return;
  }
  const d = ns instanceof Ref ? ns.a : fr.g;
  if (!dictDel(d, name)) notDefined(name);
}

/** A class body reading a name that is free (from an enclosing function): namespace first. */
export function loadClassDeref(fr: Frame, name: string, cell: Value): Value {
  const ns = fr.ns;
  if (ns instanceof Ref) {
    if (isDict(ns)) {
      const v = dictGet(ns.a, name);
      if (v !== undefined) return v;
    } else {
      try {
        return getitem(ns, name);
      } catch (e) {
        if (!isInstanceOfBuiltin(e as Value, 'KeyError')) throw e;
      }
    }
  }
  return cellGetChecked(cell, name, true);
}

/** `_pos` is the generated code's position store, evaluated only on this failure path. */
export function unboundLocal(name: string, _pos?: number): never {
  raiseNameError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`, name);
}

export function cellGetChecked(cell: Value, name: string, free: boolean): Value {
  const v = cellGet((cell as Ref).a);
  if (v === undefined) {
    if (free) raiseNameError('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name);
    unboundLocal(name);
  }
  return v;
}

export function cellSetValue(cell: Value, v: Value): void {
  cellSet((cell as Ref).a, v);
}

export function cellDel(cell: Value, name: string, free: boolean): void {
  if (cellGet((cell as Ref).a) === undefined) cellGetChecked(cell, name, free);
  cellSet((cell as Ref).a, undefined);
}

export { I32 };
