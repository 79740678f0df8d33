// The unicodedata module (partial): name/lookup, category, decimal/digit/numeric for decimal digits,
// normalize/is_normalized, unidata_version. Behaviour and messages follow CPython's
// Modules/unicodedata.c; properties without tables here raise NotImplementedError.

import { type Value, floatValue, Ref } from '../objects/value.js';
import { dictSet } from '../objects/dict.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { MISSING } from '../objects/native.js';
import { defineModule } from './define.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { charName, lookupName } from '../unicode/names.js';
import { generalCategory } from '../unicode/properties.js';
import { decimalValue, isDigit, isNumeric } from '../unicode/strprops.js';
import { UNIDATA_VERSION } from '../unicode/tables.js';

const fn = (f: (...a: never[]) => Value) => f as never;
type Opt = Value | typeof MISSING;

/** The code point of a one-character str argument (the Py_UCS4 converter's checks). */
function charArg(fname: string, v: Value): number {
  if (typeof v !== 'string') raise('TypeError', `${fname}() argument 1 must be a unicode character, not ${typeNameOf(v)}`);
  const cp = v.codePointAt(0);
  if (cp === undefined || v.length !== (cp > 0xffff ? 2 : 1)) {
    raise('TypeError', `${fname}(): argument 1 must be a unicode character, not a string of length ${[...v].length}`);
  }
  return cp;
}

function strArg(fname: string, n: number, v: Value): string {
  if (typeof v !== 'string') raise('TypeError', `${fname}() argument ${n} must be str, not ${typeNameOf(v)}`);
  return v;
}

function missing(what: string): never {
  raise('NotImplementedError', `unicodedata.${what} is not implemented in ftpy (no table for it yet)`);
}

/** Normalizes with the host, leaving code points unassigned in Unicode 16 untouched (the host may
 *  know a newer Unicode; see src/unicode/normalize.ts). */
function normalizeForm(form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD', s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  let pieceStart = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80 && generalCategory(cp) === 'Cn') {
      out += s.slice(pieceStart, i).normalize(form) + s.slice(i, i + width);
      pieceStart = i + width;
    }
    i += width;
  }
  return out + s.slice(pieceStart).normalize(form);
}

function formArg(fname: string, v: Value): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' {
  const f = strArg(fname, 1, v);
  if (f === 'NFC' || f === 'NFD' || f === 'NFKC' || f === 'NFKD') return f;
  raise('ValueError', 'invalid normalization form');
}

function numberProp(fname: string, c: Value, dflt: Opt, what: string): Value {
  const cp = charArg(fname, c);
  const d = decimalValue(cp);
  if (d >= 0) return fname === 'numeric' ? floatValue(d) : d;
  const known = fname === 'decimal' ? false : fname === 'digit' ? isDigit(cp) : isNumeric(cp);
  if (known) missing(`${fname}() for non-decimal characters`);
  if (dflt !== MISSING) return dflt;
  raise('ValueError', `not a ${what}`);
}


/** ucd_3_2_0 (used by stringprep/idna) needs the Unicode 3.2.0 delta tables, which ftpy lacks:
 *  every lookup on it raises NotImplementedError rather than answer with 16.0 data. */
const old = (): never => raise('NotImplementedError', 'unicodedata.ucd_3_2_0 is not implemented in ftpy (no Unicode 3.2.0 tables)');
const OLD_METHODS = ['name', 'lookup', 'category', 'decimal', 'digit', 'numeric', 'normalize', 'is_normalized',
  'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition'];
const ucdType = defineBuiltinType({
  name: 'UCD',
  module: 'unicodedata',
  instanceSlots: 0,
  getsets: { unidata_version: { get: () => '3.2.0' } },
  methods: Object.fromEntries(OLD_METHODS.map((m) => [m, { sig: `${m}($self, /, *args)`, fn: old }])),
});

defineModule({
  name: 'unicodedata',
  doc: 'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters.',
  functions: {
    name: { sig: 'name($module, chr, default=<unrepresentable>, /)',
      fn: fn((c: Value, dflt: Opt) => {
        const n = charName(charArg('name', c));
        if (n !== undefined) return n;
        if (dflt !== MISSING) return dflt;
        raise('ValueError', 'no such name');
      }) },
    lookup: { sig: 'lookup($module, name, /)',
      fn: fn((n: Value) => {
        const s = strArg('lookup', 1, n);
        const cps = s.length <= 256 ? lookupName(s) : undefined;
        if (s.length > 256) raise('KeyError', 'name too long');
        if (cps === undefined) raise('KeyError', `undefined character name '${s}'`);
        return String.fromCodePoint(...cps);
      }) },
    category: { sig: 'category($module, chr, /)',
      fn: fn((c: Value) => generalCategory(charArg('category', c))) },
    decimal: { sig: 'decimal($module, chr, default=<unrepresentable>, /)',
      fn: fn((c: Value, d: Opt) => numberProp('decimal', c, d, 'decimal')) },
    digit: { sig: 'digit($module, chr, default=<unrepresentable>, /)',
      fn: fn((c: Value, d: Opt) => numberProp('digit', c, d, 'digit')) },
    numeric: { sig: 'numeric($module, chr, default=<unrepresentable>, /)',
      fn: fn((c: Value, d: Opt) => numberProp('numeric', c, d, 'numeric character')) },
    normalize: { sig: 'normalize($module, form, unistr, /)',
      fn: fn((f: Value, s: Value) => normalizeForm(formArg('normalize', f), strArg('normalize', 2, s))) },
    is_normalized: { sig: 'is_normalized($module, form, unistr, /)',
      fn: fn((f: Value, s: Value) => {
        const str = strArg('is_normalized', 2, s);
        return normalizeForm(formArg('is_normalized', f), str) === str;
      }) },
    bidirectional: { sig: 'bidirectional($module, chr, /)', fn: fn(() => missing('bidirectional()')) },
    combining: { sig: 'combining($module, chr, /)', fn: fn(() => missing('combining()')) },
    east_asian_width: { sig: 'east_asian_width($module, chr, /)', fn: fn(() => missing('east_asian_width()')) },
    mirrored: { sig: 'mirrored($module, chr, /)', fn: fn(() => missing('mirrored()')) },
    decomposition: { sig: 'decomposition($module, chr, /)', fn: fn(() => missing('decomposition()')) },
  },
  init(dict) {
    dictSet(dict, 'unidata_version', UNIDATA_VERSION);
    dictSet(dict, 'UCD', new Ref(TYPE_ADDR[ucdType.index]!));
    dictSet(dict, 'ucd_3_2_0', new Ref(allocObj(TYPE_ADDR[ucdType.index]!, 0, 0)));
  },
});
