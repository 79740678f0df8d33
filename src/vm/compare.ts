// Comparison operators for generated code: number and str fast paths, then rich comparison
// (objects/coll_ops.ts richCompare: reflected operands, identity fallback for ==/!=).

import type { Value } from '../objects/value.js';
import { richCompare, Cmp, compareStr, sameObject } from '../objects/coll_ops.js';
import { contains as containsProto, truthy } from '../objects/protocol.js';

export function eq(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return richCompare(a, b, Cmp.EQ);
}

export function ne(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  return richCompare(a, b, Cmp.NE);
}

export function lt(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return compareStr(a, b) < 0;
  return richCompare(a, b, Cmp.LT);
}

export function le(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return compareStr(a, b) <= 0;
  return richCompare(a, b, Cmp.LE);
}

export function gt(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (typeof a === 'string' && typeof b === 'string') return compareStr(a, b) > 0;
  return richCompare(a, b, Cmp.GT);
}

export function ge(a: Value, b: Value): Value {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (typeof a === 'string' && typeof b === 'string') return compareStr(a, b) >= 0;
  return richCompare(a, b, Cmp.GE);
}

export function is(a: Value, b: Value): boolean {
  return sameObject(a, b);
}

export function isNot(a: Value, b: Value): boolean {
  return !sameObject(a, b);
}

/** `item in container` (generated as contains(container, item)). */
export function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  return containsProto(container, item);
}

export { truthy };
