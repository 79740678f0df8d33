// Per-thread interpreter state: the chain of active frames (what the collector scans and what
// tracebacks and sys._getframe read), the Python recursion depth and limit, and the stack of
// exceptions being handled (sys.exc_info, implicit chaining). One per worker (one Python thread
// runs per worker at a time).

import type { Value } from '../objects/value.js';

/** A frame as generated code builds it (fields v_* locals, c_* cells, t* temporaries). */
export interface Frame {
  code: Value;
  f: Value;
  g: number;
  ns: Value;
  back: Frame | null;
  /** Pin stack height when this frame started running (objects/alloc.ts). */
  pb: number;
  /** Current position: an id in the code object's position table (objects/code.ts codePosition). */
  ln: number;
  [field: string]: unknown;
}

export interface ThreadState {
  frame: Frame | null;
  depth: number;
  limit: number;
  /** Exceptions being handled, innermost last (sys.exc_info()[1] is the last). */
  handled: Value[];
}

export const TS: ThreadState = { frame: null, depth: 0, limit: 1000, handled: [] };
