// Functions written in JavaScript that Python code can call: builtin functions, methods of
// builtin types, slot wrappers. Each is declared once with CPython's text signature
// ('split($self, /, sep=None, maxsplit=-1)', as Argument Clinic declares them) and registered in
// the same order in every worker, so its index is the same everywhere; heap function objects
// store the index. The signature drives argument binding and CPython's error messages.

import type { Value } from './value.js';
import { H } from './hooks.js';

export interface Param {
  name: string;
  /** Default value (JS), or REQUIRED. */
  dflt: Value | typeof REQUIRED;
  kind: 'posonly' | 'normal' | 'kwonly' | 'varargs' | 'varkw';
}

export const REQUIRED: unique symbol = Symbol('required');

export interface NativeSpec {
  /** e.g. 'split($self, /, sep=None, maxsplit=-1)' or 'len(obj, /)' */
  sig: string;
  /** Receives the bound parameters in order (self first for methods); *args as Value[], **kwargs as Map. */
  fn: (...args: never[]) => Value;
  doc?: string;
}

export interface Native {
  index: number;
  name: string;
  params: Param[];
  hasSelf: boolean;
  /** Parameters (excluding self) that can be given positionally. */
  maxPositional: number;
  minPositional: number;
  hasVarargs: boolean;
  hasVarkw: boolean;
  /** True when every parameter is positional-only without *args/**kwargs (fast calls). */
  simple: boolean;
  /**
   * For `f(a, b, /, *args, **kwargs)` shapes (required positional-only parameters, then *args and
   * maybe **kwargs, as builtin __new__/__init__ have): the number of leading parameters; else -1.
   */
  leadThenVarargs: number;
  fn: (...args: Value[]) => Value;
  sig: string;
  doc: string | null;
  /** 'str.upper', 'math.sqrt', 'len': how CPython's _PyObject_FunctionStr names it in errors. */
  qualname: string | null;
}

export const NATIVES: Native[] = [];

/** Parses a text signature into parameters (no annotations; defaults are simple literals). */
export function parseSignature(sig: string): { name: string; params: Param[]; hasSelf: boolean } {
  const m = /^([\w.<>]+)\((.*)\)$/s.exec(sig.trim());
  if (!m) throw new Error(`bad native signature: ${sig}`);
  const name = m[1]!;
  const params: Param[] = [];
  let hasSelf = false;
  let kind: Param['kind'] = 'normal';
  const parts = splitParams(m[2]!);
  // Everything before '/' is positional-only.
  const slash = parts.indexOf('/');
  parts.forEach((p, i) => {
    if (p === '/') return;
    if (p === '*') {
      kind = 'kwonly';
      return;
    }
    if (p.startsWith('**')) {
      params.push({ name: p.slice(2), dflt: REQUIRED, kind: 'varkw' });
      return;
    }
    if (p.startsWith('*')) {
      params.push({ name: p.slice(1), dflt: REQUIRED, kind: 'varargs' });
      kind = 'kwonly';
      return;
    }
    const eq = p.indexOf('=');
    const pname = (eq < 0 ? p : p.slice(0, eq)).trim();
    if (pname === '$self' || pname === '$type' || pname === '$module') {
      hasSelf = pname !== '$module';
      return;
    }
    const dflt = eq < 0 ? REQUIRED : parseDefault(p.slice(eq + 1).trim());
    params.push({ name: pname, dflt, kind: i < slash ? 'posonly' : kind });
  });
  return { name, params, hasSelf };
}

function splitParams(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else {
      cur += c;
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Sentinel default meaning "argument not given" (for natives that must distinguish it). */
export const MISSING: unique symbol = Symbol('missing');

function parseDefault(s: string): Value | typeof REQUIRED {
  if (s === 'None') return null;
  if (s === 'True') return true;
  if (s === 'False') return false;
  if (s === '<unrepresentable>' || s === '<missing>') return MISSING as unknown as Value;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d*\.\d+$/.test(s)) return Number(s);
  if (/^'.*'$/.test(s) || /^".*"$/.test(s)) {
    // Text signatures spell defaults as Python literals: undo the simple escapes.
    return s.slice(1, -1).replace(/\\([\\'"nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  }
  if (s === "b''") return MISSING as unknown as Value;
  return MISSING as unknown as Value;
}

function leadThenVarargs(params: Param[]): number {
  const k = params.findIndex((p) => p.kind !== 'posonly' || p.dflt !== REQUIRED);
  if (k < 0 || params[k]!.kind !== 'varargs') return -1;
  const rest = params.slice(k + 1);
  return rest.length === 0 || (rest.length === 1 && rest[0]!.kind === 'varkw') ? k : -1;
}

/** What a native's signature says, derived on first use. */
interface SignatureInfo {
  params: Param[];
  hasSelf: boolean;
  maxPositional: number;
  minPositional: number;
  hasVarargs: boolean;
  hasVarkw: boolean;
  simple: boolean;
  leadThenVarargs: number;
}

function signatureInfo(sig: string): SignatureInfo {
  const { params, hasSelf } = parseSignature(sig);
  const positional = params.filter((p) => p.kind === 'posonly' || p.kind === 'normal');
  return {
    params, hasSelf,
    maxPositional: positional.length,
    minPositional: positional.filter((p) => p.dflt === REQUIRED).length,
    hasVarargs: params.some((p) => p.kind === 'varargs'),
    hasVarkw: params.some((p) => p.kind === 'varkw'),
    simple: params.every((p) => p.kind === 'posonly'),
    leadThenVarargs: leadThenVarargs(params),
  };
}

/**
 * A native whose signature is parsed on its first call (or first introspection): most of the
 * ~1,400 natives are never called in a given run, and parsing them all cost milliseconds of every
 * start. tests/objects/native-signatures.test.ts parses every signature, so a bad one still fails early.
 */
class LazyNative implements Native {
  private info: SignatureInfo | null = null;
  qualname: string | null = null;
  constructor(readonly index: number, readonly name: string, readonly fn: (...args: Value[]) => Value,
    readonly sig: string, readonly doc: string | null) {}

  private get i(): SignatureInfo {
    return (this.info ??= signatureInfo(this.sig));
  }
  get params(): Param[] { return this.i.params; }
  get hasSelf(): boolean { return this.i.hasSelf; }
  get maxPositional(): number { return this.i.maxPositional; }
  get minPositional(): number { return this.i.minPositional; }
  get hasVarargs(): boolean { return this.i.hasVarargs; }
  get hasVarkw(): boolean { return this.i.hasVarkw; }
  get simple(): boolean { return this.i.simple; }
  get leadThenVarargs(): number { return this.i.leadThenVarargs; }
}

/** Registers a native function; returns its descriptor (with its process-wide index). */
export function defineNative(spec: NativeSpec): Native {
  const open = spec.sig.indexOf('(');
  const n = new LazyNative(NATIVES.length, spec.sig.slice(0, open < 0 ? 0 : open).trim(),
    spec.fn as (...args: Value[]) => Value, spec.sig, spec.doc ?? null);
  NATIVES.push(n);
  return n;
}

let suggestKeyword: (names: string[], name: string) => string | null = () => null;
/** Installs the "Did you mean" search (vm/suggestions.ts) used for unexpected keywords. */
export function setKeywordSuggester(f: typeof suggestKeyword): void {
  suggestKeyword = f;
}

/**
 * error_unexpected_keyword_arg (getargs.c): "f() got an unexpected keyword argument 'k'", with the
 * closest of the function's keyword parameter `names` suggested.
 */
export function unexpectedKeyword(fname: string, names: string[], k: string): never {
  const hint = suggestKeyword(names, k);
  H.raise('TypeError', `${fname}() got an unexpected keyword argument '${k}'${hint === null ? '' : `. Did you mean '${hint}'?`}`);
}

/** Records the qualified name a type's method or a module's function is known by. */
export function withQualname(n: Native, qualname: string): Native {
  n.qualname = qualname;
  return n;
}

/**
 * Binds positional `args` and keyword arguments (`kwValues` named `kwNames`) to the native's
 * parameters, with CPython's messages for bad calls; returns the JS argument list (without self).
 */
export function bindNativeArgs(n: Native, args: Value[], kwNames: string[] | null, kwValues: Value[] | null,
  selfName?: string, qualname?: string): Value[] {
  const out: Array<Value | typeof MISSING | undefined> = [];
  const params = n.params;
  const fname = selfName ?? n.name;
  let ai = 0;
  let varargs: Value[] | null = null;
  let varkw: Map<string, Value> | null = null;
  const positional = params.filter((p) => p.kind === 'posonly' || p.kind === 'normal');
  const nkw = kwNames === null ? 0 : kwNames.length;
  const allPosonly = params.every((p) => p.kind === 'posonly');
  if (allPosonly) {
    // METH_NOARGS / METH_O / METH_FASTCALL: count errors checked by the call machinery
    // (methodobject.c, descrobject.c) name the function as _PyObject_FunctionStr does.
    const fstr = `${selfName ?? qualname ?? n.qualname ?? n.name}()`;
    if (nkw > 0) H.raise('TypeError', `${fstr} takes no keyword arguments`);
    if (params.length === 0 && args.length > 0) H.raise('TypeError', `${fstr} takes no arguments (${args.length} given)`);
    if (params.length === 1 && params[0]!.dflt === REQUIRED && args.length !== 1) {
      H.raise('TypeError', `${fstr} takes exactly one argument (${args.length} given)`);
    }
  }
  const clinic = !allPosonly && !n.hasVarkw && params.some((p) => p.kind !== 'posonly' && p.kind !== 'varargs');
  if (clinic) {
    checkClinicCounts(fname, params, args.length, kwNames);
  } else if (nkw > 0 && params.every((p) => p.kind === 'posonly' || p.kind === 'varargs')) {
    H.raise('TypeError', `${fname}() takes no keyword arguments`);
  }
  if (args.length > positional.length && !n.hasVarargs) {
    tooManyPositional(fname, positional, args.length, n.name);
  }
  for (const p of params) {
    if (p.kind === 'posonly' || p.kind === 'normal') {
      out.push(ai < args.length ? args[ai++] : undefined);
    } else if (p.kind === 'varargs') {
      varargs = args.slice(ai);
      ai = args.length;
      out.push(varargs as unknown as Value);
    } else if (p.kind === 'kwonly') {
      out.push(undefined);
    } else {
      varkw = new Map();
      out.push(varkw as unknown as Value);
    }
  }
  if (kwNames !== null) {
    kwNames.forEach((k, i) => {
      const idx = params.findIndex((p) => p.name === k && p.kind !== 'varargs' && p.kind !== 'varkw');
      if (idx < 0 || params[idx]!.kind === 'posonly') {
        if (varkw !== null) {
          varkw.set(k, kwValues![i]!);
          return;
        }
        if (idx >= 0 && !clinic) {
          H.raise('TypeError', `${fname}() got some positional-only arguments passed as keyword arguments: '${k}'`);
        }
        if (clinic) unexpectedKeyword(fname, params.filter((q) => q.kind === 'normal' || q.kind === 'kwonly').map((q) => q.name), k);
        H.raise('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
      }
      if (out[idx] !== undefined) {
        H.raise('TypeError', `argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
      }
      out[idx] = kwValues![i]!;
    });
  }
  params.forEach((p, i) => {
    if (out[i] !== undefined) return;
    if (p.dflt === REQUIRED) {
      if (p.kind === 'kwonly') H.raise('TypeError', `${fname}() missing required keyword-only argument: '${p.name}'`);
      const given = args.length;
      if (positional.every((q) => q.kind === 'posonly')) {
        const req = positional.filter((q) => q.dflt === REQUIRED).length;
        const max = positional.length;
        H.raise('TypeError', `${n.name} expected ${req === max ? '' : 'at least '}${plural(req, 'argument')}, got ${given}`);
      }
      H.raise('TypeError', `${fname}() missing required argument '${p.name}' (pos ${i + 1})`);
    }
    out[i] = p.dflt;
  });
  return out as Value[];
}

/**
 * The count checks of Argument Clinic's keyword parser (getargs.c _PyArg_UnpackKeywords), made
 * before any argument is matched: too many in all, too many positional, too few positional-only.
 */
function checkClinicCounts(fname: string, params: Param[], nargs: number, kwNames: string[] | null): void {
  const varpos = params.some((p) => p.kind === 'varargs');
  const posonly = params.filter((p) => p.kind === 'posonly').length;
  const positional = params.filter((p) => p.kind === 'posonly' || p.kind === 'normal');
  const maxpos = positional.length;
  const minpos = positional.filter((p) => p.dflt === REQUIRED).length;
  const minposonly = Math.min(posonly, minpos);
  const maxargs = params.filter((p) => p.kind !== 'varargs').length;
  const nkw = kwNames === null ? 0 : kwNames.length;
  const s = (k: number): string => (k === 1 ? '' : 's');
  if (!varpos && nargs + nkw > maxargs) {
    H.raise('TypeError', `${fname}() takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${s(maxargs)} (${nargs + nkw} given)`);
  }
  if (!varpos && nargs > maxpos) {
    if (maxpos === 0) H.raise('TypeError', `${fname}() takes no positional arguments`);
    H.raise('TypeError', `${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`);
  }
  if (nargs < minposonly) {
    H.raise('TypeError', `${fname}() takes ${varpos || minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`);
  }
}

function tooManyPositional(fname: string, positional: Param[], given: number, name: string): never {
  const max = positional.length;
  const min = positional.filter((p) => p.dflt === REQUIRED).length;
  if (max === 0) H.raise('TypeError', `${fname}() takes no arguments (${given} given)`);
  if (positional.every((p) => p.kind === 'posonly')) {
    // Argument Clinic's _PyArg_CheckPositional wording.
    H.raise('TypeError', `${name} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${given}`);
  }
  H.raise('TypeError', `${fname}() takes at most ${plural(max, 'argument')} (${given} given)`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
