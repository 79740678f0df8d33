// The _imp module: what importlib's bootstrap asks the interpreter (is a module built in, make it,
// the import lock, extension suffixes), so that importlib, importlib.machinery/util, pkgutil and
// runpy work. ftpy's built-in modules are its native ones; it has no frozen modules and loads no C
// extensions (create_dynamic raises ImportError), and writes no .pyc (source_hash is not needed).
// CPython: Python/import.c (_imp_*), Python/clinic/import.c.h.

import { Ref, type Value } from '../objects/value.js';
import { call, raise, repr } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { getattr } from '../vm/attr.js';
import { interpreterState } from '../vm/runtime.js';
import { importModule, nativeModuleNames, MODULES } from '../vm/imports.js';
import { pyExc } from '../vm/errors.js';
import { setExtra } from '../objects/exceptions.js';
import { defineModule } from './define.js';
import { rlockType } from './_thread_lock.js';
import { TYPE_ADDR } from '../objects/registry.js';

const fn = (f: (...a: never[]) => Value) => f as never;

/** 3.14's bytecode magic number as importlib reads it (MAGIC_NUMBER = token.to_bytes(4, 'little')). */
const PYC_MAGIC_NUMBER_TOKEN = 168627755;

const LOCK_KEY = '_imp.lock';
/** The interpreter's import lock (_PyImport_AcquireLock): a reentrant lock every thread shares. */
function importLock(): Value {
  const st = interpreterState();
  let lock = dictGet(st, LOCK_KEY);
  if (lock === undefined) {
    lock = call(new Ref(TYPE_ADDR[rlockType.index]!), []);
    dictSet(st, LOCK_KEY, lock);
  }
  return lock;
}

function noFrozen(name: Value): never {
  const e = pyExc('ImportError', `No such frozen object named ${repr(name)}`);
  setExtra(e, 'name', name);
  throw e;
}

function isBuiltin(name: Value): number {
  if (typeof name !== 'string' || !nativeModuleNames().includes(name)) return 0;
  // Modules that cannot be initialised again (_imp_is_builtin_impl).
  return name === 'sys' || name === 'builtins' ? -1 : 1;
}

export const impModule = defineModule({
  name: '_imp',
  doc: '(Extremely) low-level import machinery bits as used by importlib.',
  functions: {
    acquire_lock: { sig: 'acquire_lock($module, /)', fn: fn(() => (call(getattr(importLock(), 'acquire'), []), null)) },
    release_lock: {
      sig: 'release_lock($module, /)',
      fn: fn(() => {
        const lock = importLock();
        if (!call(getattr(lock, '_is_owned'), [])) raise('RuntimeError', 'not holding the import lock');
        call(getattr(lock, 'release'), []);
        return null;
      }),
    },
    lock_held: { sig: 'lock_held($module, /)', fn: fn(() => call(getattr(importLock(), '_is_owned'), [])) },
    is_builtin: { sig: 'is_builtin($module, name, /)', fn: fn(isBuiltin) },
    create_builtin: {
      sig: 'create_builtin($module, spec, /)',
      fn: fn((spec: Value) => {
        const name = getattr(spec, 'name');
        if (typeof name !== 'string') raise('TypeError', `name must be string, not ${repr(name)}`);
        if (isBuiltin(name) === 0) return null;
        // A built-in module is made once per interpreter (its natives' state is shared).
        return dictGet(MODULES, name) ?? importModule(name);
      }),
    },
    exec_builtin: { sig: 'exec_builtin($module, mod, /)', fn: fn(() => 0) },
    is_frozen: { sig: 'is_frozen($module, name, /)', fn: fn(() => false) },
    is_frozen_package: { sig: 'is_frozen_package($module, name, /)', fn: fn(noFrozen) },
    find_frozen: { sig: 'find_frozen($module, name, /, *, withdata=False)', fn: fn(() => null) },
    get_frozen_object: { sig: 'get_frozen_object($module, name, data=None, /)', fn: fn(noFrozen) },
    init_frozen: { sig: 'init_frozen($module, name, /)', fn: fn(noFrozen) },
    _frozen_module_names: { sig: '_frozen_module_names($module, /)', fn: fn(() => newTuple([])) },
    _override_frozen_modules_for_tests: { sig: '_override_frozen_modules_for_tests($module, override, /)', fn: fn(() => null) },
    _override_multi_interp_extensions_check: { sig: '_override_multi_interp_extensions_check($module, override, /)', fn: fn(() => -1) },
    extension_suffixes: { sig: 'extension_suffixes($module, /)', fn: fn(() => newList([])) },
    create_dynamic: {
      sig: 'create_dynamic($module, spec, file=<unrepresentable>, /)',
      fn: fn((spec: Value) => {
        const e = pyExc('ImportError', `ftpy cannot load C extension modules (${String(getattr(spec, 'name'))})`);
        throw e;
      }),
    },
    exec_dynamic: { sig: 'exec_dynamic($module, mod, /)', fn: fn(() => 0) },
    _fix_co_filename: { sig: '_fix_co_filename($module, code, path, /)', fn: fn(() => null) },
    source_hash: {
      sig: 'source_hash($module, /, key, source)',
      fn: fn(() => raise('NotImplementedError', 'ftpy writes no .pyc: _imp.source_hash (SipHash-1-3) is not implemented')),
    },
  },
  init(dict) {
    dictSet(dict, 'check_hash_based_pycs', 'default');
    dictSet(dict, 'pyc_magic_number_token', PYC_MAGIC_NUMBER_TOKEN);
  },
});
