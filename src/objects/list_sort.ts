// list.sort's algorithm: CPython's adaptive, stable natural mergesort (Timsort with the powersort
// merge policy), ported step for step so that the sequence of `<` comparisons — observable through
// __lt__ side effects and exceptions — is CPython's. Sorts `keys` and permutes `vals` alongside.
// If a comparison throws, both arrays are left as a permutation of their input, as in CPython.
// CPython: Objects/listobject.c (binarysort, count_run, gallop_left/right, merge_lo/hi, merge_at,
// powerloop, found_new_run, merge_force_collapse, merge_compute_minrun), Objects/listsort.txt.

import type { Value } from './value.js';

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

type Lt = (a: Value, b: Value) => boolean;

interface Run {
  base: number;
  len: number;
  power: number;
}

class MergeState {
  minGallop = MIN_GALLOP;
  pending: Run[] = [];
  constructor(readonly keys: Value[], readonly vals: number[], readonly lt: Lt) {}
}

function reverseRange<T>(a: T[], lo: number, n: number): void {
  for (let i = lo, j = lo + n - 1; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

function reverseBoth(ms: MergeState, lo: number, n: number): void {
  reverseRange(ms.keys, lo, n);
  reverseRange(ms.vals, lo, n);
}

/** Binary insertion sort of keys[lo, lo+n), whose first `ok` items are already sorted. */
function binarySort(ms: MergeState, lo: number, n: number, ok: number): void {
  const { keys, vals, lt } = ms;
  if (ok === 0) ok = 1;
  for (; ok < n; ok++) {
    let l = 0;
    let r = ok;
    const pivot = keys[lo + ok]!;
    do {
      const m = (l + r) >> 1;
      if (lt(pivot, keys[lo + m]!)) r = m;
      else l = m + 1;
    } while (l < r);
    const vpivot = vals[lo + ok]!;
    for (let m = ok; m > l; m--) {
      keys[lo + m] = keys[lo + m - 1]!;
      vals[lo + m] = vals[lo + m - 1]!;
    }
    keys[lo + l] = pivot;
    vals[lo + l] = vpivot;
  }
}

/**
 * Length of the run starting at lo (at most nremaining), made ascending in place: a strictly
 * descending run (with all-equal stretches kept stable) is reversed.
 */
function countRun(ms: MergeState, lo: number, nremaining: number): number {
  const { keys: k, lt } = ms;
  let n: number;
  for (n = 1; n < nremaining; n++) if (lt(k[lo + n]!, k[lo + n - 1]!)) break;
  if (n === nremaining) return n;
  if (n > 1) {
    // An ascending prefix: a real ascending run unless all of it is equal.
    if (lt(k[lo]!, k[lo + n - 1]!)) return n;
    reverseBoth(ms, lo, n);
  }
  n++;
  let neq = 0;
  const reverseLastEqual = (): void => {
    if (neq) {
      neq++;
      reverseBoth(ms, lo + n - neq, neq);
      neq = 0;
    }
  };
  for (; n < nremaining; n++) {
    if (lt(k[lo + n]!, k[lo + n - 1]!)) {
      reverseLastEqual();
    } else if (lt(k[lo + n - 1]!, k[lo + n]!)) {
      break;
    } else {
      neq++;
    }
  }
  reverseLastEqual();
  reverseBoth(ms, lo, n);
  for (; n < nremaining; n++) if (lt(k[lo + n]!, k[lo + n - 1]!)) break;
  return n;
}

/** Position where `key` belongs in the sorted a[base, base+n): left of any equal items. */
function gallopLeft(lt: Lt, key: Value, a: Value[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint]!, key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs]!, key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs]!, key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m]!, key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Like gallopLeft, but right of any equal items. */
function gallopRight(lt: Lt, key: Value, a: Value[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint]!)) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs]!)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else {
        break;
      }
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs]!)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m]!)) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merges runs [pa, pa+na) and [pb, pb+nb) (adjacent, na <= nb) using a copy of the first. */
function mergeLo(ms: MergeState, pa0: number, na: number, pb: number, nb: number): void {
  const { keys, vals, lt } = ms;
  const tk = keys.slice(pa0, pa0 + na);
  const tv = vals.slice(pa0, pa0 + na);
  let pa = 0;
  let dest = pa0;
  let copyB = false;
  keys[dest] = keys[pb]!;
  vals[dest++] = vals[pb++]!;
  nb--;
  try {
    main: {
      if (nb === 0) break main;
      if (na === 1) {
        copyB = true;
        break main;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(keys[pb]!, tk[pa]!)) {
            keys[dest] = keys[pb]!;
            vals[dest++] = vals[pb++]!;
            bcount++;
            acount = 0;
            if (--nb === 0) break main;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[pa]!;
            vals[dest++] = tv[pa++]!;
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break main;
            }
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, keys[pb]!, tk, pa, na, 0);
          acount = k;
          if (k) {
            for (let i = 0; i < k; i++) {
              keys[dest + i] = tk[pa + i]!;
              vals[dest + i] = tv[pa + i]!;
            }
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break main;
            }
            if (na === 0) break main;
          }
          keys[dest] = keys[pb]!;
          vals[dest++] = vals[pb++]!;
          if (--nb === 0) break main;
          k = gallopLeft(lt, tk[pa]!, keys, pb, nb, 0);
          bcount = k;
          if (k) {
            keys.copyWithin(dest, pb, pb + k);
            vals.copyWithin(dest, pb, pb + k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) break main;
          }
          keys[dest] = tk[pa]!;
          vals[dest++] = tv[pa++]!;
          if (--na === 1) {
            copyB = true;
            break main;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    restoreTemp();
    throw e;
  }
  if (copyB) {
    // The last item of the first run belongs at the end.
    keys.copyWithin(dest, pb, pb + nb);
    vals.copyWithin(dest, pb, pb + nb);
    keys[dest + nb] = tk[pa]!;
    vals[dest + nb] = tv[pa]!;
  } else {
    restoreTemp();
  }
  function restoreTemp(): void {
    for (let i = 0; i < na; i++) {
      keys[dest + i] = tk[pa + i]!;
      vals[dest + i] = tv[pa + i]!;
    }
  }
}

/** Merges runs [pa0, pa0+na) and [pb0, pb0+nb) (adjacent, na >= nb) from the right. */
function mergeHi(ms: MergeState, pa0: number, na: number, pb0: number, nb: number): void {
  const { keys, vals, lt } = ms;
  const tk = keys.slice(pb0, pb0 + nb);
  const tv = vals.slice(pb0, pb0 + nb);
  const basea = pa0;
  let dest = pb0 + nb - 1;
  let pb = nb - 1;
  let pa = pa0 + na - 1;
  let copyA = false;
  keys[dest] = keys[pa]!;
  vals[dest--] = vals[pa--]!;
  na--;
  try {
    main: {
      if (na === 0) break main;
      if (nb === 1) {
        copyA = true;
        break main;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb]!, keys[pa]!)) {
            keys[dest] = keys[pa]!;
            vals[dest--] = vals[pa--]!;
            acount++;
            bcount = 0;
            if (--na === 0) break main;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[pb]!;
            vals[dest--] = tv[pb--]!;
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break main;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, tk[pb]!, keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            keys.copyWithin(dest + 1, pa + 1, pa + 1 + k);
            vals.copyWithin(dest + 1, pa + 1, pa + 1 + k);
            na -= k;
            if (na === 0) break main;
          }
          keys[dest] = tk[pb]!;
          vals[dest--] = tv[pb--]!;
          if (--nb === 1) {
            copyA = true;
            break main;
          }
          k = gallopLeft(lt, keys[pa]!, tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            for (let i = 1; i <= k; i++) {
              keys[dest + i] = tk[pb + i]!;
              vals[dest + i] = tv[pb + i]!;
            }
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break main;
            }
            if (nb === 0) break main;
          }
          keys[dest] = keys[pa]!;
          vals[dest--] = vals[pa--]!;
          if (--na === 0) break main;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    restoreTemp();
    throw e;
  }
  if (copyA) {
    // The first item of the second run belongs at the front.
    keys.copyWithin(dest + 1 - na, pa + 1 - na, pa + 1);
    vals.copyWithin(dest + 1 - na, pa + 1 - na, pa + 1);
    dest -= na;
    keys[dest] = tk[pb]!;
    vals[dest] = tv[pb]!;
  } else {
    restoreTemp();
  }
  function restoreTemp(): void {
    for (let i = 0; i < nb; i++) {
      keys[dest - (nb - 1) + i] = tk[i]!;
      vals[dest - (nb - 1) + i] = tv[i]!;
    }
  }
}

/** Merges pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i]!.base;
  let na = p[i]!.len;
  const pb = p[i + 1]!.base;
  let nb = p[i + 1]!.len;
  p[i]!.len = na + nb;
  if (i === p.length - 3) p[i + 1] = p[i + 2]!;
  p.pop();
  // Items of the first run already in place (<= the second run's first) are skipped ...
  const k = gallopRight(ms.lt, ms.keys[pb]!, ms.keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // ... and so are items of the second run already in place.
  nb = gallopLeft(ms.lt, ms.keys[pa + na - 1]!, ms.keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** The run's depth in the conceptual merge tree (powersort). */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number, listlen: number): void {
  const p = ms.pending;
  if (p.length === 0) return;
  const top = p[p.length - 1]!;
  const power = powerloop(top.base, top.len, n2, listlen);
  while (p.length > 1 && p[p.length - 2]!.power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1]!.power = power;
}

function forceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sorts keys ascending by `lt`, stably, applying the same permutation to vals. */
export function timsort(keys: Value[], vals: number[], lt: Lt): void {
  const total = keys.length;
  if (total < 2) return;
  const ms = new MergeState(keys, vals, lt);
  const minrun = computeMinrun(total);
  let lo = 0;
  let nremaining = total;
  do {
    let n = countRun(ms, lo, nremaining);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarySort(ms, lo, force, n);
      n = force;
    }
    foundNewRun(ms, n, total);
    ms.pending.push({ base: lo, len: n, power: 0 });
    lo += n;
    nremaining -= n;
  } while (nremaining);
  forceCollapse(ms);
}
