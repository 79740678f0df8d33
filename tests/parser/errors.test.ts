// Common mistakes (tests/parser/cases/errors.txt) must raise CPython's exception class, msg and
// location; cases CPython's ast.parse accepts (compiler-only errors) must parse to the same AST.
// Expectations: cases/errors.expected.json (node tools/oracle/make-errors.mjs); no Pyodide needed.
// FTPY_CASE=substr limits the cases.
import { test } from 'node:test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, errorDiff, fmtError, fmtThrown, loadCaseReader, loadParser, tryParse, type OracleError,
} from './harness.js';

interface Expected { hash: string; error?: OracleError; dump?: string; warnings?: string[] }

const casesDir = join(ROOT, 'tests', 'parser', 'cases');
const SHOW = 25;
test('errors.txt: invalid programs raise what CPython raises; compiler-only errors parse', async (t) => {
  const reader = await loadCaseReader();
  const filter = process.env.FTPY_CASE;
  const cases = reader.readCaseFile(join(casesDir, 'errors.txt')).filter((c) => !filter || c.name.includes(filter));
  const expected = (JSON.parse(readFileSync(join(casesDir, 'errors.expected.json'), 'utf8')) as
    { cases: Record<string, Expected> }).cases;
  const api = await loadParser();

  const failures: string[] = [];
  let errorCases = 0;
  for (const c of cases) {
    const exp = expected[c.name];
    const where = `${c.name} (errors.txt:${c.line})`;
    if (!exp || exp.hash !== reader.sourceHash(c)) {
      failures.push(`${where}: expectation missing or stale; run node tools/oracle/make-errors.mjs`);
      continue;
    }
    const got = tryParse(api, c.source, { mode: c.mode });
    if (got.kind === 'crash') { failures.push(`${where}: threw ${fmtThrown(got.error)}`); continue; }
    if (exp.error) {
      errorCases++;
      if (got.kind === 'ast') { failures.push(`${where}: parsed, expected ${fmtError(exp.error)}`); continue; }
      const bad = errorDiff(exp.error, got.error);
      if (bad.length) failures.push(`${where}: ${bad.join(',')} differ\n    expected ${fmtError(exp.error)}\n    got      ${fmtError(got.error)}`);
      continue;
    }
    // CPython parses it ('parses' cases: the error comes later, from the compiler).
    if (got.kind === 'error') { failures.push(`${where}: CPython parses it, got ${fmtError(got.error)}`); continue; }
    let dumped: string;
    try {
      dumped = api.dump(got.node, { includeAttributes: true });
    } catch (e) {
      failures.push(`${where}: dump threw ${fmtThrown(e)}`);
      continue;
    }
    if (dumped !== exp.dump) failures.push(`${where}: AST differs\n    expected ${exp.dump}\n    got      ${dumped}`);
  }

  t.diagnostic(`${cases.length - failures.length}/${cases.length} cases match CPython (${errorCases} invalid, ${cases.length - errorCases} parse)`);
  if (failures.length) {
    const report = join(ROOT, 'build', 'test-reports', 'errors-failures.txt');
    mkdirSync(join(report, '..'), { recursive: true });
    writeFileSync(report, failures.join('\n') + '\n');
    throw new Error(`${failures.length}/${cases.length} cases differ from CPython (all in ${report}); first ${Math.min(SHOW, failures.length)}:\n` +
      failures.slice(0, SHOW).join('\n'));
  }
});
