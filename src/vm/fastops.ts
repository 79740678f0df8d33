// Fast paths that generated code takes for the commonest exact builtin types before the generic
// protocol (objects/protocol.ts): subscripts of list, tuple and dict, and the next item of the
// range, list and tuple iterators. Each falls back to the generic path for anything else,
// including every error case, so messages stay in one place. CPython does the same with its
// specialised instructions (BINARY_OP_SUBSCR_LIST_INT, STORE_SUBSCR_DICT, FOR_ITER_RANGE,
// FOR_ITER_LIST in Python/bytecodes.c).

import { I32 } from '../heap/index.js';
import { Ref, STOP, decode, type Value } from '../objects/value.js';
import { getitem as protoGetitem, setitem as protoSetitem, next as protoNext } from '../objects/protocol.js';
import { T_LIST, listGetTagged, listLen, listSetIndex } from '../objects/list.js';
import { T_TUPLE, tupleLen } from '../objects/tuple.js';
import { T_DICT, dictGet, dictSet } from '../objects/dict.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { listIterNext, tupleIterNext } from '../objects/iterators.js';
import { rangeIterNext } from '../objects/range.js';
import { pinAddr } from '../objects/alloc.js';

let T_RANGEITER = 0;
let T_LISTITER = 0;
let T_TUPLEITER = 0;

/** Called once the builtin types exist. */
export function initFastOps(): void {
  T_RANGEITER = builtinTypeAddr('range_iterator');
  T_LISTITER = builtinTypeAddr('list_iterator');
  T_TUPLEITER = builtinTypeAddr('tuple_iterator');
}

/** An int index as a JS number that fits in an int32, else NaN (then the generic path decides). */
function smallIndex(k: Value): number {
  return typeof k === 'number' && (k | 0) === k ? k : NaN;
}

/** o[k] */
export function getitem(o: Value, k: Value): Value {
  if (o instanceof Ref) {
    const a = o.a;
    const t = I32[a >> 2]!;
    if (t === T_LIST) {
      let i = smallIndex(k);
      if (i < 0) i += listLen(a);
      // Lock-free read, as list.ts allows: 0 means out of range (the generic path raises).
      const v = i >= 0 ? listGetTagged(a, i) : 0;
      if (v !== 0) return decode(v)!;
    } else if (t === T_TUPLE) {
      let i = smallIndex(k);
      const n = tupleLen(a);
      if (i < 0) i += n;
      // Tuples are immutable: the slot is read directly.
      if (i >= 0 && i < n) return decode(I32[(a >> 2) + 2 + i]!)!;
    } else if (t === T_DICT) {
      const v = dictGet(a, k);
      if (v !== undefined) return v;
    }
  }
  return protoGetitem(o, k);
}

/** o[k] = v */
export function setitem(o: Value, k: Value, v: Value): void {
  if (o instanceof Ref) {
    const a = o.a;
    const t = I32[a >> 2]!;
    if (t === T_LIST) {
      const i = smallIndex(k);
      if (i === i && listSetIndex(a, i, v)) return;
    } else if (t === T_DICT) {
      dictSet(a, k, v);
      return;
    }
  }
  protoSetitem(o, k, v);
}

/** The next item of an iterator, or STOP. */
export function next(it: Value): Value | typeof STOP {
  if (it instanceof Ref) {
    const t = I32[it.a >> 2]!;
    if (t === T_RANGEITER) return rangeIterNext(it);
    if (t === T_LISTITER || t === T_TUPLEITER) {
      const r = t === T_LISTITER ? listIterNext(it) : tupleIterNext(it);
      // As protocol.next: the item may lose its last other reference (another thread may remove it).
      if (r instanceof Ref) pinAddr(r.a);
      return r;
    }
  }
  return protoNext(it);
}
