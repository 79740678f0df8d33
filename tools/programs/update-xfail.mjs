// Rewrites tests/programs/expected-failures.txt from a full corpus run (build/corpus-results.json,
// made by tools/programs/run-corpus.mjs): programs that now pass leave the list; failing programs
// keep a hand-written reason, otherwise get a derived one (the missing module, or the first line
// of stdout / stderr / the exit status that differs from CPython's).
// Usage: node tools/programs/update-xfail.mjs [--check]
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const listPath = join(root, 'tests', 'programs', 'expected-failures.txt');
const results = JSON.parse(readFileSync(join(root, 'build', 'corpus-results.json'), 'utf8'));
// Only a run over the whole corpus can say which listed programs pass now.
const corpus = join(root, 'tests', 'programs');
let total = 0;
for (const area of readdirSync(corpus, { withFileTypes: true })) {
  if (!area.isDirectory()) continue;
  for (const e of readdirSync(join(corpus, area.name), { withFileTypes: true })) {
    if ((e.isFile() && e.name.endsWith('.py')) || (e.isDirectory() && existsSync(join(corpus, area.name, e.name, 'main.py')))) total++;
  }
}
if (results.length !== total) {
  console.error(`build/corpus-results.json has ${results.length} of ${total} programs: run tools/programs/run-corpus.mjs without a filter first`);
  process.exit(2);
}
const lines = readFileSync(listPath, 'utf8').split('\n');
const header = lines.filter((l) => l.startsWith('#'));
const old = new Map(lines.filter((l) => l && !l.startsWith('#')).map((l) => {
  const i = l.indexOf(' ');
  return [l.slice(0, i), l.slice(i + 1)];
}));
const derived = /^(stdout line|stderr line|exit status|needs the |raises )/;

const clip = (s) => JSON.stringify(s.length > 50 ? s.slice(0, 50) : s);
function reason(r) {
  const missing = /ModuleNotFoundError: No module named '([^']+)'/.exec(r.err);
  if (missing) return `needs the ${missing[1]} module`;
  if (r.err.includes('no os specific module found')) return 'needs the posix module (os imports it)';
  if (r.ee === '' && r.err !== '') {
    // An unexpected exception: its last line says what is missing or wrong.
    const last = r.err.trimEnd().split('\n').pop();
    return `raises ${last.length > 90 ? `${last.slice(0, 90)}...` : last}`;
  }
  for (const [what, got, want] of [['stdout', r.out, r.eo], ['stderr', r.err, r.ee]]) {
    if (got === want) continue;
    const g = got.split('\n');
    const w = want.split('\n');
    let i = 0;
    while (i < Math.max(g.length, w.length) && g[i] === w[i]) i++;
    return `${what} line ${i + 1}: expected ${clip(w[i] ?? '')} got ${clip(g[i] ?? '')}`;
  }
  return `exit status ${r.code}, expected ${r.ex}`;
}

const out = [];
for (const r of results) {
  if (r.ok) continue;
  const kept = old.get(r.id);
  out.push(`${r.id} ${kept !== undefined && !derived.test(kept) ? kept : reason(r)}`);
}
const text = `${header.join('\n')}\n${out.join('\n')}\n`;
const gone = [...old.keys()].filter((id) => !out.some((l) => l.startsWith(`${id} `)));
if (process.argv.includes('--check')) {
  console.log(`${out.length} failing, ${gone.length} listed programs now pass`);
} else {
  writeFileSync(listPath, text);
  console.log(`${out.length} expected failures written; ${gone.length} removed`);
}
