// Shared helpers for the parser tests: loads ftpy's parser API (or a substitute module), the
// Pyodide oracle in tools/oracle/pyodide.mjs, the case-file reader, the stdlib file list,
// classification of what a parse threw, and compact diffs of long dump strings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PyParserException, PySyntaxError } from '../../src/parser/errors.js';

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';
export interface ParseOptions {
  filename?: string; mode?: Mode; typeComments?: boolean; featureVersion?: number;
  barryAsFlufl?: boolean; allowIncompleteInput?: boolean; dontImplyDedent?: boolean;
}
export interface DumpOptions { includeAttributes?: boolean; annotateFields?: boolean; indent?: number | string; showEmpty?: boolean }
export interface ParserApi {
  parse(source: string | Uint8Array, options?: ParseOptions): unknown;
  dump(node: unknown, options?: DumpOptions): string;
}

/** The repository root (this file runs from dist/tests/parser/). */
export const ROOT = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) || !existsSync(join(d, 'tools', 'oracle'))) {
    const up = dirname(d);
    if (up === d) throw new Error('repository root not found');
    d = up;
  }
  return d;
})();

/**
 * parse/dump from 'ftpy/parser'; missing exports become functions that throw, so plumbing runs.
 * FTPY_PARSER_MODULE=path substitutes another module (tools/oracle/mock-parser.mjs checks the tests).
 */
export async function loadParser(): Promise<ParserApi> {
  const alt = process.env.FTPY_PARSER_MODULE;
  const spec = alt ? pathToFileURL(resolve(ROOT, alt)).href : 'ftpy/parser';
  // Typed through unknown: a substitute module is only checked at run time.
  const mod = (await import(spec)) as unknown as Partial<ParserApi>;
  const missing = (name: string) => () => { throw new Error(`ftpy/parser does not export ${name}() yet`); };
  return {
    parse: typeof mod.parse === 'function' ? mod.parse : missing('parse'),
    dump: typeof mod.dump === 'function' ? mod.dump : missing('dump'),
  };
}

// --- The oracle (tools/oracle/pyodide.mjs is plain JS, outside tsc's output tree) ---
export interface OracleCase {
  source: string | Uint8Array; mode?: Mode; filename?: string; typeComments?: boolean; featureVersion?: number;
  want?: 'dump' | 'status';
  /** Extra compile() flags (PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT, CO_FUTURE_BARRY_AS_BDFL). */
  flags?: number;
  /** ast.dump keywords; default { include_attributes: true }. */
  dumpOptions?: { include_attributes?: boolean; annotate_fields?: boolean; indent?: number | string | null; show_empty?: boolean };
}
export interface OracleError {
  type: string; msg: string; lineno?: number | null; offset?: number | null;
  end_lineno?: number | null; end_offset?: number | null; text?: string | null;
}
export interface OracleResult {
  dump?: string; ok?: true; error?: OracleError; dumpError?: OracleError;
  warnings?: { category: string; message: string; lineno: number }[];
}
export interface OracleModule {
  PYODIDE_VERSION: string;
  caseKey(c: OracleCase): string;
  oracleParse(cases: OracleCase[], opts?: { onProgress?: (done: number, total: number) => void }): Promise<OracleResult[]>;
}
export async function loadOracle(): Promise<OracleModule> {
  return (await import(pathToFileURL(join(ROOT, 'tools', 'oracle', 'pyodide.mjs')).href)) as OracleModule;
}

// --- What a parse produced ---
/** Exceptions besides SyntaxError that CPython's parser raises on hostile input (too deep). */
export const RESOURCE_ERROR_NAMES: ReadonlySet<string> = new Set(['MemoryError', 'RecursionError']);
export type Outcome =
  | { kind: 'ast'; node: unknown }
  | { kind: 'error'; error: OracleError }
  | { kind: 'crash'; error: unknown };

/**
 * Classifies a thrown value: a Python-level error (PySyntaxError; PyParserException, named by its
 * CPython class such as MemoryError or ValueError; an Error named MemoryError or RecursionError)
 * or a crash (anything else, e.g. a RangeError or TypeError from a bug).
 */
export function classifyThrown(e: unknown): Outcome {
  if (e instanceof PySyntaxError) {
    return { kind: 'error', error: {
      type: e.name, msg: e.msg, lineno: e.lineno, offset: e.offset,
      end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text,
    } };
  }
  if (e instanceof PyParserException || (e instanceof Error && RESOURCE_ERROR_NAMES.has(e.name))) {
    return { kind: 'error', error: { type: e.name, msg: e.message } };
  }
  return { kind: 'crash', error: e };
}

export function tryParse(api: ParserApi, source: string | Uint8Array, options?: ParseOptions): Outcome {
  try {
    return { kind: 'ast', node: api.parse(source, options) };
  } catch (e) {
    return classifyThrown(e);
  }
}

/** The fields a SyntaxError must match: class, message and location. */
export const ERROR_FIELDS = ['type', 'msg', 'lineno', 'offset', 'end_lineno', 'end_offset'] as const;

/**
 * Names of the ERROR_FIELDS where `got` differs from CPython's `exp`. CPython reports None for an
 * unknown location (e.g. null bytes in the source); PySyntaxError types its fields as numbers,
 * so null, undefined and 0 are all accepted for None.
 */
export function errorDiff(exp: OracleError, got: OracleError): string[] {
  return ERROR_FIELDS.filter((f) => {
    const e = exp[f], g = got[f];
    if (e === null || e === undefined) return !(g === null || g === undefined || g === 0);
    return e !== g;
  });
}

/** One line describing an error record: `SyntaxError "msg" @1:5-1:6`. */
export function fmtError(e: OracleError): string {
  return `${e.type} ${JSON.stringify(e.msg)} @${e.lineno ?? '-'}:${e.offset ?? '-'}-${e.end_lineno ?? '-'}:${e.end_offset ?? '-'}`;
}

export function fmtThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}${e.stack ? ` [${e.stack.split('\n')[1]?.trim() ?? ''}]` : ''}`;
  return `non-Error thrown: ${String(e)}`;
}

/** Where two long strings first differ, with a short window of each (not a full diff). */
export function firstDiff(expected: string, actual: string, window = 70): string {
  let i = 0;
  const n = Math.min(expected.length, actual.length);
  while (i < n && expected.charCodeAt(i) === actual.charCodeAt(i)) i++;
  const from = Math.max(0, i - window);
  const show = (s: string) => JSON.stringify(s.slice(from, i + window));
  return `first difference at char ${i} (expected length ${expected.length}, actual ${actual.length})\n` +
    `    expected: …${show(expected)}…\n    actual:   …${show(actual)}…`;
}

// --- The stdlib corpus extracted at install (tools/stdlib.mjs) ---
export const STDLIB_DIR = join(ROOT, 'build', 'stdlib');
export function stdlibFiles(): { path: string; name: string }[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.py')) out.push(p);
    }
  };
  if (existsSync(STDLIB_DIR)) walk(STDLIB_DIR);
  return out.sort().map((path) => ({ path, name: relative(STDLIB_DIR, path) }));
}

export function readBytes(path: string): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// --- Case files (tools/oracle/cases.mjs reads them for both the tests and the generators) ---
export interface CaseEntry {
  name: string; section: string; line: number; flags: string[]; mode: Mode; parses: boolean;
  source: string | Uint8Array;
}
export interface CaseReader {
  readCaseFile(path: string): CaseEntry[];
  /** Hash of (mode, str-or-bytes, source), to notice stale recorded expectations. */
  sourceHash(c: { mode: string; source: string | Uint8Array }): string;
}
export async function loadCaseReader(): Promise<CaseReader> {
  return (await import(pathToFileURL(join(ROOT, 'tools', 'oracle', 'cases.mjs')).href)) as CaseReader;
}
