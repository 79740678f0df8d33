// Parameter lists of `def` and `lambda`: positional-only, defaults, `*args`, keyword-only,
// `**kwargs`, annotations and type comments. The two grammars differ only in annotations,
// type comments and the closing token (')' or ':'), so one implementation serves both.
// CPython: Grammar/python.gram, Function parameters and Lambda functions.

import { T, type Token } from '../token.js';
import type { Parser } from '../pegen.js';
import { _arg, type arg, type arguments, type expr } from '../ast.generated.js';
import {
  makeArguments, addTypeCommentToArg, nameDefaultPair, type NameDefaultPair, type SlashWithDefault, type StarEtc,
} from '../actions.js';
import { expression, star_expression } from './expressions.js';
import {
  invalid_parameters, invalid_lambda_parameters, invalid_star_etc, invalid_lambda_star_etc, invalid_kwds,
  invalid_lambda_kwds, invalid_default,
} from './invalid_params.js';

/** Which grammar: `def` parameters (annotations, type comments, end at ')') or `lambda` (end at ':'). */
export const enum Style { Def, Lambda }

// params: invalid_parameters | parameters
export function params(p: Parser): arguments | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_parameters(p);
    p.mark = mark;
  }
  const r = parameters(p, Style.Def);
  if (r === null) p.mark = mark;
  return r;
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
export function lambda_params(p: Parser): arguments | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    invalid_lambda_parameters(p);
    p.mark = mark;
  }
  const r = parameters(p, Style.Lambda);
  if (r === null) p.mark = mark;
  return r;
}

/** Zero or more of `rule`. */
export function many<R>(p: Parser, rule: (p: Parser, style: Style) => R | null, style: Style): R[] {
  const out: R[] = [];
  for (;;) {
    const m = p.mark;
    const r = rule(p, style);
    if (r === null) {
      p.mark = m;
      return out;
    }
    out.push(r);
  }
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
export function parameters(p: Parser, style: Style): arguments | null {
  const mark = p.mark;
  const a = slash_no_default(p, style);
  if (a !== null) {
    const b = many(p, param_no_default, style);
    const c = many(p, param_with_default, style);
    const d = optionalStarEtc(p, style);
    return p.checkVersion(8, 'Positional-only parameters are', makeArguments(a, null, b, c, d));
  }
  p.mark = mark;
  const sw = slash_with_default(p, style);
  if (sw !== null) {
    const b = many(p, param_with_default, style);
    const c = optionalStarEtc(p, style);
    return p.checkVersion(8, 'Positional-only parameters are', makeArguments(null, sw, null, b, c));
  }
  p.mark = mark;
  const nd = many(p, param_no_default, style);
  if (nd.length > 0) {
    const b = many(p, param_with_default, style);
    const c = optionalStarEtc(p, style);
    return makeArguments(null, null, nd, b, c);
  }
  p.mark = mark;
  const wd = many(p, param_with_default, style);
  if (wd.length > 0) {
    const b = optionalStarEtc(p, style);
    return makeArguments(null, null, null, wd, b);
  }
  p.mark = mark;
  const se = star_etc(p, style);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = mark;
  return null;
}

function optionalStarEtc(p: Parser, style: Style): StarEtc | null {
  const m = p.mark;
  const r = star_etc(p, style);
  if (r === null) p.mark = m;
  return r;
}

/** ',' or &close after a parameter: the two forms every param_* rule has. */
function closeToken(style: Style): number {
  return style === Style.Def ? T.RPAR : T.COLON;
}

// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
export function slash_no_default(p: Parser, style: Style): arg[] | null {
  const mark = p.mark;
  const a = many(p, param_no_default, style);
  if (a.length > 0 && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(closeToken(style))) return a;
  }
  p.mark = mark;
  return null;
}

// slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
export function slash_with_default(p: Parser, style: Style): SlashWithDefault | null {
  const mark = p.mark;
  const a = many(p, param_no_default, style);
  const b = many(p, param_with_default, style);
  if (b.length > 0 && p.expect(T.SLASH) !== null) {
    if (p.expect(T.COMMA) !== null || p.at(closeToken(style))) return { plainNames: a, namesWithDefaults: b };
  }
  p.mark = mark;
  return null;
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]     (def only)
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
export function star_etc(p: Parser, style: Style): StarEtc | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    if (style === Style.Def) invalid_star_etc(p);
    else invalid_lambda_star_etc(p);
    p.mark = mark;
  }
  if (p.expect(T.STAR) !== null) {
    const afterStar = p.mark;
    let a = param_no_default(p, style);
    if (a === null && style === Style.Def) {
      p.mark = afterStar;
      a = param_no_default_star_annotation(p);
    }
    if (a !== null) {
      const b = many(p, param_maybe_default, style);
      const c = optionalKwds(p, style);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    p.mark = afterStar;
    if (p.expect(T.COMMA) !== null) {
      const b = many(p, param_maybe_default, style);
      if (b.length > 0) {
        const c = optionalKwds(p, style);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
  }
  p.mark = mark;
  const k = kwds(p, style);
  if (k !== null) return { vararg: null, kwonlyargs: null, kwarg: k };
  p.mark = mark;
  return null;
}

function optionalKwds(p: Parser, style: Style): arg | null {
  const m = p.mark;
  const r = kwds(p, style);
  if (r === null) p.mark = m;
  return r;
}

// kwds: invalid_kwds | '**' param_no_default
export function kwds(p: Parser, style: Style): arg | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    if (style === Style.Def) invalid_kwds(p);
    else invalid_lambda_kwds(p);
    p.mark = mark;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = param_no_default(p, style);
    if (a !== null) return a;
  }
  p.mark = mark;
  return null;
}

/** The optional TYPE_COMMENT of a `def` parameter. */
function typeComment(p: Parser, style: Style): Token | null {
  return style === Style.Def ? p.expect(T.TYPE_COMMENT) : null;
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
export function param_no_default(p: Parser, style: Style): arg | null {
  const mark = p.mark;
  const a = param(p, style);
  if (a === null) return null;
  if (p.expect(T.COMMA) !== null) return addTypeCommentToArg(a, typeComment(p, style));
  const tc = typeComment(p, style);
  if (p.at(closeToken(style))) return addTypeCommentToArg(a, tc);
  p.mark = mark;
  return null;
}

// param_no_default_star_annotation: param_star_annotation ',' TYPE_COMMENT? | ... TYPE_COMMENT? &')'
function param_no_default_star_annotation(p: Parser): arg | null {
  const mark = p.mark;
  const s = p.peek();
  const n = p.nameToken();
  if (n !== null && p.expect(T.COLON) !== null) {
    const ann = star_expression(p);
    if (ann !== null) {
      const a = _arg((n as { id: string }).id, ann, null, s, p.lastNonWhitespaceToken());
      if (p.expect(T.COMMA) !== null) return addTypeCommentToArg(a, p.expect(T.TYPE_COMMENT));
      const tc = p.expect(T.TYPE_COMMENT);
      if (p.at(T.RPAR)) return addTypeCommentToArg(a, tc);
    }
  }
  p.mark = mark;
  return null;
}

// param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'
export function param_with_default(p: Parser, style: Style): NameDefaultPair | null {
  const mark = p.mark;
  const a = param(p, style);
  if (a !== null) {
    const c = default_(p);
    if (c !== null) {
      if (p.expect(T.COMMA) !== null) return nameDefaultPair(a, c, typeComment(p, style));
      const tc = typeComment(p, style);
      if (p.at(closeToken(style))) return nameDefaultPair(a, c, tc);
    }
  }
  p.mark = mark;
  return null;
}

// param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'
export function param_maybe_default(p: Parser, style: Style): NameDefaultPair | null {
  const mark = p.mark;
  const a = param(p, style);
  if (a !== null) {
    const m = p.mark;
    const c = default_(p);
    if (c === null) p.mark = m;
    if (p.expect(T.COMMA) !== null) return nameDefaultPair(a, c, typeComment(p, style));
    const tc = typeComment(p, style);
    if (p.at(closeToken(style))) return nameDefaultPair(a, c, tc);
  }
  p.mark = mark;
  return null;
}

// param: NAME annotation?        lambda_param: NAME
export function param(p: Parser, style: Style): arg | null {
  const s = p.peek();
  const n = p.nameToken();
  if (n === null) return null;
  let ann: expr | null = null;
  if (style === Style.Def) {
    const m = p.mark;
    if (p.expect(T.COLON) !== null) ann = expression(p);
    if (ann === null) p.mark = m;
  }
  return _arg((n as { id: string }).id, ann, null, s, p.lastNonWhitespaceToken());
}

// default: '=' expression | invalid_default
export function default_(p: Parser): expr | null {
  const mark = p.mark;
  if (p.expect(T.EQUAL) !== null) {
    const a = expression(p);
    if (a !== null) return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    invalid_default(p);
    p.mark = mark;
  }
  return null;
}
