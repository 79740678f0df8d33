// Python function objects: code + globals + defaults + closure, and their attributes.
// CPython: Objects/funcobject.c (func_getsets, func_memberlist, func_descr_get, func_repr).

import { allocObj as alloc } from './alloc.js';
import { FuncSlot, CodeSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, addrHex, nslots, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from './registry.js';
import { typeOf, isSubtype } from './typeobject.js';
import { call, raise, typeNameOf } from './protocol.js';
import { instanceDict } from './object.js';
import { isTuple, newTuple, tupleItems } from './tuple.js';
import { isDict, newDict, dictGet as dictGetRaw } from './dict.js';
import { strFromHeap } from './str.js';
import { codeType } from './code.js';
import { newMethod } from './method.js';

function slot(f: Value, s: FuncSlot): Value | undefined {
  return decode(getSlot((f as Ref).a, s));
}
function put(f: Value, s: FuncSlot, v: Value | undefined): null {
  setSlot((f as Ref).a, s, v === undefined ? 0 : encode(v));
  return null;
}

function setStr(what: string, s: FuncSlot) {
  return ((f: Value, v: Value | undefined) => {
    if (typeof v !== 'string') raise('TypeError', `${what} must be set to a string object`);
    return put(f, s, v);
  }) as never;
}

/** The builtins a function's code sees: its globals' __builtins__ (set by the runtime). */
let builtinsOf: (globals: number) => Value = () => null;
export function setFunctionBuiltinsHook(f: (globals: number) => Value): void {
  builtinsOf = f;
}

export const functionType = defineBuiltinType({
  name: 'function',
  doc: 'Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n'
    + '    a string that overrides the name from the code object\n  argdefs\n'
    + '    a tuple that specifies the default argument values\n  closure\n'
    + '    a tuple that supplies the bindings for free variables\n  kwdefaults\n'
    + '    a dictionary that specifies the default keyword argument values',
  instanceSlots: FuncSlot.Count,
  dictSlot: FuncSlot.Dict,
  methods: {
    // func_new (funcobject.c): types.FunctionType(code, globals, name, argdefs, closure, kwdefaults).
    __new__: {
      sig: '__new__(type, code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)',
      kind: 'staticmethod',
      fn: ((_type: Value, code: Value, globals: Value, name: Value, defaults: Value, closure: Value, kwdefaults: Value) => {
        if (!(code instanceof Ref) || typeNameOf(code) !== 'code') raise('TypeError', `function() argument 'code' must be code, not ${typeNameOf(code)}`);
        if (!(globals instanceof Ref) || !isSubtype(typeOf(globals), builtinTypeAddr('dict'))) {
          raise('TypeError', `function() argument 'globals' must be dict, not ${typeNameOf(globals)}`);
        }
        if (name !== null && typeof name !== 'string') raise('TypeError', 'arg 3 (name) must be None or string');
        if (defaults !== null && !isTuple(defaults)) raise('TypeError', 'arg 4 (defaults) must be None or tuple');
        const nfree = nslots(getSlot(code.a, CodeSlot.Freevars));
        if (!isTuple(closure)) {
          if (nfree > 0 && closure === null) raise('TypeError', 'arg 5 (closure) must be tuple');
          else if (closure !== null) raise('TypeError', 'arg 5 (closure) must be None or tuple');
        }
        if (kwdefaults !== null && !isDict(kwdefaults)) raise('TypeError', 'arg 6 (kwdefaults) must be None or dict');
        const cells = closure === null ? [] : tupleItems((closure as Ref).a);
        if (cells.length !== nfree) {
          raise('ValueError', `${strFromHeap(getSlot(code.a, CodeSlot.Name))} requires closure of length ${nfree}, not ${cells.length}`);
        }
        for (const c of cells) {
          if (typeNameOf(c) !== 'cell') raise('TypeError', `arg 5 (closure) expected cell, found ${typeNameOf(c)}`);
        }
        const module = dictGetRaw(globals.a, '__name__');
        const f = newFunction(code.a, globals.a, defaults, kwdefaults, nfree === 0 ? null : closure, null, module ?? null);
        if (typeof name === 'string') setSlot(f.a, FuncSlot.Name, encode(name));
        return f;
      }) as never,
    },
    __call__: {
      sig: '__call__($self, /, *args, **kwargs)',
      fn: ((f: Value, args: Value[], kw: Map<string, Value>) =>
        call(f, args, kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)) as never,
    },
  },
  getsets: {
    __code__: {
      get: ((f: Value) => slot(f, FuncSlot.Code)!) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (!(v instanceof Ref) || typeNameOf(v) !== 'code') raise('TypeError', '__code__ must be set to a code object');
        return put(f, FuncSlot.Code, v);
      }) as never,
    },
    __defaults__: {
      get: ((f: Value) => slot(f, FuncSlot.Defaults) ?? null) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v !== undefined && v !== null && !isTuple(v)) raise('TypeError', '__defaults__ must be set to a tuple object');
        return put(f, FuncSlot.Defaults, v ?? null);
      }) as never,
    },
    __kwdefaults__: {
      get: ((f: Value) => slot(f, FuncSlot.KwDefaults) ?? null) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v !== undefined && v !== null && !isDict(v)) raise('TypeError', '__kwdefaults__ must be set to a dict object');
        return put(f, FuncSlot.KwDefaults, v ?? null);
      }) as never,
    },
    __globals__: { get: ((f: Value) => slot(f, FuncSlot.Globals)!) as never, member: true },
    __builtins__: { get: ((f: Value) => builtinsOf(getSlot((f as Ref).a, FuncSlot.Globals))) as never, member: true },
    __closure__: { get: ((f: Value) => slot(f, FuncSlot.Closure) ?? null) as never, member: true },
    __name__: { get: ((f: Value) => slot(f, FuncSlot.Name)!) as never, set: setStr('__name__', FuncSlot.Name), del: true },
    __qualname__: { get: ((f: Value) => slot(f, FuncSlot.Qualname)!) as never, set: setStr('__qualname__', FuncSlot.Qualname), del: true },
    __doc__: {
      get: ((f: Value) => slot(f, FuncSlot.Doc) ?? null) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => put(f, FuncSlot.Doc, v ?? null)) as never,
    },
    __module__: {
      get: ((f: Value) => slot(f, FuncSlot.Module) ?? null) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => put(f, FuncSlot.Module, v ?? null)) as never,
    },
    __dict__: {
      get: ((f: Value) => new Ref(instanceDict(f, true))) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v === undefined) raise('TypeError', 'cannot delete __dict__');
        if (!isDict(v)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
        return put(f, FuncSlot.Dict, v);
      }) as never,
    },
    __annotations__: {
      get: ((f: Value) => functionAnnotations(f)) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v !== undefined && v !== null && !isDict(v)) raise('TypeError', '__annotations__ must be set to a dict object');
        put(f, FuncSlot.Annotate, null);
        return put(f, FuncSlot.Annotations, v ?? undefined);
      }) as never,
    },
    __annotate__: {
      get: ((f: Value) => slot(f, FuncSlot.Annotate) ?? null) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v === undefined) raise('TypeError', '__annotate__ cannot be deleted');
        if (v !== null && !isCallableHook(v)) raise('TypeError', '__annotate__ must be callable or None');
        put(f, FuncSlot.Annotate, v);
        if (v !== null) put(f, FuncSlot.Annotations, undefined);
        return null;
      }) as never,
    },
    __type_params__: {
      get: ((f: Value) => slot(f, FuncSlot.TypeParams) ?? newTuple([])) as never,
      del: true,
      set: ((f: Value, v: Value | undefined) => {
        if (v === undefined || !isTuple(v)) {
          raise('TypeError', `__type_params__ must be set to a tuple, not ${typeNameOf(v ?? null)}`);
        }
        return put(f, FuncSlot.TypeParams, v);
      }) as never,
    },
  },
  slots: {
    repr: (f) => `<function ${strFromHeap(getSlot((f as Ref).a, FuncSlot.Qualname))} at ${addrHex((f as Ref).a)}>`,
    descrGet: (f, obj) => (obj === null ? f : newMethod(f, obj)),
  },
});

let isCallableHook: (v: Value) => boolean = () => true;
export function setFunctionCallableHook(f: (v: Value) => boolean): void {
  isCallableHook = f;
}

/** func.__annotations__: computed once from __annotate__(VALUE) and cached (PEP 649). */
function functionAnnotations(f: Value): Value {
  const cached = slot(f, FuncSlot.Annotations);
  if (cached !== undefined) return cached;
  const annotate = slot(f, FuncSlot.Annotate) ?? null;
  let d: Value;
  if (annotate === null) {
    d = new Ref(newDict());
  } else {
    d = call(annotate, [1]);
    if (!isDict(d)) raise('TypeError', `__annotate__ returned non-dict of type '${typeNameOf(d)}'`);
  }
  put(f, FuncSlot.Annotations, d);
  return d;
}

/** A new function object for `code` defined with globals `globals` (MAKE_FUNCTION). */
export function newFunction(code: number, globals: number, defaults: Value, kwdefaults: Value,
  closure: Value, annotate: Value, module: Value): Ref {
  const f = alloc(TYPE_ADDR[functionType.index]!, FuncSlot.Count, 0);
  setSlot(f, FuncSlot.Code, code);
  setSlot(f, FuncSlot.Globals, globals);
  setSlot(f, FuncSlot.Name, getSlot(code, CodeSlot.Name));
  setSlot(f, FuncSlot.Qualname, getSlot(code, CodeSlot.Qualname));
  setSlot(f, FuncSlot.Defaults, encode(defaults));
  setSlot(f, FuncSlot.KwDefaults, encode(kwdefaults));
  setSlot(f, FuncSlot.Closure, encode(closure));
  setSlot(f, FuncSlot.Doc, getSlot(code, CodeSlot.Docstring));
  setSlot(f, FuncSlot.Module, encode(module));
  setSlot(f, FuncSlot.Annotate, encode(annotate));
  return new Ref(f);
}

export { codeType };
