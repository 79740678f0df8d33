// The committed Unicode tables must be what tools/gen-unicode.mjs makes from Pyodide today
// (skipped when Pyodide is not installed), and the lookups built on them must agree with the
// tables over all code points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generalCategory, isIdentifier, isPrintable, isXidContinue, isXidStart } from '../../src/unicode/properties.js';
import { CodePointSet } from '../../src/unicode/ranges.js';
import { PRINTABLE, UNIDATA_VERSION } from '../../src/unicode/tables.js';
import { charName, codePointOfName } from '../../src/unicode/names.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test('src/unicode/tables.ts and name-aliases.ts are current (gen-unicode --check)', (t) => {
  const r = spawnSync(process.execPath, ['tools/gen-unicode.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  if (r.status === 2) {
    t.skip('pyodide is not installed');
    return;
  }
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
});

test('property lookups', () => {
  assert.equal(UNIDATA_VERSION, '16.0.0');
  // Printability is exactly "not Z* or C*, except ASCII space" (str.isprintable in 3.14).
  let mismatches = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const cat = generalCategory(cp);
    const printable = cp === 0x20 || !(cat[0] === 'Z' || cat[0] === 'C');
    if (printable !== isPrintable(cp)) mismatches++;
  }
  assert.equal(mismatches, 0);
  assert.equal(new CodePointSet(PRINTABLE).has(0x378), false);
  assert.equal(generalCategory(0x41), 'Lu');
  assert.equal(generalCategory(0x10ffff), 'Cn');
  assert.equal(generalCategory(0xd800), 'Cs');
  // Unicode 17 additions (Node 20.20's ICU has them) are not identifier characters for Python 3.14.
  assert.equal(isXidStart(0x10940), false);
  assert.equal(isXidContinue(0x1acf), false);
  assert.equal(isIdentifier('_x1'), true);
  assert.equal(isIdentifier('1x'), false);
  assert.equal(isIdentifier('℘'), true); // Other_ID_Start
  assert.equal(isIdentifier('a·'), true);
  assert.equal(isIdentifier(''), false);
});

test('the install-time name table is present', () => {
  assert.equal(charName(0x41), 'LATIN CAPITAL LETTER A');
  assert.equal(charName(0xac00), 'HANGUL SYLLABLE GA');
  assert.equal(charName(0x20000), 'CJK UNIFIED IDEOGRAPH-20000');
  assert.equal(charName(0x378), undefined);
});

test('every character name leads back to its character', () => {
  let named = 0;
  const bad: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const name = charName(cp);
    if (name === undefined) continue;
    named++;
    if (codePointOfName(name) !== cp || codePointOfName(name.toLowerCase()) !== (/^(HANGUL SYLLABLE |CJK UNIFIED IDEOGRAPH-)/.test(name) ? undefined : cp)) {
      bad.push(`U+${cp.toString(16)} ${name}`);
    }
  }
  assert.equal(named, 148853); // unicodedata.name() succeeds for this many code points in 3.14.2
  assert.deepEqual(bad.slice(0, 10), []);
});
