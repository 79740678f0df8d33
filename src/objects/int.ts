// The int type: constructor (int(x), int(str, base) with every CPython error), arithmetic and
// comparison dunders returning NotImplemented for foreign operands, hashing, repr with the
// max-str-digits limit, format, to_bytes/from_bytes and the numbers.Integral API.
// CPython: Objects/longobject.c. Arithmetic itself is in longmath.ts; JS forms in numcore.ts.

import { unexpectedKeyword } from './native.js';
import { Ref, floatValue, T_INT, T_BOOL, T_STR, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { TypeFlag } from './layouts.js';
import { isSubtype, typeName, typeOf } from './typeobject.js';
import { raise, call, callSpecial, str as strOf, strValueOf, toArray, typeNameOf, truthy } from './protocol.js';
import { intHash, bigIntHash } from './hash.js';
import {
  type Int, intAdd, intSub, intMul, intFloorDiv, intMod, intDivmod, intTrueDiv, intPow, intPowMod, intNeg,
  intAbs, intInvert, intLshift, intRshift, intAnd, intOr, intXor, intToFloat, floatToInt, bitLength, bitCount,
  intToDecimal, parseIntText, intRound, normBig, toBig, getIntMaxStrDigits,
} from './longmath.js';
import { floatPow } from './floatmath.js';
import {
  intOf, floatOf, isExactInt, notImpl, newTuple, newIntObject, toIndex, toSsize, warn, hasSpecial, isInstanceOf,
  NUM_HOOKS,
  strArg,
} from './numcore.js';
import { formatIntSpec } from './numfmt.js';
import { reprStr, reprBytes } from '../parser/repr.js';
import { isSpace, decimalValue } from '../unicode/strprops.js';
import { bufferBytes } from './buffer.js';

/** The int value of `self` (an int, bool or int-subclass instance: descriptors check the type). */
function I(v: Value): Int {
  const i = intOf(v);
  if (i === undefined) raise('TypeError', `descriptor requires an 'int' object but received '${typeNameOf(v)}'`);
  return i;
}

/** hash(int) (long_hash). */
export function intHashOf(v: Int): number | bigint {
  return typeof v === 'number' ? intHash(v) : bigIntHash(v);
}

// ---- int(x), int(x, base) ------------------------------------------------------------------------

/** Maps a str to the ASCII text PyLong_FromString/float() parse (_PyUnicode_TransformDecimalAndSpaceToASCII). */
export function transformDecimalAndSpace(s: string): string {
  // Fast path: plain ASCII.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) {
      out += ch;
    } else if (isSpace(cp)) {
      out += ' ';
    } else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** repr(x) cut to 200 code points (the %.200R of CPython's messages). */
export function repr200(r: string): string {
  const cps = Array.from(r);
  return cps.length <= 200 ? r : cps.slice(0, 200).join('');
}

/** int(text, base) for a str (PyLong_FromUnicodeObject): base is 0 or 2..36. */
export function intFromString(s: string, base: number): Int {
  return parseOrRaise(transformDecimalAndSpace(s), base, () => repr200(reprStr(s)));
}

/** int(data, base) for bytes-like data (_PyLong_FromBytes). */
export function intFromBytesText(data: Uint8Array, base: number): Int {
  let text = '';
  for (const b of data) text += String.fromCharCode(b);
  return parseOrRaise(text, base, () => reprBytes(data.subarray(0, 200)));
}

function parseOrRaise(text: string, base: number, shown: () => string): Int {
  const r = parseIntText(text, base);
  if ('value' in r) return r.value;
  if (r.error === 'limit') {
    raise('ValueError', `Exceeds the limit (${getIntMaxStrDigits()} digits) for integer string conversion: ` +
      `value has ${r.digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  // The caller's base, not the one a prefix selected (PyLong_FromUnicodeObject re-raises).
  raise('ValueError', `invalid literal for int() with base ${base}: ${shown()}`);
}

/** int(x) without a base (PyNumber_Long). */
export function intFromObject(x: Value): Int {
  if (isExactInt(x)) return x as Int;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const f = floatOf(x);
  if (f !== undefined && !(x instanceof Ref)) return floatToInt(f);
  if (typeof x === 'string') return intFromString(x, 10);
  if (x instanceof Ref && isSubtype(typeOf(x), T_STR) && !hasSpecial(x, '__int__')) {
    return intFromString(strValueOf(x), 10);
  }
  if (hasSpecial(x, '__int__')) {
    const r = callSpecial(x, '__int__', []) as Value;
    if (isExactInt(r)) return r as Int;
    const ri = intOf(r);
    if (ri === undefined) raise('TypeError', `__int__ returned non-int (type ${typeNameOf(r)})`);
    warn('DeprecationWarning', `__int__ returned non-int (type ${typeNameOf(r)}).  The ability to return an ` +
      'instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.');
    return ri;
  }
  if (hasSpecial(x, '__index__')) return toIndex(x);
  const data = bufferBytes(x);
  if (data !== null) return intFromBytesText(data, 10);
  raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(x)}'`);
}

function intNew(cls: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkIntSubtype(cls);
  if (args.length > 2) raise('TypeError', `int expected at most 2 arguments, got ${args.length}`);
  if (args.length + kwargs.size > 2) raise('TypeError', `int() takes at most 2 arguments (${args.length + kwargs.size} given)`);
  const x: Value | undefined = args[0];
  let base: Value | undefined = args[1];
  for (const [k, v] of kwargs) {
    if (k !== 'base') unexpectedKeyword('int', ['base'], k);
    if (base !== undefined) raise('TypeError', "argument for int() given by name ('base') and position (2)");
    base = v;
  }
  let value: Int;
  if (base === undefined) {
    value = x === undefined ? 0 : intFromObject(x);
  } else {
    if (x === undefined) raise('TypeError', 'int() missing string argument');
    const b = toIndex(base);
    if ((b !== 0 && b < 2) || b > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const nb = Number(b);
    if (typeof x === 'string') value = intFromString(x, nb);
    else if (x instanceof Ref && isSubtype(typeOf(x), T_STR)) value = intFromString(strValueOf(x), nb);
    else if (isInstanceOf(x, 'bytes') || isInstanceOf(x, 'bytearray')) value = intFromBytesText(bufferBytes(x)!, nb);
    else raise('TypeError', "int() can't convert non-string with explicit base");
  }
  return t === T_INT ? value : newIntObject(t, value);
}

/** The type address of `cls` after checking it is int or a subclass (long_new's checks). */
function checkIntSubtype(cls: Value): number {
  if (!(cls instanceof Ref)) raise('TypeError', `int.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  if (!isSubtype(cls.a, T_INT)) {
    const n = typeName(cls.a);
    raise('TypeError', `int.__new__(${n}): ${n} is not a subtype of int`);
  }
  // tp_new_wrapper's safety check: bool is the only builtin subclass with its own __new__.
  if (cls.a === T_BOOL) raise('TypeError', 'int.__new__(bool) is not safe, use bool.__new__()');
  return cls.a;
}

// ---- dunders ---------------------------------------------------------------------------------------

type Bin = (a: Int, b: Int) => Value;

function binary(f: Bin): (self: Value, other: Value) => Value {
  return (self, other) => {
    const b = intOf(other);
    return b === undefined ? notImpl() : f(I(self), b);
  };
}

function reflected(f: Bin): (self: Value, other: Value) => Value {
  return (self, other) => {
    const b = intOf(other);
    return b === undefined ? notImpl() : f(b, I(self));
  };
}

function compare(f: (a: Int, b: Int) => boolean): (self: Value, other: Value) => Value {
  return (self, other) => {
    const b = intOf(other);
    return b === undefined ? notImpl() : f(I(self), b);
  };
}

/** int ** int with an optional modulus (long_pow). */
export function intPower(a: Int, b: Int, mod: Value): Value {
  if (mod !== null) {
    const m = intOf(mod);
    if (m === undefined) return notImpl();
    return intPowMod(a, b, m);
  }
  if (b < 0) {
    const r = floatPow(intToFloat(a), intToFloat(b));
    return floatValue(r!); // a negative base to an integral power is always real
  }
  return intPow(a, b);
}

function powMethod(self: Value, other: Value, mod: Value): Value {
  const b = intOf(other);
  return b === undefined ? notImpl() : intPower(I(self), b, mod);
}

function rpowMethod(self: Value, other: Value, mod: Value): Value {
  const b = intOf(other);
  return b === undefined ? notImpl() : intPower(b, I(self), mod);
}

const divmodTuple: Bin = (a, b) => newTuple(intDivmod(a, b));
const trueDiv: Bin = (a, b) => floatValue(intTrueDiv(a, b));

/** int.__sizeof__ as the free-threaded 3.14 build reports it (40-byte header, 30-bit digits). */
function intSizeof(v: Int): number {
  return 40 + 4 * Math.max(1, Math.ceil(bitLength(v) / 30));
}

/** int.__format__: an empty spec is str(self); otherwise the mini-language. */
export function intFormat(self: Value, spec: Value): Value {
  const sp = strArg(spec);
  if (sp === undefined) raise('TypeError', `__format__() argument must be str, not ${typeNameOf(spec)}`);
  spec = sp;
  const v = I(self);
  if (spec === '') return isExactInt(self) ? intToDecimal(v) : strOf(self);
  return formatIntSpec(v, spec, typeNameOf(self));
}

function byteorderArg(v: Value, fname: string): boolean {
  if (typeof v !== 'string') raise('TypeError', `${fname}() argument 'byteorder' must be str, not ${typeNameOf(v)}`);
  if (v === 'little') return true;
  if (v === 'big') return false;
  raise('ValueError', "byteorder must be either 'little' or 'big'");
}

/** int.to_bytes (int_to_bytes_impl). */
export function intToBytes(v: Int, length: number, little: boolean, signed: boolean): Uint8Array {
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  if (v < 0 && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  let b = toBig(v);
  if (signed) {
    const lim = 1n << BigInt(Math.max(0, 8 * length - 1));
    if (length === 0 ? b !== 0n : (b >= lim || b < -lim)) raise('OverflowError', 'int too big to convert');
  } else if (length === 0 ? b !== 0n : b >= (1n << BigInt(8 * length))) {
    raise('OverflowError', 'int too big to convert');
  }
  if (b < 0n) b += 1n << BigInt(8 * length);
  const out = new Uint8Array(length);
  const hex = b.toString(16).padStart(2 * length, '0');
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  if (little) out.reverse();
  return out;
}

/** int.from_bytes over raw bytes. */
export function intFromBytes(data: Uint8Array, little: boolean, signed: boolean): Int {
  const n = data.length;
  if (n === 0) return 0;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const byte = data[little ? n - 1 - i : i]!;
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  let b = BigInt('0x' + hex);
  if (signed && (data[little ? n - 1 : 0]! & 0x80)) b -= 1n << BigInt(8 * n);
  return normBig(b);
}

/** The bytes from_bytes reads from its argument (PyObject_Bytes). */
function bytesArg(x: Value): Uint8Array {
  const direct = bufferBytes(x);
  if (direct !== null) return direct;
  if (hasSpecial(x, '__bytes__')) {
    const r = callSpecial(x, '__bytes__', []) as Value;
    if (!isInstanceOf(r, 'bytes')) raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
    return bufferBytes(r)!;
  }
  if (typeof x === 'string' || intOf(x) !== undefined || !hasSpecial(x, '__iter__')) {
    raise('TypeError', `cannot convert '${typeNameOf(x)}' object to bytes`);
  }
  const items = toArray(x);
  const out = new Uint8Array(items.length);
  items.forEach((it, i) => {
    const n = toIndex(it);
    if (n < 0 || n > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    out[i] = Number(n);
  });
  return out;
}

function fromBytesMethod(cls: Value, bytes: Value, byteorder: Value, signed: Value): Value {
  const little = byteorderArg(byteorder, 'from_bytes');
  const v = intFromBytes(bytesArg(bytes), little, truthy(signed));
  if (cls instanceof Ref && cls.a === T_INT) return v;
  return call(cls, [v]);
}

function toBytesMethod(self: Value, length: Value, byteorder: Value, signed: Value): Value {
  const n = toSsize(length);
  const little = byteorderArg(byteorder, 'to_bytes');
  return NUM_HOOKS.newBytes(intToBytes(I(self), n, little, truthy(signed)));
}

function roundMethod(self: Value, ndigits: Value): Value {
  const v = I(self);
  if (ndigits === null) return v;
  return intRound(v, toIndex(ndigits));
}

const unary = (f: (a: Int) => Value) => (self: Value): Value => f(I(self));
const m = (sig: string, fn: (...a: never[]) => Value, doc?: string) => ({ sig, fn, doc });

export const INT_DOC = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer\niteral.\n>>> int('0b100', base=0)\n4";

/** The int methods, shared with bool (which inherits them) and usable by the VM directly. */
export const INT_METHODS = {
  __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod' as const, fn: intNew },
  __repr__: m('__repr__($self, /)', (self: Value) => intToDecimal(I(self))),
  __hash__: m('__hash__($self, /)', (self: Value) => intHashOf(I(self))),
  __bool__: m('__bool__($self, /)', (self: Value) => I(self) != 0),
  __int__: m('__int__($self, /)', unary((a) => a)),
  __index__: m('__index__($self, /)', unary((a) => a)),
  __float__: m('__float__($self, /)', unary((a) => floatValue(intToFloat(a)))),
  __trunc__: m('__trunc__($self, /)', unary((a) => a), 'Truncating an Integral returns itself.'),
  __floor__: m('__floor__($self, /)', unary((a) => a), 'Flooring an Integral returns itself.'),
  __ceil__: m('__ceil__($self, /)', unary((a) => a), 'Ceiling of an Integral returns itself.'),
  __round__: m('__round__($self, ndigits=None, /)', roundMethod,
    'Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.'),
  __neg__: m('__neg__($self, /)', unary(intNeg)),
  __pos__: m('__pos__($self, /)', unary((a) => a)),
  __abs__: m('__abs__($self, /)', unary(intAbs)),
  __invert__: m('__invert__($self, /)', unary(intInvert)),
  __add__: m('__add__($self, value, /)', binary(intAdd)),
  __radd__: m('__radd__($self, value, /)', reflected(intAdd)),
  __sub__: m('__sub__($self, value, /)', binary(intSub)),
  __rsub__: m('__rsub__($self, value, /)', reflected(intSub)),
  __mul__: m('__mul__($self, value, /)', binary(intMul)),
  __rmul__: m('__rmul__($self, value, /)', reflected(intMul)),
  __truediv__: m('__truediv__($self, value, /)', binary(trueDiv)),
  __rtruediv__: m('__rtruediv__($self, value, /)', reflected(trueDiv)),
  __floordiv__: m('__floordiv__($self, value, /)', binary(intFloorDiv)),
  __rfloordiv__: m('__rfloordiv__($self, value, /)', reflected(intFloorDiv)),
  __mod__: m('__mod__($self, value, /)', binary(intMod)),
  __rmod__: m('__rmod__($self, value, /)', reflected(intMod)),
  __divmod__: m('__divmod__($self, value, /)', binary(divmodTuple)),
  __rdivmod__: m('__rdivmod__($self, value, /)', reflected(divmodTuple)),
  __pow__: m('__pow__($self, value, mod=None, /)', powMethod),
  __rpow__: m('__rpow__($self, value, mod=None, /)', rpowMethod),
  __lshift__: m('__lshift__($self, value, /)', binary(intLshift)),
  __rlshift__: m('__rlshift__($self, value, /)', reflected(intLshift)),
  __rshift__: m('__rshift__($self, value, /)', binary(intRshift)),
  __rrshift__: m('__rrshift__($self, value, /)', reflected(intRshift)),
  __and__: m('__and__($self, value, /)', binary(intAnd)),
  __rand__: m('__rand__($self, value, /)', reflected(intAnd)),
  __or__: m('__or__($self, value, /)', binary(intOr)),
  __ror__: m('__ror__($self, value, /)', reflected(intOr)),
  __xor__: m('__xor__($self, value, /)', binary(intXor)),
  __rxor__: m('__rxor__($self, value, /)', reflected(intXor)),
  // JS compares number and bigint exactly (loose equality is the exact cross-type comparison).
  __eq__: m('__eq__($self, value, /)', compare((a, b) => a == b)),
  __ne__: m('__ne__($self, value, /)', compare((a, b) => a != b)),
  __lt__: m('__lt__($self, value, /)', compare((a, b) => a < b)),
  __le__: m('__le__($self, value, /)', compare((a, b) => a <= b)),
  __gt__: m('__gt__($self, value, /)', compare((a, b) => a > b)),
  __ge__: m('__ge__($self, value, /)', compare((a, b) => a >= b)),
  __format__: m('__format__($self, format_spec, /)', intFormat, 'Convert to a string according to format_spec.'),
  __getnewargs__: m('__getnewargs__($self, /)', (self: Value) => newTuple([I(self)])),
  __sizeof__: m('__sizeof__($self, /)', (self: Value) => intSizeof(I(self)), 'Returns size in memory, in bytes.'),
  conjugate: m('conjugate($self, /)', unary((a) => a), 'Returns self, the complex conjugate of any int.'),
  bit_length: m('bit_length($self, /)', unary(bitLength),
    "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"),
  bit_count: m('bit_count($self, /)', unary(bitCount),
    "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"),
  as_integer_ratio: m('as_integer_ratio($self, /)', unary((a) => newTuple([a, 1])),
    'Return a pair of integers, whose ratio is equal to the original int.\n\nThe ratio is in lowest terms and has a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)'),
  is_integer: m('is_integer($self, /)', () => true,
    'Returns True. Exists for duck type compatibility with float.is_integer.'),
  to_bytes: m("to_bytes($self, /, length=1, byteorder='big', *, signed=False)", toBytesMethod,
    'Return an array of bytes representing an integer.'),
  from_bytes: {
    sig: "from_bytes($type, /, bytes, byteorder='big', *, signed=False)", kind: 'classmethod' as const,
    fn: fromBytesMethod, doc: 'Return the integer represented by the given array of bytes.',
  },
};

export const intType = defineBuiltinType({
  name: 'int',
  flags: TypeFlag.BaseType,
  instanceSlots: 0,
  doc: INT_DOC,
  methods: INT_METHODS,
  getsets: {
    real: { get: unary((a) => a), doc: 'the real part of a complex number' },
    imag: { get: () => 0, doc: 'the imaginary part of a complex number' },
    numerator: { get: unary((a) => a), doc: 'the numerator of a rational number in lowest terms' },
    denominator: { get: () => 1, doc: 'the denominator of a rational number in lowest terms' },
  },
  slots: {
    repr: (v) => intToDecimal(I(v)),
    hash: (v) => intHashOf(I(v)),
    bool: (v) => I(v) != 0,
  },
});

