// Assignment, for, with and del targets, the target-side primary chain (t_primary), and the
// typing elements of func_type input. CPython: Grammar/python.gram, ASSIGNMENT TARGETS and
// TYPING ELEMENTS.

import { T, type Token } from '../token.js';
import type { Parser } from '../pegen.js';
import {
  _Tuple, _List, _Starred, _Attribute, _Subscript, _Call, type expr,
} from '../ast.generated.js';
import { setExprContext } from '../actions.js';
import { M } from './memo.js';
import { expression, slices } from './expressions.js';
import { atom } from './atoms.js';
import { genexp } from './displays.js';
import { arguments_ } from './arguments.js';
import { invalid_double_type_comments } from './invalid_statements.js';

/** Parses `elem (',' elem)*` and an optional trailing comma. */
function commaList(p: Parser, elem: (p: Parser) => expr | null): expr[] | null {
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

// star_targets: star_target !',' | star_target (',' star_target)* [',']
export function star_targets(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = star_target(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return _Tuple(elts, 'Store', s, p.lastNonWhitespaceToken());
}

// star_targets_list_seq: ','.star_target+ [',']
function star_targets_list_seq(p: Parser): expr[] | null {
  const a = commaList(p, star_target);
  if (a !== null) p.expect(T.COMMA);
  return a;
}

// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
function star_targets_tuple_seq(p: Parser): expr[] | null {
  const mark = p.mark;
  const a = commaList(p, star_target);
  if (a === null) return null;
  if (a.length > 1) {
    p.expect(T.COMMA);
    return a;
  }
  if (p.expect(T.COMMA) !== null) return a;
  p.mark = mark;
  return null;
}

// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
export function star_target(p: Parser): expr | null {
  const memo = p.memoLookup(M.star_target);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let r: expr | null = null;
  if (s.type === T.STAR) {
    p.mark++;
    if (!p.at(T.STAR)) {
      const a = star_target(p);
      if (a !== null) r = _Starred(setExprContext(a, 'Store'), 'Store', s, p.lastNonWhitespaceToken());
    }
    if (r === null) p.mark = mark;
  }
  if (r === null) {
    r = target_with_star_atom(p);
    if (r === null) p.mark = mark;
  }
  p.leave();
  p.memoInsert(mark, M.star_target, r);
  return r;
}

// target_with_star_atom (memo):
//     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
function target_with_star_atom(p: Parser): expr | null {
  const memo = p.memoLookup(M.target_with_star_atom);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  let r = attributeOrSubscriptTarget(p, 'Store');
  if (r === null) {
    p.mark = mark;
    r = star_atom(p);
    if (r === null) p.mark = mark;
  }
  p.memoInsert(mark, M.target_with_star_atom, r);
  return r;
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`. */
function attributeOrSubscriptTarget(p: Parser, ctx: 'Store' | 'Del'): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = t_primary(p);
  if (a === null) return null;
  const afterPrimary = p.mark;
  if (p.expect(T.DOT) !== null) {
    const b = p.nameToken();
    if (b !== null && !t_lookahead(p)) {
      return _Attribute(a, (b as { id: string }).id, ctx, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = afterPrimary;
  if (p.expect(T.LSQB) !== null) {
    const b = slices(p);
    if (b !== null && p.expect(T.RSQB) !== null && !t_lookahead(p)) {
      return _Subscript(a, b, ctx, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  return null;
}

// star_atom:
//     | NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
//     | '[' [star_targets_list_seq] ']'
function star_atom(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (s.type === T.NAME) {
    p.mark++;
    return setExprContext(p.nameFromToken(s), 'Store');
  }
  if (s.type === T.LPAR) {
    p.mark++;
    const a = target_with_star_atom(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setExprContext(a, 'Store');
    p.mark = mark + 1;
    const m = p.mark;
    const b = star_targets_tuple_seq(p);
    if (b === null) p.mark = m;
    if (p.expect(T.RPAR) !== null) return _Tuple(b ?? [], 'Store', s, p.lastNonWhitespaceToken());
    p.mark = mark;
    return null;
  }
  if (s.type === T.LSQB) {
    p.mark++;
    const m = p.mark;
    const b = star_targets_list_seq(p);
    if (b === null) p.mark = m;
    if (p.expect(T.RSQB) !== null) return _List(b ?? [], 'Store', s, p.lastNonWhitespaceToken());
    p.mark = mark;
  }
  return null;
}

// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
export function single_target(p: Parser): expr | null {
  const mark = p.mark;
  const a = single_subscript_attribute_target(p);
  if (a !== null) return a;
  p.mark = mark;
  const n = p.nameToken();
  if (n !== null) return setExprContext(n, 'Store');
  if (p.expect(T.LPAR) !== null) {
    const b = single_target(p);
    if (b !== null && p.expect(T.RPAR) !== null) return b;
  }
  p.mark = mark;
  return null;
}

// single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
export function single_subscript_attribute_target(p: Parser): expr | null {
  const mark = p.mark;
  const r = attributeOrSubscriptTarget(p, 'Store');
  if (r === null) p.mark = mark;
  return r;
}

// t_primary:
//     | t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
//     | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
//     | atom &t_lookahead
export function t_primary(p: Parser): expr | null {
  const memo = p.memoLookup(M.t_primary);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let a = atom(p);
  if (a === null || !t_lookahead(p)) {
    a = null;
    p.mark = mark;
  } else {
    for (;;) {
      const m = p.mark;
      const next = tPrimaryStep(p, a, s);
      if (next === null) {
        p.mark = m;
        break;
      }
      a = next;
    }
  }
  p.leave();
  p.memoInsert(mark, M.t_primary, a);
  return a;
}

/** One more `.NAME`, `[...]`, genexp or call on `a`, each followed by t_lookahead. */
function tPrimaryStep(p: Parser, a: expr, s: Token): expr | null {
  const m = p.mark;
  const t = p.peek();
  if (t.type === T.DOT) {
    p.mark++;
    const b = p.nameToken();
    if (b !== null && t_lookahead(p)) return _Attribute(a, (b as { id: string }).id, 'Load', s, p.lastNonWhitespaceToken());
    p.mark = m;
  }
  if (t.type === T.LSQB) {
    p.mark++;
    const b = slices(p);
    if (b !== null && p.expect(T.RSQB) !== null && t_lookahead(p)) {
      return _Subscript(a, b, 'Load', s, p.lastNonWhitespaceToken());
    }
    p.mark = m;
  }
  if (t.type === T.LPAR || (p.callInvalidRules && (t.type === T.LSQB || t.type === T.LBRACE))) {
    const g = genexp(p);
    if (g !== null && t_lookahead(p)) return _Call(a, [g], [], s, p.lastNonWhitespaceToken());
    p.mark = m;
  }
  if (t.type === T.LPAR) {
    p.mark++;
    const mm = p.mark;
    const b = arguments_(p);
    if (b === null) p.mark = mm;
    if (p.expect(T.RPAR) !== null && t_lookahead(p)) {
      return _Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], s, p.lastNonWhitespaceToken());
    }
    p.mark = m;
  }
  return null;
}

// t_lookahead: '(' | '[' | '.'
function t_lookahead(p: Parser): boolean {
  const ty = p.peek().type;
  return ty === T.LPAR || ty === T.LSQB || ty === T.DOT;
}

// del_targets: ','.del_target+ [',']
export function del_targets(p: Parser): expr[] | null {
  const a = commaList(p, del_target);
  if (a !== null) p.expect(T.COMMA);
  return a;
}

// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
function del_target(p: Parser): expr | null {
  const memo = p.memoLookup(M.del_target);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  p.enter();
  let r = attributeOrSubscriptTarget(p, 'Del');
  if (r === null) {
    p.mark = mark;
    r = del_t_atom(p);
    if (r === null) p.mark = mark;
  }
  p.leave();
  p.memoInsert(mark, M.del_target, r);
  return r;
}

// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
function del_t_atom(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (s.type === T.NAME) {
    p.mark++;
    return setExprContext(p.nameFromToken(s), 'Del');
  }
  if (s.type === T.LPAR) {
    p.mark++;
    const a = del_target(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setExprContext(a, 'Del');
    p.mark = mark + 1;
    const b = del_targets(p);
    if (b === null) p.mark = mark + 1;
    if (p.expect(T.RPAR) !== null) return _Tuple(b ?? [], 'Del', s, p.lastNonWhitespaceToken());
    p.mark = mark;
    return null;
  }
  if (s.type === T.LSQB) {
    p.mark++;
    const b = del_targets(p);
    if (b === null) p.mark = mark + 1;
    if (p.expect(T.RSQB) !== null) return _List(b ?? [], 'Del', s, p.lastNonWhitespaceToken());
    p.mark = mark;
  }
  return null;
}

// type_expressions:
//     | ','.expression+ ',' '*' expression ',' '**' expression
//     | ','.expression+ ',' '*' expression
//     | ','.expression+ ',' '**' expression
//     | '*' expression ',' '**' expression
//     | '*' expression
//     | '**' expression
//     | ','.expression+
export function type_expressions(p: Parser): expr[] | null {
  const mark = p.mark;
  const a = commaList(p, expression);
  if (a !== null) {
    const afterList = p.mark;
    if (p.expect(T.COMMA) !== null) {
      if (p.expect(T.STAR) !== null) {
        const b = expression(p);
        if (b !== null) {
          const m = p.mark;
          if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.mark = m;
          return [...a, b];
        }
      }
      p.mark = afterList + 1;
      if (p.expect(T.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.mark = afterList;
  }
  p.mark = mark;
  if (p.expect(T.STAR) !== null) {
    const a2 = expression(p);
    if (a2 !== null) {
      const m = p.mark;
      if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [a2, b];
      }
      p.mark = m;
      return [a2];
    }
  }
  p.mark = mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = expression(p);
    if (b !== null) return [b];
  }
  p.mark = mark;
  const c = commaList(p, expression);
  if (c === null) p.mark = mark;
  return c;
}

// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
export function func_type_comment(p: Parser): Token | null {
  const mark = p.mark;
  if (p.expect(T.NEWLINE) !== null) {
    const t = p.expect(T.TYPE_COMMENT);
    if (t !== null) {
      const m = p.mark;
      const ok = p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null;
      p.mark = m;
      if (ok) return t;
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_double_type_comments(p);
    p.mark = mark;
  }
  return p.expect(T.TYPE_COMMENT);
}
