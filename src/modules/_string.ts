// The _string module string.Formatter builds on: formatter_parser (the literal/field pieces of a
// format string) and formatter_field_name_split (a field name's first part and its .attr/[key]
// steps). CPython: Objects/unicodeobject.c (_string module), Objects/stringlib/unicode_format.h.

import { type Value } from '../objects/value.js';
import { raise, iter, typeNameOf } from '../objects/protocol.js';
import { defineModule } from './define.js';
import { strArg, newTuple } from '../objects/numcore.js';
import { newList } from '../objects/list.js';
import { formatterParser, splitFieldName } from '../objects/strfmt.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function strOrFail(v: Value): string {
  const s = strArg(v);
  if (s === undefined) raise('TypeError', `descriptor 'formatter_parser' requires a 'str' object but received a '${typeNameOf(v)}'`);
  return s;
}

export const stringModule = defineModule({
  name: '_string',
  doc: null,
  functions: {
    formatter_parser: {
      sig: 'formatter_parser(format_string, /)',
      fn: fn((s: Value) => iter(newList(formatterParser(strOrFail(s)).map((t) => newTuple(t))))),
    },
    formatter_field_name_split: {
      sig: 'formatter_field_name_split(field_name, /)',
      fn: fn((s: Value) => {
        const { first, firstIndex, rest } = splitFieldName(strOrFail(s));
        const steps = rest.map((r) => newTuple([r.isAttribute, r.index >= 0 ? r.index : r.name]));
        return newTuple([firstIndex >= 0 ? firstIndex : first, iter(newList(steps))]);
      }),
    },
  },
});
