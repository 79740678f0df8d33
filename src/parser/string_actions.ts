// Actions for string literals: decoding STRING tokens, f-string and t-string parts, debug
// `=` text, conversions and format specs, and implicit concatenation.
// CPython: Parser/action_helpers.c (the "Fstring stuff" part), Parser/string_parser.c.

import { T, type Token } from './token.js';
import type { Parser, Located } from './pegen.js';
import {
  _Constant, _JoinedStr, _TemplateStr, _FormattedValue, _Interpolation,
  type expr, type Constant,
} from './ast.generated.js';
import { parseStringLiteral, decodeString, BytesNonAsciiError, CodecError, type InvalidEscapeHook } from './escapes.js';
import { concatPyStr, type PyStr } from './constant.js';

export interface ResultWithMetadata { result: expr; metadata: string | null }

/** Reports an invalid escape sequence as CPython does (string_parser.c warn_invalid_escape_sequence). */
function invalidEscapeHook(p: Parser, t: Token): InvalidEscapeHook {
  return ({ char, octal, bufferBefore }) => {
    // The error pass would report the same warning a second time.
    if (p.callInvalidRules) return;
    const c = char[0]!;
    const ty = t.type;
    if ((ty === T.FSTRING_MIDDLE || ty === T.FSTRING_END || ty === T.TSTRING_MIDDLE || ty === T.TSTRING_END)
        && (c === '{' || c === '}')) {
      return; // the tokenizer has already warned about these
    }
    const seq = octal ? char : c;
    const message = `"\\${seq}" is an invalid ${octal ? 'octal ' : ''}escape sequence. `
      + `Such sequences will not work in the future. Did you mean "\\\\${seq}"? A raw string is also an option.`;
    let lineno = t.lineno;
    let col = t.col_offset;
    for (let i = 0; i < bufferBefore.length; i++) {
      if (bufferBefore.charCodeAt(i) === 0x0a) {
        lineno++;
        col = 0;
      } else {
        col++;
      }
    }
    // CPython counts the opening quotes only when the token starts with one (no prefix).
    if (lineno === t.lineno) {
      const text = t.string;
      let quotes = 0;
      let first = '';
      for (let i = 0; i < text.length; i++) {
        const q = text[i]!;
        if (q !== "'" && q !== '"') break;
        if (quotes === 0) first = q;
        if (q === first) quotes++;
      }
      col += quotes;
    }
    const category = p.featureVersion >= 12 ? 'SyntaxWarning' : 'DeprecationWarning';
    if (p.warn !== undefined && p.warn({ category, message, filename: p.filename, lineno })) {
      p.knownErrToken = t;
      p.raiseAt('SyntaxError', lineno, col - 1, lineno, col + 1,
        `"\\${seq}" is an invalid ${octal ? 'octal ' : ''}escape sequence. Did you mean "\\\\${seq}"? A raw string is also an option.`);
    }
  };
}

/** Codec failures become "(unicode error) ..." SyntaxErrors (pegen_errors.c _Pypegen_raise_decode_error). */
function decodeFailure(p: Parser, e: unknown): never {
  if (e instanceof CodecError) {
    p.raiseSyntaxError(e.syntaxMessage);
  }
  throw e;
}

/** A STRING token as a Constant (_PyPegen_constant_from_string). */
export function constantFromString(p: Parser, t: Token): expr {
  let value: PyStr | Uint8Array;
  try {
    value = parseStringLiteral(t.string, invalidEscapeHook(p, t));
  } catch (e) {
    if (e instanceof BytesNonAsciiError) p.raiseKnownLocation(t, 'bytes can only contain ASCII literal characters');
    decodeFailure(p, e);
  }
  return _Constant(value, t.string.charCodeAt(0) === 0x75 /* u */ ? 'u' : null, t, t);
}

/** An f/t-string middle part, undecoded until the whole string is known (_PyPegen_constant_from_token). */
export function constantFromToken(t: Token): expr {
  return _Constant(t.string, null, t, t);
}

/** A format-spec part, decoded now with the tokenizer's current rawness (_PyPegen_decoded_constant_from_token). */
export function decodedConstantFromToken(p: Parser, t: Token): expr {
  const raw = p.tok.modeStackIndex > 0 ? p.tok.currentModeRaw() : false;
  let value: PyStr;
  try {
    value = decodeString(raw, t.string, invalidEscapeHook(p, t));
  } catch (e) {
    decodeFailure(p, e);
  }
  return _Constant(value, null, t, t);
}

function decodeFstringPart(p: Parser, isRaw: boolean, constant: Constant, t: Token): Constant {
  let body = constant.value as string;
  if (body === '{{' || body === '}}') body = body.slice(0, 1);
  const raw = isRaw || !body.includes('\\');
  let value: PyStr;
  try {
    value = decodeString(raw, body, invalidEscapeHook(p, t));
  } catch (e) {
    decodeFailure(p, e);
  }
  return _Constant(value, null, constant, constant) as Constant;
}

/** Decodes the literal parts and splices debug-text pairs (action_helpers.c _get_resized_exprs). */
function resizedExprs(p: Parser, a: Token, raw: expr[], b: Token): expr[] {
  const isRaw = /[rR]/.test(a.string);
  const out: expr[] = [];
  for (let item of raw) {
    if (item._kind === 'JoinedStr') {
      // A debug expression `{x=}`: its text constant and its formatted value.
      out.push(item.values[0]!, item.values[1]!);
      continue;
    }
    if (item._kind === 'Constant') {
      item = decodeFstringPart(p, isRaw, item, b);
      if (item._kind === 'Constant' && item.value === '') continue;
    }
    out.push(item);
  }
  return out;
}

export function joinedStr(p: Parser, a: Token, raw: expr[], b: Token): expr {
  return _JoinedStr(resizedExprs(p, a, raw, b), a, b);
}

export function templateStr(p: Parser, a: Token, raw: expr[], b: Token): expr {
  return _TemplateStr(resizedExprs(p, a, raw, b), a, b);
}

/** `!r` after an expression (_PyPegen_check_fstring_conversion). */
export function checkFstringConversion(p: Parser, convToken: Token, conv: expr): ResultWithMetadata {
  const prefix = p.tok.currentStringPrefix();
  if (convToken.lineno !== conv.lineno || convToken.end_col_offset !== conv.col_offset) {
    p.raiseKnownRange(convToken, conv, `${prefix}-string: conversion type must come right after the exclamation mark`);
  }
  const id = (conv as { id: string }).id;
  if (id.length > 1 || !(id === 's' || id === 'r' || id === 'a')) {
    p.raiseKnownLocation(conv,
      `${prefix}-string: invalid conversion character ${pyStrRepr(id)}: expected 's', 'r', or 'a'`);
  }
  return { result: conv, metadata: convToken.metadata };
}

/** Python's repr of a short identifier-like string (used in one message). */
function pyStrRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `:spec` of a replacement field (_PyPegen_setup_full_format_spec). */
export function setupFullFormatSpec(p: Parser, colon: Token, spec: expr[], s: Located, e: Located): ResultWithMetadata {
  // Empty constants are dropped; an empty spec is an empty JoinedStr (3.11 compatibility).
  const items = spec.filter((x) => !(x._kind === 'Constant' && x.value === ''));
  let res: expr;
  if (items.length === 0 || (items.length === 1 && items[0]!._kind === 'Constant')) {
    res = _JoinedStr(items, s, e);
  } else {
    res = concatenateStrings(p, items, s, e);
  }
  return { result: res, metadata: colon.metadata };
}

function conversionValue(debug: Token | null, conversion: ResultWithMetadata | null,
  format: ResultWithMetadata | null): number {
  if (conversion !== null) return (conversion.result as { id: string }).id.codePointAt(0)!;
  if (debug !== null && format === null) return 0x72; // debug expressions default to !r
  return -1;
}

/** Where the debug text ends and its source text (shared by FormattedValue and Interpolation). */
function debugInfo(conversion: ResultWithMetadata | null, format: ResultWithMetadata | null, closingBrace: Token,
  e: Located): { line: number; offset: number; metadata: string | null } {
  if (conversion !== null) {
    return { line: conversion.result.lineno, offset: conversion.result.col_offset, metadata: conversion.metadata };
  }
  if (format !== null) {
    return { line: format.result.lineno, offset: format.result.col_offset + 1, metadata: format.metadata };
  }
  return { line: e.end_lineno, offset: e.end_col_offset, metadata: closingBrace.metadata };
}

function withDebugText(value: expr, debug: Token | null, conversion: ResultWithMetadata | null,
  format: ResultWithMetadata | null, closingBrace: Token, s: Located, e: Located): expr {
  if (debug === null) return value;
  const d = debugInfo(conversion, format, closingBrace, e);
  const text = _Constant(d.metadata ?? '', null,
    { lineno: s.lineno, col_offset: s.col_offset + 1, end_lineno: 0, end_col_offset: 0 },
    { lineno: 0, col_offset: 0, end_lineno: d.line, end_col_offset: d.offset - 1 });
  return _JoinedStr([text, value], s, { lineno: 0, col_offset: 0, end_lineno: d.line, end_col_offset: d.offset });
}

/** `{expr=!r:spec}` in an f-string (_PyPegen_formatted_value). */
export function formattedValue(p: Parser, expression: expr, debug: Token | null, conversion: ResultWithMetadata | null,
  format: ResultWithMetadata | null, closingBrace: Token, s: Located, e: Located): expr {
  void p;
  const fv = _FormattedValue(expression, conversionValue(debug, conversion, format), format?.result ?? null, s, e);
  return withDebugText(fv, debug, conversion, format, closingBrace, s, e);
}

/** `{expr=!r:spec}` in a t-string (_PyPegen_interpolation). */
export function interpolation(p: Parser, expression: expr, debug: Token | null, conversion: ResultWithMetadata | null,
  format: ResultWithMetadata | null, closingBrace: Token, s: Located, e: Located): expr {
  void p;
  const d = debugInfo(conversion, format, closingBrace, e);
  const exprText = stripInterpolationExpr(d.metadata ?? '');
  const value = _Interpolation(expression, exprText, conversionValue(debug, conversion, format),
    format?.result ?? null, s, e);
  return withDebugText(value, debug, conversion, format, closingBrace, s, e);
}

/** The expression's source text without trailing whitespace and '=' (_strip_interpolation_expr). */
function stripInterpolationExpr(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1]!;
    if (c === '=' || /\s/u.test(c)) end--;
    else break;
  }
  return text.slice(0, end);
}

function isStrConstant(e: expr): e is Constant {
  return e._kind === 'Constant' && typeof e.value === 'string';
}

/** Flattens f-strings and folds adjacent constants (action_helpers.c _build_concatenated_str). */
function buildConcatenatedStr(strings: expr[]): expr[] {
  const flat: expr[] = [];
  for (const elem of strings) {
    if (elem._kind === 'JoinedStr' || elem._kind === 'TemplateStr') flat.push(...elem.values);
    else flat.push(elem);
  }
  const values: expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i]!;
    if (elem._kind === 'Constant') {
      if (i + 1 < flat.length && flat[i + 1]!._kind === 'Constant') {
        const first = elem as Constant;
        let last = first;
        const texts: PyStr[] = [];
        let j = i;
        for (; j < flat.length; j++) {
          const cur = flat[j]!;
          if (cur._kind !== 'Constant') break;
          texts.push(cur.value as PyStr);
          last = cur;
        }
        i = j - 1;
        elem = _Constant(concatPyStr(texts), first.kind, first, last);
      }
      if (isStrConstant(elem) && elem.value === '') continue;
    }
    values.push(elem);
  }
  return values;
}

/** Implicit concatenation of adjacent literals (_PyPegen_concatenate_strings). */
export function concatenateStrings(p: Parser, strings: expr[], s: Located, e: Located): expr {
  let fstring = false;
  let unicode = false;
  let bytes = false;
  for (const elem of strings) {
    if (elem._kind === 'Constant') {
      if (elem.value instanceof Uint8Array) bytes = true;
      else unicode = true;
    } else {
      fstring = true;
    }
  }
  if ((unicode || fstring) && bytes) p.raiseSyntaxError('cannot mix bytes and nonbytes literals');
  if (!fstring) {
    if (strings.length === 1) return strings[0]!;
    const kind = (strings[0] as Constant).kind;
    if (bytes) {
      const parts = strings.map((x) => (x as Constant).value as Uint8Array);
      const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
      let o = 0;
      for (const b of parts) {
        out.set(b, o);
        o += b.length;
      }
      return _Constant(out, kind, s, e);
    }
    return _Constant(concatPyStr(strings.map((x) => (x as Constant).value as PyStr)), kind, s, e);
  }
  return _JoinedStr(buildConcatenatedStr(strings), s, e);
}

export function concatenateTstrings(strings: expr[], s: Located, e: Located): expr {
  return _TemplateStr(buildConcatenatedStr(strings), s, e);
}
