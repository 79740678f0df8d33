// Fast arithmetic for the VM's operators on real numbers in their plain JS forms (number, bigint,
// boolean, PyFloat): each helper returns the Python result, or undefined when an operand is
// anything else (then the VM dispatches to the dunders, e.g. for subclass instances or complex).
// Results match int.__add__ / float.__radd__ & co. exactly (CPython: longobject.c, floatobject.c).
//
// Exports: numAdd numSub numMul numTrueDiv numFloorDiv numMod numDivmod numPow numLshift
// numRshift numAnd numOr numXor numNeg numPos numAbs numInvert numLt numLe numGt numGe numEq numNe.

import { PyFloat, floatValue, type Value } from './value.js';
import {
  type Int, intAdd, intSub, intMul, intTrueDiv, intFloorDiv, intMod, intDivmod, intPow, intLshift,
  intRshift, intAnd, intOr, intXor, intNeg, intAbs, intInvert, intToFloat,
} from './longmath.js';
import { floatTrueDiv, floatFloorDiv, floatMod, floatDivmod, floatPow, cpow } from './floatmath.js';
import { newComplex, newTuple, warn } from './numcore.js';

/** An exact int operand (bool counts as int), or undefined. */
function plainInt(v: Value): Int | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

/** An exact float operand, or undefined. */
function plainFloat(v: Value): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? undefined : v;
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

/** Both operands as doubles when at least one is a float and the other a float or int. */
function floatPair(a: Value, b: Value): [number, number] | undefined {
  const fa = plainFloat(a);
  const fb = plainFloat(b);
  if (fa === undefined && fb === undefined) return undefined;
  const x = fa ?? plainIntToFloat(a);
  const y = fb ?? plainIntToFloat(b);
  if (x === undefined || y === undefined) return undefined;
  return [x, y];
}

function plainIntToFloat(v: Value): number | undefined {
  const i = plainInt(v);
  return i === undefined ? undefined : intToFloat(i);
}

function intBinary(f: (x: Int, y: Int) => Value, ff: ((x: number, y: number) => Value) | null) {
  return (a: Value, b: Value): Value | undefined => {
    if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return f(a, b);
    const ia = plainInt(a);
    const ib = plainInt(b);
    if (ia !== undefined && ib !== undefined) return f(ia, ib);
    if (ff === null) return undefined;
    const p = floatPair(a, b);
    return p === undefined ? undefined : ff(p[0], p[1]);
  };
}

export const numAdd = intBinary(intAdd, (x, y) => floatValue(x + y));
export const numSub = intBinary(intSub, (x, y) => floatValue(x - y));
export const numMul = intBinary(intMul, (x, y) => floatValue(x * y));
export const numTrueDiv = intBinary((x, y) => floatValue(intTrueDiv(x, y)), (x, y) => floatValue(floatTrueDiv(x, y)));
export const numFloorDiv = intBinary(intFloorDiv, (x, y) => floatValue(floatFloorDiv(x, y)));
export const numMod = intBinary(intMod, (x, y) => floatValue(floatMod(x, y)));
export const numDivmod = intBinary(
  (x, y) => newTuple(intDivmod(x, y)),
  (x, y) => newTuple(floatDivmod(x, y).map(floatValue)),
);

/** x ** y, two arguments (int ** negative int and negative ** fractional become float/complex). */
export const numPow = intBinary(
  (x, y) => (y < 0 ? realPow(intToFloat(x), intToFloat(y)) : intPow(x, y)),
  (x, y) => realPow(x, y),
);

/** float_pow, with the complex result of a negative base and a fractional exponent. */
export function realPow(x: number, y: number): Value {
  const r = floatPow(x, y);
  if (r !== null) return floatValue(r);
  const c = cpow([x, 0], [y, 0]);
  return newComplex(c[0], c[1]);
}

export const numLshift = intBinary(intLshift, null);
export const numRshift = intBinary(intRshift, null);

function boolOrInt(f: (x: Int, y: Int) => Int, fb: (x: boolean, y: boolean) => boolean) {
  const g = intBinary(f, null);
  return (a: Value, b: Value): Value | undefined =>
    typeof a === 'boolean' && typeof b === 'boolean' ? fb(a, b) : g(a, b);
}

export const numAnd = boolOrInt(intAnd, (x, y) => x && y);
export const numOr = boolOrInt(intOr, (x, y) => x || y);
export const numXor = boolOrInt(intXor, (x, y) => x !== y);

export function numNeg(a: Value): Value | undefined {
  const i = plainInt(a);
  if (i !== undefined) return intNeg(i);
  const f = plainFloat(a);
  return f === undefined ? undefined : floatValue(-f);
}

export function numPos(a: Value): Value | undefined {
  if (typeof a === 'boolean') return a ? 1 : 0;
  return plainInt(a) !== undefined || plainFloat(a) !== undefined ? a : undefined;
}

export function numAbs(a: Value): Value | undefined {
  const i = plainInt(a);
  if (i !== undefined) return intAbs(i);
  const f = plainFloat(a);
  return f === undefined ? undefined : floatValue(Math.abs(f));
}

export function numInvert(a: Value): Value | undefined {
  if (typeof a === 'boolean') {
    warn('DeprecationWarning', BOOL_INVERT_WARNING);
    return a ? -2 : -1;
  }
  const i = plainInt(a);
  return i === undefined ? undefined : intInvert(i);
}

export const BOOL_INVERT_WARNING = "Bitwise inversion '~' on bool is deprecated and will be removed in " +
  'Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what ' +
  "you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really " +
  'want the bitwise inversion of the underlying int.';

// Comparisons: JS compares number and bigint exactly (and NaN compares false), which is what
// CPython's int/float comparison computes.

function realOperand(v: Value): number | bigint | undefined {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'boolean': return v ? 1 : 0;
    default: return v instanceof PyFloat ? v.v : undefined;
  }
}

function compare(f: (x: number | bigint, y: number | bigint) => boolean) {
  return (a: Value, b: Value): boolean | undefined => {
    if (typeof a === 'number' && typeof b === 'number') return f(a, b);
    const x = realOperand(a);
    const y = realOperand(b);
    return x === undefined || y === undefined ? undefined : f(x, y);
  };
}

export const numLt = compare((x, y) => x < y);
export const numLe = compare((x, y) => x <= y);
export const numGt = compare((x, y) => x > y);
export const numGe = compare((x, y) => x >= y);
// eslint-disable-next-line eqeqeq -- loose equality is the exact number/bigint comparison
export const numEq = compare((x, y) => x == y);
// eslint-disable-next-line eqeqeq
export const numNe = compare((x, y) => x != y);
