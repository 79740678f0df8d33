// Reading a dict's entries by position, for dict iterators, views and repr: the entry table's layout
// (objects/dict.ts: slots hold keys and values interleaved, raw word 1 counts entry positions used)
// read from one table snapshot, so a key and its value always come from the same table even while
// another thread resizes the dict.

import { I32 } from '../heap/index.js';
import { DictSlot } from './layouts.js';
import { decode, rawBase, type Value } from './value.js';

const W_NENTRIES = 1;

/** The dict's current entry table. */
export function dictTableOf(d: number): number {
  return I32[(d >> 2) + 2 + DictSlot.Table]!;
}

/** Number of entry positions (live or deleted) in table `t`. */
export function tableEntryCount(t: number): number {
  return I32[(rawBase(t) >> 2) + W_NENTRIES]!;
}

/** Tagged key of entry e (0 for a deleted entry). */
export function tableKey(t: number, e: number): number {
  return I32[(t >> 2) + 2 + 2 * e]!;
}

/** Tagged value of entry e (0 for a deleted entry). */
export function tableValue(t: number, e: number): number {
  return I32[(t >> 2) + 2 + 2 * e + 1]!;
}

/**
 * The first live entry at or after position `from` (or at or before it when `backward`), as
 * [position, key, value], or null when there is none.
 */
export function nextEntry(d: number, from: number, backward: boolean): [number, Value, Value] | null {
  const t = dictTableOf(d);
  const n = tableEntryCount(t);
  if (backward) {
    for (let e = Math.min(from, n - 1); e >= 0; e--) {
      const k = tableKey(t, e);
      const v = tableValue(t, e);
      if (k !== 0 && v !== 0) return [e, decode(k)!, decode(v)!];
    }
    return null;
  }
  for (let e = from; e < n; e++) {
    const k = tableKey(t, e);
    const v = tableValue(t, e);
    if (k !== 0 && v !== 0) return [e, decode(k)!, decode(v)!];
  }
  return null;
}
