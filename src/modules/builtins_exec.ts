// Builtins that run code or look at namespaces: exec, eval, compile, globals, locals, vars, dir,
// __import__, __build_class__. CPython: Python/bltinmodule.c, Objects/object.c (_dir_object),
// Objects/frameobject.c (PEP 667 snapshots of function locals).

import { Ref, type Value } from '../objects/value.js';
import { typeOf, lookup, typeMro, isSubtype } from '../objects/typeobject.js';
import { raise, typeNameOf, callSpecial, toArray } from '../objects/protocol.js';
import { newDict, dictGet, dictSet, dictKeys, isDict } from '../objects/dict.js';
import { isDictInstance } from '../objects/dict_type.js';
import { newList, listItems, isList } from '../objects/list.js';
import { tupleItems } from '../objects/tuple.js';
import { instanceDict } from '../objects/object.js';
import { codeEntry } from '../objects/code.js';
import { cellGet } from '../objects/cell.js';
import { strValueOf } from '../objects/protocol.js';
import { CodeSlot, TypeSlot } from '../objects/layouts.js';
import { getSlot } from '../objects/value.js';
import { bytesLikeValue } from './buffers.js';
import { MISSING, type NativeSpec } from '../objects/native.js';
import { TS, type Frame } from '../vm/state.js';
import { compileSource, runCode, parseToTree, compileTree } from '../vm/exec.js';
import { compileFileFromCache } from '../vm/imports.js';
import type { Mode } from '../parser/index.js';
import { isAst } from './_ast.js';
import { toPython, fromPython } from './_ast_convert.js';
import { buildClass } from '../vm/classbuild.js';
import { importName } from '../vm/imports.js';
import { getattrOrUndefined, getattr } from '../vm/attr.js';
import { callValue } from '../vm/call.js';
import { call } from '../objects/protocol.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { jsName } from '../compiler/emitter.js';
import { T_FUNCTION } from '../objects/protocol.js';
import { I32 } from '../heap/index.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function callerFrame(): Frame | null {
  return TS.frame;
}

/** locals() of a frame: the namespace of module and class bodies, a fresh snapshot in functions. */
export function frameLocals(fr: Frame): Value {
  const comp = inlinedComprehensionLocals(fr);
  // Inside a comprehension inlined in a module or class body, locals() is the comprehension's
  // own variables (they are fast locals there, PEP 709).
  if (fr.ns instanceof Ref) return comp.length === 0 ? fr.ns : new Ref(localsDict(comp));
  const code = (fr.code as Ref).a;
  const e = codeEntry(code);
  const d = newDict();
  for (const name of e.varnames) {
    const v = fr[jsName('v_', name)] as Value | undefined;
    if (v !== undefined) dictSet(d, name, v);
  }
  for (const t of [CodeSlot.Cellvars, CodeSlot.Freevars]) {
    for (const name of tupleItems(getSlot(code, t)) as string[]) {
      const cell = fr[jsName('c_', name)] as Ref | undefined;
      const v = cell === undefined ? undefined : cellGet(cell.a);
      if (v !== undefined) dictSet(d, name, v);
    }
  }
  for (const [name, v] of comp) dictSet(d, name, v);
  return new Ref(d);
}

/** The bound variables of the inlined comprehensions running in fr: frame fields `k<N>_<name>`
 * (cells `ck<N>_<name>`, see compiler/gen_expr.ts genComprehension), outermost first. */
function inlinedComprehensionLocals(fr: Frame): Array<[string, Value]> {
  const out: Array<[string, Value]> = [];
  for (const key of Object.keys(fr)) {
    const m = /^(c?)k\d+_(.*)$/.exec(key);
    if (m === null) continue;
    const raw = fr[key] as Value | undefined;
    const v = raw === undefined ? undefined : m[1] === 'c' ? cellGet((raw as Ref).a) : raw;
    if (v === undefined) continue;
    out.push([m[2]!.replace(/\$([0-9a-f]+)_/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16))), v]);
  }
  return out;
}

function localsDict(items: Array<[string, Value]>): number {
  const d = newDict();
  for (const [name, v] of items) dictSet(d, name, v);
  return d;
}

function globals(): Value {
  const fr = callerFrame();
  if (fr === null) raise('SystemError', 'globals(): no current frame');
  return new Ref(fr.g);
}

function locals(): Value {
  const fr = callerFrame();
  if (fr === null) raise('SystemError', 'locals(): no current frame');
  return frameLocals(fr);
}

function sourceText(source: Value, what: string): string | Uint8Array {
  if (typeof source === 'string') {
    if (source.includes('\0')) throw call(new Ref(builtinTypeAddr('SyntaxError')), ['source code string cannot contain null bytes']);
    return source;
  }
  if (source instanceof Ref && isSubtype(typeOf(source), typeOf(''))) return strValueOf(source);
  const b = bytesLikeValue(source);
  if (b !== null) {
    if (b.includes(0)) throw call(new Ref(builtinTypeAddr('SyntaxError')), ['source code string cannot contain null bytes']);
    return b;
  }
  raise('TypeError', `${what}() arg 1 must be a string, bytes or code object`);
}

function isCode(v: Value): v is Ref {
  return v instanceof Ref && typeNameOf(v) === 'code';
}

const PyCF_ONLY_AST = 0x400;
/** Flags that do not change what compile() makes of a file (PyCF_SOURCE_IS_UTF8 0x100; none else). */
const PyCF_DONT_INHERIT_MASK = 0x100;
const PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
const PyCF_ALLOWED = 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x2000 | 0x20000 | 0x40000 | 0x80000 | 0x100000
  | 0x200000 | 0x400000 | 0x800000 | 0x1000000 | 0x10;

function compile(source: Value, filename: Value, mode: Value, flags: Value, dontInherit: Value, optimize: Value,
  featureVersion: Value): Value {
  void dontInherit;
  const fl = Number(flags);
  if (fl & ~PyCF_ALLOWED) raise('ValueError', 'compile(): unrecognised flags');
  // optimize is a C int (clinic "int" converter): out of its range is an OverflowError first.
  if (typeof optimize === 'bigint' || (typeof optimize === 'number' && Math.abs(optimize) > 0x7fffffff)) {
    raise('OverflowError', 'Python int too large to convert to C int');
  }
  if (typeof optimize !== 'number' || optimize < -1 || optimize > 2) raise('ValueError', 'compile(): invalid optimize value');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    if (mode === 'func_type' && !(fl & PyCF_ONLY_AST)) {
      raise('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    }
    if (mode !== 'func_type') {
      raise('ValueError', fl & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'");
    }
  }
  if ((fl & PyCF_OPTIMIZED_AST) === PyCF_OPTIMIZED_AST) {
    raise('NotImplementedError', 'ftpy has no AST optimizer: compile() with PyCF_OPTIMIZED_AST (ast.parse(optimize=1))');
  }
  if (isCode(source)) return source;
  const fname = typeof filename === 'string' ? filename : String(filename);
  const opts = {
    barryAsFlufl: (fl & 0x400000) !== 0, allowIncompleteInput: (fl & 0x4000) !== 0, dontImplyDedent: (fl & 0x200) !== 0,
    featureVersion: typeof featureVersion === 'number' && featureVersion >= 0 ? featureVersion : undefined,
  };
  // An AST object: returned as is for PyCF_ONLY_AST, else converted, validated and compiled
  // (builtin_compile_impl: PyAST_Check, PyAST_obj2mod).
  if (isAst(source)) return fl & PyCF_ONLY_AST ? source : compileTree(fromPython(source, mode as string), fname);
  const text = sourceText(source, 'compile');
  if (fl & PyCF_ONLY_AST) return toPython(parseToTree(text, fname, mode as Mode, opts) as never);
  // A whole source file, as importlib compiles modules: the compile cache's copy when it is current.
  if (mode === 'exec' && (fl & ~PyCF_DONT_INHERIT_MASK) === 0 && opts.featureVersion === undefined) {
    const cached = compileFileFromCache(fname, text);
    if (cached !== null) return cached;
  }
  return compileSource(text, fname, mode as 'exec' | 'eval' | 'single', opts);
}

function isMapping(v: Value): boolean {
  return isDict(v) || (v instanceof Ref && lookup(typeOf(v), '__getitem__') !== undefined);
}

/** Resolves exec/eval's globals and locals like builtin_exec_impl / builtin_eval_impl. */
function namespaces(globalsV: Value, localsV: Value, what: 'exec' | 'eval'): [number, Value] {
  // A dict subclass is accepted as globals (PyDict_Check); its overrides then serve name lookups as locals.
  if (globalsV !== null && !isDictInstance(globalsV)) {
    if (what === 'exec') raise('TypeError', `exec() globals must be a dict, not ${typeNameOf(globalsV)}`);
    raise('TypeError', isMapping(globalsV) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (localsV !== null && !isMapping(localsV)) {
    if (what === 'exec') raise('TypeError', `locals must be a mapping or None, not ${typeNameOf(localsV)}`);
    raise('TypeError', 'locals must be a mapping');
  }
  if (globalsV === null) {
    const fr = callerFrame();
    if (fr === null) raise('SystemError', `${what}(): no current frame`);
    return [fr.g, localsV === null ? frameLocals(fr) : localsV];
  }
  return [(globalsV as Ref).a, localsV === null ? globalsV : localsV];
}

function execOrEval(what: 'exec' | 'eval', source: Value, g: Value, l: Value): Value {
  const [globalsA, localsV] = namespaces(g, l, what);
  let code: Ref;
  if (isCode(source)) {
    if (tupleItems(getSlot(source.a, CodeSlot.Freevars)).length > 0) {
      raise('TypeError', `code object passed to ${what}() may not contain free variables`);
    }
    code = source;
  } else {
    let text = sourceText(source, what);
    // eval() ignores leading blanks (builtin_eval_impl skips spaces and tabs).
    if (what === 'eval' && typeof text === 'string') text = text.replace(/^[ \t]+/, '');
    code = compileSource(text, '<string>', what === 'exec' ? 'exec' : 'eval');
  }
  const r = runCode(code, globalsA, localsV);
  return what === 'exec' ? null : r;
}

// ---- dir() and vars() ------------------------------------------------------------------------------

/** Names of a class and its bases (type.__dir__). */
export function typeDir(t: number): Value {
  const names = new Set<Value>();
  const mro = typeMro(t);
  const classes = mro === 0 ? [t] : (tupleItems(mro) as Ref[]).map((r) => r.a);
  for (const c of classes) for (const k of dictKeys(getSlot(c, TypeSlot.Dict))) names.add(k);
  return newList([...names]);
}

/** object.__dir__: the instance dict's keys plus the class's attributes. */
export function objectDir(v: Value): Value {
  const names = new Set<Value>();
  const d = instanceDict(v, false);
  if (d !== 0) for (const k of dictKeys(d)) names.add(k);
  const cls = getattrOrUndefined(v, '__class__');
  if (cls instanceof Ref) for (const k of listItems((typeDir(cls.a) as Ref).a)) names.add(k);
  return newList([...names]);
}

function dir(args: Value[]): Value {
  if (args.length > 1) raise('TypeError', `dir expected at most 1 argument, got ${args.length}`);
  let names: Value;
  if (args.length === 0) {
    const fr = callerFrame();
    names = fr === null ? newList([]) : newList(toArray(callValue(getattr(frameLocals(fr), 'keys'), [], null, null)));
  } else {
    const r = callSpecial(args[0]!, '__dir__', []);
    if (r === undefined) raise('TypeError', 'object does not provide __dir__');
    names = newList(toArray(r));
  }
  callValue(getattr(names, 'sort'), [], null, null);
  return names;
}

function vars(args: Value[]): Value {
  if (args.length > 1) raise('TypeError', `vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return locals();
  const d = getattrOrUndefined(args[0]!, '__dict__');
  if (d === undefined) raise('TypeError', 'vars() argument must have __dict__ attribute');
  return d;
}

// ---- __import__ and __build_class__ ----------------------------------------------------------------

function dunderImport(name: Value, globalsV: Value, localsV: Value, fromlist: Value, level: Value): Value {
  void localsV;
  if (typeof name !== 'string') raise('TypeError', 'module name must be a string');
  if (typeof level !== 'number' || level < 0) raise('ValueError', 'level must be >= 0');
  if (name === '' && level === 0) raise('ValueError', 'Empty module name');
  const g = isDict(globalsV) ? (globalsV as Ref).a : newDict();
  const fake = { g, ns: null } as unknown as Frame;
  const from = fromlist === null || (fromlist as unknown) === MISSING ? null : (isList(fromlist) ? listItems(fromlist.a) : toArray(fromlist)) as string[];
  return importName(fake, name, from !== null && from.length > 0 ? from : null, level);
}

function buildClassBuiltin(args: Value[], kw: Map<string, Value>): Value {
  if (args.length < 2) raise('TypeError', '__build_class__: not enough arguments');
  const [func, name, ...bases] = args;
  if (!(func instanceof Ref) || I32[func.a >> 2] !== T_FUNCTION) raise('TypeError', '__build_class__: func must be a function');
  if (typeof name !== 'string') raise('TypeError', '__build_class__: name is not a string');
  return buildClass(func, name, bases, bases.map(() => 0), [...kw.values()], [...kw.keys()]);
}

export const EXEC_BUILTINS: Record<string, NativeSpec> = {
  exec: {
    sig: 'exec(source, /, globals=None, locals=None, *, closure=None)',
    fn: fn((s: Value, g: Value, l: Value) => execOrEval('exec', s, g, l)),
  },
  eval: { sig: 'eval(source, /, globals=None, locals=None)', fn: fn((s: Value, g: Value, l: Value) => execOrEval('eval', s, g, l)) },
  compile: {
    sig: 'compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)',
    fn: fn(compile),
  },
  globals: { sig: 'globals()', fn: fn(globals) },
  locals: { sig: 'locals()', fn: fn(locals) },
  vars: { sig: 'vars(*args)', fn: fn(vars) },
  dir: { sig: 'dir(*args)', fn: fn(dir) },
  __import__: { sig: '__import__(name, globals=None, locals=None, fromlist=(), level=0)', fn: fn(dunderImport) },
  __build_class__: { sig: '__build_class__(*args, **kwargs)', fn: fn(buildClassBuiltin) },
};

export { dictGet };
