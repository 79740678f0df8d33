// Helpers shared by the heap tests and their workers: a heap with a type object and a root list
// the test controls, and objects that carry a checkable signature (so reuse of a freed cell shows).

import { I32, allocPermanent, alloc, createHeap, registerThread, setRootScanner, type HeapOptions } from '../../src/heap/index.js';

export interface TestHeap {
  sab: SharedArrayBuffer;
  /** A permanent self-typed object used as the type of every test object. */
  type: number;
  /** This thread's roots: the scanner reports every entry. */
  roots: number[];
}

export function makeTestHeap(opts: Partial<HeapOptions> = {}): TestHeap {
  const sab = createHeap({ maxBytes: 64 << 20, ...opts });
  registerThread();
  const type = allocPermanent(0, 0, 0);
  I32[type >> 2] = type;
  const roots: number[] = [];
  setRootScanner((mark) => {
    for (const r of roots) mark(r);
  });
  return { sab, type, roots };
}

export function slotIndex(a: number, k: number): number {
  return (a >> 2) + 2 + k;
}
export function getSlot(a: number, k: number): number {
  return I32[slotIndex(a, k)];
}
export function setSlot(a: number, k: number, v: number): void {
  I32[slotIndex(a, k)] = v;
}
export function nslotsOf(a: number): number {
  return I32[(a >> 2) + 1] & 0xffffff;
}

export function sigOf(seq: number): number {
  return Math.imul(seq ^ 0x5bd1e995, 0x9e3779b1) | 0;
}

/**
 * An object with `n` >= 1 slots and 8 raw bytes: slot 0 = tagged seq, raw word 0 = sigOf(seq),
 * raw word 1 = n. checkSigned tells whether an address still holds such an object intact.
 */
export function allocSigned(type: number, n: number, seq: number): number {
  const a = alloc(type, n, 8);
  I32[slotIndex(a, 0)] = (seq << 1) | 1;
  I32[slotIndex(a, n)] = sigOf(seq);
  I32[slotIndex(a, n) + 1] = n;
  return a;
}

export function checkSigned(a: number, type: number): string | null {
  if (I32[a >> 2] !== type) return `object ${a}: type ${I32[a >> 2]}`;
  const n = nslotsOf(a);
  if (n < 1) return `object ${a}: nslots ${n}`;
  const t = I32[slotIndex(a, 0)];
  if ((t & 1) !== 1) return `object ${a}: slot 0 = ${t}`;
  if (I32[slotIndex(a, n)] !== sigOf(t >> 1) || I32[slotIndex(a, n) + 1] !== n) return `object ${a}: signature broken`;
  return null;
}

