// Token kinds and the token record shared by the tokenizer and the parser.
// The numbering is CPython's (Include/internal/pycore_token.h) so that tables,
// `token.tok_name` and error logic can be compared with CPython directly.

/** CPython's token numbers. Keywords get numbers >= KEYWORD_BASE from the parser. */
export const enum T {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14,
  MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21,
  EQUAL = 22, DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28,
  LESSEQUAL = 29, GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33,
  RIGHTSHIFT = 34, DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38,
  SLASHEQUAL = 39, PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50, RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53,
  EXCLAMATION = 54, OP = 55, TYPE_IGNORE = 56, TYPE_COMMENT = 57, SOFT_KEYWORD = 58,
  FSTRING_START = 59, FSTRING_MIDDLE = 60, FSTRING_END = 61, TSTRING_START = 62,
  TSTRING_MIDDLE = 63, TSTRING_END = 64, COMMENT = 65, NL = 66, ERRORTOKEN = 67,
}

/** Operator spellings, declared once; the tokenizer's operator matcher derives from it. */
export const OPERATORS: ReadonlyArray<readonly [string, T]> = [
  ['(', T.LPAR], [')', T.RPAR], ['[', T.LSQB], [']', T.RSQB], [':', T.COLON], [',', T.COMMA],
  [';', T.SEMI], ['+', T.PLUS], ['-', T.MINUS], ['*', T.STAR], ['/', T.SLASH], ['|', T.VBAR],
  ['&', T.AMPER], ['<', T.LESS], ['>', T.GREATER], ['=', T.EQUAL], ['.', T.DOT],
  ['%', T.PERCENT], ['{', T.LBRACE], ['}', T.RBRACE], ['==', T.EQEQUAL], ['!=', T.NOTEQUAL],
  ['<=', T.LESSEQUAL], ['>=', T.GREATEREQUAL], ['~', T.TILDE], ['^', T.CIRCUMFLEX],
  ['<<', T.LEFTSHIFT], ['>>', T.RIGHTSHIFT], ['**', T.DOUBLESTAR], ['+=', T.PLUSEQUAL],
  ['-=', T.MINEQUAL], ['*=', T.STAREQUAL], ['/=', T.SLASHEQUAL], ['%=', T.PERCENTEQUAL],
  ['&=', T.AMPEREQUAL], ['|=', T.VBAREQUAL], ['^=', T.CIRCUMFLEXEQUAL], ['<<=', T.LEFTSHIFTEQUAL],
  ['>>=', T.RIGHTSHIFTEQUAL], ['**=', T.DOUBLESTAREQUAL], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['@', T.AT], ['@=', T.ATEQUAL], ['->', T.RARROW],
  ['...', T.ELLIPSIS], [':=', T.COLONEQUAL], ['!', T.EXCLAMATION],
];

/** A memoised rule result hanging off the token where the rule started (pegen.c Memo). */
export interface Memo {
  type: number;
  node: unknown;
  mark: number;
  next: Memo | null;
}

/**
 * One token as the parser sees it (pegen.h Token). Columns are UTF-8 byte offsets
 * within the line, as in CPython's AST; `start`/`end` index the tokenizer's byte buffer.
 */
export interface Token {
  type: number;
  /** The token's source text (decoded). */
  string: string;
  start: number;
  end: number;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Bracket nesting depth at the token (tok->level). */
  level: number;
  /** For f/t-string tokens: the source text of the expression before `=` (debug specifier). */
  metadata: string | null;
  memo: Memo | null;
}
