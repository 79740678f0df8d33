// Traceback and frame objects as Python sees them (tb_next, tb_frame, tb_lineno, f_code,
// f_globals, f_lineno, f_back, f_locals). Frames are made lazily from the interpreter's
// JavaScript frames, only when a traceback or sys._getframe needs one.
// CPython: Python/traceback.c, Objects/frameobject.c.

import { allocObj } from './alloc.js';
import { TracebackSlot, FrameSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR } from './registry.js';
import { raise } from './protocol.js';

export const tracebackType = defineBuiltinType({
  name: 'traceback',
  instanceSlots: TracebackSlot.Count,
  getsets: {
    tb_next: {
      get: ((s: Value) => decode(getSlot((s as Ref).a, TracebackSlot.Next)) ?? null) as never,
      set: ((s: Value, v: Value) => {
        if (v !== null && !(v instanceof Ref && getSlot(v.a, -2) === TYPE_ADDR[tracebackType.index])) {
          raise('TypeError', `expected traceback object or None, got '${typeof v}'`);
        }
        setSlot((s as Ref).a, TracebackSlot.Next, encode(v));
        return null;
      }) as never,
    },
    tb_frame: { get: ((s: Value) => decode(getSlot((s as Ref).a, TracebackSlot.Frame))!) as never },
    tb_lineno: { get: ((s: Value) => getSlot((s as Ref).a, TracebackSlot.Lineno) >> 1) as never },
    tb_lasti: { get: ((s: Value) => getSlot((s as Ref).a, TracebackSlot.Lasti) >> 1) as never },
  },
});

/** A traceback entry; `lasti` is 2 * the position id (tb_lasti, an index into co_positions()). */
export function newTraceback(next: Value, frame: Ref, lineno: number, lasti = -1): Ref {
  const t = allocObj(TYPE_ADDR[tracebackType.index]!, TracebackSlot.Count, 0);
  setSlot(t, TracebackSlot.Next, encode(next));
  setSlot(t, TracebackSlot.Frame, frame.a);
  setSlot(t, TracebackSlot.Lineno, tagInt(lineno));
  setSlot(t, TracebackSlot.Lasti, tagInt(lasti));
  return new Ref(t);
}

let frameLocalsHook: (f: Ref) => Value = () => null;
/** The (line, lasti) of a frame that is still running (undefined once it has exited): set by the VM. */
let liveFrameHook: (f: Ref) => [number, number] | undefined = () => undefined;
export function setLiveFrameHook(f: typeof liveFrameHook): void {
  liveFrameHook = f;
}
export function setFrameLocalsHook(f: typeof frameLocalsHook): void {
  frameLocalsHook = f;
}
/** Is the frame object's JS frame still running (on this thread's stack)? Set by the VM. */
let executingHook: (f: Ref) => boolean = () => false;
export function setFrameExecutingHook(f: typeof executingHook): void {
  executingHook = f;
}

export const frameType = defineBuiltinType({
  name: 'frame',
  instanceSlots: FrameSlot.Count,
  methods: {
    clear: {
      sig: 'clear($self, /)',
      doc: 'Clear all references held by the frame.',
      // frame_clear_impl: a finished frame drops its locals (traceback.clear_frames, unittest's
      // assertRaises); a running one cannot.
      fn: ((s: Value) => {
        if (executingHook(s as Ref)) raise('RuntimeError', 'cannot clear an executing frame');
        setSlot((s as Ref).a, FrameSlot.Locals, 0);
        return null;
      }) as never,
    },
  },
  getsets: {
    f_code: { get: ((s: Value) => decode(getSlot((s as Ref).a, FrameSlot.Code))!) as never },
    f_globals: { get: ((s: Value) => decode(getSlot((s as Ref).a, FrameSlot.Globals))!) as never },
    f_builtins: { get: ((s: Value) => decode(getSlot((s as Ref).a, FrameSlot.Builtins)) ?? null) as never },
    f_back: { get: ((s: Value) => decode(getSlot((s as Ref).a, FrameSlot.Back)) ?? null) as never },
    f_lineno: { get: ((s: Value) => liveFrameHook(s as Ref)?.[0] ?? getSlot((s as Ref).a, FrameSlot.Lineno) >> 1) as never },
    f_lasti: { get: ((s: Value) => liveFrameHook(s as Ref)?.[1] ?? getSlot((s as Ref).a, FrameSlot.Lasti) >> 1) as never },
    f_locals: { get: ((s: Value) => frameLocalsHook(s as Ref)) as never },
    f_trace: { get: (() => null) as never, set: (() => null) as never },
  },
});

export function newFrameObject(code: Value, globals: number, back: Value, lineno: number, builtins: number,
  lasti = -1): Ref {
  const f = allocObj(TYPE_ADDR[frameType.index]!, FrameSlot.Count, 0);
  setSlot(f, FrameSlot.Code, encode(code));
  setSlot(f, FrameSlot.Globals, globals);
  setSlot(f, FrameSlot.Back, encode(back));
  setSlot(f, FrameSlot.Lineno, tagInt(lineno));
  setSlot(f, FrameSlot.Builtins, builtins);
  setSlot(f, FrameSlot.Lasti, tagInt(lasti));
  return new Ref(f);
}

export function setFrameLineno(f: Ref, lineno: number, lasti = -1): void {
  setSlot(f.a, FrameSlot.Lineno, tagInt(lineno));
  setSlot(f.a, FrameSlot.Lasti, tagInt(lasti));
}
