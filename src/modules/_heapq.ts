// The _heapq module: binary min-heaps (and 3.14's public max-heap variants) kept in a list, as
// CPython's Modules/_heapqmodule.c (siftdown/siftup, heappop, heapreplace, heappushpop, heapify).
// Items move by swaps inside the list so every item stays reachable while comparisons run Python.

import { type Value } from '../objects/value.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { richCompareBool, Cmp } from '../objects/coll_ops.js';
import { isList, listLen, listGet, listSetIndex, listAppend, listPop } from '../objects/list.js';
import { pinValue } from '../objects/alloc.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

/** Argument Clinic's check names the position only when the function takes more than one. */
function heapList(name: string, h: Value, single = false): number {
  if (!isList(h)) raise('TypeError', `${name}() argument${single ? '' : ' 1'} must be list, not ${typeNameOf(h)}`);
  return h.a;
}

function at(a: number, i: number): Value {
  const v = listGet(a, i);
  if (v === undefined) raise('IndexError', 'list index out of range');
  return v;
}

/** a < b for a min-heap, b < a for a max-heap; a list resized by the comparison is an error. */
function before(a: number, x: Value, y: Value, max: boolean, size: number): boolean {
  const r = max ? richCompareBool(y, x, Cmp.LT) : richCompareBool(x, y, Cmp.LT);
  if (listLen(a) !== size) raise('RuntimeError', 'list changed size during iteration');
  return r;
}

function swap(a: number, i: number, j: number): void {
  const x = at(a, i), y = at(a, j);
  listSetIndex(a, i, y);
  listSetIndex(a, j, x);
}

/** Moves the item at pos up towards startpos while it sorts before its parent. */
function siftdown(a: number, startpos: number, pos: number, max: boolean): void {
  const size = listLen(a);
  if (pos >= size) raise('IndexError', 'list index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    if (!before(a, at(a, pos), at(a, parentpos), max, size)) break;
    swap(a, pos, parentpos);
    pos = parentpos;
  }
}

/** Moves the item at pos down to a leaf along the smaller children, then back up (siftdown). */
function siftup(a: number, pos: number, max: boolean): void {
  const endpos = listLen(a);
  const startpos = pos;
  if (pos >= endpos) raise('IndexError', 'list index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos && !before(a, at(a, childpos), at(a, childpos + 1), max, endpos)) childpos++;
    swap(a, pos, childpos);
    pos = childpos;
  }
  siftdown(a, startpos, pos, max);
}

function push(name: string, h: Value, item: Value, max: boolean): Value {
  const a = heapList(name, h);
  listAppend(a, item);
  siftdown(a, 0, listLen(a) - 1, max);
  return null;
}

function pop(name: string, h: Value, max: boolean): Value {
  const a = heapList(name, h, true);
  if (listLen(a) === 0) raise('IndexError', 'index out of range');
  const last = listPop(h, -1);
  if (listLen(a) === 0) return last;
  const ret = at(a, 0);
  pinValue(ret); pinValue(last);
  listSetIndex(a, 0, last);
  siftup(a, 0, max);
  return ret;
}

/** Puts `item` at the root and sifts it down; returns the old root (heapreplace's core). */
function swapRoot(a: number, item: Value, max: boolean): Value {
  if (listLen(a) === 0) raise('IndexError', 'index out of range');
  const ret = at(a, 0);
  pinValue(ret);
  listSetIndex(a, 0, item);
  siftup(a, 0, max);
  return ret;
}

function replace(name: string, h: Value, item: Value, max: boolean): Value {
  return swapRoot(heapList(name, h), item, max);
}

function pushpop(name: string, h: Value, item: Value, max: boolean): Value {
  const a = heapList(name, h);
  if (listLen(a) === 0) return item;
  const top = at(a, 0);
  const moves = max ? richCompareBool(item, top, Cmp.LT) : richCompareBool(top, item, Cmp.LT);
  // The comparison may have emptied the list: swapRoot reports it as heappushpop does.
  return moves ? swapRoot(a, item, max) : item;
}

function heapify(name: string, h: Value, max: boolean): Value {
  const a = heapList(name, h, true);
  for (let i = (listLen(a) >> 1) - 1; i >= 0; i--) siftup(a, i, max);
  return null;
}

const both = (max: boolean, s: string) => ({
  [`heappush${s}`]: { sig: `heappush${s}($module, heap, item, /)`, fn: fn((h: Value, x: Value) => push(`heappush${s}`, h, x, max)) },
  [`heappop${s}`]: { sig: `heappop${s}($module, heap, /)`, fn: fn((h: Value) => pop(`heappop${s}`, h, max)) },
  [`heapreplace${s}`]: { sig: `heapreplace${s}($module, heap, item, /)`, fn: fn((h: Value, x: Value) => replace(`heapreplace${s}`, h, x, max)) },
  [`heappushpop${s}`]: { sig: `heappushpop${s}($module, heap, item, /)`, fn: fn((h: Value, x: Value) => pushpop(`heappushpop${s}`, h, x, max)) },
  [`heapify${s}`]: { sig: `heapify${s}($module, heap, /)`, fn: fn((h: Value) => heapify(`heapify${s}`, h, max)) },
});

defineModule({
  name: '_heapq',
  doc: 'Heap queue algorithm (a.k.a. priority queue): lists kept so that a[k] <= a[2*k+1] and a[k] <= a[2*k+2].',
  functions: { ...both(false, ''), ...both(true, '_max') },
});
