// Allocation for the object layer, and the pin stack that keeps JS-held objects alive.
//
// The collector sees heap roots, the frames of running Python code, and this thread's pin
// stack. Every object this thread allocates is pushed on the pin stack, so an object that so
// far lives only in a JavaScript local cannot be collected. Generated code truncates the stack
// to its frame's base when it returns, suspends or polls at a loop back-edge (its own values
// are in frame fields by then). Native code that keeps a value in a JS local across a call into
// Python code (which may return, truncating, or poll) pins it again with pinValue.
// Permanent objects (made during the bootstrap) are never collected; the collector does not
// trace through them, so everything they reference must be permanent too.

import { alloc, allocPermanent } from '../heap/index.js';
import type { Value } from './value.js';

let permanentMode = false;

export function setPermanentMode(on: boolean): void {
  permanentMode = on;
}

/** This thread's pin stack: heap addresses in PIN.a[0..PIN.top). */
export const PIN = { a: new Int32Array(1 << 16), top: 0 };

function grow(): void {
  const b = new Int32Array(PIN.a.length * 2);
  b.set(PIN.a);
  PIN.a = b;
}

export function pinAddr(a: number): void {
  if (PIN.top === PIN.a.length) grow();
  PIN.a[PIN.top++] = a;
}

/** Keeps `v` alive until the current Python frame truncates the pin stack. */
export function pinValue(v: Value): void {
  if (typeof v === 'object' && v !== null && 'a' in v) pinAddr((v as { a: number }).a);
}

/** A reusable pin (index into the stack) for natives that hold a changing value in a loop. */
export function pinSlot(v: Value): number {
  pinAddr(typeof v === 'object' && v !== null && 'a' in v ? (v as { a: number }).a : 0);
  return PIN.top - 1;
}
export function repin(slot: number, v: Value): void {
  PIN.a[slot] = typeof v === 'object' && v !== null && 'a' in v ? (v as { a: number }).a : 0;
}

export function allocObj(type: number, nslots: number, rawBytes: number): number {
  if (permanentMode) return allocPermanent(type, nslots, rawBytes);
  const a = alloc(type, nslots, rawBytes);
  if (PIN.top === PIN.a.length) grow();
  PIN.a[PIN.top++] = a;
  return a;
}
