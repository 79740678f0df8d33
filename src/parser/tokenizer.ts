// The Python 3.14 tokenizer: CPython's tok_state over a UTF-8 byte buffer, pulled one token
// at a time by the parser (as pegen.c _PyPegen_fill_token calls _PyTokenizer_Get).
// This file holds the state, the character primitives, errors and text access; the modes live in
// tokenizer/normal.ts and tokenizer/fstring.ts. CPython: Parser/lexer/{state,lexer}.c.

import { T, type Token } from './token.js';
import { PySyntaxError, type WarningSink } from './errors.js';
import { E_EOF, E_ERROR, E_OK, E_TABSPACE } from './errcode.js';
import { sourceFromBytes, sourceFromString, type SourceBuffer } from './source.js';
import { normalMode } from './tokenizer/normal.js';
import { fstringMode } from './tokenizer/fstring.js';
import {
  EOF, MAXFSTRINGLEVEL, MAXINDENT, MAXLEVEL, MAX_EXPR_NESTING, ModeKind, StringKind, TABSIZE, TokMode,
} from './tokenizer/state.js';

export interface TokenizerOptions {
  filename: string;            // for SyntaxError.filename and warnings
  execInput: boolean;          // exec/file mode: a final newline is added if missing
  typeComments?: boolean;      // PyCF_TYPE_COMMENTS: produce TYPE_COMMENT / TYPE_IGNORE tokens
  extraTokens?: boolean;       // tok_extra_tokens: COMMENT/NL tokens, lenient checks (tokenize module)
  warn?: WarningSink;          // SyntaxWarning/DeprecationWarning; returns true => SyntaxError
}

export { EOF, MAXFSTRINGLEVEL, MAXINDENT, MAXLEVEL, MAX_EXPR_NESTING, TABSIZE, ModeKind, StringKind, TokMode };

const utf8Replace = new TextDecoder('utf-8', { ignoreBOM: true });

export class Tokenizer {
  // ---- input ----
  /** The whole translated source as UTF-8, followed by a 0 byte (tok->str). */
  readonly buf: Uint8Array;
  /** Source length in bytes (offset of the terminating 0). */
  readonly length: number;
  /** The translated source as a JS string. */
  readonly source: string;
  /** True when the source is ASCII: byte offsets are string indices. */
  readonly ascii: boolean;
  /** tok->encoding ('utf-8' for str input). */
  readonly encoding: string | null;
  readonly filename: string;
  readonly warn: WarningSink | undefined;

  // ---- tok_state (byte offsets into buf; -1 = NULL) ----
  /** CPython's tok->buf pointer: start of the current line, or of the line where the token in
   *  progress began (string_tokenizer.c tok_underflow_string). */
  bufStart = 0;
  cur = 0;
  inp = 0;
  lineStart = 0;
  multiLineStart = 0;
  /** tok->start: start of the current token, -1 when none. */
  start = -1;
  done: number = E_OK;
  error: PySyntaxError | null = null;
  tabsize = TABSIZE;
  indent = 0;
  readonly indstack: Int32Array = new Int32Array(MAXINDENT);
  readonly altindstack: Int32Array = new Int32Array(MAXINDENT);
  atbol = true;
  pendin = 0;
  lineno = 0;
  firstLineno = 0;
  startingColOffset = -1;
  colOffset = -1;
  level = 0;
  readonly parenstack: number[] = new Array<number>(MAXLEVEL).fill(0);
  readonly parenlinenostack: number[] = new Array<number>(MAXLEVEL).fill(0);
  readonly parencolstack: number[] = new Array<number>(MAXLEVEL).fill(0);
  contLine = false;
  typeComments: boolean;
  extraTokens: boolean;
  commentNewline = false;
  /** Always false here: only readline-fed tokenizers add a newline after reading (string input is translated first). */
  implicitNewline = false;
  interactiveUnderflowStop = false;
  /** tok_mode_stack; entry 0 is the regular mode (its fields zeroed as in _PyTokenizer_tok_new). */
  readonly modeStack: TokMode[] = [new TokMode()];
  modeStackIndex = 0;

  /** Metadata for the token being built (CPython sets token->metadata before MAKE_TOKEN). */
  tokenMetadata: string | null = null;

  private u16Index: Int32Array | null = null;
  private lineStarts: Int32Array | null = null;

  private constructor(src: SourceBuffer, options: TokenizerOptions) {
    this.buf = src.bytes;
    this.length = src.length;
    this.source = src.text;
    this.ascii = src.ascii;
    this.encoding = src.encoding;
    this.filename = options.filename;
    this.warn = options.warn;
    this.typeComments = options.typeComments ?? false;
    this.extraTokens = options.extraTokens ?? false;
  }

  /** str input, as compile(str): UTF-8, coding cookie ignored (utf8_tokenizer.c _PyTokenizer_FromUTF8). */
  static fromString(source: string, options: TokenizerOptions): Tokenizer {
    return new Tokenizer(sourceFromString(source, options.execInput, options.filename), options);
  }

  /** bytes input, as compile(bytes): BOM and PEP 263 cookie honoured (string_tokenizer.c decode_str).
   *  Decoding problems throw PySyntaxError with CPython's message. */
  static fromBytes(source: Uint8Array, options: TokenizerOptions): Tokenizer {
    return new Tokenizer(sourceFromBytes(source, options.execInput, options.filename), options);
  }

  /** The current tokenizer mode (TOK_GET_MODE). */
  currentMode(): TokMode {
    return this.modeStack[this.modeStackIndex]!;
  }

  /** 'f' or 't' for messages about the innermost f/t-string (TOK_GET_STRING_PREFIX). */
  stringPrefix(): string {
    return this.currentMode().stringKind === StringKind.TSTRING ? 't' : 'f';
  }

  /** Same as stringPrefix() (the name the parser uses). */
  currentStringPrefix(): string {
    return this.stringPrefix();
  }

  /** TOK_GET_MODE(tok)->raw: whether the innermost f/t-string is raw. */
  currentModeRaw(): boolean {
    return this.currentMode().raw;
  }

  /** End of the data (offset of the terminating 0 byte), like the end of tok->str. */
  get end(): number {
    return this.length;
  }

  /** Next token, as _PyTokenizer_Get. */
  next(): Token {
    this.tokenMetadata = null;
    const mode = this.modeStack[this.modeStackIndex]!;
    return mode.kind === ModeKind.REGULAR ? normalMode(this, mode) : fstringMode(this, mode);
  }

  // ---- character primitives ----

  /** CPython: lexer.c tok_nextc. Next byte, or EOF; reads the next line when the current one ends. */
  nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) {
        // Deliberate difference: E_COLUMNOVERFLOW (lines over 2**31 bytes) is not checked.
        this.colOffset++;
        return this.buf[this.cur++]!;
      }
      if (this.done !== E_OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
      this.lineStart = this.cur;
    }
  }

  /** CPython: lexer.c tok_backup. */
  backup(c: number): void {
    if (c !== EOF) {
      this.cur--;
      this.colOffset--;
    }
  }

  /** CPython: string_tokenizer.c tok_underflow_string: make the next line available. */
  private underflow(): boolean {
    let end = this.buf.indexOf(10, this.inp);
    if (end !== -1 && end < this.length) {
      end++;
    } else {
      end = this.length;
      if (end === this.inp) {
        this.done = E_EOF;
        return false;
      }
    }
    if (this.start < 0) this.bufStart = this.cur;
    this.lineStart = this.cur;
    this.lineno++;
    this.colOffset = 0;
    this.inp = end;
    return true;
  }

  // ---- tokens ----

  /** CPython: state.c _PyLexer_token_setup (MAKE_TOKEN). pStart/pEnd are -1 for "no text". */
  makeToken(type: number, pStart: number, pEnd: number): Token {
    const stringLit = type === T.STRING || type === T.FSTRING_MIDDLE || type === T.TSTRING_MIDDLE;
    const hasText = pStart >= 0 && pEnd >= 0;
    return {
      type,
      string: hasText ? this.text(pStart, pEnd) : '',
      start: hasText ? pStart : -1,
      end: hasText ? pEnd : -1,
      lineno: stringLit ? this.firstLineno : this.lineno,
      col_offset: hasText ? this.startingColOffset : -1,
      end_lineno: this.lineno,
      end_col_offset: hasText ? this.colOffset : -1,
      level: this.level,
      metadata: this.tokenMetadata,
      memo: null,
    };
  }

  /** CPython: state.c _PyLexer_type_comment_token_setup (MAKE_TYPE_COMMENT_TOKEN). */
  makeTypeCommentToken(type: number, col: number, endCol: number, pStart: number, pEnd: number): Token {
    return {
      type,
      string: this.text(pStart, pEnd),
      start: pStart,
      end: pEnd,
      lineno: this.lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: endCol,
      level: this.level,
      metadata: null,
      memo: null,
    };
  }

  // ---- errors and warnings ----

  /** CPython: helpers.c _syntaxerror_range. colOffset/endColOffset -1 mean "from tok->cur". */
  syntaxErrorRange(msg: string, colOffset: number, endColOffset: number): number {
    if (this.done === E_ERROR) return T.ERRORTOKEN;
    let col = colOffset;
    if (col === -1) col = this.countChars(this.lineStart, this.cur);
    const endCol = endColOffset === -1 ? col : endColOffset;
    let lineEnd = this.buf.indexOf(10, this.lineStart);
    if (lineEnd === -1 || lineEnd > this.length) lineEnd = this.length;
    const text = this.decode(this.lineStart, lineEnd);
    this.error = new PySyntaxError('SyntaxError', msg, this.filename, this.lineno, col, text,
      this.lineno, endCol);
    this.done = E_ERROR;
    return T.ERRORTOKEN;
  }

  /** CPython: helpers.c _PyTokenizer_syntaxerror. Returns ERRORTOKEN. */
  syntaxError(msg: string): number {
    return this.syntaxErrorRange(msg, -1, -1);
  }

  /** CPython: helpers.c _PyTokenizer_indenterror (TabError, raised later by the parser). */
  indentError(): number {
    this.done = E_TABSPACE;
    this.cur = this.inp;
    return T.ERRORTOKEN;
  }

  /** CPython: helpers.c _PyTokenizer_parser_warn. Returns false when the warning became an error. */
  parserWarn(category: 'SyntaxWarning' | 'DeprecationWarning', msg: string): boolean {
    if (this.warn === undefined) return true;
    if (this.warn({ category, message: msg, filename: this.filename, lineno: this.lineno })) {
      this.syntaxError(msg);
      this.done = E_ERROR;
      return false;
    }
    return true;
  }

  /** CPython: helpers.c _PyTokenizer_warn_invalid_escape_sequence. Returns true on error. */
  warnInvalidEscapeSequence(c: number): boolean {
    if (this.warn === undefined) return false;
    const ch = String.fromCharCode(c);
    const message = `"\\${ch}" is an invalid escape sequence. Such sequences will not work in the future. ` +
      `Did you mean "\\\\${ch}"? A raw string is also an option.`;
    if (this.warn({ category: 'SyntaxWarning', message, filename: this.filename, lineno: this.lineno })) {
      this.syntaxError(`"\\${ch}" is an invalid escape sequence. Did you mean "\\\\${ch}"? ` +
        'A raw string is also an option.');
      return true;
    }
    return false;
  }

  // ---- text access ----

  /** Number of code points in buf[a, b) (PyUnicode_GET_LENGTH of its "replace" decoding). */
  countChars(a: number, b: number): number {
    let n = 0;
    const buf = this.buf;
    for (let i = a; i < b; i++) if ((buf[i]! & 0xc0) !== 0x80) n++;
    return n;
  }

  /** buf[a, b) decoded with errors="replace" (for error messages; boundaries need not be chars). */
  decode(a: number, b: number): string {
    if (this.ascii) return this.source.slice(a, b);
    return utf8Replace.decode(this.buf.subarray(a, b));
  }

  /** Decoded text of buf[start, end); both must be character boundaries. */
  text(start: number, end: number): string {
    if (this.ascii) return this.source.slice(start, end);
    let idx = this.u16Index;
    if (idx === null) idx = this.u16Index = this.buildU16Index();
    return this.source.slice(idx[start]!, idx[end]!);
  }

  /** byte offset -> UTF-16 index of the character starting there (non-ASCII sources only). */
  private buildU16Index(): Int32Array {
    const n = this.length;
    const buf = this.buf;
    const idx = new Int32Array(n + 1);
    let u = 0;
    for (let i = 0; i < n; i++) {
      idx[i] = u;
      const b = buf[i]!;
      if (b < 0x80) u++;
      else if (b >= 0xf0) u += 2;
      else if (b >= 0xc0) u++;
    }
    idx[n] = u;
    return idx;
  }

  /** Byte offset where line `lineno` (1-based) starts, or -1 if there is no such line. */
  lineOffset(lineno: number): number {
    let ls = this.lineStarts;
    if (ls === null) {
      const starts = [0];
      const buf = this.buf;
      for (let i = buf.indexOf(10); i !== -1 && i < this.length; i = buf.indexOf(10, i + 1)) {
        starts.push(i + 1);
      }
      ls = this.lineStarts = Int32Array.from(starts);
    }
    if (lineno < 1 || lineno > ls.length) return -1;
    const off = ls[lineno - 1]!;
    return off < this.length || lineno === 1 ? off : -1;
  }

  /** Source text of line `lineno` (1-based) without its newline; '' if out of range. */
  lineText(lineno: number): string {
    const a = this.lineOffset(lineno);
    if (a < 0) return '';
    let b = this.buf.indexOf(10, a);
    if (b === -1 || b > this.length) b = this.length;
    return this.text(a, b);
  }
}

/** Byte offset within a line -> 1-based character offset, as _PyPegen_byte_offset_to_character_offset:
 *  the offset is clamped to the line's UTF-8 length + 1, then characters are counted (code points). */
export function byteToCharOffset(lineText: string, byteCol: number): number {
  if (byteCol <= 0) return byteCol < 0 ? byteCol : 0;
  let bytes = 0;
  let chars = 0;
  const n = lineText.length;
  let i = 0;
  while (i < n && bytes < byteCol) {
    const cu = lineText.charCodeAt(i);
    if (cu < 0x80) { bytes += 1; i++; }
    else if (cu < 0x800) { bytes += 2; i++; }
    else if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < n) { bytes += 4; i += 2; }
    else { bytes += 3; i++; }
    chars++;
  }
  // Past the end, CPython's decoding of the prefix also covers the terminating NUL: one more char.
  if (bytes < byteCol) chars++;
  return chars;
}
