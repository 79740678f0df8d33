// Helpers for the tokenizer tests: run ftpy's Tokenizer and render its stream the way CPython's
// _tokenize.TokenizerIter (tools/oracle/tokens.mjs) reports it, including that iterator's column
// conversion and its messages for errors the tokenizer leaves to its caller (Python-tokenize.c).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tokenizer, byteToCharOffset, type TokenizerOptions } from '../../src/parser/tokenizer.js';
import { TokenIter, tokenizerError, type IterToken } from '../../src/parser/token_iter.js';
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

/** _tokenizer_error's SyntaxError as the oracle records it (its EOF report has no offset or text). */
function iterError(tok: Tokenizer): OracleError {
  const e = tokenizerError(tok);
  if (tok.done === E.EOF) return { type: e.name, msg: e.msg, lineno: e.lineno };
  return { ...errorRecord(e), end_lineno: null, end_offset: null };
}

/**
 * Tokenizes like CPython's compile() input path and renders tokens as TokenizerIter does
 * (parser/token_iter.ts, the same stream the _tokenize module yields).
 */
export function renderTokens(source: string | Uint8Array, opts: Partial<TokenizerOptions> = {}): Rendered {
  const ourWarnings: ParserWarning[] = [];
  const options: TokenizerOptions = {
    filename: '<string>', execInput: true, warn: (w) => { ourWarnings.push(w); return false; }, ...opts,
  };
  let it: TokenIter;
  try {
    it = new TokenIter(source, options);
  } catch (e) {
    return { raw: [], tok: null, thrown: e, ourWarnings };
  }
  const tok = it.tok;
  const tokens: OracleToken[] = [];
  const raw: Token[] = [];
  const out: Rendered = { tokens, raw, tok, ourWarnings };
  for (;;) {
    let r: IterToken | null;
    try {
      r = it.next();
    } catch (e) {
      if (it.errorToken === null) {
        out.thrown = e;
      } else {
        raw.push(it.errorToken);
        out.error = tok.error ? errorRecord(tok.error) : iterError(tok);
      }
      return out;
    }
    if (r === null) return out;
    raw.push(r.raw);
    tokens.push([r.type, r.string, r.start[0], r.start[1], r.end[0], r.end[1]]);
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
