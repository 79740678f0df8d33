// Integer functions of the math module: gcd, lcm, isqrt, factorial, comb, perm, prod.
// CPython: Modules/mathmodule.c (math_gcd, math_lcm, math_isqrt, math_factorial, math_comb,
// math_perm, math_prod). Products use binary splitting so big factorials stay fast.

import { type Value } from '../objects/value.js';
import { raise, iter, next, STOP } from '../objects/protocol.js';
import { toIndex } from '../objects/numcore.js';
import { type Int, intGcd, intAbs, intMul, intFloorDiv, normBig, toBig } from '../objects/longmath.js';
import { mul } from '../vm/ops.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const LONG_MAX = 0x7fffffffffffffffn;

function gcd(args: Value[]): Value {
  if (args.length === 0) return 0;
  let r: Int = intAbs(toIndex(args[0]!));
  for (let i = 1; i < args.length; i++) {
    const x = toIndex(args[i]!);
    if (r === 1) continue; // still convert the rest (CPython checks every argument)
    r = intGcd(r, x);
  }
  return r;
}

function lcm(args: Value[]): Value {
  if (args.length === 0) return 1;
  let r: Int = intAbs(toIndex(args[0]!));
  for (let i = 1; i < args.length; i++) {
    const x = toIndex(args[i]!);
    if (r === 0) continue;
    if (x === 0 || x === 0n) {
      r = 0;
      continue;
    }
    const g = intGcd(r, x);
    r = intAbs(intMul(intFloorDiv(r, g), x));
  }
  return r;
}

function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton from an estimate: converge from above.
  if (n.toString(2).length > 1000) {
    const shift = BigInt(n.toString(2).length - 1000) & ~1n;
    x = bigIsqrt(n >> shift) << (shift / 2n);
  }
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      if (x * x > n) x = y;
      break;
    }
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function isqrt(v: Value): Value {
  const n = toIndex(v);
  if (n < 0) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  return normBig(bigIsqrt(n));
}

/** Product of the integers lo..hi (inclusive) by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = 1n;
    for (let i = lo; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(v: Value): Value {
  const n = toIndex(v);
  if (typeof n === 'bigint' && n > LONG_MAX) {
    raise('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  }
  if (n < 0) raise('ValueError', 'factorial() not defined for negative values');
  return normBig(rangeProduct(2n, toBig(n)));
}

function checkNK(nv: Value, kv: Value): [bigint, bigint] {
  const n = toBig(toIndex(nv));
  const k = toBig(toIndex(kv));
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  return [n, k];
}

function perm(nv: Value, kv: Value): Value {
  if (kv === null) return factorial(nv); // perm(n) is n! (with factorial's messages)
  const [n, k] = checkNK(nv, kv);
  if (k > n) return 0;
  if (k > LONG_MAX) raise('OverflowError', `k must not exceed ${LONG_MAX}`);
  return normBig(rangeProduct(n - k + 1n, n));
}

function comb(nv: Value, kv: Value): Value {
  let [n, k] = checkNK(nv, kv);
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k > LONG_MAX) raise('OverflowError', `min(n - k, k) must not exceed ${LONG_MAX}`);
  if (k === 0n) return 1;
  if (k < 64n) {
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return normBig(r);
  }
  return normBig(rangeProduct(n - k + 1n, n) / rangeProduct(2n, k));
}

function prod(iterable: Value, start: Value): Value {
  const it = iter(iterable);
  let r: Value = start;
  for (;;) {
    const v = next(it);
    if (v === STOP) return r;
    r = mul(r, v);
  }
}

export const INT_FUNCTIONS = {
  comb: { sig: 'comb(n, k, /)', fn: fn(comb) },
  factorial: { sig: 'factorial(n, /)', fn: fn(factorial) },
  gcd: { sig: 'gcd(*integers)', fn: fn(gcd) },
  isqrt: { sig: 'isqrt(n, /)', fn: fn(isqrt) },
  lcm: { sig: 'lcm(*integers)', fn: fn(lcm) },
  perm: { sig: 'perm(n, k=None, /)', fn: fn(perm) },
  prod: { sig: 'prod(iterable, /, *, start=1)', fn: fn(prod) },
};
