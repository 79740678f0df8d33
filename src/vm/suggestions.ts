// "Did you mean ...?" hints for NameError, AttributeError and ImportError, as traceback.py's
// _compute_suggestion_error adds them, with the Levenshtein search of the _suggestions module.
// CPython: Python/suggestions.c (_Py_CalculateSuggestions, levenshtein_distance), Lib/traceback.py.

import { Ref, type Value } from '../objects/value.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { toArray, callSpecial, call } from '../objects/protocol.js';
import { dictKeys, isDict, dictGet } from '../objects/dict.js';
import { ExcSlot, TracebackSlot, FrameSlot } from '../objects/layouts.js';
import { decode, getSlot } from '../objects/value.js';
import { sameObject } from '../objects/coll_ops.js';
import { getattrOrUndefined } from './attr.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance over UTF-8 bytes, giving up above maxCost. */
function distance(sa: Uint8Array, sb: Uint8Array, maxCost: number): number {
  let a = sa;
  let b = sb;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s);
  b = b.subarray(s);
  let ea = a.length;
  let eb = b.length;
  while (ea && eb && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let dist = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = dist + substitutionCost(code, a[i]!);
      dist = buffer[i]!;
      const insertDelete = Math.min(result, dist) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

const utf8 = new TextEncoder();

/** _Py_CalculateSuggestions: the closest name in `dir` to `name`, or null. */
export function calculateSuggestion(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nb = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of dir) {
    if (item === name) continue;
    const ib = utf8.encode(item);
    const maxDistance = Math.min(Math.floor((nb.length + ib.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = distance(nb, ib, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function isInstanceOf(e: Value, cls: string): boolean {
  return isSubtype(typeOf(e), builtinTypeAddr(cls));
}

function safeDir(obj: Value): string[] {
  let d: Value | undefined;
  try {
    d = callSpecial(obj, '__dir__', []);
  } catch {
    d = call(getattrOrUndefined(new Ref(typeOf(obj)), '__dir__')!, [obj]);
  }
  return (d === undefined ? [] : toArray(d)).filter((x): x is string => typeof x === 'string').sort(cmpCodePoints);
}

function cmpCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The innermost frame object of an exception's traceback. */
function innermostFrame(e: Value): number {
  let tb = decode(getSlot((e as Ref).a, ExcSlot.Traceback)) ?? null;
  if (!(tb instanceof Ref)) return 0;
  for (;;) {
    const next: Value = decode(getSlot(tb.a, TracebackSlot.Next)) ?? null;
    if (!(next instanceof Ref)) return getSlot(tb.a, TracebackSlot.Frame);
    tb = next;
  }
}

/** f_locals of a frame object (installed by the runtime: frames know their JS frame). */
let frameLocals: (frame: number) => Value = () => null;
export function setSuggestionFrameLocals(f: (frame: number) => Value): void {
  frameLocals = f;
}

function compute(e: Value, wrong: string): string | null {
  let d: string[];
  if (isInstanceOf(e, 'AttributeError')) {
    const obj = getattrOrUndefined(e, 'obj') ?? null;
    try {
      d = safeDir(obj);
      let hide = !wrong.startsWith('_');
      const f = innermostFrame(e);
      if (hide && f !== 0) {
        const locals = frameLocals(f);
        if (isDict(locals)) {
          const self = dictGet(locals.a, 'self');
          if (self !== undefined && sameObject(self, obj)) hide = false;
        }
      }
      if (hide) d = d.filter((x) => !x.startsWith('_'));
    } catch {
      return null;
    }
  } else if (isInstanceOf(e, 'ImportError')) {
    try {
      const modName = getattrOrUndefined(e, 'name');
      const mod = call(getattrOrUndefined(builtinsModule(), '__import__')!, [modName ?? null]);
      d = safeDir(mod);
      if (!wrong.startsWith('_')) d = d.filter((x) => !x.startsWith('_'));
    } catch {
      return null;
    }
  } else {
    const f = innermostFrame(e);
    if (f === 0) return null;
    const locals = frameLocals(f);
    const globals = getSlot(f, FrameSlot.Globals);
    const builtins = getSlot(f, FrameSlot.Builtins);
    d = [...(isDict(locals) ? dictKeys(locals.a) : []), ...dictKeys(globals), ...(builtins ? dictKeys(builtins) : [])]
      .filter((x): x is string => typeof x === 'string');
    if (isDict(locals)) {
      const self = dictGet(locals.a, 'self');
      if (self !== undefined) {
        let has = false;
        try {
          has = getattrOrUndefined(self, wrong) !== undefined;
        } catch {
          has = false;
        }
        if (has) return `self.${wrong}`;
      }
    }
  }
  return calculateSuggestion(d, wrong);
}

let builtinsModuleGetter: () => Value = () => null;
export function setSuggestionBuiltins(f: () => Value): void {
  builtinsModuleGetter = f;
}
function builtinsModule(): Value {
  return builtinsModuleGetter();
}

let stdlibNames: () => Set<string> = () => new Set();
export function setStdlibModuleNames(f: () => Set<string>): void {
  stdlibNames = f;
}

/** The text traceback.py appends to str(e): ". Did you mean: 'x'?" and/or the import hint. */
export function suggestionFor(e: Value): string | null {
  if (!(e instanceof Ref)) return null;
  let out = '';
  try {
    if (isInstanceOf(e, 'ImportError')) {
      const wrong = getattrOrUndefined(e, 'name_from');
      if (typeof wrong === 'string') {
        const s = compute(e, wrong);
        if (s !== null) out += `. Did you mean: '${s}'?`;
      }
    } else if (isInstanceOf(e, 'NameError') || isInstanceOf(e, 'AttributeError')) {
      const wrong = getattrOrUndefined(e, 'name');
      if (typeof wrong === 'string') {
        const s = compute(e, wrong);
        if (s !== null) out += `. Did you mean: '${s}'?`;
        if (isInstanceOf(e, 'NameError') && stdlibNames().has(wrong)) {
          out += s !== null ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
        }
      }
    }
  } catch {
    return null;
  }
  return out === '' ? null : out;
}
