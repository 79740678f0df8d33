// Code generation for expressions. Each expression becomes one JS expression; an operand whose
// value must stay alive while a later operand runs Python code is spilled into a frame field,
// where the collector sees it.

import type { expr, keyword, comprehension, arguments as Arguments, stmt } from '../parser/ast.generated.js';
import { Ellipsis, PyComplex, SplitSurrogateStr } from '../parser/constant.js';
import { jsString, jsName, Emitter } from './emitter.js';
import { FnGen, genFunction, codeInfoFor, genDocstring, type NameAccess, type Pos } from './codegen.js';
import { genStmts, genAssignTarget } from './gen_stmt.js';
import type { Block } from './symtable.js';
import type { CoConst } from './codeinfo.js';
import type { AnnotationItem } from './codegen.js';
import { foldBinOp } from './fold.js';

const BINOP: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
export const INPLACE: Record<string, string> = {
  Add: 'iadd', Sub: 'isub', Mult: 'imul', MatMult: 'imatmul', Div: 'itruediv', Mod: 'imod', Pow: 'ipow',
  LShift: 'ilshift', RShift: 'irshift', BitOr: 'ior', BitXor: 'ixor', BitAnd: 'iand', FloorDiv: 'ifloordiv',
};
const CMPOP: Record<string, string> = {
  Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge', Is: 'is', IsNot: 'isNot', In: 'contains',
  NotIn: 'notContains',
};

/** Whether evaluating `e` can run Python code (and so trigger a collection). */
export function mayRunCode(e: expr): boolean {
  switch (e._kind) {
    case 'Constant': case 'Name': case 'Lambda': return false;
    case 'Tuple': case 'List': case 'Set':
      return e.elts.some(mayRunCode);
    default: return true;
  }
}

/**
 * Evaluates the operands in order and returns JS expressions for them; operands followed by
 * one that may run code are spilled into frame temporaries (as `(fr.tN = X)` at their place).
 */
export function operands(g: FnGen, es: Array<expr | null>): string[] {
  const out: string[] = [];
  for (let i = 0; i < es.length; i++) {
    const e = es[i];
    if (e === null || e === undefined) {
      out.push('null');
      continue;
    }
    const js = genExpr(g, e);
    const laterRuns = es.slice(i + 1).some((x) => x !== null && mayRunCode(x));
    // A value that a later operand's code could free must sit in a frame field meanwhile (the
    // collector sees those; a loop inside that code truncates the pin stack to the frame's base):
    // everything but constants and fast locals (displays and lambdas allocate; other names can
    // be rebound by the code that runs).
    const keep = !(e._kind === 'Constant' || (e._kind === 'Name' && g.access(e.id).kind === 'fast'));
    if (laterRuns && keep) {
      const t = g.temp();
      out.push(`(${t} = ${js})`);
    } else {
      out.push(js);
    }
  }
  return out;
}

/**
 * JS code that evaluates operand `x` into temp `t` and continues with `ifTrue` or `ifFalse` by its truth
 * (both may read `t`, the deciding value). A nested and/or is tested operand by operand, so no value's
 * __bool__ runs twice. `x` is a generated expression, or a BoolOp not generated yet.
 */
function boolTest(g: FnGen, x: string | expr, t: string, ifTrue: string, ifFalse: string): string {
  if (typeof x === 'string') return `((${t} = ${x}), R.truthy(${t}) ? ${ifTrue} : ${ifFalse})`;
  if (x._kind !== 'BoolOp') return boolTest(g, genExpr(g, x), t, ifTrue, ifFalse);
  const vals = x.values;
  let js = boolTest(g, vals[vals.length - 1]!, t, ifTrue, ifFalse);
  // Operands are generated in order; the continuations are placed in the string from the end.
  const heads = vals.slice(0, -1).map((v) => (v._kind === 'BoolOp' ? v : genExpr(g, v)));
  for (let i = heads.length - 1; i >= 0; i--) {
    js = x.op === 'And' ? boolTest(g, heads[i]!, t, js, ifFalse) : boolTest(g, heads[i]!, t, ifTrue, js);
  }
  return js;
}

/** `e` as a JS boolean for a branch (if/while/assert/not): and/or/not become && || ! over truth tests. */
export function genCond(g: FnGen, e: expr): string {
  if (e._kind === 'BoolOp') return `(${e.values.map((v) => genCond(g, v)).join(e.op === 'And' ? ' && ' : ' || ')})`;
  if (e._kind === 'UnaryOp' && e.op === 'Not') return `!${genCond(g, e.operand)}`;
  return `R.truthy(${genExpr(g, e)})`;
}

export function genExpr(g: FnGen, e: expr): string {
  switch (e._kind) {
    case 'Constant':
      g.noteConst({ k: 'v', v: e.value });
      return constant(g, e.value, e.kind);
    case 'Name': return g.load(e.id, e);
    case 'BoolOp': {
      // `a and b`: a if falsy else b; `a or b`: a if truthy else b. An operand's truth is tested once,
      // also through nested and/or (CPython's jump threading): `(a and b) or c` tests a, b, c at most once.
      const t = g.temp();
      const parts = e.values.map((v) => (v._kind === 'BoolOp' ? v : genExpr(g, v)));
      const last = parts[parts.length - 1]!;
      let js = typeof last === 'string' ? last : genExpr(g, last);
      for (let i = parts.length - 2; i >= 0; i--) {
        js = e.op === 'And' ? boolTest(g, parts[i]!, t, js, t) : boolTest(g, parts[i]!, t, t, js);
      }
      return js;
    }
    case 'NamedExpr': {
      const t = g.temp();
      const target = (e.target as { id: string }).id;
      return `((${t} = ${genExpr(g, e.value)}), ${g.store(target, t)}, ${t})`;
    }
    case 'BinOp': {
      const k = foldBinOp(e);
      if (k !== undefined) {
        g.noteConst({ k: 'v', v: k });
        return `(${constant(g, k, null)})`;
      }
      const [a, b] = g.after(e, operands(g, [e.left, e.right]));
      return `R.${BINOP[e.op]}(${a}, ${b})`;
    }
    case 'UnaryOp': {
      // -<number literal> is a constant, as CPython's AST optimiser folds it (Python/ast_opt.c).
      const k = e.operand._kind === 'Constant' ? e.operand.value : undefined;
      if (e.op === 'USub' && (typeof k === 'bigint' || typeof k === 'number')) {
        g.noteConst({ k: 'v', v: -k });
        return `(${constant(g, -k, null)})`;
      }
      if (e.op === 'Not') return `!${genCond(g, e.operand)}`;
      const a = g.after(e, [genExpr(g, e.operand)])[0]!;
      switch (e.op) {
        case 'USub': return `R.neg(${a})`;
        case 'UAdd': return `R.pos(${a})`;
        case 'Invert': return `R.invert(${a})`;
      }
      break;
    }
    case 'Lambda': return genLambda(g, e);
    case 'IfExp': return `(${genCond(g, e.test)} ? ${genExpr(g, e.body)} : ${genExpr(g, e.orelse)})`;
    case 'Dict': {
      const items: Array<expr | null> = [];
      const unpack: number[] = [];
      e.keys.forEach((k, i) => {
        if (k === null) unpack.push(i);
        items.push(k, e.values[i]!);
      });
      const ops = operands(g, items.map((x) => x));
      return unpack.length
        ? `R.dictDisplay([${g.after(e, ops).join(', ')}], [${unpack.join(', ')}])`
        : `R.dictDisplay([${ops.join(', ')}], null)`;
    }
    case 'Set': return sequence(g, 'set', e.elts);
    case 'List': {
      // CPython builds a list of 3+ constants from one tuple constant (codegen.c starunpack_helper).
      const folded = e.elts.length >= 3 ? foldConstTuple({ ...e, _kind: 'Tuple' } as expr) : null;
      if (folded === null) return sequence(g, 'list', e.elts);
      g.noteConst(folded);
      g.foldDepth++;
      try {
        return sequence(g, 'list', e.elts);
      } finally {
        g.foldDepth--;
      }
    }
    case 'Tuple': {
      // A tuple of constants is one constant (CPython's constant folding).
      const folded = foldConstTuple(e);
      if (folded === null) return sequence(g, 'tuple', e.elts);
      g.noteConst(folded);
      g.foldDepth++;
      try {
        return sequence(g, 'tuple', e.elts);
      } finally {
        g.foldDepth--;
      }
    }
    case 'ListComp': return genComprehension(g, e, 'list', [e.elt], e.generators);
    case 'SetComp': return genComprehension(g, e, 'set', [e.elt], e.generators);
    case 'DictComp': return genComprehension(g, e, 'dict', [e.key, e.value], e.generators);
    case 'GeneratorExp': return genGeneratorExp(g, e, e.elt, e.generators);
    case 'Await':
      if (!g.isAsync && !g.isGenerator) g.error("'await' outside function", e);
      return `(yield* R.awaitIter(${g.after(e, [genExpr(g, e.value)])[0]}))`;
    case 'Yield': {
      // A suspended generator (and an exception thrown into it) is at the yield's position.
      const v = g.after(e, [e.value ? genExpr(g, e.value) : 'null'])[0];
      // An async generator's own yields are marked, to tell them from what its awaits pass up.
      return g.isAsync ? `(yield R.agWrap(${v}))` : `(yield ${v})`;
    }
    case 'YieldFrom':
      if (g.isAsync) g.error("'yield from' inside async function", e as expr & { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number });
      return `(yield* R.yieldFrom(${g.after(e, [genExpr(g, e.value)])[0]}))`;
    case 'Compare':
      checkCompare(g, e);
      return genCompare(g, e.left, e.ops, e.comparators, e);
    case 'Call':
      checkCaller(g, e.func);
      return genCall(g, e.func, e.args, e.keywords, e);
    case 'FormattedValue': return formatted(g, e.value, e.conversion, e.format_spec);
    case 'JoinedStr': {
      if (e.values.length === 0) return '""';
      const parts = e.values.map((v) => (v._kind === 'Constant' ? constant(g, v.value, null) : genExpr(g, v)));
      return `(${['""', ...parts].join(' + ')})`;
    }
    case 'TemplateStr': {
      const strs: string[] = [];
      const interps: string[] = [];
      let last: 'str' | 'interp' = 'interp';
      for (const v of e.values) {
        if (v._kind === 'Constant') {
          strs.push(constant(g, v.value, null));
          last = 'str';
        } else {
          if (last === 'interp') strs.push('""');
          const it = v as expr & { _kind: 'Interpolation' };
          interps.push(`R.interpolation(${genExpr(g, it.value)}, ${jsString(it.str as string)}, ${it.conversion}, ${
            it.format_spec ? genExpr(g, it.format_spec) : 'null'})`);
          last = 'interp';
        }
      }
      if (last === 'interp') strs.push('""');
      return `R.template([${strs.join(', ')}], [${interps.join(', ')}])`;
    }
    case 'Interpolation':
      return `R.interpolation(${genExpr(g, e.value)}, ${jsString(e.str as string)}, ${e.conversion}, ${
        e.format_spec ? genExpr(g, e.format_spec) : 'null'})`;
    case 'Attribute': {
      const obj = genExpr(g, e.value);
      g.noteName(g.mangle(e.attr));
      return `R.loadAttr(${g.after(e, [obj])[0]}, ${jsString(g.mangle(e.attr))}, ${g.unit.ic('R.attrIC()')})`;
    }
    case 'Subscript': {
      if (e.ctx === 'Load') {
        checkSubscripter(g, e.value);
        checkIndex(g, e.value, e.slice);
      }
      const [o, k] = g.after(e, operands(g, [e.value, e.slice]));
      return `R.getitem(${o}, ${k})`;
    }
    case 'Starred':
      g.error("can't use starred expression here", e);
      break;
    case 'Slice': {
      const [a, b, c] = operands(g, [e.lower, e.upper, e.step]);
      return `R.slice(${a}, ${b}, ${c})`;
    }
  }
  throw new Error(`codegen: unhandled expression ${(e as { _kind: string })._kind}`);
}

/** A Python constant as a JS expression. */
export function constant(g: FnGen, v: unknown, _kind: string | null): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return jsString(v);
  if (typeof v === 'bigint') {
    return v >= -9007199254740991n && v <= 9007199254740991n ? `${v}` : `${v}n`;
  }
  if (typeof v === 'number') {
    // Non-integral floats are plain numbers; integral ones (and -0.0) are boxed.
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    if (Number.isInteger(v)) return `K[${g.unit.constant(`f:${Object.is(v, -0) ? '-0' : v}`, { float: v })}]`;
    return `${v}`;
  }
  if (v === Ellipsis) return 'R.Ellipsis';
  if (v instanceof Uint8Array) return `K[${g.unit.constant(`b:${Array.from(v).join(',')}`, { bytes: v })}]`;
  if (v instanceof PyComplex) return `K[${g.unit.constant(`c:${v.real}:${v.imag}`, { complex: [v.real, v.imag] })}]`;
  if (v instanceof SplitSurrogateStr) return `K[${g.unit.constant(`s:${v.units}:${v.splits.join(',')}`, { splitStr: v })}]`;
  throw new Error(`codegen: constant ${String(v)}`);
}

function sequence(g: FnGen, kind: 'list' | 'tuple' | 'set', elts: expr[]): string {
  const starred = elts.some((x) => x._kind === 'Starred');
  if (!starred) {
    if (kind === 'tuple' && elts.length === 0) return 'R.EMPTY_TUPLE';
    return `R.${kind}Display([${operands(g, elts).join(', ')}])`;
  }
  // [a, *b, c]: parts with a flag telling which ones are iterables to unpack.
  const inner = elts.map((x) => (x._kind === 'Starred' ? x.value : x));
  const ops = operands(g, inner);
  const flags = elts.map((x) => (x._kind === 'Starred' ? 1 : 0));
  return `R.${kind}Unpack([${ops.join(', ')}], [${flags.join(', ')}])`;
}

function formatted(g: FnGen, value: expr, conversion: number, spec: expr | null): string {
  const v = genExpr(g, value);
  if (spec === null) {
    if (conversion === -1) return `R.formatValue(${v}, "")`;
    return `R.formatValue(R.convert(${v}, ${conversion}), "")`;
  }
  const vt = mayRunCode(spec) ? `(${g.temp()} = ${v})` : v;
  const s = genExpr(g, spec);
  return conversion === -1 ? `R.formatValue(${vt}, ${s})` : `R.formatValue(R.convert(${vt}, ${conversion}), ${s})`;
}

function genCompare(g: FnGen, left: expr, ops: string[], comparators: expr[], node: Pos): string {
  if (ops.length === 1) {
    const [a, b] = g.after(node, operands(g, [left, comparators[0]!]));
    return compareOp(ops[0]!, a!, b!);
  }
  // a < b < c: b is evaluated once; stop at the first false result (returning it).
  const res = g.temp();
  let prev = genExpr(g, left);
  const parts: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const isLast = i === ops.length - 1;
    let cur = g.after(node, [genExpr(g, comparators[i]!)])[0]!;
    if (!isLast) {
      const t = g.temp();
      cur = `(${t} = ${cur})`;
      parts.push(`(${res} = ${compareOp(ops[i]!, prev, cur)})`);
      prev = t;
    } else {
      parts.push(compareOp(ops[i]!, prev, cur));
    }
  }
  let js = parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) js = `(${parts[i]}, R.truthy(${res}) ? ${js} : ${res})`;
  return js;
}

function compareOp(op: string, a: string, b: string): string {
  if (op === 'In') return `R.contains(${b}, ${a})`;
  if (op === 'NotIn') return `!R.contains(${b}, ${a})`;
  return `R.${CMPOP[op]}(${a}, ${b})`;
}

/** A call: positional fast paths, method calls without bound-method objects, the general case. */
export function genCall(g: FnGen, func: expr, args: expr[], keywords: keyword[], node: Pos): string {
  const hasStar = args.some((a) => a._kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (hasStar) {
    const f = genExpr(g, func);
    const ft = `(${g.temp()} = ${f})`;
    const posParts = args.map((a) => (a._kind === 'Starred' ? a.value : a));
    const ops0 = operands(g, [...posParts, ...keywords.map((k) => k.value)]);
    const ops = ops0.length ? g.after(node, ops0) : ops0;
    const ftp = ops0.length ? ft : g.after(node, [ft])[0]!;
    const posFlags = args.map((a) => (a._kind === 'Starred' ? 1 : 0));
    const pos = ops.slice(0, args.length);
    const kw = ops.slice(args.length);
    const kwNames = keywords.map((k) => (k.arg === null ? 'null' : jsString(k.arg)));
    return `R.callEx(${ftp}, [${pos.join(', ')}], [${posFlags.join(', ')}], [${kw.join(', ')}], [${kwNames.join(', ')}])`;
  }
  const anyRuns = args.some(mayRunCode) || keywords.some((k) => mayRunCode(k.value));
  if (func._kind === 'Attribute' && keywords.length === 0 && args.length <= 3) {
    const obj = genExpr(g, func.value);
    if (anyRuns) {
      // The attribute is looked up before the arguments run (CPython LOAD_ATTR method form).
      const ot = g.temp();
      const pre = g.temp();
      const ic = g.unit.ic('R.attrIC()');
      g.noteName(g.mangle(func.attr));
      const name = jsString(g.mangle(func.attr));
      // JS evaluates left to right: the object (with the lookup) comes before `pre` is read.
      const first = `(${ot} = ${obj}, ${g.at(func)}, ${pre} = R.methodPre(${ot}, ${name}, ${ic}), ${ot})`;
      const ops = g.after(node, operands(g, args));
      return `R.callMethodPost(${first}, ${pre}, ${name}, ${ic}, [${ops.join(', ')}])`;
    }
    const ops0 = operands(g, args);
    const o = ops0.length ? obj : g.after(node, [obj])[0]!;
    const ops = ops0.length ? g.after(node, ops0) : ops0;
    g.noteName(g.mangle(func.attr));
    return `R.callMethod${args.length}(${o}, ${jsString(g.mangle(func.attr))}, ${g.unit.ic('R.attrIC()')}${
      ops.map((x) => `, ${x}`).join('')})`;
  }
  const f = genExpr(g, func);
  const ft0 = anyRuns ? `(${g.temp()} = ${f})` : f;
  const ops0 = operands(g, [...args, ...keywords.map((k) => k.value)]);
  const ft = ops0.length ? ft0 : g.after(node, [ft0])[0]!;
  const ops = ops0.length ? g.after(node, ops0) : ops0;
  if (keywords.length === 0) {
    if (args.length <= 3) return `R.call${args.length}(${[ft, ...ops, g.unit.ic('R.callIC()')].join(', ')})`;
    return `R.callN(${ft}, [${ops.join(', ')}])`;
  }
  return `R.callKw(${ft}, [${ops.join(', ')}], [${keywords.map((k) => jsString(k.arg!)).join(', ')}])`;
}

// ---- Functions and lambdas ---------------------------------------------------------------------

/** Parameter field names (in varnames order) for a function block. */
export function paramFields(g: FnGen, args: Arguments): string[] {
  const names: string[] = [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.arg);
  if (args.vararg) names.splice(args.posonlyargs.length + args.args.length + args.kwonlyargs.length, 0, args.vararg.arg);
  if (args.kwarg) names.push(args.kwarg.arg);
  return names.map((n) => jsName('v_', g.mangle(n)));
}

/**
 * Emits the code function of a def/lambda block and returns a JS expression creating the
 * function object at the definition point (defaults, closure cells, annotations).
 */
export function genFunctionObject(g: FnGen, block: Block, name: string, args: Arguments, body: (inner: FnGen) => void,
  node: expr | stmt, kind: string, docstring: string | null, annotateFn: string | null): string {
  const qualname = qualnameFor(g, block, name);
  const code = codeInfoFor(g, block, name, qualname, args, node.lineno, kind, docstring);
  const inner = new FnGen(g.unit, block, code, g.privateName);
  const params = paramFields(inner, args);
  for (const p of params) inner.fields.add(p);
  genFunction(inner, params, () => {
    // Parameters captured by inner functions move into cells.
    for (const cv of code.cellvars) {
      const field = jsName('c_', cv);
      inner.fields.add(field);
      const pi = code.varnames.indexOf(cv);
      inner.e.line(pi >= 0 && pi < params.length
        ? `fr.${field} = R.newCell(fr.${params[pi]});`
        : `fr.${field} = R.newCell(undefined);`);
    }
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    body(inner);
  });
  // Defaults are evaluated now, in the defining scope.
  const defaults = args.defaults.length ? `R.tupleDisplay([${operands(g, args.defaults).join(', ')}])` : 'null';
  const kwd = args.kwonlyargs.map((a, i) => [a.arg, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
  const kwdefaults = kwd.length
    ? `R.dictDisplay([${kwd.flatMap(([n, d]) => [jsString(g.mangle(n)), genExpr(g, d!)]).join(', ')}], null)`
    : 'null';
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  return `R.makeFunction(C[${code.index}], fr, ${defaults}, ${kwdefaults}, ${closure}, ${annotateFn ?? 'null'})`;
}

/** The cell object the defining scope passes for a free variable of an inner function. */
export function closureCellFor(g: FnGen, name: string): string {
  if (name === '__class__' && g.block.kind === 'class') return 'fr.classcell';
  if (name === '__conditional_annotations__' && g.block.kind === 'class') return 'fr.condanncell';
  const a: NameAccess = g.access(name);
  if (a.kind === 'cell' || a.kind === 'classderef') return `fr.${a.field}`;
  if (name === '__class__') return 'fr.classcell';
  throw new Error(`codegen: no cell for free variable ${name} in ${g.block.name}`);
}

export function qualnameFor(g: FnGen, block: Block, name: string): string {
  // CPython: compiler_set_qualname — <locals> after function scopes, class names joined by dots.
  const parts: string[] = [name];
  let p = block.parent;
  while (p !== null && p.kind !== 'module') {
    if (p.kind === 'type_params' || p.kind === 'annotation') {
      p = p.parent;
      continue;
    }
    if (p.kind === 'function' || p.kind === 'comprehension') {
      if (p.kind === 'comprehension' && p.inlined) {
        p = p.parent;
        continue;
      }
      parts.unshift('<locals>');
    }
    parts.unshift(p.kind === 'comprehension' ? comprehensionName(p) : p.name);
    p = p.parent;
  }
  void g;
  return parts.join('.');
}

function comprehensionName(b: Block): string {
  return b.name;
}

function genLambda(g: FnGen, e: expr & { _kind: 'Lambda' }): string {
  const block = g.unit.st.blockFor(e);
  return genFunctionObject(g, block, '<lambda>', e.args, (inner) => {
    inner.e.line(`return ${genExpr(inner, e.body)};`);
  }, e, 'lambda', null, null);
}

// ---- Comprehensions ---------------------------------------------------------------------------

/** An inlined list/set/dict comprehension: a JS arrow function over the current frame. */
function genComprehension(g: FnGen, e: expr, kind: 'list' | 'set' | 'dict', elts: expr[], gens: comprehension[]): string {
  const block = g.unit.st.blockFor(e);
  // CPython codegen_comprehension: only async functions (and other comprehensions) may hold one.
  if (block.coroutine && !g.isAsync && g.block.kind !== 'comprehension') {
    g.error('asynchronous comprehension outside of an asynchronous function', e as expr & { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number });
  }
  if (!block.inlined) return genGeneratorLike(g, e, kind, elts, gens);
  const prefix = `k${g.unit.nextCompId++}`;
  const first = gens[0]!;
  const iter0 = g.after(first.iter, [genExpr(g, first.iter)])[0]!;
  const saved = g.e;
  const inner = new Emitter();
  (g as unknown as { e: Emitter }).e = inner;
  g.compStack.push({ block, prefix });
  const acc = g.temp();
  const fieldsBefore = new Set(g.fields);
  inner.line(`${acc} = R.${kind === 'dict' ? 'newDict' : kind === 'set' ? 'newSet' : 'newList'}();`);
  // Cells of the comprehension's own variables (captured by lambdas inside it) are fresh per run.
  for (const [n, sc] of block.scopes) {
    if (sc === 5 /* Cell */ && (block.symbols.get(n)! & 2)) {
      const a = g.access(n);
      if (a.kind === 'cell') inner.line(`fr.${a.field} = R.newCell(undefined);`);
    }
  }
  comprehensionLoops(g, gens, 0, `${acc}$it0`, () => {
    if (kind === 'dict') {
      const [k, v] = operands(g, [elts[0]!, elts[1]!]);
      inner.line(`R.dictSetItem(${acc}, ${k}, ${v});`);
    } else {
      inner.line(`R.${kind === 'set' ? 'setAdd' : 'listAppend'}(${acc}, ${genExpr(g, elts[0]!)});`);
    }
  }, iter0);
  g.compStack.pop();
  (g as unknown as { e: Emitter }).e = saved;
  // The comprehension's variables are unbound again once it ends, as CPython restores the
  // outer fast locals it shadowed (codegen.c pop_inlined_comprehension_state): locals() and
  // f_locals read these fields (builtins_exec.ts frameLocals) and must not see them afterwards.
  const own = [...g.fields].filter((f) => !fieldsBefore.has(f) && (f.startsWith(`${prefix}_`) || f.startsWith(`c${prefix}_`)));
  const body = own.length === 0 ? `${inner.text()}\nreturn ${acc};`
    : `try {\n${inner.text()}\nreturn ${acc};\n} finally { ${own.map((f) => `fr.${f}`).join(' = ')} = undefined; }`;
  // An async comprehension awaits: it runs as a delegated generator instead of an arrow function.
  if (block.coroutine) return `(yield* (function* () {\n${body}\n})())`;
  return `(() => {\n${body}\n})()`;
}

/**
 * Emits the nested `for ... in ... if ...` loops of a comprehension; `body` emits the innermost
 * statement. The first iterable was evaluated outside (iter0).
 */
function comprehensionLoops(g: FnGen, gens: comprehension[], i: number, _label: string, body: () => void,
  iter0: string | null): void {
  const c = gens[i]!;
  const it = g.temp();
  const item = g.temp();
  const src = i === 0 && iter0 !== null ? iter0 : g.after(c.iter, [genExpr(g, c.iter)])[0]!;
  // The poll is at the head of the loop so that a failed `if` (continue) cannot skip it.
  if (c.is_async) {
    g.e.line(`${it} = R.aiter(${src});`);
    g.e.open('for (;;) {');
    g.e.line(g.poll());
    g.e.line(`${item} = yield* R.anextOrStop(${it});`);
  } else {
    g.e.line(`${it} = R.iter(${src});`);
    g.e.open('for (;;) {');
    g.e.line(g.poll());
    g.e.line(`${item} = (${g.at(c.iter)}, R.next(${it}));`);
  }
  g.e.line(`if (${item} === R.STOP) break;`);
  genAssignTarget(g, c.target, item);
  for (const cond of c.ifs) g.e.line(`if (!${genCond(g, cond)}) continue;`);
  if (i + 1 < gens.length) comprehensionLoops(g, gens, i + 1, _label, body, null);
  else body();
  g.e.close();
}

/** A generator expression: its own generator code object, called with the first iterable. */
function genGeneratorExp(g: FnGen, e: expr, elt: expr, gens: comprehension[]): string {
  return genGeneratorLike(g, e, 'genexp', [elt], gens);
}

function genGeneratorLike(g: FnGen, e: expr, kind: 'list' | 'set' | 'dict' | 'genexp', elts: expr[],
  gens: comprehension[]): string {
  const block = g.unit.st.blockFor(e);
  const name = block.name;
  const qualname = qualnameFor(g, block, name);
  const code = codeInfoFor(g, block, name, qualname, null, e.lineno, 'genexpr', null);
  code.argcount = 1;
  code.varnames.unshift('.0');
  const inner = new FnGen(g.unit, block, code, g.privateName);
  inner.fields.add('v_$2e_0');
  genFunction(inner, ['v_$2e_0'], () => {
    for (const cv of code.cellvars) {
      const field = jsName('c_', cv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.newCell(undefined);`);
    }
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    if (kind === 'genexp') {
      comprehensionLoops(inner, gens, 0, '', () => {
        const item = genExpr(inner, elts[0]!);
        // An async generator expression marks its items apart from what its awaits pass up.
        inner.e.line(inner.isAsync ? `yield R.agWrap(${item});` : `yield ${item};`);
      }, 'fr.v_$2e_0');
      inner.e.line('return null;');
    } else {
      const acc = inner.temp();
      inner.e.line(`${acc} = R.${kind === 'dict' ? 'newDict' : kind === 'set' ? 'newSet' : 'newList'}();`);
      comprehensionLoops(inner, gens, 0, '', () => {
        if (kind === 'dict') {
          const [k, v] = operands(inner, [elts[0]!, elts[1]!]);
          inner.e.line(`R.dictSetItem(${acc}, ${k}, ${v});`);
        } else {
          inner.e.line(`R.${kind === 'set' ? 'setAdd' : 'listAppend'}(${acc}, ${genExpr(inner, elts[0]!)});`);
        }
      }, 'fr.v_$2e_0');
      inner.e.line(`return ${acc};`);
    }
  });
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  const first = gens[0]!;
  const iterSrc = g.after(first.iter, [genExpr(g, first.iter)])[0]!;
  const iterJs = first.is_async ? `R.aiter(${iterSrc})` : `R.iter(${iterSrc})`;
  const fn = `R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null)`;
  const call = `R.call1(${fn}, ${iterJs})`;
  // Non-inlined list/set/dict comprehensions (inside class-visible scopes) run immediately.
  return call;
}

// ---- Annotations (PEP 649) ---------------------------------------------------------------------

/**
 * An `__annotate__(format)` function returning a dict of annotations, compiled in its own
 * annotation scope. Returns a JS expression creating the function object.
 */
export function genAnnotateFunction(g: FnGen, block: Block, items: AnnotationItem[], condWhere: 'global' | 'cell' = 'global'): string {
  const qualname = qualnameFor(g, block, '__annotate__');
  const code = codeInfoFor(g, block, '__annotate__', qualname, null, block.lineno, 'annotate', null);
  if (condWhere === 'cell') code.freevars.push('__conditional_annotations__');
  code.argcount = 1;
  code.posonlyargcount = 1;
  code.varnames.unshift('format');
  const inner = new FnGen(g.unit, block, code, g.privateName);
  inner.fields.add('v_format');
  genFunction(inner, ['v_format'], () => {
    code.freevars.forEach((fv, i) => {
      const field = jsName('c_', fv);
      inner.fields.add(field);
      inner.e.line(`fr.${field} = R.closureCell(F, ${i});`);
    });
    // codegen_setup_annotations_scope: `if format > VALUE_WITH_FAKE_GLOBALS: raise NotImplementedError`
    // (format may be an IntEnum such as annotationlib.Format).
    inner.e.line('if (fr.v_format !== 1 && fr.v_format !== 2) R.checkAnnotateFormat(fr.v_format);');
    // `*args: *Ts` stores the one item the starred value unpacks to (codegen_argannotation).
    const value = (it: AnnotationItem): string => (it.annotation._kind === 'Starred'
      ? `R.unpack(${genExpr(inner, it.annotation.value)}, 1)[0]` : genExpr(inner, it.annotation));
    if (items.some((it) => it.cond !== undefined)) {
      const d = inner.temp();
      inner.e.line(`${d} = R.newDict();`);
      for (const it of items) {
        if (it.cond === undefined) {
          inner.e.line(`R.dictSetItem(${d}, ${jsString(g.mangle(it.name))}, ${value(it)});`);
          continue;
        }
        const set = condWhere === 'cell' ? 'R.cellGet(fr.c___conditional_annotations__, "__conditional_annotations__", true)'
          : inner.load('__conditional_annotations__');
        inner.e.line(`if (R.contains(${set}, ${it.cond})) R.dictSetItem(${d}, ${jsString(g.mangle(it.name))}, ${value(it)});`);
      }
      inner.e.line(`return ${d};`);
    } else {
      const pairs = items.flatMap((it) => [jsString(g.mangle(it.name)), value(it)]);
      inner.e.line(`return R.dictDisplay([${operandsPlain(pairs)}], null);`);
    }
  });
  const closure = code.freevars.length ? `[${code.freevars.map((fv) => closureCellFor(g, fv)).join(', ')}]` : 'null';
  return `R.makeFunction(C[${code.index}], fr, null, null, ${closure}, null)`;
}

function operandsPlain(xs: string[]): string {
  return xs.join(', ');
}

export { genDocstring, genStmts };

// ---- compile-time SyntaxWarnings about literals (codegen.c check_caller & co) ------------------

type Located = expr & { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

function syntaxWarning(g: FnGen, e: expr, message: string): void {
  if (g.unit.warn === null) return;
  if (g.unit.warn({ category: 'SyntaxWarning', message, filename: g.unit.filename, lineno: (e as Located).lineno })) {
    g.error(message, e as Located);
  }
}

/** infer_type: the type name a literal expression is known to have, or null. */
function inferType(e: expr): string | null {
  switch (e._kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'TemplateStr': case 'Interpolation': return 'string.templatelib.Template';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return constantType(e.value);
    default: return null;
  }
}

function constantType(v: unknown): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string' || v instanceof SplitSurrogateStr) return 'str';
  if (v instanceof Uint8Array) return 'bytes';
  if (v instanceof PyComplex) return 'complex';
  if (v === Ellipsis) return 'ellipsis';
  return 'object';
}

/** check_is_arg: false for a literal other than None, True, False and `...`. */
function isArgOk(e: expr): boolean {
  if (e._kind === 'Tuple') return !e.elts.every((x) => x._kind === 'Constant');
  if (e._kind !== 'Constant') return true;
  return e.value === null || typeof e.value === 'boolean' || e.value === Ellipsis;
}

/** codegen_check_compare: `x is 1` and the like. */
function checkCompare(g: FnGen, e: expr & { _kind: 'Compare' }): void {
  let left = isArgOk(e.left);
  let leftExpr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i]!;
    const rightExpr = e.comparators[i]!;
    const right = isArgOk(rightExpr);
    if ((op === 'Is' || op === 'IsNot') && (!right || !left)) {
      const literal = !left ? leftExpr : rightExpr;
      const t = inferType(literal);
      syntaxWarning(g, e, op === 'Is' ? `"is" with '${t}' literal. Did you mean "=="?` : `"is not" with '${t}' literal. Did you mean "!="?`);
      return;
    }
    left = right;
    leftExpr = rightExpr;
  }
}

function checkCaller(g: FnGen, e: expr): void {
  switch (e._kind) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp': case 'Set': case 'SetComp':
    case 'GeneratorExp': case 'JoinedStr': case 'TemplateStr': case 'FormattedValue': case 'Interpolation':
      syntaxWarning(g, e, `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
      break;
    default:
  }
}

function checkSubscripter(g: FnGen, e: expr): void {
  switch (e._kind) {
    case 'Constant': {
      const t = constantType(e.value);
      if (!['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex'].includes(t)) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'TemplateStr': case 'Interpolation': case 'Lambda':
      break;
    default:
      return;
  }
  syntaxWarning(g, e, `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

function checkIndex(g: FnGen, e: expr, s: expr): void {
  const indexType = inferType(s);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  switch (e._kind) {
    case 'Constant': {
      const t = constantType(e.value);
      if (t !== 'str' && t !== 'bytes' && t !== 'tuple') return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return;
  }
  syntaxWarning(g, e, `${inferType(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}

/** co_consts entry of a tuple display made only of constants (nested ones too), or null. */
function foldConstTuple(e: expr): CoConst | null {
  if (e._kind !== 'Tuple' || e.ctx !== 'Load') return null;
  const items: CoConst[] = [];
  for (const x of e.elts) {
    if (x._kind === 'Constant') items.push({ k: 'v', v: x.value });
    else if (x._kind === 'UnaryOp' && x.op === 'USub' && x.operand._kind === 'Constant'
      && (typeof x.operand.value === 'bigint' || typeof x.operand.value === 'number')) items.push({ k: 'v', v: -x.operand.value });
    else {
      const t = foldConstTuple(x);
      if (t === null) return null;
      items.push(t);
    }
  }
  return items.length === 0 ? null : { k: 'tuple', items };
}
