// Universal-newline decoding: the translation step shared by StringIO and TextIOWrapper (a '\r' at
// the end of a non-final chunk waits for the next chunk, which may start with '\n'; the kinds of
// newline seen are recorded), and the IncrementalNewlineDecoder type that wraps a codec's decoder
// with it. Find-line-ending for readline over the three newline modes.
// CPython: Modules/_io/textio.c (_PyIncrementalNewlineDecoder_decode, _PyIO_find_line_ending).

import { type Value } from '../objects/value.js';
import { defineBuiltinType, builtinTypeAddr } from '../objects/registry.js';
import { onTypesReady } from '../objects/bootstrap.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf, truthy } from '../objects/protocol.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { newBytes } from '../objects/bytes.js';
import { checkNewType } from '../objects/coll_ops.js';
import { callMethod } from '../vm/call.js';
import { fn, get, put, getInt, locked, allocIO } from './_io_common.js';

export const SEEN_CR = 1;
export const SEEN_LF = 2;
export const SEEN_CRLF = 4;

export interface NlState { pendingcr: boolean; seennl: number }

/** Translates one decoded chunk; updates the state (pending '\r', newline kinds seen). */
export function translateChunk(st: NlState, output: string, final: boolean, translate: boolean): string {
  if (st.pendingcr && (final || output.length > 0)) {
    output = '\r' + output;
    st.pendingcr = false;
  }
  if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 13) {
    output = output.slice(0, -1);
    st.pendingcr = true;
  }
  if (output.indexOf('\r') < 0) {
    if (output.indexOf('\n') >= 0) st.seennl |= SEEN_LF;
    return output;
  }
  const crlf = output.split('\r\n').length - 1;
  const cr = output.split('\r').length - 1 - crlf;
  const lf = output.split('\n').length - 1 - crlf;
  if (crlf) st.seennl |= SEEN_CRLF;
  if (cr) st.seennl |= SEEN_CR;
  if (lf) st.seennl |= SEEN_LF;
  if (translate) output = output.replace(/\r\n?/g, '\n');
  return output;
}

/** The `newlines` attribute for a seennl mask. */
export function newlinesValue(seennl: number): Value {
  const kinds: string[] = [];
  if (seennl & SEEN_CR) kinds.push('\r');
  if (seennl & SEEN_LF) kinds.push('\n');
  if (seennl & SEEN_CRLF) kinds.push('\r\n');
  if (kinds.length === 0) return null;
  return kinds.length === 1 ? kinds[0]! : newTuple(kinds);
}

/**
 * End (UTF-16 index, exclusive) of the first line in s from `start`, or -1 when s holds no
 * complete line (_PyIO_find_line_ending). translated: lines end in '\n'; universal: '\r', '\n' or
 * '\r\n' (a final '\r' is not yet a line end: a '\n' may follow); else they end in readnl.
 */
export function findLineEnd(s: string, start: number, translated: boolean, universal: boolean, readnl: string): number {
  if (translated) {
    const i = s.indexOf('\n', start);
    return i < 0 ? -1 : i + 1;
  }
  if (universal) {
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 >= s.length) return -1;
        return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      }
    }
    return -1;
  }
  const i = s.indexOf(readnl, start);
  return i < 0 ? -1 : i + readnl.length;
}

// ---- IncrementalNewlineDecoder ---------------------------------------------------------------------

const enum D { Dict, Decoder, Errors, Translate, Pendingcr, Seennl, Count }

let T_NLDEC = 0;
onTypesReady(() => {
  T_NLDEC = builtinTypeAddr('IncrementalNewlineDecoder');
});

function nlDecode(self: Value, input: Value, final: Value): Value {
  return locked(self, () => {
    if (get(self, D.Translate) === null) raise('ValueError', 'IncrementalNewlineDecoder.__init__() not called');
    const dec = get(self, D.Decoder);
    const fin = truthy(final);
    let out = input;
    if (dec !== null) out = callMethod(dec, 'decode', [input, fin]);
    if (typeof out !== 'string') {
      raise('TypeError', `decoder should return a string result, not '${typeNameOf(out)}'`);
    }
    const st: NlState = { pendingcr: get(self, D.Pendingcr) === true, seennl: getInt(self, D.Seennl) };
    const r = translateChunk(st, out, fin, get(self, D.Translate) === true);
    put(self, D.Pendingcr, st.pendingcr);
    put(self, D.Seennl, st.seennl);
    return r;
  });
}

export const incrementalNewlineDecoderType = defineBuiltinType({
  name: 'IncrementalNewlineDecoder',
  module: '_io',
  flags: TypeFlag.BaseType,
  instanceSlots: D.Count,
  dictSlot: D.Dict,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const t = checkNewType(type, T_NLDEC);
        return allocIO(t, T_NLDEC, D.Count);
      }),
    },
    __init__: {
      sig: "__init__($self, /, decoder, translate, errors='strict')",
      fn: fn((self: Value, decoder: Value, translate: Value, errors: Value) => {
        put(self, D.Decoder, decoder);
        put(self, D.Errors, errors);
        put(self, D.Translate, truthy(translate));
        put(self, D.Pendingcr, false);
        put(self, D.Seennl, 0);
        return null;
      }),
    },
    decode: { sig: 'decode($self, /, input, final=False)', fn: fn(nlDecode) },
    getstate: {
      sig: 'getstate($self, /)',
      fn: fn((self: Value) => {
        const dec = get(self, D.Decoder);
        let buf: Value = newBytes([]);
        let flag: number | bigint = 0;
        if (dec !== null) {
          const st = callMethod(dec, 'getstate', []);
          if (!isTuple(st) || tupleItems(st.a).length !== 2) raise('TypeError', 'illegal decoder state');
          [buf, flag] = tupleItems(st.a) as [Value, number];
        }
        const f = typeof flag === 'bigint' ? flag * 2n + (get(self, D.Pendingcr) === true ? 1n : 0n)
          : flag * 2 + (get(self, D.Pendingcr) === true ? 1 : 0);
        return newTuple([buf, f]);
      }),
    },
    setstate: {
      sig: 'setstate($self, state, /)',
      fn: fn((self: Value, state: Value) => {
        if (!isTuple(state) || tupleItems(state.a).length !== 2) raise('TypeError', 'state argument must be a tuple');
        const [buf, flag] = tupleItems(state.a) as [Value, number];
        const f = typeof flag === 'bigint' ? Number(flag) : flag;
        put(self, D.Pendingcr, (f & 1) === 1);
        const dec = get(self, D.Decoder);
        if (dec !== null) callMethod(dec, 'setstate', [newTuple([buf, Math.floor(f / 2)])]);
        return null;
      }),
    },
    reset: {
      sig: 'reset($self, /)',
      fn: fn((self: Value) => {
        put(self, D.Seennl, 0);
        put(self, D.Pendingcr, false);
        const dec = get(self, D.Decoder);
        if (dec !== null) callMethod(dec, 'reset', []);
        return null;
      }),
    },
  },
  getsets: {
    newlines: { get: fn((self: Value) => newlinesValue(getInt(self, D.Seennl))) },
  },
});
