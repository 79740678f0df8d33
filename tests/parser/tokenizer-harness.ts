// Helpers for the tokenizer tests: run ftpy's Tokenizer and render its stream the way CPython's
// _tokenize.TokenizerIter (tools/oracle/tokens.mjs) reports it, including that iterator's column
// conversion and its messages for errors the tokenizer leaves to its caller (Python-tokenize.c).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tokenizer, byteToCharOffset, type TokenizerOptions } from '../../src/parser/tokenizer.js';
import { T, type Token } from '../../src/parser/token.js';
import { E } from '../../src/parser/errcode.js';
import { PySyntaxError, type ParserWarning } from '../../src/parser/errors.js';
import { ROOT, type OracleError } from './harness.js';

/** type, string, start row, start col, end row, end col (character columns). */
export type OracleToken = [number, string, number, number, number, number];
export interface TokenResult {
  tokens?: OracleToken[];
  error?: OracleError;
  decodeError?: OracleError;
  warnings?: { category: string; message: string; lineno: number }[];
}
export interface TokenCase { source: string | Uint8Array; extra?: boolean }
interface TokenOracleModule {
  oracleTokens(cases: TokenCase[], opts?: { onProgress?: (done: number, total: number) => void }): Promise<TokenResult[]>;
}

export async function loadTokenOracle(): Promise<TokenOracleModule> {
  return (await import(pathToFileURL(join(ROOT, 'tools', 'oracle', 'tokens.mjs')).href)) as TokenOracleModule;
}

export function errorRecord(e: PySyntaxError): OracleError {
  return { type: e.name, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno,
    end_offset: e.end_offset, text: e.text };
}

/** What our tokenizer produced, in the oracle's shape, plus the raw tokens for further checks. */
export interface Rendered extends TokenResult {
  raw: Token[];
  tok: Tokenizer | null;
  thrown?: unknown;
  ourWarnings: ParserWarning[];
}

const isStringLit = (t: number): boolean => t === T.STRING || t === T.FSTRING_MIDDLE || t === T.TSTRING_MIDDLE;

/** Characters (code points) in buf[a, b): CPython counts UTF-8 lead bytes. */
function chars(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (((buf[i] ?? 0) & 0xc0) !== 0x80) n++;
  return n;
}

/** Python-tokenize.c _tokenizer_error: the SyntaxError for an ERRORTOKEN the tokenizer did not raise. */
function iterError(tok: Tokenizer): OracleError {
  const d = tok.done;
  if (d === E.EOF) {
    // CPython reports inp - buf of its readline buffer here, which a string tokenizer cannot
    // reproduce; callers compare only type/msg/lineno for this one.
    return { type: 'SyntaxError', msg: 'unexpected EOF in multi-line statement', lineno: tok.lineno };
  }
  let type = 'SyntaxError';
  let msg = 'unknown tokenization error';
  if (d === E.TOKEN) msg = 'invalid token';
  else if (d === E.DEDENT) { msg = 'unindent does not match any outer indentation level'; type = 'IndentationError'; }
  else if (d === E.TABSPACE) { msg = 'inconsistent use of tabs and spaces in indentation'; type = 'TabError'; }
  else if (d === E.TOODEEP) { msg = 'too many levels of indentation'; type = 'IndentationError'; }
  else if (d === E.LINECONT) msg = 'unexpected character after line continuation character';
  const text = tok.decode(tok.bufStart, tok.inp - 1);
  const offset = chars(tok.buf, tok.bufStart, tok.inp - 1) + 1;
  return { type, msg, lineno: tok.lineno, offset, text, end_lineno: null, end_offset: null };
}

/**
 * Tokenizes like CPython's compile() input path and renders tokens as TokenizerIter does
 * (Python-tokenize.c tokenizeriter_next/_get_col_offsets, including its cached column offsets).
 */
export function renderTokens(source: string | Uint8Array, opts: Partial<TokenizerOptions> = {}): Rendered {
  const ourWarnings: ParserWarning[] = [];
  const options: TokenizerOptions = {
    filename: '<string>', execInput: true, warn: (w) => { ourWarnings.push(w); return false; }, ...opts,
  };
  let tok: Tokenizer;
  try {
    tok = typeof source === 'string' ? Tokenizer.fromString(source, options) : Tokenizer.fromBytes(source, options);
  } catch (e) {
    return { raw: [], tok: null, thrown: e, ourWarnings };
  }
  // Whether the input itself ends with a newline (the tokenizer's buffer always does in exec mode).
  const last = source.length === 0 ? 10 : typeof source === 'string' ? source.charCodeAt(source.length - 1) : source[source.length - 1]!;
  const endsWithNewline = last === 10 || last === 13;
  const tokens: OracleToken[] = [];
  const raw: Token[] = [];
  const out: Rendered = { tokens, raw, tok, ourWarnings };
  let lastLineno = 0;
  let diff = 0;
  for (;;) {
    let t: Token;
    try {
      t = tok.next();
    } catch (e) {
      out.thrown = e;
      return out;
    }
    raw.push(t);
    if (t.type === T.ERRORTOKEN) {
      out.error = tok.error ? errorRecord(tok.error) : iterError(tok);
      return out;
    }
    const lineStart = isStringLit(t.type) ? tok.multiLineStart : tok.lineStart;
    let lineChanged = true;
    if (tok.lineno !== lastLineno) diff = 0;
    else lineChanged = false;
    const lineno = isStringLit(t.type) ? tok.firstLineno : tok.lineno;
    const endLineno = tok.lineno;
    let col = -1;
    let endCol = -1;
    let byteOffset = -1;
    if (t.start >= 0 && t.start >= lineStart) {
      byteOffset = t.start - lineStart;
      if (lineChanged) {
        col = chars(tok.buf, lineStart, lineStart + byteOffset);
        diff = byteOffset - col;
      } else {
        col = byteOffset - diff;
      }
    }
    if (t.end >= 0 && t.end >= tok.lineStart) {
      const endByte = t.end - tok.lineStart;
      if (lineno === endLineno) {
        const tcol = chars(tok.buf, lineStart + byteOffset, lineStart + endByte);
        endCol = col + tcol;
        diff += t.end - t.start - tcol;
      } else {
        endCol = chars(tok.buf, tok.lineStart, tok.lineStart + endByte);
        diff += endByte - endCol;
      }
    }
    lastLineno = lineno;
    if (tok.extraTokens) {
      // tokenizeriter_next's adjustments for the tokenize module (extra_tokens=True).
      // The readline tokenizer marks a last line that had no newline (implicit_newline).
      const implicitNewline = !endsWithNewline && tok.inp === tok.length;
      let type = t.type;
      let str = t.string;
      let [l, c, el, ec] = [lineno, col, endLineno, endCol];
      if (type === T.ENDMARKER || (type === T.DEDENT && tok.done === E.EOF)) {
        l = el = lineno + 1;
        c = ec = 0;
      }
      if (type > T.DEDENT && type < T.OP) {
        type = T.OP;
      } else if (type === T.NEWLINE) {
        if (!implicitNewline) str = '\n';
        ec++;
      } else if (type === T.NL && implicitNewline) {
        str = '';
      }
      tokens.push([type, str, l, c, el, ec]);
    } else {
      tokens.push([t.type, t.string, lineno, col, endLineno, endCol]);
    }
    if (t.type === T.ENDMARKER) return out;
  }
}

/** Internal consistency of our Token records (fields the oracle stream does not show). */
export function checkTokenFields(tok: Tokenizer, raw: Token[]): string | null {
  for (const t of raw) {
    if (t.type === T.ERRORTOKEN) continue;
    if (t.start < 0) {
      if (t.col_offset !== -1 || t.end_col_offset !== -1 || t.string !== '') return `no-text token with columns: ${JSON.stringify(t)}`;
      continue;
    }
    if (t.string !== tok.text(t.start, t.end)) return `string mismatch: ${JSON.stringify(t)}`;
    // "{{" / "}}" in an f-string: the text keeps one brace, the columns cover both.
    const slack = (t.type === T.FSTRING_MIDDLE || t.type === T.TSTRING_MIDDLE) && /[{}]$/.test(t.string) ? 1 : 0;
    const width = t.end_col_offset - t.col_offset;
    // (In extra-tokens mode INDENT's text is the whole indentation but its columns are empty.)
    if (t.lineno === t.end_lineno && t.type !== T.NEWLINE && t.type !== T.NL && t.type !== T.INDENT &&
        width !== t.end - t.start && width !== t.end - t.start + slack) {
      return `byte columns disagree with extent: ${JSON.stringify({ ...t, memo: undefined })}`;
    }
    // NEWLINE's text stops before the '\n' (and starts at a preceding comment); its end column is after it.
    if (t.type === T.NEWLINE && t.end_col_offset - t.col_offset !== t.end - t.start + 1) return `NEWLINE columns: ${JSON.stringify(t)}`;
  }
  return null;
}

/** TokenizerIter yields nothing at all for an empty source (also a lone BOM); we give ENDMARKER. */
export function emptyStream(expected: OracleToken[], got: Rendered): boolean {
  return expected.length === 0 && got.raw.length === 1 && got.raw[0]!.type === T.ENDMARKER;
}

/** Compact text of a token list difference: the first differing index with some context. */
export function tokenDiff(expected: OracleToken[], actual: OracleToken[]): string | null {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (JSON.stringify(e) !== JSON.stringify(a)) {
      const ctx = (l: OracleToken[]) => l.slice(Math.max(0, i - 2), i + 3).map((x) => JSON.stringify(x)).join(' ');
      return `token ${i}: expected ${JSON.stringify(e)} got ${JSON.stringify(a)}\n    expected ... ${ctx(expected)}\n    actual   ... ${ctx(actual)}`;
    }
  }
  return null;
}

/** pegen_errors.c _Pypegen_tokenizer_error + _PyPegen_raise_error[_known_location], for errors the
 *  tokenizer reports only through `done` (checks the state the parser reads: lineno, cur, buf...). */
export function pegenTokenizerError(tok: Tokenizer, last: Token): OracleError | null {
  const known = (type: string, lineno: number, col: number, endLineno: number, endCol: number, msg: string): OracleError => {
    const errorLine = tok.lineno <= lineno && tok.inp > tok.bufStart
      ? tok.decode(tok.lineStart, tok.inp) : tok.lineText(lineno);
    const offset = byteToCharOffset(errorLine, col);
    const endOffset = endCol > 0 ? byteToCharOffset(errorLine, endCol) : endCol;
    return { type, msg, lineno, offset, text: errorLine, end_lineno: endLineno, end_offset: endOffset };
  };
  const fromLast = (type: string, msg: string): OracleError => {
    const col = last.col_offset === -1 ? (tok.cur === tok.bufStart ? 0 : tok.cur - tok.lineStart) : last.col_offset + 1;
    const end = last.end_col_offset !== -1 ? last.end_col_offset + 1 : -1;
    return known(type, last.lineno, col, last.end_lineno, end, msg);
  };
  switch (tok.done) {
    case E.EOF:
      if (tok.level) {
        const l = tok.parenlinenostack[tok.level - 1]!;
        const ch = String.fromCharCode(tok.parenstack[tok.level - 1]!);
        return known('SyntaxError', l, tok.parencolstack[tok.level - 1]! + 1, l, 0, `'${ch}' was never closed`);
      }
      return fromLast('SyntaxError', 'unexpected EOF while parsing');
    case E.DEDENT:
      return fromLast('IndentationError', 'unindent does not match any outer indentation level');
    case E.TABSPACE:
      return known('TabError', tok.lineno, 1, tok.lineno, 0, 'inconsistent use of tabs and spaces in indentation');
    case E.TOODEEP:
      return known('IndentationError', tok.lineno, 1, tok.lineno, 0, 'too many levels of indentation');
    case E.LINECONT:
      return known('SyntaxError', tok.lineno, tok.cur - tok.bufStart, tok.lineno, 0,
        'unexpected character after line continuation character');
    default:
      return null;
  }
}
