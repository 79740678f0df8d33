// Printing an exception as CPython prints an uncaught one, mirroring Lib/traceback.py's
// TracebackException (which the 3.14 default excepthook uses): the chain of causes and contexts,
// exception groups in their boxes (+-+---- 1 ----), each traceback (vm/tbframes.ts formats the
// frames, with carets), the SyntaxError display, notes and the final "Type: message" line.

import { Ref, decode, getSlot, type Value } from '../objects/value.js';
import { ExcSlot, TracebackSlot, FrameSlot, CodeSlot } from '../objects/layouts.js';
import { typeOf, typeModule, typeQualname, isSubtype } from '../objects/typeobject.js';
import { str, repr, toArray } from '../objects/protocol.js';
import { strFromHeap } from '../objects/str.js';
import { isException } from '../objects/exceptions.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { newList } from '../objects/list.js';
import { isInstance } from '../objects/coll_ops.js';
import { codePosition } from '../objects/code.js';
import { getattrOrUndefined } from './attr.js';
import { MODULES } from './imports.js';
import { dictGet } from '../objects/dict.js';
import { suggestionFor } from './suggestions.js';
import { formatStack, withCPrinter, type FrameSummary } from './tbframes.js';

export { registerSource, sourceLine } from './tbframes.js';

const newListOf = (xs: Value[]): Value => newList(xs);

/** _walk_tb_with_full_positions + StackSummary._extract_from_extended_frame_gen */
function extractTb(tb: Value): FrameSummary[] {
  const out: FrameSummary[] = [];
  let t = tb;
  while (t instanceof Ref) {
    const frame = getSlot(t.a, TracebackSlot.Frame);
    const code = getSlot(frame, FrameSlot.Code);
    const lasti = getSlot(t.a, TracebackSlot.Lasti) >> 1;
    let [line, endLine, col, endCol] = lasti < 0 ? [-1, -1, -1, -1] : codePosition(code, lasti >> 1);
    if (line < 0) line = getSlot(t.a, TracebackSlot.Lineno) >> 1;
    out.push({
      filename: strFromHeap(getSlot(code, CodeSlot.Filename)),
      lineno: line,
      endLineno: endLine < 0 ? line : endLine,
      colno: col < 0 ? null : col,
      endColno: endCol < 0 ? null : endCol,
      name: strFromHeap(getSlot(code, CodeSlot.Name)),
    });
    t = decode(getSlot(t.a, TracebackSlot.Next)) ?? null;
  }
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
  if (!(e instanceof Ref)) return out;
  // TracebackException.__init__ reads __notes__; format_exception_only prints them.
  let notes: Value | undefined;
  try {
    notes = getattrOrUndefined(e, '__notes__');
  } catch (err) {
    notes = newListOf([`Ignored error getting __notes__: ${safeString(err as Value, '__notes__', repr)}`]);
  }
  if (notes === undefined || notes === null) return out;
  if (isNoteSequence(notes)) {
    for (const n of toArray(notes)) for (const l of safeString(n, 'note', str).split('\n')) out.push(`${l}\n`);
  } else {
    out.push(`${safeString(notes, '__notes__', repr)}\n`);
  }
  return out;
}

/** isinstance(notes, collections.abc.Sequence) and not a str or bytes (the builtin sequences). */
function isNoteSequence(v: Value): boolean {
  if (typeof v === 'string' || !(v instanceof Ref)) return false;
  return ['list', 'tuple', 'range'].some((n) => isInstance(v, builtinTypeAddr(n)));
}

/** traceback._safe_string */
function safeString(v: Value, what: string, f: (v: Value) => string): string {
  try {
    return f(v);
  } catch {
    return `<${what} ${f === repr ? 'repr' : 'str'}() failed>`;
  }
}

function isSubclassNamed(e: Value, name: string): boolean {
  const mro = getattrOrUndefined(new Ref(typeOf(e)), '__mro__');
  if (mro === undefined) return false;
  return toArray(mro).some((c) => c instanceof Ref && typeQualname(c.a) === name && typeModule(c.a) === 'builtins');
}

/** What TracebackException captures of one exception. */
interface TbException {
  exc: Ref;
  stack: FrameSummary[];
  cause: TbException | null;
  context: TbException | null;
  suppressContext: boolean;
  exceptions: TbException[] | null;
}

function isGroup(e: Ref): boolean {
  return isSubtype(typeOf(e), builtinTypeAddr('BaseExceptionGroup'));
}

function groupMembers(e: Ref): Ref[] {
  const xs = getattrOrUndefined(e, 'exceptions');
  return xs === undefined ? [] : toArray(xs).filter((x): x is Ref => x instanceof Ref);
}

/** sys.tracebacklimit as the default excepthook reads it (limit=BUILTIN_EXCEPTION_LIMIT), negative
 * meaning 0; ignored unless an int. */
function tracebackLimit(): number | null {
  const sys = MODULES === 0 ? undefined : dictGet(MODULES, 'sys');
  const v = sys === undefined ? undefined : getattrOrUndefined(sys, 'tracebacklimit');
  return typeof v === 'number' && Number.isInteger(v) ? Math.max(0, v) : null;
}

/** StackSummary._extract_from_extended_frame_gen: frames[len - limit:], a Python slice, so a limit
 * above the number of frames gives a negative start that counts from the end. */
function applyLimit(stack: FrameSummary[], limit: number | null): FrameSummary[] {
  if (limit === null) return stack;
  const start = stack.length - limit;
  return stack.slice(start < 0 ? Math.max(0, stack.length + start) : start);
}

let LIMIT: number | null = null;

function newTbException(e: Ref, seen: Set<number>): TbException {
  seen.add(e.a);
  const tb = decode(getSlot(e.a, ExcSlot.Traceback)) ?? null;
  return {
    exc: e, stack: tb === null ? [] : applyLimit(extractTb(tb), LIMIT), cause: null, context: null,
    suppressContext: (getSlot(e.a, ExcSlot.SuppressContext) >> 1) !== 0, exceptions: null,
  };
}

/** TracebackException.__init__: the cause/context/group tree, each exception at most once. */
function buildTbException(e: Ref): TbException {
  const seen = new Set<number>();
  const top = newTbException(e, seen);
  const queue: Array<[TbException, Ref]> = [[top, e]];
  while (queue.length) {
    const [te, x] = queue.pop()!;
    const causeV = decode(getSlot(x.a, ExcSlot.Cause)) ?? null;
    const cause = causeV instanceof Ref && isException(causeV) && !seen.has(causeV.a) ? newTbException(causeV, seen) : null;
    const ctxV = decode(getSlot(x.a, ExcSlot.Context)) ?? null;
    const context = ctxV instanceof Ref && isException(ctxV) && !seen.has(ctxV.a) ? newTbException(ctxV, seen) : null;
    let members: Ref[] | null = null;
    if (isGroup(x)) {
      members = groupMembers(x);
      te.exceptions = members.map((m) => newTbException(m, seen));
    }
    te.cause = cause;
    te.context = context;
    if (cause) queue.push([cause, causeV as Ref]);
    if (context) queue.push([context, ctxV as Ref]);
    if (te.exceptions && members) te.exceptions.forEach((m, i) => queue.push([m, members[i]!]));
  }
  return top;
}

/** _ExceptionPrintContext */
class PrintContext {
  groupDepth = 0;
  needClose = false;

  indent(): string {
    return ' '.repeat(2 * this.groupDepth);
  }

  emit(out: string[], texts: string | string[], marginChar = '|'): void {
    let prefix = this.indent();
    if (this.groupDepth) prefix += marginChar + ' ';
    for (const t of typeof texts === 'string' ? [texts] : texts) {
      out.push(t.split(/(?<=\n)/).filter((l) => l !== '').map((l) => prefix + l).join(''));
    }
  }
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** TracebackException.format */
function formatTb(te: TbException, ctx: PrintContext, out: string[]): void {
  const chain: Array<[string | null, TbException]> = [];
  let cur: TbException | null = te;
  while (cur) {
    let msg: string | null = null;
    let next: TbException | null = null;
    if (cur.cause !== null) {
      msg = CAUSE_MESSAGE;
      next = cur.cause;
    } else if (cur.context !== null && !cur.suppressContext) {
      msg = CONTEXT_MESSAGE;
      next = cur.context;
    }
    chain.push([msg, cur]);
    cur = next;
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const [msg, exc] = chain[k]!;
    if (msg !== null) ctx.emit(out, msg);
    if (exc.exceptions === null) {
      if (exc.stack.length) {
        ctx.emit(out, 'Traceback (most recent call last):\n');
        ctx.emit(out, formatStack(exc.stack));
      }
      ctx.emit(out, formatExceptionOnly(exc.exc));
    } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
      ctx.emit(out, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const isTop = ctx.groupDepth === 0;
      if (isTop) ctx.groupDepth++;
      if (exc.stack.length) {
        ctx.emit(out, 'Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|');
        ctx.emit(out, formatStack(exc.stack));
      }
      ctx.emit(out, formatExceptionOnly(exc.exc));
      const num = exc.exceptions.length;
      const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        if (last) ctx.needClose = true;
        const truncated = i >= MAX_GROUP_WIDTH;
        const title = truncated ? '...' : `${i + 1}`;
        out.push(`${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
        ctx.groupDepth++;
        if (!truncated) {
          formatTb(exc.exceptions[i]!, ctx, out);
        } else {
          const remaining = num - MAX_GROUP_WIDTH;
          ctx.emit(out, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
        }
        if (last && ctx.needClose) {
          out.push(`${ctx.indent()}+------------------------------------\n`);
          ctx.needClose = false;
        }
        ctx.groupDepth--;
      }
      if (isTop) ctx.groupDepth = 0;
    }
  }
}

/** How sys.unraisablehook's default prints `e` (the C printer: no carets). */
export function formatUnraisable(e: Value): string[] {
  return withCPrinter(() => formatException(e));
}

/** The lines CPython prints for an uncaught exception `e` (with its chain). */
export function formatException(e: Value): string[] {
  if (!(e instanceof Ref) || !isException(e)) return formatExceptionOnly(e);
  const out: string[] = [];
  LIMIT = tracebackLimit();
  formatTb(buildTbException(e), new PrintContext(), out);
  return out;
}
