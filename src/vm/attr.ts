// Attribute access as generated code performs it: getattr/setattr/delattr with the
// __getattribute__ / __getattr__ / __setattr__ hooks of user classes, class attribute access,
// and modules (PEP 562 __getattr__). CPython: Objects/object.c PyObject_GetAttr,
// Objects/typeobject.c slot_tp_getattr_hook.

import { I32 } from '../heap/index.js';
import { TypeFlag } from '../objects/layouts.js';
import { Ref, type Value, T_TYPE } from '../objects/value.js';
import { typeOf, typeFlags, lookup, isSubtype } from '../objects/typeobject.js';
import { builtinSlot, callDescriptor, typeNameOf } from '../objects/protocol.js';
import { genericGetAttr, genericSetAttr, attributeError } from '../objects/object.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { typeGetAttr, typeSetAttr } from '../objects/type.js';
import { isInstanceOfBuiltin } from './errors.js';
import type { CodeEntry } from '../objects/code.js';

/**
 * An inline cache object per attribute or method-call site (attr_ic.ts and call.ts fill it in).
 * All fields exist from the start so that every cache has the same shape.
 */
export interface AttrIC {
  /** The receiver's type and its version tag when the site was specialised. */
  t: number;
  v: number;
  /** Method-call sites: the cached method (tagged), 0 when the call must take the generic path. */
  m: number;
  /** Attribute sites: what the lookup decided (attr_ic.ts AttrKind) and its datum. */
  k: number;
  d: number;
  /** The type's instance-dict slot index, or -1. */
  ds: number;
  /** The name's hash (computed once per site). */
  h: number;
  /** The instance-dict entry where the name was last found, and its key (dict.ts EntryHint). */
  ix: number;
  key: number;
  kep: number;
  /** How many times the site re-specialised (megamorphic sites stop). */
  n: number;
  /** Method-call sites: `m` as a Ref, and its code's compiled entry (call.ts CallIC fields). */
  f: Ref | null;
  c: number;
  ep: number;
  e: CodeEntry | null;
}

export function attrIC(): AttrIC {
  return { t: 0, v: -1, m: 0, k: 0, d: 0, ds: -1, h: 0, ix: 0, key: 0, kep: -1, n: 0, f: null, c: 0, ep: -1, e: null };
}

function isClass(t: number): boolean {
  return t === T_TYPE || isSubtype(t, T_TYPE);
}

/** getattr(obj, name), raising AttributeError when absent. */
export function getattr(obj: Value, name: string, _ic?: AttrIC): Value {
  let v: Value | undefined;
  try {
    v = getattrOrUndefined(obj, name);
    if (v === undefined) attributeError(obj, name);
  } catch (e) {
    // PyObject_GetAttr's set_attribute_error_context: fill in .name/.obj if the raiser did not.
    if (e instanceof Ref && isInstanceOfBuiltin(e, 'AttributeError') && getExtra(e, 'name') === null) {
      setExtra(e, 'name', name);
      setExtra(e, 'obj', obj);
    }
    throw e;
  }
  return v;
}

/** getattr(obj, name) or undefined (AttributeError from __getattr__ is also turned into undefined). */
export function getattrOrUndefined(obj: Value, name: string): Value | undefined {
  const t = typeOf(obj);
  const flags = typeFlags(t);
  if (flags & (TypeFlag.HasGetattribute | TypeFlag.HasGetattr)) return hookedGetattr(obj, t, name, flags);
  if (obj instanceof Ref) {
    if (isClass(t) && !(flags & TypeFlag.Heap)) return typeGetAttr(obj, name);
    const slot = builtinSlot(t, 'getattr');
    if (slot !== undefined) return slot(obj, name);
    // A metaclass without its own __getattribute__ (no HasGetattribute flag) uses type's.
    if (isClass(t)) return typeGetAttr(obj, name);
  }
  return genericGetAttr(obj, name);
}

function hookedGetattr(obj: Value, t: number, name: string, flags: number): Value | undefined {
  let v: Value | undefined;
  if (flags & TypeFlag.HasGetattribute) {
    const ga = lookup(t, '__getattribute__')!;
    try {
      v = callDescriptor(ga, obj, t, [name]);
    } catch (e) {
      if (!(flags & TypeFlag.HasGetattr) || !isInstanceOfBuiltin(e as Value, 'AttributeError')) throw e;
      v = undefined;
    }
  } else {
    try {
      v = obj instanceof Ref && isClass(t) ? typeGetAttr(obj, name) : genericGetAttr(obj, name);
    } catch (e) {
      // slot_tp_getattr_hook: an AttributeError from a descriptor (a property) falls back too.
      if (!(flags & TypeFlag.HasGetattr) || !isInstanceOfBuiltin(e as Value, 'AttributeError')) throw e;
      v = undefined;
    }
  }
  if (v !== undefined || !(flags & TypeFlag.HasGetattr)) return v;
  const g = lookup(t, '__getattr__')!;
  return callDescriptor(g, obj, t, [name]);
}

export function setattr(obj: Value, name: string, value: Value): void {
  setOrDel(obj, name, value);
}

export function delattr(obj: Value, name: string): void {
  setOrDel(obj, name, undefined);
}

function setOrDel(obj: Value, name: string, value: Value | undefined): void {
  const t = typeOf(obj);
  const flags = typeFlags(t);
  if (flags & TypeFlag.HasSetattr) {
    const m = lookup(t, value === undefined ? '__delattr__' : '__setattr__')!;
    callDescriptor(m, obj, t, value === undefined ? [name] : [name, value]);
    return;
  }
  if (obj instanceof Ref && isClass(t)) {
    typeSetAttr(obj, name, value);
    return;
  }
  const slot = builtinSlot(t, 'setattr');
  if (slot !== undefined) {
    slot(obj, name, value);
    return;
  }
  if (!(obj instanceof Ref)) {
    const d = lookup(t, name);
    // A data descriptor (int.real) words its own refusal.
    if (d !== undefined && typeOf(d) === builtinTypeAddr('getset_descriptor')) return genericSetAttr(obj, name, value);
    throw attrReadOnly(obj, name, d !== undefined, value === undefined);
  }
  genericSetAttr(obj, name, value);
}

function attrReadOnly(obj: Value, name: string, exists: boolean, del: boolean): never {
  void del;
  if (exists) attributeErrorRO(obj, name);
  const tn = typeNameOf(obj);
  throw attrErr(`'${tn}' object has no attribute '${name}' and no __dict__ for setting new attributes`, name, obj);
}

function attributeErrorRO(obj: Value, name: string): never {
  throw attrErr(`'${typeNameOf(obj)}' object attribute '${name}' is read-only`, name, obj);
}

import { pyExc } from './errors.js';
import { setExtra, getExtra } from '../objects/exceptions.js';
function attrErr(msg: string, name: string, obj: Value): Value {
  const e = pyExc('AttributeError', msg);
  setExtra(e, 'name', name);
  setExtra(e, 'obj', obj);
  return e;
}

export function hasattr(obj: Value, name: string): boolean {
  try {
    return getattrOrUndefined(obj, name) !== undefined;
  } catch (e) {
    if (isInstanceOfBuiltin(e as Value, 'AttributeError')) return false;
    throw e;
  }
}

export { I32 };
