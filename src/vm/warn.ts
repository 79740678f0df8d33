// Warnings raised by the interpreter itself (PyErr_WarnEx / PyErr_WarnExplicit): once the
// warnings module is imported its warn_explicit decides (filters, registries, showwarning);
// before that the default filters apply and the warning is written to sys.stderr.
// CPython: Python/_warnings.c (warn_explicit, get_default_action, show_warning), Lib/warnings.py.

import { readFileSync } from 'node:fs';
import { Ref, getSlot, type Value } from '../objects/value.js';
import { CodeSlot } from '../objects/layouts.js';
import { codeLine } from '../objects/code.js';
import { dictGet, dictSet, newDict, isDict } from '../objects/dict.js';
import { strFromHeap } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { call, toArray } from '../objects/protocol.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { getattrOrUndefined } from './attr.js';
import { TS } from './state.js';
import { MODULES } from './imports.js';

/**
 * The action of the default filters (warnings._setup_defaults / init_filters): DeprecationWarning
 * is shown in __main__ only; pending deprecations, imports and resources are ignored.
 */
function defaultAction(category: string, module: string): 'default' | 'ignore' {
  if (category === 'DeprecationWarning') return module === '__main__' ? 'default' : 'ignore';
  if (category === 'PendingDeprecationWarning' || category === 'ImportWarning' || category === 'ResourceWarning') return 'ignore';
  return 'default';
}

/** The source line warnings show (linecache.getline): '' when the file cannot be read. */
function sourceLine(filename: string, lineno: number): string {
  if (filename.startsWith('<')) return '';
  try {
    return readFileSync(filename, 'utf8').split(/\r\n|\r|\n/)[lineno - 1] ?? '';
  } catch {
    return '';
  }
}

function sysAttr(name: string): Value | undefined {
  const sys = MODULES === 0 ? undefined : dictGet(MODULES, 'sys');
  return sys === undefined ? undefined : getattrOrUndefined(sys, name);
}

/** show_warning: sys.stderr.write (nothing when sys.stderr is None). */
function writeStderr(text: string): void {
  const err = sysAttr('stderr');
  if (err === undefined || err === null) return;
  call(getattrOrUndefined(err, 'write')!, [text]);
  const flush = getattrOrUndefined(err, 'flush');
  if (flush !== undefined) call(flush, []);
}

/**
 * warn_explicit: `registry` is a module's __warningregistry__ dict address (0 for none), used
 * to show a warning once per (text, category, line).
 */
export function warnExplicit(category: string, message: string, filename: string, lineno: number, module: string,
  registry: number): void {
  const wm = MODULES === 0 ? undefined : dictGet(MODULES, 'warnings');
  // -W options are filters only the warnings module applies.
  const opts = sysAttr('warnoptions');
  if (wm !== undefined || (opts instanceof Ref && toArray(opts).length > 0)) {
    const w = wm ?? call(getattrOrUndefined(dictGet(MODULES, 'builtins')!, '__import__')!, ['warnings']);
    const we = getattrOrUndefined(w, 'warn_explicit');
    if (we !== undefined) {
      call(we, [message, new Ref(builtinTypeAddr(category)), filename, lineno, module, registry === 0 ? null : new Ref(registry)]);
      return;
    }
  }
  if (defaultAction(category, module) === 'ignore') return;
  if (registry !== 0) {
    const key = newTuple([message, new Ref(builtinTypeAddr(category)), lineno]);
    if (dictGet(registry, key) !== undefined) return;
    dictSet(registry, key, true);
  }
  const line = sourceLine(filename, lineno).trim();
  writeStderr(`${filename}:${lineno}: ${category}: ${message}\n${line ? `  ${line}\n` : ''}`);
}

/** PyErr_WarnEx(category, message, 1): attributed to the running Python frame. */
export function warnHere(category: string, message: string): void {
  const fr = TS.frame;
  if (fr === null) {
    warnExplicit(category, message, 'sys', 1, 'sys', 0);
    return;
  }
  const filename = strFromHeap(getSlot((fr.code as Ref).a, CodeSlot.Filename));
  const name = dictGet(fr.g, '__name__');
  let registry = dictGet(fr.g, '__warningregistry__');
  if (registry === undefined || !isDict(registry)) {
    registry = new Ref(newDict());
    dictSet(fr.g, '__warningregistry__', registry);
  }
  // fr.ln is an id in the code's position table, not a line number.
  warnExplicit(category, message, filename, codeLine((fr.code as Ref).a, fr.ln), typeof name === 'string' ? name : '<string>', (registry as Ref).a);
}

/** Compile-time warnings (no registry; the module named after the file, as normalize_module does). */
export function warnCompile(category: string, message: string, filename: string, lineno: number): void {
  const module = filename.endsWith('.py') ? filename.slice(0, -3) : filename;
  warnExplicit(category, message, filename, lineno, module, 0);
}
