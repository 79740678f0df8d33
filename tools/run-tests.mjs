// `npm test` runner: runs node:test over dist/tests/**/*.test.js (tsc output of tests/**/*.ts),
// two files at a time (CI has 2 cores), prints the spec report and then a per-file summary;
// exits 1 on any failure. Usage: node tools/run-tests.mjs [substring ...] (filters test files).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distTests = join(root, 'dist', 'tests');
/** Liveness limit per test file, far above the expected run time (not a timing assertion). */
const FILE_TIMEOUT_MS = 15 * 60 * 1000;

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? findTests(p) : e.name.endsWith('.test.js') ? [p] : [];
  });
}

// tsc never deletes outputs: skip compiled tests whose .ts source is gone.
const filters = process.argv.slice(2);
const files = findTests(distTests)
  .filter((f) => existsSync(join(root, 'tests', relative(distTests, f)).replace(/\.js$/, '.ts')))
  .filter((f) => filters.length === 0 || filters.some((s) => relative(root, f).includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`no test files found under ${relative(root, distTests)} (run npm run build)`);
  process.exit(1);
}

const concurrency = Math.max(1, Math.min(2, availableParallelism()));
const perFile = new Map(files.map((f) => [f, { pass: 0, fail: 0, skip: 0, ms: 0 }]));
const started = performance.now();
const stream = run({ files, concurrency, timeout: FILE_TIMEOUT_MS });

stream.on('test:pass', (d) => count(d, d.skip || d.todo ? 'skip' : 'pass'));
stream.on('test:fail', (d) => count(d, 'fail'));
function count(d, what) {
  const s = perFile.get(d.file);
  // Only top-level tests are counted; a file that fails to load reports itself at nesting 0.
  if (!s || d.nesting !== 0) return;
  s[what]++;
  s.ms += d.details?.duration_ms ?? 0;
}

stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve).on('close', resolve));
// The spec reporter writes asynchronously; let it flush before the summary.
await new Promise((resolve) => setImmediate(resolve));

const total = { pass: 0, fail: 0, skip: 0 };
const lines = [...perFile].map(([f, s]) => {
  total.pass += s.pass; total.fail += s.fail; total.skip += s.skip;
  const mark = s.fail ? 'FAIL' : s.pass + s.skip ? 'ok  ' : '??  ';
  return `  ${mark} ${relative(root, f).padEnd(44)} ${String(s.pass).padStart(4)} pass ${String(s.fail).padStart(4)} fail ${String(s.skip).padStart(3)} skip ${(s.ms / 1000).toFixed(1).padStart(7)} s`;
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n== test summary (${files.length} files, concurrency ${concurrency}, ${seconds} s wall) ==`);
console.log(lines.join('\n'));
console.log(`  total: ${total.pass} passed, ${total.fail} failed, ${total.skip} skipped`);
const failed = total.fail > 0 || [...perFile.values()].some((s) => s.pass + s.fail + s.skip === 0);
process.exitCode = failed ? 1 : 0;
