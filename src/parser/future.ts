// `from __future__ import ...` checks that ast.parse performs after parsing (compile() runs them
// for PyCF_ONLY_AST too): unknown features and `braces` are SyntaxErrors, barry_as_FLUFL and
// annotations set flags. CPython: Python/future.c (_PyFuture_FromAST), Python/compile.c
// (_PyCompile_AstPreprocess).

import type { mod, stmt } from './ast.generated.js';
import { PySyntaxError } from './errors.js';

const KNOWN = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface FutureFeatures {
  barryAsFlufl: boolean;
  annotations: boolean;
}

/** Whether `s` is a docstring statement (_PyAST_GetDocString). */
function isDocString(s: stmt): boolean {
  return s._kind === 'Expr' && s.value._kind === 'Constant' && typeof s.value.value === 'string';
}

/** The future features a module's leading `from __future__` imports select; raises on bad ones. */
export function futureFeatures(m: mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { barryAsFlufl: false, annotations: false };
  if (m._kind !== 'Module' && m._kind !== 'Interactive') return ff;
  const body = m.body;
  let i = body.length > 0 && isDocString(body[0]!) ? 1 : 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._kind !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
    for (const name of s.names) {
      if (KNOWN.has(name.name)) {
        if (name.name === 'barry_as_FLUFL') ff.barryAsFlufl = true;
        if (name.name === 'annotations') ff.annotations = true;
        continue;
      }
      // PyErr_RangedSyntaxLocationObject: byte columns + 1, and the text read from the file.
      const msg = name.name === 'braces' ? 'not a chance' : `future feature ${name.name} is not defined`;
      throw new PySyntaxError('SyntaxError', msg, filename, name.lineno, name.col_offset + 1, null,
        name.end_lineno, name.end_col_offset + 1);
    }
  }
  return ff;
}
