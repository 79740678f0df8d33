// The atexit module: functions to call when the interpreter exits, last registered first. The list
// is interpreter-wide (any thread may register); the CLI runs it before flushing stdio.
// CPython: Modules/atexitmodule.c (atexit_register, atexit_callfuncs).

import { Ref, type Value } from '../objects/value.js';
import { call, raise, repr } from '../objects/protocol.js';
import { eq } from '../objects/coll_ops.js';
import { newList, listItems, listLen, listAppend, listSetAll } from '../objects/list.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newDict, dictItems, dictSet, dictGet, dictSetDefault } from '../objects/dict.js';
import { interpreterState } from '../vm/runtime.js';
import { isCallableValue } from '../vm/callable.js';
import { defineModule } from './define.js';
import { reportUnraisable } from './weakref_table.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const KEY = 'atexit.callbacks';

/** The callbacks: a heap list of (func, args, kwargs) tuples, in registration order. */
function callbacks(): number {
  const st = interpreterState();
  let l = dictGet(st, KEY);
  if (l === undefined) l = dictSetDefault(st, KEY, newList([]));
  return (l as Ref).a;
}

function register(func: Value, args: Value[], kwargs: Map<string, Value>): Value {
  if (!isCallableValue(func)) raise('TypeError', 'the first argument must be callable');
  const kw = newDict();
  for (const [k, v] of kwargs) dictSet(kw, k, v);
  listAppend(callbacks(), newTuple([func, newTuple(args), new Ref(kw)]));
  return func;
}

function unregister(func: Value): Value {
  const l = callbacks();
  // eq may run Python code that registers or unregisters: compare first, then rewrite the list.
  const keep = listItems(l).filter((cb) => !eq(tupleItems((cb as Ref).a)[0]!, func));
  listSetAll(l, keep);
  return null;
}

/** atexit_callfuncs: runs and forgets every callback, newest first; errors are reported, not raised. */
export function runExitFuncs(): void {
  const l = callbacks();
  for (;;) {
    const items = listItems(l);
    if (items.length === 0) return;
    const cb = items[items.length - 1]!;
    listSetAll(l, items.slice(0, -1));
    const [func, args, kw] = tupleItems((cb as Ref).a) as [Value, Ref, Ref];
    const kwItems = dictItems(kw.a);
    try {
      call(func, tupleItems(args.a), kwItems.length ? kwItems.map(([k]) => k as string) : null,
        kwItems.length ? kwItems.map(([, v]) => v) : null);
    } catch (e) {
      let r: string;
      try {
        r = repr(func);
      } catch {
        r = '<object repr() failed>';
      }
      reportUnraisable(`Exception ignored in atexit callback ${r}`, e);
    }
  }
}

export const atexitModule = defineModule({
  name: 'atexit',
  doc: 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n',
  functions: {
    register: { sig: 'register(func, /, *args, **kwargs)', fn: fn(register) },
    unregister: { sig: 'unregister(func, /)', fn: fn(unregister) },
    _run_exitfuncs: { sig: '_run_exitfuncs($module, /)', fn: fn(() => (runExitFuncs(), null)) },
    _clear: { sig: '_clear($module, /)', fn: fn(() => (listSetAll(callbacks(), []), null)) },
    _ncallbacks: { sig: '_ncallbacks($module, /)', fn: fn(() => listLen(callbacks())) },
  },
});
