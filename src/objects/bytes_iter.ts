// bytes_iterator and bytearray_iterator: one definition for both (CPython: Objects/bytesobject.c
// striter_*, Objects/bytearrayobject.c bytearrayiter_*). Slots [sequence, index]; the sequence slot
// is cleared once exhausted, as CPython drops it_seq.

import { U8 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { Ref, STOP, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { newTuple } from './tuple.js';
import { asSsizeStrict, getBuiltin, iteratorMethods } from './coll_ops.js';

/** How an iterator reads its sequence: current length and the heap address of byte 0. */
interface ByteSeq {
  len: (seq: number) => number;
  addr: (seq: number) => number;
  /** bytes' __setstate__ clamps the index to the length; bytearray's does not (it may grow). */
  clampToLen: boolean;
}

/** Defines the iterator type `name`; returns the function that makes one over sequence `seq`. */
export function defineByteIterator(name: string, s: ByteSeq): (seq: number) => Value {
  const next = (it: Value): Value | typeof STOP => {
    const o = (it as Ref).a;
    const b = getSlot(o, 0);
    if (b === 0) return STOP;
    const i = getSlot(o, 1) >> 1;
    if (i >= s.len(b)) {
      setSlot(o, 0, 0);
      return STOP;
    }
    setSlot(o, 1, tagInt(i + 1));
    return U8[s.addr(b) + i]!;
  };
  const decl = defineBuiltinType({
    name,
    instanceSlots: 2,
    methods: {
      ...iteratorMethods(next),
      __length_hint__: {
        sig: '__length_hint__($self, /)', kind: 'method',
        fn: (v: Value): Value => {
          const o = (v as Ref).a;
          const b = getSlot(o, 0);
          return b === 0 ? 0 : Math.max(s.len(b) - (getSlot(o, 1) >> 1), 0);
        },
      },
      __reduce__: {
        sig: '__reduce__($self, /)', kind: 'method',
        fn: (v: Value): Value => {
          const o = (v as Ref).a;
          const b = getSlot(o, 0);
          const iter = getBuiltin('iter');
          if (b === 0) return newTuple([iter, newTuple([newTuple([])])]);
          return newTuple([iter, newTuple([new Ref(b)]), getSlot(o, 1) >> 1]);
        },
      },
      __setstate__: {
        sig: '__setstate__($self, state, /)', kind: 'method',
        fn: (v: Value, state: Value): Value => {
          const o = (v as Ref).a;
          const b = getSlot(o, 0);
          let n = asSsizeStrict(state);
          if (b !== 0) {
            if (n < 0) n = 0;
            else if (s.clampToLen && n > s.len(b)) n = s.len(b);
            setSlot(o, 1, tagInt(n));
          }
          return null;
        },
      },
    },
    slots: { iter: (v) => v, next },
  });
  return (seq) => {
    const o = allocObj(TYPE_ADDR[decl.index]!, 2, 0);
    setSlot(o, 0, seq);
    setSlot(o, 1, tagInt(0));
    return new Ref(o);
  };
}
