// The error-pass rules for expressions, calls, displays and comprehensions: each either raises
// CPython's specific SyntaxError, or fails (null). They only run in the second pass.
// CPython: Grammar/python.gram, INVALID RULES. Where a matched alternative's action yields no
// error, pegen returns NULL from the whole rule without trying later alternatives: mirrored here.

import { T } from '../token.js';
import { Kw, keywordName } from '../keywords.js';
import type { Parser } from '../pegen.js';
import type { expr, stmt, Call } from '../ast.generated.js';
import {
  DUMMY_NAME, checkLegacyStmt, getExprName, lastComprehensionItem, raiseInvalidTarget, argumentsParsingError,
  nonparenGenexpInCall, Targets,
} from '../actions.js';
import { M } from './memo.js';
import {
  expression, expression_without_invalid, disjunction, bitwise_or, star_named_expression,
  star_named_expressions, star_expressions, inversion, sum, factor,
} from './expressions.js';
import { args, kwargs, positionalArg, starred_expression } from './arguments.js';
import { for_if_clauses, double_starred_kvpair, list, tuple, genexp } from './displays.js';
import { simple_stmt } from './statements.js';
import { lambda_params } from './params.js';

/** ','.rule+ */
function gather<R>(p: Parser, rule: (p: Parser) => R | null): R[] | null {
  const first = rule(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = rule(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// invalid_arguments:
//     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
//       ',' ','.(starred_expression !'=')+
//     | expression for_if_clauses ',' [args | expression for_if_clauses]
//     | NAME '=' expression for_if_clauses
//     | (args ',')? NAME '=' &(',' | ')')
//     | args for_if_clauses
//     | args ',' expression for_if_clauses
//     | args ',' args
export function invalid_arguments(p: Parser): unknown {
  const mark = p.mark;
  {
    let ok = false;
    const positional = gather(p, positionalArg);
    if (positional !== null && p.expect(T.COMMA) !== null && kwargs(p) !== null) ok = true;
    if (!ok) {
      p.mark = mark;
      ok = kwargs(p) !== null;
    }
    if (ok) {
      const a = p.expect(T.COMMA);
      if (a !== null && gather(p, starredNotEqual) !== null) {
        p.raiseStartingFrom(a, 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
  }
  p.mark = mark;
  {
    const a = expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.COMMA) !== null) {
        const m = p.mark;
        if (args(p) === null) {
          p.mark = m;
          if (expression(p) === null || for_if_clauses(p) === null) p.mark = m;
        }
        p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]!), 'Generator expression must be parenthesized');
      }
    }
  }
  p.mark = mark;
  {
    const a = p.peek();
    if (p.nameToken() !== null) {
      const b = p.expect(T.EQUAL);
      if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
        p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
    }
  }
  p.mark = mark;
  {
    if (args(p) === null || p.expect(T.COMMA) === null) p.mark = mark;
    const a = p.peek();
    if (p.nameToken() !== null) {
      const b = p.expect(T.EQUAL);
      if (b !== null && (p.at(T.COMMA) || p.at(T.RPAR))) {
        p.raiseKnownRange(a, b, 'expected argument value expression');
      }
    }
  }
  p.mark = mark;
  {
    const a = args(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null) return nonparenGenexpInCall(p, a, b);
    }
  }
  p.mark = mark;
  {
    if (args(p) !== null && p.expect(T.COMMA) !== null) {
      const a = expression(p);
      if (a !== null) {
        const b = for_if_clauses(p);
        if (b !== null) {
          p.raiseKnownRange(a, lastComprehensionItem(b[b.length - 1]!), 'Generator expression must be parenthesized');
        }
      }
    }
  }
  p.mark = mark;
  {
    const a = args(p);
    if (a !== null && p.expect(T.COMMA) !== null && args(p) !== null) argumentsParsingError(p, a as Call);
  }
  p.mark = mark;
  return null;
}

// starred_expression !'='
function starredNotEqual(p: Parser): expr | null {
  const mark = p.mark;
  const a = starred_expression(p);
  if (a !== null && !p.at(T.EQUAL)) return a;
  p.mark = mark;
  return null;
}

// invalid_kwarg:
//     | ('True'|'False'|'None') '='
//     | NAME '=' expression for_if_clauses
//     | !(NAME '=') expression '='
//     | '**' expression '=' expression
export function invalid_kwarg(p: Parser): unknown {
  const mark = p.mark;
  const a = p.peek();
  if (a.type === Kw.True || a.type === Kw.False || a.type === Kw.None) {
    p.mark++;
    const b = p.expect(T.EQUAL);
    if (b !== null) p.raiseKnownRange(a, b, `cannot assign to ${keywordName(a.type)}`);
  }
  p.mark = mark;
  if (p.nameToken() !== null) {
    const b = p.expect(T.EQUAL);
    if (b !== null && expression(p) !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = mark;
  const nameEq = p.nameToken() !== null && p.expect(T.EQUAL) !== null;
  p.mark = mark;
  if (!nameEq) {
    const e = expression(p);
    if (e !== null) {
      const b = p.expect(T.EQUAL);
      if (b !== null) p.raiseKnownRange(e, b, 'expression cannot contain assignment, perhaps you meant "=="?');
    }
  }
  p.mark = mark;
  const star = p.expect(T.DOUBLESTAR);
  if (star !== null && expression(p) !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(star, b, 'cannot assign to keyword argument unpacking');
  }
  p.mark = mark;
  return null;
}

// invalid_legacy_expression: NAME !'(' star_expressions
export function invalid_legacy_expression(p: Parser): unknown {
  const mark = p.mark;
  const a = p.nameToken();
  if (a !== null && !p.at(T.LPAR)) {
    const b = star_expressions(p);
    if (b !== null) {
      if (checkLegacyStmt(a)) {
        const id = (a as { id: string }).id;
        p.raiseKnownRange(a, b, `Missing parentheses in call to '${id}'. Did you mean ${id}(...)?`);
      }
      return null;
    }
  }
  p.mark = mark;
  return null;
}

// invalid_expression:
//     | STRING (!STRING expression_without_invalid)+ STRING
//     | !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
//     | disjunction 'if' disjunction !('else'|':')
//     | disjunction 'if' disjunction 'else' !expression
//     | (pass_stmt|break_stmt|continue_stmt) 'if' disjunction 'else' simple_stmt
//     | 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
//     | 'lambda' [lambda_params] ':' &TSTRING_MIDDLE
export function invalid_expression(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.STRING) !== null) {
    const items: expr[] = [];
    for (;;) {
      const m = p.mark;
      if (p.at(T.STRING)) break;
      const e = expression_without_invalid(p);
      if (e === null) {
        p.mark = m;
        break;
      }
      items.push(e);
    }
    if (items.length > 0 && p.expect(T.STRING) !== null) {
      p.raiseKnownRange(items[0]!, items[items.length - 1]!, 'invalid syntax. Is this intended to be part of the string?');
    }
  }
  p.mark = mark;
  if (!nameStringOrSoftKeyword(p)) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expression_without_invalid(p);
      if (b !== null) {
        if (checkLegacyStmt(a) || p.tokens[p.mark - 1]!.level === 0) return null;
        p.raiseKnownRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
      }
    }
  }
  p.mark = mark;
  {
    const a = disjunction(p);
    if (a !== null && p.expect(Kw.If) !== null) {
      const b = disjunction(p);
      if (b !== null) {
        const afterB = p.mark;
        if (!p.at(Kw.Else) && !p.at(T.COLON)) p.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
        p.mark = afterB;
        if (p.expect(Kw.Else) !== null) {
          const m = p.mark;
          const ok = expression(p) !== null;
          p.mark = m;
          if (!ok) p.raiseOnNextToken("expected expression after 'else', but statement is given");
        }
      }
    }
  }
  p.mark = mark;
  {
    const t = p.peek().type;
    if (t === Kw.Pass || t === Kw.Break || t === Kw.Continue) {
      const a = simple_stmt_keyword(p);
      if (p.expect(Kw.If) !== null && disjunction(p) !== null && p.expect(Kw.Else) !== null && simple_stmt(p) !== null) {
        p.raiseKnownLocation(a, "expected expression before 'if', but statement is given");
      }
    }
  }
  p.mark = mark;
  const lam = p.expect(Kw.Lambda);
  if (lam !== null) {
    const m = p.mark;
    if (lambda_params(p) === null) p.mark = m;
    const b = p.expect(T.COLON);
    if (b !== null) {
      if (p.at(T.FSTRING_MIDDLE)) p.raiseKnownRange(lam, b, 'f-string: lambda expressions are not allowed without parentheses');
      if (p.at(T.TSTRING_MIDDLE)) p.raiseKnownRange(lam, b, 't-string: lambda expressions are not allowed without parentheses');
    }
  }
  p.mark = mark;
  return null;
}

/** pass_stmt | break_stmt | continue_stmt: the keyword token as a one-token statement location. */
function simple_stmt_keyword(p: Parser): stmt {
  const t = p.peek();
  p.mark++;
  return { _kind: 'Pass', lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset };
}

/** &(NAME STRING | SOFT_KEYWORD) */
function nameStringOrSoftKeyword(p: Parser): boolean {
  const mark = p.mark;
  let r = false;
  if (p.expect(T.NAME) !== null && p.at(T.STRING)) r = true;
  p.mark = mark;
  if (!r) r = p.softKeywordToken() !== null;
  p.mark = mark;
  return r;
}

// invalid_named_expression (memo):
//     | expression ':=' expression
//     | NAME '=' bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
export function invalid_named_expression(p: Parser): expr | null {
  const memo = p.memoLookup(M.invalid_named_expression);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  invalidNamedExpressionRaw(p, mark);
  p.mark = mark;
  p.memoInsert(mark, M.invalid_named_expression, null);
  return null;
}

function invalidNamedExpressionRaw(p: Parser, mark: number): void {
  const a = expression(p);
  if (a !== null && p.expect(T.COLONEQUAL) !== null && expression(p) !== null) {
    p.raiseKnownLocation(a, `cannot use assignment expressions with ${getExprName(a)}`);
  }
  p.mark = mark;
  const n = p.nameToken();
  if (n !== null && p.expect(T.EQUAL) !== null) {
    const b = bitwise_or(p);
    if (b !== null && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL)) {
      p.raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = mark;
  const t = p.peek().type;
  let excluded = t === Kw.True || t === Kw.None || t === Kw.False;
  if (!excluded) {
    excluded = list(p) !== null || (p.mark = mark, tuple(p) !== null) || (p.mark = mark, genexp(p) !== null);
    p.mark = mark;
  }
  if (!excluded) {
    const a2 = bitwise_or(p);
    if (a2 !== null && p.expect(T.EQUAL) !== null && bitwise_or(p) !== null && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL)) {
      p.raiseKnownLocation(a2, `cannot assign to ${getExprName(a2)} here. Maybe you meant '==' instead of '='?`);
    }
  }
}

// invalid_comprehension:
//     | ('[' | '(' | '{') starred_expression for_if_clauses
//     | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
//     | ('[' | '{') star_named_expression ',' for_if_clauses
export function invalid_comprehension(p: Parser): unknown {
  const mark = p.mark;
  const open = p.peek().type;
  if (open !== T.LSQB && open !== T.LPAR && open !== T.LBRACE) return null;
  p.mark++;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null) {
    p.raiseKnownLocation(a, 'iterable unpacking cannot be used in comprehension');
  }
  if (open === T.LPAR) {
    p.mark = mark;
    return null;
  }
  p.mark = mark + 1;
  const a2 = star_named_expression(p);
  if (a2 !== null && p.expect(T.COMMA) !== null) {
    const b = star_named_expressions(p);
    if (b !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(a2, b[b.length - 1]!, 'did you forget parentheses around the comprehension target?');
    }
  }
  p.mark = mark + 1;
  const a3 = star_named_expression(p);
  if (a3 !== null) {
    const comma = p.expect(T.COMMA);
    if (comma !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(a3, comma, 'did you forget parentheses around the comprehension target?');
    }
  }
  p.mark = mark;
  return null;
}

// invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
export function invalid_dict_comprehension(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.LBRACE) !== null) {
    const a = p.expect(T.DOUBLESTAR);
    if (a !== null && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.expect(T.RBRACE) !== null) {
      p.raiseKnownLocation(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
  p.mark = mark;
  return null;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
export function invalid_double_starred_kvpairs(p: Parser): unknown {
  const mark = p.mark;
  if (gather(p, double_starred_kvpair) !== null && p.expect(T.COMMA) !== null && invalid_kvpair(p) !== null) {
    return DUMMY_NAME;
  }
  p.mark = mark;
  kvpairErrors(p, mark);
  return null;
}

// The two alternatives invalid_double_starred_kvpairs and invalid_kvpair share.
function kvpairErrors(p: Parser, mark: number): void {
  if (expression(p) !== null && p.expect(T.COLON) !== null) {
    const a = p.expect(T.STAR);
    if (a !== null && bitwise_or(p) !== null) p.raiseStartingFrom(a, 'cannot use a starred expression in a dictionary value');
  }
  p.mark = mark;
  if (expression(p) !== null) {
    const a = p.expect(T.COLON);
    if (a !== null && (p.at(T.RBRACE) || p.at(T.COMMA))) {
      p.raiseKnownLocation(a, "expression expected after dictionary key and ':'");
    }
  }
  p.mark = mark;
}

// invalid_kvpair:
//     | expression !(':')
//     | expression ':' '*' bitwise_or
//     | expression ':' &('}'|',')
function invalid_kvpair(p: Parser): unknown {
  const mark = p.mark;
  const a = expression(p);
  if (a !== null && !p.at(T.COLON)) {
    p.raiseAt('SyntaxError', a.lineno, a.end_col_offset - 1, a.end_lineno, -1, "':' expected after dictionary key");
  }
  p.mark = mark;
  kvpairErrors(p, mark);
  return null;
}

// invalid_starred_expression_unpacking: '*' expression '=' expression
export function invalid_starred_expression_unpacking(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(T.STAR);
  if (a !== null && expression(p) !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(a, b, 'cannot assign to iterable argument unpacking');
  }
  p.mark = mark;
  return null;
}

// invalid_starred_expression: '*'
export function invalid_starred_expression(p: Parser): unknown {
  if (p.expect(T.STAR) !== null) p.raiseSyntaxError('Invalid star expression');
  return null;
}

// invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
export function invalid_for_if_clause(p: Parser): unknown {
  const mark = p.mark;
  p.expect(Kw.Async);
  if (p.expect(Kw.For) !== null && gather(p, bitwise_or) !== null) {
    p.expect(T.COMMA);
    if (!p.at(Kw.In)) p.raiseSyntaxError("'in' expected after for-loop variables");
  }
  p.mark = mark;
  return null;
}

// invalid_for_target: 'async'? 'for' star_expressions
export function invalid_for_target(p: Parser): unknown {
  const mark = p.mark;
  p.expect(Kw.Async);
  if (p.expect(Kw.For) !== null) {
    const a = star_expressions(p);
    if (a !== null) return raiseInvalidTarget(p, Targets.For, a);
  }
  p.mark = mark;
  return null;
}

// invalid_group: '(' starred_expression ')' | '(' '**' expression ')'
export function invalid_group(p: Parser): expr | null {
  const mark = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const a = starred_expression(p);
    if (a !== null && p.expect(T.RPAR) !== null) p.raiseKnownLocation(a, 'cannot use starred expression here');
    p.mark = mark + 1;
    const b = p.expect(T.DOUBLESTAR);
    if (b !== null && expression(p) !== null && p.expect(T.RPAR) !== null) {
      p.raiseKnownLocation(b, 'cannot use double starred expression here');
    }
  }
  p.mark = mark;
  return null;
}

// invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion
export function invalid_arithmetic(p: Parser): unknown {
  const mark = p.mark;
  if (sum(p) !== null) {
    const op = p.peek().type;
    if (op === T.PLUS || op === T.MINUS || op === T.STAR || op === T.SLASH || op === T.PERCENT
        || op === T.DOUBLESLASH || op === T.AT) {
      p.mark++;
      const a = p.expect(Kw.Not);
      if (a !== null) {
        const b = inversion(p);
        if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
      }
    }
  }
  p.mark = mark;
  return null;
}

// invalid_factor: ('+' | '-' | '~') 'not' factor
export function invalid_factor(p: Parser): unknown {
  const mark = p.mark;
  const op = p.peek().type;
  if (op === T.PLUS || op === T.MINUS || op === T.TILDE) {
    p.mark++;
    const a = p.expect(Kw.Not);
    if (a !== null) {
      const b = factor(p);
      if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }
  }
  p.mark = mark;
  return null;
}
