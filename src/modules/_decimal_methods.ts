// Method tables of the native _decimal module: the Decimal methods over _decimal_ops.ts (normalize,
// to_integral*, max/min, next_*, logical_*, ...) and Context's methods, which convert their first
// operand and apply the Decimal operation under that context. CPython: Modules/_decimal/_decimal.c.

import { Ref, type Value } from '../objects/value.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { newTuple } from '../objects/tuple.js';
import { intOf, floatOf } from '../objects/numcore.js';
import { getattr } from '../vm/attr.js';
import { Kind, St, type Dec, type Ctx, add, mul, div, divmod, quantize, sqrt, finalize, cmp, toSci } from './_decimal_core.js';
import {
  normalize, toIntegral, compareTotal, maxMin, numberClass, nextDir, nextToward, logb, scaleb, shiftRotate, logical,
  remainderNear, fma, plusMinus,
} from './_decimal_ops.js';
import { power, exp, ln, log10 } from './_decimal_math.js';
import { D, make, withCtx, operand, operandOrRaise, roundingArg, fromFloat, fromInt, toDec, decAddr } from './_decimal_value.js';
import { ctxArg, ctxOf, capitalsOf, addStatus } from './_decimal_context.js';

type Fn = (...a: never[]) => Value;
const m = (sig: string, fn: Fn) => ({ sig, fn });

/** self(context=None) -> Decimal. */
const un = (name: string, f: (a: Dec, x: Ctx) => Dec) =>
  m(`${name}($self, /, context=None)`, (s: Value, c: Value) => make(withCtx(ctxArg(c), (x) => f(D(s), x))));
/** self(other, context=None) -> Decimal. */
const bin = (name: string, f: (a: Dec, b: Dec, x: Ctx) => Dec) =>
  m(`${name}($self, /, other, context=None)`, (s: Value, o: Value, c: Value) => {
    const b = operandOrRaise(o);
    return make(withCtx(ctxArg(c), (x) => f(D(s), b, x)));
  });
const integral = (name: string, exact: boolean) =>
  m(`${name}($self, /, rounding=None, context=None)`, (s: Value, r: Value, c: Value) =>
    make(withCtx(ctxArg(c), (x) => toIntegral(D(s), r === null ? x.round : roundingArg(r), x, exact))));

const compareSignal = (a: Dec, b: Dec, x: Ctx): Dec => {
  if (a.k === Kind.NaN || b.k === Kind.NaN || a.k === Kind.SNaN || b.k === Kind.SNaN) {
    x.status |= St.InvalidOperation;
    return { s: 0, c: 0n, e: 0, k: Kind.NaN };
  }
  return fromInt(cmp(a, b));
};

export const EXTRA_METHODS = {
  normalize: un('normalize', normalize),
  to_integral: integral('to_integral', false),
  to_integral_value: integral('to_integral_value', false),
  to_integral_exact: integral('to_integral_exact', true),
  max: bin('max', (a, b, x) => maxMin(a, b, x, 1, false)),
  min: bin('min', (a, b, x) => maxMin(a, b, x, -1, false)),
  max_mag: bin('max_mag', (a, b, x) => maxMin(a, b, x, 1, true)),
  min_mag: bin('min_mag', (a, b, x) => maxMin(a, b, x, -1, true)),
  compare_signal: bin('compare_signal', compareSignal),
  compare_total: bin('compare_total', (a, b) => fromInt(compareTotal(a, b, false))),
  compare_total_mag: bin('compare_total_mag', (a, b) => fromInt(compareTotal(a, b, true))),
  next_plus: un('next_plus', (a, x) => nextDir(a, x, 1)),
  next_minus: un('next_minus', (a, x) => nextDir(a, x, -1)),
  next_toward: bin('next_toward', nextToward),
  number_class: m('number_class($self, /, context=None)', (s: Value, c: Value) => numberClass(D(s), ctxOf(ctxArg(c)))),
  logb: un('logb', logb),
  scaleb: bin('scaleb', scaleb),
  shift: bin('shift', (a, b, x) => shiftRotate(a, b, x, false)),
  rotate: bin('rotate', (a, b, x) => shiftRotate(a, b, x, true)),
  logical_and: bin('logical_and', (a, b, x) => logical(a, b, x, 'and')),
  logical_or: bin('logical_or', (a, b, x) => logical(a, b, x, 'or')),
  logical_xor: bin('logical_xor', (a, b, x) => logical(a, b, x, 'xor')),
  logical_invert: un('logical_invert', (a, x) => logical(a, null, x, 'invert')),
  remainder_near: bin('remainder_near', remainderNear),
  fma: m('fma($self, /, other, third, context=None)', (s: Value, o: Value, t: Value, c: Value) => {
    const b = operandOrRaise(o);
    const d = operandOrRaise(t);
    return make(withCtx(ctxArg(c), (x) => fma(D(s), b, d, x)));
  }),
  exp: un('exp', exp), ln: un('ln', ln), log10: un('log10', log10),
};

// ---- Context methods ------------------------------------------------------------------------------------

/** First operand of a Context method (convert_op_raise): Decimal or int. */
const first = (v: Value): Ref => make(operandOrRaise(v));
const ctxRef = (s: Value): Ref => ctxArg(s);

/** Context.name(a, ...rest) = Decimal(a).name(...rest, context=self). */
const viaDecimal = (name: string, extra: string[]) =>
  m(`${name}($self, a, ${extra.map((e) => `${e}, `).join('')}/)`, (s: Value, a: Value, ...rest: Value[]) =>
    call(getattr(first(a), name), rest, ['context'], [ctxRef(s)]));
/** Context.name(a) = Decimal(a).name() for the context-free predicates and copies. */
const plain = (name: string) => m(`${name}($self, a, /)`, (_s: Value, a: Value) => call(getattr(first(a), name), []));

const ctxBin = (name: string, f: (a: Dec, b: Dec, x: Ctx) => Dec) =>
  m(`${name}($self, a, b, /)`, (s: Value, a: Value, b: Value) => {
    const x = operandOrRaise(a);
    const y = operandOrRaise(b);
    return make(withCtx(ctxRef(s), (c) => f(x, y, c)));
  });
const ctxUn = (name: string, f: (a: Dec, x: Ctx) => Dec) =>
  m(`${name}($self, a, /)`, (s: Value, a: Value) => make(withCtx(ctxRef(s), (c) => f(operandOrRaise(a), c))));

const sign = (d: Dec, s: 0 | 1): Dec => ({ ...d, s });

export const CONTEXT_METHODS = {
  add: ctxBin('add', (a, b, x) => add(a, b, x)),
  subtract: ctxBin('subtract', (a, b, x) => add(a, b, x, true)),
  multiply: ctxBin('multiply', mul),
  divide: ctxBin('divide', div),
  divide_int: ctxBin('divide_int', (a, b, x) => divmod(a, b, x, 'q')[0]),
  remainder: ctxBin('remainder', (a, b, x) => divmod(a, b, x, 'r')[1]),
  divmod: m('divmod($self, a, b, /)', (s: Value, a: Value, b: Value) => {
    const [q, r] = withCtx(ctxRef(s), (c) => divmod(operandOrRaise(a), operandOrRaise(b), c));
    return newTuple([make(q), make(r)]);
  }),
  power: m('power($self, /, a, b, modulo=None)', (s: Value, a: Value, b: Value, mod: Value) => {
    if (mod !== null) raise('NotImplementedError', 'Context.power with a modulo is not implemented in ftpy yet');
    const x = operandOrRaise(a);
    const y = operandOrRaise(b);
    return make(withCtx(ctxRef(s), (c) => power(x, y, c)));
  }),
  quantize: ctxBin('quantize', quantize),
  sqrt: ctxUn('sqrt', sqrt),
  abs: ctxUn('abs', (a, x) => plusMinus(a, x, a.s === 1)),
  minus: ctxUn('minus', (a, x) => plusMinus(a, x, true)),
  plus: ctxUn('plus', (a, x) => plusMinus(a, x, false)),
  compare: viaDecimal('compare', ['b']),
  compare_signal: viaDecimal('compare_signal', ['b']),
  compare_total: viaDecimal('compare_total', ['b']),
  compare_total_mag: viaDecimal('compare_total_mag', ['b']),
  max: viaDecimal('max', ['b']), min: viaDecimal('min', ['b']),
  max_mag: viaDecimal('max_mag', ['b']), min_mag: viaDecimal('min_mag', ['b']),
  next_toward: viaDecimal('next_toward', ['b']), remainder_near: viaDecimal('remainder_near', ['b']),
  scaleb: viaDecimal('scaleb', ['b']), shift: viaDecimal('shift', ['b']), rotate: viaDecimal('rotate', ['b']),
  logical_and: viaDecimal('logical_and', ['b']), logical_or: viaDecimal('logical_or', ['b']),
  logical_xor: viaDecimal('logical_xor', ['b']), logical_invert: viaDecimal('logical_invert', []),
  fma: viaDecimal('fma', ['b', 'c']),
  exp: viaDecimal('exp', []), ln: viaDecimal('ln', []), log10: viaDecimal('log10', []), logb: viaDecimal('logb', []),
  next_minus: viaDecimal('next_minus', []), next_plus: viaDecimal('next_plus', []),
  normalize: viaDecimal('normalize', []), number_class: viaDecimal('number_class', []),
  to_integral: viaDecimal('to_integral', []), to_integral_exact: viaDecimal('to_integral_exact', []),
  to_integral_value: viaDecimal('to_integral_value', []),
  is_normal: viaDecimal('is_normal', []), is_subnormal: viaDecimal('is_subnormal', []),
  to_eng_string: viaDecimal('to_eng_string', []),
  same_quantum: m('same_quantum($self, a, b, /)', (_s: Value, a: Value, b: Value) =>
    call(getattr(first(a), 'same_quantum'), [first(b)])),
  copy_sign: m('copy_sign($self, a, b, /)', (_s: Value, a: Value, b: Value) =>
    call(getattr(first(a), 'copy_sign'), [first(b)])),
  canonical: m('canonical($self, a, /)', (_s: Value, a: Value) => {
    if (!(a instanceof Ref) || operand(a) === undefined || intOf(a) !== undefined) raise('TypeError', 'argument must be a Decimal');
    return a;
  }),
  is_canonical: plain('is_canonical'), is_finite: plain('is_finite'), is_infinite: plain('is_infinite'),
  is_nan: plain('is_nan'), is_qnan: plain('is_qnan'), is_snan: plain('is_snan'), is_signed: plain('is_signed'),
  is_zero: plain('is_zero'), copy_abs: plain('copy_abs'), copy_negate: plain('copy_negate'),
  copy_decimal: m('copy_decimal($self, a, /)', (_s: Value, a: Value) => first(a)),
  radix: m('radix($self, /)', () => make(fromInt(10))),
  to_sci_string: m('to_sci_string($self, a, /)', (s: Value, a: Value) => toSci(operandOrRaise(a), capitalsOf(ctxRef(s)))),
  create_decimal: m('create_decimal($self, num="0", /)', (s: Value, v: Value) => {
    const c = ctxRef(s);
    const d = toDec(v, c);
    if (d.k !== Kind.Finite && d.k !== Kind.Inf && d.c !== 0n) {
      // A NaN payload longer than prec - clamp digits is a conversion error (mpd_qset_string).
      const x = ctxOf(c);
      if (d.c.toString().length > x.prec - x.clamp) {
        addStatus(c, St.ConversionSyntax);
        return make({ s: 0, c: 0n, e: 0, k: Kind.NaN });
      }
    }
    return make(withCtx(c, (x) => (d.k === Kind.NaN || d.k === Kind.SNaN ? d : finalize(d, x))));
  }),
  create_decimal_from_float: m('create_decimal_from_float($self, f, /)', (s: Value, f: Value) => {
    const x = floatOf(f);
    const i = intOf(f);
    if (x === undefined && i === undefined) raise('TypeError', `argument must be int or float`);
    const d = x !== undefined ? fromFloat(x) : fromInt(i!);
    return make(withCtx(ctxRef(s), (c) => finalize(d, c)));
  }),
};

export { sign, typeNameOf, decAddr };
