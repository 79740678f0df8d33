// The str iterators: str_ascii_iterator for ASCII strings and str_iterator for the others, as
// CPython names them. Slots: the heap str (0 once exhausted) and the UTF-16 offset of the next
// code point. CPython: Objects/unicodeobject.c (unicodeiter_*, unicode_ascii_iter_*).

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { Ref, STOP, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { strToHeap, strFromHeap } from './str.js';
import { newTuple } from './tuple.js';
import { getBuiltin, asSsizeStrict } from './coll_ops.js';
import { cpLength, cpIndex, unitOffset, isHigh, isLow } from './str_cp.js';
import { iteratorMethods } from './coll_ops.js';

const enum IS { Str, Offset, Count }

let T_ASCII_ITER = 0;
let T_STR_ITER = 0;
onTypesReady(() => {
  T_ASCII_ITER = builtinTypeAddr('str_ascii_iterator');
  T_STR_ITER = builtinTypeAddr('str_iterator');
});

const ASCII = /^[\x00-\x7f]*$/;

export function makeStrIter(s: string): Value {
  const o = allocObj(ASCII.test(s) ? T_ASCII_ITER : T_STR_ITER, IS.Count, 0);
  setSlot(o, IS.Str, strToHeap(s));
  setSlot(o, IS.Offset, tagInt(0));
  return new Ref(o);
}

function a(v: Value): number {
  return (v as Ref).a;
}

function next(v: Value): Value | typeof STOP {
  const o = a(v);
  const hs = getSlot(o, IS.Str);
  if (hs === 0) return STOP;
  const s = strFromHeap(hs);
  const i = getSlot(o, IS.Offset) >> 1;
  if (i >= s.length) {
    setSlot(o, IS.Str, 0);
    return STOP;
  }
  const w = isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  I32[(o >> 2) + 2 + IS.Offset] = tagInt(i + w);
  return w === 1 ? s[i]! : s.slice(i, i + 2);
}

function lengthHint(v: Value): Value {
  const o = a(v);
  const hs = getSlot(o, IS.Str);
  if (hs === 0) return 0;
  const s = strFromHeap(hs);
  const i = getSlot(o, IS.Offset) >> 1;
  return i >= s.length ? 0 : cpLength(s.slice(i));
}

function reduce(v: Value): Value {
  const o = a(v);
  const hs = getSlot(o, IS.Str);
  const iter = getBuiltin('iter');
  if (hs === 0) return newTuple([iter, newTuple([''])]);
  const s = strFromHeap(hs);
  return newTuple([iter, newTuple([s]), cpIndex(s, Math.min(getSlot(o, IS.Offset) >> 1, s.length))]);
}

function setstate(v: Value, state: Value): Value {
  const o = a(v);
  const hs = getSlot(o, IS.Str);
  let n = asSsizeStrict(state);
  if (hs !== 0) {
    const s = strFromHeap(hs);
    const len = cpLength(s);
    if (n < 0) n = 0;
    else if (n > len) n = len;
    setSlot(o, IS.Offset, tagInt(unitOffset(s, n)));
  }
  return null;
}

for (const name of ['str_ascii_iterator', 'str_iterator']) {
  defineBuiltinType({
    name,
    instanceSlots: IS.Count,
    methods: {
      ...iteratorMethods(next),
      __length_hint__: { sig: '__length_hint__($self, /)', kind: 'method', fn: lengthHint },
      __reduce__: { sig: '__reduce__($self, /)', kind: 'method', fn: reduce },
      __setstate__: { sig: '__setstate__($self, state, /)', kind: 'method', fn: setstate },
    },
    slots: { iter: (v) => v, next },
  });
}
