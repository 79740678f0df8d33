// The error-pass rules for f-strings and t-strings: malformed replacement fields, conversions,
// and mixing t-strings with other literals. CPython: Grammar/python.gram, INVALID RULES
// (invalid_fstring_replacement_field ... invalid_string_tstring_concat).

import { T } from '../token.js';
import type { Parser } from '../pegen.js';
import type { expr } from '../ast.generated.js';
import { annotated_rhs } from './statements.js';
import { fstringOrStringPlus, fstring, tstring, fstringFormatSpecItem } from './strings.js';
import { constantFromString } from '../string_actions.js';

/** invalid_fstring_replacement_field and invalid_tstring_replacement_field ('f' or 't' in messages). */
function invalidReplacementField(p: Parser, prefix: 'f' | 't'): unknown {
  const mark = p.mark;
  if (p.expect(T.LBRACE) === null) return null;
  const afterBrace = p.mark;
  const first = p.peek();
  const what = first.type === T.EQUAL ? '=' : first.type === T.EXCLAMATION ? '!'
    : first.type === T.COLON ? ':' : first.type === T.RBRACE ? '}' : null;
  if (what !== null) p.raiseKnownLocation(first, `${prefix}-string: valid expression required before '${what}'`);
  if (annotated_rhs(p) === null) {
    p.mark = afterBrace;
    p.raiseOnNextToken(`${prefix}-string: expecting a valid expression after '{'`);
  }
  let ty = p.peek().type;
  if (ty !== T.EQUAL && ty !== T.EXCLAMATION && ty !== T.COLON && ty !== T.RBRACE) {
    p.raiseOnNextToken(`${prefix}-string: expecting '=', or '!', or ':', or '}'`);
  }
  if (p.expect(T.EQUAL) !== null) {
    ty = p.peek().type;
    if (ty !== T.EXCLAMATION && ty !== T.COLON && ty !== T.RBRACE) {
      p.raiseOnNextToken(`${prefix}-string: expecting '!', or ':', or '}'`);
    }
  }
  const afterDebug = p.mark;
  invalidConversionCharacter(p, prefix);
  p.mark = afterDebug;
  const m = p.mark;
  if (p.expect(T.EXCLAMATION) === null || p.expect(T.NAME) === null) p.mark = m;
  ty = p.peek().type;
  if (ty !== T.COLON && ty !== T.RBRACE) p.raiseOnNextToken(`${prefix}-string: expecting ':' or '}'`);
  const afterConversion = p.mark;
  if (p.expect(T.COLON) !== null) {
    for (;;) {
      const s = p.mark;
      if (fstringFormatSpecItem(p) === null) {
        p.mark = s;
        break;
      }
    }
    if (!p.at(T.RBRACE)) p.raiseOnNextToken(`${prefix}-string: expecting '}', or format specs`);
  }
  p.mark = afterConversion;
  if (!p.at(T.RBRACE)) p.raiseOnNextToken(`${prefix}-string: expecting '}'`);
  p.mark = mark;
  return null;
}

// invalid_fstring_conversion_character: '!' &(':' | '}') | '!' !NAME
function invalidConversionCharacter(p: Parser, prefix: 'f' | 't'): void {
  if (p.expect(T.EXCLAMATION) === null) return;
  if (p.at(T.COLON) || p.at(T.RBRACE)) p.raiseOnNextToken(`${prefix}-string: missing conversion character`);
  if (!p.at(T.NAME)) p.raiseOnNextToken(`${prefix}-string: invalid conversion character`);
}

export function invalid_fstring_replacement_field(p: Parser): unknown {
  return invalidReplacementField(p, 'f');
}

export function invalid_tstring_replacement_field(p: Parser): unknown {
  return invalidReplacementField(p, 't');
}

// invalid_string_tstring_concat: (fstring|string)+ tstring | tstring+ (fstring|string)
export function invalid_string_tstring_concat(p: Parser): unknown {
  const mark = p.mark;
  const a = fstringOrStringPlus(p);
  if (a !== null) {
    const b = tstring(p);
    if (b !== null) p.raiseKnownRange(a[a.length - 1]!, b, 'cannot mix t-string literals with string or bytes literals');
  }
  p.mark = mark;
  const ts: expr[] = [];
  for (;;) {
    const s = p.mark;
    const t = tstring(p);
    if (t === null) {
      p.mark = s;
      break;
    }
    ts.push(t);
  }
  if (ts.length > 0) {
    const t = p.peek();
    let b: expr | null = null;
    if (t.type === T.FSTRING_START) b = fstring(p);
    else if (t.type === T.STRING) {
      p.mark++;
      b = constantFromString(p, t);
    }
    if (b !== null) p.raiseKnownRange(ts[ts.length - 1]!, b, 'cannot mix t-string literals with string or bytes literals');
  }
  p.mark = mark;
  return null;
}
