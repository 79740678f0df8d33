// The token stream as the tokenize module sees it: CPython's TokenizerIter over our Tokenizer,
// with its character columns (computed from byte offsets, with the per-line offset cache), the
// `line` of each token, the adjustments of extra-tokens mode (exact operator types become OP, the
// text of NEWLINE, the trailing DEDENT/ENDMARKER positions) and the SyntaxError it raises for an
// error the tokenizer leaves to its caller. Used by modules/_tokenize.ts and the tokenizer tests.
// CPython: Python/Python-tokenize.c (tokenizeriter_next, _get_col_offsets, _tokenizer_error).

import { Tokenizer, type TokenizerOptions } from './tokenizer.js';
import { T, type Token } from './token.js';
import { E } from './errcode.js';
import { PySyntaxError } from './errors.js';

/** One token as TokenizerIter yields it: type, string, start and end (row, character column), line. */
export interface IterToken {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
  /** The tokenizer's own token (tests check its fields). */
  raw: Token;
}

const isStringLit = (t: number): boolean => t === T.STRING || t === T.FSTRING_MIDDLE || t === T.TSTRING_MIDDLE;

/** Characters (code points) in buf[a, b): CPython counts UTF-8 lead bytes. */
export function charCount(buf: Uint8Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (((buf[i] ?? 0) & 0xc0) !== 0x80) n++;
  return n;
}

/** _tokenizer_error: the SyntaxError for an ERRORTOKEN the tokenizer did not raise itself. */
export function tokenizerError(tok: Tokenizer): PySyntaxError {
  const d = tok.done;
  if (d === E.EOF) {
    // CPython reports inp - buf of its readline buffer as the offset, which a whole-source
    // tokenizer cannot reproduce (the tests compare type, message and line only).
    return new PySyntaxError('SyntaxError', 'unexpected EOF in multi-line statement', tok.filename, tok.lineno, 0, null, 0, 0);
  }
  let type: 'SyntaxError' | 'IndentationError' | 'TabError' = 'SyntaxError';
  let msg = 'unknown tokenization error';
  if (d === E.TOKEN) msg = 'invalid token';
  else if (d === E.DEDENT) { msg = 'unindent does not match any outer indentation level'; type = 'IndentationError'; }
  else if (d === E.TABSPACE) { msg = 'inconsistent use of tabs and spaces in indentation'; type = 'TabError'; }
  else if (d === E.TOODEEP) { msg = 'too many levels of indentation'; type = 'IndentationError'; }
  else if (d === E.LINECONT) msg = 'unexpected character after line continuation character';
  const text = tok.decode(tok.bufStart, tok.inp - 1);
  const offset = charCount(tok.buf, tok.bufStart, tok.inp - 1) + 1;
  // end_lineno / end_offset are None (0 here).
  return new PySyntaxError(type, msg, tok.filename, tok.lineno, offset, text, 0, 0);
}

export class TokenIter {
  readonly tok: Tokenizer;
  private readonly endsWithNewline: boolean;
  private lastLineno = 0;
  private diff = 0;
  private lastLine = '';
  private done = false;
  /** The ERRORTOKEN the last next() threw for, if it threw for one (the tests record it). */
  errorToken: Token | null = null;

  /** Throws the tokenizer's PySyntaxError for a source it cannot start on (a bad encoding declaration). */
  constructor(source: string | Uint8Array, options: Partial<TokenizerOptions> = {}) {
    const opts: TokenizerOptions = { filename: '<string>', execInput: true, ...options };
    this.tok = typeof source === 'string' ? Tokenizer.fromString(source, opts) : Tokenizer.fromBytes(source, opts);
    // Whether the input itself ends with a newline (the tokenizer's buffer always does in exec mode).
    const last = source.length === 0 ? 10 : typeof source === 'string' ? source.charCodeAt(source.length - 1) : source[source.length - 1]!;
    this.endsWithNewline = last === 10 || last === 13;
  }

  /** The next token, or null after ENDMARKER; throws a PySyntaxError for an error token. */
  next(): IterToken | null {
    if (this.done) return null;
    const tok = this.tok;
    const t = tok.next();
    if (t.type === T.ERRORTOKEN) {
      this.done = true;
      this.errorToken = t;
      throw tok.error ?? tokenizerError(tok);
    }
    if (t.type === T.ENDMARKER) this.done = true;
    const trailing = t.type === T.ENDMARKER || (t.type === T.DEDENT && tok.done === E.EOF);
    // The readline tokenizer marks a last line that had no newline (implicit_newline).
    const implicitNewline = !this.endsWithNewline && tok.inp === tok.length;
    const lineStart = isStringLit(t.type) ? tok.multiLineStart : tok.lineStart;
    let lineChanged = true;
    let line: string;
    if (tok.extraTokens && trailing) {
      line = '';
    } else {
      if (tok.lineno !== this.lastLineno) {
        let end = tok.inp;
        if (end - lineStart >= 1 && implicitNewline) end--;
        this.lastLine = tok.decode(lineStart, end);
        this.diff = 0;
      } else {
        lineChanged = false;
      }
      line = this.lastLine;
    }
    const lineno = isStringLit(t.type) ? tok.firstLineno : tok.lineno;
    const endLineno = tok.lineno;
    let col = -1;
    let endCol = -1;
    let byteOffset = -1;
    if (t.start >= 0 && t.start >= lineStart) {
      byteOffset = t.start - lineStart;
      if (lineChanged) {
        col = charCount(tok.buf, lineStart, lineStart + byteOffset);
        this.diff = byteOffset - col;
      } else {
        col = byteOffset - this.diff;
      }
    }
    if (t.end >= 0 && t.end >= tok.lineStart) {
      const endByte = t.end - tok.lineStart;
      if (lineno === endLineno) {
        const tcol = charCount(tok.buf, lineStart + byteOffset, lineStart + endByte);
        endCol = col + tcol;
        this.diff += t.end - t.start - tcol;
      } else {
        endCol = charCount(tok.buf, tok.lineStart, tok.lineStart + endByte);
        this.diff += endByte - endCol;
      }
    }
    this.lastLineno = lineno;
    let type: number = t.type;
    let str = t.string;
    let [l, c, el, ec] = [lineno, col, endLineno, endCol];
    if (tok.extraTokens) {
      if (trailing) {
        l = el = lineno + 1;
        c = ec = 0;
      }
      if (type > T.DEDENT && type < T.OP) {
        type = T.OP;
      } else if (type === T.NEWLINE) {
        if (!implicitNewline) str = tok.buf[t.start] === 13 ? '\r\n' : '\n';
        ec++;
      } else if (type === T.NL && implicitNewline) {
        str = '';
      }
    }
    return { type, string: str, start: [l, c], end: [el, ec], line, raw: t };
  }
}
