// io.StringIO: a text stream over a str kept in the heap. Writes at the end accumulate in a list
// (joined on the next read or seek elsewhere, as CPython's accumulating state); positions count code
// points. Newline handling follows CPython: newline=None translates on write, '' records newlines
// without translating, '\r' and '\r\n' translate '\n' on write. Every operation holds the lock.
// CPython: Modules/_io/stringio.c.

import { Ref, STOP, getSlot, type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf, iter, next, repr } from '../objects/protocol.js';
import { newList, listAppend, listItems } from '../objects/list.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { checkNewType, raiseStopIteration } from '../objects/coll_ops.js';
import { instanceDict } from '../objects/object.js';
import { hasSurrogates, cpLength, unitOffset } from '../objects/str_cp.js';
import { isStr, strOf } from '../objects/str_type.js';
import { I32 } from '../heap/index.js';
import { callMethod } from '../vm/call.js';
import { fn, get, put, getInt, locked, sizeArg, indexArg, allocIO } from './_io_common.js';
import { translateChunk, newlinesValue, findLineEnd, type NlState } from './_io_newline.js';

const enum S { Dict, Buf, Acc, Size, Pos, Closed, Readnl, Writenl, Universal, Translate, Seennl, Ok, Count }

let T_STRINGIO = 0;
onTypesReady(() => {
  T_STRINGIO = builtinTypeAddr('StringIO');
});

function check(self: Value): void {
  if (get(self, S.Ok) !== true) raise('ValueError', 'I/O operation on uninitialized object');
  if (get(self, S.Closed) === true) raise('ValueError', 'I/O operation on closed file');
}

/** Joins the accumulated writes into the buffer string. */
function realize(self: Value): string {
  const buf = get(self, S.Buf) as string;
  const acc = get(self, S.Acc);
  if (acc === null) return buf;
  const parts = listItems((acc as Ref).a) as string[];
  const s = buf + parts.join('');
  put(self, S.Buf, s);
  put(self, S.Acc, null);
  return s;
}

function cpLen(s: string): number {
  return hasSurrogates(s) ? cpLength(s) : s.length;
}

/** UTF-16 offset of code point i in s. */
function unit(s: string, i: number, bmp: boolean): number {
  return bmp ? i : unitOffset(s, i);
}

function writeStr(self: Value, text: string): void {
  let decoded = text;
  if (get(self, S.Universal) === true) {
    const st: NlState = { pendingcr: false, seennl: getInt(self, S.Seennl) };
    decoded = translateChunk(st, decoded, true, get(self, S.Translate) === true);
    put(self, S.Seennl, st.seennl);
  }
  const wnl = get(self, S.Writenl);
  if (typeof wnl === 'string') decoded = decoded.replaceAll('\n', wnl);
  const len = cpLen(decoded);
  if (len === 0) return;
  const pos = getInt(self, S.Pos);
  const size = getInt(self, S.Size);
  if (pos === size) {
    let acc = get(self, S.Acc);
    if (acc === null) {
      acc = newList([]);
      put(self, S.Acc, acc);
    }
    listAppend((acc as Ref).a, decoded);
  } else {
    let s = realize(self);
    if (pos > size) s += '\0'.repeat(pos - size);
    const bmp = !hasSurrogates(s);
    const start = unit(s, pos, bmp);
    const after = pos + len >= cpLen(s) ? '' : s.slice(unit(s, pos + len, bmp));
    s = s.slice(0, start) + decoded + after;
    put(self, S.Buf, s);
  }
  put(self, S.Pos, pos + len);
  if (pos + len > size) put(self, S.Size, pos + len);
}

function write(self: Value, obj: Value): Value {
  if (!isStr(obj)) raise('TypeError', `string argument expected, got '${typeNameOf(obj)}'`);
  const s = strOf(obj);
  return locked(self, () => {
    check(self);
    writeStr(self, s);
    return cpLen(s);
  });
}

/** The code points [pos, end) as a str, advancing pos. */
function take(self: Value, s: string, pos: number, end: number): string {
  put(self, S.Pos, end);
  if (!hasSurrogates(s)) return s.slice(pos, end);
  return s.slice(unitOffset(s, pos), unitOffset(s, end));
}

function read(self: Value, size: Value): Value {
  const n = sizeArg(size);
  return locked(self, () => {
    check(self);
    const pos = getInt(self, S.Pos);
    const total = getInt(self, S.Size);
    if (pos >= total) return '';
    const end = n < 0 ? total : Math.min(total, pos + n);
    if (pos === 0 && end === total && get(self, S.Acc) === null) {
      put(self, S.Pos, end);
      return get(self, S.Buf) as string;
    }
    return take(self, realize(self), pos, end);
  });
}

function readlineLocked(self: Value, limit: number): string {
  const pos = getInt(self, S.Pos);
  const total = getInt(self, S.Size);
  if (pos >= total) return '';
  const s = realize(self);
  const bmp = !hasSurrogates(s);
  const start = unit(s, pos, bmp);
  const translated = get(self, S.Translate) === true;
  const universal = get(self, S.Universal) === true;
  const readnl = get(self, S.Readnl);
  let endUnit = findLineEnd(s, start, translated, universal && !translated, typeof readnl === 'string' ? readnl : '\n');
  if (endUnit < 0) endUnit = s.length;
  let line = s.slice(start, endUnit);
  let len = bmp ? line.length : cpLength(line);
  if (limit >= 0 && len > limit) {
    line = bmp ? line.slice(0, limit) : line.slice(0, unitOffset(line, limit));
    len = limit;
  }
  put(self, S.Pos, pos + len);
  return line;
}

function readline(self: Value, size: Value): Value {
  const limit = sizeArg(size);
  return locked(self, () => (check(self), readlineLocked(self, limit)));
}

function seek(self: Value, posArg: Value, whence: Value): Value {
  const p = indexArg(posArg);
  const w = indexArg(whence);
  return locked(self, () => {
    check(self);
    if (w !== 0 && w !== 1 && w !== 2) raise('ValueError', `Invalid whence (${w}, should be 0, 1 or 2)`);
    if (p < 0 && w === 0) raise('ValueError', `Negative seek position ${p}`);
    if (w !== 0 && p !== 0) raise('OSError', "Can't do nonzero cur-relative seeks");
    const np = w === 0 ? p : w === 1 ? getInt(self, S.Pos) : getInt(self, S.Size);
    put(self, S.Pos, np);
    return np;
  });
}

function truncate(self: Value, size: Value): Value {
  return locked(self, () => {
    check(self);
    const n = size === null ? getInt(self, S.Pos) : indexArg(size);
    if (n < 0) raise('ValueError', `Negative size value ${n}`);
    if (n < getInt(self, S.Size)) {
      const s = realize(self);
      put(self, S.Buf, hasSurrogates(s) ? s.slice(0, unitOffset(s, n)) : s.slice(0, n));
      put(self, S.Size, n);
    }
    return n;
  });
}

function init(self: Value, value: Value, newline: Value): Value {
  if (newline !== null && !isStr(newline)) raise('TypeError', `newline must be str or None, not ${typeNameOf(newline)}`);
  const nl = newline === null ? null : strOf(newline);
  if (nl !== null && nl !== '' && nl !== '\n' && nl !== '\r' && nl !== '\r\n') raise('ValueError', `illegal newline value: ${repr(newline)}`);
  if (value !== null && !isStr(value)) raise('TypeError', `initial_value must be str or None, not ${typeNameOf(value)}`);
  locked(self, () => {
    put(self, S.Ok, false);
    put(self, S.Buf, '');
    put(self, S.Acc, null);
    put(self, S.Size, 0);
    put(self, S.Pos, 0);
    put(self, S.Readnl, nl);
    put(self, S.Universal, nl === null || nl === '');
    put(self, S.Translate, nl === null);
    put(self, S.Writenl, nl !== null && nl.startsWith('\r') ? nl : null);
    put(self, S.Seennl, 0);
    if (value !== null) writeStr(self, strOf(value));
    put(self, S.Pos, 0);
    put(self, S.Closed, false);
    put(self, S.Ok, true);
  });
  return null;
}

function simple(sig: string, f: (self: Value) => Value): { sig: string; fn: never } {
  return { sig, fn: fn((self: Value) => locked(self, () => (check(self), f(self)))) };
}

function stringioNext(self: Value): Value | typeof STOP {
  const line = I32[(self as Ref).a >> 2] === T_STRINGIO ? readline(self, null) : callMethod(self, 'readline', []);
  if (!isStr(line)) raise('OSError', `readline() should have returned a str object, not '${typeNameOf(line)}'`);
  return strOf(line) === '' ? STOP : line;
}

export const stringIOType = defineBuiltinType({
  name: 'StringIO',
  module: '_io',
  base: '_TextIOBase',
  flags: TypeFlag.BaseType,
  instanceSlots: S.Count,
  dictSlot: S.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const t = checkNewType(type, T_STRINGIO);
        const r = allocIO(t, T_STRINGIO, S.Count);
        put(r, S.Buf, '');
        put(r, S.Acc, null);
        put(r, S.Size, 0);
        put(r, S.Pos, 0);
        put(r, S.Ok, false);
        put(r, S.Closed, false);
        return r;
      }),
    },
    __init__: { sig: "__init__($self, /, initial_value='', newline='\\n')", fn: fn(init) },
    getvalue: simple('getvalue($self, /)', (self) => realize(self)),
    read: { sig: 'read($self, size=-1, /)', fn: fn(read) },
    readline: { sig: 'readline($self, size=-1, /)', fn: fn(readline) },
    write: { sig: 'write($self, s, /)', fn: fn(write) },
    seek: { sig: 'seek($self, pos, whence=0, /)', fn: fn(seek) },
    tell: simple('tell($self, /)', (self) => getInt(self, S.Pos)),
    truncate: { sig: 'truncate($self, pos=None, /)', fn: fn(truncate) },
    readable: simple('readable($self, /)', () => true),
    writable: simple('writable($self, /)', () => true),
    seekable: simple('seekable($self, /)', () => true),
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => locked(self, () => {
        put(self, S.Closed, true);
        put(self, S.Buf, '');
        put(self, S.Acc, null);
        return null;
      })),
    },
    __getstate__: {
      sig: '__getstate__($self, /)',
      fn: fn((self: Value) => {
        const st = locked(self, () => {
          check(self);
          return [realize(self), get(self, S.Readnl), getInt(self, S.Pos)] as Value[];
        });
        const d = getSlot((self as Ref).a, S.Dict) === 0 ? null : new Ref(instanceDict(self, true));
        return newTuple([...st, d]);
      }),
    },
    __setstate__: {
      sig: '__setstate__($self, state, /)',
      fn: fn((self: Value, state: Value) => {
        if (!isTuple(state) || tupleItems(state.a).length < 4) {
          raise('TypeError', `${typeNameOf(self)}.__setstate__ argument should be 4-tuple, got ${typeNameOf(state)}`);
        }
        const [v, nl, pos] = tupleItems(state.a);
        init(self, null, nl!);
        locked(self, () => {
          put(self, S.Buf, v!);
          put(self, S.Size, cpLen(strOf(v!)));
          put(self, S.Pos, indexArg(pos!));
        });
        return null;
      }),
    },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const r = stringioNext(self);
        if (r === STOP) raiseStopIteration();
        return r;
      }),
    },
  },
  getsets: {
    closed: { get: fn((self: Value) => (get(self, S.Ok) !== true && raise('ValueError', 'I/O operation on uninitialized object'), get(self, S.Closed) === true)) },
    line_buffering: { get: fn((self: Value) => locked(self, () => (check(self), false))) },
    newlines: {
      get: fn((self: Value) => locked(self, () => {
        check(self);
        return get(self, S.Universal) === true ? newlinesValue(getInt(self, S.Seennl)) : null;
      })),
    },
  },
  slots: { next: stringioNext },
});

void iter;
void next;
