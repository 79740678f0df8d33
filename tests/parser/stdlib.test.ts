// Every stdlib file in build/stdlib, parsed from bytes, must dump exactly like CPython's
// ast.dump(ast.parse(bytes), include_attributes=True). Expected dumps come from the Pyodide
// oracle (one batch, cached in build/oracle/). FTPY_STDLIB_FILTER=substr limits the files.
import { test } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, firstDiff, fmtError, fmtThrown, loadOracle, loadParser, readBytes, stdlibFiles, tryParse,
} from './harness.js';

const SHOW = 15;

test('stdlib: ftpy dump(parse(bytes)) equals CPython ast.dump for every file', async (t) => {
  const filter = process.env.FTPY_STDLIB_FILTER;
  const files = stdlibFiles().filter((f) => !filter || f.name.includes(filter));
  if (!filter && files.length !== 559) throw new Error(`expected 559 stdlib files, found ${files.length} (run npm install)`);
  const sources = files.map((f) => readBytes(f.path));

  const oracle = await loadOracle();
  const expected = await oracle.oracleParse(sources.map((source, i) => ({ source, filename: files[i]!.name })));

  const api = await loadParser();
  const failures: string[] = [];
  let bytes = 0;
  const started = performance.now();
  files.forEach((f, i) => {
    const exp = expected[i]!;
    const source = sources[i]!;
    bytes += source.length;
    const got = tryParse(api, source, { filename: f.name });
    if (exp.dump === undefined) {
      // Not expected: CPython parses all of its stdlib. Report rather than guess.
      failures.push(`${f.name}: oracle gave no dump: ${JSON.stringify(exp.error ?? exp.dumpError)}`);
      return;
    }
    if (got.kind === 'error') { failures.push(`${f.name}: unexpected ${fmtError(got.error)}`); return; }
    if (got.kind === 'crash') { failures.push(`${f.name}: threw ${fmtThrown(got.error)}`); return; }
    let actual: string;
    try {
      actual = api.dump(got.node, { includeAttributes: true });
    } catch (e) {
      failures.push(`${f.name}: dump threw ${fmtThrown(e)}`);
      return;
    }
    if (actual !== exp.dump) failures.push(`${f.name}: ${firstDiff(exp.dump, actual)}`);
  });
  const seconds = (performance.now() - started) / 1000;
  const passed = files.length - failures.length;
  t.diagnostic(`${passed}/${files.length} files identical; parse+dump ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);

  if (failures.length) {
    const dir = join(ROOT, 'build', 'test-reports');
    mkdirSync(dir, { recursive: true });
    const report = join(dir, 'stdlib-failures.txt');
    writeFileSync(report, failures.join('\n\n') + '\n');
    const shown = failures.slice(0, SHOW).join('\n');
    throw new Error(`${failures.length}/${files.length} stdlib files differ from CPython (all in ${report}); first ${Math.min(SHOW, failures.length)}:\n${shown}`);
  }
});
