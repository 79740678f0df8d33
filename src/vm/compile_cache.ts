// The compile cache: an imported source file's compiled unit (the generated JavaScript and its code
// objects' metadata, compiler/codeinfo.ts) kept on disk, so a module is parsed and compiled once per
// ftpy build rather than at every import, as CPython keeps bytecode in __pycache__
// (Lib/importlib/_bootstrap_external.py: SourceLoader.get_code, cache_from_source, _validate_timestamp_pyc).
// DELIBERATE DIFFERENCE: the file is `__pycache__/<name>.ftpy-314.json`, not a .pyc (there is no
// bytecode, and a file that CPython's tools would misread as one is worse than none), and it is
// keyed by ftpy's build (the bundle's content hash: the generated code calls the runtime by name)
// besides the source's mtime and size. sys.implementation.cache_tag stays None, so importlib's own
// machinery neither reads nor writes it. sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE) stops
// the writing and sys.pycache_prefix (-X pycache_prefix, PYTHONPYCACHEPREFIX) moves the files, as in
// CPython. A file that cannot be read, parsed or written is ignored: the source is compiled instead.
// Beside it, V8's code cache of the unit's JS (`<name>.ftpy-314.<role>.v8`), made once the
// functions that ran are compiled: at exit on the main thread, when a thread worker goes idle.
// V8 checks its flags itself, but of the source only its length, so the file starts with a hash of
// the JS source; the role keeps the main thread's cache (its --stack-size changes V8's flag hash)
// apart from the workers'.

import { readFileSync, writeFileSync, renameSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { Script } from 'node:vm';
import { basename, dirname, join, resolve } from 'node:path';
import type { CompiledUnit } from '../compiler/codeinfo.js';
import type { UnitFunction } from '../objects/code.js';
import { SplitSurrogateStr, PyComplex, Ellipsis } from '../parser/constant.js';

let build: string | null = null;
/** The ftpy build the cache files are valid for (boot/bundle_entry.ts); none: no cache (unbundled runs). */
export function setCompilerBuild(id: string): void {
  build = id;
}

const TAG = 'ftpy-314';

/** Where `file`'s compiled unit is kept (importlib.util.cache_from_source's rule, with our suffix). */
export function cacheFileFor(file: string, prefix: string | null): string {
  const name = basename(file);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const dir = prefix === null ? join(dirname(file), '__pycache__') : join(prefix, dirname(resolve(file)));
  return join(dir, `${stem}.${TAG}.json`);
}

export interface CacheOptions {
  dontWrite: boolean;
  prefix: string | null;
}

let currentOptions: () => CacheOptions = () => ({ dontWrite: true, prefix: null });
/** How to read sys's settings in this thread (vm/imports.ts, once sys exists). */
export function setCacheOptionsSource(f: () => CacheOptions): void {
  currentOptions = f;
}

/**
 * The compiled unit of the source file `file`: from its cache file when that was made by this build
 * from a source of the same mtime, size and name; else compiled by `compile` (which may raise
 * SyntaxError) and written to the cache unless told not to.
 */
export function cachedUnit(file: string, opts: CacheOptions, compile: (source: Uint8Array) => CompiledUnit): CompiledUnit {
  if (build === null) return compile(readFileSync(file));
  let header = '';
  let path = '';
  try {
    const st = statSync(file);
    path = cacheFileFor(file, opts.prefix);
    header = JSON.stringify({ build, mtime: Math.floor(st.mtimeMs), size: st.size, file }).slice(0, -1);
    const text = readFileSync(path, 'utf8');
    if (text.startsWith(header) && text.startsWith(',"unit":', header.length)) {
      const unit = JSON.parse(text.slice(header.length + 8, -1)) as CompiledUnit;
      if (unit.filename === file && unit.cacheKey !== undefined) return reviveUnit(unit);
    }
  } catch {
    // no cache file, or not ours: compile
  }
  const unit = compile(readFileSync(file));
  if (header === '') return unit;
  // Hashed once here, kept in the file: V8's cache of this source is valid for this key only.
  unit.cacheKey = sourceKey(unit.source);
  if (!opts.dontWrite) writeCache(path, `${header},"unit":${JSON.stringify(unit, replace)}}`);
  return unit;
}

// ---- V8's code cache for units ------------------------------------------------------------------


/** Code caches to write once more of their functions have been compiled (flushCodeCaches). */
const pending: Array<{ script: Script; path: string; key: string }> = [];
let exitHook = false;
let role = '';

/**
 * The function of a unit's JS source (objects/code.ts compileUnit): for a unit that came from the
 * compile cache (it has a key, the hash of its source), compiled with V8's code cache when there is
 * one for that key; otherwise as `new Function` does.
 */
export function compileUnitFunction(source: string, filename: string, key: string | null): UnitFunction {
  if (key === null) return new Function(source) as UnitFunction;
  const opts = currentOptions();
  const json = cacheFileFor(filename, opts.prefix);
  role ||= codeCacheRole();
  const path = `${json.slice(0, -'json'.length)}${role}.v8`;
  let cachedData: Buffer | undefined;
  try {
    const file = readFileSync(path);
    if (file.length > KEY_BYTES && file.toString('latin1', 0, KEY_BYTES) === key) cachedData = file.subarray(KEY_BYTES);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function () {${source}\n})`, { filename: `ftpy:${filename}`, cachedData });
  if ((cachedData === undefined || script.cachedDataRejected === true) && !opts.dontWrite) {
    pending.push({ script, path, key });
    if (!exitHook && isMainThread()) {
      exitHook = true;
      process.once('exit', flushCodeCaches);
    }
  }
  return script.runInThisContext() as UnitFunction;
}

/** Writes the code caches still missing (at exit, or when a thread worker has finished a thread). */
export function flushCodeCaches(): void {
  for (const { script, path, key } of pending.splice(0)) {
    try {
      writeCache(path, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
    } catch {
      // V8 could not serialise it: compile next time
    }
  }
}

const KEY_BYTES = 16;
/** The JS source's length and 32-bit FNV-1a hash, as 16 hex digits (~1.5 ms per MB of source). */
function sourceKey(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return (source.length >>> 0).toString(16).padStart(8, '0') + (h >>> 0).toString(16).padStart(8, '0');
}

/** 'main-<hash of the command line's V8 options>' or 'thread' (workers run with V8's defaults). */
function codeCacheRole(): string {
  if (!isMainThread()) return 'thread';
  let h = 0x811c9dc5;
  const s = `${process.version} ${process.execArgv.join(' ')}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `main-${(h >>> 0).toString(16)}`;
}

let mainThread = true;
/** Called by a thread worker at its start (vm/thread_run.ts). */
export function markThreadWorker(): void {
  mainThread = false;
}
function isMainThread(): boolean {
  return mainThread;
}

function writeCache(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${Math.floor(Math.random() * 1e9)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    // Atomic: another process or thread importing the same module reads the old file or the new one.
    renameSync(tmp, path);
  } catch {
    // read-only directory, or a value the encoding does not know: the next import compiles again
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
  }
}

// ---- encoding ---------------------------------------------------------------------------------
// JSON, with a tagged object {"$t": kind, "v": ...} for what JSON cannot hold: the constants' JS
// types (bigint ints, bytes, floats JSON would change: -0.0, nan, inf; complex, split-surrogate str,
// Ellipsis) and undefined. The compiler's own records never use the key "$t". Only the constants
// can hold tagged values, so reading revives those alone: a JSON.parse reviver, called for every
// value (the position tables are most of them), made reading ~4x slower.

function replace(this: unknown, _key: string, v: unknown): unknown {
  switch (typeof v) {
    case 'bigint': return { $t: 'i', v: v.toString() };
    case 'number': return Number.isFinite(v) && !Object.is(v, -0) ? v : { $t: 'f', v: String(Object.is(v, -0) ? '-0' : v) };
    case 'undefined': return { $t: 'u' };
    case 'symbol':
      if (v === Ellipsis) return { $t: 'e' };
      throw new Error('compile cache: unknown symbol');
    case 'object':
      if (v === null || Array.isArray(v)) return v;
      if (v instanceof Uint8Array) return { $t: 'y', v: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
      if (v instanceof SplitSurrogateStr) return { $t: 's', v: [v.units, v.splits] };
      if (v instanceof PyComplex) return { $t: 'c', v: [v.real, v.imag] };
      if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error('compile cache: unknown object');
      return v;
    default: return v;
  }
}

/** The unit with its constants (CompiledUnit.consts, CodeInfo.consts) turned back into their JS types. */
function reviveUnit(u: CompiledUnit): CompiledUnit {
  u.consts = u.consts.map(revive);
  for (const c of u.codes) if (c.consts !== undefined) c.consts = c.consts.map(revive) as typeof c.consts;
  return u;
}

/** A decoded value with its tagged parts (at any depth) revived. */
function revive(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(revive);
  const t = (v as { $t?: string }).$t;
  if (t === undefined) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = revive(o[k]);
    return o;
  }
  const x = (v as { v: unknown }).v;
  switch (t) {
    case 'i': return BigInt(x as string);
    case 'f': return Number(x as string);
    case 'u': return undefined;
    case 'e': return Ellipsis;
    case 'y': {
      const b = Buffer.from(x as string, 'base64');
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength).slice();
    }
    case 's': return new SplitSurrogateStr((x as [string, number[]])[0], (x as [string, number[]])[1]);
    case 'c': return new PyComplex(revive((x as unknown[])[0]) as number, revive((x as unknown[])[1]) as number);
    default: throw new Error(`compile cache: unknown tag ${t}`);
  }
}
