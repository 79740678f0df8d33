// Tokenizer constants and the per-f-string mode record (CPython: Parser/lexer/state.h),
// shared by the tokenizer's modules.

export const EOF = -1;
/** CPython: Parser/lexer/state.h */
export const MAXINDENT = 100;
export const MAXLEVEL = 200;
export const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;
export const TABSIZE = 8;

export const enum ModeKind { REGULAR = 0, FSTRING = 1 }
export const enum StringKind { FSTRING = 0, TSTRING = 1 }

/** CPython: state.h tokenizer_mode. Pointers are byte offsets into `buf`; -1 stands for NULL. */
export class TokMode {
  kind: ModeKind = ModeKind.REGULAR;
  curlyBracketDepth = 0;
  curlyBracketExprStartDepth = 0;
  quote = 0;
  quoteSize = 0;
  raw = false;
  start = -1;
  multiLineStart = -1;
  firstLine = 0;
  /** last_expr_buffer: CPython copies the rest of the input from here; we keep the offset (-1 = NULL). */
  lastExprStart = -1;
  /** last_expr_end: CPython stores strlen(tok->start); we keep tok->start's offset (-1 = unset). */
  lastExprEnd = -1;
  inDebug = false;
  inFormatSpec = false;
  stringKind: StringKind = StringKind.FSTRING;
}

