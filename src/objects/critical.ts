// Py_BEGIN_CRITICAL_SECTION for native methods of objects whose state lives in their raw bytes:
// the object's lock word is the first word of its raw area. Free until a second thread exists
// (heap/lock.ts enterCritical).

import { enterCritical, exitCritical } from '../heap/index.js';
import { rawBase, type Ref, type Value } from './value.js';

/** Runs f(address) holding `self`'s lock (raw word 0). */
export function critical<T>(self: Value, f: (a: number) => T): T {
  const a = (self as Ref).a;
  const off = rawBase(a) - a;
  enterCritical(a, off);
  try {
    return f(a);
  } finally {
    exitCritical(a, off);
  }
}
