// The _ast module: ast.AST and its methods (__init__ with 3.13's defaults, __reduce__, __replace__,
// __repr__), the node classes, made at import from the parser's node table (parser/ast.generated.ts
// NODES) by calling type() as CPython's init_types does, and the PyCF_* flags. Converting between
// the parser's AST and these objects is _ast_convert.ts's work.
// CPython: Python/Python-ast.c (make_type, add_attributes, add_ast_annotations, ast_type_init,
// ast_type_reduce, ast_type_replace, ast_repr).

import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { call, raise, repr, toArray } from '../objects/protocol.js';
import { typeOf, typeName, isSubtype } from '../objects/typeobject.js';
import { instanceDict, dictSlotGetset } from '../objects/object.js';
import { newDict, dictGet, dictSet, dictItems } from '../objects/dict.js';
import { newTuple, tupleItems, isTuple } from '../objects/tuple.js';
import { newList, isList, listItems } from '../objects/list.js';
import { makeUnion, newGenericAlias, unionType, genericAliasType } from '../objects/genericalias.js';
import { reprEnter, reprLeave } from '../objects/coll_ops.js';
import { NODES, type NodeInfo, type FieldInfo } from '../parser/ast.generated.js';
import { getattrOrUndefined, setattr } from '../vm/attr.js';
import { warnHere } from '../vm/warn.js';
import { interpreterState } from '../vm/runtime.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

const enum AstSlot { Dict, Count }

const T = (v: Value): number => typeOf(v);
const astAddr = (): number => TYPE_ADDR[astType.index]!;

/** The class's tuple attribute `name` (_fields, _attributes) as strings; null when it has none. */
function nameSeq(cls: number, name: string): Value[] | null {
  const v = getattrOrUndefined(new Ref(cls), name);
  return v === undefined ? null : toArray(v);
}

/** ast_type_init: positional args name _fields in order; keywords set fields or attributes; fields
 * left out default by their _field_types entry (None, [], Load()) or are warned about. */
function astInit(self: Value, args: Value[], kw: Map<string, Value>): Value {
  const t = T(self);
  const tname = typeName(t);
  const fields = nameSeq(t, '_fields') ?? [];
  const remaining = new Set<Value>(fields);
  if (args.length > fields.length) {
    raise('TypeError', `${tname} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
  }
  args.forEach((a, i) => {
    const name = fields[i]!;
    setattr(self, String(name), a);
    remaining.delete(name);
  });
  let attributes: Value[] | null = null;
  for (const [k, v] of kw) {
    if (fields.includes(k)) {
      if (!remaining.delete(k)) raise('TypeError', `${tname} got multiple values for argument ${repr(k)}`);
    } else {
      attributes ??= nameSeq(t, '_attributes') ?? [];
      if (!attributes.includes(k)) {
        warnHere('DeprecationWarning', `${tname}.__init__ got an unexpected keyword argument ${repr(k)}. `
          + 'Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.');
      }
    }
    setattr(self, k, v);
  }
  if (remaining.size === 0) return null;
  const fieldTypes = getattrOrUndefined(new Ref(t), '_field_types');
  // A user-defined subclass without _field_types: fields not passed simply do not exist (pre-3.13).
  if (fieldTypes === undefined || !(fieldTypes instanceof Ref)) return null;
  for (const name of remaining) {
    const type = dictGet(fieldTypes.a, name);
    if (type === undefined) {
      warnHere('DeprecationWarning', `Field ${repr(name)} is missing from ${tname}._field_types. This will become an error in Python 3.15.`);
    } else if (type instanceof Ref && T(type) === TYPE_ADDR[unionType.index]) {
      // optional: the class holds None
    } else if (type instanceof Ref && T(type) === TYPE_ADDR[genericAliasType.index]) {
      setattr(self, String(name), newList([]));
    } else if (type instanceof Ref && type.a === (astClass('expr_context') as Ref).a) {
      setattr(self, String(name), singleton('Load'));
    } else {
      warnHere('DeprecationWarning', `${tname}.__init__ missing 1 required positional argument: ${repr(name)}. This will become an error in Python 3.15.`);
    }
  }
  return null;
}

/** ast_type_reduce: (type, (None,)*k, __dict__) with k the leading _fields present, so copying
 * and unpickling neither warn about missing fields nor recurse through the positional args. */
function astReduce(self: Value): Value {
  const t = T(self);
  const d = instanceDict(self, true);
  const fields = nameSeq(t, '_fields');
  if (fields === null) return newTuple([new Ref(t), newTuple([]), new Ref(d)]);
  const nones: Value[] = [];
  for (const f of fields) {
    if (dictGet(d, f) === undefined) break;
    nones.push(null);
  }
  return newTuple([new Ref(t), newTuple(nones), new Ref(d)]);
}

/** ast_type_replace (copy.replace): a new node of the same type, fields and attributes copied, `kw` applied. */
function astReplace(self: Value, kw: Map<string, Value>): Value {
  const t = T(self);
  const tname = typeName(t);
  const fields = nameSeq(t, '_fields') ?? [];
  const attributes = nameSeq(t, '_attributes') ?? [];
  const d = instanceDict(self, true);
  const expecting = new Set<Value>([...fields, ...attributes]);
  for (const k of kw.keys()) {
    if (!expecting.delete(k)) raise('TypeError', `${tname}.__replace__ got an unexpected keyword argument ${repr(k)}.`);
  }
  for (const [k] of dictItems(d)) expecting.delete(k);
  for (const a of attributes) expecting.delete(a);
  const fieldTypes = getattrOrUndefined(new Ref(t), '_field_types');
  if (fieldTypes instanceof Ref) {
    for (const [name, type] of dictItems(fieldTypes.a)) {
      if (type instanceof Ref && T(type) === TYPE_ADDR[unionType.index]) expecting.delete(name);
    }
  }
  if (expecting.size > 0) {
    const names = [...expecting].map((n) => repr(n)).join(', ');
    raise('TypeError', `${tname}.__replace__ missing ${expecting.size} keyword argument${expecting.size === 1 ? '' : 's'}: ${names}.`);
  }
  const names: string[] = [];
  const values: Value[] = [];
  const put = (k: string, v: Value): void => {
    const i = names.indexOf(k);
    if (i >= 0) values[i] = v;
    else {
      names.push(k);
      values.push(v);
    }
  };
  for (const k of [...fields, ...attributes]) {
    const v = dictGet(d, k);
    if (v !== undefined) put(String(k), v);
  }
  for (const [k, v] of kw) put(k, v);
  return call(new Ref(t), [], names, values);
}

/** ast_repr_max_depth: fields by name, nested nodes to depth 3, sequences as first, ..., last. */
function astRepr(self: Value, depth = 3): string {
  const t = T(self);
  const tname = typeName(t);
  if (depth <= 0) return `${tname}(...)`;
  const a = (self as Ref).a;
  if (reprEnter(a)) return `${tname}(...)`;
  try {
    const fields = nameSeq(t, '_fields') ?? [];
    if (fields.length === 0) return `${tname}()`;
    const parts = fields.map((f) => {
      const v = getattrOrUndefined(self, String(f));
      if (v === undefined) raise('AttributeError', `'${tname}' object has no attribute '${String(f)}'`);
      return `${String(f)}=${reprValue(v, depth)}`;
    });
    return `${tname}(${parts.join(', ')})`;
  } finally {
    reprLeave(a);
  }
}

function reprValue(v: Value, depth: number): string {
  const list = isList(v);
  if (list || isTuple(v)) {
    const items = list ? listItems((v as Ref).a) : tupleItems((v as Ref).a);
    if (items.length === 0) return repr(v);
    const one = (x: Value): string => (isAst(x) ? astRepr(x, depth - 1) : repr(x));
    const inner = items.length === 1 ? one(items[0]!) : `${one(items[0]!)}${items.length > 2 ? ', ...' : ''}, ${one(items[items.length - 1]!)}`;
    return list ? `[${inner}]` : `(${inner})`;
  }
  return isAst(v) ? astRepr(v, depth - 1) : repr(v);
}

export function isAst(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(T(v), astAddr());
}

export const astType = defineBuiltinType({
  name: 'AST',
  module: 'ast',
  flags: TypeFlag.BaseType,
  instanceSlots: AstSlot.Count,
  dictSlot: AstSlot.Dict,
  methods: {
    __init__: { sig: '__init__($self, /, *args, **kwargs)', fn: fn(astInit) },
    __reduce__: { sig: '__reduce__($self, /)', fn: fn(astReduce) },
    __replace__: { sig: '__replace__($self, /, **kwargs)', fn: fn(astReplace) },
  },
  getsets: {
    // ast_type_getsets: PyObject_GenericGetDict / PyObject_GenericSetDict.
    __dict__: dictSlotGetset(AstSlot.Dict),
  },
  attrs: { _fields: () => newTuple([]), __match_args__: () => newTuple([]), _attributes: () => newTuple([]) },
  slots: { repr: (v) => astRepr(v) },
});

// ---- the node classes --------------------------------------------------------------------------

/** The ASDL spelling of a field, as CPython's docstrings show it ("expr?* keys"). */
function fieldSpec(f: FieldInfo): string {
  return `${f.type}${f.opt && f.seq ? '?*' : f.seq ? '*' : f.opt ? '?' : ''} ${f.name}`;
}

function ctorDoc(name: string, info: NodeInfo): string {
  return info.fields.length === 0 ? name : `${name}(${info.fields.map(fieldSpec).join(', ')})`;
}

/** The node table grouped as the ASDL declares it: sum types with their constructors, products alone. */
function asdlGroups(): Array<{ name: string; ctors: string[]; product: boolean }> {
  const groups: Array<{ name: string; ctors: string[]; product: boolean }> = [];
  const byName = new Map<string, { name: string; ctors: string[]; product: boolean }>();
  for (const [kind, info] of Object.entries(NODES)) {
    let g = byName.get(info.base);
    if (g === undefined) {
      g = { name: info.base, ctors: [], product: info.base === kind };
      byName.set(info.base, g);
      groups.push(g);
    }
    if (!g.product) g.ctors.push(kind);
  }
  return groups;
}

const BUILTIN_FIELD_TYPES: Record<string, string> = { identifier: 'str', string: 'str', int: 'int', constant: 'object' };

function makeType(name: string, base: Ref, fields: string[], doc: string): Ref {
  const d = newDict();
  const names = newTuple(fields);
  dictSet(d, '_fields', names);
  dictSet(d, '__match_args__', names);
  dictSet(d, '__module__', 'ast');
  dictSet(d, '__doc__', doc);
  return call(new Ref(builtinTypeAddr('type')), [name, newTuple([base]), new Ref(d)]) as Ref;
}

/** init_types: every class, its _attributes, None defaults for optional fields and attributes, and
 * _field_types (also __annotations__, as add_ast_annotations sets both). */
function initTypes(moduleDict: number): void {
  const classes = newDict();
  const ast = new Ref(astAddr());
  const set = (name: string, cls: Ref): void => {
    dictSet(moduleDict, name, cls);
    dictSet(classes, name, cls);
  };
  const setAttributes = (cls: Ref, attrs: readonly FieldInfo[]): void => {
    setattr(cls, '_attributes', newTuple(attrs.map((a) => a.name)));
    for (const a of attrs) if (a.opt) setattr(cls, a.name, null);
  };
  const concrete: Array<[string, Ref]> = [];
  for (const g of asdlGroups()) {
    if (g.product) {
      const info = NODES[g.name]!;
      const cls = makeType(g.name, ast, info.fields.map((f) => f.name), ctorDoc(g.name, info));
      setAttributes(cls, info.attributes);
      for (const f of info.fields) if (f.opt && !f.seq) setattr(cls, f.name, null);
      set(g.name, cls);
      concrete.push([g.name, cls]);
      continue;
    }
    const infos = g.ctors.map((k) => NODES[k]!);
    const simple = infos.every((i) => i.fields.length === 0);
    const docs = g.ctors.map((k, i) => ctorDoc(k, infos[i]!));
    const doc = `${g.name} = ${docs.join(simple ? ' | ' : `\n${' '.repeat(g.name.length + 1)}| `)}`;
    const abstract = makeType(g.name, ast, [], doc);
    setAttributes(abstract, infos[0]?.attributes ?? []);
    set(g.name, abstract);
    g.ctors.forEach((k, i) => {
      const info = infos[i]!;
      const cls = makeType(k, abstract, info.fields.map((f) => f.name), docs[i]!);
      for (const f of info.fields) if (f.opt && !f.seq) setattr(cls, f.name, null);
      set(k, cls);
      concrete.push([k, cls]);
    });
  }
  // add_ast_annotations: list[T] for sequences, T | None for optional fields.
  for (const [kind, cls] of concrete) {
    const types = newDict();
    for (const f of NODES[kind]!.fields) {
      const builtin = BUILTIN_FIELD_TYPES[f.type];
      let t: Value = builtin !== undefined ? new Ref(builtinTypeAddr(builtin)) : dictGet(classes, f.type)!;
      if (f.seq) t = newGenericAlias(new Ref(builtinTypeAddr('list')), t);
      else if (f.opt) t = makeUnion(t, null);
      dictSet(types, f.name, t);
    }
    setattr(cls, '_field_types', new Ref(types));
    setattr(cls, '__annotations__', new Ref(types));
  }
  // The parser's nodes use one instance of each simple kind (Load, Add, Eq...), as ast2obj does.
  const singletons = newDict();
  for (const [kind, info] of Object.entries(NODES)) {
    if (info.simple) dictSet(singletons, kind, call(dictGet(classes, kind)!, []));
  }
  const state = interpreterState();
  dictSet(state, STATE_CLASSES, new Ref(classes));
  dictSet(state, STATE_SINGLETONS, new Ref(singletons));
}

const STATE_CLASSES = '_ast.classes';
const STATE_SINGLETONS = '_ast.singletons';

/** The original class of a node kind (ast2obj uses these, not the module's current attributes). */
export function astClass(kind: string): Ref {
  const classes = dictGet(interpreterState(), STATE_CLASSES);
  if (!(classes instanceof Ref)) raise('SystemError', 'the _ast module is not initialised');
  return dictGet(classes.a, kind) as Ref;
}

/** The shared instance of a simple kind (Load, Store, Add, Eq...). */
export function singleton(kind: string): Ref {
  const s = dictGet(interpreterState(), STATE_SINGLETONS);
  if (!(s instanceof Ref)) raise('SystemError', 'the _ast module is not initialised');
  return dictGet(s.a, kind) as Ref;
}

export const astModule = defineModule({
  name: '_ast',
  init(dict) {
    dictSet(dict, 'AST', new Ref(astAddr()));
    initTypes(dict);
    dictSet(dict, 'PyCF_ONLY_AST', PyCF_ONLY_AST);
    dictSet(dict, 'PyCF_TYPE_COMMENTS', PyCF_TYPE_COMMENTS);
    dictSet(dict, 'PyCF_ALLOW_TOP_LEVEL_AWAIT', PyCF_ALLOW_TOP_LEVEL_AWAIT);
    dictSet(dict, 'PyCF_OPTIMIZED_AST', PyCF_OPTIMIZED_AST);
  },
});

