// The _warnings module, as far as importlib's bootstrap uses it (_warnings.warn): each function
// hands over to the warnings module (Lib/warnings.py, itself on _py_warnings), which owns the
// filters. Without the rest of CPython's C accelerator names (filters, _defaultaction, ...),
// warnings.py keeps its pure-Python implementation, as it does when _warnings lacks them.
// CPython: Python/_warnings.c (warnings_warn_impl, warnings_warn_explicit_impl).

import { type Value } from '../objects/value.js';
import { call } from '../objects/protocol.js';
import { getattr } from '../vm/attr.js';
import { importModule } from '../vm/imports.js';
import { MISSING } from '../objects/native.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function forward(name: string, args: Value[], kwNames: string[], kwValues: Value[]): Value {
  return call(getattr(importModule('warnings'), name), args, kwNames, kwValues);
}

const given = (v: Value | typeof MISSING): v is Value => v !== MISSING;

export const warningsModule = defineModule({
  name: '_warnings',
  doc: '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.',
  functions: {
    warn: {
      sig: 'warn($module, /, message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=<unrepresentable>)',
      fn: fn((message: Value, category: Value, stacklevel: Value, source: Value, skip: Value | typeof MISSING) => {
        const names = ['category', 'stacklevel', 'source'];
        const values = [category, stacklevel, source];
        if (given(skip)) {
          names.push('skip_file_prefixes');
          values.push(skip);
        }
        return forward('warn', [message], names, values);
      }),
    },
    warn_explicit: {
      sig: 'warn_explicit($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, module_globals=None, source=None)',
      fn: fn((message: Value, category: Value, filename: Value, lineno: Value, module: Value | typeof MISSING,
        registry: Value, moduleGlobals: Value, source: Value) => forward('warn_explicit', [message, category, filename, lineno],
        [...(given(module) ? ['module'] : []), 'registry', 'module_globals', 'source'],
        [...(given(module) ? [module] : []), registry, moduleGlobals, source])),
    },
  },
});
