// math.fsum's core: Shewchuk's exact summation of doubles with CPython's handling of infinities,
// NaNs and intermediate overflow (CPython: Modules/mathmodule.c, math_fsum). Shared with sumprod.

import { raise } from '../objects/protocol.js';

/** Shewchuk's exact summation with CPython's handling of specials and overflow (math_fsum). */
export function fsumDoubles(values: Iterable<number>): number {
  const p: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (Number.isNaN(infSum)) raise('ValueError', '-inf + inf in fsum');
    return special;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

