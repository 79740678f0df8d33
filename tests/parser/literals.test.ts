// Literal values against CPython (expectations made by tests/parser/literals-oracle.mjs with Pyodide):
// NUMBER token values and errors, STRING token values, escape errors and invalid-escape warnings,
// Unicode names (\N{...}, unicodedata.name/lookup) and NFKC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { IntDigitsLimitError, hugeIntLiteralMessage, parseNumberLiteral } from '../../src/parser/numbers.js';
import {
  BytesNonAsciiError, CodecError, type InvalidEscapeInfo, decodeString, parseStringLiteral,
} from '../../src/parser/escapes.js';
import { PyComplex, type PyStr, SplitSurrogateStr, concatPyStr, isPyStr } from '../../src/parser/constant.js';
import { reprConstant } from '../../src/parser/repr.js';
import { charName, codePointOfName, lookupName } from '../../src/unicode/names.js';
import { nfkc } from '../../src/unicode/normalize.js';

type Compact = string | { p: string; r: string; n: number; s: string };
interface NumberExp {
  error?: string; int?: string; intBits?: number; intMod?: number; float?: string; imag?: string; repr?: string;
}
interface StringExp {
  repr?: string; error?: string; warning?: [string, number]; warningAsError?: [number, number, number, number];
}
interface Expected {
  numbers: Array<[Compact, NumberExp]>;
  strings: Array<[string, StringExp]>;
  charNames: Array<[number, string | null]>;
  lookups: Array<[string, number[] | null]>;
  nfkc: Array<[string, string]>;
}

const expected = JSON.parse(
  readFileSync(new URL('../../../tests/parser/literals-expected.json', import.meta.url), 'utf8')) as Expected;

const bitsOf = (x: number): string => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString('hex');
};
const expand = (c: Compact): string => (typeof c === 'string' ? c : c.p + c.r.repeat(c.n) + c.s);
const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...(${s.length})` : s);

/** Collects mismatches and fails once with the first few, so one bad case does not hide the rest. */
function checkAll<T>(cases: readonly T[], check: (c: T) => string | null): void {
  const bad: string[] = [];
  for (const c of cases) {
    let msg: string | null;
    try {
      msg = check(c);
    } catch (e) {
      msg = `threw ${(e as Error).name}: ${(e as Error).message}`;
    }
    if (msg !== null) bad.push(msg);
  }
  assert.equal(bad.length, 0, `${bad.length}/${cases.length} mismatches:\n${bad.slice(0, 15).join('\n')}`);
}

test('number literals: values, reprs and the 4300-digit limit', () => {
  checkAll(expected.numbers, ([lit, exp]) => {
    const text = expand(lit);
    let v: bigint | number | PyComplex;
    try {
      v = parseNumberLiteral(text);
    } catch (e) {
      if (!(e instanceof IntDigitsLimitError)) throw e;
      return hugeIntLiteralMessage(e) === exp.error ? null : `${short(text)}: message ${e.message}`;
    }
    if (exp.error !== undefined) return `${short(text)}: expected error ${exp.error}`;
    if (exp.int !== undefined) return typeof v === 'bigint' && v.toString() === exp.int ? null : `${short(text)}: ${v}`;
    if (exp.intBits !== undefined) {
      if (typeof v !== 'bigint') return `${short(text)}: not an int`;
      const ok = v.toString(2).length === exp.intBits && v % 1000000007n === BigInt(exp.intMod!);
      return ok ? null : `${short(text)}: wrong big int`;
    }
    if (exp.float !== undefined) {
      if (typeof v !== 'number') return `${short(text)}: not a float`;
      return bitsOf(v) === exp.float && reprConstant(v) === exp.repr ? null
        : `${short(text)}: ${bitsOf(v)} ${reprConstant(v)} != ${exp.float} ${exp.repr}`;
    }
    if (!(v instanceof PyComplex)) return `${short(text)}: not complex`;
    return Object.is(v.real, 0) && bitsOf(v.imag) === exp.imag && reprConstant(v) === exp.repr ? null
      : `${short(text)}: ${reprConstant(v)} != ${exp.repr}`;
  });
});

/** Splits "a" 'b' into its STRING tokens (test inputs only: no comments, no f-strings). */
function stringTokens(src: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < src.length) {
    while (src[i] === ' ') i++;
    const start = i;
    while (/[a-zA-Z]/.test(src[i]!)) i++;
    const q = src.startsWith(src[i]!.repeat(3), i) ? src[i]!.repeat(3) : src[i]!;
    i += q.length;
    while (!src.startsWith(q, i)) i += src[i] === '\\' ? 2 : 1;
    i += q.length;
    out.push(src.slice(start, i));
  }
  return out;
}

/** Where CPython puts the invalid-escape SyntaxError (string_parser.c warn_invalid_escape_sequence),
 *  from the hook's info, for a token at line 1 column 0: [lineno, offset, end_lineno, end_offset]. */
function warningPosition(src: string, token: string, info: InvalidEscapeInfo): [number, number, number, number] {
  let lineno = 1;
  let col = 0;
  for (const ch of info.bufferBefore) {
    if (ch === '\n') { lineno++; col = 0; } else col++;
  }
  if (lineno === 1) {
    let quotes = 0;
    for (const ch of token) {
      if (ch !== '"' && ch !== "'") break;
      if (ch === token[0]) quotes++;
    }
    col += quotes;
  }
  // Byte column -> 1-based character offset in the source line (pegen.c byte_offset_to_character_offset).
  const line = Buffer.from(src.split('\n')[lineno - 1]!, 'utf8');
  const toChar = (byteCol: number): number =>
    [...new TextDecoder().decode(line.subarray(0, Math.min(byteCol, line.length + 1)))].length + 1;
  return [lineno, toChar(col - 1), lineno, toChar(col + 1)];
}

test('string literals: values, codec errors, invalid-escape warnings', () => {
  const cases = expected.strings.filter(([src]) => !/^[a-zA-Z]*[fFtT]/.test(src));
  assert.ok(cases.length > 2000);
  checkAll(cases, ([src, exp]) => {
    const warnings: InvalidEscapeInfo[] = [];
    let value: PyStr | Uint8Array;
    try {
      const parts = stringTokens(src).map((t) => parseStringLiteral(t, (info) => warnings.push(info)));
      if (parts.every((p) => p instanceof Uint8Array)) {
        value = Buffer.concat(parts as Uint8Array[]);
        value = new Uint8Array(value);
      } else {
        value = concatPyStr(parts as PyStr[]);
      }
    } catch (e) {
      const msg = e instanceof CodecError ? e.syntaxMessage : e instanceof BytesNonAsciiError ? e.message : null;
      if (msg === null) throw e;
      return msg === exp.error ? null : `${src}: got error ${msg}, expected ${exp.error ?? exp.repr}`;
    }
    if (exp.error !== undefined) return `${src}: expected error ${exp.error}`;
    const got = reprConstant(value);
    if (got !== exp.repr) return `${src}: ${got} != ${exp.repr}`;
    if (exp.warning === undefined) return warnings.length === 0 ? null : `${src}: unexpected warning`;
    if (warnings.length !== 1) return `${src}: ${warnings.length} warnings`;
    const w = warnings[0]!;
    if (w.char !== exp.warning[0]) return `${src}: warning for ${w.char}, expected ${exp.warning[0]}`;
    const pos = warningPosition(src, src, w);
    if (pos[0] !== exp.warning[1]) return `${src}: warning line ${pos[0]} != ${exp.warning[1]}`;
    // With a prefix CPython adds no quotes (it stops at the prefix letter): same rule here.
    return JSON.stringify(pos) === JSON.stringify(exp.warningAsError) ? null
      : `${src}: warning position ${pos} != ${exp.warningAsError}`;
  });
});

test('f-string chunks (decodeString)', () => {
  const warnings: InvalidEscapeInfo[] = [];
  const hook = (i: InvalidEscapeInfo): void => { warnings.push(i); };
  // f"\{6}": the middle part is a lone backslash, kept as is (CPython rewrites it to \u005c).
  assert.equal(decodeString(false, '\\', hook), '\\');
  assert.equal(decodeString(false, 'a\\', hook), 'a\\');
  assert.equal(decodeString(false, '\\x41\\N{DIGIT ONE}', hook), 'A1');
  assert.equal(decodeString(true, '\\x41', hook), '\\x41');
  assert.equal(warnings.length, 0);
  assert.equal(decodeString(false, 'ä\n\\d', hook), 'ä\n\\d');
  assert.deepEqual(warnings, [{ char: 'd', octal: false, bufferBefore: '\\U000000e4\n\\' }]);
  // f"\ud83d" f"\ude00" is the 2-code-point string '\ud83d\ude00' in CPython.
  const joined = concatPyStr([decodeString(false, '\\ud83d', hook), decodeString(false, '\\ude00', hook)]);
  assert.ok(joined instanceof SplitSurrogateStr && isPyStr(joined));
  assert.equal(reprConstant(joined), "'\\ud83d\\ude00'");
  assert.throws(() => decodeString(false, '\\N{nope}', hook),
    (e: unknown) => e instanceof CodecError && e.syntaxMessage ===
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name");
});

test('unicodedata.name: algorithmic and table names', () => {
  assert.ok(expected.charNames.length > 1000);
  checkAll(expected.charNames, ([cp, name]) => {
    const got = charName(cp);
    return got === (name ?? undefined) ? null : `U+${cp.toString(16)}: ${got} != ${name}`;
  });
});

test('unicodedata.lookup and \\N{...}: case rules, aliases, named sequences', () => {
  checkAll(expected.lookups, ([name, cps]) => {
    const got = lookupName(name);
    return JSON.stringify(got ?? null) === JSON.stringify(cps) ? null : `${name}: ${got} != ${cps}`;
  });
  assert.equal(codePointOfName('BEL'), 7);
  assert.equal(codePointOfName('latin capital letter gha'), 0x1a2);
  assert.equal(codePointOfName('KEYCAP NUMBER SIGN'), undefined); // named sequence: not for \N
  assert.deepEqual(lookupName('KEYCAP NUMBER SIGN'), [0x23, 0xfe0f, 0x20e3]);
  assert.equal(codePointOfName('HANGUL SYLLABLE GGAG'), 0xae4d);
  assert.equal(codePointOfName('HANGUL SYLLABLE gag'), undefined);
  assert.equal(codePointOfName('CJK UNIFIED IDEOGRAPH-04E00'), 0x4e00);
  assert.equal(codePointOfName('CJK UNIFIED IDEOGRAPH-4e00'), undefined);
});

test('NFKC matches Python where the host Unicode differs', () => {
  checkAll(expected.nfkc, ([s, want]) => {
    const got = nfkc(s);
    return got === want ? null : `${JSON.stringify(s)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`;
  });
});
