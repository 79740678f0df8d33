// The parser's machinery: the token buffer filled lazily from the tokenizer, mark/reset,
// memoisation, keyword mapping, and CPython's two-pass error strategy (first pass without the
// invalid_* rules; on failure a second pass with them, then the generic "invalid syntax").
// CPython: Parser/pegen.c, Parser/pegen_errors.c. The grammar rules live in ./rules/.

import { T, type Token, type Memo } from './token.js';
import { Tokenizer, byteToCharOffset } from './tokenizer.js';
import { E } from './errcode.js';
import { keywordType } from './keywords.js';
import { FIRST_PASS_MEMO } from './rules/memo.js';
import { nfkc } from '../unicode/normalize.js';
import { PySyntaxError, PyParserException, type SyntaxErrorClass, type WarningSink } from './errors.js';
import type { expr, stmt, Located } from './ast.generated.js';

export const enum StartRule { File, Single, Eval, FuncType }

/** Sentinel column meaning "where the tokenizer is now" (pegen.h CURRENT_POS). */
export const CURRENT_POS = -5;

/** CPython's limit on nested rule calls (parser.c MAXSTACK). */
const MAXSTACK = 6000;

export interface ParserFlags {
  typeComments: boolean;
  barryAsFlufl: boolean;
  allowIncompleteInput: boolean;
  dontImplyDedent: boolean;
}

export type { Located };

export class Parser {
  readonly tok: Tokenizer;
  readonly tokens: Token[] = [];
  mark = 0;
  fill = 0;
  /** Rule nesting depth, for CPython's "too complex" MemoryError. */
  level = 0;
  callInvalidRules = false;
  readonly startRule: StartRule;
  readonly flags: ParserFlags;
  readonly featureVersion: number;
  readonly filename: string;
  readonly warn: WarningSink | undefined;
  private parsingStarted = false;
  /** Token an error should point at when set (string_parser.c sets it for escape warnings). */
  knownErrToken: Token | null = null;
  /** (lineno, text) of `# type: ignore` comments, for Module.type_ignores. */
  readonly typeIgnoreComments: Array<[number, string]> = [];
  readonly lastStmtLocation: Located = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

  constructor(tok: Tokenizer, startRule: StartRule, flags: ParserFlags, featureVersion: number,
    filename: string, warn: WarningSink | undefined) {
    this.tok = tok;
    this.startRule = startRule;
    this.flags = flags;
    this.featureVersion = featureVersion;
    this.filename = filename;
    this.warn = warn;
  }

  // ---- Tokens -------------------------------------------------------------------------------

  /** Pulls one more token into the buffer (pegen.c _PyPegen_fill_token). */
  fillToken(): void {
    const tok = this.tok;
    let t = tok.next();
    while (t.type === T.TYPE_IGNORE) {
      this.typeIgnoreComments.push([t.lineno, t.string]);
      t = tok.next();
    }
    // In single-input mode the end of input acts as the NEWLINE that ends the statement.
    if (this.startRule === StartRule.Single && t.type === T.ENDMARKER && this.parsingStarted) {
      t.type = T.NEWLINE;
      this.parsingStarted = false;
      if (tok.indent && !this.flags.dontImplyDedent) {
        tok.pendin = -tok.indent;
        tok.indent = 0;
      }
    } else {
      this.parsingStarted = true;
    }
    if (t.type === T.NAME) {
      const kw = keywordType(t.string);
      if (kw >= 0) t.type = kw;
    }
    this.tokens.push(t);
    this.fill++;
    if (t.type === T.ERRORTOKEN) {
      if (tok.done === E.DECODE) this.raiseDecodeError();
      this.tokenizerError();
    }
  }

  /** The token at the mark, filling the buffer if needed. */
  peek(): Token {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!;
  }

  /** Consumes a token of `type` (pegen.c _PyPegen_expect_token). */
  expect(type: number): Token | null {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** Whether the next token has `type`, without consuming it. */
  at(type: number): boolean {
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark]!.type === type;
  }

  /** `&&'x'`: the token must be there, else "expected 'x'" (_PyPegen_expect_forced_token). */
  expectForced(type: number, expected: string): Token {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== type) this.raiseKnownLocation(t, `expected '${expected}'`);
    this.mark++;
    return t;
  }

  /** A NAME token spelled `keyword` (soft keywords), as a Name node (_PyPegen_expect_soft_keyword). */
  expectSoftKeyword(keyword: string): expr | null {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    if (t.type !== T.NAME || t.string !== keyword) return null;
    this.mark++;
    return this.nameFromToken(t);
  }

  /** Whether the next token is the soft keyword `keyword`. */
  atSoftKeyword(keyword: string): boolean {
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark]!;
    return t.type === T.NAME && t.string === keyword;
  }

  /** Any soft keyword (the SOFT_KEYWORD token class of the grammar). */
  softKeywordToken(): expr | null {
    const t = this.expect(T.NAME);
    if (t === null) return null;
    if (t.string === '_' || t.string === 'case' || t.string === 'match' || t.string === 'type') {
      return this.nameFromToken(t);
    }
    return null;
  }

  nameToken(): expr | null {
    const t = this.expect(T.NAME);
    return t === null ? null : this.nameFromToken(t);
  }

  nameFromToken(t: Token): expr {
    return {
      _kind: 'Name', id: this.newIdentifier(t.string), ctx: 'Load',
      lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
    };
  }

  /** Identifiers are NFKC-normalised when not ASCII (pegen.c _PyPegen_new_identifier). */
  newIdentifier(s: string): string {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) return nfkc(s);
    }
    return s;
  }

  /** The last token before the mark that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
  lastNonWhitespaceToken(): Token {
    let token = this.tokens[0]!;
    for (let m = this.mark - 1; m >= 0; m--) {
      token = this.tokens[m]!;
      const ty = token.type;
      if (ty !== T.ENDMARKER && (ty < T.NEWLINE || ty > T.DEDENT)) break;
    }
    return token;
  }

  // ---- Memoisation (pegen.c _PyPegen_is_memoized / _PyPegen_insert_memo) ----

  memoLookup(type: number): Memo | null {
    if (this.mark === this.fill) this.fillToken();
    if (!this.callInvalidRules && !FIRST_PASS_MEMO[type]) return null;
    for (let m = this.tokens[this.mark]!.memo; m !== null; m = m.next) {
      if (m.type === type) return m;
    }
    return null;
  }

  memoInsert(mark: number, type: number, node: unknown): void {
    if (!this.callInvalidRules && !FIRST_PASS_MEMO[type]) return;
    const t = this.tokens[mark]!;
    t.memo = { type, node, mark: this.mark, next: t.memo };
  }

  /** Counts one more rule level; past CPython's limit the source is "too complex". */
  enter(): void {
    if (++this.level > MAXSTACK) {
      throw new PyParserException('MemoryError', 'Parser stack overflowed - Python source too complex to parse');
    }
  }

  leave(): void {
    this.level--;
  }

  // ---- Errors -------------------------------------------------------------------------------

  /**
   * Raises `errtype` with 1-based byte columns (or CURRENT_POS), turning them into character
   * offsets on the error line (pegen_errors.c _PyPegen_raise_error_known_location).
   */
  raiseErrorKnownLocation(errtype: SyntaxErrorClass, lineno: number, colOffset: number,
    endLineno: number, endColOffset: number, msg: string): never {
    const tok = this.tok;
    if (endLineno === CURRENT_POS) endLineno = tok.lineno;
    if (endColOffset === CURRENT_POS) endColOffset = tok.cur - tok.lineStart;
    let errorLine: string;
    if (tok.lineno <= lineno && tok.inp > tok.bufStart) {
      errorLine = tok.text(tok.lineStart, tok.inp);
    } else {
      errorLine = tok.lineText(lineno);
    }
    const col = byteToCharOffset(errorLine, colOffset);
    const endCol = endColOffset > 0 ? byteToCharOffset(errorLine, endColOffset) : endColOffset;
    throw new PySyntaxError(errtype, msg, this.filename, lineno, col, errorLine, endLineno, endCol);
  }

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (CURRENT_POS passes through). */
  raiseAt(errtype: SyntaxErrorClass, lineno: number, col: number, endLineno: number, endCol: number, msg: string): never {
    return this.raiseErrorKnownLocation(errtype, lineno, col === CURRENT_POS ? col : col + 1,
      endLineno, endCol === CURRENT_POS ? endCol : endCol + 1, msg);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR / ..._ON_NEXT_TOKEN (_PyPegen_raise_error). */
  raiseError(errtype: SyntaxErrorClass, useMark: boolean, msg: string): never {
    if (this.fill === 0) return this.raiseErrorKnownLocation(errtype, 0, 0, 0, -1, msg);
    if (useMark && this.mark === this.fill) this.fillToken();
    const t = this.knownErrToken ?? this.tokens[useMark ? this.mark : this.fill - 1]!;
    let col: number;
    if (t.col_offset === -1) {
      col = this.tok.cur === this.tok.bufStart ? 0 : this.tok.cur - this.tok.lineStart;
    } else {
      col = t.col_offset + 1;
    }
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.raiseErrorKnownLocation(errtype, t.lineno, col, t.end_lineno, endCol, msg);
  }

  raiseSyntaxError(msg: string): never {
    return this.raiseError('SyntaxError', false, msg);
  }

  raiseIndentationError(msg: string): never {
    return this.raiseError('IndentationError', false, msg);
  }

  raiseOnNextToken(msg: string): never {
    return this.raiseError('SyntaxError', true, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  raiseKnownLocation(a: Located, msg: string): never {
    return this.raiseAt('SyntaxError', a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseKnownRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt('SyntaxError', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg). */
  raiseStartingFrom(a: Located, msg: string): never {
    return this.raiseAt('SyntaxError', a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS, msg);
  }

  /** CHECK_VERSION: a feature newer than feature_version is an error. */
  checkVersion<N>(version: number, what: string, node: N): N {
    if (this.featureVersion < version) {
      this.raiseSyntaxError(`${what} only supported in Python 3.${version} and greater`);
    }
    return node;
  }

  private raiseUnclosedParenthesesError(): never {
    const tok = this.tok;
    const lineno = tok.parenlinenostack[tok.level - 1]!;
    const col = tok.parencolstack[tok.level - 1]!;
    const ch = String.fromCharCode(tok.parenstack[tok.level - 1]!);
    return this.raiseAt('SyntaxError', lineno, col, lineno, -1, `'${ch}' was never closed`);
  }

  /** An ERRORTOKEN from the tokenizer becomes an exception (pegen_errors.c _Pypegen_tokenizer_error). */
  private tokenizerError(): never {
    const tok = this.tok;
    if (tok.error !== null) throw tok.error;
    let msg: string;
    let errtype: SyntaxErrorClass = 'SyntaxError';
    let col = -1;
    switch (tok.done) {
      case E.TOKEN:
        msg = 'invalid token';
        break;
      case E.EOF:
        if (tok.level) this.raiseUnclosedParenthesesError();
        return this.raiseSyntaxError('unexpected EOF while parsing');
      case E.DEDENT:
        return this.raiseIndentationError('unindent does not match any outer indentation level');
      case E.TABSPACE:
        errtype = 'TabError';
        msg = 'inconsistent use of tabs and spaces in indentation';
        break;
      case E.TOODEEP:
        errtype = 'IndentationError';
        msg = 'too many levels of indentation';
        break;
      case E.LINECONT:
        col = tok.cur - tok.bufStart - 1;
        msg = 'unexpected character after line continuation character';
        break;
      case E.COLUMNOVERFLOW:
        throw new PyParserException('OverflowError', 'Parser column offset overflow - source line is too big');
      default:
        msg = 'unknown parsing error';
    }
    return this.raiseAt(errtype, tok.lineno, col >= 0 ? col : 0, tok.lineno, -1, msg);
  }

  private raiseDecodeError(): never {
    if (this.tok.error !== null) throw this.tok.error;
    return this.raiseSyntaxError('(unicode error) unknown error');
  }

  /**
   * After an error, tokenizes the rest of the input: a tokenizer error there (an unterminated
   * string, a bracket never closed before the error line) replaces the parser's error
   * (pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors).
   */
  private checkRestOfSource(original: PySyntaxError): PySyntaxError {
    const tok = this.tok;
    const current = this.knownErrToken ?? this.tokens[this.fill - 1]!;
    const currentErrLine = current.lineno;
    let replacement: PySyntaxError | null = null;
    try {
      for (;;) {
        const t = tok.next();
        if (t.type === T.ERRORTOKEN) {
          if (tok.error !== null) {
            replacement = tok.error;
          } else if (tok.level !== 0) {
            const errorLineno = tok.parenlinenostack[tok.level - 1]!;
            if (currentErrLine > errorLineno) this.raiseUnclosedParenthesesError();
          }
          break;
        }
        if (t.type === T.ENDMARKER) break;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      replacement = e;
    }
    if (replacement !== null && tok.modeStackIndex <= 0) return replacement;
    return original;
  }

  // ---- Running ------------------------------------------------------------------------------

  /** Runs `start` with CPython's two passes and error policy (pegen.c _PyPegen_run_parser). */
  run<R>(start: (p: Parser) => R | null): R {
    let res: R | null;
    try {
      res = start(this);
    } catch (e) {
      throw this.finishError(e);
    }
    if (res === null) {
      if (this.flags.allowIncompleteInput && this.isEndOfSource()) {
        return this.raiseError('IncompleteInputError', false, 'incomplete input');
      }
      const lastToken = this.tokens[this.fill - 1]!;
      this.resetForErrorPass();
      try {
        start(this);
      } catch (e) {
        throw this.finishError(e);
      }
      this.raiseGenericError(lastToken);
    }
    if (this.startRule === StartRule.Single && this.badSingleStatement()) {
      this.tok.done = E.BADSINGLE;
      this.raiseSyntaxError('multiple statements found while compiling a single statement');
    }
    return res;
  }

  /** An exception escaping a pass: convert stack exhaustion, re-check the source (_Pypegen_set_syntax_error). */
  private finishError(e: unknown): unknown {
    if (e instanceof RangeError) {
      return new PyParserException('MemoryError', 'Parser stack overflowed - Python source too complex to parse');
    }
    if (!(e instanceof PySyntaxError)) return e;
    if (this.flags.allowIncompleteInput && this.isEndOfSource()) {
      try {
        this.raiseError('IncompleteInputError', false, 'incomplete input');
      } catch (incomplete) {
        return incomplete;
      }
    }
    const tokOk = this.tok.done === E.DONE || this.tok.done === E.OK;
    if (tokOk && e.name !== 'IncompleteInputError') return this.checkRestOfSource(e);
    return e;
  }

  private raiseGenericError(lastToken: Token): never {
    if (this.fill === 0) this.raiseSyntaxError('error at start before reading any input');
    if (lastToken.type === T.ERRORTOKEN && this.tok.done === E.EOF) {
      if (this.tok.level) this.raiseUnclosedParenthesesError();
      this.raiseSyntaxError('unexpected EOF while parsing');
    }
    if (lastToken.type === T.INDENT || lastToken.type === T.DEDENT) {
      this.raiseIndentationError(lastToken.type === T.INDENT ? 'unexpected indent' : 'unexpected unindent');
    }
    let err: PySyntaxError;
    try {
      this.raiseKnownLocation(lastToken, 'invalid syntax');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      err = e;
    }
    throw this.checkRestOfSource(err);
  }

  private resetForErrorPass(): void {
    const loc = this.lastStmtLocation;
    loc.lineno = loc.col_offset = loc.end_lineno = loc.end_col_offset = 0;
    for (let i = 0; i < this.fill; i++) this.tokens[i]!.memo = null;
    this.mark = 0;
    this.level = 0;
    this.callInvalidRules = true;
    this.tok.interactiveUnderflowStop = true;
  }

  private isEndOfSource(): boolean {
    const d = this.tok.done;
    return d === E.EOF || d === E.EOFS || d === E.EOLS;
  }

  /** In 'single' mode only whitespace and comments may follow the statement (pegen.c bad_single_statement). */
  private badSingleStatement(): boolean {
    const buf = this.tok.buf;
    let i = this.tok.cur;
    const n = this.tok.end;
    for (;;) {
      let c = i < n ? buf[i]! : 0;
      while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c) c = ++i < n ? buf[i]! : 0;
      if (c === 0) return false;
      if (c !== 0x23) return true;
      while (c !== 0 && c !== 0x0a) c = ++i < n ? buf[i]! : 0;
    }
  }

  /** Records the last statement seen in the error pass, for the REPL's error display (_PyPegen_register_stmts). */
  registerStmts(stmts: stmt[]): stmt[] {
    if (!this.callInvalidRules || stmts.length === 0) return stmts;
    const last = stmts[stmts.length - 1]!;
    const loc = this.lastStmtLocation;
    if (loc.lineno > last.lineno) return stmts;
    loc.lineno = last.lineno;
    loc.col_offset = last.col_offset;
    loc.end_lineno = last.end_lineno;
    loc.end_col_offset = last.end_col_offset;
    return stmts;
  }
}
