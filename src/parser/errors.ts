// SyntaxError and its subclasses as the parser raises them: CPython's class name,
// message and location (1-based character offsets, like SyntaxError.offset).

export type SyntaxErrorClass = 'SyntaxError' | 'IndentationError' | 'TabError' | 'IncompleteInputError';

export class PySyntaxError extends Error {
  /** CPython's exception class: SyntaxError, IndentationError, TabError. */
  override name: SyntaxErrorClass;
  msg: string;
  filename: string;
  lineno: number;
  /** 1-based character offset (not bytes) as in SyntaxError.offset; 0 when unknown. */
  offset: number;
  /** The source line (without its newline), or null. */
  text: string | null;
  end_lineno: number;
  /** 1-based end character offset; 0 when unknown. */
  end_offset: number;

  constructor(
    name: SyntaxErrorClass, msg: string, filename: string, lineno: number, offset: number,
    text: string | null, end_lineno: number, end_offset: number,
  ) {
    super(msg);
    this.name = name;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

/** A non-fatal diagnostic (SyntaxWarning, DeprecationWarning) reported during parsing. */
export interface ParserWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  message: string;
  filename: string;
  lineno: number;
}

/**
 * Receives warnings. Returning true turns the warning into an error, as CPython does when
 * the warnings filter says "error" (the caller then gets a SyntaxError with the same text).
 */
export type WarningSink = (w: ParserWarning) => boolean;

/**
 * A non-SyntaxError exception the parser can raise, named by its CPython class: MemoryError
 * ("Parser stack overflowed - Python source too complex to parse"), ValueError, OverflowError,
 * SystemError, UnicodeEncodeError.
 */
export class PyParserException extends Error {
  override name: string;
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}
