// What this thread keeps alive for the collector: its pin stack, the frames of running Python
// code (and of suspended generators), the exceptions being handled, and values registered by
// the runtime (thread arguments, interpreter objects). The heap calls the scanner at every
// collection, with the world stopped (heap/threads.ts setRootScanner).

import type { MarkFn } from '../heap/index.js';
import { Ref, type Value } from '../objects/value.js';
import { PIN } from '../objects/alloc.js';
import { TS, type Frame } from './state.js';
import { generatorRoots } from './gen.js';

/** JS-held values the runtime keeps for the lifetime of this thread (or until removed). */
export const EXTRA_ROOTS = new Set<Value>();

/** Marks a value a frame field holds: a Value, or a runtime helper object holding Values. */
function markHeld(v: unknown, mark: MarkFn, depth: number): void {
  if (v instanceof Ref) {
    mark(v.a);
  } else if (Array.isArray(v)) {
    if (depth < 3) for (const x of v) markHeld(x, mark, depth + 1);
  } else if (v !== null && typeof v === 'object' && depth < 3 && Object.getPrototypeOf(v) === Object.prototype) {
    for (const k in v) markHeld((v as Record<string, unknown>)[k], mark, depth + 1);
  }
}

function scanFrame(fr: Frame, mark: MarkFn): void {
  for (const k in fr) {
    if (k === 'back') continue;
    const v = fr[k];
    if (k === 'g') {
      if (typeof v === 'number' && v !== 0) mark(v);
      continue;
    }
    markHeld(v, mark, 0);
  }
}

export function scanRoots(mark: MarkFn): void {
  const pins = PIN.a;
  for (let i = 0; i < PIN.top; i++) if (pins[i] !== 0) mark(pins[i]!);
  for (let fr = TS.frame; fr !== null; fr = fr.back) scanFrame(fr, mark);
  for (const fr of generatorRoots()) scanFrame(fr, mark);
  for (const e of TS.handled) markHeld(e, mark, 0);
  for (const v of EXTRA_ROOTS) markHeld(v, mark, 0);
}
