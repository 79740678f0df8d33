// Cells: the boxes closures share variables through. CPython: Objects/cellobject.c.

import { I32 } from '../heap/index.js';
import { allocObj as alloc } from './alloc.js';
import { CellSlot } from './layouts.js';
import { Ref, decode, encode, addrHex, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { typeNameOf, raise } from './protocol.js';

export const cellType = defineBuiltinType({
  name: 'cell',
  instanceSlots: CellSlot.Count,
  getsets: {
    cell_contents: {
      get: ((c: Value) => {
        const v = cellGet((c as Ref).a);
        if (v === undefined) raise('ValueError', 'Cell is empty');
        return v;
      }) as never,
      set: ((c: Value, v: Value | undefined) => {
        cellSet((c as Ref).a, v);
        return null;
      }) as never,
    },
  },
  slots: {
    repr: (c) => {
      const a = (c as Ref).a;
      const v = cellGet(a);
      if (v === undefined) return `<cell at ${addrHex(a)}: empty>`;
      return `<cell at ${addrHex(a)}: ${typeNameOf(v)} object at ${addrHex(v instanceof Ref ? v.a : 0)}>`;
    },
  },
});

export function newCell(v: Value | undefined): number {
  const c = alloc(TYPE_ADDR[cellType.index]!, CellSlot.Count, 0);
  if (v !== undefined) I32[(c >> 2) + 2 + CellSlot.Value] = encode(v);
  return c;
}

// A cell's single slot is read and written with plain accesses: an int32 store is atomic, and
// a boxed value is fully initialised before its address is published (heap contract).
export function cellGet(c: number): Value | undefined {
  return decode(I32[(c >> 2) + 2 + CellSlot.Value]!);
}

export function cellSet(c: number, v: Value | undefined): void {
  I32[(c >> 2) + 2 + CellSlot.Value] = v === undefined ? 0 : encode(v);
}
