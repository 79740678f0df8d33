// String literals: plain strings, f-strings and t-strings with their replacement fields,
// conversions and format specs, and implicit concatenation. CPython: Grammar/python.gram LITERALS.

import { T, type Token } from '../token.js';
import type { Parser } from '../pegen.js';
import type { expr } from '../ast.generated.js';
import { M } from './memo.js';
import { annotated_rhs } from './statements.js';
import {
  constantFromString, constantFromToken, decodedConstantFromToken, joinedStr, templateStr,
  checkFstringConversion, setupFullFormatSpec, formattedValue, interpolation, concatenateStrings,
  concatenateTstrings, type ResultWithMetadata,
} from '../string_actions.js';
import {
  invalid_string_tstring_concat, invalid_fstring_replacement_field, invalid_tstring_replacement_field,
} from './invalid_strings.js';

// strings (memo): invalid_string_tstring_concat | (fstring|string)+ | tstring+
export function strings(p: Parser): expr | null {
  const memo = p.memoLookup(M.strings);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  const s = p.tokens[mark]!;
  let r: expr | null = null;
  if (p.callInvalidRules) {
    invalid_string_tstring_concat(p);
    p.mark = mark;
  }
  const parts = fstringOrStringPlus(p);
  if (parts !== null) {
    r = concatenateStrings(p, parts, s, p.lastNonWhitespaceToken());
  } else {
    p.mark = mark;
    const ts: expr[] = [];
    for (;;) {
      const m = p.mark;
      const t = tstring(p);
      if (t === null) {
        p.mark = m;
        break;
      }
      ts.push(t);
    }
    if (ts.length > 0) r = concatenateTstrings(ts, s, p.lastNonWhitespaceToken());
    else p.mark = mark;
  }
  p.memoInsert(mark, M.strings, r);
  return r;
}

/** (fstring|string)+ */
export function fstringOrStringPlus(p: Parser): expr[] | null {
  const parts: expr[] = [];
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    let e: expr | null = null;
    if (t.type === T.FSTRING_START) e = fstring(p);
    else if (t.type === T.STRING) {
      p.mark++;
      e = constantFromString(p, t);
    }
    if (e === null) {
      p.mark = m;
      break;
    }
    parts.push(e);
  }
  return parts.length > 0 ? parts : null;
}

// fstring: FSTRING_START fstring_middle* FSTRING_END
export function fstring(p: Parser): expr | null {
  const mark = p.mark;
  const a = p.expect(T.FSTRING_START);
  if (a === null) return null;
  const middles: expr[] = [];
  for (;;) {
    const m = p.mark;
    const e = fstring_middle(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    middles.push(e);
  }
  const b = p.expect(T.FSTRING_END);
  if (b === null) {
    p.mark = mark;
    return null;
  }
  return joinedStr(p, a, middles, b);
}

// fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
function fstring_middle(p: Parser): expr | null {
  const t = p.peek();
  if (t.type === T.FSTRING_MIDDLE) {
    p.mark++;
    return constantFromToken(t);
  }
  return replacementField(p, false, false);
}

/**
 * fstring_replacement_field / tstring_replacement_field / tstring_format_spec_replacement_field:
 *     '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}' | invalid_..._replacement_field
 */
function replacementField(p: Parser, tstring: boolean, inSpec: boolean): expr | null {
  const mark = p.mark;
  const s = p.peek();
  if (p.expect(T.LBRACE) !== null) {
    const a = annotated_rhs(p);
    if (a !== null) {
      const debug = p.expect(T.EQUAL);
      const m1 = p.mark;
      const conversion = fstring_conversion(p);
      if (conversion === null) p.mark = m1;
      const m2 = p.mark;
      const format = fullFormatSpec(p, tstring);
      if (format === null) p.mark = m2;
      const rbrace = p.expect(T.RBRACE);
      if (rbrace !== null) {
        const e = p.lastNonWhitespaceToken();
        return tstring && !inSpec
          ? interpolation(p, a, debug, conversion, format, rbrace, s, e)
          : formattedValue(p, a, debug, conversion, format, rbrace, s, e);
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    if (tstring) invalid_tstring_replacement_field(p);
    else invalid_fstring_replacement_field(p);
    p.mark = mark;
  }
  return null;
}

// fstring_conversion: "!" NAME
function fstring_conversion(p: Parser): ResultWithMetadata | null {
  const convToken = p.expect(T.EXCLAMATION);
  if (convToken === null) return null;
  const conv = p.nameToken();
  if (conv === null) return null;
  return checkFstringConversion(p, convToken, conv);
}

// fstring_full_format_spec: ':' fstring_format_spec*   (tstring_full_format_spec likewise)
function fullFormatSpec(p: Parser, tstring: boolean): ResultWithMetadata | null {
  const s = p.peek();
  const colon = p.expect(T.COLON);
  if (colon === null) return null;
  const spec: expr[] = [];
  const middle = tstring ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
  for (;;) {
    const m = p.mark;
    const t = p.peek();
    let e: expr | null;
    if (t.type === middle) {
      p.mark++;
      e = decodedConstantFromToken(p, t);
    } else {
      e = replacementField(p, tstring, true);
    }
    if (e === null) {
      p.mark = m;
      break;
    }
    spec.push(e);
  }
  return setupFullFormatSpec(p, colon, spec, s, p.lastNonWhitespaceToken());
}

// tstring (memo): TSTRING_START tstring_middle* TSTRING_END
export function tstring(p: Parser): expr | null {
  const memo = p.memoLookup(M.tstring);
  if (memo !== null) {
    p.mark = memo.mark;
    return memo.node as expr | null;
  }
  const mark = p.mark;
  let r: expr | null = null;
  const a = p.expect(T.TSTRING_START);
  if (a !== null) {
    const middles: expr[] = [];
    for (;;) {
      const m = p.mark;
      const t = p.peek();
      let e: expr | null;
      if (t.type === T.TSTRING_MIDDLE) {
        p.mark++;
        e = constantFromToken(t);
      } else {
        e = replacementField(p, true, false);
      }
      if (e === null) {
        p.mark = m;
        break;
      }
      middles.push(e);
    }
    const b: Token | null = p.expect(T.TSTRING_END);
    if (b !== null) r = p.checkVersion(14, 't-strings are', templateStr(p, a, middles, b));
  }
  if (r === null) p.mark = mark;
  p.memoInsert(mark, M.tstring, r);
  return r;
}

// fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
export function fstringFormatSpecItem(p: Parser): expr | null {
  const t = p.peek();
  if (t.type === T.FSTRING_MIDDLE) {
    p.mark++;
    return decodedConstantFromToken(p, t);
  }
  return replacementField(p, false, true);
}
