// The _bisect module: bisect_left/right and insort_left/right over any sequence, with key= and
// the lo/hi checks of CPython's Modules/_bisectmodule.c (internal_bisect_right/left, insort).

import { type Value } from '../objects/value.js';
import { raise, call, len, getitem, typeNameOf } from '../objects/protocol.js';
import { richCompareBool, Cmp, asSsizeStrict, asSsize } from '../objects/coll_ops.js';
import { callMethod } from '../vm/call.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function isIndexLike(v: Value): boolean {
  return typeof v === 'number' ? Number.isInteger(v) : typeof v === 'bigint' || typeof v === 'boolean';
}

/** _Py_convert_optional_to_ssize_t: None means "the length"; other values must have __index__. */
function hiArg(a: Value, hi: Value): number {
  if (hi === null) return len(a);
  // Plain non-index values get the converter's message; objects go through __index__.
  if (!isIndexLike(hi) && typeof hi !== 'object') raise('TypeError', `argument should be integer or None, not '${typeNameOf(hi)}'`);
  return asSsize(hi, null);
}

/** The insertion point of x in a[lo:hi]; `right` puts it after equal items (bisect_right). */
function bisect(a: Value, x: Value, loV: Value, hiV: Value, key: Value, right: boolean): number {
  let lo = asSsizeStrict(loV);
  if (lo < 0) raise('ValueError', 'lo must be non-negative');
  let hi = hiArg(a, hiV);
  while (lo < hi) {
    // Unsigned average as CPython, so lo + hi cannot overflow.
    const mid = Math.floor((lo + hi) / 2);
    let item = getitem(a, mid);
    if (key !== null) item = call(key, [item]);
    // right: x < item goes left; left: item < x goes right.
    const goLeft = right ? richCompareBool(x, item, Cmp.LT) : !richCompareBool(item, x, Cmp.LT);
    if (goLeft) hi = mid; else lo = mid + 1;
  }
  return lo;
}

function insort(a: Value, x: Value, lo: Value, hi: Value, key: Value, right: boolean): Value {
  const i = bisect(a, key === null ? x : call(key, [x]), lo, hi, key, right);
  // CPython calls PyList_Insert for exact lists; list.insert is the same operation here.
  callMethod(a, 'insert', [i, x]);
  return null;
}

defineModule({
  name: '_bisect',
  doc: 'Bisection algorithms for keeping a list sorted as items are inserted.',
  functions: {
    bisect_right: { sig: 'bisect_right($module, /, a, x, lo=0, hi=None, *, key=None)',
      fn: fn((a: Value, x: Value, lo: Value, hi: Value, key: Value) => bisect(a, x, lo, hi, key, true)) },
    bisect_left: { sig: 'bisect_left($module, /, a, x, lo=0, hi=None, *, key=None)',
      fn: fn((a: Value, x: Value, lo: Value, hi: Value, key: Value) => bisect(a, x, lo, hi, key, false)) },
    insort_right: { sig: 'insort_right($module, /, a, x, lo=0, hi=None, *, key=None)',
      fn: fn((a: Value, x: Value, lo: Value, hi: Value, key: Value) => insort(a, x, lo, hi, key, true)) },
    insort_left: { sig: 'insort_left($module, /, a, x, lo=0, hi=None, *, key=None)',
      fn: fn((a: Value, x: Value, lo: Value, hi: Value, key: Value) => insort(a, x, lo, hi, key, false)) },
  },
});
