// Unicode character names: name -> code point for "\N{...}" and unicodedata.lookup(), and
// code point -> name for unicodedata.name(). Hangul syllables and CJK unified ideographs are
// computed; the other ~40,000 names are read, on first use, from build/unicode/names.txt
// (made at install time by tools/gen-unicode.mjs); aliases and named sequences are in name-aliases.ts.

import { NAME_ALIASES, NAMED_SEQUENCES } from './name-aliases.js';
import { CJK_UNIFIED_RANGES } from './tables.js';

// Hangul syllable name parts (Unicode chapter 3.12), in jamo index order: leading consonants,
// vowels, trailing consonants. CPython: Modules/unicodedata.c hangul_syllables.
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE',
  'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
  'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];
const S_BASE = 0xac00;
const S_COUNT = JAMO_L.length * JAMO_V.length * JAMO_T.length;
const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

interface NameTable {
  byName: Map<string, number | readonly number[]>;
  byCode: Map<number, string>;
}

let table: NameTable | null = null;
let tableText: string | null = null;

/** Supplies the contents of names.txt (for hosts without node:fs); must precede the first lookup. */
export function setNameTableText(text: string): void {
  tableText = text;
  table = null;
}

function readTableText(): string {
  if (tableText !== null) return tableText;
  const url = new URL('../../../build/unicode/names.txt', import.meta.url);
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  try {
    if (!fs) throw new Error('no node:fs');
    return fs.readFileSync(url, 'utf8');
  } catch (e) {
    throw new Error(`Unicode name table missing (${url.href}): run "node tools/gen-unicode.mjs" ` +
      `or call setNameTableText(); ${(e as Error).message}`);
  }
}

function loadTable(): NameTable {
  const byName = new Map<string, number | readonly number[]>();
  const byCode = new Map<number, string>();
  // Lines after the 2 header lines: "<cp delta> <shared prefix length> <rest of name>" (base 36).
  const lines = readTableText().split('\n');
  let cp = -1;
  let name = '';
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    cp += parseInt(line.slice(0, a), 36);
    name = name.slice(0, parseInt(line.slice(a + 1, b), 36)) + line.slice(b + 1);
    byName.set(name, cp);
    byCode.set(cp, name);
  }
  for (const [alias, code] of NAME_ALIASES) byName.set(alias, code);
  for (const [seqName, seq] of NAMED_SEQUENCES) byName.set(seqName, seq);
  return { byName, byCode };
}

function isUnifiedIdeograph(cp: number): boolean {
  for (let i = 0; i < CJK_UNIFIED_RANGES.length; i += 2) {
    if (cp >= CJK_UNIFIED_RANGES[i]! && cp <= CJK_UNIFIED_RANGES[i + 1]!) return true;
  }
  return false;
}

/** Longest jamo of `column` at name[pos]: [length, index], index -1 if none (CPython: find_syllable). */
function findSyllable(name: string, pos: number, column: readonly string[]): [number, number] {
  let len = -1;
  let index = -1;
  for (let i = 0; i < column.length; i++) {
    const jamo = column[i]!;
    if (jamo.length <= len) continue;
    if (name.startsWith(jamo, pos)) {
      len = jamo.length;
      index = i;
    }
  }
  return [Math.max(len, 0), index];
}

/**
 * Name -> code point, alias -> code point, named sequence -> code points; undefined if unknown.
 * Mirrors CPython 3.14.2's _getcode (the oracle's version): the Hangul and CJK prefixes, the jamo
 * and the 4-5 hex digits are case-sensitive (uppercase); other names match ASCII-case-insensitively.
 * Deliberate difference from 3.14.7's source, which matches those prefixes case-insensitively
 * and takes 4-6 hex digits without a leading zero: tests follow the oracle.
 */
function getcode(name: string): number | readonly number[] | undefined {
  if (name.startsWith(HANGUL_PREFIX)) {
    let pos = HANGUL_PREFIX.length;
    const [lLen, l] = findSyllable(name, pos, JAMO_L);
    pos += lLen;
    const [vLen, v] = findSyllable(name, pos, JAMO_V);
    pos += vLen;
    const [tLen, t] = findSyllable(name, pos, JAMO_T);
    pos += tLen;
    if (l !== -1 && v !== -1 && t !== -1 && pos === name.length) {
      return S_BASE + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }
    return undefined;
  }
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.slice(CJK_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    return isUnifiedIdeograph(cp) ? cp : undefined;
  }
  const key = /[a-z]/.test(name) ? name.replace(/[a-z]+/g, (m) => m.toUpperCase()) : name;
  return (table ??= loadTable()).byName.get(key);
}

/** The code point "\N{name}" denotes (aliases yes, named sequences no), or undefined. */
export function codePointOfName(name: string): number | undefined {
  const code = getcode(name);
  return typeof code === 'number' ? code : undefined;
}

/** unicodedata.lookup(name) as code points (named sequences give several), or undefined (KeyError). */
export function lookupName(name: string): readonly number[] | undefined {
  const code = getcode(name);
  return code === undefined ? undefined : typeof code === 'number' ? [code] : code;
}

/** unicodedata.name(chr(cp)), or undefined (ValueError "no such name"). */
export function charName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    const perL = JAMO_V.length * JAMO_T.length;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / perL)]! + JAMO_V[Math.floor((s % perL) / JAMO_T.length)]! +
      JAMO_T[s % JAMO_T.length]!;
  }
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  return (table ??= loadTable()).byCode.get(cp);
}
