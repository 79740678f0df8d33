// decimal.Context and the signals of the native _decimal module: the context's attributes with their
// validation, flags/traps as dicts keyed by signal classes, turning an operation's status bits into
// flags and trapped exceptions, and the current (per-thread, contextvars-based) context.
// CPython: Modules/_decimal/_decimal.c (context_*, dec_addstatus, flags_as_exception/list).

import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { allocObj } from '../objects/alloc.js';
import { getSlot, setSlot, encode, decode } from '../objects/value.js';
import { instanceSlotsOf } from '../objects/coll_ops.js';
import { isSubtype, typeOf, typeName } from '../objects/typeobject.js';
import { raise, call, typeNameOf, truthy, toArray, iter as pyIter, repr as reprOf } from '../objects/protocol.js';
import { newDict, dictGet, dictSet, dictItems, isDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { interpreterState } from '../vm/runtime.js';
import { toSsize } from '../objects/numcore.js';
import { getattr } from '../vm/attr.js';
import { importModule } from '../vm/imports.js';
import { CONTEXT_METHODS } from './_decimal_methods.js';
import { varGet, varSet } from './_contextvars.js';
import { St, Round, ROUND_NAMES, type Ctx } from './_decimal_core.js';

/** FloatOperation has no libmpdec bit of its own here. */
export const ST_FLOAT = 0x10000;
const ST_INVALID_ALL = St.ConversionSyntax | St.DivisionImpossible | St.DivisionUndefined | St.InvalidContext |
  St.InvalidOperation;

// 64-bit limits (mpdecimal.h MPD_MAX_PREC etc.).
export const MAX_PREC = 999999999999999999n;
export const MAX_EMAX = 999999999999999999n;
export const MIN_EMIN = -999999999999999999n;
export const MIN_ETINY = MIN_EMIN - (MAX_PREC - 1n);

/** The signals (flags/traps keys) in CPython's signal_map order, with their status bits. */
export const SIGNALS: ReadonlyArray<[string, number]> = [
  ['InvalidOperation', ST_INVALID_ALL], ['FloatOperation', ST_FLOAT], ['DivisionByZero', St.DivisionByZero],
  ['Overflow', St.Overflow], ['Underflow', St.Underflow], ['Subnormal', St.Subnormal], ['Inexact', St.Inexact],
  ['Rounded', St.Rounded], ['Clamped', St.Clamped],
];
/** The conditions that make up InvalidOperation (cond_map): named individually in an exception's list. */
const CONDITIONS: ReadonlyArray<[string, number]> = [
  ['InvalidOperation', St.InvalidOperation], ['ConversionSyntax', St.ConversionSyntax],
  ['DivisionImpossible', St.DivisionImpossible], ['DivisionUndefined', St.DivisionUndefined],
  ['InvalidContext', St.InvalidContext],
];
/** Class name -> bases (builtin exception names or earlier signals), CPython's hierarchy. */
export const SIGNAL_BASES: ReadonlyArray<[string, string[]]> = [
  ['DecimalException', ['ArithmeticError']], ['Clamped', ['DecimalException']],
  ['InvalidOperation', ['DecimalException']], ['ConversionSyntax', ['InvalidOperation']],
  ['DivisionByZero', ['DecimalException', 'ZeroDivisionError']], ['DivisionImpossible', ['InvalidOperation']],
  ['DivisionUndefined', ['InvalidOperation', 'ZeroDivisionError']], ['Inexact', ['DecimalException']],
  ['InvalidContext', ['InvalidOperation']], ['Rounded', ['DecimalException']], ['Subnormal', ['DecimalException']],
  ['Overflow', ['Inexact', 'Rounded']], ['Underflow', ['Inexact', 'Rounded', 'Subnormal']],
  ['FloatOperation', ['DecimalException', 'TypeError']],
];

// ---- module state (the module dict holds the signal classes, the ContextVar, DefaultContext) ----------

let stateDict = 0;
const STATE_KEY = '_decimal.state';
/**
 * A private copy of the _decimal module's dict, kept in the interpreter state (so the collector
 * always sees it, whatever a program does to the module or sys.modules) and cached per worker.
 */
export function modDict(): number {
  if (stateDict === 0) {
    let s = dictGet(interpreterState(), STATE_KEY);
    if (s === undefined) {
      importModule('_decimal');
      s = dictGet(interpreterState(), STATE_KEY)!;
    }
    stateDict = (s as Ref).a;
  }
  return stateDict;
}

/** Module init when the interpreter already made the state: the module gets the same names. */
export function reuseState(dict: number): boolean {
  const s = dictGet(interpreterState(), STATE_KEY);
  if (s === undefined) return false;
  for (const [k, v] of dictItems((s as Ref).a)) if (dictGet(dict, k) === undefined) dictSet(dict, k, v);
  return true;
}

/** The end of module init: the module's names as the interpreter-wide private state. */
export function publishState(dict: number): void {
  const st = newDict();
  for (const [k, v] of dictItems(dict)) dictSet(st, k, v);
  dictSet(interpreterState(), STATE_KEY, new Ref(st));
  stateDict = st;
}
const classCache = new Map<string, Value>();
/** A signal class by name (cached per worker: the module dict keeps them alive). */
export function signalClass(name: string): Value {
  let v = classCache.get(name);
  if (v === undefined) {
    v = dictGet(modDict(), name)!;
    classCache.set(name, v);
  }
  return v;
}
let ctxVar: Value | undefined;
const contextVar = (): Value => (ctxVar ??= dictGet(modDict(), '_ctxvar')!);

/** Makes the signal classes in `dict` (module init). */
export function makeSignals(dict: number): void {
  stateDict = dict;
  const typeType = new Ref(builtinTypeAddr('type'));
  for (const [name, bases] of SIGNAL_BASES) {
    const bs = bases.map((b) => dictGet(dict, b) ?? new Ref(builtinTypeAddr(b)));
    const ns = newDict();
    dictSet(ns, '__module__', 'decimal');
    dictSet(dict, name, call(typeType, [name, newTuple(bs), new Ref(ns)]));
  }
}

// ---- the Context object -------------------------------------------------------------------------------

const enum CS { Prec, Round, Emin, Emax, Capitals, Clamp, Flags, Traps, Count }

const ctxTypeAddr = (): number => TYPE_ADDR[contextType.index]!;
export function isContext(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(typeOf(v), ctxTypeAddr());
}
function C(v: Value): Ref {
  if (!isContext(v)) raise('TypeError', `argument must be a context, not ${typeNameOf(v)}`);
  return v;
}
const field = (c: Ref, i: CS): Value => decode(getSlot(c.a, i))!;
/** The plain dict inside a context's flags or traps SignalDict. */
const sd = (c: Ref, i: CS): number => (decode(getSlot((field(c, i) as Ref).a, 0)) as Ref).a;

/** The arithmetic view of a context (status starts empty). */
export function ctxOf(c: Ref): Ctx {
  const round = ROUND_NAMES.indexOf(field(c, CS.Round) as (typeof ROUND_NAMES)[number]) as Round;
  return { prec: Number(field(c, CS.Prec)), round, emin: Number(field(c, CS.Emin)), emax: Number(field(c, CS.Emax)),
    clamp: Number(field(c, CS.Clamp)), status: 0 };
}
export const capitalsOf = (c: Ref): boolean => Number(field(c, CS.Capitals)) === 1;

/** Signals in a dict of signal -> bool whose value is true. */
function setSignals(d: number): string[] {
  return SIGNALS.filter(([n]) => truthy(dictGet(d, signalClass(n)) ?? false)).map(([n]) => n);
}

/** Records `status` in the context's flags; raises the first trapped signal (dec_addstatus). */
export function addStatus(c: Ref, status: number, flagOnly = false): void {
  if (status === 0) return;
  const fd = sd(c, CS.Flags);
  const td = sd(c, CS.Traps);
  let trapped = 0;
  for (const [n, bits] of SIGNALS) {
    if ((status & bits) === 0) continue;
    dictSet(fd, signalClass(n), true);
    if (truthy(dictGet(td, signalClass(n)) ?? false)) trapped |= status & bits;
  }
  if (trapped === 0 || flagOnly) return;
  const first = SIGNALS.find(([, bits]) => (trapped & bits) !== 0)![0];
  const names = [...CONDITIONS.filter(([, b]) => (trapped & b) !== 0).map(([n]) => n),
    ...SIGNALS.slice(1).filter(([, b]) => (trapped & b) !== 0).map(([n]) => n)];
  const listRepr = call(new Ref(builtinTypeAddr('list')), [newTuple(names.map(signalClass))]);
  throw call(signalClass(first), [listRepr]);
}

function validRange(v: Value, name: string, lo: bigint, hi: bigint): Value {
  const n = toSsize(v);
  if (BigInt(n) < lo || BigInt(n) > hi) raise('ValueError', `valid range for ${name} is [${lo === MIN_EMIN ? 'MIN_EMIN' : lo}, ${hi === MAX_EMAX ? (name === 'prec' ? 'MAX_PREC' : 'MAX_EMAX') : hi}]`);
  return n;
}
const ROUND_ERR = 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n' +
  '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]';
const SETTERS: Record<string, [CS, (v: Value) => Value]> = {
  prec: [CS.Prec, (v) => validRange(v, 'prec', 1n, MAX_PREC)],
  Emin: [CS.Emin, (v) => validRange(v, 'Emin', MIN_EMIN, 0n)],
  Emax: [CS.Emax, (v) => validRange(v, 'Emax', 0n, MAX_EMAX)],
  capitals: [CS.Capitals, (v) => zeroOne(v, 'capitals')],
  clamp: [CS.Clamp, (v) => zeroOne(v, 'clamp')],
  rounding: [CS.Round, (v) => {
    if (typeof v !== 'string' || !(ROUND_NAMES as readonly string[]).includes(v)) raise('TypeError', ROUND_ERR);
    return v;
  }],
};
function zeroOne(v: Value, name: string): Value {
  const n = toSsize(v);
  if (n !== 0 && n !== 1) raise('ValueError', `valid values for ${name} are 0 or 1`);
  return n;
}

const SIGNAL_KEY_ERR = 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n' +
  '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]';
const isSignal = (k: Value): boolean => k instanceof Ref && SIGNALS.some(([n]) => (signalClass(n) as Ref).a === k.a);

/** A SignalDict from None (all False), a mapping of all nine signals, or an iterable of signals. */
function signalDict(v: Value, what: string): Ref {
  const d = newDict();
  for (const [n] of SIGNALS) dictSet(d, signalClass(n), false);
  if (v !== null) {
    const inner = isSignalDict(v) ? (decode(getSlot(v.a, 0)) as Ref) : isDict(v) ? v : null;
    if (inner !== null) {
      const items = dictItems(inner.a);
      if (items.length !== SIGNALS.length || !items.every(([k]) => isSignal(k))) raise('KeyError', 'invalid signal dict');
      for (const [k, x] of items) dictSet(d, k, truthy(x));
    } else {
      for (const k of toArray(v)) {
        if (!isSignal(k)) raise('KeyError', SIGNAL_KEY_ERR);
        dictSet(d, k, true);
      }
    }
  }
  const t = (dictGet(modDict(), '_SignalDict') as Ref).a;
  const o = allocObj(t, instanceSlotsOf(t), 0);
  setSlot(o, 0, encode(new Ref(d)));
  return new Ref(o);
}
function isSignalDict(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(typeOf(v), TYPE_ADDR[signalDictMixin.index]!);
}
const inner = (s: Value): number => {
  if (!isSignalDict(s)) raise('TypeError', `descriptor requires a 'SignalDictMixin' object but received '${typeNameOf(s)}'`);
  return (decode(getSlot(s.a, 0)) as Ref).a;
};
const checkKey = (k: Value): void => {
  if (!isSignal(k)) raise('KeyError', SIGNAL_KEY_ERR);
};

/** The base of SignalDict (a MutableMapping over the nine signals) (_decimal.c PyDecSignalDictMixin). */
export const signalDictMixin = defineBuiltinType({
  name: 'SignalDictMixin',
  module: 'decimal',
  flags: TypeFlag.BaseType,
  instanceSlots: 1,
  methods: {
    __getitem__: { sig: '__getitem__($self, key, /)', fn: (s: Value, k: Value) => (checkKey(k), dictGet(inner(s), k)!) },
    __setitem__: {
      sig: '__setitem__($self, key, value, /)',
      fn: (s: Value, k: Value, v: Value) => (checkKey(k), dictSet(inner(s), k, truthy(v)), null),
    },
    __delitem__: { sig: '__delitem__($self, key, /)', fn: (): Value => raise('ValueError', 'signal keys cannot be deleted') },
    __len__: { sig: '__len__($self, /)', fn: () => SIGNALS.length },
    __iter__: { sig: '__iter__($self, /)', fn: (s: Value) => pyIter(newTuple(SIGNALS.map(([n]) => signalClass(n)).filter(() => inner(s) !== 0))) },
    __repr__: {
      sig: '__repr__($self, /)',
      fn: (s: Value) => `{${dictItems(inner(s)).map(([k, v]) => `${reprOf(k)}:${v ? 'True' : 'False'}`).join(', ')}}`,
    },
    copy: { sig: 'copy($self, /)', fn: (s: Value) => { const d = newDict(); for (const [k, v] of dictItems(inner(s))) dictSet(d, k, v); return new Ref(d); } },
  },
});

/** Makes SignalDict = SignalDictMixin + MutableMapping (module init; CPython builds it the same way). */
export function makeSignalDictType(dict: number): void {
  const mm = getattr(importModule('collections.abc'), 'MutableMapping');
  const ns = newDict();
  dictSet(ns, '__module__', 'abc');
  const bases = newTuple([new Ref(TYPE_ADDR[signalDictMixin.index]!), mm]);
  dictSet(dict, '_SignalDict', call(getattr(mm, '__class__'), ['SignalDict', bases, new Ref(ns)]));
}

const DEFAULTS = (): Value[] => ['ROUND_HALF_EVEN', 28, -999999, 999999, 1, 0];

/** A new context; `from` supplies the fields not given (None). */
export function newContext(type: number, vals: Array<Value | undefined>, from: Ref | null): Ref {
  const a = allocObj(type, type === ctxTypeAddr() ? CS.Count : instanceSlotsOf(type), 0);
  const r = new Ref(a);
  const base = from === null ? null : from;
  const order: Array<[string, CS]> = [['prec', CS.Prec], ['rounding', CS.Round], ['Emin', CS.Emin],
    ['Emax', CS.Emax], ['capitals', CS.Capitals], ['clamp', CS.Clamp]];
  const defaults = DEFAULTS();
  const defaultOf: Record<number, Value> = { [CS.Round]: defaults[0]!, [CS.Prec]: defaults[1]!,
    [CS.Emin]: defaults[2]!, [CS.Emax]: defaults[3]!, [CS.Capitals]: defaults[4]!, [CS.Clamp]: defaults[5]! };
  order.forEach(([name, slot], i) => {
    const v = vals[i];
    if (v === undefined || v === null) setSlot(a, slot, encode(base === null ? defaultOf[slot]! : field(base, slot)));
    else setSlot(a, slot, encode(SETTERS[name]![1](v)));
  });
  const fl = vals[6];
  const tr = vals[7];
  setSlot(a, CS.Flags, encode(signalDict(fl ?? null, 'flags')));
  const baseTraps = base === null ? null : dictItems(sd(base, CS.Traps));
  const traps = tr === undefined || tr === null
    ? signalDict(newTuple(baseTraps === null ? ['InvalidOperation', 'DivisionByZero', 'Overflow'].map(signalClass)
      : baseTraps.filter(([, x]) => truthy(x)).map(([k]) => k)), 'traps')
    : signalDict(tr, 'traps');
  setSlot(a, CS.Traps, encode(traps));
  return r;
}

export function copyContext(c: Ref, type = typeOf(c)): Ref {
  const n = newContext(type, [field(c, CS.Prec), field(c, CS.Round), field(c, CS.Emin), field(c, CS.Emax),
    field(c, CS.Capitals), field(c, CS.Clamp)], null);
  for (const slot of [CS.Flags, CS.Traps]) {
    const d = sd(n, slot);
    for (const [k, v] of dictItems(sd(c, slot))) dictSet(d, k, v);
  }
  return n;
}

/** Signal order in a context's repr: InvalidOperation, then by libmpdec status bit (mpd_lsnprint_signals). */
const REPR_ORDER = ['InvalidOperation', 'Clamped', 'DivisionByZero', 'Inexact', 'FloatOperation', 'Overflow', 'Rounded',
  'Subnormal', 'Underflow'];
function contextRepr(c: Ref): string {
  const list = (s: CS): string => {
    const on = setSignals(sd(c, s));
    return `[${REPR_ORDER.filter((n) => on.includes(n)).join(', ')}]`;
  };
  return `Context(prec=${field(c, CS.Prec)}, rounding=${field(c, CS.Round)}, Emin=${field(c, CS.Emin)}, ` +
    `Emax=${field(c, CS.Emax)}, capitals=${field(c, CS.Capitals)}, clamp=${field(c, CS.Clamp)}, ` +
    `flags=${list(CS.Flags)}, traps=${list(CS.Traps)})`;
}

// ---- the current context ------------------------------------------------------------------------------

/** The thread's current context (a copy of DefaultContext on first use, as CPython). */
export function currentContext(): Ref {
  const cur = varGet(contextVar(), null);
  if (cur !== null) return cur as Ref;
  const fresh = copyContext(dictGet(modDict(), 'DefaultContext') as Ref);
  setContext(fresh);
  return fresh;
}
export function setContext(c: Value): void {
  C(c);
  // Setting one of the template contexts installs a copy (CPython's PyDec_SetCurrentContext).
  const d = modDict();
  const isTemplate = ['DefaultContext', 'BasicContext', 'ExtendedContext'].some((n) => (dictGet(d, n) as Ref | undefined)?.a === (c as Ref).a);
  varSet(contextVar(), isTemplate ? copyContext(c as Ref) : c);
}

/** The context argument of a Decimal method (None = current). */
export function ctxArg(v: Value | undefined): Ref {
  if (v === undefined || v === null) return currentContext();
  if (!isContext(v)) raise('TypeError', 'optional argument must be a context');
  return v;
}

const g = (slot: CS) => (s: Value): Value => field(C(s), slot);
const sset = (name: string) => (s: Value, v: Value): Value => {
  if (v === undefined) raise('AttributeError', 'context attributes cannot be deleted');
  const [slot, check] = SETTERS[name]!;
  setSlot(C(s).a, slot, encode(check(v)));
  return null;
};

export const contextType = defineBuiltinType({
  name: 'Context',
  module: 'decimal',
  flags: TypeFlag.BaseType,
  instanceSlots: CS.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (t: Value) => newContext((t as Ref).a, [], null),
    },
    __init__: {
      sig: '__init__($self, /, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)',
      fn: (s: Value, ...vals: Value[]) => {
        const c = C(s);
        const d = dictGet(modDict(), 'DefaultContext') as Ref | undefined;
        const n = newContext(typeOf(c), vals, d ?? null);
        for (let i = 0; i < CS.Count; i++) setSlot(c.a, i, getSlot(n.a, i));
        return null;
      },
    },
    __repr__: { sig: '__repr__($self, /)', fn: (s: Value) => contextRepr(C(s)) },
    copy: { sig: 'copy($self, /)', fn: (s: Value) => copyContext(C(s)) },
    __copy__: { sig: '__copy__($self, /)', fn: (s: Value) => copyContext(C(s)) },
    __reduce__: {
      sig: '__reduce__($self, /)',
      fn: (s: Value) => {
        const c = C(s);
        const lst = (slot: CS): Value => call(new Ref(builtinTypeAddr('list')), [newTuple(setSignals(sd(c, slot)).map(signalClass))]);
        return newTuple([new Ref(typeOf(c)), newTuple([field(c, CS.Prec), field(c, CS.Round), field(c, CS.Emin),
          field(c, CS.Emax), field(c, CS.Capitals), field(c, CS.Clamp), lst(CS.Flags), lst(CS.Traps)])]);
      },
    },
    clear_flags: { sig: 'clear_flags($self, /)', fn: (s: Value) => clearAll(C(s), CS.Flags) },
    clear_traps: { sig: 'clear_traps($self, /)', fn: (s: Value) => clearAll(C(s), CS.Traps) },
    Etiny: { sig: 'Etiny($self, /)', fn: (s: Value) => { const c = ctxOf(C(s)); return c.emin - c.prec + 1; } },
    Etop: { sig: 'Etop($self, /)', fn: (s: Value) => { const c = ctxOf(C(s)); return c.emax - c.prec + 1; } },
    _apply: { sig: '_apply($self, a, /)', fn: (s: Value, a: Value) => call(getattr(a, '_apply'), [s]) },
    ...CONTEXT_METHODS,
  },
  getsets: {
    prec: { get: g(CS.Prec), set: sset('prec'), del: true },
    rounding: { get: g(CS.Round), set: sset('rounding'), del: true },
    Emin: { get: g(CS.Emin), set: sset('Emin'), del: true },
    Emax: { get: g(CS.Emax), set: sset('Emax'), del: true },
    capitals: { get: g(CS.Capitals), set: sset('capitals'), del: true },
    clamp: { get: g(CS.Clamp), set: sset('clamp'), del: true },
    flags: { get: g(CS.Flags), set: (s: Value, v: Value) => (setSlot(C(s).a, CS.Flags, encode(signalDict(v, 'flags'))), null) },
    traps: { get: g(CS.Traps), set: (s: Value, v: Value) => (setSlot(C(s).a, CS.Traps, encode(signalDict(v, 'traps'))), null) },
  },
  slots: { repr: (s) => contextRepr(C(s)) },
});

function clearAll(c: Ref, slot: CS): Value {
  const d = sd(c, slot);
  for (const [k] of dictItems(d)) dictSet(d, k, false);
  return null;
}

/** Context manager returned by localcontext(): installs a copy on enter, restores on exit. */
const enum LM { Local, Saved, Count }
export const localManagerType = defineBuiltinType({
  name: 'ContextManager',
  module: 'decimal',
  instanceSlots: LM.Count,
  internal: true,
  methods: {
    __enter__: {
      sig: '__enter__($self, /)',
      fn: (s: Value) => {
        const a = (s as Ref).a;
        setSlot(a, LM.Saved, encode(currentContext()));
        const local = decode(getSlot(a, LM.Local))!;
        setContext(local);
        return local;
      },
    },
    __exit__: {
      sig: '__exit__($self, /, *args)',
      fn: (s: Value) => (setContext(decode(getSlot((s as Ref).a, LM.Saved))!), null),
    },
  },
});

const LOCAL_KW = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];
/** localcontext(ctx=None, **kwargs) (3.11+ keyword form). */
export function localcontext(ctx: Value, kw: Map<string, Value>): Value {
  const base = ctx === null ? currentContext() : C(ctx);
  const local = copyContext(base, ctxTypeAddr());
  for (const [k, v] of kw) {
    if (!LOCAL_KW.includes(k)) raise('TypeError', `'${k}' is an invalid keyword argument for this function`);
    if (k === 'flags' || k === 'traps') setSlot(local.a, k === 'flags' ? CS.Flags : CS.Traps, encode(signalDict(v, k)));
    else setSlot(local.a, SETTERS[k]![0], encode(SETTERS[k]![1](v)));
  }
  const m = allocObj(TYPE_ADDR[localManagerType.index]!, LM.Count, 0);
  setSlot(m, LM.Local, encode(local));
  setSlot(m, LM.Saved, encode(null));
  return new Ref(m);
}

export { typeName, ctxTypeAddr };
