// Comparing a heap str with a JS string without decoding the heap str (dict probes, attribute
// names): lengths first, then code units.

import { I32, U16 } from '../heap/index.js';
import { rawBase } from './value.js';

export function heapStrEquals(a: number, s: string): boolean {
  const base = rawBase(a);
  const n = I32[base >> 2]!;
  if (n !== s.length) return false;
  const start = (base + 16) >> 1;
  for (let i = 0; i < n; i++) if (U16[start + i] !== s.charCodeAt(i)) return false;
  return true;
}
