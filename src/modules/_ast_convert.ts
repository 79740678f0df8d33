// Converting between the parser's AST (plain JS objects, parser/ast.generated.ts) and ast node
// objects: toPython for compile(..., PyCF_ONLY_AST), fromPython for compile(ast_object, ...), which
// then checks what the compiler relies on, as CPython's validator does.
// CPython: Python/Python-ast.c (ast2obj_*, obj2ast_*, PyAST_obj2mod), Python/ast.c (_PyAST_Validate).
// DELIBERATE DIFFERENCES: the validator checks expression contexts, constants, empty bodies and
// comparisons, not every rule of Python/ast.c; a tuple or frozenset constant (only CPython's AST
// optimizer makes them) is refused with NotImplementedError, since the compiler has no such literal.

import { Ref, PyFloat, floatValue, type Value } from '../objects/value.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { call, raise, repr } from '../objects/protocol.js';
import { typeOf, typeName, isSubtype } from '../objects/typeobject.js';
import { instanceDict } from '../objects/object.js';
import { dictSet } from '../objects/dict.js';
import { newList, isList, listItems } from '../objects/list.js';
import { newBytes, bytesData } from '../objects/bytes.js';
import { newComplex, complexFromHeap } from '../objects/numcore.js';
import { normBig } from '../objects/longmath.js';
import { SINGLETONS } from '../objects/bootstrap.js';
import { strValueOf } from '../objects/protocol.js';
import { NODES, SIMPLE_TYPES, type FieldInfo, type mod } from '../parser/ast.generated.js';
import { SplitSurrogateStr, PyComplex, Ellipsis, type ConstantValue } from '../parser/constant.js';
import { getattr, getattrOrUndefined } from '../vm/attr.js';
import { astClass, singleton } from './_ast.js';

type Node = { _kind: string } & Record<string, unknown>;

// ---- parser AST -> Python objects (ast2obj) ----------------------------------------------------

let objectNew: Value | undefined;

/** The node's Python object: a new instance of its kind's original class, fields and attributes set. */
export function toPython(node: Node): Ref {
  const info = NODES[node._kind]!;
  if (info.simple) return singleton(node._kind);
  objectNew ??= getattr(new Ref(builtinTypeAddr('object')), '__new__');
  const obj = call(objectNew, [astClass(node._kind)]) as Ref;
  const d = instanceDict(obj, true);
  for (const f of info.fields) dictSet(d, f.name, fieldToPython(node[f.name], f));
  for (const a of info.attributes) dictSet(d, a.name, (node[a.name] as number | null | undefined) ?? null);
  return obj;
}

function fieldToPython(v: unknown, f: FieldInfo): Value {
  if (f.seq) return newList((v as unknown[]).map((x) => fieldToPython(x, { ...f, seq: false })));
  if (v === null || v === undefined) return null;
  if (SIMPLE_TYPES.has(f.type)) return singleton(v as string);
  switch (f.type) {
    case 'identifier': case 'string': case 'int': return v as Value;
    case 'constant': return constantToPython(v as ConstantValue);
    default: return toPython(v as Node);
  }
}

function constantToPython(c: ConstantValue): Value {
  if (c === null || typeof c === 'boolean' || typeof c === 'string') return c;
  if (typeof c === 'bigint') return normBig(c);
  if (typeof c === 'number') return floatValue(c);
  if (c === Ellipsis) return new Ref(SINGLETONS.ellipsis);
  if (c instanceof SplitSurrogateStr) return c.units;
  if (c instanceof PyComplex) return newComplex(c.real, c.imag);
  return newBytes(c as Uint8Array);
}

// ---- Python objects -> parser AST (obj2ast) ----------------------------------------------------

const MODE_NODE: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** PyAST_obj2mod: the tree for `mode` (compile(ast_object, ...)), converted and validated. */
export function fromPython(obj: Value, mode: string): mod {
  const want = MODE_NODE[mode]!;
  if (!isInstanceOf(obj, want)) raise('TypeError', `expected ${want} node, got ${typeName(typeOf(obj))}`);
  const tree = nodeFromPython(obj, 'mod') as unknown as mod;
  validateMod(tree);
  return tree;
}

function isInstanceOf(v: Value, kind: string): boolean {
  return v instanceof Ref && isSubtype(typeOf(v), astClass(kind).a);
}

/** obj2ast_<sum>: the first constructor class `obj` is an instance of. */
function nodeFromPython(obj: Value, type: string): Node | null {
  if (obj === null) return null;
  for (const [kind, info] of Object.entries(NODES)) {
    if (info.base !== type || !isInstanceOf(obj, kind)) continue;
    if (info.simple) return { _kind: kind };
    const node: Node = { _kind: kind };
    // obj2ast_<sum> reads the attributes (positions) before the constructor's fields.
    for (const a of info.attributes) {
      const v = getattrOrUndefined(obj, a.name);
      if (v === undefined || v === null) {
        if (!a.opt) raise('TypeError', `required field "${a.name}" missing from ${type}`);
        // end_lineno / end_col_offset default to the start (obj2ast_*: "if (tmp == NULL || tmp == Py_None)")
        node[a.name] = node[a.name === 'end_lineno' ? 'lineno' : 'col_offset'];
      } else node[a.name] = intFromPython(v);
    }
    for (const f of info.fields) node[f.name] = fieldFromPython(obj, f, kind);
    return node;
  }
  raise('TypeError', `expected some sort of ${type}, but got ${repr(obj)}`);
}

function fieldFromPython(obj: Value, f: FieldInfo, kind: string): unknown {
  const v = getattrOrUndefined(obj, f.name);
  if (v === undefined) {
    if (f.seq) return [];
    if (f.opt) return null;
    raise('TypeError', `required field "${f.name}" missing from ${kind}`);
  }
  if (f.seq) {
    if (!isList(v)) raise('TypeError', `${kind} field "${f.name}" must be a list, not a ${typeName(typeOf(v))}`);
    return listItems(v.a).map((x) => itemFromPython(x, f, kind));
  }
  const out = itemFromPython(v, f, kind);
  if (out === null && !f.opt) raise('ValueError', `field '${f.name}' is required for ${kind}`);
  return out;
}

function itemFromPython(v: Value, f: FieldInfo, kind: string): unknown {
  switch (f.type) {
    case 'identifier':
      if (v === null) return null;
      if (typeof v !== 'string') raise('TypeError', 'AST identifier must be of type str');
      return v;
    case 'string':
      if (v === null) return null;
      if (typeof v !== 'string') raise('TypeError', 'AST string must be of type str');
      return v;
    case 'int':
      return v === null ? null : intFromPython(v);
    case 'constant':
      return constantFromPython(v, kind);
    default: {
      if (v === null) return null;
      const n = nodeFromPython(v, f.type);
      return SIMPLE_TYPES.has(f.type) ? n!._kind : n;
    }
  }
}

function intFromPython(v: Value): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  raise('ValueError', `invalid integer value: ${repr(v)}`);
}

/** obj2ast_constant + validate_constant: exact builtin types only (a subclass instance is refused). */
function constantFromPython(v: Value, kind: string): ConstantValue {
  void kind;
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v instanceof PyFloat) return v.v;
  const t = typeOf(v);
  const r = v as Ref;
  if (r.a === SINGLETONS.ellipsis) return Ellipsis;
  if (t === builtinTypeAddr('str')) return strValueOf(r);
  if (t === builtinTypeAddr('bytes')) return bytesData(r.a).slice();
  if (t === builtinTypeAddr('complex')) {
    const [re, im] = complexFromHeap(r.a);
    return new PyComplex(re, im);
  }
  if (t === builtinTypeAddr('frozenset') || t === builtinTypeAddr('tuple')) {
    raise('NotImplementedError', `ftpy cannot compile an ast.Constant holding a ${typeName(t)}`);
  }
  raise('TypeError', `got an invalid type in Constant: ${typeName(t)}`);
}

// ---- validation (Python/ast.c) -------------------------------------------------------------------

type Ctx = 'Load' | 'Store' | 'Del';
const CTX_KINDS = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);
const BODY_KINDS: Record<string, string[]> = {
  FunctionDef: ['body'], AsyncFunctionDef: ['body'], ClassDef: ['body'], For: ['body'], AsyncFor: ['body'],
  While: ['body'], If: ['body'], With: ['body'], AsyncWith: ['body'], Try: ['body'], TryStar: ['body'],
  ExceptHandler: ['body'], match_case: ['body'],
};

function validateMod(m: mod): void {
  const n = m as unknown as Node;
  if (n._kind === 'Expression') validateExpr(n.body as Node, 'Load');
  else for (const s of (n.body as Node[] | undefined) ?? []) validateNode(s);
}

/** Walks a statement-level node: target expressions need Store/Del, the rest Load. */
function validateNode(n: Node): void {
  const kind = n._kind;
  for (const field of BODY_KINDS[kind] ?? []) {
    if ((n[field] as unknown[]).length === 0) raise('ValueError', `empty body on ${kind}`);
  }
  const info = NODES[kind]!;
  for (const f of info.fields) {
    const v = n[f.name];
    const ctx: Ctx = targetCtx(kind, f.name);
    const each = (x: unknown): void => {
      if (x === null || typeof x !== 'object') return;
      const child = x as Node;
      if (NODES[child._kind]!.base === 'expr') validateExpr(child, ctx);
      else validateNode(child);
    };
    if (Array.isArray(v)) v.forEach(each);
    else each(v);
  }
}

function targetCtx(kind: string, field: string): Ctx {
  if (field === 'targets' && kind === 'Delete') return 'Del';
  if ((field === 'targets' && kind === 'Assign') || (field === 'target' && (kind === 'AugAssign' || kind === 'AnnAssign'
    || kind === 'For' || kind === 'AsyncFor' || kind === 'comprehension' || kind === 'NamedExpr'))
    || (field === 'optional_vars' && kind === 'withitem')) return 'Store';
  return 'Load';
}

function validateExpr(e: Node, ctx: Ctx): void {
  const kind = e._kind;
  if (CTX_KINDS.has(kind) && e.ctx !== ctx) {
    raise('ValueError', `expression must have ${ctx} context but has ${String(e.ctx)} instead`);
  }
  if (kind === 'Compare') {
    const ops = e.ops as unknown[];
    if (ops.length === 0) raise('ValueError', 'Compare with no comparators');
    if (ops.length !== (e.comparators as unknown[]).length) raise('ValueError', 'Compare has a different number of comparators and operands');
  }
  if (kind === 'Constant' && e.value !== null && typeof e.value === 'object' && !(e.value instanceof Uint8Array)
    && !(e.value instanceof PyComplex) && !(e.value instanceof SplitSurrogateStr)) {
    raise('TypeError', 'got an invalid type in Constant');
  }
  // Elements of a Store/Del List, Tuple or Starred share its context; everything else loads.
  const inner: Ctx = kind === 'List' || kind === 'Tuple' || kind === 'Starred' ? ctx : 'Load';
  for (const f of NODES[kind]!.fields) {
    const v = e[f.name];
    const child = (x: unknown): void => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) return;
      const c = x as Node;
      if (NODES[c._kind]!.base === 'expr') validateExpr(c, kind === 'NamedExpr' && f.name === 'target' ? 'Store' : inner);
      else validateNode(c);
    };
    if (Array.isArray(v)) v.forEach(child);
    else child(v);
  }
}

