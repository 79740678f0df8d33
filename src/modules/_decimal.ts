// The native _decimal module (what Lib/decimal.py imports): the Decimal type (construction, conversions,
// operators, comparisons, hash, format) and the module's functions and constants. Core arithmetic is in
// _decimal_core/_ops/_math.ts, values in _decimal_value.ts, Context and signals in _decimal_context.ts.
// Not implemented (NotImplementedError): pow() with a modulo, __format__'s locale override. CPython: Modules/_decimal/_decimal.c.

import { Ref, floatValue, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { typeOf } from '../objects/typeobject.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { newTuple } from '../objects/tuple.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { importModule } from '../vm/imports.js';
import { intOf, floatOf, notImpl } from '../objects/numcore.js';
import { pointerHash } from '../objects/hash.js';
import { getattr } from '../vm/attr.js';
import { formatDecimal } from './_decimal_format.js';
import { power } from './_decimal_math.js';
import { defineModule } from './define.js';
import { varType } from './_contextvars.js';
import {
  decAddr, isDec, D, make, fromInt, fromFloat, toDec, operand, withCtx, ZERO, roundingArg,
} from './_decimal_value.js';
import { EXTRA_METHODS } from './_decimal_methods.js';
import { plusMinus } from './_decimal_ops.js';
import {
  Kind, St, Round, ROUND_NAMES, type Dec, type Ctx, toSci, finalize, add, mul, div, divmod, quantize,
  cmp, decHash, sqrt, roundCoeff, pow10, digits,
} from './_decimal_core.js';
import {
  contextType, ctxArg, ctxOf, capitalsOf, addStatus, currentContext, setContext, localcontext, newContext,
  makeSignals, makeSignalDictType, copyContext, modDict, isContext, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, ST_FLOAT,
  publishState, reuseState,
} from './_decimal_context.js';

// ---- arithmetic ---------------------------------------------------------------------------------------

type Op = (a: Dec, b: Dec, x: Ctx) => Dec;
const ADD: Op = (a, b, x) => add(a, b, x);
const SUB: Op = (a, b, x) => add(a, b, x, true);
const MUL: Op = (a, b, x) => mul(a, b, x);
const DIV: Op = (a, b, x) => div(a, b, x);
const FLOORDIV: Op = (a, b, x) => divmod(a, b, x, 'q')[0];
const MOD: Op = (a, b, x) => divmod(a, b, x, 'r')[1];

const binary = (op: Op, reflected = false) => (self: Value, other: Value): Value => {
  const a = D(self);
  const b = operand(other);
  if (b === undefined) return notImpl();
  const c = currentContext();
  return make(withCtx(c, (x) => (reflected ? op(b, a, x) : op(a, b, x))));
};
const divmodOp = (reflected: boolean) => (self: Value, other: Value): Value => {
  const a = D(self);
  const b = operand(other);
  if (b === undefined) return notImpl();
  const [q, r] = withCtx(currentContext(), (x) => (reflected ? divmod(b, a, x) : divmod(a, b, x)));
  return newTuple([make(q), make(r)]);
};

const powOp = (reflected: boolean) => (self: Value, other: Value, mod: Value): Value => {
  const a = D(self);
  const b = operand(other);
  if (b === undefined) return notImpl();
  if (mod !== null) raise('NotImplementedError', 'Decimal.__pow__ with a modulo is not implemented in ftpy yet');
  return make(withCtx(currentContext(), (x) => (reflected ? power(b, a, x) : power(a, b, x))));
};

function unary(d: Dec, c: Ref, kind: 'neg' | 'pos' | 'abs'): Dec {
  return withCtx(c, (x) => plusMinus(d, x, kind === 'neg' || (kind === 'abs' && d.s === 1)));
}

// ---- comparison ---------------------------------------------------------------------------------------

/** The other side of a comparison: Decimal, int, float (FloatOperation rules) or a Rational. */
function cmpOperand(other: Value, c: Ref, ordering: boolean): Dec | undefined {
  const d = operand(other);
  if (d !== undefined) return d;
  const f = floatOf(other);
  if (f !== undefined) {
    // Equality only records FloatOperation; ordering also traps it (_decimal.c convert_op_cmp).
    addStatus(c, ST_FLOAT, !ordering);
    return fromFloat(f);
  }
  return undefined;
}

const richcmp = (op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge') => (self: Value, other: Value): Value => {
  const a = D(self);
  const c = currentContext();
  const ordering = op !== 'eq' && op !== 'ne';
  let b = cmpOperand(other, c, ordering);
  if (b === undefined) {
    const num = ratio(other);
    if (num === undefined) return notImpl();
    // a == n/d  <=>  a*d == n (exactly).
    const [n, den] = num;
    const scaled = { ...a, c: a.c * den };
    b = fromInt(n);
    return compareResult(op, scaled, b, c);
  }
  return compareResult(op, a, b, c);
};
function compareResult(op: string, a: Dec, b: Dec, c: Ref): boolean {
  const isNaN = (d: Dec): boolean => d.k === Kind.NaN || d.k === Kind.SNaN;
  if (isNaN(a) || isNaN(b)) {
    if (op === 'eq' || op === 'ne') {
      if (a.k === Kind.SNaN || b.k === Kind.SNaN) addStatus(c, St.InvalidOperation);
      return op === 'ne';
    }
    addStatus(c, St.InvalidOperation);
    return false;
  }
  const r = cmp(a, b);
  switch (op) {
    case 'eq': return r === 0;
    case 'ne': return r !== 0;
    case 'lt': return r < 0;
    case 'le': return r <= 0;
    case 'gt': return r > 0;
    default: return r >= 0;
  }
}
/** [numerator, denominator] of a fractions.Fraction-like Rational operand. */
function ratio(v: Value): [bigint, bigint] | undefined {
  if (!(v instanceof Ref) || typeNameOf(v) !== 'Fraction') return undefined;
  const n = intOf(getattr(v, 'numerator'));
  const d = intOf(getattr(v, 'denominator'));
  return n === undefined || d === undefined ? undefined : [BigInt(n), BigInt(d)];
}

// ---- conversions --------------------------------------------------------------------------------------

function toIntegral(d: Dec, mode: Round): bigint {
  if (d.k === Kind.NaN || d.k === Kind.SNaN) raise('ValueError', 'cannot convert NaN to integer');
  if (d.k === Kind.Inf) raise('OverflowError', 'cannot convert Infinity to integer');
  const c = d.e >= 0 ? d.c * pow10(d.e) : roundCoeff(d.c, -d.e, d.s, mode)[0];
  return d.s ? -c : c;
}
const pyInt = (b: bigint): Value => (b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);

function toFloat(d: Dec): Value {
  if (d.k === Kind.SNaN) raise('ValueError', 'cannot convert signaling NaN to float');
  if (d.k === Kind.NaN) return floatValue(d.s ? -NaN : NaN);
  return floatValue(Number(toSci(d)));
}

function decHashValue(self: Ref, d: Dec): number | bigint {
  if (d.k === Kind.SNaN) raise('TypeError', 'Cannot hash a signaling NaN value.');
  if (d.k === Kind.NaN) return pointerHash(self.a);
  const h = decHash(d);
  return h >= -BigInt(Number.MAX_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
}

function round(self: Value, n: Value): Value {
  const d = D(self);
  const c = currentContext();
  if (n !== null) {
    const k = intOf(n);
    if (k === undefined) raise('TypeError', 'optional arg must be an integer');
    const q: Dec = { s: 0, c: 1n, e: -Number(k), k: Kind.Finite };
    return make(withCtx(c, (x) => quantize(d, q, x)));
  }
  return pyInt(toIntegral(d, Round.HalfEven));
}

/** collections.namedtuple('DecimalTuple', ...), made on first use (as _decimal.c's init does). */
function decimalTuple(): Value {
  const d = modDict();
  let t = dictGet(d, 'DecimalTuple');
  if (t === undefined) {
    const nt = getattr(importModule('collections'), 'namedtuple');
    t = call(nt, ['DecimalTuple', 'sign digits exponent'], ['module'], ['decimal']);
    dictSet(d, 'DecimalTuple', t);
  }
  return t;
}

function asTuple(d: Dec): Value {
  const digitsT = d.k === Kind.Inf ? [0] : d.k !== Kind.Finite && d.c === 0n ? [] : [...d.c.toString()].map(Number);
  const exp: Value = d.k === Kind.Inf ? 'F' : d.k === Kind.NaN ? 'n' : d.k === Kind.SNaN ? 'N' : d.e;
  return call(decimalTuple(), [d.s, newTuple(digitsT), exp]);
}

function asIntegerRatio(d: Dec): Value {
  if (d.k === Kind.NaN || d.k === Kind.SNaN) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (d.k === Kind.Inf) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  let n = d.s ? -d.c : d.c;
  let den = 1n;
  if (d.e >= 0) n *= pow10(d.e);
  else den = pow10(-d.e);
  const gcd = (x: bigint, y: bigint): bigint => { x = x < 0n ? -x : x; while (y) [x, y] = [y, x % y]; return x; };
  const g = gcd(n, den) || 1n;
  return newTuple([pyInt(n / g), pyInt(den / g)]);
}

function decNew(cls: Value, value: Value, context: Value): Value {
  const t = (cls as Ref).a;
  const c = ctxArg(context);
  return make(toDec(value, c), t);
}

const m = (sig: string, fn: (...a: never[]) => Value) => ({ sig, fn });
const withC = (f: (d: Dec, c: Ref, self: Ref) => Value) => (self: Value, ctx: Value): Value => f(D(self), ctxArg(ctx), self as Ref);

const isNaNk = (d: Dec): boolean => d.k === Kind.NaN || d.k === Kind.SNaN;
const adjusted = (d: Dec): number => (d.k === Kind.Finite ? d.e + digits(d.c) - 1 : 0);

export const decimalType = defineBuiltinType({
  name: 'Decimal',
  module: 'decimal',
  flags: TypeFlag.BaseType,
  instanceSlots: 3,
  doc: 'Construct a new Decimal object. value can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal(\'0\'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n',
  methods: {
    __new__: { sig: '__new__(type, value="0", context=None)', kind: 'staticmethod', fn: decNew },
    from_float: m('from_float($type, f, /)', (t: Value, f: Value) => {
      const x = floatOf(f);
      const i = intOf(f);
      if (x === undefined && i === undefined) raise('TypeError', 'argument must be int or float');
      const r = make(x !== undefined ? fromFloat(x) : fromInt(i!));
      return (t as Ref).a === decAddr() ? r : call(t, [r]);
    }),
    from_number: m('from_number($type, number, /)', (t: Value, n: Value) => {
      if (!isDec(n) && intOf(n) === undefined && floatOf(n) === undefined) raise('TypeError', `conversion from ${typeNameOf(n)} to Decimal is not supported`);
      const d = isDec(n) ? D(n) : intOf(n) !== undefined ? fromInt(intOf(n)!) : fromFloat(floatOf(n)!);
      return (t as Ref).a === decAddr() ? make(d) : call(t, [make(d)]);
    }),
    __repr__: m('__repr__($self, /)', (s: Value) => `Decimal('${toSci(D(s), capitalsOf(currentContext()))}')`),
    __str__: m('__str__($self, /)', (s: Value) => toSci(D(s), capitalsOf(currentContext()))),
    to_eng_string: m('to_eng_string($self, /, context=None)', withC((d, c) => toSci(d, capitalsOf(c), true))),
    __hash__: m('__hash__($self, /)', (s: Value) => decHashValue(s as Ref, D(s))),
    __bool__: m('__bool__($self, /)', (s: Value) => { const d = D(s); return d.k !== Kind.Finite || d.c !== 0n; }),
    __int__: m('__int__($self, /)', (s: Value) => pyInt(toIntegral(D(s), Round.Down))),
    __trunc__: m('__trunc__($self, /)', (s: Value) => pyInt(toIntegral(D(s), Round.Down))),
    __floor__: m('__floor__($self, /)', (s: Value) => pyInt(toIntegral(D(s), Round.Floor))),
    __ceil__: m('__ceil__($self, /)', (s: Value) => pyInt(toIntegral(D(s), Round.Ceiling))),
    __float__: m('__float__($self, /)', (s: Value) => toFloat(D(s))),
    __round__: m('__round__($self, ndigits=None, /)', round),
    __neg__: m('__neg__($self, /)', (s: Value) => make(unary(D(s), currentContext(), 'neg'))),
    __pos__: m('__pos__($self, /)', (s: Value) => make(unary(D(s), currentContext(), 'pos'))),
    __abs__: m('__abs__($self, /)', (s: Value) => make(unary(D(s), currentContext(), 'abs'))),
    __add__: m('__add__($self, value, /)', binary(ADD)),
    __radd__: m('__radd__($self, value, /)', binary(ADD, true)),
    __sub__: m('__sub__($self, value, /)', binary(SUB)),
    __rsub__: m('__rsub__($self, value, /)', binary(SUB, true)),
    __mul__: m('__mul__($self, value, /)', binary(MUL)),
    __rmul__: m('__rmul__($self, value, /)', binary(MUL, true)),
    __truediv__: m('__truediv__($self, value, /)', binary(DIV)),
    __rtruediv__: m('__rtruediv__($self, value, /)', binary(DIV, true)),
    __floordiv__: m('__floordiv__($self, value, /)', binary(FLOORDIV)),
    __rfloordiv__: m('__rfloordiv__($self, value, /)', binary(FLOORDIV, true)),
    __mod__: m('__mod__($self, value, /)', binary(MOD)),
    __rmod__: m('__rmod__($self, value, /)', binary(MOD, true)),
    __divmod__: m('__divmod__($self, value, /)', divmodOp(false)),
    __rdivmod__: m('__rdivmod__($self, value, /)', divmodOp(true)),
    __pow__: m('__pow__($self, value, mod=None, /)', powOp(false)),
    __rpow__: m('__rpow__($self, value, mod=None, /)', powOp(true)),
    __eq__: m('__eq__($self, value, /)', richcmp('eq')),
    __ne__: m('__ne__($self, value, /)', richcmp('ne')),
    __lt__: m('__lt__($self, value, /)', richcmp('lt')),
    __le__: m('__le__($self, value, /)', richcmp('le')),
    __gt__: m('__gt__($self, value, /)', richcmp('gt')),
    __ge__: m('__ge__($self, value, /)', richcmp('ge')),
    __reduce__: m('__reduce__($self, /)', (s: Value) => newTuple([new Ref(typeOf(s)), newTuple([toSci(D(s))])])),
    __copy__: m('__copy__($self, /)', (s: Value) => s),
    __deepcopy__: m('__deepcopy__($self, memo, /)', (s: Value) => s),
    __complex__: m('__complex__($self, /)', (s: Value) => call(new Ref(builtinTypeAddr('complex')), [toFloat(D(s))])),
    __format__: m('__format__($self, format_spec, override=None, /)', (s: Value, spec: Value, ov: Value) => {
      if (typeof spec !== 'string') raise('TypeError', 'format arg must be str');
      if (ov !== null) raise('NotImplementedError', 'Decimal.__format__ with a locale override is not implemented in ftpy yet');
      const c = currentContext();
      return formatDecimal(D(s), spec, ctxOf(c).round, capitalsOf(c));
    }),
    as_tuple: m('as_tuple($self, /)', (s: Value) => asTuple(D(s))),
    as_integer_ratio: m('as_integer_ratio($self, /)', (s: Value) => asIntegerRatio(D(s))),
    conjugate: m('conjugate($self, /)', (s: Value) => s),
    adjusted: m('adjusted($self, /)', (s: Value) => adjusted(D(s))),
    quantize: m('quantize($self, /, exp, rounding=None, context=None)', (s: Value, e: Value, rnd: Value, ctx: Value) => {
      const c = ctxArg(ctx);
      const b = operand(e);
      if (b === undefined) raise('TypeError', `conversion from ${typeNameOf(e)} to Decimal is not supported`);
      return make(withCtx(c, (x) => {
        if (rnd !== null) x.round = roundingArg(rnd);
        return quantize(D(s), b, x);
      }));
    }),
    sqrt: m('sqrt($self, /, context=None)', withC((d, c) => make(withCtx(c, (x) => sqrt(d, x))))),
    compare: m('compare($self, /, other, context=None)', (s: Value, o: Value, ctx: Value) => {
      const c = ctxArg(ctx);
      const a = D(s);
      const b = operand(o);
      if (b === undefined) raise('TypeError', `conversion from ${typeNameOf(o)} to Decimal is not supported`);
      return make(withCtx(c, (x) => {
        if (isNaNk(a) || isNaNk(b)) return add(a.k === Kind.SNaN || (a.k === Kind.NaN && b.k !== Kind.SNaN) ? a : b, ZERO, x);
        return fromInt(cmp(a, b));
      }));
    }),
    copy_abs: m('copy_abs($self, /)', (s: Value) => make({ ...D(s), s: 0 })),
    copy_negate: m('copy_negate($self, /)', (s: Value) => { const d = D(s); return make({ ...d, s: (1 - d.s) as 0 | 1 }); }),
    copy_sign: m('copy_sign($self, /, other, context=None)', (s: Value, o: Value) => {
      const b = operand(o);
      if (b === undefined) raise('TypeError', `conversion from ${typeNameOf(o)} to Decimal is not supported`);
      return make({ ...D(s), s: b.s });
    }),
    is_nan: m('is_nan($self, /)', (s: Value) => isNaNk(D(s))),
    is_qnan: m('is_qnan($self, /)', (s: Value) => D(s).k === Kind.NaN),
    is_snan: m('is_snan($self, /)', (s: Value) => D(s).k === Kind.SNaN),
    is_infinite: m('is_infinite($self, /)', (s: Value) => D(s).k === Kind.Inf),
    is_finite: m('is_finite($self, /)', (s: Value) => D(s).k === Kind.Finite),
    is_signed: m('is_signed($self, /)', (s: Value) => D(s).s === 1),
    is_zero: m('is_zero($self, /)', (s: Value) => { const d = D(s); return d.k === Kind.Finite && d.c === 0n; }),
    is_canonical: m('is_canonical($self, /)', () => true),
    canonical: m('canonical($self, /)', (s: Value) => s),
    is_normal: m('is_normal($self, /, context=None)', withC((d, c) => d.k === Kind.Finite && d.c !== 0n && adjusted(d) >= ctxOf(c).emin)),
    is_subnormal: m('is_subnormal($self, /, context=None)', withC((d, c) => d.k === Kind.Finite && d.c !== 0n && adjusted(d) < ctxOf(c).emin)),
    same_quantum: m('same_quantum($self, /, other, context=None)', (s: Value, o: Value) => {
      const a = D(s);
      const b = operand(o);
      if (b === undefined) raise('TypeError', `conversion from ${typeNameOf(o)} to Decimal is not supported`);
      if (a.k !== Kind.Finite || b.k !== Kind.Finite) return (isNaNk(a) && isNaNk(b)) || (a.k === Kind.Inf && b.k === Kind.Inf);
      return a.e === b.e;
    }),
    _apply: m('_apply($self, /, context=None)', withC((d, c) => make(withCtx(c, (x) => (isNaNk(d) ? add(d, ZERO, x) : finalize(d, x)))))),
    ...EXTRA_METHODS,
    radix: m('radix($self, /)', () => make(fromInt(10))),
  },
  getsets: {
    real: { get: (s: Value) => s },
    imag: { get: () => make(ZERO) },
  },
  slots: {
    repr: (s) => `Decimal('${toSci(D(s), capitalsOf(currentContext()))}')`,
    str: (s) => toSci(D(s), capitalsOf(currentContext())),
    hash: (s) => decHashValue(s as Ref, D(s)),
  },
});


defineModule({
  name: '_decimal',
  doc: 'C decimal arithmetic module',
  functions: {
    getcontext: { sig: 'getcontext($module, /)', fn: () => currentContext() },
    setcontext: { sig: 'setcontext($module, context, /)', fn: (c: Value) => (setContext(c), null) },
    localcontext: {
      sig: 'localcontext($module, /, ctx=None, **kwargs)',
      fn: (c: Value, kw: Map<string, Value>) => localcontext(c, kw),
    },
  },
  init(dict) {
    // A second import (after `del sys.modules['_decimal']`) gets the same classes and contexts, as a
    // single-phase module would: every worker caches them (DELIBERATE DIFFERENCE: CPython makes new ones).
    if (reuseState(dict)) return;
    makeSignals(dict);
    makeSignalDictType(dict);
    const dt = new Ref(decAddr());
    const ct = new Ref(TYPE_ADDR[contextType.index]!);
    dictSet(dict, 'Decimal', dt);
    dictSet(dict, 'Context', ct);
    for (const n of ROUND_NAMES) dictSet(dict, n, n);
    dictSet(dict, '_ctxvar', call(new Ref(TYPE_ADDR[varType.index]!), ['decimal_context']));
    const t = ctxTypeAddrOf();
    dictSet(dict, 'DefaultContext', newContext(t, [], null));
    dictSet(dict, 'BasicContext', newContext(t, [9, 'ROUND_HALF_UP', null, null, null, null, null,
      newTuple(['Clamped', 'InvalidOperation', 'DivisionByZero', 'Overflow', 'Underflow'].map((n) => dictGet(dict, n)!))], null));
    dictSet(dict, 'ExtendedContext', newContext(t, [9, 'ROUND_HALF_EVEN', null, null, null, null, null, newTuple([])], null));
    decimalTuple();
    // Decimal is a numbers.Number (as _decimal.c's init registers it).
    call(getattr(getattr(importModule('numbers'), 'Number'), 'register'), [dt]);
    dictSet(dict, 'MAX_PREC', MAX_PREC);
    dictSet(dict, 'MAX_EMAX', MAX_EMAX);
    dictSet(dict, 'MIN_EMIN', MIN_EMIN);
    dictSet(dict, 'MIN_ETINY', MIN_ETINY);
    dictSet(dict, 'HAVE_THREADS', true);
    dictSet(dict, 'HAVE_CONTEXTVAR', true);
    dictSet(dict, '__version__', '1.70');
    dictSet(dict, '__libmpdec_version__', '4.0.0');
    publishState(dict);
    void copyContext; void isContext;
  },
});

const ctxTypeAddrOf = (): number => TYPE_ADDR[contextType.index]!;
