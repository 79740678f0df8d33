// The import system: sys.modules, builtin (native) modules, and source modules found on
// sys.path (packages with __init__.py, relative imports, `from x import *` with __all__).
// CPython: Python/import.c and Lib/importlib/_bootstrap.py (the semantics, not the machinery:
// DELIBERATE DIFFERENCE for now: no importlib finders/loaders/specs objects).

import { statSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Ref, type Value } from '../objects/value.js';
import { dictGet, dictSet, dictDel, dictItems, isDict } from '../objects/dict.js';
import { newModule, moduleDict } from '../objects/module.js';
import { toArray, typeNameOf, repr, call } from '../objects/protocol.js';
import { isAnySet, setContains } from '../objects/set.js';
import { setModuleAttrMessage } from '../objects/object.js';
import { listItems, isList } from '../objects/list.js';
import { raise, pyExc } from './errors.js';
import { setExtra } from '../objects/exceptions.js';
import { getattr, getattrOrUndefined, setattr } from './attr.js';
import type { Frame } from './state.js';
import { runModuleCode, compileToUnit } from './exec.js';
import { cachedUnit, setCacheOptionsSource, type CacheOptions } from './compile_cache.js';
import { makeUnit } from '../objects/code.js';
import { lazySpec } from './module_spec.js';
import { importedElsewhere, withModuleLock } from './import_lock.js';

/** sys.modules (a dict address, set by the runtime). */
export let MODULES = 0;
/** sys.path (a list), set by the runtime. */
export let PATH: Value = null;
/** sys's attributes (modules/sys.ts sysGet; passed in, as that module imports this one's users). */
let sysGet: (name: string) => Value | undefined = () => undefined;
export function setImportState(modules: number, path: Value, sysLookup: (name: string) => Value | undefined): void {
  MODULES = modules;
  PATH = path;
  sysGet = sysLookup;
  setCacheOptionsSource(cacheOptions);
}

/** What sys says about the compile cache at this import (read each time, as importlib does). */
function cacheOptions(): CacheOptions {
  const prefix = sysGet('pycache_prefix');
  return { dontWrite: sysGet('dont_write_bytecode') !== false, prefix: typeof prefix === 'string' ? prefix : null };
}

/** Native modules: name -> creator (runs once per interpreter; the module is shared). */
const NATIVE_MODULES = new Map<string, () => Ref>();
export function registerNativeModule(name: string, create: () => Ref): void {
  NATIVE_MODULES.set(name, create);
}
export function nativeModuleNames(): string[] {
  return [...NATIVE_MODULES.keys()].sort();
}

function moduleNotFound(name: string): never {
  const msg = `No module named '${name}'`;
  const e = pyExc('ModuleNotFoundError', msg);
  // ImportError_init keeps the message in .msg too; pyExc skips __init__.
  setExtra(e, 'name', name);
  setExtra(e, 'msg', msg);
  throw e;
}

/** Absolute module name for `from ..x import y` in the frame's module. */
function resolveName(fr: Frame, name: string, level: number): string {
  if (level === 0) return name;
  const pkg = packageOf(fr);
  if (pkg === null || pkg === '') raise('ImportError', 'attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) raise('ImportError', 'attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

function packageOf(fr: Frame): string | null {
  const g = fr.g;
  const pkg = dictGet(g, '__package__');
  if (typeof pkg === 'string') return pkg;
  const name = dictGet(g, '__name__');
  if (typeof name !== 'string') return null;
  const path = dictGet(g, '__path__');
  if (path !== undefined) return name;
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(0, i);
}

/** Imports `name` (absolute), its parents first; returns the module. */
export function importModule(name: string): Ref {
  const cached = dictGet(MODULES, name);
  if (cached === null) {
    const e = pyExc('ModuleNotFoundError', `import of ${name} halted; None in sys.modules`);
    setExtra(e, 'name', name);
    throw e;
  }
  if (cached !== undefined && !importedElsewhere(name)) return cached as Ref;
  return withModuleLock(name, () => dictGet(MODULES, name), () => findAndLoad(name));
}

/** The import proper (under the module's lock): finders a program put in sys.meta_path before the
 * standard ones, then the native search (a native module or a source file, standing for CPython's
 * BuiltinImporter and PathFinder), then finders after them. */
function findAndLoad(name: string): Ref {
  const frozen = FROZEN_IMPORTLIB[name];
  if (frozen !== undefined) return loadFrozenImportlib(name, frozen);
  const dot = name.lastIndexOf('.');
  const finders = userFinders();
  if (finders.before.length > 0 || finders.after.length > 0) {
    const parentPath = dot < 0 ? null : dictGet(moduleDict(importModule(name.slice(0, dot))), '__path__') ?? null;
    const spec = findSpec(finders.before, name, parentPath);
    if (spec !== null) return loadSpec(spec);
    try {
      return nativeFindAndLoad(name);
    } catch (e) {
      if (!(e instanceof Ref) || finders.after.length === 0 || dictGet(MODULES, name) !== undefined) throw e;
      const later = findSpec(finders.after, name, parentPath);
      if (later === null) throw e;
      return loadSpec(later);
    }
  }
  return nativeFindAndLoad(name);
}

// ---- sys.meta_path ----------------------------------------------------------------------------
// CPython's own finders (BuiltinImporter, FrozenImporter, PathFinder from importlib's bootstrap,
// modules _frozen_importlib and _frozen_importlib_external) are what the native search does; any
// other finder a program inserts is asked in its place in the list (_bootstrap._find_spec).

const STANDARD_FINDER_MODULES = new Set(['_frozen_importlib', '_frozen_importlib_external']);

function userFinders(): { before: Value[]; after: Value[] } {
  const mp = sysGet('meta_path');
  const before: Value[] = [];
  const after: Value[] = [];
  if (mp === undefined || !isList(mp)) return { before, after };
  let seenStandard = false;
  for (const f of listItems(mp.a)) {
    const mod = getattrOrUndefined(f, '__module__');
    if (typeof mod === 'string' && STANDARD_FINDER_MODULES.has(mod)) seenStandard = true;
    else (seenStandard ? after : before).push(f);
  }
  return { before, after };
}

function findSpec(finders: Value[], name: string, path: Value): Value | null {
  for (const f of finders) {
    const find = getattrOrUndefined(f, 'find_spec');
    if (find === undefined) continue;
    const spec = call(find, [name, path, null]);
    if (spec !== null) return spec;
  }
  return null;
}

/** _bootstrap._load(spec): module_from_spec, sys.modules, exec_module, as importlib does it. */
function loadSpec(spec: Value): Ref {
  const bootstrap = importModule('_frozen_importlib');
  const m = call(getattr(bootstrap, '_load'), [spec]);
  const name = getattr(spec, 'name');
  if (typeof name === 'string') bindToParent(name, m as Ref);
  return m as Ref;
}

/** importlib's bootstrap modules, loaded from the standard library's source when first asked for
 * (importlib/__init__.py imports them) and installed as Py_Initialize installs the frozen ones
 * (init_importlib: _bootstrap._install; init_importlib_external: _install_external_importers).
 * DELIBERATE DIFFERENCE: until then sys.meta_path and sys.path_hooks are empty; the native
 * search does their work. */
const FROZEN_IMPORTLIB: Record<string, string> = {
  _frozen_importlib: '_bootstrap.py',
  _frozen_importlib_external: '_bootstrap_external.py',
};

function loadFrozenImportlib(name: string, file: string): Ref {
  const dirs = isList(PATH) ? listItems(PATH.a) : [];
  for (const d of dirs) {
    if (typeof d !== 'string') continue;
    const path = join(d === '' ? process.cwd() : d, 'importlib', file);
    if (!isFile(path)) continue;
    const m = loadSource(name, path, null);
    if (name === '_frozen_importlib') {
      call(getattr(m, '_install'), [dictGet(MODULES, 'sys')!, importModule('_imp')]);
      // Imports _frozen_importlib_external (plain source, below) and installs PathFinder.
      call(getattr(m, '_install_external_importers'), []);
    }
    return m;
  }
  return moduleNotFound(name);
}

/** The native search: parents first, then a native module or a file. */
function nativeFindAndLoad(name: string): Ref {
  const dot = name.lastIndexOf('.');
  let searchPath: Value[];
  if (dot >= 0) {
    const parent = importModule(name.slice(0, dot));
    // Importing the parent may have put the child in sys.modules (os puts os.path there):
    // _find_and_load_unlocked looks again before needing the parent to be a package.
    const now = dictGet(MODULES, name);
    if (now !== undefined && now !== null) return now as Ref;
    const p = dictGet(moduleDict(parent), '__path__');
    if (p === undefined) {
      const msg = `No module named '${name}'; '${name.slice(0, dot)}' is not a package`;
      const e = pyExc('ModuleNotFoundError', msg);
      setExtra(e, 'name', name);
      setExtra(e, 'msg', msg);
      throw e;
    }
    searchPath = toArray(p);
    const again = dictGet(MODULES, name);
    if (again !== undefined) return again as Ref;
  } else {
    const native = NATIVE_MODULES.get(name);
    if (native !== undefined) {
      const m = native();
      dictSet(MODULES, name, m);
      return m;
    }
    searchPath = isList(PATH) ? listItems(PATH.a) : [];
  }
  const leaf = dot >= 0 ? name.slice(dot + 1) : name;
  for (const dirV of searchPath) {
    if (typeof dirV !== 'string') continue;
    const dir = dirV === '' ? process.cwd() : dirV;
    const pkgInit = join(dir, leaf, '__init__.py');
    if (isFile(pkgInit)) return loadSource(name, pkgInit, join(dir, leaf));
    const file = join(dir, `${leaf}.py`);
    if (isFile(file)) return loadSource(name, file, null);
    // Namespace package: a directory without __init__.py.
  }
  for (const dirV of searchPath) {
    if (typeof dirV !== 'string') continue;
    const d = join(dirV === '' ? process.cwd() : dirV, leaf);
    if (isDir(d)) return loadNamespacePackage(name, searchPath);
  }
  return moduleNotFound(name);
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A namespace package (PEP 420): made as PathFinder and module_from_spec make it, so its __path__ is
 * a _NamespacePath that follows sys.path and its loader a NamespaceLoader. That needs importlib's
 * bootstrap (~70 ms once, module_spec.ts); namespace packages are rare enough to pay it.
 */
function loadNamespacePackage(name: string, searchPath: Value[]): Ref {
  const ext = importModule('_frozen_importlib') && importModule('_frozen_importlib_external');
  const dot = name.lastIndexOf('.');
  const parentPath = dot < 0 ? null : dictGet(moduleDict(importModule(name.slice(0, dot))), '__path__') ?? null;
  const spec = call(getattr(getattr(ext, 'PathFinder'), 'find_spec'), [name, parentPath ?? listHook(searchPath)]);
  const m = call(getattr(importModule('_frozen_importlib'), 'module_from_spec'), [spec]) as Ref;
  dictSet(MODULES, name, m);
  bindToParent(name, m);
  return m;
}

let listHook: (items: Value[]) => Value = () => null;
export function setImportListHook(f: (items: Value[]) => Value): void {
  listHook = f;
}

/**
 * compile(source, path, 'exec') of exactly the bytes of the source file at `path`, as importlib's
 * SourceLoader.get_code does: the compile cache's unit, so modules importlib loads (import_module,
 * reload, runpy) share what the import statement caches. Null when `path` is not such a file.
 */
export function compileFileFromCache(path: string, source: Uint8Array | string): Ref | null {
  if (!path.endsWith('.py')) return null;
  let onDisk: Buffer;
  try {
    onDisk = readFileSync(path);
  } catch {
    return null;
  }
  const given = typeof source === 'string' ? Buffer.from(source, 'utf8') : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  if (!onDisk.equals(given)) return null;
  const unit = cachedUnit(path, cacheOptions(), (bytes) => compileToUnit(bytes, path, 'exec'));
  return makeUnit(unit)[0]!;
}

/** Executes a source file as module `name`. */
export function loadSource(name: string, file: string, pkgDir: string | null): Ref {
  const m = newModule(name);
  const d = moduleDict(m);
  dictSet(d, '__file__', file);
  dictSet(d, '__cached__', null);
  if (FROZEN_IMPORTLIB[name] === undefined) {
    const spec = lazySpec(file, pkgDir);
    dictSet(d, '__spec__', spec);
    dictSet(d, '__loader__', spec);
  }
  if (pkgDir !== null) {
    dictSet(d, '__path__', listHook([pkgDir]));
    dictSet(d, '__package__', name);
  } else {
    const i = name.lastIndexOf('.');
    dictSet(d, '__package__', i < 0 ? '' : name.slice(0, i));
  }
  dictSet(MODULES, name, m);
  INITIALIZING.add(m.a);
  try {
    const unit = cachedUnit(file, cacheOptions(), (source) => compileToUnit(source, file, 'exec'));
    runModuleCode(makeUnit(unit)[0]!, d);
  } catch (e) {
    dictDel(MODULES, name);
    throw e;
  } finally {
    INITIALIZING.delete(m.a);
  }
  const final = dictGet(MODULES, name) ?? m;
  bindToParent(name, final as Ref);
  return final as Ref;
}

function bindToParent(name: string, m: Ref): void {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return;
  const parent = dictGet(MODULES, name.slice(0, dot));
  if (parent instanceof Ref) setattr(parent, name.slice(dot + 1), m);
}


/** `import a.b.c` (no fromlist): imports and returns the top-level package. */
export function importName(fr: Frame, name: string, fromlist: string[] | null, level: number): Value {
  const abs = resolveName(fr, name, level);
  const m = importModule(abs);
  if (fromlist === null) {
    if (level === 0) {
      const top = abs.split('.')[0]!;
      return dictGet(MODULES, top) as Ref;
    }
    return m;
  }
  // from package import submodule: import submodules not yet attributes.
  const path = dictGet(moduleDict(m), '__path__');
  if (path !== undefined) {
    for (const n of fromlist) {
      if (n === '*') {
        const all = dictGet(moduleDict(m), '__all__');
        if (all !== undefined) for (const x of toArray(all)) if (typeof x === 'string') tryImportSub(m, abs, x);
        continue;
      }
      tryImportSub(m, abs, n);
    }
  }
  return m;
}

function tryImportSub(m: Ref, abs: string, n: string): void {
  if (getattrOrUndefined(m, n) !== undefined) return;
  try {
    importModule(`${abs}.${n}`);
  } catch (e) {
    if (!(e instanceof Ref) || typeNameOf(e) !== 'ModuleNotFoundError') throw e;
    const en = getattrOrUndefined(e, 'name');
    if (en !== `${abs}.${n}`) throw e;
  }
}

/** `import a.b.c as x`: the leaf module. */
export function importAs(fr: Frame, name: string): Value {
  importModule(resolveName(fr, name, 0));
  let m: Value = dictGet(MODULES, name.split('.')[0]!)!;
  const parts = name.split('.');
  for (let i = 1; i < parts.length; i++) {
    const next = getattrOrUndefined(m, parts[i]!);
    if (next === undefined) return dictGet(MODULES, parts.slice(0, i + 1).join('.'))!;
    m = next;
  }
  return m;
}

/** `from mod import name` */
export function importFrom(m: Value, name: string): Value {
  const v = getattrOrUndefined(m, name);
  if (v !== undefined) return v;
  const modNameV = m instanceof Ref ? getattrOrUndefined(m, '__name__') : undefined;
  const modName = typeof modNameV === 'string' ? modNameV : '<unknown module name>';
  if (typeof modNameV === 'string') {
    const sub = dictGet(MODULES, `${modNameV}.${name}`);
    if (sub !== undefined) return sub;
  }
  // ceval.c _PyEval_ImportFrom's messages. Modules have no specs here: a source module's
  // origin is its __file__, and the import system knows which modules are still initializing.
  const file = m instanceof Ref ? getattrOrUndefined(m, '__file__') : undefined;
  const origin = typeof file === 'string' ? file : null;
  const info = shadowInfo(modName, origin);
  const head = `cannot import name ${repr(name)} from`;
  let msg: string;
  if (info.stdlib) {
    msg = `${head} ${repr(modName)} (consider renaming ${repr(origin!)} since it has the same name as the standard ` +
      `library module named ${repr(modName)} and prevents importing that standard library module)`;
  } else if (m instanceof Ref && INITIALIZING.has(m.a)) {
    if (info.shadowing) {
      msg = `${head} ${repr(modName)} (consider renaming ${repr(origin!)} if it has the same name as a library you intended to import)`;
    } else {
      msg = `${head} partially initialized module ${repr(modName)} (most likely due to a circular import)` +
        (origin !== null ? ` (${origin})` : '');
    }
  } else {
    msg = `${head} ${repr(modName)} (${origin ?? 'unknown location'})`;
  }
  const e = pyExc('ImportError', msg);
  setExtra(e, 'name', typeof modNameV === 'string' ? modNameV : null);
  setExtra(e, 'path', origin);
  setExtra(e, 'msg', msg);
  // ImportError's name_from (3.12): traceback suggests a close name from it.
  setExtra(e, 'name_from', name);
  throw e;
}

/** Modules whose code is running (importlib's spec._initializing), by address; per worker. */
const INITIALIZING = new Set<number>();

/** config->sys_path_0: the first sys.path entry the CLI computed (null with -P / -I). */
let SYS_PATH_0: string | null = null;
export function setSysPath0(p: string | null): void {
  SYS_PATH_0 = p;
}

/**
 * moduleobject.c _PyModule_IsPossiblyShadowing: the module's file (or package directory) sits in
 * sys.path[0], where it could hide a module of that name further down the path; `stdlib` when
 * that name is in sys.stdlib_module_names.
 */
function shadowInfo(modName: string, origin: string | null): { shadowing: boolean; stdlib: boolean } {
  if (origin === null || SYS_PATH_0 === null) return { shadowing: false, stdlib: false };
  let root = origin;
  let sep = root.lastIndexOf('/');
  if (sep < 0) return { shadowing: false, stdlib: false };
  if (root.slice(sep + 1) === '__init__.py') {
    root = root.slice(0, sep);
    sep = root.lastIndexOf('/');
    if (sep < 0) return { shadowing: false, stdlib: false };
  }
  root = root.slice(0, sep);
  const path0 = SYS_PATH_0 === '' ? process.cwd() : SYS_PATH_0;
  if (root !== path0) return { shadowing: false, stdlib: false };
  const sys = dictGet(MODULES, 'sys');
  const names = sys instanceof Ref ? getattrOrUndefined(sys, 'stdlib_module_names') : undefined;
  return { shadowing: true, stdlib: names instanceof Ref && isAnySet(names) && setContains(names.a, modName) };
}

/** The AttributeError message for a missing module attribute, when the import system has more
 * to say than "module 'x' has no attribute 'y'" (moduleobject.c _Py_module_getattro_impl). */
function moduleAttrMessage(m: Ref, name: string): string | undefined {
  const d = moduleDict(m);
  const modName = dictGet(d, '__name__');
  if (typeof modName !== 'string') return `module has no attribute '${name}'`;
  const file = dictGet(d, '__file__');
  const origin = typeof file === 'string' ? file : null;
  const info = shadowInfo(modName, origin);
  if (info.stdlib) {
    return `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' since it has the same name ` +
      `as the standard library module named '${modName}' and prevents importing that standard library module)`;
  }
  if (!INITIALIZING.has(m.a)) return undefined;
  if (info.shadowing) {
    return `module '${modName}' has no attribute '${name}' (consider renaming '${origin}' if it has the same name as a library you intended to import)`;
  }
  return origin !== null
    ? `partially initialized module '${modName}' from '${origin}' has no attribute '${name}' (most likely due to a circular import)`
    : `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`;
}
setModuleAttrMessage(moduleAttrMessage);

/** `from mod import *` */
export function importStar(fr: Frame, m: Value): void {
  const all = getattrOrUndefined(m, '__all__');
  const target = fr.ns instanceof Ref ? fr.ns : new Ref(fr.g);
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== 'string') raise('TypeError', `Item in ${String(getattrOrUndefined(m, '__name__'))}.__all__ must be str, not ${typeNameOf(n)}`);
      // import_all_from: a plain getattr, so a missing name is an AttributeError.
      storeInto(target, n, getattr(m, n));
    }
    return;
  }
  const d = getattrOrUndefined(m, '__dict__');
  if (d === undefined || !isDict(d)) return;
  for (const [k, v] of dictItems(d.a)) {
    if (typeof k === 'string' && !k.startsWith('_')) storeInto(target, k, v);
  }
}

function storeInto(ns: Ref, k: string, v: Value): void {
  if (isDict(ns)) dictSet(ns.a, k, v);
}

export { dirname };
