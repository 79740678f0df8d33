// Start rules and simple statements: assignments, return/raise/pass/break/continue,
// global/nonlocal, del, yield, assert and imports. CPython: Grammar/python.gram, STARTING RULES,
// GENERAL STATEMENTS, SIMPLE STATEMENTS, Import statements.

import { T, type Token } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import {
  _Interactive, _Expression, _FunctionType, _Pass, _Expr, _AnnAssign, _Assign, _AugAssign, _Return, _Raise,
  _Break, _Continue, _Global, _Nonlocal, _Delete, _Assert, _Import, _ImportFrom, _alias,
  type mod, type stmt, type expr, type operator, type alias,
} from '../ast.generated.js';
import {
  makeModule, setExprContext, namesToIds, countDots, aliasForStar, checkedFutureImport, joinNamesWithDot,
} from '../actions.js';
import { M } from './memo.js';
import { compound_stmt, single_compound_stmt } from './compound.js';
import { expressions, expression, star_expressions, yield_expr } from './expressions.js';
import { star_targets, single_target, single_subscript_attribute_target, del_targets, type_expressions } from './targets.js';
import { type_alias } from './typeparams.js';
import { invalid_assignment, invalid_del_stmt } from './invalid_statements.js';
import {
  invalid_import, invalid_import_from_targets, invalid_import_from_as_name, invalid_dotted_as_name,
} from './invalid_statements.js';

// file: [statements] ENDMARKER
export function file(p: Parser): mod | null {
  const mark = p.mark;
  const a = statements(p);
  if (a === null) p.mark = mark;
  if (p.expect(T.ENDMARKER) === null) return null;
  return makeModule(p, a ?? []);
}

// interactive: statement_newline
export function interactive(p: Parser): mod | null {
  const a = statement_newline(p);
  return a === null ? null : _Interactive(a);
}

// eval: expressions NEWLINE* ENDMARKER
export function evalInput(p: Parser): mod | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(T.NEWLINE) !== null);
  if (p.expect(T.ENDMARKER) === null) return null;
  return _Expression(a);
}

// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
export function funcType(p: Parser): mod | null {
  if (p.expect(T.LPAR) === null) return null;
  const m = p.mark;
  const a = type_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RPAR) === null || p.expect(T.RARROW) === null) return null;
  const b = expression(p);
  if (b === null) return null;
  while (p.expect(T.NEWLINE) !== null);
  if (p.expect(T.ENDMARKER) === null) return null;
  return _FunctionType(a ?? [], b);
}

// statements: statement+
export function statements(p: Parser): stmt[] | null {
  let out: stmt[] | null = null;
  for (;;) {
    const m = p.mark;
    const a = statement(p);
    if (a === null) {
      p.mark = m;
      break;
    }
    if (out === null) out = a;
    else for (const s of a) out.push(s);
  }
  return out;
}

// statement: compound_stmt | simple_stmts
export function statement(p: Parser): stmt[] | null {
  const mark = p.mark;
  const a = compound_stmt(p);
  if (a !== null) return p.registerStmts([a]);
  p.mark = mark;
  const b = simple_stmts(p);
  if (b === null) p.mark = mark;
  return b;
}

// statement_newline: single_compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
export function statement_newline(p: Parser): stmt[] | null {
  const mark = p.mark;
  const s = p.peek();
  const a = single_compound_stmt(p);
  if (a !== null && p.expect(T.NEWLINE) !== null) return a;
  p.mark = mark;
  const b = simple_stmts(p);
  if (b !== null) return b;
  p.mark = mark;
  if (p.expect(T.NEWLINE) !== null) return [_Pass(s, p.lastNonWhitespaceToken())];
  if (p.expect(T.ENDMARKER) !== null) return null; // _PyPegen_interactive_exit
  return null;
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
export function simple_stmts(p: Parser): stmt[] | null {
  const mark = p.mark;
  const a = simple_stmt(p);
  if (a !== null && !p.at(T.SEMI) && p.expect(T.NEWLINE) !== null) return [a];
  p.mark = mark;
  if (a === null) return null; // the second alternative starts with the same simple_stmt
  const out: stmt[] = [simple_stmt(p)!];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.SEMI) === null) break;
    const b = simple_stmt(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(T.SEMI);
  if (p.expect(T.NEWLINE) === null) {
    p.mark = mark;
    return null;
  }
  return out;
}

// simple_stmt (memo):
//     | assignment | &"type" type_alias | star_expressions | &'return' return_stmt
//     | &('import' | 'from') import_stmt | &'raise' raise_stmt | &'pass' pass_stmt | &'del' del_stmt
//     | &'yield' yield_stmt | &'assert' assert_stmt | &'break' break_stmt | &'continue' continue_stmt
//     | &'global' global_stmt | &'nonlocal' nonlocal_stmt
export function simple_stmt(p: Parser): stmt | null {
  const memo = p.memoLookup(M.simple_stmt);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as stmt | null;
  }
  const mark = p.mark;
  const r = simpleStmtRaw(p, mark);
  if (r === null) p.mark = mark;
  p.memoInsert(mark, M.simple_stmt, r);
  return r;
}

function simpleStmtRaw(p: Parser, mark: number): stmt | null {
  const s = p.tokens[mark]!;
  const a = assignment(p);
  if (a !== null) return a;
  p.mark = mark;
  if (s.type === T.NAME && s.string === 'type') {
    const t = type_alias(p);
    if (t !== null) return t;
    p.mark = mark;
  }
  const e = star_expressions(p);
  if (e !== null) return _Expr(e, s, p.lastNonWhitespaceToken());
  p.mark = mark;
  switch (s.type) {
    case Kw.Return: return return_stmt(p);
    case Kw.Import: case Kw.From: return import_stmt(p);
    case Kw.Raise: return raise_stmt(p);
    case Kw.Pass: p.mark++; return _Pass(s, s);
    case Kw.Del: return del_stmt(p);
    case Kw.Yield: {
      const y = yield_expr(p);
      return y === null ? null : _Expr(y, s, p.lastNonWhitespaceToken());
    }
    case Kw.Assert: return assert_stmt(p);
    case Kw.Break: p.mark++; return _Break(s, s);
    case Kw.Continue: p.mark++; return _Continue(s, s);
    case Kw.Global: return global_stmt(p, false);
    case Kw.Nonlocal: return global_stmt(p, true);
    default: return null;
  }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
//     | single_target augassign ~ annotated_rhs
//     | invalid_assignment
function assignment(p: Parser): stmt | null {
  const mark = p.mark;
  const s = p.peek();
  // NAME ':' expression ['=' annotated_rhs]
  const name = p.nameToken();
  if (name !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const c = optionalAnnotatedValue(p);
      return p.checkVersion(6, 'Variable annotation syntax is',
        _AnnAssign(setExprContext(name, 'Store'), b, c, 1, s, p.lastNonWhitespaceToken()));
    }
  }
  p.mark = mark;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let target: expr | null = null;
  if (p.expect(T.LPAR) !== null) {
    const t = single_target(p);
    if (t !== null && p.expect(T.RPAR) !== null) target = t;
  }
  if (target === null) {
    p.mark = mark;
    target = single_subscript_attribute_target(p);
  }
  if (target !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const c = optionalAnnotatedValue(p);
      return p.checkVersion(6, 'Variable annotations syntax is',
        _AnnAssign(target, b, c, 0, s, p.lastNonWhitespaceToken()));
    }
  }
  p.mark = mark;
  // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
  const targets: expr[] = [];
  for (;;) {
    const m = p.mark;
    const z = star_targets(p);
    if (z === null || p.expect(T.EQUAL) === null) {
      p.mark = m;
      break;
    }
    targets.push(z);
  }
  if (targets.length > 0) {
    const b = annotated_rhs(p);
    if (b !== null && !p.at(T.EQUAL)) {
      const tc = p.expect(T.TYPE_COMMENT);
      return _Assign(targets, b, tc !== null ? tc.string : null, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  // single_target augassign ~ annotated_rhs
  const t = single_target(p);
  if (t !== null) {
    const op = augassign(p);
    if (op !== null) {
      const c = annotated_rhs(p);
      if (c !== null) return _AugAssign(t, op, c, s, p.lastNonWhitespaceToken());
      return null; // cut
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_assignment(p);
    p.mark = mark;
  }
  return null;
}

function optionalAnnotatedValue(p: Parser): expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) !== null) {
    const d = annotated_rhs(p);
    if (d !== null) return d;
  }
  p.mark = m;
  return null;
}

// annotated_rhs: yield_expr | star_expressions
export function annotated_rhs(p: Parser): expr | null {
  const mark = p.mark;
  if (p.at(Kw.Yield)) {
    const y = yield_expr(p);
    if (y !== null) return y;
    p.mark = mark;
  }
  const e = star_expressions(p);
  if (e === null) p.mark = mark;
  return e;
}

const AUGASSIGN: ReadonlyMap<number, operator> = new Map<number, operator>([
  [T.PLUSEQUAL, 'Add'], [T.MINEQUAL, 'Sub'], [T.STAREQUAL, 'Mult'], [T.ATEQUAL, 'MatMult'],
  [T.SLASHEQUAL, 'Div'], [T.PERCENTEQUAL, 'Mod'], [T.AMPEREQUAL, 'BitAnd'], [T.VBAREQUAL, 'BitOr'],
  [T.CIRCUMFLEXEQUAL, 'BitXor'], [T.LEFTSHIFTEQUAL, 'LShift'], [T.RIGHTSHIFTEQUAL, 'RShift'],
  [T.DOUBLESTAREQUAL, 'Pow'], [T.DOUBLESLASHEQUAL, 'FloorDiv'],
]);

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
export function augassign(p: Parser): operator | null {
  const op = AUGASSIGN.get(p.peek().type);
  if (op === undefined) return null;
  p.mark++;
  return op === 'MatMult' ? p.checkVersion(5, "The '@' operator is", op) : op;
}

// return_stmt: 'return' [star_expressions]
function return_stmt(p: Parser): stmt | null {
  const s = p.expect(Kw.Return)!;
  const m = p.mark;
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return _Return(a, s, p.lastNonWhitespaceToken());
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
function raise_stmt(p: Parser): stmt | null {
  const s = p.expect(Kw.Raise)!;
  const m = p.mark;
  const a = expression(p);
  if (a !== null) {
    const m2 = p.mark;
    let b: expr | null = null;
    if (p.expect(Kw.From) !== null) {
      b = expression(p);
      if (b === null) p.mark = m2;
    }
    return _Raise(a, b, s, p.lastNonWhitespaceToken());
  }
  p.mark = m;
  return _Raise(null, null, s, p.lastNonWhitespaceToken());
}

// global_stmt: 'global' ','.NAME+   nonlocal_stmt: 'nonlocal' ','.NAME+
function global_stmt(p: Parser, nonlocal: boolean): stmt | null {
  const s = p.peek();
  p.mark++;
  const names = nameList(p);
  if (names === null) return null;
  const e = p.lastNonWhitespaceToken();
  return nonlocal ? _Nonlocal(namesToIds(names), s, e) : _Global(namesToIds(names), s, e);
}

function nameList(p: Parser): expr[] | null {
  const first = p.nameToken();
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const n = p.nameToken();
    if (n === null) {
      p.mark = m;
      break;
    }
    out.push(n);
  }
  return out;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
function del_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  const s = p.peek();
  p.mark++;
  const a = del_targets(p);
  if (a !== null && (p.at(T.SEMI) || p.at(T.NEWLINE))) return _Delete(a, s, p.lastNonWhitespaceToken());
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_del_stmt(p);
    p.mark = mark;
  }
  return null;
}

// assert_stmt: 'assert' expression [',' expression]
function assert_stmt(p: Parser): stmt | null {
  const s = p.expect(Kw.Assert)!;
  const a = expression(p);
  if (a === null) return null;
  const m = p.mark;
  let b: expr | null = null;
  if (p.expect(T.COMMA) !== null) {
    b = expression(p);
    if (b === null) p.mark = m;
  }
  return _Assert(a, b, s, p.lastNonWhitespaceToken());
}

// import_stmt: invalid_import | import_name | import_from
function import_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_import(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (s.type === Kw.Import) {
    // import_name: 'import' dotted_as_names
    p.mark++;
    const a = dotted_as_names(p);
    if (a !== null) return _Import(a, s, p.lastNonWhitespaceToken());
    p.mark = mark;
    return null;
  }
  return import_from(p);
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
function import_from(p: Parser): stmt | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(Kw.From) === null) return null;
  const dots: Token[] = [];
  for (;;) {
    const t = p.peek();
    if (t.type !== T.DOT && t.type !== T.ELLIPSIS) break;
    p.mark++;
    dots.push(t);
  }
  const afterDots = p.mark;
  const b = dotted_name(p);
  if (b !== null && p.expect(Kw.Import) !== null) {
    const c = import_from_targets(p);
    if (c !== null) {
      return checkedFutureImport(p, (b as { id: string }).id, c, countDots(dots), s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = afterDots;
  if (dots.length > 0 && p.expect(Kw.Import) !== null) {
    const c = import_from_targets(p);
    if (c !== null) return _ImportFrom(null, c, countDots(dots), s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
function import_from_targets(p: Parser): alias[] | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LPAR) !== null) {
    const a = import_from_as_names(p);
    if (a !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return a;
    }
    p.mark = mark;
  }
  const a = import_from_as_names(p);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = mark;
  if (p.expect(T.STAR) !== null) return [aliasForStar(s, p.lastNonWhitespaceToken())];
  if (p.callInvalidRules) {
    invalid_import_from_targets(p);
    p.mark = mark;
  }
  return null;
}

// import_from_as_names: ','.import_from_as_name+
export function import_from_as_names(p: Parser): alias[] | null {
  const first = import_from_as_name(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = import_from_as_name(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME]
function import_from_as_name(p: Parser): alias | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_import_from_as_name(p);
    p.mark = mark;
  }
  const s = p.peek();
  const a = p.nameToken();
  if (a === null) return null;
  const asname = optionalAsName(p);
  return _alias((a as { id: string }).id, asname, s, p.lastNonWhitespaceToken());
}

function optionalAsName(p: Parser): string | null {
  const m = p.mark;
  if (p.expect(Kw.As) !== null) {
    const z = p.nameToken();
    if (z !== null) return (z as { id: string }).id;
  }
  p.mark = m;
  return null;
}

// dotted_as_names: ','.dotted_as_name+
function dotted_as_names(p: Parser): alias[] | null {
  const first = dotted_as_name(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = dotted_as_name(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]
function dotted_as_name(p: Parser): alias | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_dotted_as_name(p);
    p.mark = mark;
  }
  const s = p.peek();
  const a = dotted_name(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  const asname = optionalAsName(p);
  return _alias((a as { id: string }).id, asname, s, p.lastNonWhitespaceToken());
}

// dotted_name: dotted_name '.' NAME | NAME   (left-recursive)
export function dotted_name(p: Parser): expr | null {
  const memo = p.memoLookup(M.dotted_name);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  let a = p.nameToken();
  if (a === null) p.mark = mark;
  else {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.DOT) === null) break;
      const b = p.nameToken();
      if (b === null) {
        p.mark = m;
        break;
      }
      a = joinNamesWithDot(a, b);
    }
  }
  p.memoInsert(mark, M.dotted_name, a);
  return a;
}
