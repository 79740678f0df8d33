// collections.deque: a ring buffer in a separate storage object (internal list_storage, one slot
// per allocated item). Every operation on the deque's items holds its lock (a word in its raw
// bytes) and never runs Python code while holding it, so each operation is atomic; methods that
// compare items (count, index, remove, __contains__) read one item at a time and raise "deque
// mutated during iteration" when the state counter moved, as CPython does.
// CPython: Modules/_collectionsmodule.c (deque_*, dequeiter_*).

import { I32, enterCritical, exitCritical } from '../heap/index.js';
import { allocObj, pinValue } from './alloc.js';
import { TypeFlag } from './layouts.js';
import { Ref, STOP, decode, encode, getSlot, setSlot, tagInt, rawBase, nslots, type Value } from './value.js';
import { defineBuiltinType, builtinTypeAddr, TYPE_ADDR } from './registry.js';
import { onTypesReady } from './bootstrap.js';
import { typeName } from './typeobject.js';
import { raise, repr, iter, next, call, typeNameOf, callSpecial } from './protocol.js';
import {
  Cmp, notImplemented, richCompareBool, asSsize, asSsizeStrict, hasIndex, checkNewType, instanceSlotsOf, isInstance,
  reprEnter, reprLeave, genericAlias, isTypeObject,
} from './coll_ops.js';
import { newTuple } from './tuple.js';
import { newList } from './list.js';
import { MISSING } from './native.js';
import { iteratorMethods } from './coll_ops.js';

let T_DEQUE = 0;
let T_STORAGE = 0;
let T_ITER = 0;
let T_REVITER = 0;
onTypesReady(() => {
  T_DEQUE = builtinTypeAddr('deque');
  T_STORAGE = builtinTypeAddr('list_storage');
  T_ITER = builtinTypeAddr('_deque_iterator');
  T_REVITER = builtinTypeAddr('_deque_reverse_iterator');
});

/** Slots: storage, head (ring index of the leftmost item), size, maxlen (-1 none), state, leftindex. */
const enum D { Store, Head, Size, Maxlen, State, Left, Count }
/** CPython's block geometry, kept only so that __sizeof__ reports what CPython reports. */
const BLOCKLEN = 64;
const CENTER = 31;
const BLOCK_BYTES = 16 + BLOCKLEN * 8;
const DEQUE_BYTES = 232;

const w = (a: number): number => (a >> 2) + 2;
const geti = (a: number, s: D): number => I32[w(a) + s]! >> 1;
const seti = (a: number, s: D, n: number): void => { I32[w(a) + s] = tagInt(n); };
const lockOff = (a: number): number => rawBase(a) - a;
const cap = (st: number): number => (st === 0 ? 0 : nslots(st));

export function dequeLen(a: number): number {
  return geti(a, D.Size);
}

function withLock<T>(a: number, f: () => T): T {
  enterCritical(a, lockOff(a));
  try {
    return f();
  } finally {
    exitCritical(a, lockOff(a));
  }
}

function bump(a: number): void {
  seti(a, D.State, (geti(a, D.State) + 1) & 0x3fffffff);
}

/** Ring slot of logical position i (lock held). */
function at(a: number, i: number): number {
  const st = I32[w(a) + D.Store]!;
  return (st >> 2) + 2 + ((geti(a, D.Head) + i) % cap(st));
}

function getTagged(a: number, i: number): number {
  return I32[at(a, i)]!;
}

/** With the lock held: room for one more item. */
function grow(a: number): void {
  const st = I32[w(a) + D.Store]!;
  const n = geti(a, D.Size);
  if (n < cap(st)) return;
  const fresh = allocObj(T_STORAGE, Math.max(8, cap(st) * 2), 0);
  for (let i = 0; i < n; i++) I32[(fresh >> 2) + 2 + i] = getTagged(a, i);
  I32[w(a) + D.Store] = fresh;
  seti(a, D.Head, 0);
}

function popRightLocked(a: number): number {
  const n = geti(a, D.Size);
  const p = at(a, n - 1);
  const t = I32[p]!;
  I32[p] = 0;
  seti(a, D.Size, n - 1);
  bump(a);
  if (n === 1) seti(a, D.Left, CENTER + 1);
  return t;
}

function popLeftLocked(a: number): number {
  const n = geti(a, D.Size);
  const p = at(a, 0);
  const t = I32[p]!;
  I32[p] = 0;
  seti(a, D.Head, (geti(a, D.Head) + 1) % cap(I32[w(a) + D.Store]!));
  seti(a, D.Size, n - 1);
  seti(a, D.Left, n === 1 ? CENTER + 1 : (geti(a, D.Left) + 1) % BLOCKLEN);
  bump(a);
  return t;
}

function appendLocked(a: number, t: number): void {
  const maxlen = geti(a, D.Maxlen);
  if (maxlen === 0) return;
  grow(a);
  const n = geti(a, D.Size);
  seti(a, D.Size, n + 1);
  I32[at(a, n)] = t;
  if (maxlen >= 0 && n + 1 > maxlen) popLeftLocked(a);
  else bump(a);
}

function appendLeftLocked(a: number, t: number): void {
  const maxlen = geti(a, D.Maxlen);
  if (maxlen === 0) return;
  grow(a);
  const c = cap(I32[w(a) + D.Store]!);
  const n = geti(a, D.Size);
  seti(a, D.Head, (geti(a, D.Head) + c - 1) % c);
  seti(a, D.Size, n + 1);
  seti(a, D.Left, (geti(a, D.Left) + BLOCKLEN - 1) % BLOCKLEN);
  I32[at(a, 0)] = t;
  if (maxlen >= 0 && n + 1 > maxlen) popRightLocked(a);
  else bump(a);
}

/** The items' tagged values now. */
export function dequeTagged(a: number): number[] {
  return withLock(a, () => {
    const n = geti(a, D.Size);
    const out: number[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = getTagged(a, i);
    return out;
  });
}

function setContentsLocked(a: number, tagged: readonly number[]): void {
  const n = tagged.length;
  const st = n === 0 ? 0 : allocObj(T_STORAGE, Math.max(8, n), 0);
  for (let i = 0; i < n; i++) I32[(st >> 2) + 2 + i] = tagged[i]!;
  I32[w(a) + D.Store] = st;
  seti(a, D.Head, 0);
  seti(a, D.Size, n);
  bump(a);
}

function self(v: Value): number {
  return (v as Ref).a;
}

export function isDeque(v: Value): v is Ref {
  return isInstance(v, T_DEQUE);
}

export function allocDeque(type: number, maxlen = -1): number {
  const a = allocObj(type, type === T_DEQUE ? D.Count : instanceSlotsOf(type), 8);
  seti(a, D.Head, 0);
  seti(a, D.Size, 0);
  seti(a, D.Maxlen, maxlen);
  seti(a, D.State, 0);
  seti(a, D.Left, CENTER + 1);
  return a;
}

// ---- operations ------------------------------------------------------------------------------------

function append(a: number, x: Value): void {
  const t = encode(x);
  withLock(a, () => appendLocked(a, t));
}

function appendLeft(a: number, x: Value): void {
  const t = encode(x);
  withLock(a, () => appendLeftLocked(a, t));
}

/** deque_extend / deque_extendleft: items are appended one at a time (the iterable may run code). */
function extend(a: number, iterable: Value, left: boolean): void {
  if (iterable instanceof Ref && iterable.a === a) {
    const items = dequeTagged(a);
    withLock(a, () => { for (const t of items) (left ? appendLeftLocked : appendLocked)(a, t); });
    return;
  }
  const it = iter(iterable);
  if (geti(a, D.Maxlen) === 0) {
    while (next(it) !== STOP) { /* consume_iterator */ }
    return;
  }
  for (let x = next(it); x !== STOP; x = next(it)) {
    const t = encode(x);
    withLock(a, () => {
      // CPython's space-saving heuristic: an empty deque starts filling at the block's edge.
      if (geti(a, D.Size) === 0) seti(a, D.Left, left ? BLOCKLEN - 1 : 1);
      (left ? appendLeftLocked : appendLocked)(a, t);
    });
  }
}

function pop(a: number, left: boolean): Value {
  const t = withLock(a, () => (geti(a, D.Size) === 0 ? 0 : left ? popLeftLocked(a) : popRightLocked(a)));
  if (t === 0) raise('IndexError', 'pop from an empty deque');
  return decode(t)!;
}

function rotateLocked(a: number, n: number): void {
  const size = geti(a, D.Size);
  if (size <= 1) return;
  const halflen = size >> 1;
  if (n > halflen || n < -halflen) {
    n %= size;
    if (n > halflen) n -= size;
    else if (n < -halflen) n += size;
  }
  if (n === 0) return;
  const st = I32[w(a) + D.Store]!;
  const c = cap(st);
  if (size === c) {
    // Full ring: moving the head is the rotation.
    seti(a, D.Head, (((geti(a, D.Head) - n) % c) + c) % c);
  } else {
    const items: number[] = [];
    for (let i = 0; i < size; i++) items.push(getTagged(a, (((i - n) % size) + size) % size));
    for (let i = 0; i < size; i++) I32[at(a, i)] = items[i]!;
  }
  seti(a, D.Left, (((geti(a, D.Left) - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN);
  bump(a);
}

/** sq_item's index: "sequence index must be integer" for non-indexes, IndexError when out of range. */
function itemIndex(a: number, key: Value): number {
  if (!hasIndex(key)) raise('TypeError', `sequence index must be integer, not '${typeNameOf(key)}'`);
  let i = asSsize(key, 'IndexError');
  const n = geti(a, D.Size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'deque index out of range');
  return i;
}

function getItem(v: Value, key: Value): Value {
  const a = self(v);
  const t = withLock(a, () => {
    const i = itemIndex(a, key);
    return getTagged(a, i);
  });
  return decode(t)!;
}

function delItemLocked(a: number, i: number): void {
  const n = geti(a, D.Size);
  for (let k = i; k < n - 1; k++) I32[at(a, k)] = getTagged(a, k + 1);
  popRightLocked(a);
}

function setItem(v: Value, key: Value, x: Value | undefined): void {
  const a = self(v);
  if (!hasIndex(key)) raise('TypeError', `sequence index must be integer, not '${typeNameOf(key)}'`);
  const t = x === undefined ? 0 : encode(x);
  withLock(a, () => {
    const i = itemIndex(a, key);
    if (t === 0) delItemLocked(a, i);
    else I32[at(a, i)] = t;
  });
}

/** Compares items with `x` from position `start` until one matches; -1 if none. */
function find(a: number, x: Value, start: number, stop: number, mutatedExc: string): number {
  const state = geti(a, D.State);
  for (let i = start; i < stop; i++) {
    const t = withLock(a, () => (geti(a, D.State) === state && i < geti(a, D.Size) ? getTagged(a, i) : 0));
    if (t === 0) raise(mutatedExc, 'deque mutated during iteration');
    const item = decode(t)!;
    pinValue(item);
    const eq = richCompareBool(item, x, Cmp.EQ);
    if (geti(a, D.State) !== state) raise(mutatedExc, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

function count(v: Value, x: Value): Value {
  const a = self(v);
  const state = geti(a, D.State);
  const n = geti(a, D.Size);
  let c = 0;
  for (let i = 0; i < n; i++) {
    const t = withLock(a, () => (geti(a, D.State) === state ? getTagged(a, i) : 0));
    if (t === 0) raise('RuntimeError', 'deque mutated during iteration');
    const item = decode(t)!;
    pinValue(item);
    if (richCompareBool(item, x, Cmp.EQ)) c++;
    if (geti(a, D.State) !== state) raise('RuntimeError', 'deque mutated during iteration');
  }
  return c;
}

function contains(v: Value, x: Value): boolean {
  const a = self(v);
  return find(a, x, 0, geti(a, D.Size), 'RuntimeError') >= 0;
}

/** _PyEval_SliceIndexNotNone: an index (clamped to ssize_t) or TypeError. */
function sliceIndex(v: Value): number {
  if (!hasIndex(v)) {
    raise('TypeError', 'slice indices must be integers or have an __index__ method');
  }
  return asSsize(v, null);
}

function index(v: Value, x: Value, startArg: Value, stopArg: Value): Value {
  const a = self(v);
  const size = geti(a, D.Size);
  let start = (startArg as unknown) === MISSING ? 0 : sliceIndex(startArg);
  let stop = (stopArg as unknown) === MISSING ? size : sliceIndex(stopArg);
  if (start < 0) start = Math.max(0, start + size);
  if (stop < 0) stop = Math.max(0, stop + size);
  if (stop > size) stop = size;
  if (start > stop) start = stop;
  const i = find(a, x, start, stop, 'RuntimeError');
  if (i < 0) raise('ValueError', 'deque.index(x): x not in deque');
  return i;
}

function remove(v: Value, x: Value): Value {
  const a = self(v);
  const state = geti(a, D.State);
  const i = find(a, x, 0, geti(a, D.Size), 'IndexError');
  if (i < 0) raise('ValueError', 'deque.remove(x): x not in deque');
  withLock(a, () => {
    if (geti(a, D.State) !== state) raise('IndexError', 'deque mutated during iteration');
    delItemLocked(a, i);
  });
  return null;
}

function insert(v: Value, idx: Value, x: Value): Value {
  const a = self(v);
  let i = asSsizeStrict(idx);
  const t = encode(x);
  withLock(a, () => {
    const n = geti(a, D.Size);
    const maxlen = geti(a, D.Maxlen);
    if (maxlen === n) raise('IndexError', 'deque already at its maximum size');
    if (i >= n) return appendLocked(a, t);
    if (i <= -n || i === 0) return appendLeftLocked(a, t);
    if (i < 0) i += n;
    appendLocked(a, t);
    for (let k = n; k > i; k--) I32[at(a, k)] = getTagged(a, k - 1);
    I32[at(a, i)] = t;
  });
  return null;
}

function reverse(v: Value): Value {
  const a = self(v);
  withLock(a, () => {
    const n = geti(a, D.Size);
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const ti = getTagged(a, i);
      I32[at(a, i)] = getTagged(a, j);
      I32[at(a, j)] = ti;
    }
    bump(a);
  });
  return null;
}

function clear(a: number): void {
  withLock(a, () => {
    setContentsLocked(a, []);
    seti(a, D.Left, CENTER + 1);
  });
}

function typeOfDeque(v: Value): number {
  return I32[self(v) >> 2]!;
}

/** deque_copy: exact deques copy directly; subclasses are called with (self[, maxlen]). */
function copy(v: Value): Value {
  const a = self(v);
  const t = typeOfDeque(v);
  const maxlen = geti(a, D.Maxlen);
  if (t === T_DEQUE) {
    const n = allocDeque(T_DEQUE, maxlen);
    const items = dequeTagged(a);
    withLock(n, () => {
      if (items.length > 0) seti(n, D.Left, 1);
      for (const x of items) appendLocked(n, x);
    });
    return new Ref(n);
  }
  const r = maxlen < 0 ? call(new Ref(t), [v]) : call(new Ref(t), [v, maxlen]);
  if (!isDeque(r)) raise('TypeError', `${typeName(t)}() must return a deque, not ${typeNameOf(r)}`);
  return r;
}

function concat(v: Value, other: Value): Value {
  if (!isDeque(other)) raise('TypeError', `can only concatenate deque (not "${typeNameOf(other)}") to deque`);
  const r = copy(v);
  extend(self(r), other, false);
  return r;
}

function inplaceRepeat(v: Value, nv: Value): Value {
  const n = asSsize(nv, 'OverflowError');
  const a = self(v);
  const items = dequeTagged(a);
  withLock(a, () => {
    if (n <= 0 || items.length === 0) {
      if (items.length > 0) setContentsLocked(a, []);
      return;
    }
    if (n === 1) return;
    const maxlen = geti(a, D.Maxlen);
    // Only the last maxlen items of the result survive: append no more than those.
    const total = items.length * n;
    const keep = maxlen >= 0 ? Math.min(total, maxlen + items.length) : total;
    if (maxlen < 0 && total > 0x7fffffff) raise('MemoryError', '');
    for (let k = items.length; k < keep; k++) appendLocked(a, items[k % items.length]!);
  });
  return v;
}

function repeat(v: Value, nv: Value): Value {
  if (!hasIndex(nv)) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(nv)}'`);
  const r = copy(v);
  return inplaceRepeat(r, nv);
}

function dequeRepr(v: Value): string {
  const a = self(v);
  if (reprEnter(a)) return '[...]';
  try {
    const list = repr(newList(dequeTagged(a).map((t) => decode(t)!)));
    const maxlen = geti(a, D.Maxlen);
    const name = typeName(typeOfDeque(v));
    return maxlen >= 0 ? `${name}(${list}, maxlen=${maxlen})` : `${name}(${list})`;
  } finally {
    reprLeave(a);
  }
}

function compare(op: Cmp) {
  return (v: Value, w2: Value): Value => {
    if (!isDeque(v) || !isDeque(w2)) return notImplemented();
    const vs = geti(v.a, D.Size);
    const ws = geti(w2.a, D.Size);
    if (op === Cmp.EQ || op === Cmp.NE) {
      if (v.a === w2.a) return op === Cmp.EQ;
      if (vs !== ws) return op === Cmp.NE;
    }
    const it1 = iter(v);
    const it2 = iter(w2);
    for (;;) {
      const x = next(it1);
      const y = next(it2);
      if (x === STOP || y === STOP) {
        switch (op) {
          case Cmp.LT: return y !== STOP;
          case Cmp.LE: return x === STOP;
          case Cmp.EQ: return x === y;
          case Cmp.NE: return x !== y;
          case Cmp.GT: return x !== STOP;
          default: return y === STOP;
        }
      }
      if (!richCompareBool(x, y, Cmp.EQ)) return richCompareBool(x, y, op);
    }
  };
}

function dequeInit(v: Value, iterable: Value, maxlenObj: Value): Value {
  const a = self(v);
  let maxlen = -1;
  if ((maxlenObj as unknown) !== MISSING && maxlenObj !== null) {
    maxlen = asSsizeStrict(maxlenObj);
    if (maxlen < 0) raise('ValueError', 'maxlen must be non-negative');
  }
  seti(a, D.Maxlen, maxlen);
  if (geti(a, D.Size) > 0) clear(a);
  if ((iterable as unknown) !== MISSING) extend(a, iterable, false);
  return null;
}

function reduce(v: Value): Value {
  const a = self(v);
  const state = callSpecial(v, '__getstate__', []) ?? null;
  const it = iter(v);
  const maxlen = geti(a, D.Maxlen);
  const t = new Ref(typeOfDeque(v));
  return newTuple([t, maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), maxlen]), state, it]);
}

function method(sig: string, fn: (...args: never[]) => Value): { sig: string; fn: (...args: never[]) => Value } {
  return { sig, fn };
}

export const dequeType = defineBuiltinType({
  name: 'deque',
  module: 'collections',
  flags: TypeFlag.BaseType | TypeFlag.Sequence,
  instanceSlots: D.Count,
  doc: 'A list-like sequence optimized for data accesses near its endpoints.',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (type: Value): Value => new Ref(allocDeque(checkNewType(type, T_DEQUE))),
    },
    __init__: { sig: '__init__($self, /, iterable=<unrepresentable>, maxlen=<unrepresentable>)', fn: dequeInit },
    append: method('append($self, item, /)', (v: Value, x: Value) => (append(self(v), x), null)),
    appendleft: method('appendleft($self, item, /)', (v: Value, x: Value) => (appendLeft(self(v), x), null)),
    extend: method('extend($self, iterable, /)', (v: Value, x: Value) => (extend(self(v), x, false), null)),
    extendleft: method('extendleft($self, iterable, /)', (v: Value, x: Value) => (extend(self(v), x, true), null)),
    pop: method('pop($self, /)', (v: Value) => pop(self(v), false)),
    popleft: method('popleft($self, /)', (v: Value) => pop(self(v), true)),
    clear: method('clear($self, /)', (v: Value) => (clear(self(v)), null)),
    copy: method('copy($self, /)', copy),
    __copy__: method('__copy__($self, /)', copy),
    count: method('count($self, value, /)', count),
    index: method('index($self, value, start=<unrepresentable>, stop=<unrepresentable>, /)', index),
    insert: method('insert($self, index, value, /)', insert),
    remove: method('remove($self, value, /)', remove),
    reverse: method('reverse($self, /)', reverse),
    rotate: method('rotate($self, n=1, /)', (v: Value, n: Value) => {
      const k = asSsizeStrict(n);
      withLock(self(v), () => rotateLocked(self(v), k));
      return null;
    }),
    __reduce__: method('__reduce__($self, /)', reduce),
    __reversed__: method('__reversed__($self, /)', (v: Value) => makeIter(self(v), true)),
    __sizeof__: method('__sizeof__($self, /)', (v: Value) => {
      const a = self(v);
      const blocks = Math.floor((geti(a, D.Left) + geti(a, D.Size) + BLOCKLEN - 1) / BLOCKLEN);
      return DEQUE_BYTES + blocks * BLOCK_BYTES;
    }),
    __add__: method('__add__($self, value, /)', concat),
    __iadd__: method('__iadd__($self, value, /)', (v: Value, x: Value) => (extend(self(v), x, false), v)),
    __mul__: method('__mul__($self, value, /)', repeat),
    __rmul__: method('__rmul__($self, value, /)', repeat),
    __imul__: method('__imul__($self, value, /)', (v: Value, n: Value) => {
      if (!hasIndex(n)) raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(n)}'`);
      return inplaceRepeat(v, n);
    }),
    __eq__: method('__eq__($self, value, /)', compare(Cmp.EQ)),
    __ne__: method('__ne__($self, value, /)', compare(Cmp.NE)),
    __lt__: method('__lt__($self, value, /)', compare(Cmp.LT)),
    __le__: method('__le__($self, value, /)', compare(Cmp.LE)),
    __gt__: method('__gt__($self, value, /)', compare(Cmp.GT)),
    __ge__: method('__ge__($self, value, /)', compare(Cmp.GE)),
    __class_getitem__: {
      sig: '__class_getitem__($type, object, /)', kind: 'classmethod',
      fn: (cls: Value, item: Value): Value => genericAlias(cls, item),
    },
  },
  getsets: {
    maxlen: {
      get: ((v: Value) => { const m = geti(self(v), D.Maxlen); return m < 0 ? null : m; }) as never,
      doc: 'maximum size of a deque or None if unbounded',
    },
  },
  attrs: { __hash__: () => null },
  slots: {
    repr: dequeRepr,
    len: (v) => geti(self(v), D.Size),
    getitem: getItem,
    setitem: (v, k, x) => setItem(v, k, x),
    delitem: (v, k) => setItem(v, k, undefined),
    contains,
    iter: (v) => makeIter(self(v), false),
    bool: (v) => geti(self(v), D.Size) !== 0,
  },
});

// ---- iterators: slots [deque, position from the end walked, state at creation, items left] ----------

const enum I { Deque, Pos, State, Counter, Count }

function makeIter(a: number, reverse: boolean, type = reverse ? T_REVITER : T_ITER): Value {
  const o = allocObj(type, I.Count, 0);
  setSlot(o, I.Deque, a);
  withLock(a, () => {
    setSlot(o, I.Pos, tagInt(reverse ? geti(a, D.Size) - 1 : 0));
    setSlot(o, I.State, tagInt(geti(a, D.State)));
    setSlot(o, I.Counter, tagInt(geti(a, D.Size)));
  });
  return new Ref(o);
}

function iterNext(reverse: boolean) {
  return (v: Value): Value | typeof STOP => {
    const o = self(v);
    const a = getSlot(o, I.Deque);
    let mutated = false;
    const t = withLock(a, () => {
      if (geti(a, D.State) !== (getSlot(o, I.State) >> 1)) {
        setSlot(o, I.Counter, tagInt(0));
        mutated = true;
        return 0;
      }
      const c = getSlot(o, I.Counter) >> 1;
      if (c === 0) return 0;
      const p = getSlot(o, I.Pos) >> 1;
      setSlot(o, I.Pos, tagInt(reverse ? p - 1 : p + 1));
      setSlot(o, I.Counter, tagInt(c - 1));
      return getTagged(a, p);
    });
    if (mutated) raise('RuntimeError', 'deque mutated during iteration');
    return t === 0 ? STOP : decode(t)!;
  };
}

function iterType(name: string, reverse: boolean): void {
  const nextFn = iterNext(reverse);
  defineBuiltinType({
    name,
    module: 'collections',
    instanceSlots: I.Count,
    methods: {
      __new__: {
        // PyArg_ParseTuple(args, "O!|n"): keyword arguments are ignored, as in CPython.
        sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
        fn: (type: Value, args: Value[]): Value => {
          const own = reverse ? T_REVITER : T_ITER;
          if (!(type instanceof Ref) || !isTypeObject(type.a)) raise('TypeError', `${name}.__new__(X): X is not a type object`);
          if (args.length < 1) raise('TypeError', `function takes at least 1 argument (${args.length} given)`);
          if (args.length > 2) raise('TypeError', `function takes at most 2 arguments (${args.length} given)`);
          const [d, idx = 0] = args;
          if (!isDeque(d!)) raise('TypeError', `argument 1 must be collections.deque, not ${typeNameOf(d!)}`);
          const it = makeIter(d.a, reverse, type.a === own ? own : type.a);
          const n = asSsizeStrict(idx);
          for (let i = 0; i < n; i++) {
            if (nextFn(it) === STOP) break;
          }
          return it;
        },
      },
      ...iteratorMethods(nextFn),
      __length_hint__: {
        sig: '__length_hint__($self, /)', fn: (v: Value): Value => getSlot(self(v), I.Counter) >> 1,
      },
      __reduce__: {
        sig: '__reduce__($self, /)',
        fn: (v: Value): Value => {
          const o = self(v);
          const a = getSlot(o, I.Deque);
          const used = geti(a, D.Size) - (getSlot(o, I.Counter) >> 1);
          return newTuple([new Ref(I32[o >> 2]!), newTuple([new Ref(a), used])]);
        },
      },
    },
    slots: { iter: (v) => v, next: nextFn },
  });
}

iterType('_deque_iterator', false);
iterType('_deque_reverse_iterator', true);

export function dequeTypeAddr(): number {
  return TYPE_ADDR[dequeType.index]!;
}

