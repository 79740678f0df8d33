// The class statement (builtins.__build_class__): resolve __mro_entries__, find the metaclass,
// __prepare__ the namespace, run the body in it, create the class with the metaclass, and fill
// the __class__ cell that zero-argument super() uses. CPython: Python/bltinmodule.c
// builtin___build_class__.

import { I32 } from '../heap/index.js';
import { FuncSlot } from '../objects/layouts.js';
import { Ref, getSlot, type Value, T_TYPE } from '../objects/value.js';
import { typeOf, isSubtype, lookup, typeName } from '../objects/typeobject.js';
import { call, descrGet, typeNameOf, toArray } from '../objects/protocol.js';
import { codeEntry } from '../objects/code.js';
import { cellGet, cellSet } from '../objects/cell.js';
import { newTuple } from '../objects/tuple.js';
import { newDict, dictSet, isDict } from '../objects/dict.js';
import { calculateMetaclassOfTypes } from '../objects/typenew.js';
import { raise } from './errors.js';
import { getattrOrUndefined } from './attr.js';
import { setitem } from '../objects/protocol.js';

function isClass(v: Value): v is Ref {
  return v instanceof Ref && isSubtype(I32[v.a >> 2]!, T_TYPE);
}

/** PEP 560: replace bases that define __mro_entries__. Returns [bases, changed]. */
function resolveBases(bases: Value[]): [Value[], boolean] {
  const out: Value[] = [];
  let changed = false;
  const orig = newTuple(bases);
  for (const b of bases) {
    if (isClass(b)) {
      out.push(b);
      continue;
    }
    const me = getattrOrUndefined(b, '__mro_entries__');
    if (me === undefined) {
      out.push(b);
      continue;
    }
    const r = call(me, [orig]);
    if (!(r instanceof Ref) || typeName(typeOf(r)) !== 'tuple') raise('TypeError', '__mro_entries__ must return a tuple');
    out.push(...toArray(r));
    changed = true;
  }
  return [out, changed];
}

export function buildClass(body: Value, name: string, basesIn: Value[], baseFlags: number[], kwValues: Value[],
  kwNames: Array<string | null>): Value {
  const origBases: Value[] = [];
  basesIn.forEach((b, i) => {
    if (baseFlags[i]) origBases.push(...toArray(b));
    else origBases.push(b);
  });
  const kw = new Map<string, Value>();
  kwNames.forEach((n, i) => {
    if (n === null) {
      const m = kwValues[i]!;
      for (const k of toArray(call(getattrOrUndefined(m, 'keys')!, []))) kw.set(k as string, call(getattrOrUndefined(m, '__getitem__')!, [k]));
    } else {
      kw.set(n, kwValues[i]!);
    }
  });
  const [bases, changed] = resolveBases(origBases);
  let meta: Value;
  let isolated = false;
  if (kw.has('metaclass')) {
    meta = kw.get('metaclass')!;
    kw.delete('metaclass');
    isolated = isClass(meta);
  } else {
    meta = bases.length ? new Ref(typeOf(bases[0]!)) : new Ref(T_TYPE);
    isolated = true;
  }
  if (isolated && isClass(meta)) {
    // _PyType_CalculateMetaclass goes by each base's type, whatever the base is (type.__new__
    // rejects bases that are not classes later).
    meta = new Ref(calculateMetaclassOfTypes(meta.a, bases.map((b) => typeOf(b))));
  }
  const basesT = newTuple(bases);
  const prep = getattrOrUndefined(meta, '__prepare__');
  const kwN = [...kw.keys()];
  const ns = prep === undefined ? new Ref(newDict()) : call(prep, [name, basesT], kwN.length ? kwN : null, kwN.length ? [...kw.values()] : null);
  if (!(ns instanceof Ref) || (!isDict(ns) && lookup(typeOf(ns), '__getitem__') === undefined)) {
    raise('TypeError', `${isClass(meta) ? typeName(meta.a) : '<metaclass>'}.__prepare__() must return a mapping, not ${typeNameOf(ns)}`);
  }
  // Run the body with the namespace as its locals.
  const e = codeEntry(getSlot((body as Ref).a, FuncSlot.Code));
  e.fn(body, ns);
  if (changed) {
    if (isDict(ns)) dictSet(ns.a, '__orig_bases__', newTuple(origBases));
    else setitem(ns, '__orig_bases__', newTuple(origBases));
  }
  const cls = call(meta, [name, basesT, ns], kwN.length ? kwN : null, kwN.length ? [...kw.values()] : null);
  return cls;
}

/** Fills the class cell (zero-argument super()) once the class exists. */
export function setClassCell(cell: Value, cls: Value): void {
  const cur = cellGet((cell as Ref).a);
  if (cur !== undefined && !(cur instanceof Ref && cls instanceof Ref && cur.a === cls.a)) {
    raise('TypeError', `__class__ set to ${String(cur)} defining ${String(cls)} as ${String(cls)}`);
  }
  cellSet((cell as Ref).a, cls);
}

export { descrGet };
