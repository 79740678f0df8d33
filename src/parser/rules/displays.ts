// Displays and comprehensions: tuple, list, set and dict displays, the four comprehension
// forms and their `for ... in ... if ...` clauses. CPython: Grammar/python.gram, sections
// LITERALS (list/tuple/set), Dicts, Comprehensions & Generators.

import { T } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import {
  _List, _Tuple, _Set, _Dict, _ListComp, _SetComp, _GeneratorExp, _DictComp, _comprehension,
  type expr, type comprehension,
} from '../ast.generated.js';
import type { KeyValuePair } from '../actions.js';
import {
  star_named_expressions, star_named_expression, named_expression, assignment_expression, expression,
  disjunction, bitwise_or,
} from './expressions.js';
import { star_targets } from './targets.js';
import {
  invalid_comprehension, invalid_dict_comprehension, invalid_double_starred_kvpairs, invalid_for_if_clause,
  invalid_for_target,
} from './invalid_expressions.js';

// list: '[' [star_named_expressions] ']'
export function list(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LSQB) === null) return null;
  const m = p.mark;
  let a = star_named_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RSQB) === null) {
    p.mark = mark;
    return null;
  }
  return _List(a ?? [], 'Load', s, p.lastNonWhitespaceToken());
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
export function tuple(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LPAR) === null) return null;
  let elts: expr[] = [];
  const m = p.mark;
  const y = star_named_expression(p);
  if (y !== null && p.expect(T.COMMA) !== null) {
    const m2 = p.mark;
    const z = star_named_expressions(p);
    if (z === null) p.mark = m2;
    elts = z !== null ? [y, ...z] : [y];
  } else {
    p.mark = m;
  }
  if (p.expect(T.RPAR) === null) {
    p.mark = mark;
    return null;
  }
  return _Tuple(elts, 'Load', s, p.lastNonWhitespaceToken());
}

// set: '{' star_named_expressions '}'
export function set(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) !== null) {
    const a = star_named_expressions(p);
    if (a !== null && p.expect(T.RBRACE) !== null) return _Set(a, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
export function dict(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) !== null) {
    const m = p.mark;
    const a = double_starred_kvpairs(p);
    if (a === null) p.mark = m;
    if (p.expect(T.RBRACE) !== null) {
      const pairs = a ?? [];
      return _Dict(pairs.map((kv) => kv.key), pairs.map((kv) => kv.value), s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    if (p.expect(T.LBRACE) !== null && invalid_double_starred_kvpairs(p) !== null && p.expect(T.RBRACE) !== null) {
      return null;
    }
    p.mark = mark;
  }
  return null;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
export function double_starred_kvpairs(p: Parser): KeyValuePair[] | null {
  const a = double_starred_kvpair(p);
  if (a === null) return null;
  const pairs = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = double_starred_kvpair(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    pairs.push(b);
  }
  p.expect(T.COMMA);
  return pairs;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
export function double_starred_kvpair(p: Parser): KeyValuePair | null {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) return { key: null, value: a };
  }
  p.mark = mark;
  const kv = kvpair(p);
  if (kv === null) p.mark = mark;
  return kv;
}

// kvpair: expression ':' expression
export function kvpair(p: Parser): KeyValuePair | null {
  const mark = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) return { key: a, value: b };
  }
  p.mark = mark;
  return null;
}

// for_if_clauses: for_if_clause+
export function for_if_clauses(p: Parser): comprehension[] | null {
  const first = for_if_clause(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    const c = for_if_clause(p);
    if (c === null) {
      p.mark = m;
      break;
    }
    out.push(c);
  }
  return out;
}

// for_if_clause:
//     | 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_if_clause | invalid_for_target
export function for_if_clause(p: Parser): comprehension | null {
  const mark = p.mark;
  const isAsync = p.at(Kw.Async);
  if (isAsync) p.mark++;
  if (p.expect(Kw.For) !== null) {
    const a = star_targets(p);
    if (a !== null && p.expect(Kw.In) !== null) {
      // Cut: after 'in' no other alternative is tried.
      const b = disjunction(p);
      if (b === null) {
        p.mark = mark;
        return null;
      }
      const ifs: expr[] = [];
      for (;;) {
        const m = p.mark;
        if (p.expect(Kw.If) === null) break;
        const z = disjunction(p);
        if (z === null) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      const c = _comprehension(a, b, ifs, isAsync ? 1 : 0);
      return isAsync ? p.checkVersion(6, 'Async comprehensions are', c) : c;
    }
  }
  // Failed before the cut; the other of the two first alternatives cannot match here.
  p.mark = mark;
  if (p.callInvalidRules) {
    if (invalid_for_if_clause(p) !== null) return null;
    p.mark = mark;
    if (invalid_for_target(p) !== null) return null;
    p.mark = mark;
  }
  return null;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
export function listcomp(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LSQB) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RSQB) !== null) return _ListComp(a, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = mark;
  }
  return null;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
export function setcomp(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null) return _SetComp(a, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = mark;
  }
  return null;
}

// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
export function genexp(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LPAR) !== null) {
    const m = p.mark;
    let a = assignment_expression(p);
    if (a === null) {
      p.mark = m;
      a = expression(p);
      if (a !== null && p.at(T.COLONEQUAL)) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RPAR) !== null) return _GeneratorExp(a, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = mark;
  }
  return null;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
export function dictcomp(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) !== null) {
    const a = kvpair(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null) {
        return _DictComp(a.key!, a.value, b, s, p.lastNonWhitespaceToken());
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_dict_comprehension(p);
    p.mark = mark;
  }
  return null;
}
