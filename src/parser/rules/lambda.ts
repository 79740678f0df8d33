// lambda expressions. CPython: Grammar/python.gram, Lambda functions (`lambdef`); the
// parameter rules are shared with `def` in ./params.ts.

import { T } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import { _Lambda, type expr } from '../ast.generated.js';
import { emptyArguments } from '../actions.js';
import { expression } from './expressions.js';
import { lambda_params } from './params.js';

// lambdef: 'lambda' [lambda_params] ':' expression
export function lambdef(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(Kw.Lambda) === null) return null;
  const m = p.mark;
  const a = lambda_params(p);
  if (a === null) p.mark = m;
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) return _Lambda(a ?? emptyArguments(), b, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}
