// Turns parser input into the tokenizer's buffer: newline translation, BOM, PEP 263 coding
// cookies, decoding and the UTF-8 check, with CPython's error messages.
// CPython: Parser/tokenizer/string_tokenizer.c decode_str, utf8_tokenizer.c _PyTokenizer_FromUTF8,
// helpers.c (translate_newlines, check_bom, get_coding_spec, check_coding_spec, ensure_utf8).

import { PyParserException, PySyntaxError } from './errors.js';
import { decodeWithCodec, lookupCodec } from './tokenizer/codecs.js';

/** The tokenizer's input: what CPython keeps in tok->str, as bytes and as a JS string. */
export interface SourceBuffer {
  /** Decoded source after newline translation (tok->str as text). */
  text: string;
  /** UTF-8 of `text` followed by one 0 byte (C's terminator, so reads at `length` see 0). */
  bytes: Uint8Array;
  /** Byte length of the source, without the terminator. */
  length: number;
  /** True when every byte is ASCII, so byte offsets are string indices. */
  ascii: boolean;
  /** tok->encoding: 'utf-8' for str input or a BOM, the cookie's name, or null (bytes, no cookie). */
  encoding: string | null;
}

const NON_ASCII = /[^\x00-\x7f]/;
const encoder = new TextEncoder();
const utf8Replace = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Strict = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

/** Unpaired UTF-16 surrogates: Python strs can hold them but cannot encode them to UTF-8. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** Any surrogate code unit, paired or not (a cheap first test). */
const ANY_SURROGATE = /[\ud800-\udfff]/;

/** compile(str) first encodes the source to UTF-8 (PyUnicode_AsUTF8AndSize): the UnicodeEncodeError
 *  for lone surrogates, covering the run of them as Python's UTF-8 encoder does (code-point positions). */
function surrogateError(source: string, index: number): PyParserException {
  let start = 0;
  for (const _ of source.slice(0, index)) start++;
  let end = start + 1;
  let i = index + 1;
  while (i < source.length && LONE_SURROGATE.test(source.slice(i, i + 1)) &&
         !(i + 1 < source.length && /^[\ud800-\udbff][\udc00-\udfff]$/.test(source.slice(i, i + 2)))) {
    end++;
    i++;
  }
  const what = end - start === 1
    ? `character '\\u${source.charCodeAt(index).toString(16).padStart(4, '0')}' in position ${start}`
    : `characters in position ${start}-${end - 1}`;
  return new PyParserException('UnicodeEncodeError', `'utf-8' codec can't encode ${what}: surrogates not allowed`);
}

/** compile() rejects these before tokenizing (Python/bltinmodule.c source_as_string); no location. */
function nullBytesError(filename: string): PySyntaxError {
  // Deliberate difference: CPython leaves lineno/offset/end_* as None; PySyntaxError holds numbers.
  return new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes',
    filename, 0, 0, null, 0, 0);
}

/** CPython: helpers.c _PyTokenizer_translate_newlines ("\r\n" and "\r" -> "\n"; exec input gets a final "\n"). */
export function translateNewlines(s: string, execInput: boolean): string {
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  if (execInput && s.length > 0 && s.charCodeAt(s.length - 1) !== 10) s += '\n';
  return s;
}

/** Byte version of translateNewlines, for bytes input before decoding. */
function translateNewlinesBytes(s: Uint8Array, execInput: boolean): Uint8Array {
  const hasCR = s.indexOf(13) !== -1;
  const needNL = execInput && s.length > 0 && s[s.length - 1] !== 10 && s[s.length - 1] !== 13;
  if (!hasCR && !needNL) return s;
  const out = new Uint8Array(s.length + 1);
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === 13) {
      out[j++] = 10;
      if (s[i + 1] === 10) i++;
    } else {
      out[j++] = c;
    }
  }
  if (execInput && j > 0 && out[j - 1] !== 10) out[j++] = 10;
  return out.subarray(0, j);
}

/** UTF-8 bytes of `text` plus the 0 terminator. */
function encodeWithTerminator(text: string, ascii: boolean): Uint8Array {
  if (ascii) {
    const bytes = new Uint8Array(text.length + 1);
    encoder.encodeInto(text, bytes);
    return bytes;
  }
  const enc = encoder.encode(text);
  const bytes = new Uint8Array(enc.length + 1);
  bytes.set(enc);
  return bytes;
}

/** As compile(str): UTF-8, coding cookie ignored. CPython: utf8_tokenizer.c _PyTokenizer_FromUTF8. */
export function sourceFromString(source: string, execInput: boolean, filename: string): SourceBuffer {
  if (ANY_SURROGATE.test(source)) {
    const surrogate = LONE_SURROGATE.exec(source);
    if (surrogate !== null) throw surrogateError(source, surrogate.index);
  }
  if (source.indexOf('\0') !== -1) throw nullBytesError(filename);
  const text = translateNewlines(source, execInput);
  const ascii = !NON_ASCII.test(text);
  const bytes = encodeWithTerminator(text, ascii);
  return { text, bytes, length: bytes.length - 1, ascii, encoding: 'utf-8' };
}

/** An error raised while setting up the tokenizer: CPython's _PyTokenizer_raise_init_error shape. */
function initError(msg: string, filename: string): PySyntaxError {
  // Deliberate difference: CPython has offset -1 and text/end_* None; we use null text and 0s.
  return new PySyntaxError('SyntaxError', msg, filename, 0, -1, null, 0, 0);
}

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** CPython: helpers.c get_normal_name (only utf-8 and latin-1 spellings are canonicalised). */
function normalName(s: string): string {
  const buf = s.slice(0, 12).replace(/_/g, '-').toLowerCase();
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' || buf.startsWith('latin-1-') ||
      buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

/** CPython: helpers.c get_coding_spec. `s[start, start+size)` is one line; returns the spec or null. */
function codingSpec(s: Uint8Array, start: number, size: number): string | null {
  let i = 0;
  for (; i < size - 6; i++) {
    const c = s[start + i]!;
    if (c === 35 /* # */) break;
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    let t = start + i;
    if (s[t] !== 99 || s[t + 1] !== 111 || s[t + 2] !== 100 || s[t + 3] !== 105 ||
        s[t + 4] !== 110 || s[t + 5] !== 103) continue; // "coding"
    t += 6;
    if (s[t] !== 58 && s[t] !== 61) continue; // ':' or '='
    do { t++; } while (s[t] === 32 || s[t] === 9);
    const begin = t;
    while (t < s.length && (isAlnum(s[t]!) || s[t] === 45 || s[t] === 95 || s[t] === 46)) t++;
    if (begin < t) {
      let name = '';
      for (let k = begin; k < t; k++) name += String.fromCharCode(s[k]!);
      return normalName(name);
    }
  }
  return null;
}

/** True when the line holds only whitespace and/or a comment (cookie search may go on to line 2). */
function onlyCommentOrBlank(s: Uint8Array, start: number, size: number): boolean {
  for (let i = 0; i < size; i++) {
    const c = s[start + i]!;
    if (c === 35 || c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** CPython: helpers.c valid_utf8: length of the valid UTF-8 sequence at s[i], or 0. */
function validUtf8(s: Uint8Array, i: number): number {
  const c = s[i]!;
  let expected: number;
  if (c < 0x80) return 1;
  if (c < 0xe0) {
    if (c < 0xc2) return 0;
    expected = 1;
  } else if (c < 0xf0) {
    if (c === 0xe0 && (s[i + 1] ?? 0) < 0xa0) return 0;
    if (c === 0xed && (s[i + 1] ?? 0) >= 0xa0) return 0;
    expected = 2;
  } else if (c < 0xf5) {
    const c1 = s[i + 1] ?? 0;
    if (c1 < 0x90 ? c === 0xf0 : c === 0xf4) return 0;
    expected = 3;
  } else {
    return 0;
  }
  for (let k = 1; k <= expected; k++) {
    const b = s[i + k] ?? 0;
    if (b < 0x80 || b >= 0xc0) return 0;
  }
  return expected + 1;
}

/** CPython: helpers.c _PyTokenizer_ensure_utf8 (the "Non-UTF-8 code starting with" error). */
function ensureUtf8(s: Uint8Array, filename: string): void {
  let lineno = 1;
  let col = 0;
  let lineStart = 0;
  let i = 0;
  while (i < s.length) {
    const n = validUtf8(s, i);
    if (n === 0) {
      let lineEnd = s.indexOf(10, lineStart);
      if (lineEnd === -1) lineEnd = s.length;
      const text = utf8Replace.decode(s.subarray(lineStart, lineEnd));
      const hex = s[i]!.toString(16).padStart(2, '0');
      throw new PySyntaxError('SyntaxError',
        `Non-UTF-8 code starting with '\\x${hex}' on line ${lineno}, but no encoding declared; ` +
        'see https://peps.python.org/pep-0263/ for details',
        filename, lineno, col + 1, text, lineno, col + 1);
    }
    col++;
    if (s[i] === 10) {
      lineno++;
      col = 0;
      lineStart = i + 1;
    }
    i += n;
  }
}

/**
 * As compile(bytes): BOM and PEP 263 cookie on line 1 or 2 honoured.
 * CPython: string_tokenizer.c decode_str. Throws PySyntaxError with CPython's messages.
 */
export function sourceFromBytes(source: Uint8Array, execInput: boolean, filename: string): SourceBuffer {
  if (source.indexOf(0) !== -1) throw nullBytesError(filename);
  let str = translateNewlinesBytes(source, execInput);
  let encoding: string | null = null;
  // CPython: helpers.c _PyTokenizer_check_bom
  if (str.length >= 3 && str[0] === 0xef && str[1] === 0xbb && str[2] === 0xbf) {
    str = str.subarray(3);
    encoding = 'utf-8';
  }
  // Cookie: line 1, then line 2 only if line 1 is blank or a comment.
  let enc: string | null = null;
  const nl0 = str.indexOf(10);
  if (nl0 !== -1) {
    const lines: Array<[number, number, number]> = [[1, 0, nl0]];
    const nl1 = str.indexOf(10, nl0 + 1);
    // CPython passes line 2's size including its '\n' (newl[1] - newl[0]).
    if (nl1 !== -1) lines.push([2, nl0 + 1, nl1 - nl0]);
    for (const [lineno, start, size] of lines) {
      const cs = codingSpec(str, start, size);
      if (cs === null) {
        if (!onlyCommentOrBlank(str, start, size)) break;
        continue;
      }
      if (encoding === null) {
        if (cs !== 'utf-8') enc = cs;
        encoding = cs;
      } else if (encoding !== cs) {
        let lineEnd = str.indexOf(10, start);
        if (lineEnd === -1) lineEnd = str.length;
        const text = utf8Replace.decode(str.subarray(start, lineEnd));
        throw new PySyntaxError('SyntaxError', `encoding problem: ${cs} with BOM`, filename,
          lineno, 0, text, lineno, size);
      }
      break;
    }
  }
  let text: string;
  if (enc !== null) {
    const codec = lookupCodec(enc);
    if (codec === null) throw initError(`unknown encoding: ${enc}`, filename);
    const decoded = decodeWithCodec(codec, str);
    if (typeof decoded !== 'string') throw initError(decoded.message, filename);
    text = translateNewlines(decoded, execInput);
    const ascii = !NON_ASCII.test(text);
    const bytes = encodeWithTerminator(text, ascii);
    return { text, bytes, length: bytes.length - 1, ascii, encoding };
  }
  // WHATWG's fatal UTF-8 decoder accepts exactly the well-formed UTF-8 that valid_utf8 accepts;
  // on failure ensureUtf8 finds the place and builds CPython's message.
  try {
    text = utf8Strict.decode(str);
  } catch {
    ensureUtf8(str, filename);
    text = utf8Replace.decode(str);
  }
  const bytes = new Uint8Array(str.length + 1);
  bytes.set(str);
  return { text, bytes, length: str.length, ascii: text.length === str.length, encoding };
}
