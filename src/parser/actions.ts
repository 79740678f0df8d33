// What grammar actions do besides building one node: helper records the rules pass around
// (key/value pairs, parameter groups), expression contexts, argument lists, decorators, and the
// checks that turn near-misses into CPython's messages. CPython: Parser/action_helpers.c.
// String and f-string actions are in ./string_actions.ts.

import { T, type Token } from './token.js';
import type { Parser, Located } from './pegen.js';
import {
  _Name, _Tuple, _List, _Subscript, _Attribute, _Starred, _arguments, _FunctionDef, _AsyncFunctionDef,
  _ClassDef, _Call, _Module, _TypeIgnore, _alias, _ImportFrom, _arg,
  type expr, type stmt, type arg, type keyword, type pattern, type cmpop, type expr_context,
  type arguments, type comprehension, type alias, type Call, type mod,
} from './ast.generated.js';
import { PyComplex, Ellipsis } from './constant.js';

export interface CmpopExprPair { cmpop: cmpop; expr: expr }
export interface KeyValuePair { key: expr | null; value: expr }
export interface KeyPatternPair { key: expr; pattern: pattern }
export interface NameDefaultPair { arg: arg; value: expr | null }
export interface SlashWithDefault { plainNames: arg[]; namesWithDefaults: NameDefaultPair[] }
export interface StarEtc { vararg: arg | null; kwonlyargs: NameDefaultPair[] | null; kwarg: arg | null }
export interface KeywordOrStarred { element: keyword | expr; isKeyword: boolean }

/**
 * pegen's dummy result (_PyPegen_dummy_name): the placeholder callee of the Call that `args`
 * builds, and what an alternative without an action returns.
 */
export const DUMMY_NAME: expr = { _kind: 'Name', id: '', ctx: 'Load', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };

/** Creates a copy of `e` with context `ctx`, recursively for tuples, lists and starred (_PyPegen_set_expr_context). */
export function setExprContext(e: expr, ctx: expr_context): expr {
  switch (e._kind) {
    case 'Name':
      return _Name(e.id, ctx, e, e);
    case 'Tuple':
      return _Tuple(e.elts.map((x) => setExprContext(x, ctx)), ctx, e, e);
    case 'List':
      return _List(e.elts.map((x) => setExprContext(x, ctx)), ctx, e, e);
    case 'Subscript':
      return _Subscript(e.value, e.slice, ctx, e, e);
    case 'Attribute':
      return _Attribute(e.value, e.attr, ctx, e, e);
    case 'Starred':
      return _Starred(setExprContext(e.value, ctx), ctx, e, e);
    default:
      return e;
  }
}

/** `first.second` as one dotted Name (_PyPegen_join_names_with_dot). */
export function joinNamesWithDot(first: expr, second: expr): expr {
  return _Name(`${(first as { id: string }).id}.${(second as { id: string }).id}`, 'Load', first, second);
}

/** Relative-import level from '.' and '...' tokens (_PyPegen_seq_count_dots). */
export function countDots(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.type === T.ELLIPSIS ? 3 : 1;
  return n;
}

export function aliasForStar(s: Located, e: Located): alias {
  return _alias('*', null, s, e);
}

export function namesToIds(names: expr[]): string[] {
  return names.map((n) => (n as { id: string }).id);
}

// ---- Parameters (_PyPegen_make_arguments and helpers) ------------------------------------------

export function makeArguments(slashWithoutDefault: arg[] | null, slashWithDefault: SlashWithDefault | null,
  plainNames: arg[] | null, namesWithDefault: NameDefaultPair[] | null, starEtc: StarEtc | null): arguments {
  let posonlyargs: arg[];
  if (slashWithoutDefault !== null) posonlyargs = slashWithoutDefault;
  else if (slashWithDefault !== null) {
    posonlyargs = [...slashWithDefault.plainNames, ...slashWithDefault.namesWithDefaults.map((p) => p.arg)];
  } else posonlyargs = [];

  let posargs: arg[];
  if (namesWithDefault !== null) {
    const names = namesWithDefault.map((p) => p.arg);
    posargs = plainNames !== null ? [...plainNames, ...names] : names;
  } else posargs = plainNames ?? [];

  let posdefaults: expr[];
  const defaults = (pairs: NameDefaultPair[]): expr[] => pairs.map((p) => p.value as expr);
  if (slashWithDefault !== null && namesWithDefault !== null) {
    posdefaults = [...defaults(slashWithDefault.namesWithDefaults), ...defaults(namesWithDefault)];
  } else if (namesWithDefault !== null) posdefaults = defaults(namesWithDefault);
  else if (slashWithDefault !== null) posdefaults = defaults(slashWithDefault.namesWithDefaults);
  else posdefaults = [];

  const kwonly = starEtc?.kwonlyargs ?? null;
  return _arguments(posonlyargs, posargs, starEtc?.vararg ?? null,
    kwonly !== null ? kwonly.map((p) => p.arg) : [], kwonly !== null ? kwonly.map((p) => p.value) : [],
    starEtc?.kwarg ?? null, posdefaults);
}

export function emptyArguments(): arguments {
  return _arguments([], [], null, [], [], null, []);
}

/** A parameter with its `# type:` comment (_PyPegen_add_type_comment_to_arg). */
export function addTypeCommentToArg(a: arg, tc: Token | null): arg {
  if (tc === null) return a;
  return _arg(a.arg, a.annotation, tc.string, a, a);
}

export function nameDefaultPair(a: arg, value: expr | null, tc: Token | null): NameDefaultPair {
  return { arg: addTypeCommentToArg(a, tc), value };
}

// ---- Definitions -------------------------------------------------------------------------------

export function functionDefDecorators(decorators: expr[], f: stmt): stmt {
  if (f._kind === 'AsyncFunctionDef') {
    return _AsyncFunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f, f);
  }
  // In the error pass invalid_def_raw can stand in for a definition with pegen's dummy result.
  if (f._kind !== 'FunctionDef') return f;
  return _FunctionDef(f.name, f.args, f.body, decorators, f.returns, f.type_comment, f.type_params, f, f);
}

export function classDefDecorators(decorators: expr[], c: stmt): stmt {
  if (c._kind !== 'ClassDef') return c;
  return _ClassDef(c.name, c.bases, c.keywords, c.body, decorators, c.type_params, c, c);
}

// ---- Calls ------------------------------------------------------------------------------------

export function seqExtractStarredExprs(kwargs: KeywordOrStarred[]): expr[] {
  const out: expr[] = [];
  for (const k of kwargs) if (!k.isKeyword) out.push(k.element as expr);
  return out;
}

export function seqDeleteStarredExprs(kwargs: KeywordOrStarred[]): keyword[] {
  const out: keyword[] = [];
  for (const k of kwargs) if (k.isKeyword) out.push(k.element as keyword);
  return out;
}

/** Positional args followed by keyword/starred args, as one Call with a dummy callee (_PyPegen_collect_call_seqs). */
export function collectCallSeqs(a: expr[], b: KeywordOrStarred[] | null, s: Located, e: Located): expr {
  if (b === null) return _Call(DUMMY_NAME, a, [], s, e);
  const starreds = seqExtractStarredExprs(b);
  const keywords = seqDeleteStarredExprs(b);
  return _Call(DUMMY_NAME, starreds.length ? [...a, ...starreds] : a, keywords, s, e);
}

// ---- Literals ---------------------------------------------------------------------------------

export function ensureImaginary(p: Parser, e: expr): expr {
  if (e._kind !== 'Constant' || !(e.value instanceof PyComplex)) {
    p.raiseKnownLocation(e, 'imaginary number required in complex literal');
  }
  return e;
}

export function ensureReal(p: Parser, e: expr): expr {
  if (e._kind !== 'Constant' || e.value instanceof PyComplex) {
    p.raiseKnownLocation(e, 'real number required in complex literal');
  }
  return e;
}

// ---- Modules and statements -------------------------------------------------------------------

export function makeModule(p: Parser, body: stmt[]): mod {
  return _Module(body, p.typeIgnoreComments.map(([lineno, tag]) => _TypeIgnore(lineno, tag)));
}

/** `from __future__ import barry_as_FLUFL` switches '!=' to '<>' for the rest of the parse. */
export function checkedFutureImport(p: Parser, module: string, names: alias[], level: number,
  s: Located, e: Located): stmt {
  if (level === 0 && module === '__future__') {
    for (const a of names) if (a.name === 'barry_as_FLUFL') p.flags.barryAsFlufl = true;
  }
  return _ImportFrom(module, names, level, s, e);
}

/** Whether '!=' is acceptable under the current flags; raises for '!=' under barry_as_FLUFL. */
export function checkBarryAsFlufl(p: Parser, t: Token): boolean {
  if (p.flags.barryAsFlufl && t.string !== '<>') {
    p.raiseSyntaxError("with Barry as BDFL, use '<>' instead of '!='");
  }
  if (!p.flags.barryAsFlufl) return t.string === '!=';
  return true;
}

export function checkLegacyStmt(name: expr): boolean {
  return name._kind === 'Name' && (name.id === 'print' || name.id === 'exec');
}

// ---- Error helpers ----------------------------------------------------------------------------

export const enum Targets { Star, Del, For }

/** What an expression is called in error messages (_PyPegen_get_expr_name). */
export function getExprName(e: expr): string {
  switch (e._kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'TemplateStr': case 'Interpolation': return 't-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (v === Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: throw new Error(`unexpected expression in assignment ${e._kind} (line ${e.lineno})`);
  }
}

export function lastComprehensionItem(c: comprehension): expr {
  return c.ifs.length === 0 ? c.iter : c.ifs[c.ifs.length - 1]!;
}

/** The sub-expression that makes `e` an invalid target, or null (_PyPegen_get_invalid_target). */
export function getInvalidTarget(e: expr | null, type: Targets): expr | null {
  if (e === null) return null;
  switch (e._kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === Targets.Del) return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` is parsed as a comparison: the target is the left side.
      if (type === Targets.For) {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` contains an invalid target, else returns null. */
export function raiseInvalidTarget(p: Parser, type: Targets, e: expr): null {
  const invalid = getInvalidTarget(e, type);
  if (invalid !== null) {
    const verb = type === Targets.Del ? 'cannot delete' : 'cannot assign to';
    p.raiseKnownLocation(invalid, `${verb} ${getExprName(invalid)}`);
  }
  return null;
}

export function argumentsParsingError(p: Parser, e: Call): never {
  const unpacking = e.keywords.some((k) => k.arg === null);
  return p.raiseSyntaxError(unpacking
    ? 'positional argument follows keyword argument unpacking'
    : 'positional argument follows keyword argument');
}

/** `f(a, x for x in y)`: the generator must be parenthesized (_PyPegen_nonparen_genexp_in_call). */
export function nonparenGenexpInCall(p: Parser, args: expr, comprehensions: comprehension[]): null {
  const callArgs = (args as Call).args;
  if (callArgs.length <= 1) return null;
  const last = comprehensions[comprehensions.length - 1]!;
  return p.raiseKnownRange(callArgs[callArgs.length - 1]!, lastComprehensionItem(last),
    'Generator expression must be parenthesized');
}
