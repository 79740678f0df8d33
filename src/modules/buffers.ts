// The bytes of a bytes-like object (bytes, bytearray, memoryview) for builtins that accept
// them (compile, exec, ord). The buffer types install the reader when they load.

import type { Value } from '../objects/value.js';

let reader: (v: Value) => Uint8Array | null = () => null;
export function setBytesLikeReader(f: (v: Value) => Uint8Array | null): void {
  reader = f;
}

/** A copy-free view of v's bytes, or null when v is not bytes-like. */
export function bytesLikeValue(v: Value): Uint8Array | null {
  return reader(v);
}
