// Calling: the dispatch on the callee's type, binding arguments to a Python function's
// parameters with CPython's error messages (Python/ceval.c initialize_locals /
// too_many_positional / missing_arguments), and the fast paths generated code uses
// (call0..call3 with per-call-site-free checks, callMethodN that skips the bound method object).

import { I32 } from '../heap/index.js';
import { FuncSlot, TypeSlot, MethodSlot, BuiltinFuncSlot } from '../objects/layouts.js';
import { Ref, decode, getSlot, type Value, T_TYPE } from '../objects/value.js';
import { typeOf, typeName, isSubtype, lookup, lookupTagged, typeFlags, typeVersion } from '../objects/typeobject.js';
import { strHash32 } from '../objects/hash.js';
import { TypeFlag } from '../objects/layouts.js';
import { codeEntry, codeEpoch, type CodeEntry, CodeFlag } from '../objects/code.js';
import { builtinSlot, descrGet, typeNameOf, T_FUNCTION, T_METHOD_DESCR, callNative } from '../objects/protocol.js';
import { typeCall } from '../objects/type.js';
import { tupleItems, newTuple } from '../objects/tuple.js';
import { newDict, dictGet, dictSet, dictItems } from '../objects/dict.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { methodType } from '../objects/method.js';
import { builtinMethodType } from '../objects/descriptors.js';
import { NATIVES, type Native } from '../objects/native.js';
import { raise } from './errors.js';
import { getattr, getattrOrUndefined, type AttrIC } from './attr.js';
import { dictGetStrHinted } from '../objects/dict.js';

let T_METHOD = 0;
let T_BUILTIN = 0;
export function initCall(): void {
  T_METHOD = TYPE_ADDR[methodType.index]!;
  T_BUILTIN = TYPE_ADDR[builtinMethodType.index]!;
}

/** The name binding errors give: the function's __qualname__ (ceval.c passes func->func_qualname). */
function funcName(f: Ref): string {
  const q = decode(getSlot(f.a, FuncSlot.Qualname));
  return typeof q === 'string' ? q : '?';
}

/** Calls any callable with positional `args` and keyword arguments. */
export function callValue(f: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  if (f instanceof Ref) {
    const t = I32[f.a >> 2]!;
    if (t === T_FUNCTION) return callFunction(f, args, kwNames, kwValues);
    if (t === T_METHOD) {
      const a = f.a;
      return callValue(decode(getSlot(a, MethodSlot.Func))!, [decode(getSlot(a, MethodSlot.Self))!, ...args], kwNames, kwValues);
    }
    const slot = builtinSlot(t, 'call');
    if (slot !== undefined) return slot(f, args, kwNames, kwValues);
    if (t === T_TYPE) return typeCall(f, args, kwNames, kwValues);
  }
  const t = typeOf(f);
  const m = lookup(t, '__call__');
  if (m === undefined) raise('TypeError', `'${typeName(t)}' object is not callable`);
  if (isSubtype(t, T_TYPE) && !(typeFlags(t) & 1)) return typeCall(f as Ref, args, kwNames, kwValues);
  if (m instanceof Ref && I32[m.a >> 2] === T_FUNCTION) return callFunction(m, [f, ...args], kwNames, kwValues);
  return callValue(descrGet(m, f, new Ref(t)), args, kwNames, kwValues);
}

/** Calls a Python function object. */
export function callFunction(f: Ref, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const e = codeEntry(getSlot(f.a, FuncSlot.Code));
  if (kwNames === null && e.simple && args.length === e.argcount) {
    switch (args.length) {
      case 0: return e.fn(f);
      case 1: return e.fn(f, args[0]!);
      case 2: return e.fn(f, args[0]!, args[1]!);
      case 3: return e.fn(f, args[0]!, args[1]!, args[2]!);
      default: return e.fn(f, ...args);
    }
  }
  return e.fn(f, ...bindArgs(e, f, args, kwNames, kwValues));
}

/** Binds a call's arguments to the code's parameters (positional, keyword-only, *args, **kwargs). */
export function bindArgs(e: CodeEntry, f: Ref, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value[] {
  const n = e.argcount;
  const kwonly = e.kwonly;
  const hasVarargs = (e.flags & CodeFlag.VarArgs) !== 0;
  const hasVarkw = (e.flags & CodeFlag.VarKeywords) !== 0;
  const total = n + kwonly;
  const out: Array<Value | undefined> = new Array(total + (hasVarargs ? 1 : 0) + (hasVarkw ? 1 : 0));
  const npos = Math.min(args.length, n);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let kwdict: number = 0;
  if (hasVarkw) kwdict = newDict();
  if (hasVarargs) out[total] = newTuple(args.slice(npos));
  else if (args.length > n) tooManyPositional(e, f, args.length, kwNames, kwValues);
  if (kwNames !== null) {
    const names = e.varnames;
    let posonlyPassed: string[] | null = null;
    for (let k = 0; k < kwNames.length; k++) {
      const name = kwNames[k]!;
      let idx = -1;
      for (let i = e.posonly; i < total; i++) {
        if (names[i] === name) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (hasVarkw) {
          dictSet(kwdict, name, kwValues![k]!);
          continue;
        }
        if (names.slice(0, e.posonly).includes(name)) {
          (posonlyPassed ??= []).push(name);
          continue;
        }
        raise('TypeError', `${funcName(f)}() got an unexpected keyword argument '${name}'`);
      }
      if (out[idx] !== undefined) raise('TypeError', `${funcName(f)}() got multiple values for argument '${name}'`);
      out[idx] = kwValues![k]!;
    }
    if (posonlyPassed !== null) {
      raise('TypeError', `${funcName(f)}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`);
    }
  }
  if (hasVarkw) out[total + (hasVarargs ? 1 : 0)] = new Ref(kwdict);
  // Defaults for missing positional parameters.
  if (args.length < n || kwNames !== null) {
    const defaultsT = getSlot(f.a, FuncSlot.Defaults);
    const defaults = defaultsT === 0 || decode(defaultsT) === null ? [] : tupleItems(defaultsT);
    const firstDefault = n - defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < n; i++) {
      if (out[i] !== undefined) continue;
      if (i >= firstDefault) out[i] = defaults[i - firstDefault];
      else missing.push(e.varnames[i]!);
    }
    if (missing.length) missingArgs(f, missing, 'positional');
  }
  if (kwonly > 0) {
    const kwdT = getSlot(f.a, FuncSlot.KwDefaults);
    const kwd = kwdT === 0 ? null : decode(kwdT);
    const missing: string[] = [];
    for (let i = n; i < total; i++) {
      if (out[i] !== undefined) continue;
      const d = kwd instanceof Ref ? dictGet(kwd.a, e.varnames[i]!) : undefined;
      if (d !== undefined) out[i] = d;
      else missing.push(e.varnames[i]!);
    }
    if (missing.length) missingArgs(f, missing, 'keyword-only');
  }
  return out as Value[];
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function missingArgs(f: Ref, names: string[], kind: string): never {
  const n = names.length;
  raise('TypeError', `${funcName(f)}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${quoteList(names)}`);
}

function tooManyPositional(e: CodeEntry, f: Ref, given: number, kwNames: string[] | null, kwValues: Value[] | null): never {
  const n = e.argcount;
  const defaultsT = getSlot(f.a, FuncSlot.Defaults);
  const ndefaults = defaultsT === 0 || decode(defaultsT) === null ? 0 : tupleItems(defaultsT).length;
  let kwonlyGiven = 0;
  if (kwNames !== null) {
    for (const k of kwNames) {
      const i = e.varnames.indexOf(k);
      if (i >= n && i < n + e.kwonly) kwonlyGiven++;
    }
  }
  void kwValues;
  const takes = ndefaults > 0
    ? `from ${n - ndefaults} to ${n} positional arguments`
    : `${n} positional argument${n === 1 ? '' : 's'}`;
  const givenText = kwonlyGiven > 0
    ? `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}) were given`
    : `${given} ${given === 1 ? 'was' : 'were'} given`;
  raise('TypeError', `${funcName(f)}() takes ${takes} but ${givenText}`);
}

// ---- Fast entry points for generated code -------------------------------------------------------

/**
 * A plain call site's cache: the code object its callee had last time and that code's compiled
 * entry, so a hit costs two compares instead of the unit-table lookup of codeEntry.
 */
export interface CallIC {
  c: number;
  ep: number;
  e: CodeEntry | null;
}

export function callIC(): CallIC {
  return { c: 0, ep: -1, e: null };
}

/** The compiled entry of function `f` (a function object), through the site cache. */
function entryOf(f: number, ic: CallIC): CodeEntry {
  const code = getSlot(f, FuncSlot.Code);
  if (code === ic.c && ic.ep === codeEpoch) return ic.e!;
  const e = codeEntry(code);
  ic.c = code;
  ic.ep = codeEpoch;
  ic.e = e;
  return e;
}

export function call0(f: Value, ic?: CallIC): Value {
  if (ic !== undefined && f instanceof Ref && I32[f.a >> 2] === T_FUNCTION) {
    const e = entryOf(f.a, ic);
    if (e.simple && e.argcount === 0) return e.fn(f);
  }
  return callValue(f, [], null, null);
}

export function call1(f: Value, a: Value, ic?: CallIC): Value {
  if (f instanceof Ref) {
    const t = I32[f.a >> 2]!;
    if (t === T_FUNCTION) {
      const e = ic === undefined ? codeEntry(getSlot(f.a, FuncSlot.Code)) : entryOf(f.a, ic);
      if (e.simple && e.argcount === 1) return e.fn(f, a);
    } else if (t === T_BUILTIN) {
      const n = simpleBuiltin(f.a, 1);
      if (n !== null) return n.hasSelf && getSlot(f.a, BuiltinFuncSlot.Self) !== 0 ? n.fn(decode(getSlot(f.a, BuiltinFuncSlot.Self))!, a) : n.fn(a);
    }
  }
  return callValue(f, [a], null, null);
}

export function call2(f: Value, a: Value, b: Value, ic?: CallIC): Value {
  if (f instanceof Ref) {
    const t = I32[f.a >> 2]!;
    if (t === T_FUNCTION) {
      const e = ic === undefined ? codeEntry(getSlot(f.a, FuncSlot.Code)) : entryOf(f.a, ic);
      if (e.simple && e.argcount === 2) return e.fn(f, a, b);
    } else if (t === T_BUILTIN) {
      const n = simpleBuiltin(f.a, 2);
      if (n !== null) return n.hasSelf && getSlot(f.a, BuiltinFuncSlot.Self) !== 0 ? n.fn(decode(getSlot(f.a, BuiltinFuncSlot.Self))!, a, b) : n.fn(a, b);
    }
  }
  return callValue(f, [a, b], null, null);
}

/**
 * The native of builtin function `f` when it takes exactly `k` positional-only arguments: then
 * its JS function is called as builtin_function_or_method's call slot would (descriptors.ts), with
 * __self__ first only for natives declared with $self.
 */
function simpleBuiltin(f: number, k: number): Native | null {
  const n = NATIVES[getSlot(f, BuiltinFuncSlot.Native) >> 1]!;
  return n.simple && n.maxPositional === k ? n : null;
}

export function call3(f: Value, a: Value, b: Value, c: Value, ic?: CallIC): Value {
  if (ic !== undefined && f instanceof Ref && I32[f.a >> 2] === T_FUNCTION) {
    const e = entryOf(f.a, ic);
    if (e.simple && e.argcount === 3) return e.fn(f, a, b, c);
  }
  return callValue(f, [a, b, c], null, null);
}

export function callN(f: Value, args: Value[]): Value {
  return callValue(f, args, null, null);
}

/** f(pos..., name=value...): `all` holds the positional values then the keyword values. */
export function callKw(f: Value, all: Value[], names: string[]): Value {
  const npos = all.length - names.length;
  return callValue(f, all.slice(0, npos), names, all.slice(npos));
}

/** f(*a, b, **k, ...): positional parts with "unpack" flags, keyword parts (null name = **mapping). */
export function callEx(f: Value, pos: Value[], posFlags: number[], kw: Value[], kwNames: Array<string | null>): Value {
  const args: Value[] = [];
  pos.forEach((v, i) => {
    if (posFlags[i]) {
      const items = unpackIterable(v, f);
      for (const x of items) args.push(x);
    } else {
      args.push(v);
    }
  });
  if (kw.length === 0) return callValue(f, args, null, null);
  const names: string[] = [];
  const values: Value[] = [];
  kw.forEach((v, i) => {
    const n = kwNames[i];
    if (n !== null && n !== undefined) {
      if (names.includes(n)) raise('TypeError', `${calleeName(f)} got multiple values for keyword argument '${n}'`);
      names.push(n);
      values.push(v);
      return;
    }
    for (const [k, x] of mappingItems(v, f)) {
      if (typeof k !== 'string') raise('TypeError', 'keywords must be strings');
      if (names.includes(k)) raise('TypeError', `${calleeName(f)} got multiple values for keyword argument '${k}'`);
      names.push(k);
      values.push(x);
    }
  });
  return callValue(f, args, names.length ? names : null, names.length ? values : null);
}

/** How CPython names a callee in call errors ("f()", "A.m()", "print()"). */
export function calleeName(f: Value): string {
  try {
    // CPython _PyObject_FunctionStr: module-qualified unless the module is builtins.
    const q = getattr(f, '__qualname__');
    if (typeof q === 'string') {
      const m = getattrOrUndefined(f, '__module__');
      return typeof m === 'string' && m !== 'builtins' ? `${m}.${q}()` : `${q}()`;
    }
  } catch {
    // fall through
  }
  return `${typeNameOf(f)} object`;
}

let iterAll: (v: Value) => Value[] = () => [];
let mapItems: (v: Value) => Array<[Value, Value]> | null = () => null;
export function setCallHelpers(h: { iterAll: typeof iterAll; mappingItems: typeof mapItems }): void {
  iterAll = h.iterAll;
  mapItems = h.mappingItems;
}

function unpackIterable(v: Value, f: Value): Value[] {
  try {
    return iterAll(v);
  } catch (e) {
    if (e instanceof Ref && isSubtype(I32[e.a >> 2]!, TYPE_ADDR_TYPEERROR())) {
      // "f() argument after * must be an iterable, not int"
      if (!hasIter(v)) raise('TypeError', `${calleeName(f)} argument after * must be an iterable, not ${typeNameOf(v)}`);
    }
    throw e;
  }
}

function hasIter(v: Value): boolean {
  const t = typeOf(v);
  return builtinSlot(t, 'iter') !== undefined || lookup(t, '__iter__') !== undefined || lookup(t, '__getitem__') !== undefined;
}

let typeErrorAddr = 0;
function TYPE_ADDR_TYPEERROR(): number {
  if (typeErrorAddr === 0) typeErrorAddr = builtinTypeAddrByName('TypeError');
  return typeErrorAddr;
}
import { builtinTypeAddr as builtinTypeAddrByName } from '../objects/registry.js';

function mappingItems(v: Value, f: Value): Array<[Value, Value]> {
  if (v instanceof Ref && I32[v.a >> 2] === TYPE_ADDR_DICT()) return dictItems(v.a);
  const items = mapItems(v);
  if (items === null) raise('TypeError', `${calleeName(f)} argument after ** must be a mapping, not ${typeNameOf(v)}`);
  return items;
}
let dictAddr = 0;
function TYPE_ADDR_DICT(): number {
  if (dictAddr === 0) dictAddr = builtinTypeAddrByName('dict');
  return dictAddr;
}

// ---- Method calls ---------------------------------------------------------------------------

/** obj.name(args...) without creating a bound method when the attribute is a plain function. */
export function callMethod(obj: Value, name: string, args: Value[]): Value {
  return callMethodIC(obj, name, null, args);
}

/**
 * The method found on a type, cached per call site while the type's version tag (which changes
 * when the class or a base changes) stays the same; 0 when the fast path does not apply.
 */
function methodFor(t: number, name: string, ic: AttrIC): number {
  if (ic.t === t && ic.v === typeVersion(t)) return ic.m;
  let m = 0;
  if (!(typeFlags(t) & (TypeFlag.HasGetattribute | TypeFlag.HasGetattr))) {
    const tagged = lookupTagged(t, name);
    if (tagged !== 0 && (tagged & 1) === 0) {
      const mt = I32[tagged >> 2]!;
      if (mt === T_FUNCTION || mt === T_METHOD_DESCR) m = tagged;
    }
  }
  ic.t = t;
  ic.v = typeVersion(t);
  ic.m = m;
  ic.f = m === 0 ? null : new Ref(m);
  ic.ds = getSlot(t, TypeSlot.DictSlot) >> 1;
  if (ic.h === 0) ic.h = strHash32(name);
  return m;
}

/** Does the instance dict of `obj` (of the site's cached type) shadow the method? */
function shadowed(obj: Value, name: string, ic: AttrIC): boolean {
  if (ic.ds < 0 || !(obj instanceof Ref)) return false;
  const d = I32[(obj.a >> 2) + 2 + ic.ds]!;
  return d !== 0 && dictGetStrHinted(d, name, ic.h, ic) !== 0;
}

function callMethodIC(obj: Value, name: string, ic: AttrIC | null, args: Value[]): Value {
  if (ic === null) return callValue(getattr(obj, name), args, null, null);
  const m = methodFor(typeOf(obj), name, ic);
  // A plain method, unless the instance dict shadows it.
  if (m !== 0 && !shadowed(obj, name, ic)) {
    if (I32[m >> 2] === T_METHOD_DESCR) return callNative(getSlot(m, 2) >> 1, obj, args, null, null);
    return callFunction(ic.f!, [obj, ...args], null, null);
  }
  return callValue(getattr(obj, name), args, null, null);
}

/**
 * obj.name looked up before the arguments are evaluated (they may run code that a __getattr__
 * or property would observe): undefined when the plain-method fast path applies, else the attribute.
 */
export function methodPre(obj: Value, name: string, ic: AttrIC): Value | undefined {
  const m = methodFor(typeOf(obj), name, ic);
  if (m !== 0 && !shadowed(obj, name, ic)) return undefined;
  return getattr(obj, name);
}

/** The call after methodPre: `pre` is its result. */
export function callMethodPost(obj: Value, pre: Value | undefined, name: string, ic: AttrIC, args: Value[]): Value {
  if (pre === undefined) return callMethodIC(obj, name, ic, args);
  return callValue(pre, args, null, null);
}

/** The site's cached plain method of `obj` (a function or a native method descriptor), or 0. */
function methodAt(obj: Value, name: string, ic: AttrIC): number {
  const m = methodFor(typeOf(obj), name, ic);
  return m === 0 || shadowed(obj, name, ic) ? 0 : m;
}

/**
 * The plain Python method cached at the site when its code takes exactly `n` positional arguments
 * (self included) and nothing else: then the call needs no argument array.
 */
function simpleFunction(m: number, ic: AttrIC, n: number): CodeEntry | null {
  if (I32[m >> 2] !== T_FUNCTION) return null;
  const e = entryOf(m, ic);
  return e.simple && e.argcount === n ? e : null;
}

/**
 * The native behind a method descriptor when it takes only positional parameters and `k`
 * arguments (self not counted) fill them, with defaults for at most one missing trailing one:
 * then its JS function is called directly, as callNative would (protocol.ts).
 */
function simpleNative(m: number, k: number): Native | null {
  if (I32[m >> 2] !== T_METHOD_DESCR) return null;
  const n = NATIVES[getSlot(m, 2) >> 1]!;
  return n.simple && (n.maxPositional === k || (n.maxPositional === k + 1 && n.minPositional <= k)) ? n : null;
}

/** The default of a native's positional parameter `i` (simpleNative's missing trailing one). */
function dflt(n: Native, i: number): Value {
  return n.params[i]!.dflt as Value;
}

export function callMethod0(obj: Value, name: string, ic: AttrIC): Value {
  const m = methodAt(obj, name, ic);
  if (m !== 0) {
    const e = simpleFunction(m, ic, 1);
    if (e !== null) return e.fn(ic.f!, obj);
    const n = simpleNative(m, 0);
    if (n !== null) return n.maxPositional === 0 ? n.fn(obj) : n.fn(obj, dflt(n, 0));
  }
  return callMethodIC(obj, name, ic, []);
}
export function callMethod1(obj: Value, name: string, ic: AttrIC, a: Value): Value {
  const m = methodAt(obj, name, ic);
  if (m !== 0) {
    const e = simpleFunction(m, ic, 2);
    if (e !== null) return e.fn(ic.f!, obj, a);
    const n = simpleNative(m, 1);
    if (n !== null) return n.maxPositional === 1 ? n.fn(obj, a) : n.fn(obj, a, dflt(n, 1));
  }
  return callMethodIC(obj, name, ic, [a]);
}
export function callMethod2(obj: Value, name: string, ic: AttrIC, a: Value, b: Value): Value {
  const m = methodAt(obj, name, ic);
  if (m !== 0) {
    const e = simpleFunction(m, ic, 3);
    if (e !== null) return e.fn(ic.f!, obj, a, b);
    const n = simpleNative(m, 2);
    if (n !== null) return n.maxPositional === 2 ? n.fn(obj, a, b) : n.fn(obj, a, b, dflt(n, 2));
  }
  return callMethodIC(obj, name, ic, [a, b]);
}
export function callMethod3(obj: Value, name: string, ic: AttrIC, a: Value, b: Value, c: Value): Value {
  const m = methodAt(obj, name, ic);
  if (m !== 0) {
    const e = simpleFunction(m, ic, 4);
    if (e !== null) return e.fn(ic.f!, obj, a, b, c);
    const n = simpleNative(m, 3);
    if (n !== null) return n.maxPositional === 3 ? n.fn(obj, a, b, c) : n.fn(obj, a, b, c, dflt(n, 3));
  }
  return callMethodIC(obj, name, ic, [a, b, c]);
}

export { callNative, TypeSlot };
