// ftpy's Python 3.14 parser: `parse` turns source into CPython's AST (or raises CPython's
// SyntaxError), `dump` prints it as ast.dump does. CPython: Python/pythonrun.c and
// Parser/peg_api.c for the entry points, Lib/ast.py for parse's options.

import { Tokenizer } from './tokenizer.js';
import { Parser, StartRule } from './pegen.js';
import type { WarningSink } from './errors.js';
import type { mod } from './ast.generated.js';
import { file, interactive, evalInput, funcType } from './rules/statements.js';
import { futureFeatures } from './future.js';

export { dump, type DumpOptions } from './dump.js';
export { PySyntaxError, PyParserException, type ParserWarning, type WarningSink } from './errors.js';
export type * from './ast.generated.js';
export { NODES } from './ast.generated.js';

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';

export interface ParseOptions {
  /** SyntaxError.filename; '<unknown>' like ast.parse. */
  filename?: string;
  mode?: Mode;
  /** PyCF_TYPE_COMMENTS: TYPE_COMMENT tokens and type_comment fields. */
  typeComments?: boolean;
  /** ast.parse(feature_version=(3, N)): grammar checks as for Python 3.N (N >= 4). */
  featureVersion?: number;
  /** `from __future__ import barry_as_FLUFL` in effect from the start (CO_FUTURE_BARRY_AS_BDFL). */
  barryAsFlufl?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT: incomplete input raises IncompleteInputError. */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT (for 'single' input). */
  dontImplyDedent?: boolean;
  /** Receives SyntaxWarnings and DeprecationWarnings; returning true makes them errors. */
  warn?: WarningSink;
}

const START = {
  exec: [StartRule.File, file],
  single: [StartRule.Single, interactive],
  eval: [StartRule.Eval, evalInput],
  func_type: [StartRule.FuncType, funcType],
} as const;

/**
 * Parses Python 3.14 source like `ast.parse(source, filename, mode)`: a string is taken as
 * already decoded (coding cookie ignored), bytes are decoded per BOM / PEP 263 cookie.
 * Throws PySyntaxError (SyntaxError, IndentationError, TabError) as CPython would.
 */
export function parse(source: string | Uint8Array, options: ParseOptions = {}): mod {
  const filename = options.filename ?? '<unknown>';
  const mode = options.mode ?? 'exec';
  const entry = START[mode];
  if (entry === undefined) throw new TypeError(`parse() mode must be 'exec', 'eval', 'single' or 'func_type'`);
  const [startRule, rule] = entry;
  const tokOptions = {
    filename, execInput: startRule === StartRule.File, typeComments: options.typeComments ?? false, warn: options.warn,
  };
  const tok = typeof source === 'string' ? Tokenizer.fromString(source, tokOptions) : Tokenizer.fromBytes(source, tokOptions);
  const p = new Parser(tok, startRule, {
    typeComments: options.typeComments ?? false,
    barryAsFlufl: options.barryAsFlufl ?? false,
    allowIncompleteInput: options.allowIncompleteInput ?? false,
    dontImplyDedent: options.dontImplyDedent ?? false,
  }, options.featureVersion ?? 14, filename, options.warn);
  const tree = p.run(rule as (p: Parser) => mod | null);
  // ast.parse goes through compile(), which validates the __future__ imports.
  futureFeatures(tree, filename);
  return tree;
}
