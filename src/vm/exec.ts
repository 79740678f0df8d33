// Source to running code: parse, compile to a unit of JavaScript, store the unit and its code
// objects in the heap, and run a module-level code object in a namespace (import, exec, eval,
// the main script). Parser and compiler errors become Python SyntaxErrors here.
// CPython: Python/pythonrun.c (run_mod), Python/bltinmodule.c (compile, exec, eval).

import { parse, PySyntaxError, PyParserException, type Mode, type ParserWarning } from '../parser/index.js';
import { compileModule } from '../compiler/codegen.js';
import type { mod } from '../parser/ast.generated.js';
import type { CompiledUnit } from '../compiler/codeinfo.js';
import { CompileError } from '../compiler/errors.js';
import { Ref, type Value } from '../objects/value.js';
import { makeUnit, codeEntry } from '../objects/code.js';
import { newFunction } from '../objects/function.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { call } from '../objects/protocol.js';
import { pyExc } from './errors.js';
import { BUILTINS } from './names.js';

export interface CompileOptions {
  /** `from __future__ import barry_as_FLUFL` in effect. */
  barryAsFlufl?: boolean;
  /** PyCF_ALLOW_INCOMPLETE_INPUT (codeop). */
  allowIncompleteInput?: boolean;
  dontImplyDedent?: boolean;
  featureVersion?: number;
}

/** Where parser warnings go (the runtime routes them to the warnings module). */
let warningSink: (w: ParserWarning) => boolean = () => false;
export function setWarningSink(f: (w: ParserWarning) => boolean): void {
  warningSink = f;
}

/** The source line `lineno` (1-based) of `source`, for SyntaxError.text. */
function sourceLine(source: string | Uint8Array, lineno: number): string | null {
  const text = typeof source === 'string' ? source : new TextDecoder('utf-8', { fatal: false }).decode(source);
  const lines = text.split(/\r\n|\r|\n/);
  const l = lines[lineno - 1];
  return l === undefined ? null : `${l}\n`;
}

/** A SyntaxError (or subclass) instance built like CPython's, with its location attributes. */
function syntaxError(cls: string, msg: string, filename: string, lineno: number, offset: number, text: string | null,
  endLineno: number, endOffset: number): Ref {
  const info = newTuple([filename, lineno, offset, text, endLineno, endOffset]);
  return call(new Ref(builtinTypeAddr(cls)), [msg, info]) as Ref;
}

/** Converts what the parser or compiler threw into the Python exception CPython raises. */
function toPythonError(e: unknown, source: string | Uint8Array): unknown {
  if (e instanceof PySyntaxError) {
    // The parser's text is already CPython's (with or without its newline). It names the class
    // IncompleteInputError; builtins spell it _IncompleteInputError.
    const cls = e.name === 'IncompleteInputError' ? '_IncompleteInputError' : e.name;
    return syntaxError(cls, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset);
  }
  if (e instanceof CompileError) {
    return syntaxError('SyntaxError', e.msg, e.filename, e.lineno, e.offset, sourceLine(source, e.lineno),
      e.end_lineno, e.end_offset);
  }
  if (e instanceof PyParserException) return pyExc(e.name, e.message);
  return e;
}

/** A compiler warning (PEP 765): through the warnings machinery, like the parser's. */
function compileWarning(w: ParserWarning): boolean {
  return warningSink(w);
}

/** compile(source, filename, mode): the module-level code object. */
export function compileSource(source: string | Uint8Array, filename: string, mode: Mode, opts: CompileOptions = {}): Ref {
  return makeUnit(compileToUnit(source, filename, mode, opts))[0]!;
}

/** Parses `source` into the parser's AST (compile(..., PyCF_ONLY_AST)), errors as CPython's. */
export function parseToTree(source: string | Uint8Array, filename: string, mode: Mode, opts: CompileOptions = {}): mod {
  try {
    return parse(source, {
      filename, mode, warn: warningSink, barryAsFlufl: opts.barryAsFlufl,
      allowIncompleteInput: opts.allowIncompleteInput, dontImplyDedent: opts.dontImplyDedent,
      featureVersion: opts.featureVersion,
    });
  } catch (e) {
    throw toPythonError(e, source);
  }
}

/** Compiles a tree (from ast objects, _ast_convert.ts fromPython) into its module-level code object. */
export function compileTree(tree: mod, filename: string): Ref {
  try {
    return makeUnit(compileModule(tree, filename, '', (w) => compileWarning(w)))[0]!;
  } catch (e) {
    throw toPythonError(e, '');
  }
}

/** Parses and compiles `source`: the unit (generated JavaScript and code metadata), not yet in the heap. */
export function compileToUnit(source: string | Uint8Array, filename: string, mode: Mode, opts: CompileOptions = {}): CompiledUnit {
  try {
    const tree = parse(source, {
      filename, mode, warn: warningSink, barryAsFlufl: opts.barryAsFlufl,
      allowIncompleteInput: opts.allowIncompleteInput, dontImplyDedent: opts.dontImplyDedent,
      featureVersion: opts.featureVersion,
    });
    const text = typeof source === 'string' ? source : '';
    return compileModule(tree, filename, text, (w) => compileWarning(w));
  } catch (e) {
    throw toPythonError(e, source);
  }
}

/**
 * Runs a module-level code object with `globals` (a dict address) and `locals` (any mapping; the
 * globals for modules). Returns what the code returns (the value of an 'eval' expression).
 */
export function runCode(code: Ref, globals: number, locals: Value): Value {
  // CPython inserts __builtins__ into globals that lack it (PyEval_EvalCode / exec).
  // The dict of the builtins in use (a __main__ module's __builtins__ is the module itself, set
  // by the CLI).
  if (dictGet(globals, '__builtins__') === undefined) dictSet(globals, '__builtins__', new Ref(BUILTINS));
  const module = dictGet(globals, '__name__');
  const F = newFunction(code.a, globals, null, null, null, null, module === undefined ? null : module);
  return codeEntry(code.a).fn(F, locals);
}

/** Executes a compiled module's code in its dict. */
export function runModuleCode(code: Ref, dict: number): void {
  runCode(code, dict, new Ref(dict));
}
