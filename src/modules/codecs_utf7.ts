// The utf-7 codec of _codecs (RFC 2152). CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF7Stateful,
// _PyUnicode_EncodeUTF7).

import { raise } from '../objects/protocol.js';

export function utf7Encode(_s: string, _errors: string): Uint8Array {
  return raise('NotImplementedError', 'the utf-7 codec is not implemented in ftpy');
}

export function utf7Decode(_d: Uint8Array, _errors: string, _final: boolean): { text: string; consumed: number } {
  return raise('NotImplementedError', 'the utf-7 codec is not implemented in ftpy');
}
