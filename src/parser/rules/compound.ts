// Compound statements: blocks, decorators, class and function definitions, if/while/for,
// with, try/except/finally. CPython: Grammar/python.gram, COMPOUND STATEMENTS.

import { T, type Token } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import {
  _ClassDef, _FunctionDef, _AsyncFunctionDef, _If, _While, _For, _AsyncFor, _With, _AsyncWith, _withitem,
  _Try, _TryStar, _ExceptHandler,
  type stmt, type expr, type withitem, type excepthandler, type arguments, type keyword,
} from '../ast.generated.js';
import { functionDefDecorators, classDefDecorators, emptyArguments, DUMMY_NAME } from '../actions.js';
import { M } from './memo.js';
import { statements, simple_stmts } from './statements.js';
import { named_expression, expression, expressions, star_expressions } from './expressions.js';
import { arguments_ } from './arguments.js';
import { star_targets, star_target, func_type_comment } from './targets.js';
import { params } from './params.js';
import { type_params } from './typeparams.js';
import { match_stmt } from './match.js';
import {
  invalid_block, invalid_class_def_raw, invalid_def_raw, invalid_if_stmt, invalid_elif_stmt, invalid_else_stmt,
  invalid_while_stmt, invalid_for_stmt, invalid_with_stmt_indent, invalid_with_stmt,
  invalid_with_item, invalid_try_stmt, invalid_except_stmt_indent, invalid_except_stmt,
  invalid_except_star_stmt_indent, invalid_except_star_stmt, invalid_finally_stmt,
} from './invalid_statements.js';
import { invalid_for_target } from './invalid_expressions.js';

// compound_stmt:
//     | &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
//     | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt
//     | &'while' while_stmt | match_stmt
export function compound_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  const ty = p.peek().type;
  let r: stmt | null = null;
  if (ty === Kw.Def || ty === T.AT || ty === Kw.Async) {
    r = function_def(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.If) {
    r = if_stmt(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.Class || ty === T.AT) {
    r = class_def(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.With || ty === Kw.Async) {
    r = with_stmt(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.For || ty === Kw.Async) {
    r = for_stmt(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.Try) {
    r = try_stmt(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  if (ty === Kw.While) {
    r = while_stmt(p);
    if (r !== null) return r;
    p.mark = mark;
  }
  r = match_stmt(p);
  if (r === null) p.mark = mark;
  return r;
}

// single_compound_stmt: compound_stmt
export function single_compound_stmt(p: Parser): stmt[] | null {
  const a = compound_stmt(p);
  return a === null ? null : p.registerStmts([a]);
}

// block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
export function block(p: Parser): stmt[] | null {
  const memo = p.memoLookup(M.block);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as stmt[] | null;
  }
  const mark = p.mark;
  let r: stmt[] | null = null;
  if (p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    const a = statements(p);
    if (a !== null && p.expect(T.DEDENT) !== null) r = a;
  }
  if (r === null) {
    p.mark = mark;
    r = simple_stmts(p);
    if (r === null) {
      p.mark = mark;
      if (p.callInvalidRules) {
        invalid_block(p);
        p.mark = mark;
      }
    }
  }
  p.memoInsert(mark, M.block, r);
  return r;
}

// decorators: ('@' named_expression NEWLINE)+
function decorators(p: Parser): expr[] | null {
  const out: expr[] = [];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.AT) === null) break;
    const f = named_expression(p);
    if (f === null || p.expect(T.NEWLINE) === null) {
      p.mark = m;
      break;
    }
    out.push(f);
  }
  return out.length > 0 ? out : null;
}

// class_def: decorators class_def_raw | class_def_raw
function class_def(p: Parser): stmt | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const b = class_def_raw(p);
    if (b !== null) return classDefDecorators(d, b);
  }
  p.mark = mark;
  const b = class_def_raw(p);
  if (b === null) p.mark = mark;
  return b;
}

// class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
function class_def_raw(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_class_def_raw(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (p.expect(Kw.Class) === null) return null;
  const a = p.nameToken();
  if (a !== null) {
    const t = optional(p, type_params);
    let bases: expr[] = [];
    let keywords: keyword[] = [];
    const m = p.mark;
    if (p.expect(T.LPAR) !== null) {
      const z = optional(p, arguments_);
      if (p.expect(T.RPAR) !== null) {
        if (z !== null) {
          bases = z.args;
          keywords = z.keywords;
        }
      } else {
        p.mark = m;
      }
    }
    if (p.expect(T.COLON) !== null) {
      const c = block(p);
      if (c !== null) {
        return _ClassDef((a as { id: string }).id, bases, keywords, c, [], t ?? [], s, p.lastNonWhitespaceToken());
      }
    }
  }
  p.mark = mark;
  return null;
}

/** `[rule]`: the rule's result, or null with the mark restored. */
export function optional<R>(p: Parser, rule: (p: Parser) => R | null): R | null {
  const m = p.mark;
  const r = rule(p);
  if (r === null) p.mark = m;
  return r;
}

// function_def: decorators function_def_raw | function_def_raw
function function_def(p: Parser): stmt | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) return functionDefDecorators(d, f);
  }
  p.mark = mark;
  const f = function_def_raw(p);
  if (f === null) p.mark = mark;
  return f;
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
//     | 'async' 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
function function_def_raw(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    // Its second alternative matches a whole valid definition and returns a placeholder.
    if (invalid_def_raw(p) !== null) return DUMMY_NAME as unknown as stmt;
    p.mark = mark;
  }
  const s = p.peek();
  const isAsync = s.type === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.Def) !== null) {
    const n = p.nameToken();
    if (n !== null) {
      const t = optional(p, type_params);
      if (p.expect(T.LPAR) !== null) {
        const ps: arguments | null = optional(p, params);
        if (p.expect(T.RPAR) !== null) {
          let returns: expr | null = null;
          const m = p.mark;
          if (p.expect(T.RARROW) !== null) {
            returns = expression(p);
            if (returns === null) p.mark = m;
          }
          if (p.expect(T.COLON) !== null) {
            const tc: Token | null = optional(p, func_type_comment);
            const b = block(p);
            if (b !== null) {
              const name = (n as { id: string }).id;
              const e = p.lastNonWhitespaceToken();
              const tcText = tc !== null ? tc.string : null;
              if (isAsync) {
                return p.checkVersion(5, 'Async functions are',
                  _AsyncFunctionDef(name, ps ?? emptyArguments(), b, [], returns, tcText, t ?? [], s, e));
              }
              return _FunctionDef(name, ps ?? emptyArguments(), b, [], returns, tcText, t ?? [], s, e);
            }
          }
        }
      }
    }
  }
  p.mark = mark;
  return null;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
function if_stmt(p: Parser): stmt | null {
  return ifLike(p, Kw.If, invalid_if_stmt);
}

// elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block elif_stmt | 'elif' ... [else_block]
function elif_stmt(p: Parser): stmt | null {
  return ifLike(p, Kw.Elif, invalid_elif_stmt);
}

function ifLike(p: Parser, keyword: number, invalid: (p: Parser) => unknown): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (p.expect(keyword) !== null) {
    const a = named_expression(p);
    if (a !== null && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        const afterBlock = p.mark;
        const c = elif_stmt(p);
        if (c !== null) return _If(a, b, [c], s, p.lastNonWhitespaceToken());
        p.mark = afterBlock;
        const e = optional(p, else_block);
        return _If(a, b, e ?? [], s, p.lastNonWhitespaceToken());
      }
    }
  }
  p.mark = mark;
  return null;
}

// else_block: invalid_else_stmt | 'else' &&':' block
export function else_block(p: Parser): stmt[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_else_stmt(p);
    p.mark = mark;
  }
  if (p.expect(Kw.Else) === null) return null;
  p.expectForced(T.COLON, ':');
  const b = block(p);
  if (b === null) p.mark = mark;
  return b;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
function while_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_while_stmt(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (p.expect(Kw.While) !== null) {
    const a = named_expression(p);
    if (a !== null && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        const c = optional(p, else_block);
        return _While(a, b, c ?? [], s, p.lastNonWhitespaceToken());
      }
    }
  }
  p.mark = mark;
  return null;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | 'async' 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
function for_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_for_stmt(p);
    p.mark = mark;
  }
  const s = p.peek();
  const isAsync = s.type === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.For) !== null) {
    const t = star_targets(p);
    if (t !== null && p.expect(Kw.In) !== null) {
      // Cut: from here a failure fails the whole rule.
      const ex = star_expressions(p);
      if (ex !== null && p.expect(T.COLON) !== null) {
        const tc = p.expect(T.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) {
          const el = optional(p, else_block);
          const e = p.lastNonWhitespaceToken();
          const tcText = tc !== null ? tc.string : null;
          if (isAsync) return p.checkVersion(5, 'Async for loops are', _AsyncFor(t, ex, b, el ?? [], tcText, s, e));
          return _For(t, ex, b, el ?? [], tcText, s, e);
        }
      }
      p.mark = mark;
      return null;
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_for_target(p);
    p.mark = mark;
  }
  return null;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' [TYPE_COMMENT] block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | 'async' 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'async' 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
function with_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_with_stmt_indent(p);
    p.mark = mark;
  }
  const s = p.peek();
  const isAsync = s.type === Kw.Async;
  if (isAsync) p.mark++;
  if (p.expect(Kw.With) !== null) {
    const afterWith = p.mark;
    // Parenthesized form.
    if (p.expect(T.LPAR) !== null) {
      const items = withItems(p);
      if (items !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null) {
          const tc = isAsync ? null : p.expect(T.TYPE_COMMENT);
          const b = block(p);
          if (b !== null) return makeWith(p, isAsync, items, b, tc, s);
        }
      }
    }
    p.mark = afterWith;
    const items = withItems(p);
    if (items !== null && p.expect(T.COLON) !== null) {
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (b !== null) return makeWith(p, isAsync, items, b, tc, s);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_with_stmt(p);
    p.mark = mark;
  }
  return null;
}

function makeWith(p: Parser, isAsync: boolean, items: withitem[], b: stmt[], tc: Token | null, s: Token): stmt {
  const e = p.lastNonWhitespaceToken();
  const tcText = tc !== null ? tc.string : null;
  if (isAsync) return p.checkVersion(5, 'Async with statements are', _AsyncWith(items, b, tcText, s, e));
  return _With(items, b, tcText, s, e);
}

function withItems(p: Parser): withitem[] | null {
  const first = with_item(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = with_item(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
function with_item(p: Parser): withitem | null {
  const mark = p.mark;
  const e = expression(p);
  if (e === null) {
    p.mark = mark;
    if (p.callInvalidRules) {
      invalid_with_item(p);
      p.mark = mark;
    }
    return null;
  }
  const afterExpr = p.mark;
  if (p.expect(Kw.As) !== null) {
    const t = star_target(p);
    if (t !== null && (p.at(T.COMMA) || p.at(T.RPAR) || p.at(T.COLON))) return _withitem(e, t);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_with_item(p);
    p.mark = mark;
  }
  p.mark = afterExpr;
  return _withitem(e, null);
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
function try_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_try_stmt(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (p.expect(Kw.Try) === null) return null;
  p.expectForced(T.COLON, ':');
  const b = block(p);
  if (b !== null) {
    const afterBlock = p.mark;
    const f = finally_block(p);
    if (f !== null) return _Try(b, [], [], f, s, p.lastNonWhitespaceToken());
    p.mark = afterBlock;
    for (const star of [false, true]) {
      const handlers: excepthandler[] = [];
      for (;;) {
        const m = p.mark;
        const h = star ? except_star_block(p) : except_block(p);
        if (h === null) {
          p.mark = m;
          break;
        }
        handlers.push(h);
      }
      if (handlers.length > 0) {
        const el = optional(p, else_block);
        const fin = optional(p, finally_block);
        const e = p.lastNonWhitespaceToken();
        if (star) return p.checkVersion(11, 'Exception groups are', _TryStar(b, handlers, el ?? [], fin ?? [], s, e));
        return _Try(b, handlers, el ?? [], fin ?? [], s, e);
      }
      p.mark = afterBlock;
    }
  }
  p.mark = mark;
  return null;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ':' block
//     | 'except' expression 'as' NAME ':' block
//     | 'except' expressions ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
function except_block(p: Parser): excepthandler | null {
  return exceptClause(p, false);
}

// except_star_block: the same with '*' after 'except' and no bare form
function except_star_block(p: Parser): excepthandler | null {
  return exceptClause(p, true);
}

export function exceptClause(p: Parser, star: boolean): excepthandler | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    if (star) invalid_except_star_stmt_indent(p);
    else invalid_except_stmt_indent(p);
    p.mark = mark;
  }
  const s = p.peek();
  if (p.expect(Kw.Except) !== null && (!star || p.expect(T.STAR) !== null)) {
    const afterExcept = p.mark;
    const e = expression(p);
    if (e !== null) {
      const afterExpr = p.mark;
      if (p.expect(T.COLON) !== null) {
        const b = block(p);
        if (b !== null) return _ExceptHandler(e, null, b, s, p.lastNonWhitespaceToken());
      }
      p.mark = afterExpr;
      if (p.expect(Kw.As) !== null) {
        const t = p.nameToken();
        if (t !== null && p.expect(T.COLON) !== null) {
          const b = block(p);
          if (b !== null) return _ExceptHandler(e, (t as { id: string }).id, b, s, p.lastNonWhitespaceToken());
        }
      }
    }
    p.mark = afterExcept;
    const es = expressions(p);
    if (es !== null && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) {
        return p.checkVersion(14, 'except expressions without parentheses are',
          _ExceptHandler(es, null, b, s, p.lastNonWhitespaceToken()));
      }
    }
    p.mark = afterExcept;
    if (!star && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) return _ExceptHandler(null, null, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    if (star) invalid_except_star_stmt(p);
    else invalid_except_stmt(p);
    p.mark = mark;
  }
  return null;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
function finally_block(p: Parser): stmt[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_finally_stmt(p);
    p.mark = mark;
  }
  if (p.expect(Kw.Finally) === null) return null;
  p.expectForced(T.COLON, ':');
  const b = block(p);
  if (b === null) p.mark = mark;
  return b;
}
