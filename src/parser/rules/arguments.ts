// Call arguments: positional, starred, keyword and double-starred arguments, collected into a
// Call with a placeholder callee that `primary` replaces. CPython: Grammar/python.gram,
// FUNCTION CALL ARGUMENTS.

import { T } from '../token.js';
import type { Parser } from '../pegen.js';
import { _Call, _Starred, _keyword, type expr, type Call } from '../ast.generated.js';
import {
  DUMMY_NAME, collectCallSeqs, seqExtractStarredExprs, seqDeleteStarredExprs, type KeywordOrStarred,
} from '../actions.js';
import { M } from './memo.js';
import { assignment_expression, expression } from './expressions.js';
import {
  invalid_arguments, invalid_kwarg, invalid_starred_expression_unpacking, invalid_starred_expression,
} from './invalid_expressions.js';

// arguments (memo): args [','] &')' | invalid_arguments
export function arguments_(p: Parser): Call | null {
  const memo = p.memoLookup(M.arguments);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as Call | null;
  }
  const mark = p.mark;
  let r: Call | null = null;
  const a = args(p);
  if (a !== null) {
    p.expect(T.COMMA);
    if (p.at(T.RPAR)) r = a;
  }
  if (r === null) {
    p.mark = mark;
    if (p.callInvalidRules) {
      invalid_arguments(p);
      p.mark = mark;
    }
  }
  p.memoInsert(mark, M.arguments, r);
  return r;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
export function args(p: Parser): Call | null {
  const mark = p.mark;
  const s = p.peek();
  const first = positionalArg(p);
  if (first !== null) {
    const positional = [first];
    for (;;) {
      const m = p.mark;
      if (p.expect(T.COMMA) === null) break;
      const b = positionalArg(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      positional.push(b);
    }
    const m = p.mark;
    let k: KeywordOrStarred[] | null = null;
    if (p.expect(T.COMMA) !== null) {
      k = kwargs(p);
      if (k === null) p.mark = m;
    }
    return collectCallSeqs(positional, k, s, p.lastNonWhitespaceToken()) as Call;
  }
  p.mark = mark;
  const k = kwargs(p);
  if (k !== null) {
    return _Call(DUMMY_NAME, seqExtractStarredExprs(k), seqDeleteStarredExprs(k), s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// starred_expression | (assignment_expression | expression !':=') !'='
export function positionalArg(p: Parser): expr | null {
  const mark = p.mark;
  const a = starred_expression(p);
  if (a !== null) return a;
  p.mark = mark;
  let b = assignment_expression(p);
  if (b === null) {
    p.mark = mark;
    b = expression(p);
    if (b !== null && p.at(T.COLONEQUAL)) b = null;
  }
  if (b !== null && !p.at(T.EQUAL)) return b;
  p.mark = mark;
  return null;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
export function kwargs(p: Parser): KeywordOrStarred[] | null {
  const mark = p.mark;
  const a = gather(p, kwarg_or_starred);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(T.COMMA) !== null) {
      const b = gather(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m;
    return a;
  }
  p.mark = mark;
  const b = gather(p, kwarg_or_double_starred);
  if (b === null) p.mark = mark;
  return b;
}

function gather<R>(p: Parser, elem: (p: Parser) => R | null): R[] | null {
  const first = elem(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = elem(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression
export function starred_expression(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (s.type !== T.STAR) return null;
  if (p.callInvalidRules) {
    invalid_starred_expression_unpacking(p);
    p.mark = mark;
  }
  p.mark++;
  const a = expression(p);
  if (a !== null) return _Starred(a, 'Load', s, p.lastNonWhitespaceToken());
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_starred_expression(p);
    p.mark = mark;
  }
  return null;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = mark;
  }
  const kw = nameEqualsExpression(p);
  if (kw !== null) return kw;
  p.mark = mark;
  const a = starred_expression(p);
  if (a !== null) return { element: a, isKeyword: false };
  p.mark = mark;
  return null;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = mark;
  }
  const kw = nameEqualsExpression(p);
  if (kw !== null) return kw;
  p.mark = mark;
  const s = p.peek();
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = expression(p);
    if (a !== null) return { element: _keyword(null, a, s, p.lastNonWhitespaceToken()), isKeyword: true };
  }
  p.mark = mark;
  return null;
}

function nameEqualsExpression(p: Parser): KeywordOrStarred | null {
  const s = p.peek();
  const a = p.nameToken();
  if (a !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) {
      return { element: _keyword((a as { id: string }).id, b, s, p.lastNonWhitespaceToken()), isKeyword: true };
    }
  }
  return null;
}
