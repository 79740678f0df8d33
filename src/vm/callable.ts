// callable(): does the value's type define __call__? CPython: Objects/object.c PyCallable_Check.

import { Ref, type Value } from '../objects/value.js';
import { typeOf, lookup } from '../objects/typeobject.js';

export function isCallableValue(v: Value): boolean {
  return v instanceof Ref && lookup(typeOf(v), '__call__') !== undefined;
}
