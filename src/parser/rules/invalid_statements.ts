// The error-pass rules for statements: assignments, del, imports, blocks and indentation,
// compound statement headers, match/case, and class patterns. CPython: Grammar/python.gram,
// INVALID RULES. They raise CPython's message, or fail with null.

import { T, type Token } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import type { expr, pattern } from '../ast.generated.js';
import { DUMMY_NAME, getExprName, raiseInvalidTarget, Targets } from '../actions.js';
import {
  expression, expressions, star_expressions, star_named_expression, star_named_expressions, named_expression,
  yield_expr,
} from './expressions.js';
import { list, tuple } from './displays.js';
import { star_targets, star_target, func_type_comment } from './targets.js';
import { annotated_rhs, augassign, dotted_name, import_from_as_names } from './statements.js';
import { block, optional } from './compound.js';
import { params } from './params.js';
import { arguments_ } from './arguments.js';
import { type_params } from './typeparams.js';
import { subject_expr, patterns, guard, or_pattern, name_or_attr, commaPatterns, keyword_pattern, pattern as patternRule } from './match.js';

/** (star_targets '=')* */
function starTargetsEquals(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (star_targets(p) === null || p.expect(T.EQUAL) === null) {
      p.mark = m;
      return;
    }
  }
}

// invalid_assignment:
//     | invalid_ann_assign_target ':' expression
//     | star_named_expression ',' star_named_expressions* ':' expression
//     | expression ':' expression
//     | (star_targets '=')* star_expressions '='
//     | (star_targets '=')* yield_expr '='
//     | star_expressions augassign annotated_rhs
export function invalid_assignment(p: Parser): unknown {
  const mark = p.mark;
  const a = invalid_ann_assign_target(p);
  if (a !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseKnownLocation(a, `only single target (not ${getExprName(a)}) can be annotated`);
  }
  p.mark = mark;
  const b = star_named_expression(p);
  if (b !== null && p.expect(T.COMMA) !== null) {
    for (;;) {
      const m = p.mark;
      if (star_named_expressions(p) === null) {
        p.mark = m;
        break;
      }
    }
    if (p.expect(T.COLON) !== null && expression(p) !== null) {
      p.raiseKnownLocation(b, 'only single target (not tuple) can be annotated');
    }
  }
  p.mark = mark;
  const c = expression(p);
  if (c !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseKnownLocation(c, 'illegal target for annotation');
  }
  p.mark = mark;
  starTargetsEquals(p);
  const d = star_expressions(p);
  if (d !== null && p.expect(T.EQUAL) !== null) return raiseInvalidTarget(p, Targets.Star, d);
  p.mark = mark;
  starTargetsEquals(p);
  const y = yield_expr(p);
  if (y !== null && p.expect(T.EQUAL) !== null) p.raiseKnownLocation(y, 'assignment to yield expression not possible');
  p.mark = mark;
  const e = star_expressions(p);
  if (e !== null && augassign(p) !== null && annotated_rhs(p) !== null) {
    p.raiseKnownLocation(e, `'${getExprName(e)}' is an illegal expression for augmented assignment`);
  }
  p.mark = mark;
  return null;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
function invalid_ann_assign_target(p: Parser): expr | null {
  const mark = p.mark;
  const l = list(p);
  if (l !== null) return l;
  p.mark = mark;
  const t = tuple(p);
  if (t !== null) return t;
  p.mark = mark;
  if (p.expect(T.LPAR) !== null) {
    const a = invalid_ann_assign_target(p);
    if (a !== null && p.expect(T.RPAR) !== null) return a;
  }
  p.mark = mark;
  return null;
}

// invalid_del_stmt: 'del' star_expressions
export function invalid_del_stmt(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(Kw.Del) !== null) {
    const a = star_expressions(p);
    if (a !== null) return raiseInvalidTarget(p, Targets.Del, a);
  }
  p.mark = mark;
  return null;
}

// invalid_block: NEWLINE !INDENT
export function invalid_block(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.NEWLINE) !== null && !p.at(T.INDENT)) p.raiseIndentationError('expected an indented block');
  p.mark = mark;
  return null;
}

// invalid_import: 'import' ','.dotted_name+ 'from' dotted_name | 'import' NEWLINE
export function invalid_import(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Import);
  if (a !== null) {
    if (commaPatterns(p, dotted_name) !== null && p.expect(Kw.From) !== null && dotted_name(p) !== null) {
      p.raiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
    }
    p.mark = mark + 1;
    const t = p.expect(T.NEWLINE);
    if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  }
  p.mark = mark;
  return null;
}

/** !(NAME (',' | ')' | ';' | NEWLINE)) */
function notSimpleImportTarget(p: Parser): boolean {
  const mark = p.mark;
  let simple = false;
  if (p.expect(T.NAME) !== null) {
    const ty = p.peek().type;
    simple = ty === T.COMMA || ty === T.RPAR || ty === T.SEMI || ty === T.NEWLINE;
  }
  p.mark = mark;
  return !simple;
}

// invalid_dotted_as_name: dotted_name 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression
export function invalid_dotted_as_name(p: Parser): unknown {
  const mark = p.mark;
  if (dotted_name(p) !== null && p.expect(Kw.As) !== null && notSimpleImportTarget(p)) {
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as import target`);
  }
  p.mark = mark;
  return null;
}

// invalid_import_from_as_name: NAME 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression
export function invalid_import_from_as_name(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.NAME) !== null && p.expect(Kw.As) !== null && notSimpleImportTarget(p)) {
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as import target`);
  }
  p.mark = mark;
  return null;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE | NEWLINE
export function invalid_import_from_targets(p: Parser): unknown {
  const mark = p.mark;
  if (import_from_as_names(p) !== null && p.expect(T.COMMA) !== null && p.expect(T.NEWLINE) !== null) {
    p.raiseSyntaxError('trailing comma not allowed without surrounding parentheses');
  }
  p.mark = mark;
  const t = p.expect(T.NEWLINE);
  if (t !== null) p.raiseStartingFrom(t, "Expected one or more names after 'import'");
  p.mark = mark;
  return null;
}

/** ','.(expression ['as' star_target])+  or, parenthesised, ','.(expressions ['as' star_target])+ */
function withItemsLoose(p: Parser, parenthesised: boolean): boolean {
  const item = (q: Parser): unknown => {
    const e = parenthesised ? expressions(q) : expression(q);
    if (e === null) return null;
    const m = q.mark;
    if (q.expect(Kw.As) === null || star_target(q) === null) q.mark = m;
    return e;
  };
  return commaPatterns(p, item) !== null;
}

/** ['async'] 'with' items (plain or parenthesised), then returns the 'with' token or null. */
function withHeader(p: Parser, parenthesised: boolean): Token | null {
  p.expect(Kw.Async);
  const w = p.expect(Kw.With);
  if (w === null) return null;
  if (!parenthesised) return withItemsLoose(p, false) ? w : null;
  if (p.expect(T.LPAR) === null || !withItemsLoose(p, true)) return null;
  p.expect(T.COMMA);
  return p.expect(T.RPAR) !== null ? w : null;
}

// invalid_with_stmt:
//     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
export function invalid_with_stmt(p: Parser): unknown {
  const mark = p.mark;
  for (const parenthesised of [false, true]) {
    p.mark = mark;
    if (withHeader(p, parenthesised) !== null && p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
  }
  p.mark = mark;
  return null;
}

// invalid_with_stmt_indent: the same headers followed by ':' NEWLINE !INDENT
export function invalid_with_stmt_indent(p: Parser): unknown {
  const mark = p.mark;
  for (const parenthesised of [false, true]) {
    p.mark = mark;
    const a = withHeader(p, parenthesised);
    if (a !== null) expectIndentedBlock(p, `'with' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

/** ':' NEWLINE !INDENT -> IndentationError "expected an indented block after <what>". */
function expectIndentedBlock(p: Parser, what: string): void {
  if (p.expect(T.COLON) !== null && p.expect(T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.raiseIndentationError(`expected an indented block after ${what}`);
  }
}

// invalid_with_item: expression 'as' expression &(',' | ')' | ':')
export function invalid_with_item(p: Parser): unknown {
  const mark = p.mark;
  if (expression(p) !== null && p.expect(Kw.As) !== null) {
    const a = expression(p);
    if (a !== null && (p.at(T.COMMA) || p.at(T.RPAR) || p.at(T.COLON))) return raiseInvalidTarget(p, Targets.Star, a);
  }
  p.mark = mark;
  return null;
}

/** 'as' NAME, optional. */
function optionalAsName(p: Parser): void {
  const m = p.mark;
  if (p.expect(Kw.As) === null || p.expect(T.NAME) === null) p.mark = m;
}

// invalid_try_stmt:
//     | 'try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
export function invalid_try_stmt(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Try);
  if (a === null) return null;
  expectIndentedBlock(p, `'try' statement on line ${a.lineno}`);
  p.mark = mark + 1;
  if (p.expect(T.COLON) !== null && block(p) !== null && !p.at(Kw.Except) && !p.at(Kw.Finally)) {
    p.raiseSyntaxError("expected 'except' or 'finally' block");
  }
  for (const star of [false, true]) {
    p.mark = mark + 1;
    if (p.expect(T.COLON) === null) break;
    for (;;) {
      const m = p.mark;
      if (block(p) === null) {
        p.mark = m;
        break;
      }
    }
    let handlers = 0;
    for (;;) {
      const m = p.mark;
      if (exceptClause(p, star) === null) {
        p.mark = m;
        break;
      }
      handlers++;
    }
    if (handlers === 0) continue;
    const e = p.expect(Kw.Except);
    if (e === null) continue;
    if (!star) {
      const s = p.expect(T.STAR);
      if (s !== null && expression(p) !== null) {
        optionalAsName(p);
        if (p.expect(T.COLON) !== null) p.raiseKnownRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      const m = p.mark;
      if (expression(p) !== null) optionalAsName(p);
      else p.mark = m;
      if (p.expect(T.COLON) !== null) p.raiseKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.mark = mark;
  return null;
}

// Late import: the try rules live with the compound statements.
import { exceptClause } from './compound.js';

// invalid_except_stmt:
//     | 'except' expression ',' expressions 'as' NAME ':'
//     | 'except' expression ['as' NAME] NEWLINE
//     | 'except' NEWLINE
//     | 'except' expression 'as' expression ':' block
export function invalid_except_stmt(p: Parser): unknown {
  return invalidExcept(p, false);
}

// invalid_except_star_stmt:
//     | 'except' '*' expression ',' expressions 'as' NAME ':'
//     | 'except' '*' expression ['as' NAME] NEWLINE
//     | 'except' '*' (NEWLINE | ':')
//     | 'except' '*' expression 'as' expression ':' block
export function invalid_except_star_stmt(p: Parser): unknown {
  return invalidExcept(p, true);
}

function invalidExcept(p: Parser, star: boolean): unknown {
  const mark = p.mark;
  if (p.expect(Kw.Except) === null || (star && p.expect(T.STAR) === null)) {
    p.mark = mark;
    return null;
  }
  const afterExcept = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COMMA) !== null && expressions(p) !== null && p.expect(Kw.As) !== null
      && p.expect(T.NAME) !== null && p.expect(T.COLON) !== null) {
    p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
  }
  p.mark = afterExcept;
  if (expression(p) !== null) {
    optionalAsName(p);
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
  }
  p.mark = afterExcept;
  if (!star) {
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
  } else if (p.expect(T.NEWLINE) !== null || p.expect(T.COLON) !== null) {
    p.raiseSyntaxError('expected one or more exception types');
  }
  p.mark = afterExcept;
  if (expression(p) !== null && p.expect(Kw.As) !== null) {
    const b = expression(p);
    if (b !== null && p.expect(T.COLON) !== null && block(p) !== null) {
      p.raiseKnownLocation(b, `cannot use except${star ? '*' : ''} statement with ${getExprName(b)}`);
    }
  }
  p.mark = mark;
  return null;
}

// invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT
export function invalid_finally_stmt(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Finally);
  if (a !== null) expectIndentedBlock(p, `'finally' statement on line ${a.lineno}`);
  p.mark = mark;
  return null;
}

// invalid_except_stmt_indent:
//     | 'except' expression ['as' NAME] ':' NEWLINE !INDENT
//     | 'except' ':' NEWLINE !INDENT
export function invalid_except_stmt_indent(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Except);
  if (a !== null) {
    if (expression(p) !== null) {
      optionalAsName(p);
      expectIndentedBlock(p, `'except' statement on line ${a.lineno}`);
    }
    p.mark = mark + 1;
    expectIndentedBlock(p, `'except' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT
export function invalid_except_star_stmt_indent(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Except);
  if (a !== null && p.expect(T.STAR) !== null && expression(p) !== null) {
    optionalAsName(p);
    expectIndentedBlock(p, `'except*' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_match_stmt: "match" subject_expr NEWLINE | "match" subject_expr ':' NEWLINE !INDENT
export function invalid_match_stmt(p: Parser): unknown {
  const mark = p.mark;
  const a = p.peek();
  if (p.expectSoftKeyword('match') !== null && subject_expr(p) !== null) {
    const afterSubject = p.mark;
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
    p.mark = afterSubject;
    expectIndentedBlock(p, `'match' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_case_block: "case" patterns guard? NEWLINE | "case" patterns guard? ':' NEWLINE !INDENT
export function invalid_case_block(p: Parser): unknown {
  const mark = p.mark;
  const a = p.peek();
  if (p.expectSoftKeyword('case') !== null && patterns(p) !== null) {
    guard(p);
    const afterGuard = p.mark;
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
    p.mark = afterGuard;
    expectIndentedBlock(p, `'case' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' expression
export function invalid_as_pattern(p: Parser): unknown {
  const mark = p.mark;
  if (or_pattern(p) !== null && p.expect(Kw.As) !== null) {
    const afterAs = p.mark;
    const u = p.expectSoftKeyword('_');
    if (u !== null) p.raiseKnownLocation(u, "cannot use '_' as a target");
    p.mark = afterAs;
    const a = expression(p);
    if (a !== null) p.raiseKnownLocation(a, `cannot use ${getExprName(a)} as pattern target`);
  }
  p.mark = mark;
  return null;
}

// invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
export function invalid_class_pattern(p: Parser): unknown {
  const mark = p.mark;
  if (name_or_attr(p) !== null && p.expect(T.LPAR) !== null) {
    const m = p.mark;
    if (commaPatterns(p, patternRule) === null || p.expect(T.COMMA) === null) p.mark = m;
    if (commaPatterns(p, keyword_pattern) !== null && p.expect(T.COMMA) !== null) {
      const a: pattern[] | null = commaPatterns(p, patternRule);
      if (a !== null) p.raiseKnownRange(a[0]!, a[a.length - 1]!, 'positional patterns follow keyword patterns');
    }
  }
  p.mark = mark;
  return null;
}

/** 'if'/'elif'/'while' named_expression NEWLINE | ... ':' NEWLINE !INDENT */
function invalidConditionHeader(p: Parser, keyword: number, name: string, lineOfExpression: boolean): unknown {
  const mark = p.mark;
  const k = p.expect(keyword);
  if (k !== null) {
    const e = named_expression(p);
    if (e !== null) {
      const afterExpr = p.mark;
      if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
      p.mark = afterExpr;
      // In CPython's invalid_if_stmt the name `a` is rebound to the condition: its line is used.
      expectIndentedBlock(p, `'${name}' statement on line ${lineOfExpression ? e.lineno : k.lineno}`);
    }
  }
  p.mark = mark;
  return null;
}

// invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
export function invalid_if_stmt(p: Parser): unknown {
  return invalidConditionHeader(p, Kw.If, 'if', true);
}

// invalid_elif_stmt: 'elif' named_expression NEWLINE | 'elif' named_expression ':' NEWLINE !INDENT
export function invalid_elif_stmt(p: Parser): unknown {
  return invalidConditionHeader(p, Kw.Elif, 'elif', false);
}

// invalid_while_stmt: 'while' named_expression NEWLINE | 'while' named_expression ':' NEWLINE !INDENT
export function invalid_while_stmt(p: Parser): unknown {
  return invalidConditionHeader(p, Kw.While, 'while', false);
}

// invalid_else_stmt: 'else' ':' NEWLINE !INDENT | 'else' ':' block 'elif'
export function invalid_else_stmt(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Else);
  if (a !== null) {
    expectIndentedBlock(p, `'else' statement on line ${a.lineno}`);
    p.mark = mark + 1;
    if (p.expect(T.COLON) !== null && block(p) !== null && p.expect(Kw.Elif) !== null) {
      p.raiseSyntaxError("'elif' block follows an 'else' block");
    }
  }
  p.mark = mark;
  return null;
}

// invalid_for_stmt:
//     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE
//     | ['async'] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
export function invalid_for_stmt(p: Parser): unknown {
  const mark = p.mark;
  p.expect(Kw.Async);
  const a = p.expect(Kw.For);
  if (a !== null && star_targets(p) !== null && p.expect(Kw.In) !== null && star_expressions(p) !== null) {
    const afterIter = p.mark;
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
    p.mark = afterIter;
    expectIndentedBlock(p, `'for' statement on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_def_raw:
//     | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
//     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
export function invalid_def_raw(p: Parser): unknown {
  const mark = p.mark;
  p.expect(Kw.Async);
  const a = p.expect(Kw.Def);
  if (a !== null && p.expect(T.NAME) !== null) {
    const afterName = p.mark;
    optional(p, type_params);
    if (p.expect(T.LPAR) !== null) {
      optional(p, params);
      if (p.expect(T.RPAR) !== null) {
        optionalReturns(p);
        expectIndentedBlock(p, `function definition on line ${a.lineno}`);
      }
    }
    p.mark = afterName;
    optional(p, type_params);
    p.expectForced(T.LPAR, '(');
    optional(p, params);
    if (p.expect(T.RPAR) !== null) {
      optionalReturns(p);
      p.expectForced(T.COLON, ':');
      optional(p, func_type_comment);
      if (block(p) !== null) return DUMMY_NAME;
    }
  }
  p.mark = mark;
  return null;
}

function optionalReturns(p: Parser): void {
  const m = p.mark;
  if (p.expect(T.RARROW) === null || expression(p) === null) p.mark = m;
}

// invalid_class_def_raw:
//     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
//     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
export function invalid_class_def_raw(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(Kw.Class);
  if (a !== null && p.expect(T.NAME) !== null) {
    optional(p, type_params);
    const m = p.mark;
    if (p.expect(T.LPAR) !== null) {
      optional(p, arguments_);
      if (p.expect(T.RPAR) === null) p.mark = m;
    }
    const afterHeader = p.mark;
    if (p.expect(T.NEWLINE) !== null) p.raiseSyntaxError("expected ':'");
    p.mark = afterHeader;
    expectIndentedBlock(p, `class definition on line ${a.lineno}`);
  }
  p.mark = mark;
  return null;
}

// invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
export function invalid_double_type_comments(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.TYPE_COMMENT) !== null && p.expect(T.NEWLINE) !== null && p.expect(T.TYPE_COMMENT) !== null
      && p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    p.raiseSyntaxError('Cannot have two type comments on def');
  }
  p.mark = mark;
  return null;
}
