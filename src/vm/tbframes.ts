// The frame lines of a printed traceback, as Lib/traceback.py formats them: one FrameSummary per
// entry (file, line, name and the source range of the failing operation), the source lines with
// carets under that range (`~~~^^^` around binary operators, subscripts and calls), the
// "...<N lines>..." elision of long ranges, and the folding of repeated entries. Function names
// follow traceback.py (FrameSummary, StackSummary.format_frame_summary, ...). Colour is never
// used: CPython only colours a terminal, and ftpy's stderr is treated as not one.

import { readFileSync } from 'node:fs';
import { parse } from '../parser/index.js';
import type { expr, stmt } from '../parser/ast.generated.js';
import { isSpace } from '../unicode/strprops.js';
import { isWide } from '../unicode/properties.js';

// ---- linecache -----------------------------------------------------------------------------

/** Source lines by filename (linecache); '<string>' sources are registered by the runner. */
const sources = new Map<string, string[] | null>();
/** Names tracebacks show for code filenames, e.g. '<stdin>' for the REPL's '<stdin-N>' (linecache._register_code). */
const shownNames = new Map<string, string>();
export function registerSource(filename: string, text: string, shownAs?: string): void {
  if (shownAs !== undefined) shownNames.set(filename, shownAs);
  sources.set(filename, text.split(/\r\n|\r|\n/));
}

/** A source line without its newline, or null (linecache.getline gives ''). */
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

// ---- str helpers with Python's semantics (code points, Unicode whitespace) -------------------

const cps = (s: string): string[] => Array.from(s);
const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
const ws = (c: string): boolean => isSpace(c.codePointAt(0)!);
const isAllSpace = (s: string): boolean => s.length > 0 && cps(s).every(ws);

function lstrip(s: string): string {
  const a = cps(s);
  let i = 0;
  while (i < a.length && ws(a[i]!)) i++;
  return a.slice(i).join('');
}
function rstrip(s: string): string {
  const a = cps(s);
  let j = a.length;
  while (j > 0 && ws(a[j - 1]!)) j--;
  return a.slice(0, j).join('');
}
const strip = (s: string): string => lstrip(rstrip(s));

/** str.splitlines(keepends) */
function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

/** textwrap.dedent */
function dedent(text: string): string {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l !== '' && !isAllSpace(l));
  let l1 = '';
  let l2 = '';
  if (nonBlank.length) {
    l1 = nonBlank.reduce((a, b) => (b < a ? b : a));
    l2 = nonBlank.reduce((a, b) => (b > a ? b : a));
  }
  // textwrap.dedent: the margin is where the smallest and largest lines first differ or stop
  // being indentation (the loop leaves margin at the last index it looked at).
  let margin = 0;
  for (let i = 0; i < l1.length; i++) {
    margin = i;
    const c = l1[i]!;
    if (c !== l2[i] || (c !== ' ' && c !== '\t')) break;
  }
  return lines.map((l) => (isAllSpace(l) ? '' : l.slice(margin))).join('\n');
}

/** textwrap.indent(text, prefix, lambda line: True) */
function indentAll(text: string, prefix: string): string {
  return splitlines(text, true).map((l) => prefix + l).join('');
}

/** textwrap.indent(text, prefix) (the default predicate: lines that are not only whitespace). */
function indentNonBlank(text: string, prefix: string): string {
  return splitlines(text, true).map((l) => (isAllSpace(l) ? l : prefix + l)).join('');
}

/** traceback._byte_offset_to_character_offset: a UTF-8 byte offset as a code point count. */
function byteOffsetToCharOffset(s: string, offset: number): number {
  const bytes = Buffer.from(s, 'utf8');
  return cps(bytes.subarray(0, Math.max(0, offset)).toString('utf8')).length;
}

/** traceback._display_width: columns taken by the first `offset` characters. */
function displayWidth(line: string, offset?: number): number {
  const a = cps(line);
  const n = offset ?? a.length;
  if (isAscii(line)) return n;
  let w = 0;
  for (const c of a.slice(0, n)) w += isWide(c.codePointAt(0)!) ? 2 : 1;
  return w;
}

// ---- FrameSummary -----------------------------------------------------------------------------

export interface FrameSummary {
  filename: string;
  lineno: number;
  endLineno: number;
  colno: number | null;
  endColno: number | null;
  name: string;
}

/** FrameSummary._set_lines: the lines lineno..end_lineno, right-stripped, each ending in "\n". */
function originalLines(f: FrameSummary): string {
  const lines: string[] = [];
  for (let l = f.lineno; l <= f.endLineno; l++) lines.push(rstrip(sourceLine(f.filename, l) ?? ''));
  return lines.join('\n') + '\n';
}

// ---- caret anchors ----------------------------------------------------------------------------

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

function parseQuiet(src: string): stmt[] | null {
  try {
    const tree = parse(src);
    return tree._kind === 'Module' ? tree.body : null;
  } catch {
    return null;
  }
}

/** traceback._extract_caret_anchors_from_line_segment */
function extractCaretAnchors(segment: string): Anchors | null {
  const body = parseQuiet(`(\n${segment}\n)`);
  if (body === null || body.length !== 1) return null;
  const lines = splitlines(segment).map(cps);
  const normalize = (lineno: number, offset: number): number => byteOffsetToCharOffset(lines[lineno]!.join(''), offset);
  const nextValidChar = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno]!.length) {
      col = 0;
      lineno += 1;
    }
    if (!(lineno < lines.length && col < lines[lineno]!.length)) throw new Error('no valid char');
    return [lineno, col];
  };
  const increment = (lineno: number, col: number): [number, number] => nextValidChar(lineno, col + 1);
  const nextline = (lineno: number): [number, number] => nextValidChar(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (c: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno]![col]!;
      if (ch === '\\' || ch === '#') [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  // -2: end_lineno is 1-based and the segment was parsed after an extra "(\n".
  const setupPositions = (e: expr, forceValid = true): [number, number] => {
    const lineno = (e.end_lineno ?? e.lineno) - 2;
    const col = normalize(lineno, e.end_col_offset ?? 0);
    return forceValid ? nextValidChar(lineno, col) : [lineno, col];
  };
  const anchors = (a: number, b: number, c: number, d: number): Anchors =>
    ({ leftEndLineno: a, leftEndOffset: b, rightStartLineno: c, rightStartOffset: d, primaryChar: '~', secondaryChar: '^' });
  const st = body[0]!;
  if (st._kind !== 'Expr') return null;
  const e = st.value;
  try {
    switch (e._kind) {
      case 'BinOp': {
        let [lineno, col] = setupPositions(e.left);
        // The operator is the first character after the left operand that is not space or ')'.
        [lineno, col] = incrementUntil(lineno, col, (x) => !ws(x) && x !== ')');
        // It is one or two characters long, on this line, before the right operand.
        let rightCol = col + 1;
        const line = lines[lineno]!;
        if (rightCol < line.length
          && ((e.right.lineno - 2 > lineno) || rightCol < normalize(e.right.lineno - 2, e.right.col_offset))
          && !ws(line[rightCol]!) && line[rightCol] !== '\\' && line[rightCol] !== '#') {
          rightCol += 1;
        }
        return anchors(lineno, col, lineno, rightCol);
      }
      case 'Subscript': {
        let [ll, lc] = setupPositions(e.value);
        [ll, lc] = incrementUntil(ll, lc, (x) => x === '[');
        const [rl, rc] = setupPositions(e, false);
        return anchors(ll, lc, rl, rc);
      }
      case 'Call': {
        let [ll, lc] = setupPositions(e.func);
        [ll, lc] = incrementUntil(ll, lc, (x) => x === '(');
        const [rl, rc] = setupPositions(e, false);
        return anchors(ll, lc, rl, rc);
      }
      default:
        return null;
    }
  } catch {
    // traceback.py calls this under suppress(Exception).
    return null;
  }
}

/** StackSummary._should_show_carets */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: string[], anchors: Anchors | null): boolean {
  const body = parseQuiet(allLines.join('\n'));
  if (body !== null) {
    if (body.length === 0) return false;
    const st = body[0]!;
    let value: expr | null = null;
    if (st._kind === 'Return' && st.value !== null && st.value._kind === 'Call' && st.value.func._kind === 'Name') {
      value = st.value;
    } else if (st._kind === 'Assign' && st.value._kind === 'Call' && st.targets.length === 1 && st.targets[0]!._kind === 'Name') {
      value = st.value;
    }
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length
      && value.col_offset === startOffset && value.end_col_offset === endOffset) return false;
  }
  if (anchors !== null) return true;
  const first = cps(allLines[0]!);
  const last = cps(allLines[allLines.length - 1]!);
  return lstrip(first.slice(0, startOffset).join('')) !== '' || rstrip(last.slice(endOffset).join('')) !== '';
}

/**
 * True while printing as CPython's C traceback printer does (Python/traceback.c tb_displayline,
 * used for unraisable exceptions: atexit, __del__, weakref callbacks, threads): each frame's first
 * source line, stripped, and no carets.
 */
let cPrinter = false;
export function withCPrinter<T>(f: () => T): T {
  const saved = cPrinter;
  cPrinter = true;
  try {
    return f();
  } finally {
    cPrinter = saved;
  }
}

/** StackSummary.format_frame_summary (without colour). */
export function formatFrameSummary(f: FrameSummary): string {
  const row: string[] = [`  File "${shownNames.get(f.filename) ?? f.filename}", line ${f.lineno}, in ${f.name}\n`];
  const original = originalLines(f);
  const dedented = dedent(original);
  if (dedented && strip(dedented)) {
    if (f.colno === null || f.endColno === null || cPrinter) {
      // Only the first line when column information is missing.
      row.push(indentNonBlank(strip(original.split('\n')[0]!), '    ') + '\n');
    } else {
      row.push(formatLines(f, original, dedented));
    }
  }
  return row.join('');
}

function formatLines(f: FrameSummary, original: string, dedented: string): string {
  const allOriginal = splitlines(original);
  const firstLine = allOriginal[0]!;
  const lastLine = allOriginal[f.endLineno - f.lineno]!;
  let startOffset = byteOffsetToCharOffset(firstLine, f.colno!);
  let endOffset = byteOffsetToCharOffset(lastLine, f.endColno!);
  const allLines = splitlines(dedented).slice(0, f.endLineno - f.lineno + 1);
  const dedentChars = cps(firstLine).length - cps(allLines[0]!).length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const dpStart = displayWidth(allLines[0]!, startOffset);
  const dpEnd = displayWidth(allLines[allLines.length - 1]!, endOffset);
  const joined = cps(allLines.join('\n'));
  const segment = joined.slice(startOffset, joined.length - (cps(allLines[allLines.length - 1]!).length - endOffset)).join('');
  const anchors = extractCaretAnchors(segment);
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);
  const result: string[] = [];
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = '^';
  let secondary = '^';
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset;
    rightStart = anchors.rightStartOffset;
    // Anchor offsets are relative to the segment: its first line starts at startOffset.
    if (anchors.leftEndLineno === 0) leftEnd += startOffset;
    if (anchors.rightStartLineno === 0) rightStart += startOffset;
    leftEnd = displayWidth(allLines[anchors.leftEndLineno]!, leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLineno]!, rightStart);
    primary = anchors.primaryChar;
    secondary = anchors.secondaryChar;
    for (let i = anchors.leftEndLineno - 1; i < anchors.leftEndLineno + 2; i++) significant.add(i);
    for (let i = anchors.rightStartLineno - 1; i < anchors.rightStartLineno + 2; i++) significant.add(i);
  }
  significant.delete(-1);
  significant.delete(allLines.length);
  const outputLine = (lineno: number): void => {
    const line = allLines[lineno]!;
    result.push(line + '\n');
    if (!showCarets) return;
    const numSpaces = cps(line).length - cps(lstrip(line)).length;
    const carets: string[] = [];
    const numCarets = lineno === allLines.length - 1 ? dpEnd : displayWidth(line);
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (lineno === 0 && col < dpStart)) {
        carets.push(' ');
      } else if (anchors !== null
        && (lineno > anchors.leftEndLineno || (lineno === anchors.leftEndLineno && col >= leftEnd))
        && (lineno < anchors.rightStartLineno || (lineno === anchors.rightStartLineno && col < rightStart))) {
        carets.push(secondary);
      } else {
        carets.push(primary);
      }
    }
    result.push(carets.join('') + '\n');
  };
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((lineno, i) => {
    if (i) {
      const diff = lineno - sig[i - 1]!;
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  });
  return indentAll(dedent(result.join('')), '    ');
}

const RECURSIVE_CUTOFF = 3;

/** StackSummary.format: the entries, runs of the same file/line/name folded after three. */
export function formatStack(entries: FrameSummary[]): string[] {
  const out: string[] = [];
  let last: FrameSummary | null = null;
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
    out.push(formatFrameSummary(e));
  }
  flush();
  return out;
}
