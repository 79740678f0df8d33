// Helpers shared by the collection types (tuple, list, dict, set, range, slice, iterators): rich
// comparison, full-width hashing, __index__ conversion, the repr recursion guard, NotImplemented, and
// late-bound hooks (KeyError with a key, types.GenericAlias, builtins) the runtime installs.
// Where the protocol later provides the same operation, these should forward to it.

import { I32 } from '../heap/index.js';
import { TypeFlag, TypeSlot } from './layouts.js';
import { Ref, PyFloat, STOP, T_STR, T_INT, T_BOOL, T_FLOAT, T_NONE, T_TYPE, getSlot, type Value } from './value.js';
import { typeOf, typeName, typeFlags, lookup, isSubtype } from './typeobject.js';
import {
  raise, repr, truthy, callDescriptor, builtinSlot, typeNameOf, A_NOTIMPLEMENTED, isNotImplemented, call,
} from './protocol.js';
import { intHash, bigIntHash, floatHash, strHash32 } from './hash.js';
import { BUILTIN_TYPES } from './registry.js';
import { intOf, warn } from './numcore.js';

export const MAXSIZE = 9223372036854775807n;
export const MAXSIZE_NUM = 9223372036854775807; // 2^63 (rounded): compares right against JS numbers
export const MINSIZE_NUM = -9223372036854775808;

/** The NotImplemented singleton as a value. */
export function notImplemented(): Value {
  return new Ref(A_NOTIMPLEMENTED);
}

export { isNotImplemented };

// ---- rich comparison (CPython: Objects/object.c do_richcompare) -----------------------------------

export const enum Cmp { LT, LE, EQ, NE, GT, GE }
const OP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='] as const;
const SWAPPED: readonly Cmp[] = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];

/** A number's value for numeric comparison, or undefined for non-numbers. */
function numeric(v: Value): number | bigint | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    default: return v instanceof PyFloat ? v.v : undefined;
  }
}

function cmpNumbers(a: number | bigint, b: number | bigint, op: Cmp): boolean {
  // JS compares number/bigint mixes exactly; NaN is unordered as in Python.
  switch (op) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    // eslint-disable-next-line eqeqeq -- loose equality is exact between bigint and number
    case Cmp.EQ: return a == b;
    // eslint-disable-next-line eqeqeq
    case Cmp.NE: return a != b;
    case Cmp.GT: return a > b;
    default: return a >= b;
  }
}

/** Code point order of two strs (JS compares UTF-16 units, which misorders astral vs U+E000..U+FFFF). */
export function compareStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // A surrogate (astral code point) sorts after every BMP unit; otherwise unit order is code point order.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) {
        const xa = xs && isAstralAt(a, i);
        const ya = ys && isAstralAt(b, i);
        if (xa && !ya) return 1;
        if (ya && !xa) return -1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

function isAstralAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  const p = s.charCodeAt(i - 1);
  return i > 0 && p >= 0xd800 && p <= 0xdbff;
}

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

type CmpFn = (a: Value, b: Value) => Value;
/** Per builtin type: the JS functions of its own comparison methods (null when inherited). */
const builtinCmps = new Map<number, Array<CmpFn | null>>();

function builtinCmp(t: number, op: Cmp): CmpFn | null {
  let fns = builtinCmps.get(t);
  if (fns === undefined) {
    const def = BUILTIN_TYPES[getSlot(t, TypeSlot.Builtin) >> 1];
    fns = OP_DUNDER.map((n) => (def?.methods.find((m) => m.name === n)?.native.fn as CmpFn | undefined) ?? null);
    builtinCmps.set(t, fns);
  }
  return fns[op]!;
}

/** Calls `v.__op__(w)` found on v's type; NotImplemented when the type has no such method. */
function tryOp(v: Value, w: Value, op: Cmp): Value {
  // None only has object's comparisons (identity ==, NotImplemented otherwise), and as JS null it
  // cannot be bound as a method's self.
  if (v === null) return notImplemented();
  const t = typeOf(v);
  // Exact builtin types: call their own method's function directly (no bound-method object).
  if (!isHeapType(t)) {
    const f = builtinCmp(t, op);
    if (f !== null) return f(v, w);
  }
  const m = lookup(t, OP_DUNDER[op]);
  if (m === undefined || m === null) return notImplemented();
  return callDescriptor(m, v, t, [w]);
}

/** v <op> w with Python semantics (reflected operands, identity fallback for == and !=). */
export function richCompare(v: Value, w: Value, op: Cmp): Value {
  const a = numeric(v);
  if (a !== undefined) {
    const b = numeric(w);
    if (b !== undefined) return cmpNumbers(a, b, op);
  }
  if (typeof v === 'string' && typeof w === 'string') return cmpResult(compareStr(v, w), op);
  const tv = typeOf(v);
  const tw = typeOf(w);
  let checkedReverse = false;
  if (tv !== tw && isSubtype(tw, tv) && (typeFlags(tw) & TypeFlag.Heap) !== 0) {
    checkedReverse = true;
    const r = tryOp(w, v, SWAPPED[op]!);
    if (!isNotImplemented(r)) return r;
  }
  const r = tryOp(v, w, op);
  if (!isNotImplemented(r)) return r;
  if (!checkedReverse) {
    const r2 = tryOp(w, v, SWAPPED[op]!);
    if (!isNotImplemented(r2)) return r2;
  }
  if (op === Cmp.EQ) return sameObject(v, w);
  if (op === Cmp.NE) return !sameObject(v, w);
  raise('TypeError', `'${OP_SYMBOL[op]}' not supported between instances of '${typeName(tv)}' and '${typeName(tw)}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function richCompareBool(v: Value, w: Value, op: Cmp): boolean {
  if ((op === Cmp.EQ || op === Cmp.NE) && sameObject(v, w)) return op === Cmp.EQ;
  const r = richCompare(v, w, op);
  return typeof r === 'boolean' ? r : truthy(r);
}

/** v == w as a JS boolean (identity first). */
export function eq(v: Value, w: Value): boolean {
  if (v === w) return true;
  // NaN: JS numbers carry no identity; treat a NaN as identical to itself (x in [x] is True).
  if (typeof v === 'number' && typeof w === 'number') return v !== v && w !== w;
  if (typeof v === 'string' && typeof w === 'string') return false;
  return richCompareBool(v, w, Cmp.EQ);
}

/** v < w as a JS boolean (the only comparison sorting uses). */
export function lt(v: Value, w: Value): boolean {
  if (typeof v === 'number' && typeof w === 'number') return v < w;
  if (typeof v === 'string' && typeof w === 'string') return compareStr(v, w) < 0;
  const r = richCompare(v, w, Cmp.LT);
  return typeof r === 'boolean' ? r : truthy(r);
}

/**
 * Lexicographic comparison of two sequences given by length/item accessors (CPython:
 * tuplerichcompare, list_richcompare). Lengths are re-read after each item comparison, since
 * __eq__ may mutate a list; `lenShortcut` (lists) answers == and != from differing lengths first.
 */
export function seqCompare(la: () => number, ga: (i: number) => Value | undefined, lb: () => number,
  gb: (i: number) => Value | undefined, op: Cmp, lenShortcut: boolean): Value {
  if (lenShortcut && (op === Cmp.EQ || op === Cmp.NE) && la() !== lb()) return op === Cmp.NE;
  let i = 0;
  for (; i < la() && i < lb(); i++) {
    const x = ga(i);
    const y = gb(i);
    if (x === undefined || y === undefined) break;
    if (!richCompareBool(x, y, Cmp.EQ)) break;
  }
  const x = i < la() ? ga(i) : undefined;
  const y = i < lb() ? gb(i) : undefined;
  if (x === undefined || y === undefined) return cmpResult(la() - lb(), op);
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  return richCompare(x, y, op);
}

/** seqCompare over two JS arrays. */
export function arrayCompare(a: readonly Value[], b: readonly Value[], op: Cmp, lenShortcut = false): Value {
  return seqCompare(() => a.length, (i) => a[i], () => b.length, (i) => b[i], op, lenShortcut);
}

/** The result of comparing identical objects (x is y): reflexive operators hold. */
export function identityCompare(op: Cmp): boolean {
  return op === Cmp.EQ || op === Cmp.LE || op === Cmp.GE;
}

/** Python `is`: same heap object, or equal immutable JS values. */
export function sameObject(v: Value, w: Value): boolean {
  if (v === w) return true;
  if (v instanceof Ref) return w instanceof Ref && v.a === w.a;
  if (v instanceof PyFloat) return w instanceof PyFloat && Object.is(v.v, w.v);
  // Two JS numbers are "the same object" when equal and of the same kind (int vs float).
  if (typeof v === 'number' && typeof w === 'number') return Object.is(v, w);
  return false;
}

// ---- hashing ---------------------------------------------------------------------------------------

/** hash(v) at full width (number or bigint), as CPython's PyObject_Hash. */
export function pyHash(v: Value): number | bigint {
  switch (typeof v) {
    case 'number': return Number.isInteger(v) ? intHash(v) : floatHash(v);
    case 'string': return strHash32(v);
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return bigIntHash(v);
    default:
  }
  if (v instanceof PyFloat) return floatHash(v.v);
  const t = typeOf(v);
  const slot = builtinSlot(t, 'hash');
  if (slot !== undefined) return slot(v);
  const m = lookup(t, '__hash__');
  if (m === undefined || m === null) raise('TypeError', `unhashable type: '${typeNameOf(v)}'`);
  const r = callDescriptor(m, v, t, []);
  // An int result is used as is when it fits in a Py_ssize_t, else hashed (slot_tp_hash).
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  if (typeof r === 'bigint') {
    if (r >= -MAXSIZE - 1n && r <= MAXSIZE) return r === -1n ? -2 : normInt(r);
    return bigIntHash(r);
  }
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (r instanceof Ref && isSubtype(I32[r.a >> 2]!, T_INT)) return pyHash(asIndex(r));
  raise('TypeError', '__hash__ method should return an integer');
}

/** Is `v` hashable without running Python code? (fast type check used by set/dict key errors) */
export function isUnhashableType(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  const t = typeOf(v);
  return builtinSlot(t, 'hash') === undefined && lookup(t, '__hash__') === null;
}

// ---- integers and indices ------------------------------------------------------------------------

/** operator.index(v): an int (number or bigint), else TypeError (CPython: PyNumber_Index). */
export function asIndex(v: Value): number | bigint {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v;
  // An int subclass instance is its own index (abstract.c _PyNumber_Index: PyLong_Check first).
  if (v instanceof Ref && isSubtype(I32[v.a >> 2]!, T_INT)) return intOf(v)!;
  const m = typeof v === 'number' || v instanceof PyFloat || typeof v === 'string' || v === null
    ? undefined : lookup(typeOf(v), '__index__');
  if (m === undefined || m === null) {
    raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
  }
  const r = callDescriptor(m, v, typeOf(v), []);
  if (typeof r === 'number' && Number.isInteger(r)) return r;
  if (typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (r instanceof Ref && isSubtype(I32[r.a >> 2]!, T_INT)) {
    warn('DeprecationWarning', `__index__ returned non-int (type ${typeNameOf(r)}).  The ability to return an ` +
      'instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.');
    return intOf(r)!;
  }
  raise('TypeError', `__index__ returned non-int (type ${typeNameOf(r)})`);
}

/** Does `v` support __index__ (PyIndex_Check)? */
export function hasIndex(v: Value): boolean {
  if (typeof v === 'number') return Number.isInteger(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return true;
  if (typeof v === 'string' || v === null || v instanceof PyFloat) return false;
  const m = lookup(typeOf(v), '__index__');
  return m !== undefined && m !== null;
}

/**
 * PyNumber_AsSsize_t(v, exc): an index as a JS number. Out of the C ssize_t range, raises `exc`
 * ('cannot fit ...') or, with exc null, clamps to ±2^63.
 */
export function asSsize(v: Value, exc: string | null): number {
  const i = asIndex(v);
  if (typeof i === 'number' && i >= MINSIZE_NUM && i < MAXSIZE_NUM) return i;
  const b = BigInt(i);
  if (b >= -MAXSIZE - 1n && b <= MAXSIZE) return Number(b);
  if (exc === null) return b < 0n ? MINSIZE_NUM : MAXSIZE_NUM;
  raise(exc, `cannot fit '${typeNameOf(v)}' into an index-sized integer`);
}

/** Like asSsize but with "Python int too large to convert to C ssize_t" (PyLong_AsSsize_t). */
export function asSsizeStrict(v: Value): number {
  const i = asIndex(v);
  if (typeof i === 'number' && i >= MINSIZE_NUM && i < MAXSIZE_NUM) return i;
  const b = BigInt(i);
  if (b >= -MAXSIZE - 1n && b <= MAXSIZE) return Number(b);
  raise('OverflowError', 'Python int too large to convert to C ssize_t');
}

/** A __setstate__ index argument: an int, else "an integer is required" (PyLong_AsSsize_t). */
export function setstateIndexValue(state: Value): number | bigint {
  if (typeof state === 'number' && Number.isInteger(state)) return state;
  if (typeof state === 'boolean') return state ? 1 : 0;
  if (typeof state === 'bigint') return state;
  if (state instanceof Ref && isSubtype(I32[state.a >> 2]!, T_INT)) return asIndex(state);
  raise('TypeError', 'an integer is required');
}

/** Normalises an int result: a number when it fits in ±(2^53-1), else a bigint. */
export function normInt(v: bigint | number): number | bigint {
  if (typeof v === 'number') return v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// ---- repr recursion guard (Py_ReprEnter / Py_ReprLeave; per thread = per worker) ---------------------

const reprActive = new Set<number>();

/** True if `a` is already being repr'd on this thread (then print the "..." form). */
export function reprEnter(a: number): boolean {
  if (reprActive.has(a)) return true;
  reprActive.add(a);
  return false;
}

export function reprLeave(a: number): void {
  reprActive.delete(a);
}

// ---- type checks ---------------------------------------------------------------------------------------

export function isHeapType(t: number): boolean {
  return (typeFlags(t) & TypeFlag.Heap) !== 0;
}

/** Instance of `t` or a subclass. */
export function isInstance(v: Value, t: number): boolean {
  if (!(v instanceof Ref)) return false;
  const vt = I32[v.a >> 2]!;
  return vt === t || isSubtype(vt, t);
}

/**
 * Is `other` an instance of a class statement's type that defines the reflected method `name`?
 * Sequence concat/repeat then return NotImplemented so that its __radd__/__rmul__ runs, as
 * CPython's binary_op1 tries nb_add/nb_multiply of both operands before sq_concat/sq_repeat.
 */
export function hasUserReflected(other: Value, name: string): boolean {
  if (!(other instanceof Ref)) return false;
  const t = I32[other.a >> 2]!;
  if (!isHeapType(t)) return false;
  const m = lookup(t, name);
  return m !== undefined && m !== null;
}

/** The instance slot count a type's instances have (subclasses add slots after their base's). */
export function instanceSlotsOf(type: number): number {
  return getSlot(type, TypeSlot.InstanceSlots) >> 1;
}

/** tp_new_wrapper's checks for `X.__new__(cls, ...)`: cls must be a type and a subtype of X. */
export function checkNewType(cls: Value, base: number): number {
  const bname = typeName(base);
  if (cls === undefined) raise('TypeError', `${bname}.__new__(): not enough arguments`);
  if (!(cls instanceof Ref) || !isTypeObject(cls.a)) {
    raise('TypeError', `${bname}.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  }
  if (!isSubtype(cls.a, base)) {
    const n = typeName(cls.a);
    raise('TypeError', `${bname}.__new__(${n}): ${n} is not a subtype of ${bname}`);
  }
  return cls.a;
}

export function isTypeObject(a: number): boolean {
  const t = I32[a >> 2]!;
  return t === T_TYPE || isSubtype(t, T_TYPE);
}

/** "X() takes no keyword arguments" when kwargs were given (_PyArg_NoKeywords). */
export function noKeywords(name: string, kwargs: Map<string, Value> | undefined): void {
  if (kwargs !== undefined && kwargs.size > 0) raise('TypeError', `${name}() takes no keyword arguments`);
}

/** "X expected at most N argument(s), got M" (_PyArg_CheckPositional). */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise('TypeError', min === max
      ? `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    raise('TypeError', min === max
      ? `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`
      : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

// ---- late-bound hooks ---------------------------------------------------------------------------------

type KeyErrorRaiser = (key: Value) => never;
let keyErrorRaiser: KeyErrorRaiser = (key) => raise('KeyError', repr(key));
/** The runtime installs a raiser that makes KeyError(key) with the key itself as its argument. */
export function setKeyErrorRaiser(f: KeyErrorRaiser): void {
  keyErrorRaiser = f;
}
/** raise KeyError(key) (CPython: _PyErr_SetKeyError). */
export function raiseKeyError(key: Value): never {
  return keyErrorRaiser(key);
}

let genericAliasMaker: (origin: Value, args: Value) => Value = () =>
  raise('TypeError', 'types.GenericAlias is not available yet');
/** types.GenericAlias(origin, args) for __class_getitem__ (installed by the runtime). */
export function setGenericAliasMaker(f: (origin: Value, args: Value) => Value): void {
  genericAliasMaker = f;
}
export function genericAlias(origin: Value, args: Value): Value {
  return genericAliasMaker(origin, args);
}

let builtinGetter: (name: string) => Value = (name) => raise('NameError', `name '${name}' is not defined`);
/** Looks up a builtin by name (iter, enumerate...) for __reduce__ results (installed by the runtime). */
export function setBuiltinGetter(f: (name: string) => Value): void {
  builtinGetter = f;
}
export function getBuiltin(name: string): Value {
  return builtinGetter(name);
}

type ExceptionMatcher = (e: unknown, cls: string) => boolean;
let exceptionMatcher: ExceptionMatcher = (e, cls) =>
  e instanceof Error && (e.message === cls || e.message.startsWith(`${cls}:`));
/** The runtime installs: is the thrown JS value a Python exception of class `cls` (or a subclass)? */
export function setExceptionMatcher(f: ExceptionMatcher): void {
  exceptionMatcher = f;
}
export function exceptionMatches(e: unknown, cls: string): boolean {
  return exceptionMatcher(e, cls);
}

let stopIterationRaiser: () => never = () => raise('StopIteration', '');
/** The runtime installs a raiser of a bare StopIteration() (no args), as iterators' __next__ raise. */
export function setStopIterationRaiser(f: () => never): void {
  stopIterationRaiser = f;
}
export function raiseStopIteration(): never {
  return stopIterationRaiser();
}

let mappingProxyMaker: (d: Value) => Value = () => raise('TypeError', 'mappingproxy is not available yet');
/** types.MappingProxyType(d) for dict views' .mapping (installed by the runtime). */
export function setMappingProxyMaker(f: (d: Value) => Value): void {
  mappingProxyMaker = f;
}
export function mappingProxy(d: Value): Value {
  return mappingProxyMaker(d);
}

/** Calls a Python callable with positional args (protocol.call). */
export function call1(f: Value, x: Value): Value {
  return call(f, [x]);
}

export { T_STR, T_BOOL, T_FLOAT, T_NONE };

/**
 * The methods every builtin iterator type declares for its JS `next` slot `nextFn`: __iter__
 * returning the iterator (tp_iter = PyObject_SelfIter) and __next__ raising StopIteration at the end.
 */
export function iteratorMethods(nextFn: (v: Value) => Value | typeof STOP): {
  __iter__: { sig: string; fn: (v: Value) => Value };
  __next__: { sig: string; fn: (v: Value) => Value };
} {
  return {
    __iter__: { sig: '__iter__($self, /)', fn: (v: Value): Value => v },
    __next__: {
      sig: '__next__($self, /)',
      fn: (v: Value): Value => {
        const r = nextFn(v);
        if (r === STOP) raiseStopIteration();
        return r;
      },
    },
  };
}
