// Values of STRING tokens and f/t-string literal parts: prefixes, quotes, backslash escapes.
// CPython: Parser/string_parser.c (_PyPegen_parse_string, _PyPegen_decode_string,
// decode_unicode_with_escapes, decode_bytes_with_escapes), Objects/unicodeobject.c
// (_PyUnicode_DecodeUnicodeEscapeInternal2), Objects/bytesobject.c (_PyBytes_DecodeEscape2).
//
// CPython decodes a str body by first rewriting it into an ASCII byte buffer where every non-ASCII
// character becomes "\U%08x" and a backslash before a non-ASCII character (or at the end) becomes
// "\u005c", then running the unicode-escape codec over that buffer. We decode the JS string
// directly, with the same results, and rebuild the buffer only when an error position or a
// warning column must be reported in its terms.

import { LiteralError, type PyStr, SplitSurrogateStr } from './constant.js';
import { codePointOfName } from '../unicode/names.js';

/**
 * A decoding failure: UnicodeDecodeError from the unicode-escape codec (kind 'unicode') or the
 * bytes decoder's ValueError (kind 'value'); `message` is CPython's str(exc). The parser raises
 * SyntaxError(syntaxMessage) (CPython: pegen_errors.c _Pypegen_raise_decode_error).
 */
export class CodecError extends LiteralError {
  readonly kind: 'unicode' | 'value';

  constructor(kind: 'unicode' | 'value', message: string) {
    super(kind === 'unicode' ? 'UnicodeDecodeError' : 'ValueError', message);
    this.kind = kind;
  }

  /** "(unicode error) ..." / "(value error) ...". */
  get syntaxMessage(): string {
    return `(${this.kind} error) ${this.message}`;
  }
}

/** A bytes literal holds a non-ASCII character: the parser raises "bytes can only contain ASCII
 *  literal characters" at the token (CPython: _PyPegen_parse_string). */
export class BytesNonAsciiError extends Error {
  constructor() {
    super('bytes can only contain ASCII literal characters');
    this.name = 'BytesNonAsciiError';
  }
}

/** What warn_invalid_escape_sequence needs to word and place the SyntaxWarning. */
export interface InvalidEscapeInfo {
  /** The character after the backslash, or the 3 digits of an octal escape above \377. */
  char: string;
  /** True for an octal escape above \377 ("\777"), false for an unknown escape ("\d"). */
  octal: boolean;
  /**
   * The decoder's buffer from the start of the body up to `char` (so it ends with the backslash).
   * For str it is CPython's transformed buffer (non-ASCII chars as "\U%08x"), for bytes the body:
   * CPython counts lines and columns over exactly this text.
   */
  bufferBefore: string;
}

/** Called at most once per literal, for the first invalid escape, and only if decoding succeeded. */
export type InvalidEscapeHook = (info: InvalidEscapeInfo) => void;

/**
 * The whole STRING token (prefix + quotes + body) -> str or bytes value, as _PyPegen_parse_string.
 * Only for STRING tokens (prefixes made of b, r, u in any case; f/t-strings come in parts).
 * Throws BytesNonAsciiError, or CodecError for a bad escape.
 */
export function parseStringLiteral(tokenText: string, onInvalidEscape: InvalidEscapeHook): PyStr | Uint8Array {
  let i = 0;
  let bytes = false;
  let raw = false;
  for (;;) {
    const c = tokenText.charCodeAt(i) | 0x20;
    if (c === 0x62 /* b */) bytes = true;
    else if (c === 0x72 /* r */) raw = true;
    else if (c !== 0x75 /* u */) break;
    i++;
  }
  const quote = tokenText[i];
  if (quote !== '"' && quote !== "'") throw new Error(`not a string token: ${tokenText.slice(0, 20)}`);
  const triple = tokenText.length - i >= 6 && tokenText.startsWith(quote + quote + quote, i);
  const q = triple ? 3 : 1;
  const body = tokenText.slice(i + q, tokenText.length - q);
  raw ||= !body.includes('\\');
  if (bytes) {
    if (!/^[\x00-\x7f]*$/.test(body)) throw new BytesNonAsciiError();
    if (raw) {
      const out = new Uint8Array(body.length);
      for (let k = 0; k < body.length; k++) out[k] = body.charCodeAt(k);
      return out;
    }
    return decodeBytesEscapes(body, onInvalidEscape);
  }
  return raw ? body : decodeUnicodeEscapes(body, onInvalidEscape);
}

/**
 * A str chunk -> value, as _PyPegen_decode_string(p, raw, s, len, t): `raw` keeps it verbatim.
 * (The f-string caller also treats a chunk without backslash as raw, and "{{" / "}}" as one
 * brace: CPython does that in action_helpers.c _PyPegen_decode_fstring_part.)
 */
export function decodeString(raw: boolean, body: string, onInvalidEscape: InvalidEscapeHook): PyStr {
  return raw ? body : decodeUnicodeEscapes(body, onInvalidEscape);
}

/** CPython's transformed buffer for body[0, end) (end must not split a backslash pair). */
function transformedPrefix(body: string, end: number): string {
  let out = '';
  for (let i = 0; i < end; ) {
    const c = body.charCodeAt(i);
    if (c === 0x5c) {
      const next = body.charCodeAt(i + 1); // NaN at the end of the body
      if (!(next < 0x80)) {
        out += '\\u005c';
        i++;
      } else {
        out += body.slice(i, i + 2);
        i += 2;
      }
    } else if (c >= 0x80) {
      const cp = body.codePointAt(i)!;
      out += '\\U' + cp.toString(16).padStart(8, '0');
      i += cp > 0xffff ? 2 : 1;
    } else {
      out += body[i];
      i++;
    }
  }
  return out;
}

/** UnicodeDecodeError('unicodeescape', ...) for body[start, end) with CPython's str(). */
function unicodeEscapeError(body: string, start: number, end: number, reason: string): CodecError {
  const bufStart = transformedPrefix(body, start).length;
  const bufEnd = transformedPrefix(body, end).length;
  // CPython: Objects/exceptions.c UnicodeDecodeError_str.
  const where = bufEnd === bufStart + 1
    ? `byte 0x${body.charCodeAt(start).toString(16).padStart(2, '0')} in position ${bufStart}`
    : `bytes in position ${bufStart}-${bufEnd - 1}`;
  return new CodecError('unicode', `'unicodeescape' codec can't decode ${where}: ${reason}`);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

/** One-character escapes; backslash-newline is a line continuation and gives nothing. */
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', ''], ['\\', '\\'], ["'", "'"], ['"', '"'], ['b', '\b'], ['f', '\f'], ['t', '\t'], ['n', '\n'],
  ['r', '\r'], ['v', '\v'], ['a', '\x07'],
]);

function decodeUnicodeEscapes(body: string, hook: InvalidEscapeHook): PyStr {
  const n = body.length;
  let out = '';
  let splits: number[] | null = null;
  let invalidAt = -1; // index of the backslash of the first invalid escape
  let invalid: { char: string; octal: boolean } | null = null;

  // Appends one code point produced by an escape; a low surrogate right after a lone high one
  // stays a separate code point (see SplitSurrogateStr).
  const put = (cp: number): void => {
    if (cp >= 0xdc00 && cp <= 0xdfff && out.length > 0) {
      const prev = out.charCodeAt(out.length - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) (splits ??= []).push(out.length);
    }
    out += String.fromCodePoint(cp);
  };

  let i = 0;
  for (;;) {
    const j = body.indexOf('\\', i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body.charCodeAt(j + 1);
    if (!(c < 0x80)) {
      // Backslash at the end or before a non-ASCII character: CPython wrote "\u005c", a plain
      // backslash (no invalid-escape warning); the next character is decoded normally.
      out += '\\';
      i = j + 1;
      continue;
    }
    i = j + 2;
    const ch = body[j + 1]!;
    const simple = SIMPLE_ESCAPES.get(ch);
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (isOctal(c)) {
      let v = c - 0x30;
      if (i < n && isOctal(body.charCodeAt(i))) {
        v = v * 8 + body.charCodeAt(i++) - 0x30;
        if (i < n && isOctal(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 0x30;
      }
      if (v > 0o377 && invalid === null) {
        invalidAt = j;
        invalid = { char: body.slice(j + 1, j + 4), octal: true };
      }
      put(v);
      continue;
    }
    if (ch === 'x' || ch === 'u' || ch === 'U') {
      const count = ch === 'x' ? 2 : ch === 'u' ? 4 : 8;
      const reason = ch === 'x' ? 'truncated \\xXX escape' : ch === 'u' ? 'truncated \\uXXXX escape'
        : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++, i++) {
        if (i >= n) throw unicodeEscapeError(body, j, n, reason);
        const d = hexValue(body.charCodeAt(i));
        if (d < 0) throw unicodeEscapeError(body, j, i, reason);
        v = v * 16 + d;
      }
      if (v > 0x10ffff) throw unicodeEscapeError(body, j, i, 'illegal Unicode character');
      put(v);
      continue;
    }
    if (ch === 'N') {
      const reason = 'malformed \\N character escape';
      if (i >= n) throw unicodeEscapeError(body, j, n, reason);
      if (body[i] !== '{') throw unicodeEscapeError(body, j, i, reason);
      const close = body.indexOf('}', i + 1);
      if (close < 0) throw unicodeEscapeError(body, j, n, reason);
      if (close === i + 1) throw unicodeEscapeError(body, j, close, reason);
      // A name with non-ASCII characters is "\U%08x..." in CPython's buffer: never a known name.
      const name = body.slice(i + 1, close);
      const cp = /^[\x00-\x7f]*$/.test(name) ? codePointOfName(name) : undefined;
      if (cp === undefined) throw unicodeEscapeError(body, j, close + 1, 'unknown Unicode character name');
      i = close + 1;
      put(cp);
      continue;
    }
    // Unknown escape: kept as backslash + character.
    if (invalid === null) {
      invalidAt = j;
      invalid = { char: ch, octal: false };
    }
    out += '\\' + ch;
  }
  if (invalid !== null) {
    hook({ ...invalid, bufferBefore: transformedPrefix(body, invalidAt) + '\\' });
  }
  return splits === null ? out : new SplitSurrogateStr(out, splits);
}

function decodeBytesEscapes(body: string, hook: InvalidEscapeHook): Uint8Array {
  const n = body.length;
  const out = new Uint8Array(n);
  let p = 0;
  let invalidPtr = -1;
  let invalid: { char: string; octal: boolean } | null = null;
  for (let i = 0; i < n; ) {
    const c0 = body.charCodeAt(i);
    if (c0 !== 0x5c) {
      out[p++] = c0;
      i++;
      continue;
    }
    i++;
    if (i === n) throw new CodecError('value', 'Trailing \\ in string');
    const c = body.charCodeAt(i++);
    const ch = body[i - 1]!;
    const simple = SIMPLE_ESCAPES.get(ch);
    if (simple !== undefined) {
      if (simple !== '') out[p++] = simple.charCodeAt(0);
    } else if (isOctal(c)) {
      let v = c - 0x30;
      if (i < n && isOctal(body.charCodeAt(i))) {
        v = v * 8 + body.charCodeAt(i++) - 0x30;
        if (i < n && isOctal(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 0x30;
      }
      if (v > 0o377 && invalid === null) {
        invalidPtr = i - 3;
        invalid = { char: body.slice(i - 3, i), octal: true };
      }
      out[p++] = v & 0xff; // CPython stores the int into a char
    } else if (ch === 'x') {
      const d1 = i + 1 < n ? hexValue(body.charCodeAt(i)) : -1;
      const d2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
      if (d1 < 0 || d2 < 0) throw new CodecError('value', `invalid \\x escape at position ${i - 2}`);
      out[p++] = d1 * 16 + d2;
      i += 2;
    } else {
      // Unknown escape: the backslash is kept and the character is read again as plain text.
      if (invalid === null) {
        invalidPtr = i - 1;
        invalid = { char: ch, octal: false };
      }
      out[p++] = 0x5c;
      i--;
    }
  }
  if (invalid !== null) hook({ ...invalid, bufferBefore: body.slice(0, invalidPtr) });
  return out.slice(0, p);
}
