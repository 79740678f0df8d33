// PEP 695/696 type parameters and `type` aliases. CPython: Grammar/python.gram, Type statement
// and Type parameter declaration.

import { T } from '../token.js';
import type { Parser } from '../pegen.js';
import { _TypeAlias, _TypeVar, _TypeVarTuple, _ParamSpec, type stmt, type expr, type type_param } from '../ast.generated.js';
import { setExprContext } from '../actions.js';
import { M } from './memo.js';
import { expression, star_expression } from './expressions.js';
import { invalid_type_params, invalid_type_param } from './invalid_params.js';

// type_alias: "type" NAME [type_params] '=' expression
export function type_alias(p: Parser): stmt | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expectSoftKeyword('type') !== null) {
    const n = p.nameToken();
    if (n !== null) {
      const m = p.mark;
      const t = type_params(p);
      if (t === null) p.mark = m;
      if (p.expect(T.EQUAL) !== null) {
        const b = expression(p);
        if (b !== null) {
          return p.checkVersion(12, 'Type statement is',
            _TypeAlias(setExprContext(n, 'Store'), t ?? [], b, s, p.lastNonWhitespaceToken()));
        }
      }
    }
  }
  p.mark = mark;
  return null;
}

// type_params: invalid_type_params | '[' type_param_seq ']'
export function type_params(p: Parser): type_param[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_type_params(p);
    p.mark = mark;
  }
  if (p.expect(T.LSQB) !== null) {
    const t = type_param_seq(p);
    if (t !== null && p.expect(T.RSQB) !== null) return p.checkVersion(12, 'Type parameter lists are', t);
  }
  p.mark = mark;
  return null;
}

// type_param_seq: ','.type_param+ [',']
function type_param_seq(p: Parser): type_param[] | null {
  const first = type_param(p);
  if (first === null) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = type_param(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(T.COMMA);
  return out;
}

// type_param (memo):
//     | NAME [type_param_bound] [type_param_default]
//     | invalid_type_param
//     | '*' NAME [type_param_starred_default]
//     | '**' NAME [type_param_default]
function type_param(p: Parser): type_param | null {
  const memo = p.memoLookup(M.type_param);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as type_param | null;
  }
  const mark = p.mark;
  const r = typeParamRaw(p, mark);
  if (r === null) p.mark = mark;
  p.memoInsert(mark, M.type_param, r);
  return r;
}

function typeParamRaw(p: Parser, mark: number): type_param | null {
  const s = p.tokens[mark]!;
  const a = p.nameToken();
  if (a !== null) {
    const b = optionalPrefixed(p, T.COLON, expression);
    const c = optionalDefault(p, expression);
    return _TypeVar((a as { id: string }).id, b, c, s, p.lastNonWhitespaceToken());
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_type_param(p);
    p.mark = mark;
  }
  if (p.expect(T.STAR) !== null) {
    const n = p.nameToken();
    if (n !== null) {
      const b = optionalDefault(p, star_expression);
      return _TypeVarTuple((n as { id: string }).id, b, s, p.lastNonWhitespaceToken());
    }
  }
  p.mark = mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const n = p.nameToken();
    if (n !== null) {
      const b = optionalDefault(p, expression);
      return _ParamSpec((n as { id: string }).id, b, s, p.lastNonWhitespaceToken());
    }
  }
  return null;
}

/** [tok rule] */
function optionalPrefixed(p: Parser, tok: number, rule: (p: Parser) => expr | null): expr | null {
  const m = p.mark;
  if (p.expect(tok) !== null) {
    const e = rule(p);
    if (e !== null) return e;
  }
  p.mark = m;
  return null;
}

// type_param_default: '=' expression      type_param_starred_default: '=' star_expression
function optionalDefault(p: Parser, rule: (p: Parser) => expr | null): expr | null {
  const e = optionalPrefixed(p, T.EQUAL, rule);
  return e === null ? null : p.checkVersion(13, 'Type parameter defaults are', e);
}
