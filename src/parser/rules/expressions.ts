// Expression rules, from `expressions` down to `primary`: conditional expressions, boolean
// operators, comparisons, binary and unary operators, await, attribute/call/subscript chains.
// CPython: Grammar/python.gram, section EXPRESSIONS. Left-recursive rules are written as loops
// that build the same left-leaning trees and look at the same tokens as pegen's seed growing.

import { T } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import {
  _Tuple, _IfExp, _Yield, _YieldFrom, _Starred, _NamedExpr, _BoolOp, _UnaryOp, _Compare, _BinOp,
  _Await, _Attribute, _Call, _Subscript, _Slice,
  type expr, type cmpop, type operator,
} from '../ast.generated.js';
import { setExprContext, type CmpopExprPair, checkBarryAsFlufl } from '../actions.js';
import { M } from './memo.js';
import { atom } from './atoms.js';
import { genexp } from './displays.js';
import { arguments_, starred_expression } from './arguments.js';
import { lambdef } from './lambda.js';
import {
  invalid_expression, invalid_legacy_expression, invalid_named_expression, invalid_arithmetic, invalid_factor,
} from './invalid_expressions.js';

// expressions: expression (',' expression)+ [','] | expression ',' | expression
export function expressions(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = expression(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  if (elts.length > 1) {
    p.expect(T.COMMA);
  } else if (p.expect(T.COMMA) === null) {
    return a;
  }
  return _Tuple(elts, 'Load', s, p.lastNonWhitespaceToken());
}

// expression (memo):
//     | invalid_expression | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
export function expression(p: Parser): expr | null {
  const memo = p.memoLookup(M.expression);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  p.enter();
  const r = expressionRaw(p, mark, p.callInvalidRules);
  p.leave();
  p.memoInsert(mark, M.expression, r);
  return r;
}

function expressionRaw(p: Parser, mark: number, invalid: boolean): expr | null {
  const s = p.tokens[mark]!;
  if (invalid) {
    // Both raise or fail; neither ever yields an expression.
    invalid_expression(p);
    p.mark = mark;
    invalid_legacy_expression(p);
    p.mark = mark;
  }
  const a = disjunction(p);
  if (a !== null) {
    const afterA = p.mark;
    if (p.expect(Kw.If) !== null) {
      const b = disjunction(p);
      if (b !== null && p.expect(Kw.Else) !== null) {
        const c = expression(p);
        if (c !== null) return _IfExp(b, a, c, s, p.lastNonWhitespaceToken());
      }
    }
    p.mark = afterA;
    return a;
  }
  p.mark = mark;
  const l = lambdef(p);
  if (l !== null) return l;
  p.mark = mark;
  return null;
}

/** expression with the invalid_* rules switched off underneath (expression_without_invalid). */
export function expression_without_invalid(p: Parser): expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const mark = p.mark;
    const s = p.peek();
    const a = disjunction(p);
    if (a !== null) {
      const afterA = p.mark;
      if (p.expect(Kw.If) !== null) {
        const b = disjunction(p);
        if (b !== null && p.expect(Kw.Else) !== null) {
          const c = expression(p);
          if (c !== null) return _IfExp(b, a, c, s, p.lastNonWhitespaceToken());
        }
      }
      p.mark = afterA;
      return a;
    }
    p.mark = mark;
    const l = lambdef(p);
    if (l !== null) return l;
    p.mark = mark;
    return null;
  } finally {
    p.callInvalidRules = saved;
  }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
export function yield_expr(p: Parser): expr | null {
  const s = p.peek();
  if (p.expect(Kw.Yield) === null) return null;
  const afterYield = p.mark;
  if (p.expect(Kw.From) !== null) {
    const a = expression(p);
    if (a !== null) return _YieldFrom(a, s, p.lastNonWhitespaceToken());
  }
  p.mark = afterYield;
  const a = star_expressions(p);
  if (a === null) p.mark = afterYield;
  return _Yield(a, s, p.lastNonWhitespaceToken());
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
export function star_expressions(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = star_expression(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  if (elts.length > 1) {
    p.expect(T.COMMA);
  } else if (p.expect(T.COMMA) === null) {
    return a;
  }
  return _Tuple(elts, 'Load', s, p.lastNonWhitespaceToken());
}

// star_expression (memo): '*' bitwise_or | expression
export function star_expression(p: Parser): expr | null {
  const memo = p.memoLookup(M.star_expression);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let r: expr | null = null;
  if (p.expect(T.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) r = _Starred(a, 'Load', s, p.lastNonWhitespaceToken());
  }
  if (r === null) {
    p.mark = mark;
    r = expression(p);
    if (r === null) p.mark = mark;
  }
  p.memoInsert(mark, M.star_expression, r);
  return r;
}

// star_named_expressions: ','.star_named_expression+ [',']
export function star_named_expressions(p: Parser): expr[] | null {
  const a = star_named_expression(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_named_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

// star_named_expression: '*' bitwise_or | named_expression
export function star_named_expression(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) return _Starred(a, 'Load', s, p.lastNonWhitespaceToken());
    p.mark = mark;
  }
  const n = named_expression(p);
  if (n === null) p.mark = mark;
  return n;
}

// assignment_expression: NAME ':=' ~ expression
export function assignment_expression(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = p.nameToken();
  if (a !== null && p.expect(T.COLONEQUAL) !== null) {
    const b = expression(p);
    if (b !== null) {
      return p.checkVersion(8, 'Assignment expressions are',
        _NamedExpr(setExprContext(a, 'Store'), b, s, p.lastNonWhitespaceToken()));
    }
  }
  p.mark = mark;
  return null;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
export function named_expression(p: Parser): expr | null {
  const mark = p.mark;
  const a = assignment_expression(p);
  if (a !== null) return a;
  p.mark = mark;
  if (p.callInvalidRules) {
    const i = invalid_named_expression(p);
    if (i !== null) return i;
    p.mark = mark;
  }
  const e = expression(p);
  if (e !== null && !p.at(T.COLONEQUAL)) return e;
  p.mark = mark;
  return null;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
export function disjunction(p: Parser): expr | null {
  const memo = p.memoLookup(M.disjunction);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let r = conjunction(p);
  if (r !== null && p.at(Kw.Or)) {
    const values = [r];
    for (;;) {
      const m = p.mark;
      if (p.expect(Kw.Or) === null) break;
      const c = conjunction(p);
      if (c === null) {
        p.mark = m;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) r = _BoolOp('Or', values, s, p.lastNonWhitespaceToken());
  }
  if (r === null) p.mark = mark;
  p.leave();
  p.memoInsert(mark, M.disjunction, r);
  return r;
}

// conjunction (memo): inversion ('and' inversion)+ | inversion
export function conjunction(p: Parser): expr | null {
  const memo = p.memoLookup(M.conjunction);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let r = inversion(p);
  if (r !== null && p.at(Kw.And)) {
    const values = [r];
    for (;;) {
      const m = p.mark;
      if (p.expect(Kw.And) === null) break;
      const c = inversion(p);
      if (c === null) {
        p.mark = m;
        break;
      }
      values.push(c);
    }
    if (values.length > 1) r = _BoolOp('And', values, s, p.lastNonWhitespaceToken());
  }
  if (r === null) p.mark = mark;
  p.memoInsert(mark, M.conjunction, r);
  return r;
}

// inversion (memo): 'not' inversion | comparison
export function inversion(p: Parser): expr | null {
  const memo = p.memoLookup(M.inversion);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let r: expr | null = null;
  if (p.expect(Kw.Not) !== null) {
    const a = inversion(p);
    if (a !== null) r = _UnaryOp('Not', a, s, p.lastNonWhitespaceToken());
  }
  if (r === null) {
    p.mark = mark;
    r = comparison(p);
    if (r === null) p.mark = mark;
  }
  p.leave();
  p.memoInsert(mark, M.inversion, r);
  return r;
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
export function comparison(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = bitwise_or(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  let ops: cmpop[] | null = null;
  let comparators: expr[] | null = null;
  for (;;) {
    const m = p.mark;
    const pair = compare_op_bitwise_or_pair(p);
    if (pair === null) {
      p.mark = m;
      break;
    }
    if (ops === null) {
      ops = [];
      comparators = [];
    }
    ops.push(pair.cmpop);
    comparators!.push(pair.expr);
  }
  if (ops === null) return a;
  return _Compare(a, ops, comparators!, s, p.lastNonWhitespaceToken());
}

// compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | lte_bitwise_or | lt_bitwise_or
//     | gte_bitwise_or | gt_bitwise_or | notin_bitwise_or | in_bitwise_or | isnot_bitwise_or | is_bitwise_or
function compare_op_bitwise_or_pair(p: Parser): CmpopExprPair | null {
  const mark = p.mark;
  const t = p.peek();
  let op: cmpop;
  switch (t.type) {
    case T.EQEQUAL: op = 'Eq'; break;
    case T.NOTEQUAL:
      // noteq_bitwise_or: (tok='!=' { _PyPegen_check_barry_as_flufl(p, tok) ? NULL : tok }) bitwise_or
      if (!checkBarryAsFlufl(p, t)) return null;
      op = 'NotEq';
      break;
    case T.LESSEQUAL: op = 'LtE'; break;
    case T.LESS: op = 'Lt'; break;
    case T.GREATEREQUAL: op = 'GtE'; break;
    case T.GREATER: op = 'Gt'; break;
    case Kw.Not: {
      p.mark++;
      if (p.expect(Kw.In) === null) {
        p.mark = mark;
        return null;
      }
      const a = bitwise_or(p);
      if (a === null) {
        p.mark = mark;
        return null;
      }
      return { cmpop: 'NotIn', expr: a };
    }
    case Kw.In: op = 'In'; break;
    case Kw.Is: {
      p.mark++;
      if (p.expect(Kw.Not) !== null) {
        const a = bitwise_or(p);
        if (a !== null) return { cmpop: 'IsNot', expr: a };
        p.mark = mark + 1;
      }
      const a = bitwise_or(p);
      if (a === null) {
        p.mark = mark;
        return null;
      }
      return { cmpop: 'Is', expr: a };
    }
    default:
      return null;
  }
  p.mark++;
  const a = bitwise_or(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  return { cmpop: op, expr: a };
}

/** One left-recursive binary-operator level: `rule: rule op next | next` as a loop. */
function binaryLevel(p: Parser, memoId: number, next: (p: Parser) => expr | null,
  opOf: (type: number) => operator | null, invalid: ((p: Parser) => unknown) | null): expr | null {
  const memo = p.memoLookup(memoId);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  if (invalid !== null && p.callInvalidRules) {
    invalid(p);
    p.mark = mark;
  }
  let a = next(p);
  if (a === null) p.mark = mark;
  else {
    for (;;) {
      const m = p.mark;
      const t = p.peek();
      const op = opOf(t.type);
      if (op === null) break;
      p.mark++;
      const b = next(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      a = op === 'MatMult'
        ? p.checkVersion(5, "The '@' operator is", _BinOp(a, op, b, s, p.lastNonWhitespaceToken()))
        : _BinOp(a, op, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.leave();
  p.memoInsert(mark, memoId, a);
  return a;
}

const bitOrOp = (t: number): operator | null => (t === T.VBAR ? 'BitOr' : null);
const bitXorOp = (t: number): operator | null => (t === T.CIRCUMFLEX ? 'BitXor' : null);
const bitAndOp = (t: number): operator | null => (t === T.AMPER ? 'BitAnd' : null);
const shiftOp = (t: number): operator | null => (t === T.LEFTSHIFT ? 'LShift' : t === T.RIGHTSHIFT ? 'RShift' : null);
const sumOp = (t: number): operator | null => (t === T.PLUS ? 'Add' : t === T.MINUS ? 'Sub' : null);
function termOp(t: number): operator | null {
  switch (t) {
    case T.STAR: return 'Mult';
    case T.SLASH: return 'Div';
    case T.DOUBLESLASH: return 'FloorDiv';
    case T.PERCENT: return 'Mod';
    case T.AT: return 'MatMult';
    default: return null;
  }
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
export function bitwise_or(p: Parser): expr | null {
  return binaryLevel(p, M.bitwise_or, bitwise_xor, bitOrOp, null);
}
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
export function bitwise_xor(p: Parser): expr | null {
  return binaryLevel(p, M.bitwise_xor, bitwise_and, bitXorOp, null);
}
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
export function bitwise_and(p: Parser): expr | null {
  return binaryLevel(p, M.bitwise_and, shift_expr, bitAndOp, null);
}
// shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | invalid_arithmetic | sum
export function shift_expr(p: Parser): expr | null {
  return binaryLevel(p, M.shift_expr, sum, shiftOp, invalid_arithmetic);
}
// sum: sum '+' term | sum '-' term | term
export function sum(p: Parser): expr | null {
  return binaryLevel(p, M.sum, term, sumOp, null);
}
// term: term ('*'|'/'|'//'|'%'|'@') factor | invalid_factor | factor
export function term(p: Parser): expr | null {
  return binaryLevel(p, M.term, factor, termOp, invalid_factor);
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
export function factor(p: Parser): expr | null {
  const memo = p.memoLookup(M.factor);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let r: expr | null = null;
  const ty = s.type;
  if (ty === T.PLUS || ty === T.MINUS || ty === T.TILDE) {
    p.mark++;
    const a = factor(p);
    if (a !== null) {
      r = _UnaryOp(ty === T.PLUS ? 'UAdd' : ty === T.MINUS ? 'USub' : 'Invert', a, s, p.lastNonWhitespaceToken());
    } else {
      p.mark = mark;
    }
  }
  if (r === null) {
    r = power(p);
    if (r === null) p.mark = mark;
  }
  p.leave();
  p.memoInsert(mark, M.factor, r);
  return r;
}

// power: await_primary '**' factor | await_primary
export function power(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = await_primary(p);
  if (a === null) {
    p.mark = mark;
    return null;
  }
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = factor(p);
    if (b !== null) return _BinOp(a, 'Pow', b, s, p.lastNonWhitespaceToken());
  }
  p.mark = m;
  return a;
}

// await_primary (memo): 'await' primary | primary
export function await_primary(p: Parser): expr | null {
  const memo = p.memoLookup(M.await_primary);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let r: expr | null = null;
  if (s.type === Kw.Await) {
    p.mark++;
    const a = primary(p);
    if (a !== null) r = p.checkVersion(5, 'Await expressions are', _Await(a, s, p.lastNonWhitespaceToken()));
    else p.mark = mark;
  }
  if (r === null) {
    r = primary(p);
    if (r === null) p.mark = mark;
  }
  p.memoInsert(mark, M.await_primary, r);
  return r;
}

// primary:
//     | primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
export function primary(p: Parser): expr | null {
  const memo = p.memoLookup(M.primary);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  p.enter();
  let a = atom(p);
  if (a === null) p.mark = mark;
  else {
    for (;;) {
      const m = p.mark;
      const t = p.peek();
      if (t.type === T.DOT) {
        p.mark++;
        const b = p.nameToken();
        if (b !== null) {
          a = _Attribute(a, (b as { id: string }).id, 'Load', s, p.lastNonWhitespaceToken());
          continue;
        }
        p.mark = m;
        break;
      }
      // `primary genexp`: in the error pass genexp's invalid_comprehension also starts at '[' or '{'.
      if (t.type === T.LPAR || (p.callInvalidRules && (t.type === T.LSQB || t.type === T.LBRACE))) {
        const g = genexp(p);
        if (g !== null) {
          a = _Call(a, [g], [], s, p.lastNonWhitespaceToken());
          continue;
        }
        p.mark = m;
      }
      if (t.type === T.LPAR) {
        p.mark = m + 1;
        const b = arguments_(p);
        if (b === null) p.mark = m + 1;
        if (p.expect(T.RPAR) !== null) {
          a = _Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], s, p.lastNonWhitespaceToken());
          continue;
        }
        p.mark = m;
        break;
      }
      if (t.type === T.LSQB) {
        p.mark++;
        const b = slices(p);
        if (b !== null && p.expect(T.RSQB) !== null) {
          a = _Subscript(a, b, 'Load', s, p.lastNonWhitespaceToken());
          continue;
        }
        p.mark = m;
        break;
      }
      break;
    }
  }
  p.leave();
  p.memoInsert(mark, M.primary, a);
  return a;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
export function slices(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const a = slice(p);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = mark;
  const elts: expr[] = [];
  const first = sliceOrStarred(p);
  if (first === null) {
    p.mark = mark;
    return null;
  }
  elts.push(first);
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = sliceOrStarred(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return _Tuple(elts, 'Load', s, p.lastNonWhitespaceToken());
}

function sliceOrStarred(p: Parser): expr | null {
  const mark = p.mark;
  const a = slice(p);
  if (a !== null) return a;
  p.mark = mark;
  const b = starred_expression(p);
  if (b === null) p.mark = mark;
  return b;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
export function slice(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  let lower = expression(p);
  if (lower === null) p.mark = mark;
  if (p.expect(T.COLON) !== null) {
    const m1 = p.mark;
    const upper = expression(p);
    if (upper === null) p.mark = m1;
    let step: expr | null = null;
    const m2 = p.mark;
    if (p.expect(T.COLON) !== null) {
      const m3 = p.mark;
      step = expression(p);
      if (step === null) p.mark = m3;
    } else {
      p.mark = m2;
    }
    return _Slice(lower, upper, step, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  lower = named_expression(p);
  if (lower === null) p.mark = mark;
  return lower;
}
