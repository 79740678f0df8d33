// repr() of constants against CPython (expectations from tests/parser/literals-oracle.mjs):
// floats (edge cases, powers, random bit patterns), complex, int (and the 4300-digit limit),
// str over the first code point of every general-category run, bytes, quote choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reprBytes, reprComplex, reprConstant, reprFloat, reprInt, reprStr } from '../../src/parser/repr.js';
import { Ellipsis, LiteralError, PyComplex, SplitSurrogateStr, concatPyStr, pyStrLength } from '../../src/parser/constant.js';

interface Expected {
  floatRepr: Array<[string, string]>;
  strRepr: Array<[number, string]>;
  strReprMixed: Array<[number[], string]>;
  bytesRepr: Array<[number[], string]>;
  complexRepr: Array<[string, string, string]>;
  intRepr: Array<[string, string]>;
  intReprLimit: Array<[string, string]>;
}
const expected = JSON.parse(
  readFileSync(new URL('../../../tests/parser/literals-expected.json', import.meta.url), 'utf8')) as Expected;

const fromBits = (hex: string): number => Buffer.from(hex, 'hex').readDoubleBE(0);
const pyHexToBigInt = (h: string): bigint => (h.startsWith('-') ? -BigInt(h.slice(1)) : BigInt(h));

function checkAll<T>(cases: readonly T[], check: (c: T) => string | null): void {
  const bad: string[] = [];
  for (const c of cases) {
    let msg: string | null;
    try {
      msg = check(c);
    } catch (e) {
      msg = `threw ${(e as Error).message}`;
    }
    if (msg !== null) bad.push(msg);
  }
  assert.equal(bad.length, 0, `${bad.length}/${cases.length} mismatches:\n${bad.slice(0, 15).join('\n')}`);
}

test('repr(float): shortest round-trip digits in Python format', () => {
  assert.ok(expected.floatRepr.length > 3000);
  checkAll(expected.floatRepr, ([bits, want]) => {
    const got = reprFloat(fromBits(bits));
    return got === want ? null : `${bits}: ${got} != ${want}`;
  });
});

test('repr(complex)', () => {
  checkAll(expected.complexRepr, ([re, im, want]) => {
    const got = reprComplex(new PyComplex(fromBits(re), fromBits(im)));
    return got === want ? null : `${re},${im}: ${got} != ${want}`;
  });
});

test('repr(int) and its 4300-digit limit', () => {
  checkAll(expected.intRepr, ([hex, want]) => {
    const got = reprInt(pyHexToBigInt(hex));
    return got === want ? null : `${hex}: ${got} != ${want}`;
  });
  // Same order as intReprLimit in literals-oracle.mjs.
  const big = [10n ** 4300n - 1n, -(10n ** 4300n - 1n), 10n ** 4299n, 10n ** 4300n, -(10n ** 4300n), 2n ** 14300n,
    2n ** 14284n, 2n ** 14285n];
  checkAll(expected.intReprLimit, ([k, want]) => {
    let got: string;
    try {
      got = `ok ${reprInt(big[Number(k)]!).length}`;
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      got = `${e.pyType}: ${e.message}`;
    }
    return got === want ? null : `#${k}: ${got} != ${want}`;
  });
});

test('repr(str) of every general-category run start and random code points', () => {
  assert.ok(expected.strRepr.length > 4000);
  checkAll(expected.strRepr, ([cp, want]) => {
    const got = reprStr(String.fromCodePoint(cp));
    return got === want ? null : `U+${cp.toString(16)}: ${got} != ${want}`;
  });
});

test('repr(str): quotes, escapes, split surrogate pairs', () => {
  checkAll(expected.strReprMixed, ([cps, want]) => {
    const s = concatPyStr(cps.map((cp) => String.fromCodePoint(cp)));
    const got = reprStr(s);
    if (pyStrLength(s) !== cps.length) return `${want}: length ${pyStrLength(s)} != ${cps.length}`;
    return got === want ? null : `${JSON.stringify(cps)}: ${got} != ${want}`;
  });
  const split = concatPyStr(['a\ud83d', '\ude00b']);
  assert.ok(split instanceof SplitSurrogateStr);
  assert.deepEqual(split.codePoints(), [0x61, 0xd83d, 0xde00, 0x62]);
  assert.equal(reprStr(split), "'a\\ud83d\\ude00b'");
  assert.equal(reprStr(concatPyStr([split, '\ud83d', '\ude00'])), "'a\\ud83d\\ude00b\\ud83d\\ude00'");
  assert.equal(reprStr(concatPyStr(['\ud83d\ude00'])), "'\u{1f600}'");
});

test('repr(bytes)', () => {
  checkAll(expected.bytesRepr, ([bytes, want]) => {
    const got = reprBytes(new Uint8Array(bytes));
    return got === want ? null : `${JSON.stringify(bytes)}: ${got} != ${want}`;
  });
});

test('reprConstant of the singletons', () => {
  assert.equal(reprConstant(null), 'None');
  assert.equal(reprConstant(true), 'True');
  assert.equal(reprConstant(false), 'False');
  assert.equal(reprConstant(Ellipsis), 'Ellipsis');
  assert.equal(reprConstant(0n), '0');
  assert.equal(reprConstant(-0), '-0.0');
  assert.equal(reprConstant(new PyComplex(0, 1)), '1j');
  assert.equal(reprConstant(new Uint8Array([0x27])), 'b"\'"');
});
