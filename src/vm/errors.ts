// Raising Python exceptions from JavaScript. A raised exception travels as a JS throw of the
// exception object (a Ref); JavaScript errors that escape (stack overflow, internal bugs) are
// turned into RecursionError / SystemError where they are caught (exc.ts).

import { Ref, type Value } from '../objects/value.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { newException, setExtra } from '../objects/exceptions.js';
import { isSubtype, typeOf } from '../objects/typeobject.js';
import { setSlot } from '../objects/value.js';
import { ExcSlot } from '../objects/layouts.js';
import { TS } from './state.js';

/** A new exception of builtin class `cls` with args (msg). */
export function pyExc(cls: string, msg?: string): Ref {
  const e = newException(builtinTypeAddr(cls), msg === undefined ? [] : [msg]);
  // Raised while another is being handled: implicit chaining (__context__).
  const h = TS.handled;
  if (h.length > 0) {
    const ctx = h[h.length - 1];
    if (ctx instanceof Ref) setSlot(e.a, ExcSlot.Context, ctx.a);
  }
  return e;
}

/** Throws builtin exception `cls`(msg). */
export function raise(cls: string, msg: string): never {
  throw pyExc(cls, msg);
}

export function raiseAttributeError(msg: string, name: string, obj: Value): never {
  const e = pyExc('AttributeError', msg);
  setExtra(e, 'name', name);
  setExtra(e, 'obj', obj);
  throw e;
}

export function raiseNameError(cls: 'NameError' | 'UnboundLocalError', msg: string, name: string): never {
  const e = pyExc(cls, msg);
  // ceval.c format_exc_check_arg records the name (for suggestions) on NameError only.
  if (cls === 'NameError') setExtra(e, 'name', name);
  throw e;
}

export function isInstanceOfBuiltin(v: Value, cls: string): boolean {
  return v instanceof Ref && isSubtype(typeOf(v), builtinTypeAddr(cls));
}
