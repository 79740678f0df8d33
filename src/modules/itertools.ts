// The itertools module: the simple iterator types (accumulate, batched, chain, compress, count,
// cycle, dropwhile, filterfalse, islice, pairwise, repeat, starmap, takewhile, zip_longest); the
// combinatoric ones are in itertools_comb.ts, tee and groupby in itertools_tee.ts.
// CPython: Modules/itertoolsmodule.c.

import { I32 } from '../heap/index.js';
import { Ref, STOP, PyFloat, type Value } from '../objects/value.js';
import { allocObj, pinValue } from '../objects/alloc.js';
import { checkNewType, instanceSlotsOf } from '../objects/coll_ops.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { typeName, typeOf, lookup, isSubtype } from '../objects/typeobject.js';
import { raise, repr, iter, next, call, truthy, toArray } from '../objects/protocol.js';
import { asSsize, asSsizeStrict, hasIndex, genericAlias, exceptionMatches, MAXSIZE_NUM } from '../objects/coll_ops.js';
import { newTuple, isTuple, tupleItems, tupleLen, tupleGet } from '../objects/tuple.js';
import { newList, listLen, listGet } from '../objects/list.js';
import { dictSet } from '../objects/dict.js';
import { add } from '../vm/ops.js';
import { defineModule } from './define.js';
import { itertoolType, typeAddrOf, slot, slotOpt, put, addr, ALL_TYPES } from './itertools_util.js';
import './itertools_comb.js';
import { teeFunction, grouperDef, dataDef } from './itertools_tee.js';

let T_BOOL_TYPE = 0;
let T_COMPLEX = 0;
onTypesReady(() => {
  T_BOOL_TYPE = builtinTypeAddr('bool');
  T_COMPLEX = builtinTypeAddr('complex');
});

/** PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
function isNumber(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
  if (!(v instanceof Ref)) return false;
  const t = typeOf(v);
  if (isSubtype(t, T_COMPLEX) || t === T_COMPLEX) return true;
  return ['__index__', '__int__', '__float__'].some((n) => { const m = lookup(t, n); return m !== undefined && m !== null; });
}

/** "n" converter: an index as a JS number, OverflowError past ssize_t. */
function ssize(v: Value): number {
  return asSsizeStrict(v);
}

// ---- accumulate: [iterator, func or empty, total or empty, initial (None once used)] ------------------

itertoolType({
  name: 'accumulate', nslots: 4,
  sig: 'accumulate(iterable, func=None, *, initial=None)',
  doc: 'Return series of accumulated sums (or other binary function results).',
  init(o, [iterable, func, initial]) {
    put(o, 0, iter(iterable!));
    put(o, 1, func === null ? undefined : func);
    put(o, 3, initial!);
  },
  next(o) {
    const initial = slot(o, 3);
    if (initial !== null) {
      put(o, 2, initial);
      put(o, 3, null);
      return initial;
    }
    const x = next(slot(o, 0));
    if (x === STOP) return STOP;
    const total = slotOpt(o, 2);
    const func = slotOpt(o, 1);
    const r = total === undefined ? x : func === undefined ? add(total, x) : call(func, [total, x]);
    put(o, 2, r);
    return r;
  },
});

// ---- batched: [iterator or empty, n, strict] ------------------------------------------------------------

itertoolType({
  name: 'batched', nslots: 3,
  sig: 'batched(iterable, n, *, strict=False)',
  doc: 'Batch data into tuples of length n. The last batch may be shorter than n.',
  init(o, [iterable, nv, strict]) {
    const n = ssize(nv!);
    if (n < 1) raise('ValueError', 'n must be at least one');
    put(o, 0, iter(iterable!));
    put(o, 1, n);
    put(o, 2, truthy(strict!));
  },
  next(o) {
    const it = slotOpt(o, 0);
    if (it === undefined) return STOP;
    const n = slot(o, 1) as number;
    const items: Value[] = [];
    while (items.length < n) {
      const x = next(it);
      if (x === STOP) break;
      items.push(x);
    }
    if (items.length < n) {
      put(o, 0, undefined);
      if (items.length === 0) return STOP;
      if (slot(o, 2) === true) raise('ValueError', 'batched(): incomplete batch');
    }
    return newTuple(items);
  },
});

// ---- chain: [iterator of iterables or empty, active iterator or empty] ----------------------------------

const chainDef = itertoolType({
  name: 'chain', nslots: 2,
  sig: 'chain(*iterables)',
  doc: 'Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is '
    + 'exhausted, then elements from the next\niterable, until all of the iterables are exhausted.',
  init(o, [iterables]) {
    put(o, 0, iter(newTuple(iterables as unknown as Value[])));
  },
  next(o) {
    for (;;) {
      let active = slotOpt(o, 1);
      if (active === undefined) {
        const source = slotOpt(o, 0);
        if (source === undefined) return STOP;
        const iterable = next(source);
        if (iterable === STOP) {
          put(o, 0, undefined);
          return STOP;
        }
        try {
          active = iter(iterable);
        } catch (e) {
          // chain_next drops its source when an item is not iterable: the chain is then exhausted.
          put(o, 0, undefined);
          throw e;
        }
        put(o, 1, active);
      }
      const x = next(active);
      if (x !== STOP) return x;
      put(o, 1, undefined);
    }
  },
  extra: {
    methods: {
      from_iterable: {
        sig: 'from_iterable($type, iterable, /)', kind: 'classmethod',
        doc: 'Alternative chain() constructor taking a single iterable argument that evaluates lazily.',
        fn: (cls: Value, iterable: Value): Value => {
          const own = typeAddrOf(chainDef);
          const t = checkNewType(cls, own);
          const o = allocObj(t, t === own ? 2 : instanceSlotsOf(t), 0);
          put(o, 0, iter(iterable));
          return new Ref(o);
        },
      },
      __class_getitem__: {
        sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
        fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
      },
    },
  },
});
export { chainDef };

// ---- compress: [data, selectors] --------------------------------------------------------------------------

itertoolType({
  name: 'compress', nslots: 2,
  sig: 'compress(data, selectors)',
  doc: 'Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected '
    + 'data elements using the selectors to\nchoose the data elements.',
  init(o, [data, selectors]) {
    put(o, 0, iter(data!));
    put(o, 1, iter(selectors!));
  },
  next(o) {
    for (;;) {
      const d = next(slot(o, 0));
      if (d === STOP) return STOP;
      const s = next(slot(o, 1));
      if (s === STOP) return STOP;
      if (truthy(s)) return d;
    }
  },
});

// ---- count: [current, step] --------------------------------------------------------------------------------

itertoolType({
  name: 'count', nslots: 2,
  sig: 'count(start=0, step=1)',
  doc: 'Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n'
    + '    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n'
    + '            x += step',
  init(o, [start, step]) {
    if (!isNumber(start!) || !isNumber(step!)) raise('TypeError', 'a number is required');
    put(o, 0, start!);
    put(o, 1, step!);
  },
  next(o) {
    const c = slot(o, 0);
    const step = slot(o, 1);
    put(o, 0, typeof c === 'number' && typeof step === 'number' && Number.isInteger(c) && Number.isInteger(step)
      && Number.isSafeInteger(c + step) ? c + step : add(c, step));
    return c;
  },
  extra: {
    slots: {
      repr: (v) => {
        const o = addr(v);
        const name = typeName(I32[o >> 2]!);
        const step = slot(o, 1);
        const unit = step === 1 || step === true;
        return unit ? `${name}(${repr(slot(o, 0))})` : `${name}(${repr(slot(o, 0))}, ${repr(step)})`;
      },
    },
  },
});

// ---- cycle: [iterator or empty, saved list, index] ------------------------------------------------------

itertoolType({
  name: 'cycle', nslots: 3,
  sig: 'cycle(iterable, /)',
  doc: 'Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.',
  init(o, [iterable]) {
    put(o, 0, iter(iterable!));
    put(o, 1, newList([]));
    put(o, 2, 0);
  },
  next(o) {
    const it = slotOpt(o, 0);
    const saved = slot(o, 1) as Ref;
    if (it !== undefined) {
      const x = next(it);
      if (x !== STOP) {
        call(lookup(typeOf(saved), 'append')!, [saved, x]);
        return x;
      }
      put(o, 0, undefined);
    }
    const n = listLen(saved.a);
    if (n === 0) return STOP;
    const i = slot(o, 2) as number;
    put(o, 2, i + 1 >= n ? 0 : i + 1);
    return listGet(saved.a, i)!;
  },
});

// ---- dropwhile / takewhile: [predicate, iterator, done flag] ---------------------------------------------

itertoolType({
  name: 'dropwhile', nslots: 3,
  sig: 'dropwhile(predicate, iterable, /)',
  doc: 'Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the '
    + 'iterable is exhausted.',
  init(o, [pred, iterable]) {
    put(o, 0, pred!);
    put(o, 1, iter(iterable!));
    put(o, 2, false);
  },
  next(o) {
    for (;;) {
      const x = next(slot(o, 1));
      if (x === STOP) return STOP;
      if (slot(o, 2) === true) return x;
      if (!truthy(call(slot(o, 0), [x]))) {
        put(o, 2, true);
        return x;
      }
    }
  },
});

itertoolType({
  name: 'takewhile', nslots: 3,
  sig: 'takewhile(predicate, iterable, /)',
  doc: 'Return successive entries from an iterable as long as the predicate evaluates to true for each entry.',
  init(o, [pred, iterable]) {
    put(o, 0, pred!);
    put(o, 1, iter(iterable!));
    put(o, 2, false);
  },
  next(o) {
    if (slot(o, 2) === true) return STOP;
    const x = next(slot(o, 1));
    if (x === STOP) return STOP;
    if (truthy(call(slot(o, 0), [x]))) return x;
    put(o, 2, true);
    return STOP;
  },
});

// ---- filterfalse: [function, iterator] ---------------------------------------------------------------------

itertoolType({
  name: 'filterfalse', nslots: 2,
  sig: 'filterfalse(function, iterable, /)',
  doc: 'Return those items of iterable for which function(item) is false.\n\nIf function is None, return the '
    + 'items that are false.',
  init(o, [func, iterable]) {
    put(o, 0, func!);
    put(o, 1, iter(iterable!));
  },
  next(o) {
    const f = slot(o, 0);
    const plain = f === null || (f instanceof Ref && f.a === T_BOOL_TYPE);
    for (;;) {
      const x = next(slot(o, 1));
      if (x === STOP) return STOP;
      if (!(plain ? truthy(x) : truthy(call(f, [x])))) return x;
    }
  },
});

// ---- islice: [iterator or empty, next index, stop (-1 none), step, count] ---------------------------------

const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** PyNumber_AsSsize_t(v, NULL) with the error cleared: -1 for anything that is not an index. */
function looseIndex(v: Value): number {
  if (!hasIndex(v)) return -1;
  try {
    return asSsize(v, null);
  } catch (e) {
    if (exceptionMatches(e, 'Exception')) return -1;
    throw e;
  }
}

itertoolType({
  name: 'islice', nslots: 5,
  doc: 'islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n'
    + 'Return an iterator whose next() method returns selected values from an\niterable.  If start is specified, '
    + 'will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified '
    + 'as another value, step determines how many values are\nskipped between successive calls.  Works like a '
    + 'slice() on a list\nbut returns an iterator.',
  init(o, _b, args, kwargs) {
    if (kwargs.size > 0 && I32[o >> 2] === typeAddrOf(isliceDef)) raise('TypeError', 'islice() takes no keyword arguments');
    if (args.length < 2) raise('TypeError', `islice expected at least 2 arguments, got ${args.length}`);
    if (args.length > 4) raise('TypeError', `islice expected at most 4 arguments, got ${args.length}`);
    let start = 0;
    let stop = -1;
    let step = 1;
    const [seq, a1, a2, a3] = args;
    if (args.length === 2) {
      if (a1 !== null) {
        stop = looseIndex(a1!);
        if (stop === -1) raise('ValueError', STOP_MSG);
      }
    } else {
      if (a1 !== null) start = looseIndex(a1!);
      if (a2 !== null) {
        stop = looseIndex(a2!);
        if (stop === -1) raise('ValueError', STOP_MSG);
      }
    }
    if (start < 0 || stop < -1) {
      raise('ValueError', 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
    }
    if (a3 !== undefined && a3 !== null) step = looseIndex(a3);
    if (step < 1) raise('ValueError', 'Step for islice() must be a positive integer or None.');
    put(o, 0, iter(seq!));
    put(o, 1, start);
    put(o, 2, stop);
    put(o, 3, step);
    put(o, 4, 0);
  },
  next(o) {
    const it = slotOpt(o, 0);
    if (it === undefined) return STOP;
    const stop = slot(o, 2) as number;
    let cnt = slot(o, 4) as number;
    const nx = slot(o, 1) as number;
    const end = (): typeof STOP => { put(o, 0, undefined); return STOP; };
    while (cnt < nx) {
      if (next(it) === STOP) return end();
      cnt++;
      put(o, 4, cnt);
    }
    if (stop !== -1 && cnt >= stop) return end();
    const x = next(it);
    if (x === STOP) return end();
    put(o, 4, cnt + 1);
    let nn = nx + (slot(o, 3) as number);
    if (nn > MAXSIZE_NUM || (stop !== -1 && nn > stop)) nn = stop;
    put(o, 1, nn);
    return x;
  },
});
const isliceDef = ALL_TYPES[ALL_TYPES.length - 1]!;

// ---- pairwise: [iterator or empty, previous item or empty] ------------------------------------------------

itertoolType({
  name: 'pairwise', nslots: 2,
  sig: 'pairwise(iterable, /)',
  doc: 'Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), '
    + '(s2, s3), ...',
  init(o, [iterable]) {
    put(o, 0, iter(iterable!));
  },
  next(o) {
    const it = slotOpt(o, 0);
    if (it === undefined) return STOP;
    let old = slotOpt(o, 1);
    if (old === undefined) {
      const x = next(it);
      if (x === STOP) {
        put(o, 0, undefined);
        return STOP;
      }
      old = x;
      put(o, 1, old);
    }
    const nw = next(it);
    if (nw === STOP) {
      put(o, 0, undefined);
      put(o, 1, undefined);
      return STOP;
    }
    put(o, 1, nw);
    return newTuple([old, nw]);
  },
});

// ---- repeat: [element, count (-1 forever)] -----------------------------------------------------------------

itertoolType({
  name: 'repeat', nslots: 2,
  sig: 'repeat(object, times=<unrepresentable>)',
  doc: 'repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of '
    + 'times.  If not specified, returns the object\nendlessly.',
  init(o, [obj, times]) {
    let n = -1;
    if (typeof times !== 'symbol') n = Math.max(0, ssize(times!));
    put(o, 0, obj!);
    put(o, 1, n);
  },
  next(o) {
    const n = slot(o, 1) as number;
    if (n === 0) return STOP;
    if (n > 0) put(o, 1, n - 1);
    return slot(o, 0);
  },
  extra: {
    methods: {
      __length_hint__: {
        sig: '__length_hint__($self, /)', doc: 'Private method returning an estimate of len(list(it)).',
        fn: (v: Value): Value => {
          const n = slot(addr(v), 1) as number;
          if (n === -1) raise('TypeError', 'len() of unsized object');
          return n;
        },
      },
    },
    slots: {
      repr: (v) => {
        const o = addr(v);
        const name = typeName(I32[o >> 2]!);
        const n = slot(o, 1) as number;
        return n === -1 ? `${name}(${repr(slot(o, 0))})` : `${name}(${repr(slot(o, 0))}, ${n})`;
      },
    },
  },
});

// ---- starmap: [function, iterator] ------------------------------------------------------------------------

itertoolType({
  name: 'starmap', nslots: 2,
  sig: 'starmap(function, iterable, /)',
  doc: 'Return an iterator whose values are returned from the function evaluated with an argument tuple taken '
    + 'from the given sequence.',
  init(o, [func, iterable]) {
    put(o, 0, func!);
    put(o, 1, iter(iterable!));
  },
  next(o) {
    const args = next(slot(o, 1));
    if (args === STOP) return STOP;
    return call(slot(o, 0), isTuple(args) ? tupleItems(args.a) : toArray(args));
  },
});

// ---- zip_longest: [tuple of iterators (None once exhausted), active count, fillvalue] -------------------

itertoolType({
  name: 'zip_longest', nslots: 3,
  doc: 'Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from '
    + 'the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument '
    + 'sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the '
    + 'fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword '
    + 'argument.',
  init(o, _b, args, kwargs) {
    let fill: Value = null;
    if (kwargs.size > 0) {
      const f = kwargs.size === 1 ? kwargs.get('fillvalue') : undefined;
      if (f === undefined) raise('TypeError', 'zip_longest() got an unexpected keyword argument');
      fill = f;
    }
    put(o, 0, newTuple(args.map((x) => iter(x))));
    put(o, 1, args.length);
    put(o, 2, fill);
  },
  next(o) {
    const its = (slot(o, 0) as Ref).a;
    const n = tupleLen(its);
    if (n === 0) return STOP;
    let active = slot(o, 1) as number;
    if (active === 0) return STOP;
    const fill = slot(o, 2);
    const out: Value[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const it = tupleGet(its, i);
      if (it === null) {
        out[i] = fill;
        continue;
      }
      const x = next(it);
      if (x === STOP) {
        active--;
        put(o, 1, active);
        if (active === 0) return STOP;
        out[i] = fill;
        pinValue(new Ref(its));
        markDone(o, i);
      } else {
        out[i] = x;
      }
    }
    return newTuple(out);
  },
});

/** Replaces exhausted iterator i by None: a new tuple, since tuples are immutable. */
function markDone(o: number, i: number): void {
  const items = tupleItems((slot(o, 0) as Ref).a);
  items[i] = null;
  put(o, 0, newTuple(items));
}

defineModule({
  name: 'itertools',
  doc: 'Functional tools for creating and using iterators.',
  functions: { tee: teeFunction },
  init(dict) {
    for (const d of [...ALL_TYPES, grouperDef, dataDef]) dictSet(dict, d.name, new Ref(typeAddrOf(d)));
  },
});
