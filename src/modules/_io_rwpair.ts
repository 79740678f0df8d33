// io.BufferedRWPair: a BufferedReader over one raw stream and a BufferedWriter over another, as
// one object (sockets, pipes). CPython: Modules/_io/bufferedio.c (bufferedrwpair_*).

import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, truthy, call } from '../objects/protocol.js';
import { checkNewType } from '../objects/coll_ops.js';
import { getattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { DEFAULT_BUFFER_SIZE, fn, get, put, allocIO } from './_io_common.js';
import { checkReadable, checkWritable } from './_io_base.js';
import { TYPES } from './_io_buffered.js';

const enum P { Dict, Reader, Writer, Count }
let T_RWPAIR = 0;
onTypesReady(() => {
  T_RWPAIR = builtinTypeAddr('BufferedRWPair');
});

function pairPart(self: Value, i: number): Value {
  const v = get(self, i);
  if (v === null) raise('ValueError', 'I/O operation on uninitialized object');
  return v;
}

function forward(part: number, name: string, sig: string): { sig: string; fn: never } {
  return { sig, fn: fn((self: Value, ...args: Value[]) => callMethod(pairPart(self, part), name, args.filter((a) => a !== undefined))) };
}

export const bufferedRWPairType = defineBuiltinType({
  name: 'BufferedRWPair', module: '_io', base: '_BufferedIOBase', flags: TypeFlag.BaseType,
  instanceSlots: P.Count, dictSlot: P.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const t = checkNewType(type, T_RWPAIR);
        const r = allocIO(t, T_RWPAIR, P.Count);
        put(r, P.Reader, null);
        put(r, P.Writer, null);
        return r;
      }),
    },
    __init__: {
      sig: `__init__($self, reader, writer, buffer_size=${DEFAULT_BUFFER_SIZE}, /)`,
      fn: fn((self: Value, reader: Value, writer: Value, n: Value) => {
        checkReadable(reader);
        checkWritable(writer);
        put(self, P.Reader, call(new Ref(TYPES.BufferedReader!), [reader, n]));
        put(self, P.Writer, call(new Ref(TYPES.BufferedWriter!), [writer, n]));
        return null;
      }),
    },
    read: forward(P.Reader, 'read', 'read($self, size=-1, /)'),
    peek: forward(P.Reader, 'peek', 'peek($self, size=0, /)'),
    read1: forward(P.Reader, 'read1', 'read1($self, size=-1, /)'),
    readinto: forward(P.Reader, 'readinto', 'readinto($self, buffer, /)'),
    readinto1: forward(P.Reader, 'readinto1', 'readinto1($self, buffer, /)'),
    write: forward(P.Writer, 'write', 'write($self, buffer, /)'),
    flush: forward(P.Writer, 'flush', 'flush($self, /)'),
    readable: forward(P.Reader, 'readable', 'readable($self, /)'),
    writable: forward(P.Writer, 'writable', 'writable($self, /)'),
    isatty: {
      sig: 'isatty($self, /)',
      fn: fn((self: Value) => truthy(callMethod(pairPart(self, P.Writer), 'isatty', [])) || truthy(callMethod(pairPart(self, P.Reader), 'isatty', []))),
    },
    close: {
      sig: 'close($self, /)',
      fn: fn((self: Value) => {
        try {
          callMethod(pairPart(self, P.Writer), 'close', []);
        } finally {
          callMethod(pairPart(self, P.Reader), 'close', []);
        }
        return null;
      }),
    },
  },
  getsets: {
    closed: { get: fn((self: Value) => getattr(pairPart(self, P.Writer), 'closed')) },
  },
});

