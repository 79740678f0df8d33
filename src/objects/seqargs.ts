// Argument conversions shared by the str, bytes, bytearray and memoryview methods: the optional
// start/end of find/count/startswith (_PyEval_SliceIndex with None, ADJUST_INDICES) and
// Py_ssize_t arguments. CPython: Python/ceval.c, Objects/stringlib/find.h.

import type { Value } from './value.js';
import { raise } from './protocol.js';
import { hasIndex, asSsize, asSsizeStrict } from './coll_ops.js';

/** A start/end argument: None or absent -> dflt; clamped to the ssize range (_PyEval_SliceIndex). */
export function sliceIndex(v: Value | undefined | symbol, dflt: number): number {
  if (v === undefined || v === null || typeof v === 'symbol') return dflt;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (!hasIndex(v)) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return asSsize(v, null);
}

/** ADJUST_INDICES: clips start/end (possibly negative) to [0, len]. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

/** A Py_ssize_t argument (Argument Clinic): TypeError for non-ints, OverflowError beyond 64 bits. */
export function ssizeArg(v: Value): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return asSsizeStrict(v);
}
