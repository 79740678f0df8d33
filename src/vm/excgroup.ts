// BaseExceptionGroup.split / subgroup and the splitting `except*` does: partition a (nested)
// group by a matcher, rebuilding each part with derive() and the original's traceback, context,
// cause and notes. CPython: Objects/exceptions.c (get_matcher_type, exceptiongroup_subset,
// exceptiongroup_split_recursive).

import { Ref, type Value, T_TYPE } from '../objects/value.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { raise, call, truthy, toArray, callSpecial } from '../objects/protocol.js';
import { newTuple, tupleItems, isExactTuple } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { ExcSlot } from '../objects/layouts.js';
import { getSlot, setSlot, tagInt } from '../objects/value.js';
import { getExtra } from '../objects/exceptions.js';
import { getattrOrUndefined, setattr } from './attr.js';
import { excMatches } from './exc.js';
import { isCallableValue } from './callable.js';

type Matcher = { kind: 'type'; value: Value } | { kind: 'predicate'; value: Value };

function isExcClass(v: Value): boolean {
  return v instanceof Ref && isSubtype(typeOf(v), T_TYPE) && isSubtype(v.a, builtinTypeAddr('BaseException'));
}

function matcherOf(v: Value): Matcher {
  if (isCallableValue(v) && !(v instanceof Ref && isSubtype(typeOf(v), T_TYPE))) return { kind: 'predicate', value: v };
  if (isExcClass(v)) return { kind: 'type', value: v };
  if (isExactTuple(v) && tupleItems(v.a).every(isExcClass)) return { kind: 'type', value: v };
  raise('TypeError', 'expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

function isGroup(e: Value): e is Ref {
  return e instanceof Ref && isSubtype(typeOf(e), builtinTypeAddr('BaseExceptionGroup'));
}

function matches(e: Value, m: Matcher): boolean {
  if (m.kind === 'type') return excMatches(e as Ref, m.value);
  return truthy(call(m.value, [e]));
}

/** exceptiongroup_subset: orig.derive(excs) with orig's metadata; null for no exceptions. */
function subset(orig: Ref, excs: Value[]): Value {
  if (excs.length === 0) return null;
  const eg = callSpecial(orig, 'derive', [newList(excs)])!;
  if (!isGroup(eg)) raise('TypeError', 'derive must return an instance of BaseExceptionGroup');
  const tb = getSlot(orig.a, ExcSlot.Traceback);
  if (tb !== 0) setSlot(eg.a, ExcSlot.Traceback, tb);
  setSlot(eg.a, ExcSlot.Context, getSlot(orig.a, ExcSlot.Context));
  setSlot(eg.a, ExcSlot.Cause, getSlot(orig.a, ExcSlot.Cause));
  const notes = getattrOrUndefined(orig, '__notes__');
  if (notes !== undefined) {
    let copy: Value | undefined;
    try {
      copy = newList(toArray(notes));
    } catch {
      copy = undefined;
    }
    if (copy !== undefined && typeof notes !== 'string') setattr(eg, '__notes__', copy);
  }
  return eg;
}

function splitRecursive(e: Value, m: Matcher, rest: boolean): [Value, Value] {
  if (matches(e, m)) return [e, null];
  if (!isGroup(e)) return [null, rest ? e : null];
  const matched: Value[] = [];
  const others: Value[] = [];
  for (const x of tupleItems((getExtraTuple(e)).a)) {
    const [a, b] = splitRecursive(x, m, rest);
    if (a !== null) matched.push(a);
    if (b !== null) others.push(b);
  }
  return [subset(e, matched), rest ? subset(e, others) : null];
}

function getExtraTuple(e: Ref): Ref {
  return getExtra(e, 'exceptions') as Ref;
}

/** BaseExceptionGroup.split (split=true: a (match, rest) tuple) and .subgroup (the match). */
export function groupSplit(self: Value, matcher: Value, split: boolean): Value {
  const m = matcherOf(matcher);
  const [match, rest] = splitRecursive(self, m, split);
  return split ? newTuple([match, rest]) : match;
}

/** except*'s split of the exception being handled by the clause's type. */
export function exceptStarSplit(g: Value, t: Value): [Value, Value] {
  const [match, rest] = splitRecursive(g, { kind: 'type', value: t }, true);
  return [match, rest];
}

/** A new ExceptionGroup('', excs) (except* wraps naked exceptions and re-raises these). */
export function makeExceptionGroup(msg: string, excs: Ref[], asList = false): Ref {
  // A wrapped naked exception gets a tuple, _PyExc_PrepReraiseStar's group a list (seen in repr).
  const g = call(new Ref(builtinTypeAddr('BaseExceptionGroup')), [msg, asList ? newList(excs) : newTuple(excs)]) as Ref;
  setSlot(g.a, ExcSlot.SuppressContext, tagInt(0));
  return g;
}
