// f-strings and t-strings: format(value, spec), the !s/!r/!a conversions, and the Template /
// Interpolation objects of PEP 750 (string.templatelib). CPython: Python/ceval.c
// (FORMAT_SIMPLE/FORMAT_WITH_SPEC, CONVERT_VALUE), Objects/templateobject.c,
// Objects/interpolationobject.c.

import { Ref, PyFloat, getSlot, setSlot, encode, decode, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { typeOf, lookup } from '../objects/typeobject.js';
import { str, repr, reprObject, strValueOf, callDescriptor, typeNameOf } from '../objects/protocol.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { newTuple, tupleItems, isTuple } from '../objects/tuple.js';
import { raise } from './errors.js';

/** ascii(v): repr with non-ASCII characters escaped. */
export function ascii(v: Value): string {
  return asciiEscape(repr(v));
}

/** builtins.ascii: an all-ASCII repr is returned as it is, even a str subclass (PyObject_ASCII). */
export function asciiObject(v: Value): Value {
  const r = reprObject(v);
  const s = typeof r === 'string' ? r : strValueOf(r as Ref);
  return /^[\x00-\x7f]*$/.test(s) ? r : asciiEscape(s);
}

function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** The !s (115), !r (114), !a (97) conversions. */
export function convert(v: Value, conv: number): Value {
  switch (conv) {
    case 115: return str(v);
    case 114: return repr(v);
    case 97: return ascii(v);
    default: return v;
  }
}

/** format(v, spec) as a JS string (PyObject_Format). */
export function formatValue(v: Value, spec: Value): string {
  if (spec === '' || spec === null) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  }
  const t = typeOf(v);
  const m = lookup(t, '__format__');
  if (m === undefined) raise('TypeError', `Type ${typeNameOf(v)} doesn't define __format__`);
  const r = callDescriptor(m, v, t, [spec]);
  if (typeof r !== 'string') raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
  return r;
}

// ---- PEP 750 --------------------------------------------------------------------------------

const enum InterpSlot { Value, Expression, Conversion, FormatSpec, Count }
const enum TemplateSlot { Strings, Interpolations, Count }

const CONV: Record<number, Value> = { [-1]: null, 115: 's', 114: 'r', 97: 'a' };

export const interpolationType = defineBuiltinType({
  name: 'Interpolation',
  module: 'string.templatelib',
  instanceSlots: InterpSlot.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, value, expression="", conversion=None, format_spec="")', kind: 'staticmethod',
      fn: ((_t: Value, value: Value, expression: Value, conversion: Value, spec: Value) => {
        if (conversion !== null && conversion !== 's' && conversion !== 'r' && conversion !== 'a') {
          raise('ValueError', "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
        }
        return makeInterpolation(value, expression as string, conversion, spec as string);
      }) as never,
    },
    __repr__: {
      sig: '__repr__($self, /)',
      fn: ((s: Value) => {
        const a = (s as Ref).a;
        return `Interpolation(${repr(decode(getSlot(a, 0))!)}, ${repr(decode(getSlot(a, 1))!)}, ${repr(decode(getSlot(a, 2))!)}, ${repr(decode(getSlot(a, 3))!)})`;
      }) as never,
    },
  },
  getsets: {
    value: { get: ((s: Value) => decode(getSlot((s as Ref).a, InterpSlot.Value))!) as never },
    expression: { get: ((s: Value) => decode(getSlot((s as Ref).a, InterpSlot.Expression))!) as never },
    conversion: { get: ((s: Value) => decode(getSlot((s as Ref).a, InterpSlot.Conversion))!) as never },
    format_spec: { get: ((s: Value) => decode(getSlot((s as Ref).a, InterpSlot.FormatSpec))!) as never },
  },
  attrs: { __match_args__: () => newTuple(['value', 'expression', 'conversion', 'format_spec']) },
});

function makeInterpolation(value: Value, expression: string, conversion: Value, spec: Value): Value {
  const a = allocObj(TYPE_ADDR[interpolationType.index]!, InterpSlot.Count, 0);
  setSlot(a, InterpSlot.Value, encode(value));
  setSlot(a, InterpSlot.Expression, encode(expression));
  setSlot(a, InterpSlot.Conversion, encode(conversion));
  setSlot(a, InterpSlot.FormatSpec, encode(spec));
  return new Ref(a);
}

/** An Interpolation from a t-string replacement field. */
export function interpolation(value: Value, expression: string, conversion: number, spec: Value): Value {
  return makeInterpolation(value, expression, CONV[conversion] ?? null, spec === null ? '' : spec);
}

export const templateType = defineBuiltinType({
  name: 'Template',
  module: 'string.templatelib',
  instanceSlots: TemplateSlot.Count,
  methods: {
    // template_new: strings and Interpolations in any order; adjacent strings are joined and
    // the strings always surround the interpolations.
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((_t: Value, args: Value[], kw: Map<string, Value>) => {
        if (kw.size) raise('TypeError', 'Template.__new__ only accepts *args arguments');
        const strs: string[] = [];
        const ints: Value[] = [];
        let lastStr = false;
        for (const item of args) {
          if (typeof item === 'string') {
            if (lastStr) strs[strs.length - 1] += item;
            else strs.push(item);
            lastStr = true;
          } else if (item instanceof Ref && typeOf(item) === TYPE_ADDR[interpolationType.index]) {
            if (!lastStr) strs.push('');
            ints.push(item);
            lastStr = false;
          } else {
            raise('TypeError', `Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeNameOf(item)}`);
          }
        }
        if (!lastStr) strs.push('');
        return makeTemplate(strs, ints);
      }) as never,
    },
    __iter__: {
      sig: '__iter__($self, /)',
      fn: ((s: Value) => {
        const a = (s as Ref).a;
        const strs = tupleItems(getSlot(a, 0));
        const ints = tupleItems(getSlot(a, 1));
        const items: Value[] = [];
        strs.forEach((x, i) => {
          if (x !== '') items.push(x);
          if (i < ints.length) items.push(ints[i]!);
        });
        return iterHook(newTuple(items));
      }) as never,
    },
    __repr__: {
      sig: '__repr__($self, /)',
      fn: ((s: Value) => `Template(strings=${repr(decode(getSlot((s as Ref).a, 0))!)}, interpolations=${repr(decode(getSlot((s as Ref).a, 1))!)})`) as never,
    },
    __add__: {
      sig: '__add__($self, value, /)',
      fn: ((s: Value, o: Value) => {
        if (!(o instanceof Ref) || typeOf(o) !== TYPE_ADDR[templateType.index]) {
          raise('TypeError', `can only concatenate string.templatelib.Template (not "${typeNameOf(o)}") to string.templatelib.Template`);
        }
        const s1 = tupleItems(getSlot((s as Ref).a, 0));
        const s2 = tupleItems(getSlot(o.a, 0));
        const strs = [...s1.slice(0, -1), (s1[s1.length - 1] as string) + (s2[0] as string), ...s2.slice(1)];
        return makeTemplate(strs, [...tupleItems(getSlot((s as Ref).a, 1)), ...tupleItems(getSlot(o.a, 1))]);
      }) as never,
    },
  },
  getsets: {
    strings: { get: ((s: Value) => decode(getSlot((s as Ref).a, TemplateSlot.Strings))!) as never },
    interpolations: { get: ((s: Value) => decode(getSlot((s as Ref).a, TemplateSlot.Interpolations))!) as never },
    values: {
      get: ((s: Value) => newTuple(tupleItems(getSlot((s as Ref).a, 1)).map((i) => decode(getSlot((i as Ref).a, 0))!))) as never,
    },
  },
});

let iterHook: (v: Value) => Value = (v) => v;
export function setTemplateIterHook(f: typeof iterHook): void {
  iterHook = f;
}

function makeTemplate(strings: Value[], interps: Value[]): Value {
  const a = allocObj(TYPE_ADDR[templateType.index]!, TemplateSlot.Count, 0);
  setSlot(a, TemplateSlot.Strings, encode(newTuple(strings)));
  setSlot(a, TemplateSlot.Interpolations, encode(newTuple(interps)));
  return new Ref(a);
}

export function template(strings: Value[], interps: Value[]): Value {
  return makeTemplate(strings, interps);
}

export { PyFloat, isTuple };
