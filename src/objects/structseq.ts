// Struct sequences: tuple subclasses with named fields (sys.version_info, sys.flags,
// os.stat_result, time.struct_time). Fields past n_sequence_fields are attributes only; they are
// stored in the instance's own slots, before the tuple items (tuple.ts tupleOffset).
// CPython: Objects/structseq.c.

import { Ref, decode, encode, getSlot, setSlot, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR, type BuiltinTypeDef } from './registry.js';
import { allocObj } from './alloc.js';
import { raise, repr, toArray } from './protocol.js';
import { newTuple, tupleItems, tupleGet } from './tuple.js';
import { newDict } from './dict.js';

export interface StructSeqDecl {
  /** Module and name: 'sys' + 'version_info' make the type 'sys.version_info'. */
  module: string;
  name: string;
  /** All field names; the first `visible` (less the unnamed ones) are the tuple items. */
  fields: string[];
  visible?: number;
  /** Tuple items without a name, the last of the visible ones (os.stat_result's integer times). */
  unnamed?: number;
  /** Completes the values Python code passed to the constructor (hidden ones are None when not given). */
  onNew?: (values: Value[]) => void;
  /** Whether Python code may construct instances from a sequence (time.struct_time can). */
  constructible?: boolean;
  doc?: string;
}

export interface StructSeq {
  def: BuiltinTypeDef;
  /** A new instance from all field values (hidden ones may be omitted: None). */
  make(values: Value[]): Ref;
}

export function defineStructSeq(d: StructSeqDecl): StructSeq {
  const visible = d.visible ?? d.fields.length;
  const unnamed = d.unnamed ?? 0;
  const named = visible - unnamed;
  const hidden = d.fields.length - named;
  const nFields = visible + hidden;
  const full = `${d.module}.${d.name}`;
  const typeAddr = (): number => TYPE_ADDR[def.index]!;
  const field = (i: number) => ((self: Value) => {
    const a = (self as Ref).a;
    return i < named ? tupleGet(a, i) : decode(getSlot(a, i - named)) ?? null;
  }) as never;
  const getsets: Record<string, { get: never }> = {};
  d.fields.forEach((f, i) => { getsets[f] = { get: field(i) }; });
  const make = (values: Value[], type = typeAddr()): Ref => {
    const a = allocObj(type, hidden + visible, 0);
    for (let i = 0; i < visible; i++) setSlot(a, hidden + i, encode(values[i] ?? null));
    for (let i = 0; i < hidden; i++) setSlot(a, i, encode(values[visible + i] ?? null));
    return new Ref(a);
  };
  const def = defineBuiltinType({
    name: d.name,
    module: d.module,
    base: 'tuple',
    instanceSlots: hidden,
    doc: d.doc ?? null,
    methods: {
      __new__: {
        sig: '__new__(type, /, sequence, dict={})', kind: 'staticmethod',
        fn: ((cls: Value, seq: Value, dict: Value) => {
          void dict;
          if (!d.constructible) raise('TypeError', `cannot create '${full}' instances`);
          const items = toArray(seq);
          if (items.length < visible) {
            raise('TypeError', `${full}() takes an at least ${visible}-sequence (${items.length}-sequence given)`);
          }
          if (items.length > nFields) {
            raise('TypeError', `${full}() takes an at most ${nFields}-sequence (${items.length}-sequence given)`);
          }
          while (items.length < nFields) items.push(null);
          d.onNew?.(items);
          return make(items, (cls as Ref).a);
        }) as never,
      },
      __reduce__: {
        sig: '__reduce__($self, /)',
        fn: ((self: Value) => newTuple([new Ref(typeAddr()), newTuple([newTuple(tupleItems((self as Ref).a)), new Ref(newDict())])])) as never,
      },
    },
    getsets,
    attrs: {
      n_sequence_fields: () => visible,
      n_fields: () => nFields,
      n_unnamed_fields: () => unnamed,
    },
    // __repr__ is derived from the repr slot (registry.ts slot wrappers).
    slots: {
      repr: (self) => {
        const items = tupleItems((self as Ref).a);
        return `${full}(${items.map((v, i) => `${d.fields[i]}=${repr(v)}`).join(', ')})`;
      },
    },
  });
  return { def, make: (values) => make(values) };
}
