// The complex type: complex(real, imag) / complex(str) with CPython's checks and deprecation
// warnings, mixed real/complex arithmetic without coercing reals (C11 Annex G), pow, equality,
// hashing, repr and format. Values are heap objects holding two doubles (numcore.ts newComplex).
// CPython: Objects/complexobject.c.

import { Ref, floatValue, T_STR, type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { TypeFlag } from './layouts.js';
import { isSubtype, typeName, typeOf } from './typeobject.js';
import { raise, call, callSpecial, repr as reprOf, str as strOf, strValueOf, typeNameOf } from './protocol.js';
import { floatHash } from './hash.js';
import { intToFloat } from './longmath.js';
import { type C, cprod, cquot, rcquot, crquot, cpow, cabs, parseFloatCore } from './floatmath.js';
import {
  T_COMPLEX, intOf, floatOf, complexOf, notImpl, newTuple, newComplex, toDouble, warn, hasSpecial,
  strArg,
} from './numcore.js';
import { formatComplexSpec } from './numfmt.js';
import { doubleToString, DTSF_SIGN } from './dtoa.js';
import { transformDecimalAndSpace } from './int.js';
import { isAsciiSpace } from './longmath.js';

/** [re, im] of `self` (a complex or complex-subclass instance). */
function Z(v: Value): C {
  const c = complexOf(v);
  if (c === undefined) raise('TypeError', `descriptor requires a 'complex' object but received '${typeNameOf(v)}'`);
  return c;
}

/** A real operand (int or float) as a double; undefined when it is neither. */
function realOperand(v: Value): number | undefined {
  const f = floatOf(v);
  if (f !== undefined) return f;
  const i = intOf(v);
  return i === undefined ? undefined : intToFloat(i);
}

// ---- repr, hash ---------------------------------------------------------------------------------------

/** repr(complex) (complex_repr): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)". */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return doubleToString(im, 'r', 0, 0) + 'j';
  return `(${doubleToString(re, 'r', 0, 0)}${doubleToString(im, 'r', 0, DTSF_SIGN)}j)`;
}

/** hash(complex) (complex_hash): hash(re) + 1000003 * hash(im) in 64-bit unsigned arithmetic. */
export function complexHash(re: number, im: number): number | bigint {
  const h = BigInt.asIntN(64, BigInt(floatHash(re)) + 1000003n * BigInt(floatHash(im)));
  const r = h === -1n ? -2n : h;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

// ---- complex(...) ---------------------------------------------------------------------------------

/** complex(str) parsing (complex_from_string_inner): ValueError on a malformed string. */
export function complexFromString(s: string): C {
  let t = transformDecimalAndSpace(s);
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores: only between digits.
    let out = '';
    let prev = '';
    for (const c of t) {
      if (c === '_' ? !(prev >= '0' && prev <= '9') : prev === '_' && !(c >= '0' && c <= '9')) {
        raise('ValueError', `could not convert string to complex: ${reprOf(s)}`);
      }
      if (c !== '_') out += c;
      prev = c;
    }
    if (prev === '_') raise('ValueError', `could not convert string to complex: ${reprOf(s)}`);
    t = out;
  }
  const bad = (): never => raise('ValueError', 'complex() arg is a malformed string');
  let i = 0;
  const n = t.length;
  const skipSpace = (): void => {
    while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  };
  skipSpace();
  let bracket = false;
  if (t[i] === '(') {
    bracket = true;
    i++;
    skipSpace();
  }
  let x = 0;
  let y = 0;
  const z = scanDouble(t, i);
  if (z !== null) {
    i = z[1];
    if (t[i] === '+' || t[i] === '-') {
      x = z[0];
      const w = scanDouble(t, i);
      if (w !== null) {
        y = w[0];
        i = w[1];
      } else {
        y = t[i] === '+' ? 1 : -1;
        i++;
      }
      if (t[i] !== 'j' && t[i] !== 'J') return bad();
      i++;
    } else if (t[i] === 'j' || t[i] === 'J') {
      i++;
      y = z[0];
    } else {
      x = z[0];
    }
  } else {
    if (t[i] === '+' || t[i] === '-') {
      y = t[i] === '+' ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (t[i] !== 'j' && t[i] !== 'J') return bad();
    i++;
  }
  skipSpace();
  if (bracket) {
    if (t[i] !== ')') return bad();
    i++;
    skipSpace();
  }
  if (i !== n) return bad();
  return [x, y];
}

/** The longest prefix at `i` that is a float (PyOS_string_to_double with an end pointer). */
function scanDouble(t: string, i: number): [number, number] | null {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/i.exec(t.slice(i));
  if (m === null) return null;
  return [parseFloatCore(m[0])!, i + m[0].length];
}

/** try_complex_special_method: the value of __complex__, or undefined when the type has none. */
function viaComplexMethod(v: Value): C | undefined {
  if (v instanceof Ref && typeOf(v) === T_COMPLEX) return complexOf(v);
  if (!hasSpecial(v, '__complex__')) return undefined;
  const r = callSpecial(v, '__complex__', []) as Value;
  const c = complexOf(r);
  if (c === undefined) raise('TypeError', `__complex__ returned non-complex (type ${typeNameOf(r)})`);
  if (typeOf(r) !== T_COMPLEX) {
    warn('DeprecationWarning', `__complex__ returned non-complex (type ${typeNameOf(r)}).  The ability to return ` +
      'an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.');
  }
  return c;
}

/** Does the object support nb_float or nb_index (a "real number" for complex())? */
function isRealNumber(v: Value): boolean {
  return intOf(v) !== undefined || floatOf(v) !== undefined || hasSpecial(v, '__float__') || hasSpecial(v, '__index__');
}

function checkComplexSubtype(cls: Value): number {
  if (!(cls instanceof Ref)) raise('TypeError', `complex.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  if (!isSubtype(cls.a, T_COMPLEX)) {
    const n = typeName(cls.a);
    raise('TypeError', `complex.__new__(${n}): ${n} is not a subtype of complex`);
  }
  return cls.a;
}

function complexNew(cls: Value, args: Value[], kwargs: Map<string, Value>): Value {
  const t = checkComplexSubtype(cls);
  const make = (c: C): Value => newComplex(c[0], c[1], t);
  if (args.length <= 1 && kwargs.size === 0) {
    if (args.length === 0) return make([0, 0]);
    const arg = args[0]!;
    if (arg instanceof Ref && typeOf(arg) === T_COMPLEX && t === T_COMPLEX) return arg;
    if (typeof arg === 'string') return make(complexFromString(arg));
    if (arg instanceof Ref && isSubtype(typeOf(arg), T_STR)) return make(complexFromString(strValueOf(arg)));
    const c = viaComplexMethod(arg) ?? complexOf(arg);
    if (c !== undefined) return make(c);
    if (isRealNumber(arg)) return make([toDouble(arg), 0]);
    raise('TypeError', `complex() argument must be a string or a number, not ${typeNameOf(arg)}`);
  }
  // Argument Clinic binding of complex(real=0, imag=0).
  if (args.length > 2) raise('TypeError', `complex() takes at most 2 arguments (${args.length} given)`);
  let r: Value | undefined = args[0];
  let i: Value | undefined = args[1];
  if (args.length + kwargs.size > 2) {
    raise('TypeError', `complex() takes at most 2 keyword arguments (${args.length + kwargs.size} given)`);
  }
  for (const [k, v] of kwargs) {
    if (k === 'real') {
      if (r !== undefined) raise('TypeError', "argument for complex() given by name ('real') and position (1)");
      r = v;
    } else if (k === 'imag') {
      if (i !== undefined) raise('TypeError', "argument for complex() given by name ('imag') and position (2)");
      i = v;
    } else {
      raise('TypeError', `complex() got an unexpected keyword argument '${k}'`);
    }
  }
  return make(complexFromParts(r ?? 0, i));
}

/** complex_new_impl for explicit real/imag parts. */
function complexFromParts(r: Value, i: Value | undefined): C {
  const origR = r;
  const rc = viaComplexMethod(r) ?? complexOf(r);
  if (rc === undefined && !isRealNumber(r)) {
    raise('TypeError', `complex() argument 'real' must be a real number, not ${typeNameOf(r)}`);
  }
  if (i !== undefined && complexOf(i) === undefined && !isRealNumber(i)) {
    raise('TypeError', `complex() argument 'imag' must be a real number, not ${typeNameOf(i)}`);
  }
  let cr: C;
  let crIsComplex = false;
  if (rc !== undefined) {
    cr = rc;
    crIsComplex = true;
    if (!isRealNumber(origR)) {
      warn('DeprecationWarning', `complex() argument 'real' must be a real number, not ${typeNameOf(origR)}`);
    }
  } else {
    cr = [toDouble(r), 0];
  }
  let ci: C;
  let ciIsComplex = false;
  if (i === undefined) {
    ci = [cr[1], 0];
  } else {
    const ic = complexOf(i);
    if (ic !== undefined) {
      warn('DeprecationWarning', `complex() argument 'imag' must be a real number, not ${typeNameOf(i)}`);
      ci = ic;
      ciIsComplex = true;
    } else {
      ci = [toDouble(i), 0];
    }
  }
  let re = cr[0];
  let im = ci[0];
  if (ciIsComplex) re -= ci[1];
  if (crIsComplex && i !== undefined) im += cr[1];
  return [re, im];
}

/** PyComplex_AsCComplex for complex.from_number (strings rejected). */
function fromNumber(cls: Value, number: Value): Value {
  if (typeof number === 'string' || (number instanceof Ref && isSubtype(typeOf(number), T_STR))) {
    raise('TypeError', `must be real number, not ${typeNameOf(number)}`);
  }
  if (number instanceof Ref && typeOf(number) === T_COMPLEX && cls instanceof Ref && cls.a === T_COMPLEX) return number;
  const c = viaComplexMethod(number) ?? complexOf(number) ?? [toDouble(number), 0];
  const v = newComplex(c[0], c[1]);
  return cls instanceof Ref && cls.a === T_COMPLEX ? v : call(cls, [v]);
}

// ---- arithmetic -------------------------------------------------------------------------------------

type Op = { cc: (a: C, b: C) => C; cr: (a: C, b: number) => C; rc: (a: number, b: C) => C };

const ADD: Op = { cc: (a, b) => [a[0] + b[0], a[1] + b[1]], cr: (a, b) => [a[0] + b, a[1]], rc: (a, b) => [a + b[0], b[1]] };
const SUB: Op = { cc: (a, b) => [a[0] - b[0], a[1] - b[1]], cr: (a, b) => [a[0] - b, a[1]], rc: (a, b) => [a - b[0], -b[1]] };
const MUL: Op = { cc: cprod, cr: (a, b) => [a[0] * b, a[1] * b], rc: (a, b) => [b[0] * a, b[1] * a] };
const DIV: Op = { cc: cquot, cr: crquot, rc: rcquot };

/** COMPLEX_BINOP(v, w): complex op complex, complex op real, real op complex. */
export function complexBinop(op: Op, v: Value, w: Value): Value {
  const b = complexOf(w);
  let r: C;
  if (b !== undefined) {
    const a = complexOf(v);
    if (a !== undefined) {
      r = op.cc(a, b);
    } else {
      const x = realOperand(v);
      if (x === undefined) return notImpl();
      r = op.rc(x, b);
    }
  } else {
    const a = complexOf(v);
    if (a === undefined) return notImpl();
    const y = realOperand(w);
    if (y === undefined) return notImpl();
    r = op.cr(a, y);
  }
  return newComplex(r[0], r[1]);
}

/** complex_pow(v, w, z). */
export function complexPow(v: Value, w: Value, z: Value): Value {
  const a = complexOf(v) ?? realAsComplex(v);
  const b = complexOf(w) ?? realAsComplex(w);
  if (a === undefined || b === undefined) return notImpl();
  if (z !== null) raise('ValueError', 'complex modulo');
  const p = cpow(a, b);
  return newComplex(p[0], p[1]);
}

function realAsComplex(v: Value): C | undefined {
  const x = realOperand(v);
  return x === undefined ? undefined : [x, 0];
}

/** complex_richcompare: == and != only. */
function equality(ne: boolean) {
  return (self: Value, other: Value): Value => {
    const [re, im] = Z(self);
    let equal: boolean;
    const i = intOf(other);
    if (i !== undefined) {
      // Compare the real part with the int exactly (float_richcompare), when there is no imaginary part.
      equal = im === 0 && re == i;
    } else {
      const f = floatOf(other);
      if (f !== undefined) {
        equal = re === f && im === 0;
      } else {
        const c = complexOf(other);
        if (c === undefined) return notImpl();
        equal = re === c[0] && im === c[1];
      }
    }
    return equal !== ne;
  };
}

function binary(op: Op) {
  return (self: Value, other: Value): Value => complexBinop(op, self, other);
}
function reflected(op: Op) {
  return (self: Value, other: Value): Value => complexBinop(op, other, self);
}

/** complex.__format__: an empty spec is str(self). */
export function complexFormat(self: Value, spec: Value): Value {
  const sp = strArg(spec);
  if (sp === undefined) raise('TypeError', `__format__() argument must be str, not ${typeNameOf(spec)}`);
  spec = sp;
  if (spec === '') return strOf(self);
  const [re, im] = Z(self);
  return formatComplexSpec(re, im, spec, typeNameOf(self));
}

const m = (sig: string, fn: (...a: never[]) => Value, doc?: string) => ({ sig, fn, doc });
const notSupported = (): Value => notImpl();

export const complexType = defineBuiltinType({
  name: 'complex',
  flags: TypeFlag.BaseType,
  instanceSlots: 0,
  doc: "Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components.",
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: complexNew },
    __repr__: m('__repr__($self, /)', (self: Value) => complexRepr(...Z(self))),
    __hash__: m('__hash__($self, /)', (self: Value) => complexHash(...Z(self))),
    __bool__: m('__bool__($self, /)', (self: Value) => Z(self)[0] !== 0 || Z(self)[1] !== 0),
    __neg__: m('__neg__($self, /)', (self: Value) => newComplex(-Z(self)[0], -Z(self)[1])),
    __pos__: m('__pos__($self, /)', (self: Value) => (typeOf(self) === T_COMPLEX ? self : newComplex(...Z(self)))),
    __abs__: m('__abs__($self, /)', (self: Value) => floatValue(cabs(Z(self)))),
    __add__: m('__add__($self, value, /)', binary(ADD)),
    __radd__: m('__radd__($self, value, /)', reflected(ADD)),
    __sub__: m('__sub__($self, value, /)', binary(SUB)),
    __rsub__: m('__rsub__($self, value, /)', reflected(SUB)),
    __mul__: m('__mul__($self, value, /)', binary(MUL)),
    __rmul__: m('__rmul__($self, value, /)', reflected(MUL)),
    __truediv__: m('__truediv__($self, value, /)', binary(DIV)),
    __rtruediv__: m('__rtruediv__($self, value, /)', reflected(DIV)),
    __pow__: m('__pow__($self, value, mod=None, /)', (self: Value, o: Value, z: Value) => complexPow(self, o, z)),
    __rpow__: m('__rpow__($self, value, mod=None, /)', (self: Value, o: Value, z: Value) => complexPow(o, self, z)),
    __eq__: m('__eq__($self, value, /)', equality(false)),
    __ne__: m('__ne__($self, value, /)', equality(true)),
    __lt__: m('__lt__($self, value, /)', notSupported),
    __le__: m('__le__($self, value, /)', notSupported),
    __gt__: m('__gt__($self, value, /)', notSupported),
    __ge__: m('__ge__($self, value, /)', notSupported),
    __format__: m('__format__($self, format_spec, /)', complexFormat, 'Convert to a string according to format_spec.'),
    __complex__: m('__complex__($self, /)', (self: Value) => (typeOf(self) === T_COMPLEX ? self : newComplex(...Z(self))),
      'Convert this value to exact type complex.'),
    __getnewargs__: m('__getnewargs__($self, /)', (self: Value) => newTuple(Z(self).map(floatValue))),
    __sizeof__: m('__sizeof__($self, /)', () => 48, 'Returns size in memory, in bytes.'),
    conjugate: m('conjugate($self, /)', (self: Value) => newComplex(Z(self)[0], -Z(self)[1]),
      'Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.'),
    from_number: {
      sig: 'from_number($type, number, /)', kind: 'classmethod', fn: fromNumber,
      doc: 'Convert number to a complex floating-point number.',
    },
  },
  getsets: {
    real: { get: (self: Value) => floatValue(Z(self)[0]), doc: 'the real part of a complex number', member: true },
    imag: { get: (self: Value) => floatValue(Z(self)[1]), doc: 'the imaginary part of a complex number', member: true },
  },
  slots: {
    repr: (v) => complexRepr(...Z(v)),
    hash: (v) => complexHash(...Z(v)),
    bool: (v) => Z(v)[0] !== 0 || Z(v)[1] !== 0,
  },
});
