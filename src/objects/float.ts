// The float type: float(x) (strings incl. Unicode digits and spaces, __float__, __index__),
// arithmetic dunders with int operands converted exactly or with OverflowError, comparisons
// exact against any int, round/hex/fromhex/as_integer_ratio, hashing, repr and format.
// CPython: Objects/floatobject.c. The double arithmetic is in floatmath.ts.

import { Ref, PyFloat, floatValue, T_FLOAT, T_STR, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { TypeFlag } from './layouts.js';
import { isSubtype, typeName, typeOf } from './typeobject.js';
import { raise, call, callSpecial, repr as reprOf, str as strOf, strValueOf, typeNameOf } from './protocol.js';
import { floatHash } from './hash.js';
import { type Int, intToFloat, floatToInt } from './longmath.js';
import {
  floatTrueDiv, floatFloorDiv, floatMod, floatDivmod, floatRound, roundHalfEven, floatAsIntegerRatio,
  floatHex, floatFromHex, parseFloatText,
} from './floatmath.js';
import {
  intOf, floatOf, notImpl, newTuple, newFloatObject, toIndex, toDouble, checkFloatResult, hasSpecial,
  strArg,
} from './numcore.js';
import { realPow } from './numops.js';
import { formatFloatSpec } from './numfmt.js';
import { reprFloat } from '../parser/repr.js';
import { transformDecimalAndSpace } from './int.js';
import { bufferBytes } from './buffer.js';

/** The double of `self` (a float or float-subclass instance). */
function F(v: Value): number {
  const f = floatOf(v);
  if (f === undefined) raise('TypeError', `descriptor requires a 'float' object but received '${typeNameOf(v)}'`);
  return f;
}

/** CONVERT_TO_DOUBLE: a float or an int operand as a double; undefined for NotImplemented. */
function operand(v: Value): number | undefined {
  const f = floatOf(v);
  if (f !== undefined) return f;
  const i = intOf(v);
  return i === undefined ? undefined : intToFloat(i);
}

// ---- float(x) -----------------------------------------------------------------------------------

/** float(str) (PyFloat_FromString for str): errors show the original text's repr. */
export function floatFromString(s: string): number {
  const r = parseFloatText(transformDecimalAndSpace(s));
  if (r === undefined) raise('ValueError', `could not convert string to float: ${reprOf(s)}`);
  return r;
}

/** float(x) for anything but an exact float (PyNumber_Float, then PyFloat_FromString). */
export function floatFromObject(x: Value): number {
  if (typeof x === 'string') return floatFromString(x);
  if (typeof x === 'number' && !Number.isInteger(x)) return x;
  if (x instanceof PyFloat) return x.v;
  const i = intOf(x);
  if (i !== undefined && !(x instanceof Ref)) return intToFloat(i);
  if (hasSpecial(x, '__float__')) return checkFloatResult(x, callSpecial(x, '__float__', []) as Value);
  if (hasSpecial(x, '__index__')) return intToFloat(toIndex(x));
  const f = floatOf(x);
  if (f !== undefined) return f;
  if (x instanceof Ref && isSubtype(typeOf(x), T_STR)) return floatFromString(strValueOf(x));
  const data = bufferBytes(x);
  if (data !== null) {
    let text = '';
    for (const b of data) text += String.fromCharCode(b);
    const r = parseFloatText(text);
    if (r === undefined) raise('ValueError', `could not convert string to float: ${reprOf(x)}`);
    return r;
  }
  raise('TypeError', `float() argument must be a string or a real number, not '${typeNameOf(x)}'`);
}

function checkFloatSubtype(cls: Value): number {
  if (!(cls instanceof Ref)) raise('TypeError', `float.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  if (!isSubtype(cls.a, T_FLOAT)) {
    const n = typeName(cls.a);
    raise('TypeError', `float.__new__(${n}): ${n} is not a subtype of float`);
  }
  return cls.a;
}

function floatNew(cls: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkFloatSubtype(cls);
  if (kwargs.size > 0) raise('TypeError', 'float() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `float expected at most 1 argument, got ${args.length}`);
  const x = args.length === 0 ? 0 : args[0]!;
  if (t === T_FLOAT && (x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x)))) return x;
  const v = args.length === 0 ? 0 : floatFromObject(x);
  return t === T_FLOAT ? floatValue(v) : newFloatObject(t, v);
}

function fromNumber(cls: Value, number: Value): Value {
  if (typeof number === 'string' || (number instanceof Ref && isSubtype(typeOf(number), T_STR))) {
    raise('TypeError', `must be real number, not ${typeNameOf(number)}`);
  }
  const v = floatValue(toDouble(number));
  return cls instanceof Ref && cls.a === T_FLOAT ? v : call(cls, [v]);
}

function fromHex(cls: Value, s: Value): Value {
  if (typeof s !== 'string') {
    if (!(s instanceof Ref && isSubtype(typeOf(s), T_STR))) raise('TypeError', 'bad argument type for built-in operation');
    s = strValueOf(s);
  }
  const v = floatValue(floatFromHex(s));
  return cls instanceof Ref && cls.a === T_FLOAT ? v : call(cls, [v]);
}

// ---- dunders ---------------------------------------------------------------------------------------

type Bin = (x: number, y: number) => Value;

function binary(f: Bin): (self: Value, other: Value) => Value {
  return (self, other) => {
    const y = operand(other);
    return y === undefined ? notImpl() : f(F(self), y);
  };
}

function reflected(f: Bin): (self: Value, other: Value) => Value {
  return (self, other) => {
    const y = operand(other);
    return y === undefined ? notImpl() : f(y, F(self));
  };
}

/** float_richcompare: exact against ints of any size (JS compares number and bigint exactly). */
function compare(f: (x: number, y: number | bigint) => boolean): (self: Value, other: Value) => Value {
  return (self, other) => {
    const x = F(self);
    const y = floatOf(other);
    if (y !== undefined) return f(x, y);
    const i = intOf(other);
    return i === undefined ? notImpl() : f(x, i);
  };
}

const add: Bin = (x, y) => floatValue(x + y);
const sub: Bin = (x, y) => floatValue(x - y);
const mul: Bin = (x, y) => floatValue(x * y);
const div: Bin = (x, y) => floatValue(floatTrueDiv(x, y));
const fdiv: Bin = (x, y) => floatValue(floatFloorDiv(x, y));
const mod: Bin = (x, y) => floatValue(floatMod(x, y));
const dmod: Bin = (x, y) => newTuple(floatDivmod(x, y).map(floatValue));

function roundMethod(self: Value, ndigits: Value): Value {
  const x = F(self);
  if (ndigits === null) return floatToInt(roundHalfEven(x));
  // PyNumber_AsSsize_t(o, NULL) clips to the ssize_t range; floatRound handles any size.
  const nd: Int = toIndex(ndigits);
  return floatValue(floatRound(x, nd));
}

/** float.__format__: an empty spec is str(self). */
export function floatFormat(self: Value, spec: Value): Value {
  const sp = strArg(spec);
  if (sp === undefined) raise('TypeError', `__format__() argument must be str, not ${typeNameOf(spec)}`);
  spec = sp;
  if (spec === '') return strOf(self);
  return formatFloatSpec(F(self), spec, typeNameOf(self));
}

function getformat(_cls: Value, typestr: Value): Value {
  if (typeof typestr !== 'string') raise('TypeError', `__getformat__() argument must be str, not ${typeNameOf(typestr)}`);
  if (typestr !== 'double' && typestr !== 'float') {
    raise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return 'IEEE, little-endian';
}

const unary = (f: (x: number) => Value) => (self: Value): Value => f(F(self));
const m = (sig: string, fn: (...a: never[]) => Value, doc?: string) => ({ sig, fn, doc });

export const floatType = defineBuiltinType({
  name: 'float',
  flags: TypeFlag.BaseType,
  instanceSlots: 0,
  doc: 'Convert a string or number to a floating-point number, if possible.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: floatNew },
    __repr__: m('__repr__($self, /)', unary(reprFloat)),
    __hash__: m('__hash__($self, /)', unary(floatHash)),
    __bool__: m('__bool__($self, /)', unary((x) => x !== 0)),
    __int__: m('__int__($self, /)', unary(floatToInt)),
    __float__: m('__float__($self, /)', unary(floatValue)),
    __trunc__: m('__trunc__($self, /)', unary(floatToInt), 'Return the Integral closest to x between 0 and x.'),
    __floor__: m('__floor__($self, /)', unary((x) => floatToInt(Math.floor(x))), 'Return the floor as an Integral.'),
    __ceil__: m('__ceil__($self, /)', unary((x) => floatToInt(Math.ceil(x))), 'Return the ceiling as an Integral.'),
    __round__: m('__round__($self, ndigits=None, /)', roundMethod,
      'Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).'),
    __neg__: m('__neg__($self, /)', unary((x) => floatValue(-x))),
    __pos__: m('__pos__($self, /)', unary(floatValue)),
    __abs__: m('__abs__($self, /)', unary((x) => floatValue(Math.abs(x)))),
    __add__: m('__add__($self, value, /)', binary(add)),
    __radd__: m('__radd__($self, value, /)', reflected(add)),
    __sub__: m('__sub__($self, value, /)', binary(sub)),
    __rsub__: m('__rsub__($self, value, /)', reflected(sub)),
    __mul__: m('__mul__($self, value, /)', binary(mul)),
    __rmul__: m('__rmul__($self, value, /)', reflected(mul)),
    __truediv__: m('__truediv__($self, value, /)', binary(div)),
    __rtruediv__: m('__rtruediv__($self, value, /)', reflected(div)),
    __floordiv__: m('__floordiv__($self, value, /)', binary(fdiv)),
    __rfloordiv__: m('__rfloordiv__($self, value, /)', reflected(fdiv)),
    __mod__: m('__mod__($self, value, /)', binary(mod)),
    __rmod__: m('__rmod__($self, value, /)', reflected(mod)),
    __divmod__: m('__divmod__($self, value, /)', binary(dmod)),
    __rdivmod__: m('__rdivmod__($self, value, /)', reflected(dmod)),
    __pow__: m('__pow__($self, value, mod=None, /)', (self: Value, other: Value, z: Value): Value => {
      if (z !== null) raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      const y = operand(other);
      return y === undefined ? notImpl() : realPow(F(self), y);
    }),
    __rpow__: m('__rpow__($self, value, mod=None, /)', (self: Value, other: Value, z: Value): Value => {
      if (z !== null) raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      const y = operand(other);
      return y === undefined ? notImpl() : realPow(y, F(self));
    }),
    __eq__: m('__eq__($self, value, /)', compare((x, y) => x == y)),
    __ne__: m('__ne__($self, value, /)', compare((x, y) => x != y)),
    __lt__: m('__lt__($self, value, /)', compare((x, y) => x < y)),
    __le__: m('__le__($self, value, /)', compare((x, y) => x <= y)),
    __gt__: m('__gt__($self, value, /)', compare((x, y) => x > y)),
    __ge__: m('__ge__($self, value, /)', compare((x, y) => x >= y)),
    __format__: m('__format__($self, format_spec, /)', floatFormat, 'Formats the float according to format_spec.'),
    __getnewargs__: m('__getnewargs__($self, /)', (self: Value) => newTuple([floatValue(F(self))])),
    __sizeof__: m('__sizeof__($self, /)', () => 40, 'Returns size in memory, in bytes.'),
    __getformat__: {
      sig: '__getformat__($type, typestr, /)', kind: 'classmethod', fn: getformat,
      doc: "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or\n'IEEE, little-endian' best describes the format of floating-point\nnumbers used by the C type named by typestr.",
    },
    conjugate: m('conjugate($self, /)', unary(floatValue), 'Return self, the complex conjugate of any float.'),
    is_integer: m('is_integer($self, /)', unary((x) => Number.isInteger(x)), 'Return True if the float is an integer.'),
    as_integer_ratio: m('as_integer_ratio($self, /)', unary((x) => newTuple(floatAsIntegerRatio(x))),
      'Return a pair of integers, whose ratio is exactly equal to the original float.\n\nThe ratio is in lowest terms and has a positive denominator.  Raise\nOverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)'),
    hex: m('hex($self, /)', unary(floatHex),
      "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"),
    fromhex: {
      sig: 'fromhex($type, string, /)', kind: 'classmethod', fn: fromHex,
      doc: "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324",
    },
    from_number: {
      sig: 'from_number($type, number, /)', kind: 'classmethod', fn: fromNumber,
      doc: 'Convert real number to a floating-point number.',
    },
  },
  getsets: {
    real: { get: unary(floatValue), doc: 'the real part of a complex number' },
    imag: { get: () => new PyFloat(0), doc: 'the imaginary part of a complex number' },
  },
  slots: {
    repr: (v) => reprFloat(F(v)),
    hash: (v) => floatHash(F(v)),
    bool: (v) => F(v) !== 0,
  },
});
