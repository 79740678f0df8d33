// The pure str algorithms (str_ops.ts, str_case.ts, str_cp.ts) against CPython 3.14's results
// recorded in str-expected.json.gz (made by str-oracle.mjs), including digests of every case mapping
// and predicate over all code points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as O from '../../src/objects/str_ops.js';
import * as C from '../../src/objects/str_case.js';
import { compareStr, cpLength, chr } from '../../src/objects/str_cp.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
type R = string | number | boolean | null | R[] | { err: string; msg: string };
interface Expected {
  strs: string[];
  cases: Array<[string, number, Array<string | number | null>, R]>;
  compare: Array<[string, string, number]>;
  digests: Record<string, string>;
}
const E = JSON.parse(gunzipSync(readFileSync(join(root, 'tests', 'objects', 'str-expected.json.gz'))).toString('utf8')) as Expected;

const MAX = Number.MAX_SAFE_INTEGER;
type Fn = (s: string, ...a: never[]) => R;
const num = (v: unknown, d: number): number => (v === null ? d : (v as number));
const OPS: Record<string, Fn> = {
  find: (s, sub: string, a: number | null, b: number | null) => O.strFind(s, sub, num(a, 0), num(b, MAX), false),
  rfind: (s, sub: string, a: number | null, b: number | null) => O.strFind(s, sub, num(a, 0), num(b, MAX), true),
  count: (s, sub: string, a: number | null, b: number | null) => O.strCount(s, sub, num(a, 0), num(b, MAX)),
  startswith: (s, sub: string, a: number | null, b: number | null) => O.strTailMatch(s, sub, num(a, 0), num(b, MAX), false),
  endswith: (s, sub: string, a: number | null, b: number | null) => O.strTailMatch(s, sub, num(a, 0), num(b, MAX), true),
  lower: C.strLower, upper: C.strUpper, casefold: C.strCasefold, swapcase: C.strSwapcase, title: C.strTitle,
  capitalize: C.strCapitalize, isalpha: C.strIsAlpha, isalnum: C.strIsAlnum, isdecimal: C.strIsDecimal,
  isdigit: C.strIsDigit, isnumeric: C.strIsNumeric, isspace: C.strIsSpace, isascii: C.strIsAscii,
  isprintable: C.strIsPrintable, isidentifier: C.strIsIdentifier, islower: C.strIsLower, isupper: C.strIsUpper,
  istitle: C.strIsTitle,
  splitlines: (s, keep: boolean | undefined) => O.splitLines(s, keep ?? false),
  split: (s, sep: string | null, mx: number) => (sep === null ? O.splitWhitespace(s, mx) : O.splitSep(s, sep, mx)),
  rsplit: (s, sep: string | null, mx: number) => (sep === null ? O.rsplitWhitespace(s, mx) : O.rsplitSep(s, sep, mx)),
  strip: (s, ch: string | null) => O.strStrip(s, ch, O.Strip.Both),
  lstrip: (s, ch: string | null) => O.strStrip(s, ch, O.Strip.Left),
  rstrip: (s, ch: string | null) => O.strStrip(s, ch, O.Strip.Right),
  replace: (s, a: string, b: string, n: number) => O.strReplace(s, a, b, n),
  partition: (s, sep: string) => O.strPartition(s, sep, false),
  rpartition: (s, sep: string) => O.strPartition(s, sep, true),
  center: (s, w: number, f: string) => O.strCenter(s, w, f),
  ljust: (s, w: number, f: string) => O.strPad(s, 0, w - cpLength(s), f),
  rjust: (s, w: number, f: string) => O.strPad(s, w - cpLength(s), 0, f),
  zfill: (s, w: number) => O.strZfill(s, w),
  expandtabs: (s, t: number) => O.strExpandTabs(s, t),
};

test('str methods match CPython on the recorded cases', () => {
  const failures: string[] = [];
  let n = 0;
  for (const [op, si, args, want] of E.cases) {
    const s = E.strs[si]!;
    const f = OPS[op];
    assert.ok(f, `no implementation for ${op}`);
    const got = (f as (s: string, ...a: unknown[]) => R)(s, ...args);
    n++;
    try {
      assert.deepEqual(got, want);
    } catch {
      if (failures.length < 20) failures.push(`${op}(${JSON.stringify(s)}, ${JSON.stringify(args)}) = ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
  assert.deepEqual(failures, [], `${failures.length} failures of ${n}`);
});

test('src/unicode/strtables.ts is current (gen-unicode-str --check)', (t) => {
  const r = spawnSync(process.execPath, ['tools/gen-unicode-str.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  if (r.status === 2) {
    t.skip('pyodide is not installed');
    return;
  }
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
});

test('comparison is in code point order', () => {
  for (const [a, b, want] of E.compare) assert.equal(compareStr(a, b), want, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
});

/** UTF-8 with surrogates encoded as themselves ('surrogatepass'), as the oracle hashes. */
function wtf8(s: string, out: number[]): void {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
}

test('case mappings and predicates of every code point match CPython (digests)', () => {
  for (const [op, want] of Object.entries(E.digests)) {
    const f = OPS[op] as (s: string) => string | boolean;
    const h = createHash('sha256');
    let buf: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const r = f(chr(cp));
      if (typeof r === 'string') wtf8(r, buf);
      else buf.push(r ? 0x31 : 0x30);
      buf.push(0);
      if (buf.length > 1 << 16) {
        h.update(Uint8Array.from(buf));
        buf = [];
      }
    }
    h.update(Uint8Array.from(buf));
    assert.equal(h.digest('hex'), want, `digest of ${op} over all code points`);
  }
});
