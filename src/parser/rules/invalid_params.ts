// The error-pass rules for `def` and `lambda` parameter lists and for type parameters.
// CPython: Grammar/python.gram, INVALID RULES (invalid_parameters ... invalid_type_params).

import { T } from '../token.js';
import type { Parser } from '../pegen.js';
import { expression } from './expressions.js';
import {
  Style, many, slash_no_default, slash_with_default, param_no_default, param_with_default, param_maybe_default, param,
} from './params.js';

// invalid_parameters / invalid_lambda_parameters:
//     | "/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* '/'
//     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
//     | param_no_default* '(' param_no_default+ ','? ')'          (lambda: ','.lambda_param+)
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//       param_maybe_default* '/'
//     | param_maybe_default+ '/' '*'
function invalidParameters(p: Parser, style: Style): unknown {
  const mark = p.mark;
  const slash = p.expect(T.SLASH);
  if (slash !== null && p.expect(T.COMMA) !== null) p.raiseKnownLocation(slash, 'at least one argument must precede /');
  p.mark = mark;

  if (slashEither(p, style)) {
    many(p, param_maybe_default, style);
    const a = p.expect(T.SLASH);
    if (a !== null) p.raiseKnownLocation(a, '/ may appear only once');
  }
  p.mark = mark;

  {
    const m = p.mark;
    if (slash_no_default(p, style) === null) p.mark = m;
    many(p, param_no_default, style);
    if (parametersHelper(p, style)) {
      const a = param_no_default(p, style);
      if (a !== null) p.raiseKnownLocation(a, 'parameter without a default follows parameter with a default');
    }
  }
  p.mark = mark;

  {
    many(p, param_no_default, style);
    const a = p.expect(T.LPAR);
    if (a !== null) {
      const inner = style === Style.Def
        ? many(p, param_no_default, style).length > 0
        : lambdaParamList(p);
      if (inner) {
        p.expect(T.COMMA);
        const b = p.expect(T.RPAR);
        if (b !== null) {
          p.raiseKnownRange(a, b, style === Style.Def
            ? 'Function parameters cannot be parenthesized'
            : 'Lambda expression parameters cannot be parenthesized');
        }
      }
    }
  }
  p.mark = mark;

  {
    if (!slashEither(p, style)) p.mark = mark;
    many(p, param_maybe_default, style);
    if (p.expect(T.STAR) !== null && paramNoDefaultOrComma(p, style)) {
      many(p, param_maybe_default, style);
      const a = p.expect(T.SLASH);
      if (a !== null) p.raiseKnownLocation(a, '/ must be ahead of *');
    }
  }
  p.mark = mark;

  if (many(p, param_maybe_default, style).length > 0 && p.expect(T.SLASH) !== null) {
    const a = p.expect(T.STAR);
    if (a !== null) p.raiseKnownLocation(a, 'expected comma between / and *');
  }
  p.mark = mark;
  return null;
}

/** ','.lambda_param+ (the parenthesised-lambda-parameters check). */
function lambdaParamList(p: Parser): boolean {
  if (param(p, Style.Lambda) === null) return false;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null || param(p, Style.Lambda) === null) {
      p.mark = m;
      return true;
    }
  }
}

/** (slash_no_default | slash_with_default) */
function slashEither(p: Parser, style: Style): boolean {
  const mark = p.mark;
  if (slash_no_default(p, style) !== null) return true;
  p.mark = mark;
  if (slash_with_default(p, style) !== null) return true;
  p.mark = mark;
  return false;
}

// invalid_parameters_helper: slash_with_default | param_with_default+
function parametersHelper(p: Parser, style: Style): boolean {
  const mark = p.mark;
  if (slash_with_default(p, style) !== null) return true;
  p.mark = mark;
  return many(p, param_with_default, style).length > 0;
}

export function invalid_parameters(p: Parser): unknown {
  return invalidParameters(p, Style.Def);
}

export function invalid_lambda_parameters(p: Parser): unknown {
  return invalidParameters(p, Style.Lambda);
}

// invalid_default: '=' &(')'|',')
export function invalid_default(p: Parser): unknown {
  const mark = p.mark;
  const a = p.expect(T.EQUAL);
  if (a !== null && (p.at(T.RPAR) || p.at(T.COMMA))) p.raiseKnownLocation(a, 'expected default value expression');
  p.mark = mark;
  return null;
}

// invalid_star_etc:
//     | '*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param '='
//     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**'))
//     | '*' lambda_param '='
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* '*' (lambda_param_no_default | ',')
function invalidStarEtc(p: Parser, style: Style): unknown {
  const mark = p.mark;
  const a = p.expect(T.STAR);
  if (a === null) return null;
  const close = style === Style.Def ? T.RPAR : T.COLON;
  const afterStar = p.mark;
  if (p.at(close) || (p.expect(T.COMMA) !== null && (p.at(close) || p.at(T.DOUBLESTAR)))) {
    if (style === Style.Def) p.raiseKnownLocation(a, 'named arguments must follow bare *');
    p.raiseSyntaxError('named arguments must follow bare *');
  }
  p.mark = afterStar;
  if (style === Style.Def && p.expect(T.COMMA) !== null && p.at(T.TYPE_COMMENT)) {
    p.raiseSyntaxError('bare * has associated type comment');
  }
  p.mark = afterStar;
  if (param(p, style) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, 'var-positional argument cannot have default value');
  }
  p.mark = afterStar;
  if (paramNoDefaultOrComma(p, style)) {
    many(p, param_maybe_default, style);
    const b = p.expect(T.STAR);
    if (b !== null && paramNoDefaultOrComma(p, style)) p.raiseKnownLocation(b, '* argument may appear only once');
  }
  p.mark = mark;
  return null;
}

/** (param_no_default | ',') */
function paramNoDefaultOrComma(p: Parser, style: Style): boolean {
  const m = p.mark;
  if (param_no_default(p, style) !== null) return true;
  p.mark = m;
  return p.expect(T.COMMA) !== null;
}

export function invalid_star_etc(p: Parser): unknown {
  return invalidStarEtc(p, Style.Def);
}

export function invalid_lambda_star_etc(p: Parser): unknown {
  return invalidStarEtc(p, Style.Lambda);
}

// invalid_kwds:
//     | '**' param '='
//     | '**' param ',' param
//     | '**' param ',' ('*'|'**'|'/')
function invalidKwds(p: Parser, style: Style): unknown {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null && param(p, style) !== null) {
    const afterParam = p.mark;
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, 'var-keyword argument cannot have default value');
    p.mark = afterParam;
    if (p.expect(T.COMMA) !== null) {
      const afterComma = p.mark;
      const a = param(p, style);
      if (a !== null) p.raiseKnownLocation(a, 'arguments cannot follow var-keyword argument');
      p.mark = afterComma;
      const t = p.peek();
      if (t.type === T.STAR || t.type === T.DOUBLESTAR || t.type === T.SLASH) {
        p.raiseKnownLocation(t, 'arguments cannot follow var-keyword argument');
      }
    }
  }
  p.mark = mark;
  return null;
}

export function invalid_kwds(p: Parser): unknown {
  return invalidKwds(p, Style.Def);
}

export function invalid_lambda_kwds(p: Parser): unknown {
  return invalidKwds(p, Style.Lambda);
}

// invalid_type_param:
//     | '*' NAME ':' expression
//     | '**' NAME ':' expression
export function invalid_type_param(p: Parser): unknown {
  const mark = p.mark;
  const star = p.peek().type;
  if (star === T.STAR || star === T.DOUBLESTAR) {
    p.mark++;
    if (p.expect(T.NAME) !== null) {
      const colon = p.expect(T.COLON);
      if (colon !== null) {
        const e = expression(p);
        if (e !== null) {
          const kind = star === T.STAR ? 'TypeVarTuple' : 'ParamSpec';
          p.raiseStartingFrom(colon, e._kind === 'Tuple'
            ? `cannot use constraints with ${kind}` : `cannot use bound with ${kind}`);
        }
      }
    }
  }
  p.mark = mark;
  return null;
}

// invalid_type_params: '[' ']'
export function invalid_type_params(p: Parser): unknown {
  const mark = p.mark;
  if (p.expect(T.LSQB) !== null) {
    const token = p.expect(T.RSQB);
    if (token !== null) p.raiseStartingFrom(token, 'Type parameter list cannot be empty');
  }
  p.mark = mark;
  return null;
}
