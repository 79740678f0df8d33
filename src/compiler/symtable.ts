// The symbol table: which names each scope binds, and whether each name is local, global, free
// (from an enclosing function) or a cell (captured by an inner function). Two passes as in
// CPython's Python/symtable.c: collect raw facts per block, then analyze top-down with the sets
// of names bound by enclosing function scopes. Comprehensions are inlined (PEP 709): their
// iteration variables are local to the comprehension, everything else resolves in the
// enclosing scope; our code generator runs them as JS closures over the enclosing frame.

import type {
  mod, stmt, expr, arguments, arg, comprehension, excepthandler, pattern, type_param, withitem, keyword, match_case,
} from '../parser/ast.generated.js';
import { CompileError } from './errors.js';

export const enum Flag {
  Global = 1 << 0, // `global x`
  Local = 1 << 1, // assigned
  Param = 1 << 2,
  Nonlocal = 1 << 3,
  Use = 1 << 4,
  Free = 1 << 5, // used in a child scope
  Import = 1 << 7,
  Annot = 1 << 8,
  CompIter = 1 << 9,
  TypeParam = 1 << 10,
  CompCell = 1 << 11,
}
const BOUND = Flag.Local | Flag.Param | Flag.Import;

export const enum Scope { Local = 1, GlobalExplicit, GlobalImplicit, Free, Cell }

export type BlockKind = 'module' | 'class' | 'function' | 'annotation' | 'type_params' | 'type_alias' | 'comprehension';

export class Block {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, Scope>();
  readonly children: Block[] = [];
  /** Parameter names in order (function blocks). */
  readonly varnames: string[] = [];
  /** Where a name was declared global/nonlocal, for error locations. */
  readonly directives = new Map<string, Loc>();
  generator = false;
  coroutine = false;
  /** > 0 while visiting a comprehension's iterable in this block (walrus is not allowed there). */
  compIterExpr = 0;
  varargs = false;
  varkeywords = false;
  /** Class blocks: a method uses `super` or `__class__`, so the class needs a `__class__` cell. */
  needsClassClosure = false;
  /** Class blocks: a nested scope can see the class namespace (PEP 695 scopes). */
  needsClassDict = false;
  /** Names inside this class block whose loads go through the class dict (annotation scopes). */
  canSeeClassScope = false;
  /** Module and class blocks: the `__annotate__` scope of their annotated assignments. */
  annotateBlock: Block | null = null;
  /** Module scope with annotations: __conditional_annotations__ records which ones ran
   * (symtable.c symtable_visit_annotation: module annotations are always conditional). */
  hasConditionalAnnotations = false;
  /** Inlined comprehension (PEP 709): runs in its parent's frame. */
  inlined = false;
  /** Class-like blocks: names free in methods that the class also binds (DEF_FREE_CLASS). */
  readonly freeClassNames = new Set<string>();
  /** Comprehension kind, when kind === 'comprehension'. */
  comprehension: 'list' | 'set' | 'dict' | 'genexp' | null = null;
  /** The name CPython shows in tracebacks and __qualname__. */
  constructor(readonly kind: BlockKind, readonly name: string, readonly node: unknown, readonly parent: Block | null,
    readonly lineno: number) {}

  /** The scope of `name` in this block (after analysis); names never mentioned are implicit globals. */
  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? Scope.GlobalImplicit;
  }

  isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'annotation' || this.kind === 'type_params'
      || this.kind === 'type_alias';
  }
}

interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** The symbol table of one module: every block, keyed by its AST node. */
export class SymbolTable {
  readonly blocks = new Map<unknown, Block>();
  top!: Block;

  blockFor(node: unknown): Block {
    const b = this.blocks.get(node);
    if (b === undefined) throw new Error('symtable: no block for node');
    return b;
  }
}

/** Name mangling for `__private` names inside a class (CPython: Python/compile.c _Py_Mangle). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const cls = privateName.replace(/^_+/, '');
  if (cls === '') return name;
  return `_${cls}${name}`;
}

export function buildSymbolTable(tree: mod, filename: string): SymbolTable {
  const builder = new Builder(filename);
  builder.visitModule(tree);
  analyze(builder.st.top, null, new Set(), new Set(), null, filename);
  return builder.st;
}

function hasAnnotations(a: arguments, returns: expr | null): boolean {
  if (returns !== null || a.vararg?.annotation || a.kwarg?.annotation) return true;
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (x.annotation) return true;
  return false;
}

class Builder {
  readonly st = new SymbolTable();
  private cur!: Block;
  private privateName: string | null = null;
  private readonly stack: Block[] = [];

  constructor(readonly filename: string) {}

  private error(msg: string, loc: Loc): never {
    throw new CompileError(msg, this.filename, loc);
  }

  private enter(kind: BlockKind, name: string, node: unknown, lineno: number): Block {
    const b = new Block(kind, name, node, this.stack.length ? this.cur : null, lineno);
    if (this.stack.length) {
      this.cur.children.push(b);
      // PEP 695/649 scopes defined in a class body can see the class namespace.
      if ((kind === 'annotation' || kind === 'type_params' || kind === 'type_alias')
          && (this.cur.kind === 'class' || (this.cur.canSeeClassScope && kind !== 'type_params'))) {
        b.canSeeClassScope = true;
        if (this.cur.kind === 'class') this.cur.needsClassDict = true;
      }
    }
    this.st.blocks.set(node, b);
    this.stack.push(b);
    this.cur = b;
    return b;
  }

  private leave(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  /** Records a use or binding of `name` in the current block (symtable_add_def). */
  /**
   * Keyword arguments may not be named __debug__ (symtable.c check_keywords) nor repeat (codegen.c
   * codegen_validate_keywords, checked here at the same walk).
   */
  private checkKeywords(keywords: keyword[]): void {
    for (const k of keywords) if (k.arg === '__debug__') this.error('cannot assign to __debug__', k);
    keywords.forEach((k, i) => {
      if (k.arg === null) return;
      const dup = keywords.slice(i + 1).find((o) => o.arg === k.arg);
      if (dup) this.error(`keyword argument repeated: ${k.arg}`, dup);
    });
  }

  /** Line of the last leading `from __future__` import (future.c ff_lineno). */
  private futureLine = -1;

  private def(name: string, flag: number, loc: Loc): void {
    const mangled = mangle(this.privateName, name);
    const old = this.cur.symbols.get(mangled) ?? 0;
    // check_name: parameters, assignments and imports may not bind __debug__.
    if ((flag & BOUND) && name === '__debug__') this.error('cannot assign to __debug__', loc);
    if ((flag & Flag.Param) && (old & Flag.Param)) this.error(`duplicate argument '${name}' in function definition`, loc);
    if ((flag & Flag.TypeParam) && (old & Flag.TypeParam)) this.error(`duplicate type parameter '${name}'`, loc);
    this.cur.symbols.set(mangled, old | flag);
    if (flag & Flag.Param) this.cur.varnames.push(mangled);
  }

  visitModule(tree: mod): void {
    const top = this.enter('module', 'top', tree, 0);
    this.st.top = top;
    switch (tree._kind) {
      case 'Module':
      case 'Interactive': {
        // future.c: the leading `from __future__` imports (after a docstring); later ones are errors.
        const body = tree.body;
        const doc = body[0]?._kind === 'Expr' && body[0].value._kind === 'Constant' && typeof body[0].value.value === 'string';
        for (const s of body.slice(doc ? 1 : 0)) {
          if (s._kind !== 'ImportFrom' || s.level !== 0 || s.module !== '__future__') break;
          this.futureLine = s.lineno;
        }
        for (const s of body) this.stmt(s);
        break;
      }
      case 'Expression':
        this.expr(tree.body);
        break;
      case 'FunctionType':
        break;
    }
  }

  private stmts(body: stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: stmt): void {
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.def(s.name, Flag.Local, s);
        this.defaults(s.args);
        for (const d of s.decorator_list) this.expr(d);
        const hasTypeParams = s.type_params.length > 0;
        if (hasTypeParams) {
          this.enter('type_params', `<generic parameters of ${s.name}>`, s.type_params, s.lineno);
          this.typeParams(s.type_params);
        }
        if (hasAnnotations(s.args, s.returns)) {
          // PEP 649: evaluated lazily by the function's __annotate__.
          this.enter('annotation', '__annotate__', s.args, s.lineno);
          this.annotations(s.args, s.returns);
          this.leave();
        }
        const b = this.enter('function', s.name, s, s.lineno);
        b.coroutine = s._kind === 'AsyncFunctionDef';
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        if (hasTypeParams) this.leave();
        break;
      }
      case 'ClassDef': {
        this.def(s.name, Flag.Local, s);
        for (const b of s.bases) this.expr(b);
        this.checkKeywords(s.keywords);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorator_list) this.expr(d);
        const hasTypeParams = s.type_params.length > 0;
        if (hasTypeParams) {
          this.enter('type_params', `<generic parameters of ${s.name}>`, s.type_params, s.lineno);
          this.typeParams(s.type_params);
          this.def('.type_params', Flag.Local, s);
          this.def('.generic_base', Flag.Local, s);
        }
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.enter('class', s.name, s, s.lineno);
        if (hasTypeParams) {
          // symtable.c: the class body sets __type_params__ from the type-params scope's
          // .type_params, a free variable here.
          this.def('__type_params__', Flag.Local, s);
          this.def('.type_params', Flag.Use, s);
        }
        this.stmts(s.body);
        this.leave();
        this.privateName = savedPrivate;
        if (hasTypeParams) this.leave();
        break;
      }
      case 'TypeAlias': {
        this.expr(s.name);
        const name = (s.name as { id: string }).id;
        const hasTypeParams = s.type_params.length > 0;
        if (hasTypeParams) {
          this.enter('type_params', `<generic parameters of ${name}>`, s.type_params, s.lineno);
          this.typeParams(s.type_params);
        }
        this.enter('type_alias', name, s, s.lineno);
        this.expr(s.value);
        this.leave();
        if (hasTypeParams) this.leave();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        break;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target._kind === 'Name') {
          const name = s.target.id;
          const old = this.cur.symbols.get(mangle(this.privateName, name)) ?? 0;
          if ((old & (Flag.Global | Flag.Nonlocal)) && s.simple) {
            this.error(`annotated name '${name}' can't be ${old & Flag.Global ? 'global' : 'nonlocal'}`, s);
          }
          if (s.simple) this.def(name, Flag.Annot | Flag.Local, s);
          else if (s.value) this.def(name, Flag.Local, s);
        } else {
          this.expr(s.target);
        }
        this.moduleOrClassAnnotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const w of s.items) this.withitem(w);
        this.stmts(s.body);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) this.matchCase(c);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) this.handler(h);
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        // codegen.c codegen_from_import.
        if (s._kind === 'ImportFrom' && s.level === 0 && s.module === '__future__' && s.lineno > this.futureLine) {
          this.error('from __future__ imports must occur at the beginning of the file', s);
        }
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') this.error('import * only allowed at module level', s);
            continue;
          }
          const store = a.asname ?? (s._kind === 'Import' ? a.name.split('.')[0]! : a.name);
          this.def(store, Flag.Import, a);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = s._kind === 'Global';
        for (const name of s.names) {
          const mangled = mangle(this.privateName, name);
          const cur = this.cur.symbols.get(mangled) ?? 0;
          if (cur & (Flag.Param | Flag.Local | Flag.Use | Flag.Annot)) {
            const what = isGlobal ? 'global' : 'nonlocal';
            let msg: string;
            if (cur & Flag.Param) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & Flag.Use) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & Flag.Annot) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            this.error(msg, s);
          }
          this.def(name, isGlobal ? Flag.Global : Flag.Nonlocal, s);
          this.cur.directives.set(mangled, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private handler(h: excepthandler): void {
    if (h.type) this.expr(h.type);
    if (h.name) this.def(h.name, Flag.Local, h);
    this.stmts(h.body);
  }

  private withitem(w: withitem): void {
    this.expr(w.context_expr);
    if (w.optional_vars) this.expr(w.optional_vars);
  }

  private matchCase(c: match_case): void {
    this.pattern(c.pattern);
    if (c.guard) this.expr(c.guard);
    this.stmts(c.body);
  }

  private pattern(p: pattern): void {
    switch (p._kind) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const x of p.patterns) this.pattern(x); break;
      case 'MatchStar': if (p.name) this.def(p.name, Flag.Local, p); break;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const x of p.patterns) this.pattern(x);
        if (p.rest) this.def(p.rest, Flag.Local, p);
        break;
      case 'MatchClass':
        p.kwd_attrs.forEach((a, i) => {
          if (a === '__debug__') this.error('cannot assign to __debug__', p.kwd_patterns[i]!);
        });
        this.expr(p.cls);
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.def(p.name, Flag.Local, p);
        break;
      case 'MatchOr': for (const x of p.patterns) this.pattern(x); break;
    }
  }

  private defaults(a: arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  private annotations(a: arguments, returns: expr | null): void {
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) if (x.annotation) this.annotation(x.annotation);
    if (a.vararg?.annotation) this.annotation(a.vararg.annotation);
    if (a.kwarg?.annotation) this.annotation(a.kwarg.annotation);
    if (returns) this.annotation(returns);
  }

  /** PEP 649: annotations are evaluated lazily; their names resolve like a nested function's. */
  private annotation(e: expr): void {
    this.expr(e);
  }

  /**
   * An annotated assignment's annotation goes to the enclosing module's or class's single
   * `__annotate__` scope (created at the first one); in a function it is not evaluated at all.
   */
  private moduleOrClassAnnotation(e: expr): void {
    const owner = this.cur;
    if (owner.kind !== 'module' && owner.kind !== 'class') return;
    let ann = owner.annotateBlock;
    if (ann === null) {
      ann = this.enter('annotation', '__annotate__', owner.node === null ? owner : { annotateOf: owner.node }, e.lineno);
      owner.annotateBlock = ann;
      this.leave();
    }
    if (owner.kind === 'module' && !owner.hasConditionalAnnotations) {
      owner.hasConditionalAnnotations = true;
      this.def('__conditional_annotations__', Flag.Use, e);
    }
    const saved = this.cur;
    this.stack.push(ann);
    this.cur = ann;
    if (owner.kind === 'module') this.def('__conditional_annotations__', Flag.Use, e);
    this.expr(e);
    this.stack.pop();
    this.cur = saved;
  }

  private params(a: arguments): void {
    const all: arg[] = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    for (const x of [...a.posonlyargs, ...a.args]) this.def(x.arg, Flag.Param, x);
    if (a.vararg) {
      this.def(a.vararg.arg, Flag.Param, a.vararg);
      this.cur.varargs = true;
    }
    for (const x of a.kwonlyargs) this.def(x.arg, Flag.Param, x);
    if (a.kwarg) {
      this.def(a.kwarg.arg, Flag.Param, a.kwarg);
      this.cur.varkeywords = true;
    }
    // Reorder varnames as CPython: positional, keyword-only, then *args, **kwargs.
    const order = [...all.map((x) => mangle(this.privateName, x.arg))];
    if (a.vararg) order.push(mangle(this.privateName, a.vararg.arg));
    if (a.kwarg) order.push(mangle(this.privateName, a.kwarg.arg));
    this.cur.varnames.length = 0;
    this.cur.varnames.push(...order);
  }

  private typeParams(tps: type_param[]): void {
    for (const tp of tps) {
      this.def(tp.name, Flag.Local | Flag.TypeParam, tp);
      if (tp._kind === 'TypeVar' && tp.bound) this.lazyExpr(tp.bound, `<TypeVar bound of ${tp.name}>`);
      if (tp.default_value) this.lazyExpr(tp.default_value, `<TypeVar default of ${tp.name}>`);
    }
  }

  /** A lazily evaluated expression (TypeVar bound/default): its own annotation-like scope. */
  private lazyExpr(e: expr, name: string): void {
    this.enter('annotation', name, e, e.lineno);
    this.expr(e);
    this.leave();
  }

  private expr(e: expr): void {
    switch (e._kind) {
      case 'Name': {
        const flag = e.ctx === 'Load' ? Flag.Use : Flag.Local;
        if (e.ctx !== 'Load' && e.id === '__debug__') {
          this.error(e.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
        }
        this.def(e.id, flag, e);
        // super() and __class__ in a function need the enclosing class's __class__ cell.
        if (e.ctx === 'Load' && (e.id === 'super' || e.id === '__class__') && this.cur.kind === 'function') {
          this.def('__class__', Flag.Use, e);
        }
        break;
      }
      case 'BoolOp': for (const v of e.values) this.expr(v); break;
      case 'NamedExpr': this.namedExpr(e); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.defaults(e.args);
        this.enter('function', '<lambda>', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': for (const k of e.keys) if (k) this.expr(k); for (const v of e.values) this.expr(v); break;
      case 'Set': for (const v of e.elts) this.expr(v); break;
      case 'ListComp': this.comprehension(e, 'list', [e.elt], e.generators); break;
      case 'SetComp': this.comprehension(e, 'set', [e.elt], e.generators); break;
      case 'DictComp': this.comprehension(e, 'dict', [e.key, e.value], e.generators); break;
      case 'GeneratorExp': this.comprehension(e, 'genexp', [e.elt], e.generators); break;
      case 'Await':
        this.expr(e.value);
        // An await inside a comprehension makes it an asynchronous comprehension (CPython symtable.c).
        if (this.cur.kind === 'comprehension') this.cur.coroutine = true;
        break;
      case 'Yield':
        this.checkYield(e);
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        break;
      case 'YieldFrom':
        this.checkYield(e);
        this.expr(e.value);
        this.cur.generator = true;
        break;
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); break;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        this.checkKeywords(e.keywords as keyword[]);
        for (const k of e.keywords as keyword[]) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'Interpolation':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': case 'TemplateStr': for (const v of e.values) this.expr(v); break;
      case 'Constant': break;
      case 'Attribute':
        if (e.ctx !== 'Load' && e.attr === '__debug__') {
          this.error(e.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e);
        }
        this.expr(e.value);
        break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'List': case 'Tuple': for (const v of e.elts) this.expr(v); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  /** CPython symtable.c (comprehensions) and codegen (module/class bodies) reject these yields. */
  private checkYield(e: expr): void {
    const b = this.cur;
    if (b.kind === 'comprehension') {
      const what = b.comprehension === 'genexp' ? 'generator expression' : `${b.comprehension} comprehension`;
      this.error(`'yield' inside ${what}`, e);
    }
    if (b.kind === 'module' || b.kind === 'class') this.error("'yield' outside function", e);
  }

  private namedExpr(e: expr & { _kind: 'NamedExpr' }): void {
    // The target binds in the nearest enclosing non-comprehension scope (PEP 572).
    const target = (e.target as { id: string }).id;
    if (this.cur.compIterExpr > 0) this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    this.expr(e.value);
    let i = this.stack.length - 1;
    while (i > 0 && this.stack[i]!.kind === 'comprehension') {
      const b = this.stack[i]!;
      if ((b.symbols.get(target) ?? 0) & Flag.CompIter) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
      }
      i--;
    }
    const owner = this.stack[i]!;
    if (owner !== this.cur) {
      if (owner.kind === 'class') this.error('assignment expression within a comprehension cannot be used in a class body', e);
      // Bound in the owner, free in the comprehensions in between.
      const saved = this.cur;
      this.cur = owner;
      const old = owner.symbols.get(target) ?? 0;
      if (old & Flag.Global) owner.symbols.set(target, old | Flag.Global);
      else this.def(target, Flag.Local, e.target);
      this.cur = saved;
      // At module level (or for a name the owner declares global) the comprehension sees it as
      // an explicit global (CPython symtable_extend_namedexpr_scope).
      this.def(target, owner.kind === 'module' || (old & Flag.Global) ? Flag.Global : Flag.Nonlocal, e.target);
    } else {
      this.def(target, Flag.Local, e.target);
    }
  }

  private comprehension(e: expr, kind: 'list' | 'set' | 'dict' | 'genexp', elts: expr[], gens: comprehension[]): void {
    // The first iterable is evaluated in the enclosing scope.
    const first = gens[0]!;
    this.cur.compIterExpr++;
    this.expr(first.iter);
    this.cur.compIterExpr--;
    const name = kind === 'genexp' ? '<genexpr>' : kind === 'list' ? '<listcomp>' : kind === 'set' ? '<setcomp>' : '<dictcomp>';
    const b = this.enter('comprehension', name, e, e.lineno);
    b.comprehension = kind;
    if (kind === 'genexp') b.generator = true;
    if (gens.some((g) => g.is_async)) b.coroutine = true;
    gens.forEach((g, i) => {
      this.compTarget(g.target);
      if (i > 0) {
        this.cur.compIterExpr++;
        this.expr(g.iter);
        this.cur.compIterExpr--;
      }
      for (const c of g.ifs) this.expr(c);
    });
    for (const x of elts) this.expr(x);
    this.leave();
    // An inlined async comprehension awaits in its enclosing comprehension, which becomes async too.
    if (b.coroutine && kind !== 'genexp' && this.cur.kind === 'comprehension') this.cur.coroutine = true;
  }

  private compTarget(t: expr): void {
    switch (t._kind) {
      case 'Name': this.def(t.id, Flag.Local | Flag.CompIter, t); break;
      case 'Tuple': case 'List': for (const x of t.elts) this.compTarget(x); break;
      case 'Starred': this.compTarget(t.value); break;
      default: this.expr(t);
    }
  }
}

/** Second pass (symtable.c analyze_block): decides each name's scope, top-down. */
function analyze(b: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>,
  classEntry: Block | null, filename: string): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const inlinedCells = new Set<string>();
  const functionLike = b.isFunctionLike() || b.kind === 'comprehension';
  // Class bindings are not visible in methods: pass down only what was visible before the class.
  if (b.kind === 'class') {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of b.symbols) analyzeName(b, name, flags, bound, local, free, global, classEntry, filename);
  if (b.kind !== 'class') {
    if (functionLike) for (const n of local) newBound.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add('__class__');
    newBound.add('__classdict__');
    newBound.add('__conditional_annotations__');
  }
  for (const c of b.children) {
    let childClassEntry: Block | null = null;
    if (c.canSeeClassScope) childClassEntry = b.kind === 'class' ? b : classEntry;
    const inline = c.kind === 'comprehension' && !c.generator && !b.canSeeClassScope;
    const childFree = new Set<string>();
    analyze(c, new Set(newBound), childFree, new Set(newGlobal), childClassEntry, filename);
    if (inline) inlineComprehension(b, c, childFree, inlinedCells);
    for (const n of childFree) newFree.add(n);
  }
  if (functionLike) {
    // Locals captured by children become cells.
    for (const [n, sc] of b.scopes) {
      if (sc !== Scope.Local) continue;
      if (newFree.has(n) || inlinedCells.has(n)) {
        b.scopes.set(n, Scope.Cell);
        newFree.delete(n);
      }
    }
  } else if (b.kind === 'class') {
    if (newFree.delete('__class__')) b.needsClassClosure = true;
    if (newFree.delete('__classdict__')) b.needsClassDict = true;
    newFree.delete('__conditional_annotations__');
  }
  // Names free in children and not bound here are free here too.
  for (const n of newFree) {
    if (!b.scopes.has(n)) {
      if (b.kind !== 'module') b.scopes.set(n, Scope.Free);
    } else if (b.kind === 'class' || b.canSeeClassScope) {
      b.freeClassNames.add(n);
    }
  }
  for (const n of newFree) free.add(n);
}

/** Merges an inlined comprehension's names into its parent (symtable.c inline_comprehension). */
function inlineComprehension(parent: Block, comp: Block, compFree: Set<string>, inlinedCells: Set<string>): void {
  comp.inlined = true;
  for (const [name, flags] of comp.symbols) {
    const scope = comp.scopes.get(name)!;
    if (scope === Scope.Cell) inlinedCells.add(name);
    const existing = parent.symbols.get(name);
    if (existing === undefined) {
      parent.symbols.set(name, flags);
      // A comprehension's private names do not become the parent's variables.
      if (!(flags & BOUND)) parent.scopes.set(name, scope);
    } else if ((existing & BOUND) && parent.kind !== 'class') {
      // Free in the comprehension and local in the parent: plain parent locals, unless a
      // scope nested in the comprehension captures them.
      if (!isFreeInAnyChild(comp, name)) compFree.delete(name);
    }
  }
}

function isFreeInAnyChild(b: Block, name: string): boolean {
  for (const c of b.children) {
    const sc = c.scopes.get(name);
    if (sc === Scope.Free) return true;
    if (isFreeInAnyChild(c, name)) return true;
  }
  return false;
}
function analyzeName(b: Block, name: string, flags: number, bound: Set<string> | null, local: Set<string>,
  free: Set<string>, global: Set<string>, classEntry: Block | null, filename: string): void {
  const at = (msg: string): never => {
    const loc = b.directives.get(name) ?? { lineno: b.lineno, col_offset: 0, end_lineno: b.lineno, end_col_offset: 0 };
    throw new CompileError(msg, filename, loc);
  };
  if (flags & Flag.Global) {
    if (flags & Flag.Nonlocal) at(`name '${name}' is nonlocal and global`);
    b.scopes.set(name, Scope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & Flag.Nonlocal) {
    if (bound === null) at('nonlocal declaration not allowed at module level');
    if (!bound!.has(name)) at(`no binding for nonlocal '${name}' found`);
    b.scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  if (flags & BOUND) {
    b.scopes.set(name, Scope.Local);
    local.add(name);
    global.delete(name);
    return;
  }
  if (classEntry !== null) {
    const cf = classEntry.symbols.get(name) ?? 0;
    if (cf & Flag.Global) {
      b.scopes.set(name, Scope.GlobalExplicit);
      return;
    }
    if ((cf & BOUND) && !(cf & Flag.Nonlocal)) {
      b.scopes.set(name, Scope.GlobalImplicit);
      return;
    }
  }
  if (bound !== null && bound.has(name)) {
    b.scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  b.scopes.set(name, global.has(name) ? Scope.GlobalExplicit : Scope.GlobalImplicit);
}
