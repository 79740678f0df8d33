// Status codes the tokenizer leaves in `done` and the parser turns into exceptions.
// Values are CPython's (Include/errcode.h) so they can be compared with CPython directly.

export const E = {
  OK: 10,             // no error
  EOF: 11,            // end of input
  INTR: 12,           // interrupted
  TOKEN: 13,          // bad token
  SYNTAX: 14,         // syntax error
  NOMEM: 15,          // out of memory
  DONE: 16,           // parsing complete
  ERROR: 17,          // an exception (SyntaxError) was raised
  TABSPACE: 18,       // inconsistent mixing of tabs and spaces
  OVERFLOW: 19,       // node had too many children
  TOODEEP: 20,        // too many indentation levels
  DEDENT: 21,         // no matching outer block for dedent
  DECODE: 22,         // error decoding the source
  EOFS: 23,           // EOF in triple-quoted string
  EOLS: 24,           // EOL in single-quoted string
  LINECONT: 25,       // unexpected characters after a line continuation
  BADSINGLE: 27,      // ill-formed single statement input
  INTERACT_STOP: 28,  // interactive mode stopped tokenization
  COLUMNOVERFLOW: 29, // column offset overflow
} as const;

// The same codes as plain constants (the names CPython uses), for the tokenizer's hot paths.
export const E_OK = E.OK;
export const E_EOF = E.EOF;
export const E_ERROR = E.ERROR;
export const E_TABSPACE = E.TABSPACE;
export const E_TOODEEP = E.TOODEEP;
export const E_DEDENT = E.DEDENT;
export const E_DECODE = E.DECODE;
export const E_EOFS = E.EOFS;
export const E_EOLS = E.EOLS;
export const E_LINECONT = E.LINECONT;
export const E_INTERACT_STOP = E.INTERACT_STOP;
