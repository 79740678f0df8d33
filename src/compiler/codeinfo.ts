// What the compiler produces: one JavaScript source text per module (a "unit") and, per Python
// code object in it, the metadata CPython keeps on code objects (co_name, co_varnames, flags...).

export const enum CodeFlag {
  Optimized = 0x1, NewLocals = 0x2, VarArgs = 0x4, VarKeywords = 0x8, Nested = 0x10,
  Generator = 0x20, Coroutine = 0x80, IterableCoroutine = 0x100, AsyncGenerator = 0x200,
  HasDocstring = 0x4000000,
}

/** An entry of co_consts: a literal, a nested code object (by index in the unit), or a folded tuple. */
export type CoConst = { k: 'v'; v: unknown } | { k: 'code'; index: number } | { k: 'tuple'; items: CoConst[] };

export interface CodeInfo {
  /** Index in the unit's code table; the JS function is `c<index>`. */
  index: number;
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  /** Parameters first (positional, keyword-only, *args, **kwargs), then other fast locals. */
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** Which parameters are also cells (they are copied into cells at entry). */
  docstring: string | null;
  /** 'module' | 'class' | 'function' | 'lambda' | 'genexpr' | 'annotate' | ... for the runtime. */
  kind: string;
  /** A generator/coroutine whose close() can run code (try/with in its body): finalized on collection. */
  genClose?: boolean;
  /** co_consts and co_names, in the order the code first uses them (filled while generating). */
  consts?: CoConst[];
  names?: string[];
  /** Source positions, four numbers per id (line, end line, col, end col; -1 = none): fr.ln holds an id. */
  positions?: number[];
}

export interface CompiledUnit {
  filename: string;
  /** JS source of `function (R, K) { ...; return [c0, c1, ...]; }` body. */
  source: string;
  codes: CodeInfo[];
  /** Constants that need a runtime object (bytes, big ints, floats that are integral...). */
  consts: unknown[];
  /** A hash of `source`, set when the unit came from the compile cache (vm/compile_cache.ts): the
   * key of V8's code cache for it. */
  cacheKey?: string;
}
