// The _contextvars module: Context, ContextVar, Token, copy_context. A context's variables are a
// dict that is never changed once published (set/reset store a modified copy), standing in for
// CPython's immutable HAMT: copy_context() shares it, and readers never see a half-made mapping.
// Each thread (worker) has its own current context, kept alive by this worker's root set.
// CPython: Python/context.c.

import { I32, allocPermanent } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, addrHex, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { lookup } from '../objects/typeobject.js';
import { raise, repr, call } from '../objects/protocol.js';
import {
  checkNewType, genericAlias, notImplemented, richCompareBool, Cmp, raiseKeyError, raiseStopIteration,
} from '../objects/coll_ops.js';
import { newDict, dictGet, dictSet, dictDel, dictItems, dictSize } from '../objects/dict.js';
import { newTuple, tupleLen, tupleGet } from '../objects/tuple.js';
import { MISSING } from '../objects/native.js';
import { EXTRA_ROOTS } from '../vm/roots.js';
import { defineModule } from './define.js';

// ---- per-thread current context --------------------------------------------------------------------------

const current: { ctx: Value } = { ctx: null };
EXTRA_ROOTS.add(current as unknown as Value);

// Context slots: [vars dict, previous context while entered, entered flag]
const enum C { Vars, Prev, Entered, Count }
// ContextVar slots: [name, default (0 = none)]
const enum V { Name, Default, Count }
// Token slots: [context, var, old value (0 = MISSING), used flag]
const enum K { Ctx, Var, Old, Used, Count }

const T = (def: { index: number }): number => TYPE_ADDR[def.index]!;
const a = (v: Value): number => (v as Ref).a;

function newContext(vars: number): Ref {
  const c = allocObj(T(contextType), C.Count, 0);
  setSlot(c, C.Vars, vars);
  setSlot(c, C.Entered, encode(false));
  return new Ref(c);
}

/** The thread's current context, made empty on first use. */
function currentContext(): Ref {
  if (current.ctx === null) current.ctx = newContext(newDict());
  return current.ctx as Ref;
}

const varsOf = (ctx: Value): number => getSlot(a(ctx), C.Vars);

function checkVar(key: Value): void {
  if (!(key instanceof Ref) || I32[key.a >> 2] !== T(varType)) {
    raise('TypeError', `a ContextVar key was expected, got ${repr(key)}`);
  }
}

function copyVars(d: number): number {
  const n = newDict();
  for (const [k, v] of dictItems(d)) dictSet(n, k, v);
  return n;
}

function ctxEnter(ctx: Ref): void {
  if (decode(getSlot(ctx.a, C.Entered)) === true) raise('RuntimeError', `cannot enter context: ${repr(ctx)} is already entered`);
  const prev = currentContext();
  setSlot(ctx.a, C.Prev, prev.a);
  setSlot(ctx.a, C.Entered, encode(true));
  current.ctx = ctx;
}

function ctxExit(ctx: Ref): void {
  current.ctx = new Ref(getSlot(ctx.a, C.Prev));
  setSlot(ctx.a, C.Prev, 0);
  setSlot(ctx.a, C.Entered, encode(false));
}

function ctxGet(ctx: Value, key: Value): Value | undefined {
  checkVar(key);
  return dictGet(varsOf(ctx), key);
}

export const contextType = defineBuiltinType({
  name: 'Context',
  module: '_contextvars',
  instanceSlots: C.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        checkNewType(type, T(contextType));
        if (args.length > 0 || kwargs.size > 0) raise('TypeError', 'Context() does not accept any arguments');
        return newContext(newDict());
      },
    },
    run: {
      sig: 'run($self, /, *args, **kwargs)',
      fn: (self: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        if (args.length === 0) raise('TypeError', 'run() missing 1 required positional argument');
        const ctx = self as Ref;
        ctxEnter(ctx);
        try {
          const kn = [...kwargs.keys()];
          return call(args[0]!, args.slice(1), kn.length ? kn : null, kn.length ? [...kwargs.values()] : null);
        } finally {
          ctxExit(ctx);
        }
      },
    },
    copy: { sig: 'copy($self, /)', fn: (self: Value): Value => newContext(varsOf(self)) },
    get: {
      sig: 'get($self, key, default=None, /)',
      fn: (self: Value, key: Value, dflt: Value): Value => ctxGet(self, key) ?? dflt,
    },
    keys: { sig: 'keys($self, /)', fn: (self: Value): Value => hamtIter(keysType, varsOf(self)) },
    values: { sig: 'values($self, /)', fn: (self: Value): Value => hamtIter(valuesType, varsOf(self)) },
    items: { sig: 'items($self, /)', fn: (self: Value): Value => hamtIter(itemsType, varsOf(self)) },
    __eq__: {
      sig: '__eq__($self, value, /)',
      fn: (self: Value, other: Value): Value => {
        if (!(other instanceof Ref) || I32[other.a >> 2] !== T(contextType)) return notImplemented();
        return richCompareBool(new Ref(varsOf(self)), new Ref(varsOf(other)), Cmp.EQ);
      },
    },
  },
  attrs: { __hash__: () => null },
  slots: {
    len: (self) => dictSize(varsOf(self)),
    getitem: (self, key) => {
      const r = ctxGet(self, key);
      if (r === undefined) raiseKeyError(key);
      return r;
    },
    contains: (self, key) => ctxGet(self, key) !== undefined,
    iter: (self) => hamtIter(keysType, varsOf(self)),
  },
});

// ---- keys / values / items: iterators over a snapshot of the variables, with the mapping's length --------

// Slots: [tuple of the items, next index]. The vars dict never changes once published, so its
// entries now are the mapping's for good.
function hamtIter(def: { index: number }, vars: number): Value {
  const pairs = dictItems(vars);
  const items = def === keysType ? pairs.map((p) => p[0]) : def === valuesType ? pairs.map((p) => p[1])
    : pairs.map(([k, v]) => newTuple([k, v]));
  const o = allocObj(T(def), 2, 0);
  setSlot(o, 0, newTuple(items).a);
  setSlot(o, 1, encode(0));
  return new Ref(o);
}

function hamtNext(v: Value): Value | typeof STOP {
  const o = a(v);
  const items = getSlot(o, 0);
  const i = decode(getSlot(o, 1)) as number;
  if (i >= tupleLen(items)) return STOP;
  setSlot(o, 1, encode(i + 1));
  return tupleGet(items, i);
}

function hamtIterType(name: string): { index: number } {
  return defineBuiltinType({
    name,
    instanceSlots: 2,
    methods: {
      __next__: {
        sig: '__next__($self, /)',
        fn: (v: Value): Value => {
          const r = hamtNext(v);
          if (r === STOP) raiseStopIteration();
          return r;
        },
      },
    },
    slots: { iter: (v) => v, next: hamtNext, len: (v) => tupleLen(getSlot(a(v), 0)) },
  });
}

const keysType = hamtIterType('keys');
const valuesType = hamtIterType('values');
const itemsType = hamtIterType('items');

// ---- ContextVar --------------------------------------------------------------------------------------------

function varRepr(v: Value): string {
  const o = a(v);
  const d = getSlot(o, V.Default);
  const dflt = d === 0 ? '' : ` default=${repr(decode(d)!)}`;
  return `<ContextVar name=${repr(decode(getSlot(o, V.Name))!)}${dflt} at ${addrHex(o)}>`;
}

export function varGet(self: Value, dflt: Value | typeof MISSING): Value {
  const r = dictGet(varsOf(currentContext()), self);
  if (r !== undefined) return r;
  if (dflt !== MISSING) return dflt;
  const d = getSlot(a(self), V.Default);
  if (d !== 0) return decode(d)!;
  // LookupError(var): the variable itself is the argument.
  throw call(new Ref(builtinTypeAddr('LookupError')), [self]);
}

export function varSet(self: Value, value: Value): Value {
  const ctx = currentContext();
  const vars = varsOf(ctx);
  const old = dictGet(vars, self);
  const nv = copyVars(vars);
  dictSet(nv, self, value);
  setSlot(ctx.a, C.Vars, nv);
  const t = allocObj(T(tokenType), K.Count, 0);
  setSlot(t, K.Ctx, ctx.a);
  setSlot(t, K.Var, a(self));
  setSlot(t, K.Old, old === undefined ? 0 : encode(old));
  setSlot(t, K.Used, encode(false));
  return new Ref(t);
}

function varReset(self: Value, token: Value): Value {
  if (!(token instanceof Ref) || I32[token.a >> 2] !== T(tokenType)) {
    raise('TypeError', `expected an instance of Token, got ${repr(token)}`);
  }
  const t = token.a;
  if (decode(getSlot(t, K.Used)) === true) raise('RuntimeError', `${repr(token)} has already been used once`);
  if (getSlot(t, K.Var) !== a(self)) raise('ValueError', `${repr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (getSlot(t, K.Ctx) !== ctx.a) raise('ValueError', `${repr(token)} was created in a different Context`);
  setSlot(t, K.Used, encode(true));
  const nv = copyVars(varsOf(ctx));
  const old = getSlot(t, K.Old);
  if (old === 0) dictDel(nv, self);
  else dictSet(nv, self, decode(old)!);
  setSlot(ctx.a, C.Vars, nv);
  return null;
}

export const varType = defineBuiltinType({
  name: 'ContextVar',
  module: '_contextvars',
  instanceSlots: V.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value, args: Value[], kwargs: Map<string, Value>): Value => {
        checkNewType(type, T(varType));
        // Argument Clinic's parsing of ContextVar(name, *, default=<missing>), for its messages.
        if (args.length > 1) raise('TypeError', `ContextVar() takes at most 1 positional argument (${args.length} given)`);
        let name: Value | undefined = args[0];
        let dflt: Value | typeof MISSING = MISSING;
        for (const [k, x] of kwargs) {
          if (k === 'name' && name === undefined) name = x;
          else if (k === 'name') raise('TypeError', "argument for ContextVar() given by name ('name') and position (1)");
          else if (k === 'default') dflt = x;
          else raise('TypeError', `ContextVar() got an unexpected keyword argument '${k}'`);
        }
        if (name === undefined) raise('TypeError', "ContextVar() missing required argument 'name' (pos 1)");
        if (typeof name !== 'string') raise('TypeError', 'context variable name must be a str');
        const o = allocObj(T(varType), V.Count, 0);
        setSlot(o, V.Name, encode(name));
        if (dflt !== MISSING) setSlot(o, V.Default, encode(dflt));
        return new Ref(o);
      },
    },
    get: {
      sig: 'get($self, default=<unrepresentable>, /)',
      fn: (self: Value, dflt: Value): Value => varGet(self, dflt as Value | typeof MISSING),
    },
    set: { sig: 'set($self, value, /)', fn: varSet },
    reset: { sig: 'reset($self, token, /)', fn: varReset },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
  getsets: {
    name: { get: ((v: Value) => decode(getSlot(a(v), V.Name))!) as never },
  },
  slots: { repr: varRepr, hash: (v) => a(v) >>> 3 },
});

// ---- Token -------------------------------------------------------------------------------------------------

const missingType = defineBuiltinType({
  name: 'Token.MISSING',
  module: '_contextvars',
  internal: true,
  slots: { repr: () => '<Token.MISSING>' },
});

function missingObj(): Value {
  return lookup(T(tokenType), 'MISSING')!;
}

export const tokenType = defineBuiltinType({
  name: 'Token',
  module: '_contextvars',
  instanceSlots: K.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (): Value => raise('RuntimeError', 'Tokens can only be created by ContextVars'),
    },
    __enter__: { sig: '__enter__($self, /)', fn: (self: Value): Value => self },
    __exit__: {
      sig: '__exit__($self, type, value, traceback, /)',
      fn: (self: Value): Value => varReset(new Ref(getSlot(a(self), K.Var)), self),
    },
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
  getsets: {
    var: { get: ((v: Value) => new Ref(getSlot(a(v), K.Var))) as never },
    old_value: {
      get: ((v: Value) => {
        const o = getSlot(a(v), K.Old);
        return o === 0 ? missingObj() : decode(o)!;
      }) as never,
    },
  },
  attrs: { MISSING: () => new Ref(allocPermanent(T(missingType), 0, 0)) },
  slots: {
    repr: (v) => {
      const o = a(v);
      const used = decode(getSlot(o, K.Used)) === true ? ' used' : '';
      return `<Token${used} var=${repr(new Ref(getSlot(o, K.Var)))} at ${addrHex(o)}>`;
    },
  },
});

defineModule({
  name: '_contextvars',
  doc: 'Context Variables',
  functions: {
    copy_context: { sig: 'copy_context($module, /)', fn: () => newContext(varsOf(currentContext())) },
  },
  init(dict) {
    dictSet(dict, 'Context', new Ref(T(contextType)));
    dictSet(dict, 'ContextVar', new Ref(T(varType)));
    dictSet(dict, 'Token', new Ref(T(tokenType)));
  },
});

