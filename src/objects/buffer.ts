// The buffer protocol: how bytes-like objects expose their memory (bytes, bytearray, memoryview,
// and classes with __buffer__, PEP 688). Each exporting type registers a provider; consumers
// get a BufferView (heap address, shape, strides, format) or a JS copy of the bytes.
// CPython: Objects/abstract.c (PyObject_GetBuffer), Include/pybuffer.h.

import { I32, U8 } from '../heap/index.js';
import { Ref, type Value } from './value.js';
import { isSubtype, lookup, typeOf } from './typeobject.js';
import { callDescriptor } from './protocol.js';
import { isHeapType } from './coll_ops.js';

/** Where an object's memory is; item i of a 1-D view is at addr + i * strides[0]. */
export interface BufferInfo {
  /** The object that owns the memory. */
  obj: Value;
  /** Byte address in the shared heap of the first item (of index 0 in every dimension). */
  addr: number;
  readonly: boolean;
  itemsize: number;
  /** struct format of the items ('B' for bytes). */
  format: string;
  shape: number[];
  strides: number[];
}

/** A buffer obtained with getBuffer: release() ends the export (PyBuffer_Release). */
export interface BufferView extends BufferInfo {
  release(): void;
}

/**
 * A type's buffer export. `get` starts an export (bytearray then refuses to resize until the
 * matching `release`, which may run in another worker, so it takes the object, not a closure);
 * `own` records which memoryview holds an export (so that an export whose view died unreleased
 * can be reclaimed, as CPython's reference counting releases it); `copy`, when present, snapshots
 * the contents without an export.
 */
export interface BufferProvider {
  get(v: Ref, writable: boolean): BufferInfo;
  release?(v: Ref, owner: number): void;
  own?(v: Ref, owner: number): void;
  copy?(v: Ref): Uint8Array;
}

/** Total bytes of a view. */
export function viewBytes(v: BufferInfo): number {
  let n = v.itemsize;
  for (const s of v.shape) n *= s;
  return n;
}

export function isContiguous(v: BufferInfo): boolean {
  let want = v.itemsize;
  for (let d = v.shape.length - 1; d >= 0; d--) {
    if (v.shape[d]! > 1 && v.strides[d] !== want) return false;
    want *= v.shape[d]!;
  }
  return true;
}

/** The bytes of a view in C order, as a JS copy (PyBuffer_ToContiguous). */
export function viewToBytes(v: BufferInfo): Uint8Array {
  const n = viewBytes(v);
  if (isContiguous(v)) return U8.slice(v.addr, v.addr + n);
  const out = new Uint8Array(n);
  let k = 0;
  const walk = (dim: number, addr: number): void => {
    if (dim === v.shape.length) {
      for (let b = 0; b < v.itemsize; b++) out[k++] = U8[addr + b]!;
      return;
    }
    for (let i = 0; i < v.shape[dim]!; i++) walk(dim + 1, addr + i * v.strides[dim]!);
  };
  walk(0, v.addr);
  return out;
}

const providers: Array<{ type: () => number; p: BufferProvider }> = [];

/** Registers the buffer export of a builtin type (and its subclasses). */
export function registerBufferProvider(type: () => number, p: BufferProvider): void {
  providers.push({ type, p });
}

function providerOf(v: Value): BufferProvider | undefined {
  if (!(v instanceof Ref)) return undefined;
  const t = I32[v.a >> 2]!;
  for (const e of providers) {
    const pt = e.type();
    if (t === pt || isSubtype(t, pt)) return e.p;
  }
  return undefined;
}

/**
 * PyObject_GetBuffer: the object's buffer, or null when it has none. `writable` asks for a
 * writable buffer (the provider raises BufferError when it is not).
 */
export function getBuffer(v: Value, writable = false): BufferView | null {
  if (!(v instanceof Ref)) return null;
  const p = providerOf(v);
  if (p !== undefined) {
    const info = p.get(v, writable);
    let done = false;
    return {
      ...info,
      release: () => {
        if (done) return;
        done = true;
        p.release?.(v, 0);
      },
    };
  }
  const t = I32[v.a >> 2]!;
  if (isHeapType(t)) {
    // PEP 688: a class with __buffer__ returns a memoryview, whose buffer we use.
    const m = lookup(typeOf(v), '__buffer__');
    if (m !== undefined && m !== null) {
      const mv = callDescriptor(m, v, t, [writable ? 1 : 0]);
      const b = getBuffer(mv, writable);
      if (b !== null) return b;
    }
  }
  return null;
}

/** Records that memoryview `owner` holds the export it just took of `v`. */
export function ownExport(v: Value, owner: number): void {
  if (v instanceof Ref) providerOf(v)?.own?.(v, owner);
}

/** Ends an export started by a provider's get (memoryview.release, in any worker). */
export function releaseExport(v: Value, owner = 0): void {
  if (v instanceof Ref) providerOf(v)?.release?.(v, owner);
}

/** Does `v` support the buffer protocol (PyObject_CheckBuffer)? */
export function hasBuffer(v: Value): boolean {
  if (!(v instanceof Ref)) return false;
  const t = I32[v.a >> 2]!;
  for (const p of providers) {
    const pt = p.type();
    if (t === pt || isSubtype(t, pt)) return true;
  }
  return isHeapType(t) && lookup(t, '__buffer__') !== undefined;
}

/** A JS copy of a bytes-like object's contents, or null when it is not bytes-like. */
export function bufferBytes(v: Value): Uint8Array | null {
  const p = providerOf(v);
  if (p?.copy !== undefined) return p.copy(v as Ref);
  const b = getBuffer(v);
  if (b === null) return null;
  try {
    return viewToBytes(b);
  } finally {
    b.release();
  }
}
