// frame.f_locals of a function frame: a FrameLocalsProxy (PEP 667), a mapping that reads and
// writes the frame's variables themselves while it runs. Keys that are not variables of the code
// ("extra locals") live in a dict kept in the frame object (FrameSlot.Locals); once the frame has
// exited, the proxy works on the locals the frame kept (vm/exc.ts snapshotLocals).
// CPython: Objects/frameobject.c (framelocalsproxy_*).

import { I32 } from '../heap/index.js';
import { allocObj } from '../objects/alloc.js';
import { FrameSlot, CodeSlot } from '../objects/layouts.js';
import { Ref, decode, encode, getSlot, setSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { raise, repr, iter, A_NOTIMPLEMENTED } from '../objects/protocol.js';
import { newDict, dictGet, dictSet, dictDel, dictItems, isDict } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { cellSet } from '../objects/cell.js';
import { codeEntry } from '../objects/code.js';
import { jsName } from '../compiler/emitter.js';
import { liveFrame, localsOfFrame } from './exc.js';
import type { Frame } from './state.js';

const frameOf = (p: Value): Ref => new Ref(getSlot((p as Ref).a, 0));

/** The dict of extra locals (live frame) or of the kept locals (exited frame). */
function store(f: Ref): number {
  let d = getSlot(f.a, FrameSlot.Locals);
  if (d === 0 || !isDict(decode(d)!)) {
    d = newDict();
    setSlot(f.a, FrameSlot.Locals, d);
  }
  return d;
}

/** The frame field of a variable of the running code, or undefined for any other key. */
function fieldOf(fr: Frame, key: Value): { field: string; cell: boolean } | undefined {
  if (typeof key !== 'string') return undefined;
  const code = (fr.code as Ref).a;
  if (codeEntry(code).varnames.includes(key)) {
    const cellOfParam = (tupleItems(getSlot(code, CodeSlot.Cellvars)) as string[]).includes(key);
    if (!cellOfParam) return { field: jsName('v_', key), cell: false };
  }
  for (const t of [CodeSlot.Cellvars, CodeSlot.Freevars]) {
    if ((tupleItems(getSlot(code, t)) as string[]).includes(key)) return { field: jsName('c_', key), cell: true };
  }
  return undefined;
}

/** All current items: the frame's bound variables, then the extra locals. */
function items(p: Value): Array<[Value, Value]> {
  const f = frameOf(p);
  const fr = liveFrame(f);
  const out: Array<[Value, Value]> = [];
  if (fr !== null) {
    const d = localsOfFrame(fr);
    if (d instanceof Ref) for (const [k, v] of dictItems(d.a)) out.push([k, v]);
  }
  const extra = getSlot(f.a, FrameSlot.Locals);
  if (extra !== 0 && isDict(decode(extra)!)) {
    for (const [k, v] of dictItems(extra)) if (!out.some(([x]) => x === k)) out.push([k, v]);
  }
  return out;
}

function getItem(p: Value, key: Value): Value | undefined {
  for (const [k, v] of items(p)) if (k === key) return v;
  const extra = getSlot(frameOf(p).a, FrameSlot.Locals);
  return extra !== 0 && isDict(decode(extra)!) ? dictGet(extra, key) : undefined;
}

function setItem(p: Value, key: Value, value: Value): void {
  const f = frameOf(p);
  const fr = liveFrame(f);
  const at = fr === null ? undefined : fieldOf(fr, key);
  if (fr !== null && at !== undefined) {
    if (at.cell) cellSet((fr[at.field] as Ref).a, value);
    else fr[at.field] = value;
    return;
  }
  dictSet(store(f), key, value);
}

function delItem(p: Value, key: Value): void {
  const f = frameOf(p);
  const fr = liveFrame(f);
  if (fr !== null && fieldOf(fr, key) !== undefined) raise('ValueError', 'cannot remove local variables from FrameLocalsProxy');
  if (!dictDel(store(f), key)) raise('KeyError', repr(key));
}

function asDict(p: Value): number {
  const d = newDict();
  for (const [k, v] of items(p)) dictSet(d, k, v);
  return d;
}

export const frameLocalsProxyType = defineBuiltinType({
  name: 'FrameLocalsProxy',
  instanceSlots: 1,
  methods: {
    keys: { sig: 'keys($self, /)', fn: ((p: Value) => newList(items(p).map(([k]) => k))) as never },
    values: { sig: 'values($self, /)', fn: ((p: Value) => newList(items(p).map(([, v]) => v))) as never },
    items: { sig: 'items($self, /)', fn: ((p: Value) => newList(items(p).map(([k, v]) => newTuple([k, v])))) as never },
    get: {
      sig: 'get($self, key, default=None, /)',
      fn: ((p: Value, k: Value, d: Value) => getItem(p, k) ?? d) as never,
    },
    setdefault: {
      sig: 'setdefault($self, key, default=None, /)',
      fn: ((p: Value, k: Value, d: Value) => {
        const v = getItem(p, k);
        if (v !== undefined) return v;
        setItem(p, k, d);
        return d;
      }) as never,
    },
    pop: {
      sig: 'pop($self, key, default=<unrepresentable>, /)',
      fn: ((p: Value, k: Value, d: Value) => {
        const v = getItem(p, k);
        if (v === undefined) {
          if (typeof d === 'symbol') raise('KeyError', repr(k));
          return d;
        }
        delItem(p, k);
        return v;
      }) as never,
    },
    update: {
      sig: 'update($self, other, /)',
      fn: ((p: Value, o: Value) => {
        if (!isDict(o) && !(o instanceof Ref && I_AM(o))) {
          raise('TypeError', 'update() argument must be dict or another FrameLocalsProxy');
        }
        const src = isDict(o) ? dictItems((o as Ref).a) : items(o);
        for (const [k, v] of src) setItem(p, k, v);
        return null;
      }) as never,
    },
    copy: { sig: 'copy($self, /)', fn: ((p: Value) => new Ref(asDict(p))) as never },
    __or__: {
      sig: '__or__($self, value, /)',
      fn: ((p: Value, o: Value) => {
        if (!isDict(o) && !(o instanceof Ref && I_AM(o))) return A_NOTIMPLEMENTED;
        const d = asDict(p);
        for (const [k, v] of isDict(o) ? dictItems((o as Ref).a) : items(o)) dictSet(d, k, v);
        return new Ref(d);
      }) as never,
    },
  },
  slots: {
    getitem: (p, k) => {
      const v = getItem(p, k);
      if (v === undefined) raise('KeyError', `local variable '${repr(k)}' is not defined`);
      return v;
    },
    setitem: (p, k, v) => setItem(p, k, v),
    delitem: (p, k) => delItem(p, k),
    contains: (p, k) => getItem(p, k) !== undefined,
    len: (p) => items(p).length,
    iter: (p) => iter(newList(items(p).map(([k]) => k))),
    repr: (p) => repr(new Ref(asDict(p))),
  },
});

function I_AM(v: Ref): boolean {
  return I32[v.a >> 2] === TYPE_ADDR[frameLocalsProxyType.index];
}

/** frame.f_locals: the namespace of a module or class frame, a proxy for a function frame. */
export function frameLocalsProxy(f: Ref): Value {
  const fr = liveFrame(f);
  if (fr !== null && fr.ns instanceof Ref) return fr.ns;
  if (fr === null && getSlot(f.a, FrameSlot.Locals) === 0) return new Ref(store(f));
  const p = allocObj(TYPE_ADDR[frameLocalsProxyType.index]!, 1, 0);
  setSlot(p, 0, encode(f));
  return new Ref(p);
}

