// str.format / str.format_map (the replacement-field language: auto/manual numbering, .attr and
// [key] lookups, !r/!s/!a, nested specs two levels deep), str.__format__ (the standard format spec
// for strings), and the parsers _string.formatter_parser / formatter_field_name_split expose.
// CPython: Objects/stringlib/unicode_format.h, Python/formatter_unicode.c (format_string_internal).

import type { Value } from './value.js';
import { raise, repr, str, getitem, typeNameOf, callDescriptor, call } from './protocol.js';
import { lookup, typeOf } from './typeobject.js';
import { raiseKeyError } from './coll_ops.js';
import { genericGetAttr, attributeError } from './object.js';
import { H } from './hooks.js';
import { codePoints, cpLength, cpSlice } from './str_cp.js';
import { decimalValue } from '../unicode/strprops.js';
import { parseFormatSpec, unknownPresentation } from './numfmt.js';
import { isStr, strOf } from './str_type.js';
import { asciiRepr } from './strfmt_percent.js';

// ---- hooks ------------------------------------------------------------------------------------------

/** getattr for "{0.attr}": the runtime's (H.getattr), falling back to the generic lookup. */
function getattrHook(obj: Value, name: string): Value {
  let r: Value | undefined;
  try {
    r = H.getattr(obj, name);
  } catch (e) {
    if (!(e instanceof Error && e.message === 'hooks not installed')) throw e;
    r = genericGetAttr(obj, name);
  }
  return r === undefined ? attributeError(obj, name) : r;
}

// ---- parsing -----------------------------------------------------------------------------------------

/** One replacement field of a format string. */
export interface Field {
  name: string;
  /** The conversion character, or null. */
  conversion: string | null;
  spec: string;
  /** The spec has nested fields ("{0:{1}}"). */
  specNeedsExpanding: boolean;
}

/** The literal text before a field, and the field (null at the end or for an escaped brace). */
export interface Markup {
  literal: string;
  field: Field | null;
}

/** Splits a format string into literals and fields (MarkupIterator_next + parse_field). */
export function parseMarkup(s: string): Markup[] {
  const out: Markup[] = [];
  let pos = 0;
  const end = s.length;
  while (pos < end) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < end) {
      c = s[pos++]!;
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || s[pos] !== '}')) raise('ValueError', "Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) raise('ValueError', "Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (s[pos] === c) {
        pos++;
        markup = false;
      } else {
        len--;
      }
    }
    const literal = s.slice(start, start + len);
    if (!markup) {
      out.push({ literal, field: null });
      continue;
    }
    const [field, next] = parseField(s, pos);
    pos = next;
    out.push({ literal, field });
  }
  return out;
}

function parseField(s: string, pos: number): [Field, number] {
  const end = s.length;
  const nameStart = pos;
  let c = '';
  while (pos < end) {
    c = s[pos++]!;
    if (c === '{') raise('ValueError', "unexpected '{' in field name");
    if (c === '[') {
      while (pos < end && s[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = s.slice(nameStart, pos - 1);
  const field: Field = { name, conversion: null, spec: '', specNeedsExpanding: false };
  if (c === '!' || c === ':') {
    if (c === '!') {
      if (pos >= end) raise('ValueError', 'end of string while looking for conversion specifier');
      const cp = s.codePointAt(pos)!;
      field.conversion = String.fromCodePoint(cp);
      pos += cp > 0xffff ? 2 : 1;
      if (pos < end) {
        const d = s[pos++]!;
        if (d === '}') return [field, pos];
        if (d !== ':') raise('ValueError', "expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    while (pos < end) {
      const d = s[pos++]!;
      if (d === '{') {
        field.specNeedsExpanding = true;
        count++;
      } else if (d === '}') {
        count--;
        if (count === 0) {
          field.spec = s.slice(specStart, pos - 1);
          return [field, pos];
        }
      }
    }
    raise('ValueError', "unmatched '{' in format spec");
  } else if (c !== '}') {
    raise('ValueError', "expected '}' before end of string");
  }
  return [field, pos];
}

/** A run of decimal digits (any script) as an index; -1 when `s` is not all digits. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const cp of codePoints(s)) {
    const d = decimalValue(cp);
    if (d < 0) return -1;
    if (acc > (2n ** 63n - 1n - BigInt(d)) / 10n) raise('ValueError', 'Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
  }
  return Number(acc);
}

/** A step of a field name after its first part: .attr or [key] (FieldNameIterator_next). */
export interface FieldStep {
  isAttribute: boolean;
  /** The attribute name or key text. */
  name: string;
  /** The key as an integer when it is all digits, else -1. */
  index: number;
}

/** field_name_split: the first part (before '.' or '[') and the steps after it. */
export function splitFieldName(name: string): { first: string; firstIndex: number; rest: FieldStep[] } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  const firstIndex = getInteger(first);
  const rest: FieldStep[] = [];
  while (i < name.length) {
    const c = name[i++];
    let step: FieldStep;
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      step = { isAttribute: true, name: name.slice(st, i), index: -1 };
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) raise('ValueError', "Missing ']' in format string");
      const key = name.slice(st, i);
      i++;
      step = { isAttribute: false, name: key, index: getInteger(key) };
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (step.name.length === 0) raise('ValueError', 'Empty attribute in format string');
    rest.push(step);
  }
  return { first, firstIndex, rest };
}

// ---- formatting --------------------------------------------------------------------------------------

const enum Auto { Init, Auto, Manual }

interface FormatCtx {
  args: Value[] | null;
  kwargs: Map<string, Value> | Value | null;
  auto: Auto;
  next: number;
}

/** format(v, spec) (PyObject_Format). */
export function formatValue(v: Value, spec: string): string {
  if (spec === '' && typeof v === 'string') return v;
  const t = typeOf(v);
  const m = lookup(t, '__format__');
  if (m === undefined || m === null) raise('TypeError', `Type ${typeNameOf(v)} doesn't define __format__`);
  // None is null in JS, which descriptor binding reads as "no instance": pass self explicitly.
  const r = v === null ? call(m, [v, spec]) : callDescriptor(m, v, t, [spec]);
  if (!isStr(r)) raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
  return strOf(r);
}

function getFieldObject(name: string, ctx: FormatCtx): Value {
  const { first, firstIndex, rest } = splitFieldName(name);
  let index = firstIndex;
  const empty = first.length === 0;
  if (empty || index !== -1) {
    if (ctx.auto === Auto.Init) ctx.auto = empty ? Auto.Auto : Auto.Manual;
    if (ctx.auto === Auto.Manual && empty) {
      raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    }
    if (ctx.auto === Auto.Auto && !empty) {
      raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = ctx.next++;
  }
  let obj: Value;
  if (index === -1) {
    const kw = ctx.kwargs;
    if (kw === null) raiseKeyError(first);
    if (kw instanceof Map) {
      const v = kw.get(first);
      if (v === undefined) raiseKeyError(first);
      obj = v;
    } else {
      obj = getitem(kw, first);
    }
  } else {
    if (ctx.args === null) raise('ValueError', 'Format string contains positional fields');
    if (index >= ctx.args.length) {
      raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = ctx.args[index]!;
  }
  for (const step of rest) {
    if (step.isAttribute) obj = getattrHook(obj, step.name);
    else obj = getitem(obj, step.index === -1 ? step.name : step.index);
  }
  return obj;
}

function convert(v: Value, conversion: string): Value {
  switch (conversion) {
    case 'r': return repr(v);
    case 's': return str(v);
    case 'a': return asciiRepr(v);
    default: {
      const c = conversion.codePointAt(0)!;
      raise('ValueError', c > 32 && c < 127 ? `Unknown conversion specifier ${conversion}`
        : `Unknown conversion specifier \\x${c.toString(16)}`);
    }
  }
}

function buildString(s: string, ctx: FormatCtx, depth: number): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  const out: string[] = [];
  for (const { literal, field } of parseMarkup(s)) {
    out.push(literal);
    if (field === null) continue;
    let obj = getFieldObject(field.name, ctx);
    if (field.conversion !== null) obj = convert(obj, field.conversion);
    const spec = field.specNeedsExpanding ? buildString(field.spec, ctx, depth - 1) : field.spec;
    out.push(formatValue(obj, spec));
  }
  return out.join('');
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: Value[], kwargs: Map<string, Value>): string {
  return buildString(fmt, { args, kwargs: kwargs.size ? kwargs : null, auto: Auto.Init, next: 0 }, 2);
}

/** str.format_map(mapping). */
export function strFormatMap(fmt: string, mapping: Value): string {
  return buildString(fmt, { args: null, kwargs: mapping, auto: Auto.Init, next: 0 }, 2);
}

/** str.__format__(spec) (format_string_internal). */
export function formatStrSpec(s: string, spec: string, self?: Value): string {
  if (spec === '') return s;
  const objType = self === undefined ? 'str' : typeNameOf(self);
  const f = parseFormatSpec(spec, objType, 's', '<');
  if (f.type !== 's') unknownPresentation(f.type, objType);
  if (f.sign !== '') {
    raise('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier'
      : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  let body = s;
  if (f.precision >= 0 && len > f.precision) {
    body = cpSlice(s, 0, f.precision);
    len = f.precision;
  }
  if (f.width <= len) return body;
  const total = f.width - len;
  const left = f.align === '>' ? total : f.align === '^' ? Math.floor(total / 2) : 0;
  return f.fill.repeat(left) + body + f.fill.repeat(total - left);
}

/** The items _string.formatter_parser yields: (literal, field_name, format_spec, conversion). */
export function formatterParser(s: string): Array<[string, string | null, string | null, string | null]> {
  return parseMarkup(s).map(({ literal, field }) => (field === null ? [literal, null, null, null]
    : [literal, field.name, field.spec, field.conversion]));
}
