// Code generation driver: turns a module's AST into one JavaScript unit holding a function per
// Python code object. Each function keeps its Python locals in a frame object (`fr`) that the
// thread can enumerate for the collector; expression temporaries that must survive a call are
// spilled into frame fields too. See docs/ARCHITECTURE.md "The interpreter".

import type { mod, stmt, expr, arguments as Arguments } from '../parser/ast.generated.js';
import { buildSymbolTable, Block, Scope, mangle, type SymbolTable } from './symtable.js';
import { Emitter, jsString, jsName } from './emitter.js';
import { CodeFlag, type CodeInfo, type CompiledUnit, type CoConst } from './codeinfo.js';
import { Ellipsis, PyComplex, SplitSurrogateStr } from '../parser/constant.js';
import { genStmts } from './gen_stmt.js';
import { CompileError } from './errors.js';

/** How generated code reaches a name. */
export type NameAccess =
  | { kind: 'fast'; field: string; name: string }
  | { kind: 'cell'; field: string; name: string; free: boolean }
  | { kind: 'global'; name: string }
  | { kind: 'name'; name: string } // module/class body: namespace, then globals, then builtins
  | { kind: 'classderef'; field: string; name: string }; // class body reading a free variable

/** One entry of an __annotate__ function: the name, its annotation, and for a module the index
 * in __conditional_annotations__ that says whether the assignment ran. */
export interface AnnotationItem { name: string; annotation: expr; node?: stmt; cond?: number; nested?: boolean }

export class UnitGen {
  /** Module-level annotated assignments and their __conditional_annotations__ index. */
  readonly condAnnotations = new Map<stmt, number>();
  readonly codes: CodeInfo[] = [];
  readonly functions: string[] = [];
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<string, number>();
  /** Inline caches: one object literal per site, declared at unit level. */
  readonly ics: string[] = [];
  nextCompId = 0;
  /** Class bodies being generated, innermost last: the names stored as `self.X` inside each. */
  readonly classAttrs: Set<string>[] = [];

  /** Receives compile-time warnings (PEP 765 control flow in finally); true turns one into an error. */
  warn: ((w: { category: 'SyntaxWarning'; message: string; filename: string; lineno: number }) => boolean) | null = null;
  /** 'single' input: module-level expression statements, also inside loops and ifs, go to sys.displayhook. */
  interactive = false;

  constructor(readonly st: SymbolTable, readonly filename: string, readonly source: string) {}

  /** Index of a constant that needs a runtime object (K[i]). */
  constant(key: string, value: unknown): number {
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** Declares an inline-cache object and returns its JS name. */
  ic(init: string): string {
    const name = `I${this.ics.length}`;
    this.ics.push(`const ${name} = ${init};`);
    return name;
  }

  newCode(info: Omit<CodeInfo, 'index'>): CodeInfo {
    const c = { ...info, index: this.codes.length } as CodeInfo;
    this.codes.push(c);
    this.functions.push('');
    return c;
  }

  text(): string {
    return [
      '"use strict";',
      'const R = arguments[0], K = arguments[1], C = arguments[2];',
      'const TS = R.TS, SP = R.SP, SPI = R.SPI, PIN = R.PIN;',
      this.ics.join('\n'),
      ...this.functions,
      `return [${this.codes.map((c) => `c${c.index}`).join(', ')}];`,
    ].join('\n');
  }
}

/** Generates the code function for one Python block. */
export class FnGen {
  readonly e = new Emitter();
  private temps = 0;
  /** Stack of inlined comprehension blocks being generated inside this function. */
  readonly compStack: Array<{ block: Block; prefix: string }> = [];
  /** Labels of enclosing loops, for break/continue inside try/finally bookkeeping. */
  readonly loops: string[] = [];
  loopCounter = 0;
  readonly fields = new Set<string>();
  /** Loop depths (loops.length) at each enclosing `finally:` body, for PEP 765 warnings. */
  readonly finallyLoops: number[] = [];
  /** Set while generating inside a `finally:`-protected region or `with`: affects nothing yet. */
  isGenerator: boolean;
  isAsync: boolean;

  constructor(readonly unit: UnitGen, readonly block: Block, readonly code: CodeInfo,
    readonly privateName: string | null) {
    this.positions = [code.firstlineno, code.firstlineno, -1, -1];
    code.positions = this.positions;
    this.isGenerator = block.generator;
    this.isAsync = block.coroutine;
  }

  error(msg: string, node: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): never {
    throw new CompileError(msg, this.unit.filename, node);
  }

  /** A fresh frame field for a temporary that must stay rooted. */
  temp(): string {
    const f = `t${this.temps++}`;
    this.fields.add(f);
    return `fr.${f}`;
  }

  /** How many frame fields exist so far (see clearTempsSince). */
  tempMark(): number {
    return this.fields.size;
  }

  /**
   * Temporaries and inlined-comprehension variables made since `mark` are dead once the statement
   * that made them completes: clearing them lets the collector free what they held, as CPython
   * drops its stack references (and a comprehension's variables) at that point.
   */
  clearTempsSince(mark: number): void {
    const dead: string[] = [];
    let i = 0;
    for (const f of this.fields) if (i++ >= mark && /^(t\d+|k\d+_)/.test(f)) dead.push(`fr.${f}`);
    if (dead.length) this.e.line(`${dead.join(' = ')} = undefined;`);
  }

  /** A JS-local temporary (never holds a value across a possible collection point). */
  local(): string {
    return `$${this.temps++}`;
  }

  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  /**
   * co_consts / co_names. Without bytecode these are derived from what the generated code uses, in
   * first-use order: literals, folded constant tuples, nested code objects; global/namespace names, attributes, imports.
   * DELIBERATE DIFFERENCE: CPython's optimizer can order and prune them differently.
   */
  private readonly constKeys = new Set<string>();
  foldDepth = 0;
  noteConst(c: CoConst): void {
    if (this.foldDepth > 0) return;
    // 3.14 loads ints 0..255 with LOAD_SMALL_INT; flowgraph.c remove_unused_consts drops them
    // then, except the first constant, which it always keeps.
    if (c.k === 'v' && typeof c.v === 'bigint' && c.v >= 0n && c.v < 256n && (this.code.consts?.length ?? 0) > 0) return;
    const key = coConstKey(c);
    if (this.constKeys.has(key)) return;
    this.constKeys.add(key);
    (this.code.consts ??= []).push(c);
  }

  private readonly nameSet = new Set<string>();
  noteName(name: string): void {
    if (this.nameSet.has(name)) return;
    this.nameSet.add(name);
    (this.code.names ??= []).push(name);
  }

  /** How to reach `name` from the current position (innermost inlined comprehension first). */
  access(rawName: string): NameAccess {
    const a = this.resolve(rawName);
    if (a.kind === 'global' || a.kind === 'name') this.noteName(a.name);
    return a;
  }

  private resolve(rawName: string): NameAccess {
    const name = this.mangle(rawName);
    for (let i = this.compStack.length - 1; i >= 0; i--) {
      const { block, prefix } = this.compStack[i]!;
      const flags = block.symbols.get(name) ?? 0;
      if (flags & (2 | 4 | 128)) { // bound in the comprehension (Local | Param | Import)
        const sc = block.scopeOf(name);
        const field = jsName(`${prefix}_`, name);
        this.fields.add(sc === Scope.Cell ? `c${field}` : field);
        return sc === Scope.Cell ? { kind: 'cell', field: `c${field}`, name, free: false } : { kind: 'fast', field, name };
      }
    }
    const b = this.block;
    const sc = b.scopeOf(name);
    // A comprehension inlined in a class body does not see the class namespace (CPython
    // compiler_nameop checks the comprehension's own scope for the name).
    if (b.kind === 'class' && this.compStack.length > 0
        && this.compStack[this.compStack.length - 1]!.block.scopeOf(name) === Scope.GlobalImplicit) {
      return { kind: 'global', name };
    }
    if (b.kind === 'module') {
      return sc === Scope.GlobalExplicit ? { kind: 'global', name } : { kind: 'name', name };
    }
    if (b.kind === 'class') {
      switch (sc) {
        case Scope.GlobalExplicit: return { kind: 'global', name };
        case Scope.Free: {
          const field = jsName('c_', name);
          this.fields.add(field);
          return { kind: 'classderef', field, name };
        }
        case Scope.Cell: {
          // Only __class__ is a cell in a class body; reads go through the namespace.
          return { kind: 'name', name };
        }
        default:
          if (b.freeClassNames.has(name)) {
            const field = jsName('c_', name);
            this.fields.add(field);
            return { kind: 'classderef', field, name };
          }
          return { kind: 'name', name };
      }
    }
    switch (sc) {
      case Scope.Local: {
        const field = jsName('v_', name);
        this.fields.add(field);
        return { kind: 'fast', field, name };
      }
      case Scope.Cell:
      case Scope.Free: {
        const field = jsName('c_', name);
        this.fields.add(field);
        return { kind: 'cell', field, name, free: sc === Scope.Free };
      }
      case Scope.GlobalExplicit:
      case Scope.GlobalImplicit:
      default:
        if (b.canSeeClassScope && b.kind !== 'function') return { kind: 'name', name };
        return { kind: 'global', name };
    }
  }

  /** JS expression loading a name. */
  load(rawName: string, node?: Pos): string {
    const a = this.access(rawName);
    // A failed load raises at the name's position: recorded only on the failure path.
    const p = node === undefined ? '' : `, ${this.pos(node)}`;
    switch (a.kind) {
      case 'fast': return `(fr.${a.field} !== undefined ? fr.${a.field} : R.unboundLocal(${jsString(a.name)}${
        node === undefined ? '' : `, ${this.at(node)}`}))`;
      case 'cell': return `R.cellGet(fr.${a.field}, ${jsString(a.name)}, ${a.free})`;
      case 'global': return `R.loadGlobal(fr, ${this.unit.ic(`R.globalIC(${jsString(a.name)}${p})`)})`;
      case 'name': return `R.loadName(fr, ${this.unit.ic(`R.globalIC(${jsString(a.name)}${p})`)})`;
      case 'classderef': return `R.loadClassDeref(fr, ${jsString(a.name)}, fr.${a.field})`;
    }
  }

  /** JS expression storing `value` (a JS expression) into a name. */
  store(rawName: string, value: string): string {
    const a = this.access(rawName);
    switch (a.kind) {
      case 'fast': return `fr.${a.field} = ${value}`;
      case 'cell': return `R.cellSet(fr.${a.field}, ${value})`;
      case 'global': return `R.storeGlobal(fr, ${jsString(a.name)}, ${value})`;
      case 'name': case 'classderef': return `R.storeName(fr, ${jsString(a.name)}, ${value})`;
    }
  }

  del(rawName: string): string {
    const a = this.access(rawName);
    switch (a.kind) {
      case 'fast': return `if (fr.${a.field} === undefined) R.unboundLocal(${jsString(a.name)}); fr.${a.field} = undefined;`;
      case 'cell': return `R.cellDel(fr.${a.field}, ${jsString(a.name)}, ${a.free});`;
      case 'global': return `R.delGlobal(fr, ${jsString(a.name)});`;
      case 'name': case 'classderef': return `R.delName(fr, ${jsString(a.name)});`;
    }
  }

  /** Safepoint poll for loop back-edges: a plain read of the shared flag. */
  poll(): string {
    // Each iteration drops the pins of the previous one (its values are in frame fields now).
    return 'PIN.top = fr.pb; if (SP[SPI] !== 0) R.poll(fr);';
  }

  /**
   * Position table of this code object, four numbers per entry: line, end line, column, end
   * column (UTF-8 byte offsets, -1 = unknown), like CPython's co_positions(). Generated code
   * stores an entry's index in fr.ln before each operation that can raise (one integer store);
   * entry 0 is the code's first line (a frame that has not run yet).
   */
  readonly positions: number[];
  private readonly posIds = new Map<string, number>();

  /** The id of a source range in this code's position table. */
  pos(n: Pos): number {
    const key = `${n.lineno},${n.end_lineno},${n.col_offset},${n.end_col_offset}`;
    let id = this.posIds.get(key);
    if (id === undefined) {
      id = this.positions.length >> 2;
      this.positions.push(n.lineno, n.end_lineno ?? n.lineno, n.col_offset ?? -1, n.end_col_offset ?? -1);
      this.posIds.set(key, id);
    }
    return id;
  }

  /** JS expression recording node's position as the current one (before an operation that can raise). */
  at(n: Pos): string {
    return `fr.ln = ${this.pos(n)}`;
  }

  /**
   * Operand JS texts with node's position recorded after the last of them is evaluated, so
   * the runtime call that follows raises at node (operands record their own positions first).
   */
  after(n: Pos, ops: string[]): string[] {
    if (ops.length === 0) return ops;
    const last = ops[ops.length - 1]!;
    const out = ops.slice(0, -1);
    out.push(/^(?:[\w$.]+|"(?:[^"\\]|\\.)*"|K\[\d+\])$/.test(last)
      ? `(${this.at(n)}, ${last})`
      : `($p = ${last}, ${this.at(n)}, $p)`);
    return out;
  }

  /** The statement's position: compound statements only name their first line (their parts
   * record their own positions); a class statement's whole range is where its class is built. */
  line(node: Pos & { _kind?: string }): void {
    const compound = node._kind !== undefined && COMPOUND.has(node._kind);
    this.e.line(`fr.ln = ${compound
      ? this.pos({ lineno: node.lineno, end_lineno: node.lineno, col_offset: -1, end_col_offset: -1 })
      : this.pos(node)};`);
  }
}

/** A node's source range as the parser records it. */
export interface Pos {
  lineno: number;
  end_lineno?: number | null;
  col_offset?: number | null;
  end_col_offset?: number | null;
}

const COMPOUND = new Set(['If', 'While', 'For', 'AsyncFor', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match',
  'FunctionDef', 'AsyncFunctionDef', 'ExceptHandler']);

/** Compiles a module (or exec/eval/single input) into a unit. */
export function compileModule(tree: mod, filename: string, source: string,
  warn: UnitGen['warn'] = null): CompiledUnit {
  const st = buildSymbolTable(tree, filename);
  const unit = new UnitGen(st, filename, source);
  unit.warn = warn;
  const top = st.top;
  const body: stmt[] = tree._kind === 'Module' || tree._kind === 'Interactive' ? tree.body : [];
  const code = unit.newCode({
    name: '<module>', qualname: '<module>', firstlineno: 1, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0,
    flags: 0, varnames: [], cellvars: [], freevars: [], docstring: null, kind: 'module',
  });
  const g = new FnGen(unit, top, code, null);
  if (tree._kind === 'Expression') {
    genFunction(g, [], () => {
      g.e.line(`return ${genExprRef(g, tree.body)};`);
    }, undefined, true);
  } else {
    genFunction(g, [], () => {
      if (tree._kind === 'Interactive') {
        unit.interactive = true;
        genStmts(g, body);
      } else {
        genDocstring(g, body);
        genAnnotationsSetup(g, top);
        genStmts(g, body);
      }
      g.noteConst({ k: 'v', v: null });
      g.e.line('return null;');
    }, undefined, true);
  }
  return { filename, source: unit.text(), codes: unit.codes, consts: unit.consts };
}

// Late-bound to break the module cycle codegen <-> gen_expr.
import { genExpr as genExprRef, genAnnotateFunction } from './gen_expr.js';

/** A module or class docstring becomes __doc__. */
export function genDocstring(g: FnGen, body: stmt[]): void {
  const first = body[0];
  if (first && first._kind === 'Expr' && first.value._kind === 'Constant' && typeof first.value.value === 'string') {
    g.e.line(`R.storeName(fr, "__doc__", ${jsString(cleanDoc(first.value.value))});`);
  }
}

/**
 * The docstring the compiler stores (CPython: compile.c _PyCompile_CleanDoc): tabs expanded, the first
 * line's leading spaces and the common indentation of the later non-blank lines removed.
 */
export function cleanDoc(doc: string): string {
  if (doc.includes('\t')) {
    // str.expandtabs(8): columns restart after \n and \r.
    let out = '', col = 0;
    for (const ch of doc) {
      if (ch === '\t') { const n = 8 - (col % 8); out += ' '.repeat(n); col += n; }
      else { out += ch; col = ch === '\n' || ch === '\r' ? 0 : col + 1; }
    }
    doc = out;
  }
  const lines = doc.split('\n');
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const n = l.length - l.replace(/^ +/, '').length;
    if (n < l.length) margin = Math.min(margin, n);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0]!.replace(/^ +/, '');
  if (first.length === lines[0]!.length && margin === 0) return doc;
  return [first, ...lines.slice(1).map((l) => {
    let k = 0;
    while (k < margin && l[k] === ' ') k++;
    return l.slice(k);
  })].join('\n');
}

/** Module/class bodies with annotated assignments get an `__annotate__` function (PEP 649). */
export function genAnnotationsSetup(g: FnGen, b: Block): void {
  if (b.annotateBlock === null) return;
  const items = collectAnnotations(b);
  // codegen.c: an empty set that each executed conditional annotated assignment adds its index to;
  // __annotate__ includes those only (codegen_deferred_annotations_body). Every module annotation
  // is conditional (the module may run partly); in a class, those under if/for/while/try/with/match,
  // and the set lives in a cell the class's __annotate__ closes over, not in the class namespace.
  let where: 'global' | 'cell' = 'global';
  if (b.hasConditionalAnnotations) {
    g.e.line(`R.storeName(fr, "__conditional_annotations__", R.newSet());`);
    items.forEach((it, i) => {
      it.cond = i;
    });
  } else if (b.kind === 'class' && items.some((it) => it.nested)) {
    where = 'cell';
    g.fields.add('condanncell');
    g.e.line('fr.condanncell = R.newCell(R.newSet());');
    let n = 0;
    for (const it of items) if (it.nested) it.cond = n++;
  }
  for (const it of items) if (it.cond !== undefined) g.unit.condAnnotations.set(it.node!, it.cond);
  const fn = genAnnotateFunction(g, b.annotateBlock, items, where);
  g.e.line(`R.storeName(fr, "__annotate__", ${fn});`);
}

/** The simple-name annotated assignments of a module or class body, in order (`nested`: inside a
 * compound statement). */
function collectAnnotations(b: Block): AnnotationItem[] {
  const out: AnnotationItem[] = [];
  const body = (b.node as { body?: stmt[] }).body ?? [];
  const visit = (stmts: stmt[], nested: boolean): void => {
    for (const s of stmts) {
      switch (s._kind) {
        case 'AnnAssign':
          if (s.simple && s.target._kind === 'Name') out.push({ name: s.target.id, annotation: s.annotation, node: s, nested });
          break;
        case 'If': case 'While': case 'For': case 'AsyncFor':
          visit(s.body, true); visit(s.orelse, true); break;
        case 'With': case 'AsyncWith':
          visit(s.body, true); break;
        case 'Try': case 'TryStar':
          visit(s.body, true); for (const h of s.handlers) visit(h.body, true); visit(s.orelse, true); visit(s.finalbody, true); break;
        case 'Match':
          for (const c of s.cases) visit(c.body, true); break;
        default:
      }
    }
  };
  visit(body, false);
  return out;
}

/**
 * Emits the JS function for g's code object around `body`: frame creation with every field
 * the body uses, registration on the thread's frame stack, and the traceback hook.
 */
export function genFunction(g: FnGen, params: string[], body: () => void, prologue?: (e: Emitter) => void,
  nsParam = false): void {
  const inner = new Emitter();
  // Generate the body first: it decides which frame fields exist.
  const saved = (g as unknown as { e: Emitter }).e;
  (g as unknown as { e: Emitter }).e = inner;
  inner.indented(() => inner.indented(() => inner.indented(body)));
  (g as unknown as { e: Emitter }).e = saved;

  const c = g.code;
  const paramFields = params.map((p) => p);
  const fieldInit = [...g.fields].filter((f) => !paramFields.includes(f)).map((f) => `${f}: undefined`);
  const jsParams = ['F', ...(nsParam ? ['NS'] : []), ...params.map((_, i) => `a${i}`)];
  const out = g.unit;
  const lines: string[] = [];
  const isGen = (c.flags & (CodeFlag.Generator | CodeFlag.Coroutine | CodeFlag.AsyncGenerator)) !== 0;
  lines.push(`function c${c.index}(${jsParams.join(', ')}) {`);
  lines.push(`  const fr = {code: C[${c.index}], f: F, g: R.globalsOf(F), ns: ${nsParam ? 'NS' : 'null'}, back: null, pb: 0, ln: 0${
    params.map((p, i) => `, ${p}: a${i}`).join('')}${fieldInit.length ? ', ' + fieldInit.join(', ') : ''}};`);
  if (prologue) {
    const pe = new Emitter();
    pe.indented(() => prologue(pe));
    lines.push(pe.text());
  }
  if (isGen) {
    lines.push(`  return R.makeGenerator(fr, c${c.index}$body(fr));`);
    lines.push('}');
    lines.push(`function* c${c.index}$body(fr) {`);
    // Nested defs/comprehensions in the body read closure cells through F.
    lines.push('  const F = fr.f;');
    lines.push('  let $p, $u;');
    lines.push('  {');
    lines.push('    {');
    lines.push('      {');
    lines.push(inner.text());
    lines.push('      }');
    lines.push('    }');
    lines.push('  }');
    lines.push('}');
  } else {
    lines.push('  fr.back = TS.frame; TS.frame = fr; fr.pb = PIN.top;');
    lines.push('  if (++TS.depth > TS.limit) R.recursionError(fr);');
    lines.push('  if (SP[SPI] !== 0) R.poll(fr);');
    lines.push('  let $p, $u;');
    lines.push('  try {');
    lines.push('    {');
    lines.push('      {');
    lines.push(inner.text());
    lines.push('      }');
    lines.push('    }');
    lines.push('  } catch (e) { throw R.traceback(e, fr); }');
    lines.push('  finally { TS.frame = fr.back; TS.depth--; PIN.top = fr.pb; }');
    lines.push('}');
  }
  out.functions[c.index] = lines.join('\n');
}

/** Code info for a def/lambda/comprehension block. */
export function codeInfoFor(g: FnGen, b: Block, name: string, qualname: string, args: Arguments | null,
  firstlineno: number, kind: string, docstring: string | null): CodeInfo {
  let flags = CodeFlag.Optimized | CodeFlag.NewLocals;
  if (b.parent !== null && b.parent.kind !== 'module') flags |= CodeFlag.Nested;
  if (b.varargs) flags |= CodeFlag.VarArgs;
  if (b.varkeywords) flags |= CodeFlag.VarKeywords;
  if (b.generator && b.coroutine) flags |= CodeFlag.AsyncGenerator;
  else if (b.generator) flags |= CodeFlag.Generator;
  else if (b.coroutine) flags |= CodeFlag.Coroutine;
  const cellvars: string[] = [];
  const freevars: string[] = [];
  for (const [n, sc] of b.scopes) {
    if (sc === Scope.Cell) cellvars.push(n);
    else if (sc === Scope.Free) freevars.push(n);
  }
  // A class-local name that a method also uses freely still passes the outer cell through
  // (CPython DEF_FREE_CLASS: it is in the class's co_freevars).
  for (const n of b.freeClassNames) if (!freevars.includes(n)) freevars.push(n);
  if (b.kind === 'class' && b.needsClassClosure) cellvars.push('__class__');
  const varnames = [...b.varnames];
  for (const [n, sc] of b.scopes) if (sc === Scope.Local && !varnames.includes(n)) varnames.push(n);
  if (docstring !== null && b.kind === 'function') flags |= CodeFlag.HasDocstring;
  const body = (b.node as { body?: stmt[] | expr } | null)?.body; // a lambda's body is an expression
  const genClose = (b.generator || b.coroutine) && Array.isArray(body) && hasHandlers(body);
  const code = g.unit.newCode({
    name, qualname, firstlineno,
    argcount: args ? args.posonlyargs.length + args.args.length : 0,
    posonlyargcount: args ? args.posonlyargs.length : 0,
    kwonlyargcount: args ? args.kwonlyargs.length : 0,
    flags, varnames, cellvars: cellvars.sort(), freevars: freevars.sort(), docstring, kind,
    // The docstring is co_consts[0] when there is one (3.14: CO_HAS_DOCSTRING).
    consts: docstring !== null && b.kind === 'function' ? [{ k: 'v', v: docstring }] : [],
    genClose,
  });
  g.noteConst({ k: 'code', index: code.index });
  return code;
}

/** Whether statements (not nested scopes) hold a try or with: closing a generator suspended there runs code. */
function hasHandlers(stmts: stmt[]): boolean {
  return stmts.some((s) => {
    switch (s._kind) {
      case 'Try': case 'TryStar': case 'With': case 'AsyncWith': return true;
      case 'If': case 'While': case 'For': case 'AsyncFor': return hasHandlers(s.body) || hasHandlers(s.orelse);
      case 'Match': return s.cases.some((c) => hasHandlers(c.body));
      default: return false;
    }
  });
}

/** A key equal for co_consts entries CPython's constant cache merges (same type and value). */
function coConstKey(c: CoConst): string {
  if (c.k === 'code') return `C${c.index}`;
  if (c.k === 'tuple') return `(${c.items.map(coConstKey).join(',')})`;
  const v = c.v;
  if (v === null) return 'N';
  if (v === Ellipsis) return 'E';
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  if (typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'number') return `f${Object.is(v, -0) ? '-0' : v}`;
  if (typeof v === 'string') return `s${v}`;
  if (v instanceof Uint8Array) return `b${Array.from(v).join(',')}`;
  if (v instanceof PyComplex) return `c${v.real},${v.imag}`;
  if (v instanceof SplitSurrogateStr) return `s${v.units}|${v.splits.join(',')}`;
  return `?${String(v)}`;
}

export { Scope };
