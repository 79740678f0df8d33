// Errors the compiler raises (symbol table and code generation checks): CPython raises them as
// SyntaxError with the offending node's location (PyErr_RangedSyntaxLocationObject: columns are
// byte offsets + 1).

export class CompileError extends Error {
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number;
  readonly end_offset: number;

  constructor(readonly msg: string, readonly filename: string,
    loc: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }) {
    super(msg);
    this.name = 'SyntaxError';
    this.lineno = loc.lineno;
    this.offset = loc.col_offset + 1;
    this.end_lineno = loc.end_lineno;
    this.end_offset = loc.end_col_offset + 1;
  }
}
