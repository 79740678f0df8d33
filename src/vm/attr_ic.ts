// Attribute inline caches: `obj.name` and `obj.name = v` as generated code performs them. Each
// site remembers, for the receiver type it last saw (and that type's version tag, which changes
// whenever the class or a class in its MRO changes), what the generic lookup decided: where the
// value lives (instance dict, a __slots__ slot, the class) and which descriptor to run. A hit
// skips the MRO walk and the name hashing; a miss takes the generic path of attr.ts and
// re-specialises. CPython: Python/specialize.c (specialize_attr_loadclassattr, analyze_descriptor)
// and the LOAD_ATTR_* / STORE_ATTR_* instruction families in Python/bytecodes.c.
//
// Thread safety: the cache object belongs to one worker's compiled unit, so only that worker
// writes it. A type's version tag is re-read on every hit; a class changed by another thread
// between that read and the access is the same race CPython 3.14t's specialised instructions
// accept (the access behaves as if it happened just before the change).

import { I32 } from '../heap/index.js';
import { TypeFlag, TypeSlot, ModuleSlot, PropertySlot, DescrSlot } from '../objects/layouts.js';
import { Ref, T_TYPE, decode, encode, getSlot, type Value } from '../objects/value.js';
import { typeFlags, lookupTagged, isSubtype } from '../objects/typeobject.js';
import { builtinSlot, T_FUNCTION } from '../objects/protocol.js';
import { dictGetStrHinted, dictSetStrHinted } from '../objects/dict.js';
import { strHash32 } from '../objects/hash.js';
import { newMethod } from '../objects/method.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { moduleType } from '../objects/module.js';
import { propertyType, memberDescriptorType } from '../objects/descriptors.js';
import { getattr, setattr, type AttrIC } from './attr.js';
import { call1, call2 } from './call.js';

/** What a site's cache decided for its receiver type (AttrIC.k). */
export const enum AttrKind {
  /** Not specialised yet, or the receiver type changed: take the miss path. */
  None,
  /** Always the generic path (hooks, metaclasses, too many receiver types). */
  Generic,
  /** Load: only the instance dict can hold the name (no class attribute of that name). */
  Dict,
  /** Load: instance dict first, else the class's plain function, bound to the instance. */
  DictElseMethod,
  /** Load: instance dict first, else the class's value of a builtin type without __get__. */
  DictElseValue,
  /** Load/store: a __slots__ member descriptor; `d` is the slot index. */
  Member,
  /** Load/store: a property; `d` is the property object. */
  Property,
  /** Load: a module's attribute, from the module's dict. */
  Module,
  /** Store: into the instance dict (no data descriptor of that name on the class). */
  StoreDict,
}

/** Re-specialisations a site allows before it stays generic (a megamorphic site). */
const MAX_RESPECIALISE = 16;

let T_MODULE = 0;
let T_PROPERTY = 0;
let T_MEMBER = 0;
function initTypes(): void {
  T_MODULE = TYPE_ADDR[moduleType.index]!;
  T_PROPERTY = TYPE_ADDR[propertyType.index]!;
  T_MEMBER = TYPE_ADDR[memberDescriptorType.index]!;
}

function isClassType(t: number): boolean {
  return t === T_TYPE || isSubtype(t, T_TYPE);
}

/** Is `v` (tagged, from a class dict) a value whose type can never gain __get__/__set__? */
function isPlainBuiltinValue(v: number): boolean {
  if (v & 1) return true;
  const vt = I32[v >> 2]!;
  return !(typeFlags(vt) & TypeFlag.Heap) && builtinSlot(vt, 'descrGet') === undefined &&
    builtinSlot(vt, 'descrSet') === undefined;
}

/** obj.name through the site's cache `ic`. */
export function loadAttr(obj: Value, name: string, ic: AttrIC): Value {
  if (obj instanceof Ref) {
    const a = obj.a;
    const t = I32[a >> 2]!;
    // Hit: same receiver type and that type unchanged (version tag in TypeSlot.Version).
    if (t === ic.t && I32[(t >> 2) + 2 + TypeSlot.Version] === ic.v) {
      switch (ic.k) {
        case AttrKind.Dict: {
          const d = I32[(a >> 2) + 2 + ic.ds]!;
          if (d !== 0) {
            const v = dictGetStrHinted(d, name, ic.h, ic);
            if (v !== 0) return decode(v)!;
          }
          break; // absent: the generic path raises AttributeError with CPython's details
        }
        case AttrKind.DictElseMethod: {
          const d = ic.ds < 0 ? 0 : I32[(a >> 2) + 2 + ic.ds]!;
          if (d !== 0) {
            const v = dictGetStrHinted(d, name, ic.h, ic);
            if (v !== 0) return decode(v)!;
          }
          return newMethod(new Ref(ic.d), obj);
        }
        case AttrKind.DictElseValue: {
          const d = ic.ds < 0 ? 0 : I32[(a >> 2) + 2 + ic.ds]!;
          if (d !== 0) {
            const v = dictGetStrHinted(d, name, ic.h, ic);
            if (v !== 0) return decode(v)!;
          }
          return decode(ic.d)!;
        }
        case AttrKind.Member: {
          const v = I32[(a >> 2) + 2 + ic.d]!;
          if (v !== 0) return decode(v)!;
          break;
        }
        case AttrKind.Property: {
          const fget = decode(getSlot(ic.d, PropertySlot.Get))!;
          if (fget !== null) return call1(fget, obj);
          break;
        }
        case AttrKind.Module: {
          const v = dictGetStrHinted(getSlot(a, ModuleSlot.Dict), name, ic.h, ic);
          if (v !== 0) return decode(v)!;
          break;
        }
        default:
          break;
      }
      return getattr(obj, name);
    }
    if (ic.k !== AttrKind.Generic) specialiseLoad(t, name, ic);
  }
  return getattr(obj, name);
}

function retarget(t: number, name: string, ic: AttrIC): boolean {
  if (T_MODULE === 0) initTypes();
  if (ic.t !== 0 && ++ic.n > MAX_RESPECIALISE) {
    ic.k = AttrKind.Generic;
    return false;
  }
  ic.t = t;
  ic.v = I32[(t >> 2) + 2 + TypeSlot.Version]!;
  if (ic.h === 0) ic.h = strHash32(name);
  ic.ds = getSlot(t, TypeSlot.DictSlot) >> 1;
  ic.ix = 0;
  ic.k = AttrKind.None;
  return true;
}

/** Decides how a load of `name` on instances of `t` behaves, as genericGetAttr would. */
function specialiseLoad(t: number, name: string, ic: AttrIC): void {
  if (!retarget(t, name, ic)) return;
  const flags = typeFlags(t);
  if (flags & (TypeFlag.HasGetattribute | TypeFlag.HasGetattr)) return;
  if (t === T_MODULE) {
    // __spec__ and __loader__ may hold a placeholder the module type's getattr replaces (module_spec.ts).
    if (name !== '__spec__' && name !== '__loader__') ic.k = AttrKind.Module;
    return;
  }
  if (isClassType(t) || builtinSlot(t, 'getattr') !== undefined) return;
  const cv = lookupTagged(t, name);
  if (cv === 0) {
    if (ic.ds >= 0) ic.k = AttrKind.Dict;
    return;
  }
  if (cv & 1) {
    ic.d = cv;
    ic.k = AttrKind.DictElseValue;
    return;
  }
  const ct = I32[cv >> 2]!;
  if (ct === T_MEMBER) {
    ic.d = getSlot(cv, DescrSlot.Native) >> 1;
    ic.k = AttrKind.Member;
  } else if (ct === T_PROPERTY) {
    ic.d = cv;
    ic.k = AttrKind.Property;
  } else if (ct === T_FUNCTION) {
    ic.d = cv;
    ic.k = AttrKind.DictElseMethod;
  } else if (isPlainBuiltinValue(cv)) {
    ic.d = cv;
    ic.k = AttrKind.DictElseValue;
  }
}

/** obj.name = value through the site's cache `ic`. */
export function storeAttr(obj: Value, name: string, value: Value, ic: AttrIC): void {
  if (obj instanceof Ref) {
    const a = obj.a;
    const t = I32[a >> 2]!;
    if (t === ic.t && I32[(t >> 2) + 2 + TypeSlot.Version] === ic.v) {
      switch (ic.k) {
        case AttrKind.StoreDict: {
          const d = I32[(a >> 2) + 2 + ic.ds]!;
          if (d !== 0) {
            dictSetStrHinted(d, name, ic.h, value, ic);
            return;
          }
          break; // no dict yet: the generic path creates it
        }
        case AttrKind.Member:
          // One aligned word store: atomic, as CPython's member_set under free threading.
          I32[(a >> 2) + 2 + ic.d] = encode(value);
          return;
        case AttrKind.Property: {
          const fset = decode(getSlot(ic.d, PropertySlot.Set))!;
          if (fset !== null) {
            call2(fset, obj, value);
            return;
          }
          break;
        }
        default:
          break;
      }
      setattr(obj, name, value);
      return;
    }
    if (ic.k !== AttrKind.Generic) specialiseStore(t, name, ic);
  }
  setattr(obj, name, value);
}

/** Decides how a store of `name` on instances of `t` behaves, as genericSetAttr would. */
function specialiseStore(t: number, name: string, ic: AttrIC): void {
  if (!retarget(t, name, ic)) return;
  if (typeFlags(t) & TypeFlag.HasSetattr) return;
  if (isClassType(t) || builtinSlot(t, 'setattr') !== undefined) return;
  const cv = lookupTagged(t, name);
  if (cv !== 0 && (cv & 1) === 0) {
    const ct = I32[cv >> 2]!;
    if (ct === T_MEMBER) {
      ic.d = getSlot(cv, DescrSlot.Native) >> 1;
      ic.k = AttrKind.Member;
      return;
    }
    if (ct === T_PROPERTY) {
      ic.d = cv;
      ic.k = AttrKind.Property;
      return;
    }
    // Anything else that might define __set__/__delete__ (now or later) stays generic.
    if (ct !== T_FUNCTION && !isPlainBuiltinValue(cv)) return;
  }
  if (ic.ds >= 0) ic.k = AttrKind.StoreDict;
}
