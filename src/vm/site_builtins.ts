// The builtins the site module adds (site.setquit, setcopyright, sethelper): exit, quit, copyright,
// credits, license and help, made from Lib/_sitebuiltins.py. CPython runs site at start-up, which
// costs ftpy tens of milliseconds (it imports os); so these are made on first use instead: a
// lookup of one of these names that misses builtins installs all six, unless -S was given.
// DELIBERATE DIFFERENCE: until then `dir(builtins)` does not list them.

import { type Value } from '../objects/value.js';
import { newList } from '../objects/list.js';
import { call } from '../objects/protocol.js';
import { moduleDict } from '../objects/module.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { getattrOrUndefined } from './attr.js';
import { importModule } from './imports.js';
import { sysModuleRef, builtinsModuleRef } from './runtime.js';

const CREDITS = '    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software Foundation,\n'
  + '    and a cast of thousands for supporting Python development.  See www.python.org for more information.';

function siteDisabled(): boolean {
  const flags = dictGet(moduleDict(sysModuleRef()), 'flags');
  return flags !== undefined && getattrOrUndefined(flags, 'no_site') === 1;
}

/** Installs the six names into the interpreter's builtins (once); false under -S. */
export function installSiteBuiltins(): boolean {
  const b = moduleDict(builtinsModuleRef());
  if (dictGet(b, 'help') !== undefined) return true;
  if (siteDisabled()) return false;
  const sb = importModule('_sitebuiltins');
  const attr = (n: string): Value => getattrOrUndefined(sb, n)!;
  const sys = sysModuleRef();
  const os = importModule('os');
  const path = getattrOrUndefined(os, 'path')!;
  const join = (a: Value, c: Value): Value => call(getattrOrUndefined(path, 'join')!, [a, c]);
  // site.setquit: the end-of-file key as on POSIX.
  for (const name of ['quit', 'exit']) dictSet(b, name, call(attr('Quitter'), [name, 'Ctrl-D (i.e. EOF)']));
  // site.setcopyright: the license text is looked for beside the standard library, as site does.
  const printer = attr('_Printer');
  dictSet(b, 'copyright', call(printer, ['copyright', getattrOrUndefined(sys, 'copyright') ?? '']));
  dictSet(b, 'credits', call(printer, ['credits', CREDITS]));
  const here = call(getattrOrUndefined(path, 'dirname')!, [getattrOrUndefined(os, '__file__')!]);
  dictSet(b, 'license', call(printer, ['license', 'See https://www.python.org/psf/license/',
    newList(['LICENSE.txt', 'LICENSE']), newList([join(here, getattrOrUndefined(os, 'pardir')!), here, getattrOrUndefined(os, 'curdir')!])]));
  // site.sethelper.
  dictSet(b, 'help', call(attr('_Helper'), []));
  return true;
}
