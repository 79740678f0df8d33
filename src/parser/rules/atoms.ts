// Atoms: names, keyword constants, numbers, strings, parenthesised forms and displays,
// and the NUMBER token's value. CPython: Grammar/python.gram `atom`, `group`;
// Parser/pegen.c _PyPegen_number_token.

import { T, type Token } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import { _Constant, type expr } from '../ast.generated.js';
import { Ellipsis } from '../constant.js';
import { parseNumberLiteral, IntDigitsLimitError } from '../numbers.js';
import { strings } from './strings.js';
import { tuple, genexp, list, listcomp, dict, set, dictcomp, setcomp } from './displays.js';
import { yield_expr, named_expression } from './expressions.js';
import { invalid_group } from './invalid_expressions.js';

// atom:
//     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START|TSTRING_START) strings | NUMBER
//     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp) | '...'
export function atom(p: Parser): expr | null {
  const mark = p.mark;
  const t = p.peek();
  switch (t.type) {
    case T.NAME:
      p.mark++;
      return p.nameFromToken(t);
    case Kw.True:
      p.mark++;
      return _Constant(true, null, t, t);
    case Kw.False:
      p.mark++;
      return _Constant(false, null, t, t);
    case Kw.None:
      p.mark++;
      return _Constant(null, null, t, t);
    case T.STRING:
    case T.FSTRING_START:
    case T.TSTRING_START:
      return strings(p);
    case T.NUMBER:
      p.mark++;
      return numberFromToken(p, t);
    case T.LPAR: {
      const a = tuple(p) ?? (p.mark = mark, group(p)) ?? (p.mark = mark, genexp(p));
      if (a === null) p.mark = mark;
      return a;
    }
    case T.LSQB: {
      const a = list(p) ?? (p.mark = mark, listcomp(p));
      if (a === null) p.mark = mark;
      return a;
    }
    case T.LBRACE: {
      const a = dict(p) ?? (p.mark = mark, set(p)) ?? (p.mark = mark, dictcomp(p)) ?? (p.mark = mark, setcomp(p));
      if (a === null) p.mark = mark;
      return a;
    }
    case T.ELLIPSIS:
      p.mark++;
      return _Constant(Ellipsis, null, t, t);
    default:
      return null;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
export function group(p: Parser): expr | null {
  const mark = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const m = p.mark;
    let a = yield_expr(p);
    if (a === null) {
      p.mark = m;
      a = named_expression(p);
    }
    if (a !== null && p.expect(T.RPAR) !== null) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    const i = invalid_group(p);
    if (i !== null) return i;
    p.mark = mark;
  }
  return null;
}

// NUMBER as a Constant (_PyPegen_number_token).
export function number(p: Parser): expr | null {
  const t = p.expect(T.NUMBER);
  return t === null ? null : numberFromToken(p, t);
}

function numberFromToken(p: Parser, t: Token): expr {
  const text = t.string;
  if (p.featureVersion < 6 && text.includes('_')) {
    p.raiseSyntaxError('Underscores in numeric literals are only supported in Python 3.6 and greater');
  }
  let value;
  try {
    value = parseNumberLiteral(text);
  } catch (e) {
    if (!(e instanceof IntDigitsLimitError)) throw e;
    // No columns: a caret line under thousands of digits helps nobody.
    return p.raiseAt('SyntaxError', t.lineno, -1, t.end_lineno, -1,
      `${e.message} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`);
  }
  return _Constant(value, null, t, t);
}
