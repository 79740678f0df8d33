// The match statement and its patterns (PEP 634). CPython: Grammar/python.gram, Match statement.

import { T } from '../token.js';
import { Kw } from '../keywords.js';
import type { Parser } from '../pegen.js';
import {
  _Match, _Tuple, _match_case, _MatchSequence, _MatchAs, _MatchOr, _MatchValue, _MatchSingleton, _MatchStar,
  _MatchMapping, _MatchClass, _BinOp, _UnaryOp, _Constant, _Attribute,
  type stmt, type expr, type pattern as Pattern, type match_case,
} from '../ast.generated.js';
import { setExprContext, ensureReal, ensureImaginary, type KeyPatternPair } from '../actions.js';
import { M } from './memo.js';
import { star_named_expression, star_named_expressions, named_expression } from './expressions.js';
import { strings } from './strings.js';
import { number } from './atoms.js';
import { block } from './compound.js';
import {
  invalid_match_stmt, invalid_case_block, invalid_as_pattern, invalid_class_pattern,
} from './invalid_statements.js';

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
export function match_stmt(p: Parser): stmt | null {
  const mark = p.mark;
  const s = p.peek();
  if (s.type !== T.NAME || s.string !== 'match') return null;
  p.mark++;
  const subject = subject_expr(p);
  if (subject !== null && p.expect(T.COLON) !== null && p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    const cases: match_case[] = [];
    for (;;) {
      const m = p.mark;
      const c = case_block(p);
      if (c === null) {
        p.mark = m;
        break;
      }
      cases.push(c);
    }
    if (cases.length > 0 && p.expect(T.DEDENT) !== null) {
      return p.checkVersion(10, 'Pattern matching is', _Match(subject, cases, s, p.lastNonWhitespaceToken()));
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_match_stmt(p);
    p.mark = mark;
  }
  return null;
}

// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
export function subject_expr(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const value = star_named_expression(p);
  if (value !== null && p.expect(T.COMMA) !== null) {
    const m = p.mark;
    const values = star_named_expressions(p);
    if (values === null) p.mark = m;
    return _Tuple(values !== null ? [value, ...values] : [value], 'Load', s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  const n = named_expression(p);
  if (n === null) p.mark = mark;
  return n;
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
function case_block(p: Parser): match_case | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_case_block(p);
    p.mark = mark;
  }
  if (p.expectSoftKeyword('case') !== null) {
    const pat = patterns(p);
    if (pat !== null) {
      const g = guard(p);
      if (p.expect(T.COLON) !== null) {
        const body = block(p);
        if (body !== null) return _match_case(pat, g, body);
      }
    }
  }
  p.mark = mark;
  return null;
}

// guard: 'if' named_expression   (optional where used)
export function guard(p: Parser): expr | null {
  const m = p.mark;
  if (p.expect(Kw.If) !== null) {
    const g = named_expression(p);
    if (g !== null) return g;
  }
  p.mark = m;
  return null;
}

// patterns: open_sequence_pattern | pattern
export function patterns(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  const seq = open_sequence_pattern(p);
  if (seq !== null) return _MatchSequence(seq, s, p.lastNonWhitespaceToken());
  p.mark = mark;
  const pat = pattern(p);
  if (pat === null) p.mark = mark;
  return pat;
}

// pattern: as_pattern | or_pattern
export function pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const a = as_pattern(p);
  if (a !== null) return a;
  p.mark = mark;
  const o = or_pattern(p);
  if (o === null) p.mark = mark;
  return o;
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
function as_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  const pat = or_pattern(p);
  if (pat !== null && p.expect(Kw.As) !== null) {
    const target = pattern_capture_target(p);
    if (target !== null) return _MatchAs(pat, (target as { id: string }).id, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_as_pattern(p);
    p.mark = mark;
  }
  return null;
}

// or_pattern: '|'.closed_pattern+
export function or_pattern(p: Parser): Pattern | null {
  const s = p.peek();
  const first = closed_pattern(p);
  if (first === null) return null;
  const pats = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.VBAR) === null) break;
    const b = closed_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    pats.push(b);
  }
  return pats.length === 1 ? first : _MatchOr(pats, s, p.lastNonWhitespaceToken());
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
//     | sequence_pattern | mapping_pattern | class_pattern
function closed_pattern(p: Parser): Pattern | null {
  const memo = p.memoLookup(M.closed_pattern);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as Pattern | null;
  }
  const mark = p.mark;
  p.enter();
  let r: Pattern | null = null;
  for (const rule of CLOSED_PATTERNS) {
    r = rule(p);
    if (r !== null) break;
    p.mark = mark;
  }
  p.leave();
  p.memoInsert(mark, M.closed_pattern, r);
  return r;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literal_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  if (s.type === Kw.None || s.type === Kw.True || s.type === Kw.False) {
    p.mark++;
    return _MatchSingleton(s.type === Kw.None ? null : s.type === Kw.True, s, s);
  }
  const v = literal_value(p);
  if (v === null) {
    p.mark = mark;
    return null;
  }
  return _MatchValue(v, s, p.lastNonWhitespaceToken());
}

/** The value alternatives shared by literal_pattern and literal_expr. */
function literal_value(p: Parser): expr | null {
  const mark = p.mark;
  const n = signed_number(p);
  if (n !== null && !p.at(T.PLUS) && !p.at(T.MINUS)) return n;
  p.mark = mark;
  const c = complex_number(p);
  if (c !== null) return c;
  p.mark = mark;
  const ty = p.peek().type;
  if (ty === T.STRING || ty === T.FSTRING_START || ty === T.TSTRING_START) {
    const st = strings(p);
    if (st !== null) return st;
  }
  p.mark = mark;
  return null;
}

// literal_expr: signed_number !('+' | '-') | complex_number | &(STRING...) strings | 'None' | 'True' | 'False'
function literal_expr(p: Parser): expr | null {
  const s = p.peek();
  if (s.type === Kw.None || s.type === Kw.True || s.type === Kw.False) {
    p.mark++;
    return _Constant(s.type === Kw.None ? null : s.type === Kw.True, null, s, s);
  }
  return literal_value(p);
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complex_number(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const real = signed_real_number(p);
  if (real !== null) {
    const op = p.peek().type;
    if (op === T.PLUS || op === T.MINUS) {
      p.mark++;
      const imag = number(p);
      if (imag !== null) {
        return _BinOp(real, op === T.PLUS ? 'Add' : 'Sub', ensureImaginary(p, imag), s, p.lastNonWhitespaceToken());
      }
    }
  }
  p.mark = mark;
  return null;
}

// signed_number: NUMBER | '-' NUMBER
function signed_number(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const n = number(p);
  if (n !== null) return n;
  if (p.expect(T.MINUS) !== null) {
    const m = number(p);
    if (m !== null) return _UnaryOp('USub', m, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// signed_real_number: real_number | '-' real_number
function signed_real_number(p: Parser): expr | null {
  const mark = p.mark;
  const s = p.peek();
  const n = number(p);
  if (n !== null) return ensureReal(p, n);
  if (p.expect(T.MINUS) !== null) {
    const m = number(p);
    if (m !== null) return _UnaryOp('USub', ensureReal(p, m), s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// capture_pattern: pattern_capture_target
function capture_pattern(p: Parser): Pattern | null {
  const s = p.peek();
  const target = pattern_capture_target(p);
  return target === null ? null : _MatchAs(null, (target as { id: string }).id, s, p.lastNonWhitespaceToken());
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
function pattern_capture_target(p: Parser): expr | null {
  const mark = p.mark;
  if (p.atSoftKeyword('_')) return null;
  const name = p.nameToken();
  if (name === null) return null;
  const ty = p.peek().type;
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) {
    p.mark = mark;
    return null;
  }
  return setExprContext(name, 'Store');
}

// wildcard_pattern: "_"
function wildcard_pattern(p: Parser): Pattern | null {
  const s = p.peek();
  if (p.expectSoftKeyword('_') === null) return null;
  return _MatchAs(null, null, s, s);
}

// value_pattern: attr !('.' | '(' | '=')
function value_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  const a = attr(p);
  if (a === null) return null;
  const ty = p.peek().type;
  if (ty === T.DOT || ty === T.LPAR || ty === T.EQUAL) {
    p.mark = mark;
    return null;
  }
  return _MatchValue(a, s, p.lastNonWhitespaceToken());
}

// attr: name_or_attr '.' NAME   (left-recursive with name_or_attr: attr | NAME)
function attr(p: Parser): expr | null {
  const memo = p.memoLookup(M.attr);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let a: expr | null = p.nameToken();
  let dotted = false;
  if (a !== null) {
    for (;;) {
      const m = p.mark;
      if (p.expect(T.DOT) === null) break;
      const b = p.nameToken();
      if (b === null) {
        p.mark = m;
        break;
      }
      a = _Attribute(a!, (b as { id: string }).id, 'Load', s, p.lastNonWhitespaceToken());
      dotted = true;
    }
  }
  if (!dotted) {
    a = null;
    p.mark = mark;
  }
  p.memoInsert(mark, M.attr, a);
  return a;
}

// name_or_attr: attr | NAME
function name_or_attr(p: Parser): expr | null {
  const mark = p.mark;
  const a = attr(p);
  if (a !== null) return a;
  p.mark = mark;
  return p.nameToken();
}

// group_pattern: '(' pattern ')'
function group_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const pat = pattern(p);
    if (pat !== null && p.expect(T.RPAR) !== null) return pat;
  }
  p.mark = mark;
  return null;
}

// sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
function sequence_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LSQB) !== null) {
    const m = p.mark;
    const pats = maybe_sequence_pattern(p);
    if (pats === null) p.mark = m;
    if (p.expect(T.RSQB) !== null) return _MatchSequence(pats ?? [], s, p.lastNonWhitespaceToken());
    p.mark = mark;
    return null;
  }
  if (p.expect(T.LPAR) !== null) {
    const m = p.mark;
    const pats = open_sequence_pattern(p);
    if (pats === null) p.mark = m;
    if (p.expect(T.RPAR) !== null) return _MatchSequence(pats ?? [], s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  return null;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function open_sequence_pattern(p: Parser): Pattern[] | null {
  const mark = p.mark;
  const first = maybe_star_pattern(p);
  if (first !== null && p.expect(T.COMMA) !== null) {
    const m = p.mark;
    const rest = maybe_sequence_pattern(p);
    if (rest === null) p.mark = m;
    return rest !== null ? [first, ...rest] : [first];
  }
  p.mark = mark;
  return null;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
function maybe_sequence_pattern(p: Parser): Pattern[] | null {
  const first = maybe_star_pattern(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = maybe_star_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(T.COMMA);
  return out;
}

// maybe_star_pattern: star_pattern | pattern
function maybe_star_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const a = star_pattern(p);
  if (a !== null) return a;
  p.mark = mark;
  const b = pattern(p);
  if (b === null) p.mark = mark;
  return b;
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
function star_pattern(p: Parser): Pattern | null {
  const memo = p.memoLookup(M.star_pattern);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as Pattern | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let r: Pattern | null = null;
  if (p.expect(T.STAR) !== null) {
    const m = p.mark;
    const target = pattern_capture_target(p);
    if (target !== null) {
      r = _MatchStar((target as { id: string }).id, s, p.lastNonWhitespaceToken());
    } else {
      p.mark = m;
      if (wildcard_pattern(p) !== null) r = _MatchStar(null, s, p.lastNonWhitespaceToken());
    }
  }
  if (r === null) p.mark = mark;
  p.memoInsert(mark, M.star_pattern, r);
  return r;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
function mapping_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) === null) return null;
  if (p.expect(T.RBRACE) !== null) return _MatchMapping([], [], null, s, p.lastNonWhitespaceToken());
  const afterBrace = p.mark;
  const rest = double_star_pattern(p);
  if (rest !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) return _MatchMapping([], [], rest, s, p.lastNonWhitespaceToken());
  }
  p.mark = afterBrace;
  const items = items_pattern(p);
  if (items !== null) {
    const afterItems = p.mark;
    if (p.expect(T.COMMA) !== null) {
      const r = double_star_pattern(p);
      if (r !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RBRACE) !== null) {
          return _MatchMapping(items.map((i) => i.key), items.map((i) => i.pattern), r, s, p.lastNonWhitespaceToken());
        }
      }
    }
    p.mark = afterItems;
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) {
      return _MatchMapping(items.map((i) => i.key), items.map((i) => i.pattern), null, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  return null;
}

// items_pattern: ','.key_value_pattern+
function items_pattern(p: Parser): KeyPatternPair[] | null {
  const first = key_value_pattern(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = key_value_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
function key_value_pattern(p: Parser): KeyPatternPair | null {
  const mark = p.mark;
  let key = literal_expr(p);
  if (key === null) {
    p.mark = mark;
    key = attr(p);
  }
  if (key !== null && p.expect(T.COLON) !== null) {
    const pat = pattern(p);
    if (pat !== null) return { key, pattern: pat };
  }
  p.mark = mark;
  return null;
}

// double_star_pattern: '**' pattern_capture_target
function double_star_pattern(p: Parser): string | null {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const t = pattern_capture_target(p);
    if (t !== null) return (t as { id: string }).id;
  }
  p.mark = mark;
  return null;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function class_pattern(p: Parser): Pattern | null {
  const mark = p.mark;
  const s = p.peek();
  const cls = name_or_attr(p);
  if (cls !== null && p.expect(T.LPAR) !== null) {
    const afterParen = p.mark;
    if (p.expect(T.RPAR) !== null) return _MatchClass(cls, [], [], [], s, p.lastNonWhitespaceToken());
    const positional = commaPatterns(p, pattern);
    if (positional !== null) {
      const afterPos = p.mark;
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return _MatchClass(cls, positional, [], [], s, p.lastNonWhitespaceToken());
      p.mark = afterPos;
    }
    p.mark = afterParen;
    const kws = commaPatterns(p, keyword_pattern);
    if (kws !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) {
        return _MatchClass(cls, [], kws.map((k) => (k.key as { id: string }).id), kws.map((k) => k.pattern),
          s, p.lastNonWhitespaceToken());
      }
    }
    p.mark = afterParen;
    const pos2 = commaPatterns(p, pattern);
    if (pos2 !== null && p.expect(T.COMMA) !== null) {
      const kws2 = commaPatterns(p, keyword_pattern);
      if (kws2 !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) !== null) {
          return _MatchClass(cls, pos2, kws2.map((k) => (k.key as { id: string }).id), kws2.map((k) => k.pattern),
            s, p.lastNonWhitespaceToken());
        }
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_class_pattern(p);
    p.mark = mark;
  }
  return null;
}

/** positional_patterns: ','.pattern+    keyword_patterns: ','.keyword_pattern+ */
export function commaPatterns<R>(p: Parser, elem: (p: Parser) => R | null): R[] | null {
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

// keyword_pattern: NAME '=' pattern
export function keyword_pattern(p: Parser): KeyPatternPair | null {
  const mark = p.mark;
  const arg = p.nameToken();
  if (arg !== null && p.expect(T.EQUAL) !== null) {
    const value = pattern(p);
    if (value !== null) return { key: arg, pattern: value };
  }
  p.mark = mark;
  return null;
}

export { name_or_attr, attr };

const CLOSED_PATTERNS: ReadonlyArray<(p: Parser) => Pattern | null> = [
  literal_pattern, capture_pattern, wildcard_pattern, value_pattern, group_pattern, sequence_pattern,
  mapping_pattern, class_pattern,
];
