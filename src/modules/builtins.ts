// The builtins module: the builtin types and constants, and the builtin functions (this file:
// attribute and type queries, iteration, repr, print and input; see builtins_num.ts and
// builtins_exec.ts for the rest). CPython: Python/bltinmodule.c.

import { Ref, type Value, T_TYPE } from '../objects/value.js';
import { BUILTIN_TYPES, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { SINGLETONS } from '../objects/bootstrap.js';
import { typeOf, lookup, isSubtype, typeName } from '../objects/typeobject.js';
import {
  raise, typeNameOf, reprObject, str, call, iter, next, lenExact, callSpecial, STOP, toArray, builtinSlot, callDescriptor,
} from '../objects/protocol.js';
import { pinValue } from '../objects/alloc.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { isTuple, tupleItems } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { truthy } from '../objects/protocol.js';
import { MISSING, type NativeSpec } from '../objects/native.js';
import { I32 } from '../heap/index.js';
import { defineModule } from './define.js';
import { NUM_BUILTINS } from './builtins_num.js';
import { EXEC_BUILTINS } from './builtins_exec.js';
import { sysGet } from './sys.js';
import { readLine } from './_io.js';
import { getattr as getattrV, getattrOrUndefined, setattr, delattr } from '../vm/attr.js';
import { asciiObject } from '../vm/format.js';
import { callValue } from '../vm/call.js';
import { generatorType } from '../vm/gen.js';
import { newAnextAwaitable } from '../vm/anext_awaitable.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { textIOWrapperType, open as ioOpen } from './_io.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function isType(v: Value): v is Ref {
  return v instanceof Ref && (I32[v.a >> 2] === T_TYPE || isSubtype(I32[v.a >> 2]!, T_TYPE));
}

function attrName(name: Value, what: string): string {
  if (typeof name !== 'string') raise('TypeError', `${what}attribute name must be string, not '${typeNameOf(name)}'`);
  return name;
}

// ---- isinstance / issubclass (PyObject_IsInstance / PyObject_IsSubclass) ------------------------

function bases(cls: Value): Value[] | null {
  let b: Value | undefined;
  try {
    b = getattrOrUndefined(cls, '__bases__');
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'AttributeError')) return null;
    throw e;
  }
  return b !== undefined && isTuple(b) ? tupleItems(b.a) : null;
}

function abstractIsSubclass(derived: Value, cls: Value): boolean {
  for (let d = derived; ;) {
    if (d instanceof Ref && cls instanceof Ref && d.a === cls.a) return true;
    const bs = bases(d);
    if (bs === null || bs.length === 0) return false;
    if (bs.length === 1) {
      d = bs[0]!;
      continue;
    }
    return bs.some((b) => abstractIsSubclass(b, cls));
  }
}

function recursiveIsInstance(inst: Value, cls: Value): boolean {
  if (isType(cls)) {
    if (isSubtype(typeOf(inst), cls.a)) return true;
    const c = getattrOrUndefined(inst, '__class__');
    return c !== undefined && isType(c) && c.a !== typeOf(inst) && isSubtype(c.a, cls.a);
  }
  if (bases(cls) === null) raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const c = getattrOrUndefined(inst, '__class__');
  return c !== undefined && abstractIsSubclass(c, cls);
}

export function isInstance(inst: Value, cls: Value): boolean {
  if (cls instanceof Ref && typeOf(inst) === cls.a) return true;
  if (cls instanceof Ref && I32[cls.a >> 2] === T_TYPE) return recursiveIsInstance(inst, cls);
  if (isTuple(cls)) return tupleItems(cls.a).some((c) => isInstance(inst, c));
  const checker = lookup(typeOf(cls), '__instancecheck__');
  if (checker !== undefined) return truthy(callSpecial(cls, '__instancecheck__', [inst])!);
  return recursiveIsInstance(inst, cls);
}

function recursiveIsSubclass(derived: Value, cls: Value): boolean {
  if (isType(cls) && isType(derived)) return isSubtype(derived.a, cls.a);
  if (bases(derived) === null) raise('TypeError', 'issubclass() arg 1 must be a class');
  if (bases(cls) === null) raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

export function isSubclass(derived: Value, cls: Value): boolean {
  if (cls instanceof Ref && I32[cls.a >> 2] === T_TYPE) {
    if (derived instanceof Ref && derived.a === cls.a) return true;
    return recursiveIsSubclass(derived, cls);
  }
  if (isTuple(cls)) return tupleItems(cls.a).some((c) => isSubclass(derived, c));
  const checker = lookup(typeOf(cls), '__subclasscheck__');
  if (checker !== undefined) return truthy(callSpecial(cls, '__subclasscheck__', [derived])!);
  return recursiveIsSubclass(derived, cls);
}

export function isCallable(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  return lookup(typeOf(v), '__call__') !== undefined;
}

// ---- getattr family ---------------------------------------------------------------------------

function getattr(obj: Value, name: Value, dflt: Value): Value {
  const n = attrName(name, '');
  if ((dflt as unknown) === MISSING) return getattrV(obj, n);
  try {
    const v = getattrOrUndefined(obj, n);
    return v === undefined ? dflt : v;
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'AttributeError')) return dflt;
    throw e;
  }
}

function hasattr(obj: Value, name: Value): Value {
  const n = attrName(name, '');
  try {
    return getattrOrUndefined(obj, n) !== undefined;
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'AttributeError')) return false;
    throw e;
  }
}

// ---- iteration -------------------------------------------------------------------------------------

let callableIter: (f: Value, sentinel: Value) => Value = () => null;
export function setCallableIterMaker(f: typeof callableIter): void {
  callableIter = f;
}

function iterBuiltin(args: Value[]): Value {
  if (args.length === 0) raise('TypeError', 'iter expected at least 1 argument, got 0');
  if (args.length > 2) raise('TypeError', `iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) return iter(args[0]!);
  if (!isCallable(args[0]!)) raise('TypeError', 'iter(v, w): v must be callable');
  return callableIter(args[0]!, args[1]!);
}

function nextBuiltin(it: Value, dflt: Value): Value {
  const t = typeOf(it);
  const m = lookup(t, '__next__');
  if (m === undefined) raise('TypeError', `'${typeName(t)}' object is not an iterator`);
  if ((dflt as unknown) !== MISSING) {
    const v = next(it);
    return v === STOP ? dflt : v;
  }
  // Without a default, the iterator's own StopIteration propagates (a generator's carries its return
  // value); a builtin iterator that just ends gets a fresh one (CPython: builtin_next).
  const slot = builtinSlot(t, 'next');
  if (slot === undefined || t === TYPE_ADDR[generatorType.index]) return callDescriptor(m, it, t, []);
  const v = slot(it) as Value | typeof STOP;
  if (v === STOP) throw call(new Ref(builtinTypeAddr('StopIteration')), []);
  pinValue(v);
  return v;
}

/** aiter() (PyObject_GetAIter): worded apart from `async for`. */
function aiterBuiltin(v: Value): Value {
  const t = typeOf(v);
  const m = lookup(t, '__aiter__');
  if (m === undefined) raise('TypeError', `'${typeNameOf(v)}' object is not an async iterable`);
  const it = callDescriptor(m, v, t, []);
  if (lookup(typeOf(it), '__anext__') === undefined) {
    raise('TypeError', `aiter() returned not an async iterator of type '${typeNameOf(it)}'`);
  }
  return it;
}

function anext(it: Value, dflt: Value): Value {
  const m = lookup(typeOf(it), '__anext__');
  if (m === undefined) raise('TypeError', `'${typeNameOf(it)}' object is not an async iterator`);
  const aw = callSpecial(it, '__anext__', [])!;
  if ((dflt as unknown) === MISSING) return aw;
  return newAnextAwaitable(aw, dflt);
}

// ---- print and input -------------------------------------------------------------------------------

function print(args: Value[], sep: Value, end: Value, file: Value, flush: Value): Value {
  if (sep !== null && typeof sep !== 'string') raise('TypeError', `sep must be None or a string, not ${typeNameOf(sep)}`);
  if (end !== null && typeof end !== 'string') raise('TypeError', `end must be None or a string, not ${typeNameOf(end)}`);
  let f = file;
  if (f === null) {
    const out = sysGet('stdout');
    if (out === undefined) raise('RuntimeError', 'lost sys.stdout');
    if (out === null) return null;
    f = out;
  }
  const write = getattrV(f, 'write');
  const s = sep === null ? ' ' : sep;
  // One write per piece, as PyFile_WriteObject/WriteString do, so custom files see the same calls.
  for (let i = 0; i < args.length; i++) {
    if (i > 0) callValue(write, [s], null, null);
    callValue(write, [str(args[i]!)], null, null);
  }
  callValue(write, [end === null ? '\n' : end], null, null);
  if (truthy(flush)) callValue(getattrV(f, 'flush'), [], null, null);
  return null;
}

function isConsole(v: Value, fd: number): boolean {
  if (!(v instanceof Ref) || typeOf(v) !== TYPE_ADDR[textIOWrapperType.index]) return false;
  const n = getattrOrUndefined(v, 'fileno');
  return n !== undefined && callValue(n, [], null, null) === fd;
}

function input(prompt: Value): Value {
  const stdin = sysGet('stdin');
  const stdout = sysGet('stdout');
  const stderr = sysGet('stderr');
  if (stdin === undefined || stdin === null) raise('RuntimeError', 'lost sys.stdin');
  if (stdout === undefined || stdout === null) raise('RuntimeError', 'lost sys.stdout');
  if (stderr === undefined) raise('RuntimeError', 'lost sys.stderr');
  if (stderr !== null) {
    const fl = getattrOrUndefined(stderr, 'flush');
    if (fl !== undefined) callValue(fl, [], null, null);
  }
  if ((prompt as unknown) !== MISSING) {
    const p = str(prompt);
    if (p.includes('\0')) raise('ValueError', 'input: prompt string cannot contain null characters');
    callValue(getattrV(stdout, 'write'), [p], null, null);
  }
  const fl = getattrOrUndefined(stdout, 'flush');
  if (fl !== undefined) callValue(fl, [], null, null);
  let line: Value;
  if (isConsole(stdin, 0)) {
    line = readLine(0);
  } else {
    line = callValue(getattrV(stdin, 'readline'), [], null, null);
    if (typeof line !== 'string') raise('TypeError', 'object.readline() returned non-string');
  }
  if (line === '') throw call(new Ref(builtinTypeAddr('EOFError')), ['EOF when reading a line']);
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

const CORE_BUILTINS: Record<string, NativeSpec> = {
  isinstance: { sig: 'isinstance(obj, class_or_tuple, /)', fn: fn((o: Value, c: Value) => isInstance(o, c)) },
  issubclass: { sig: 'issubclass(cls, class_or_tuple, /)', fn: fn((o: Value, c: Value) => isSubclass(o, c)) },
  callable: { sig: 'callable(obj, /)', fn: fn((o: Value) => isCallable(o)) },
  getattr: { sig: 'getattr(object, name, default=<unrepresentable>, /)', fn: fn(getattr) },
  setattr: {
    sig: 'setattr(obj, name, value, /)',
    fn: fn((o: Value, n: Value, v: Value) => {
      setattr(o, attrName(n, ''), v);
      return null;
    }),
  },
  delattr: {
    sig: 'delattr(obj, name, /)',
    fn: fn((o: Value, n: Value) => {
      delattr(o, attrName(n, ''));
      return null;
    }),
  },
  hasattr: { sig: 'hasattr(obj, name, /)', fn: fn(hasattr) },
  id: { sig: 'id(obj, /)', fn: fn((o: Value) => idOf(o)) },
  len: { sig: 'len(obj, /)', fn: fn((o: Value) => lenExact(o)) },
  repr: { sig: 'repr(obj, /)', fn: fn((o: Value) => reprObject(o)) },
  ascii: { sig: 'ascii(obj, /)', fn: fn((o: Value) => asciiObject(o)) },
  iter: { sig: 'iter(*args)', fn: fn(iterBuiltin) },
  next: { sig: 'next(iterator, default=<unrepresentable>, /)', fn: fn(nextBuiltin) },
  aiter: { sig: 'aiter(async_iterable, /)', fn: fn(aiterBuiltin) },
  anext: { sig: 'anext(aiterator, default=<unrepresentable>, /)', fn: fn(anext) },
  all: {
    sig: 'all(iterable, /)',
    fn: fn((it: Value) => {
      const i = iter(it);
      for (let v = next(i); v !== STOP; v = next(i)) if (!truthy(v)) return false;
      return true;
    }),
  },
  any: {
    sig: 'any(iterable, /)',
    fn: fn((it: Value) => {
      const i = iter(it);
      for (let v = next(i); v !== STOP; v = next(i)) if (truthy(v)) return true;
      return false;
    }),
  },
  sorted: {
    // builtin_sorted: the keywords go to list.sort as given (its errors are sort()'s).
    sig: 'sorted(iterable, /, **kwargs)',
    fn: fn((it: Value, kw: Map<string, Value>) => {
      const l = newList(toArray(it));
      callValue(getattrV(l, 'sort'), [], [...kw.keys()], [...kw.values()]);
      return l;
    }),
  },
  print: { sig: "print(*args, sep=' ', end='\\n', file=None, flush=False)", fn: fn(print) },
  input: { sig: 'input(prompt=<unrepresentable>, /)', fn: fn(input) },
  breakpoint: {
    sig: 'breakpoint(*args, **kws)',
    fn: fn(() => raise('NotImplementedError', 'breakpoint() needs pdb, which ftpy does not support yet')),
  },
  open: {
    sig: "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
    fn: fn(ioOpen),
  },
};

/** id(): the heap address for objects; immutable JS values get a stable id from their value. */
let nextJsId = 1;
const jsIds = new Map<unknown, number>();
export function idOf(v: Value): Value {
  if (v instanceof Ref) return v.a;
  if (v === null) return SINGLETONS.none;
  if (v === true) return SINGLETONS.true;
  if (v === false) return SINGLETONS.false;
  const key = typeof v === 'object' ? `f${v.v}` : typeof v === 'number' && !Number.isInteger(v) ? `f${v}` : `${typeof v}:${String(v)}`;
  let id = jsIds.get(key);
  if (id === undefined) {
    // Odd ids never collide with (8-byte aligned) heap addresses.
    id = (nextJsId += 2) * 8 + 1;
    jsIds.set(key, id);
  }
  return id;
}

export const builtinsModule = defineModule({
  name: 'builtins',
  doc: 'Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all \'built-in\'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in value is not supported.',
  functions: { ...CORE_BUILTINS, ...NUM_BUILTINS, ...EXEC_BUILTINS },
  init: (d) => {
    for (const def of BUILTIN_TYPES) {
      if (!def.internal && (def.module === undefined || def.module === 'builtins') && PUBLIC_TYPES.has(def.name)) {
        dictSet(d, def.name, new Ref(TYPE_ADDR[def.index]!));
      }
    }
    dictSet(d, 'None', null);
    dictSet(d, 'True', true);
    dictSet(d, 'False', false);
    dictSet(d, 'Ellipsis', new Ref(SINGLETONS.ellipsis));
    dictSet(d, 'NotImplemented', new Ref(SINGLETONS.notImplemented));
    dictSet(d, '__debug__', true);
    dictSet(d, '__package__', '');
    // Old names kept as aliases of OSError (Objects/exceptions.c _PyBuiltins_AddExceptions).
    const os = dictGet(d, 'OSError');
    if (os !== undefined) for (const alias of ['EnvironmentError', 'IOError']) dictSet(d, alias, os);
  },
});

/** Types reachable by name from builtins (the rest live in types or are internal). */
const PUBLIC_TYPES = new Set<string>();
export function publishBuiltinTypes(names: string[]): void {
  for (const n of names) PUBLIC_TYPES.add(n);
}
