// The combinatoric itertools: product, combinations, combinations_with_replacement, permutations.
// Each keeps its pool (a tuple) in slot 0 and its indices in raw words: word 0 is the run state
// (0 not started, 1 running, 2 exhausted), then r (or the pool count), then the index arrays.
// CPython: Modules/itertoolsmodule.c (product_next, combinations_next, cwr_next, permutations_next).

import { Ref, type Value, STOP } from '../objects/value.js';
import { raise, toArray } from '../objects/protocol.js';
import { asSsizeStrict, hasIndex } from '../objects/coll_ops.js';
import { newTuple, tupleLen, tupleGet } from '../objects/tuple.js';
import { itertoolType, slot, put, rawGet, rawSet, addr } from './itertools_util.js';

const enum W { State, R, Arr }
const NOT_STARTED = 0;
const RUNNING = 1;
const DONE = 2;

function pool(o: number): number {
  return (slot(o, 0) as Ref).a;
}

function sizeofMethod(base: number, words: (o: number) => number) {
  return {
    __sizeof__: {
      sig: '__sizeof__($self, /)', doc: 'Returns size in memory, in bytes.',
      fn: (v: Value): Value => base + 8 * words(addr(v)),
    },
  };
}

/** Index arrays past this many entries cannot be allocated (CPython: PyMem_New fails). */
const MAX_INDICES = 0x1000000;

function nonNegR(v: Value): number {
  const r = asSsizeStrict(v);
  if (r < 0) raise('ValueError', 'r must be non-negative');
  if (r > MAX_INDICES) raise('MemoryError', '');
  return r;
}

// ---- product: slot 0 = tuple of pool tuples; raw [state, npools, indices...] ---------------------------

itertoolType({
  name: 'product', nslots: 1,
  sig: 'product(*iterables, repeat=1)',
  doc: 'Cartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) '
    + 'returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, '
    + 'so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non '
    + 'every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions '
    + 'with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, '
    + 'A, A, A).\n\nproduct(\'ab\', range(3)) --> (\'a\',0) (\'a\',1) (\'a\',2) (\'b\',0) (\'b\',1) (\'b\',2)\n'
    + 'product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...',
  prepare: ([iterables, repeat]) => {
    const rep = asSsizeStrict(repeat!);
    if (rep < 0) raise('ValueError', 'repeat argument cannot be negative');
    const n = (iterables as unknown as Value[]).length * rep;
    if (n > 0x7ffffff) raise('OverflowError', 'repeat argument too large');
    return { raw: 4 * (W.Arr + n) };
  },
  init(o, [iterables, repeat]) {
    const rep = asSsizeStrict(repeat!);
    const pools = (iterables as unknown as Value[]).map((x) => newTuple(toArray(x)));
    const all: Value[] = [];
    if (pools.length > 0) for (let k = 0; k < rep; k++) all.push(...pools);
    put(o, 0, newTuple(all));
    rawSet(o, W.R, all.length);
    for (let i = 0; i < all.length; i++) rawSet(o, W.Arr + i, 0);
  },
  next(o) {
    const state = rawGet(o, W.State);
    if (state === DONE) return STOP;
    const pools = pool(o);
    const n = rawGet(o, W.R);
    const p = (i: number): number => (tupleGet(pools, i) as Ref).a;
    if (state === NOT_STARTED) {
      for (let i = 0; i < n; i++) {
        if (tupleLen(p(i)) === 0) {
          rawSet(o, W.State, DONE);
          return STOP;
        }
      }
      rawSet(o, W.State, RUNNING);
    } else {
      let i = n - 1;
      for (; i >= 0; i--) {
        const k = rawGet(o, W.Arr + i) + 1;
        if (k < tupleLen(p(i))) {
          rawSet(o, W.Arr + i, k);
          break;
        }
        rawSet(o, W.Arr + i, 0);
      }
      if (i < 0) {
        rawSet(o, W.State, DONE);
        return STOP;
      }
    }
    const out: Value[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = tupleGet(p(i), rawGet(o, W.Arr + i));
    return newTuple(out);
  },
  extra: { methods: sizeofMethod(64, (o) => rawGet(o, W.R)) },
});

// ---- combinations: raw [state, r, indices[r]] ----------------------------------------------------------------

function poolItems(o: number, r: number): Value[] {
  const p = pool(o);
  const out: Value[] = new Array(r);
  for (let i = 0; i < r; i++) out[i] = tupleGet(p, rawGet(o, W.Arr + i));
  return out;
}

itertoolType({
  name: 'combinations', nslots: 1,
  sig: 'combinations(iterable, r)',
  doc: 'Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> '
    + '(0,1,2), (0,1,3), (0,2,3), (1,2,3)',
  prepare: ([, r]) => ({ raw: 4 * (W.Arr + nonNegR(r!)) }),
  init(o, [iterable, rv]) {
    const r = asSsizeStrict(rv!);
    put(o, 0, newTuple(toArray(iterable!)));
    rawSet(o, W.R, r);
    for (let i = 0; i < r; i++) rawSet(o, W.Arr + i, i);
  },
  next(o) {
    const state = rawGet(o, W.State);
    if (state === DONE) return STOP;
    const r = rawGet(o, W.R);
    const n = tupleLen(pool(o));
    if (state === NOT_STARTED) {
      if (r > n) {
        rawSet(o, W.State, DONE);
        return STOP;
      }
      rawSet(o, W.State, RUNNING);
      return newTuple(poolItems(o, r));
    }
    let i = r - 1;
    while (i >= 0 && rawGet(o, W.Arr + i) === i + n - r) i--;
    if (i < 0) {
      rawSet(o, W.State, DONE);
      return STOP;
    }
    rawSet(o, W.Arr + i, rawGet(o, W.Arr + i) + 1);
    for (let j = i + 1; j < r; j++) rawSet(o, W.Arr + j, rawGet(o, W.Arr + j - 1) + 1);
    return newTuple(poolItems(o, r));
  },
  extra: { methods: sizeofMethod(72, (o) => rawGet(o, W.R)) },
});

// ---- combinations_with_replacement: raw [state, r, indices[r]] ----------------------------------------------

itertoolType({
  name: 'combinations_with_replacement', nslots: 1,
  sig: 'combinations_with_replacement(iterable, r)',
  doc: 'Return successive r-length combinations of elements in the iterable allowing individual elements to '
    + 'have successive repeats.\n\ncombinations_with_replacement(\'ABC\', 2) --> (\'A\',\'A\'), (\'A\',\'B\'), '
    + '(\'A\',\'C\'), (\'B\',\'B\'), (\'B\',\'C\'), (\'C\',\'C\')',
  prepare: ([, r]) => ({ raw: 4 * (W.Arr + nonNegR(r!)) }),
  init(o, [iterable, rv]) {
    const r = asSsizeStrict(rv!);
    put(o, 0, newTuple(toArray(iterable!)));
    rawSet(o, W.R, r);
  },
  next(o) {
    const state = rawGet(o, W.State);
    if (state === DONE) return STOP;
    const r = rawGet(o, W.R);
    const n = tupleLen(pool(o));
    if (state === NOT_STARTED) {
      if (n === 0 && r > 0) {
        rawSet(o, W.State, DONE);
        return STOP;
      }
      rawSet(o, W.State, RUNNING);
      return newTuple(poolItems(o, r));
    }
    let i = r - 1;
    while (i >= 0 && rawGet(o, W.Arr + i) === n - 1) i--;
    if (i < 0) {
      rawSet(o, W.State, DONE);
      return STOP;
    }
    const index = rawGet(o, W.Arr + i) + 1;
    for (let j = i; j < r; j++) rawSet(o, W.Arr + j, index);
    return newTuple(poolItems(o, r));
  },
  extra: { methods: sizeofMethod(72, (o) => rawGet(o, W.R)) },
});

// ---- permutations: raw [state, r, n, indices[n], cycles[r]] -----------------------------------------------

function permR(rv: Value, n: number): number {
  if (rv === null) return n;
  if (!hasIndex(rv)) raise('TypeError', 'Expected int as r');
  return nonNegR(rv);
}

itertoolType({
  name: 'permutations', nslots: 1,
  sig: 'permutations(iterable, r=None)',
  doc: 'Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> '
    + '(0,1), (0,2), (1,0), (1,2), (2,0), (2,1)',
  prepare: ([iterable, rv]) => {
    const items = toArray(iterable!);
    const r = permR(rv!, items.length);
    return { raw: 4 * (W.Arr + 1 + items.length + r), ctx: items };
  },
  init(o, [, rv], _a, _k, ctx) {
    const items = ctx as Value[];
    const n = items.length;
    const r = permR(rv!, n);
    put(o, 0, newTuple(items));
    rawSet(o, W.R, r);
    rawSet(o, W.Arr, n);
    for (let i = 0; i < n; i++) rawSet(o, idxAt(o, i), i);
    for (let i = 0; i < r; i++) rawSet(o, cycAt(o, i), n - i);
  },
  next: permNext,
  extra: {
    methods: {
      __sizeof__: {
        sig: '__sizeof__($self, /)', doc: 'Returns size in memory, in bytes.',
        fn: (v: Value): Value => 80 + 8 * (rawGet(addr(v), W.R) + rawGet(addr(v), W.Arr)),
      },
    },
  },
});

/** raw: [state, r, n, indices[n], cycles[r]] */
function idxAt(o: number, i: number): number {
  return W.Arr + 1 + i;
}

function cycAt(o: number, i: number): number {
  return W.Arr + 1 + rawGet(o, W.Arr) + i;
}

function permNext(o: number): Value | typeof STOP {
  const state = rawGet(o, W.State);
  if (state === DONE) return STOP;
  const r = rawGet(o, W.R);
  const n = rawGet(o, W.Arr);
  const p = pool(o);
  const result = (): Value => {
    const out: Value[] = new Array(r);
    for (let i = 0; i < r; i++) out[i] = tupleGet(p, rawGet(o, idxAt(o, i)));
    return newTuple(out);
  };
  if (state === NOT_STARTED) {
    if (r > n) {
      rawSet(o, W.State, DONE);
      return STOP;
    }
    rawSet(o, W.State, RUNNING);
    return result();
  }
  if (n === 0) {
    rawSet(o, W.State, DONE);
    return STOP;
  }
  for (let i = r - 1; i >= 0; i--) {
    const c = rawGet(o, cycAt(o, i)) - 1;
    rawSet(o, cycAt(o, i), c);
    if (c === 0) {
      // Rotate indices[i:] left by one.
      const first = rawGet(o, idxAt(o, i));
      for (let j = i; j < n - 1; j++) rawSet(o, idxAt(o, j), rawGet(o, idxAt(o, j + 1)));
      rawSet(o, idxAt(o, n - 1), first);
      rawSet(o, cycAt(o, i), n - i);
    } else {
      const j = n - c;
      const t = rawGet(o, idxAt(o, i));
      rawSet(o, idxAt(o, i), rawGet(o, idxAt(o, j)));
      rawSet(o, idxAt(o, j), t);
      return result();
    }
  }
  rawSet(o, W.State, DONE);
  return STOP;
}

