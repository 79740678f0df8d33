// Printing an exception as CPython prints an uncaught one: the chain of causes and contexts,
// each traceback ("File ..., line N, in name" + source line), repeated-frame folding, the
// SyntaxError location display, notes, and the final "Type: message" line. This mirrors the
// output of Lib/traceback.py (TracebackException.format, StackSummary.format), which CPython
// uses for uncaught exceptions. DELIBERATE GAP for now: no carets under the failing expression
// (needs instruction positions) and no exception-group boxes (groups print as plain exceptions).

import { readFileSync } from 'node:fs';
import { Ref, decode, getSlot, type Value } from '../objects/value.js';
import { ExcSlot, TracebackSlot, FrameSlot, CodeSlot } from '../objects/layouts.js';
import { typeOf, typeModule, typeQualname } from '../objects/typeobject.js';
import { str, repr, toArray } from '../objects/protocol.js';
import { strFromHeap } from '../objects/str.js';
import { isException } from '../objects/exceptions.js';
import { getattrOrUndefined } from './attr.js';
import { suggestionFor } from './suggestions.js';

/** Source lines by filename (linecache); '<string>' sources are registered by the runner. */
const sources = new Map<string, string[] | null>();
/** Names tracebacks show for code filenames, e.g. '<stdin>' for the REPL's '<stdin-N>' (linecache._register_code). */
const shownNames = new Map<string, string>();
export function registerSource(filename: string, text: string, shownAs?: string): void {
  sources.set(filename, text.split(/\r\n|\r|\n/));
  if (shownAs !== undefined) shownNames.set(filename, shownAs);
}

export function sourceLine(filename: string, lineno: number): string | null {
  let lines = sources.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    sources.set(filename, lines);
  }
  if (lines === null) return null;
  return lines[lineno - 1] ?? null;
}

interface Entry {
  filename: string;
  lineno: number;
  name: string;
}

function tracebackEntries(tb: Value): Entry[] {
  const out: Entry[] = [];
  let t = tb;
  while (t instanceof Ref) {
    const frame = getSlot(t.a, TracebackSlot.Frame);
    const code = getSlot(frame, FrameSlot.Code);
    out.push({
      filename: strFromHeap(getSlot(code, CodeSlot.Filename)),
      lineno: getSlot(t.a, TracebackSlot.Lineno) >> 1,
      name: strFromHeap(getSlot(code, CodeSlot.Name)),
    });
    t = decode(getSlot(t.a, TracebackSlot.Next)) ?? null;
  }
  return out;
}

const RECURSIVE_CUTOFF = 3;

/** StackSummary.format: entries, with runs of identical entries folded after three. */
function formatEntries(entries: Entry[]): string[] {
  const out: string[] = [];
  let last: Entry | null = null;
  let count = 0;
  const flush = (): void => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`);
    }
  };
  for (const e of entries) {
    if (last === null || last.filename !== e.filename || last.lineno !== e.lineno || last.name !== e.name) {
      flush();
      last = e;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    let s = `  File "${shownNames.get(e.filename) ?? e.filename}", line ${e.lineno}, in ${e.name}\n`;
    const line = sourceLine(e.filename, e.lineno);
    if (line !== null && line.trim() !== '') s += `    ${line.trim()}\n`;
    out.push(s);
  }
  flush();
  return out;
}

function qualifiedTypeName(e: Value): string {
  const t = typeOf(e);
  const mod = typeModule(t);
  const q = typeQualname(t);
  return mod === null || mod === '__main__' || mod === 'builtins' ? q : `${mod}.${q}`;
}

function safeStr(e: Value): string {
  try {
    return str(e);
  } catch {
    return '<exception str() failed>';
  }
}

/** The SyntaxError display: file and line, the source with a caret range, then "Type: msg". */
function formatSyntaxError(e: Value, typeName: string): string[] {
  const get = (n: string): Value => getattrOrUndefined(e, n) ?? null;
  const out: string[] = [];
  const filename = get('filename');
  const lineno = get('lineno');
  let suffix = '';
  if (lineno !== null) out.push(`  File "${typeof filename === 'string' ? filename : '<string>'}", line ${str(lineno)}\n`);
  else if (filename !== null) suffix = ` (${str(filename)})`;
  const text = get('text');
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = rtext.length - ltext.length;
    const offsetV = get('offset');
    if (offsetV === null) {
      out.push(`    ${ltext}\n`);
    } else if (typeof offsetV === 'number') {
      let offset = offsetV;
      const endLineno = get('end_lineno');
      const endOffsetV = get('end_offset');
      let endOffset = lineno === endLineno ? (typeof endOffsetV === 'number' && endOffsetV !== 0 ? endOffsetV : offset) : rtext.length + 1;
      if (text && offset > text.length) offset = rtext.length + 1;
      if (text && endOffset > text.length) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : ' ')).join('');
        out.push(`    ${ltext}\n`);
        out.push(`    ${caretspace}${'^'.repeat(Math.max(1, endColno - colno))}\n`);
      } else {
        out.push(`    ${ltext}\n`);
      }
    }
  }
  const msg = get('msg');
  out.push(`${typeName}: ${msg === null ? '<no detail available>' : safeStr(msg)}${suffix}\n`);
  return out;
}

function formatExceptionOnly(e: Value): string[] {
  const typeName = qualifiedTypeName(e);
  let out: string[];
  if (isSubclassNamed(e, 'SyntaxError')) {
    out = formatSyntaxError(e, typeName);
  } else {
    let s = safeStr(e);
    const hint = suggestionFor(e);
    if (hint !== null) s += hint;
    out = [s === '' ? `${typeName}\n` : `${typeName}: ${s}\n`];
  }
  const notes = e instanceof Ref ? getattrOrUndefined(e, '__notes__') : undefined;
  if (notes !== undefined && notes !== null) {
    let items: Value[];
    try {
      items = typeof notes === 'string' ? [notes] : toArray(notes);
    } catch {
      items = [];
      out.push(`<__notes__ repr() failed>\n`);
    }
    for (const n of items) out.push(`${typeof n === 'string' ? n : safeRepr(n)}\n`);
  }
  return out;
}

function safeRepr(v: Value): string {
  try {
    return repr(v);
  } catch {
    return '<note str() failed>';
  }
}

function isSubclassNamed(e: Value, name: string): boolean {
  const mro = getattrOrUndefined(new Ref(typeOf(e)), '__mro__');
  if (mro === undefined) return false;
  return toArray(mro).some((c) => c instanceof Ref && typeQualname(c.a) === name && typeModule(c.a) === 'builtins');
}

/** The lines CPython prints for an uncaught exception `e` (with its chain). */
export function formatException(e: Value): string[] {
  const chain: Array<{ exc: Value; link: string | null }> = [];
  const seen = new Set<number>();
  let cur: Value = e;
  let link: string | null = null;
  while (cur instanceof Ref && !seen.has(cur.a)) {
    seen.add(cur.a);
    chain.push({ exc: cur, link });
    const cause = decode(getSlot(cur.a, ExcSlot.Cause)) ?? null;
    const ctx = decode(getSlot(cur.a, ExcSlot.Context)) ?? null;
    const suppress = (getSlot(cur.a, ExcSlot.SuppressContext) >> 1) !== 0;
    if (cause !== null && isException(cause)) {
      cur = cause;
      link = '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (ctx !== null && !suppress && isException(ctx)) {
      cur = ctx;
      link = '\nDuring handling of the above exception, another exception occurred:\n\n';
    } else {
      break;
    }
  }
  const out: string[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const { exc } = chain[i]!;
    const tb = decode(getSlot((exc as Ref).a, ExcSlot.Traceback)) ?? null;
    if (tb !== null) {
      out.push('Traceback (most recent call last):\n');
      out.push(...formatEntries(tracebackEntries(tb)));
    }
    out.push(...formatExceptionOnly(exc));
    // The link text printed after an exception introduces the next (outer) one.
    if (i > 0) out.push(chain[i]!.link!);
  }
  return out;
}
