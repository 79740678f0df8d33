// Compile-time evaluation of binary operators on constants, as CPython's code generator folds them
// (Python/flowgraph.c fold_const_binop, eval_const_binop and the const_folding_safe_* guards): the
// result replaces the operation in the code and in co_consts. An operation that would raise, or
// whose result would be too big (MAX_INT_SIZE bits, MAX_STR_SIZE characters), is left for run time.
// Deliberate subset: ints, floats and strs; float `**`, `//` and `%` (whose results depend on libm and
// on CPython's float_divmod) and bools, bytes and tuples are not folded, which changes only speed and
// the contents of co_consts.

import type { expr } from '../parser/ast.generated.js';

const MAX_INT_SIZE = 128; // bits
const MAX_STR_SIZE = 4096; // characters
const MAX_EXACT = 2n ** 53n;

type Folded = bigint | number | string;

function bits(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/** A constant operand: an int, float or str literal, -literal, or a foldable operation. */
function operand(e: expr): Folded | undefined {
  if (e._kind === 'Constant') {
    const v = e.value;
    return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' ? v : undefined;
  }
  if (e._kind === 'UnaryOp' && e.op === 'USub' && e.operand._kind === 'Constant') {
    const v = e.operand.value;
    return typeof v === 'bigint' || typeof v === 'number' ? -v : undefined;
  }
  if (e._kind === 'BinOp') return foldBinOp(e);
  return undefined;
}

/** Python's floor division and modulo of ints (the quotient rounds toward minus infinity). */
function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

function intOp(op: string, a: bigint, b: bigint): Folded | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_SIZE ? undefined : a * b;
    case 'Div':
      // Both exactly representable: the quotient of the doubles is the correctly rounded one.
      if (b === 0n || a > MAX_EXACT || a < -MAX_EXACT || b > MAX_EXACT || b < -MAX_EXACT) return undefined;
      return Number(a) / Number(b);
    case 'FloorDiv': return b === 0n ? undefined : floorDivMod(a, b)[0];
    case 'Mod': return b === 0n ? undefined : floorDivMod(a, b)[1];
    case 'Pow':
      if (b < 0n) return undefined; // a float result: computed at run time (libm's pow)
      if (a !== 0n && b > 0n && bits(a) > MAX_INT_SIZE / Number(b)) return undefined;
      return a ** b;
    case 'LShift':
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return a << b;
    case 'RShift': return b < 0n ? undefined : a >> b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    case 'BitAnd': return a & b;
    default: return undefined;
  }
}

function floatOp(op: string, a: number, b: number): Folded | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a * b;
    case 'Div': return b === 0 ? undefined : a / b;
    default: return undefined;
  }
}

/** An int as a float operand, when the conversion cannot raise (OverflowError) . */
function asFloat(v: bigint | number): number | undefined {
  if (typeof v === 'number') return v;
  const f = Number(v); // round-half-even, as PyLong_AsDouble
  return Number.isFinite(f) ? f : undefined;
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
    }
  }
  return n;
}

function strRepeat(s: string, n: bigint): string | undefined {
  const size = codePoints(s);
  if (size === 0) return n < 0n || n > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : '';
  if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
  return s.repeat(Number(n));
}

/** The value of `left op right` when CPython's compiler would fold it, else undefined. */
export function foldBinOp(e: expr & { _kind: 'BinOp' }): Folded | undefined {
  const a = operand(e.left);
  if (a === undefined) return undefined;
  const b = operand(e.right);
  if (b === undefined) return undefined;
  if (typeof a === 'string' || typeof b === 'string') {
    if (e.op === 'Add' && typeof a === 'string' && typeof b === 'string') return a + b;
    if (e.op === 'Mult' && typeof a === 'string' && typeof b === 'bigint') return strRepeat(a, b);
    if (e.op === 'Mult' && typeof a === 'bigint' && typeof b === 'string') return strRepeat(b, a);
    return undefined;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(e.op, a, b);
  const fa = asFloat(a);
  const fb = asFloat(b);
  return fa === undefined || fb === undefined ? undefined : floatOp(e.op, fa, fb);
}
