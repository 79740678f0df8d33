// Development runner for the program corpus: runs tests/programs whose id contains [filter] under the
// unbundled ftpy (node --stack-size=7800 dist/src/cli/main.js, so a tsc-only build is enough), two
// at a time, prints pass counts per area and writes the details (id, ok, out, err, code, and the
// expected eo, ee, ex) to build/corpus-results.json for tools/programs/update-xfail.mjs.
// Usage: node tools/programs/run-corpus.mjs [filter]   (npm test runs the corpus through bin/ftpy)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, existsSync, mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
const ROOT = process.env.FTPY_ROOT ?? join(dirname(new URL(import.meta.url).pathname), '..', '..');
const CORPUS = join(ROOT, 'tests/programs');
const filter = process.argv[2] ?? '';
const progs = [];
for (const area of readdirSync(CORPUS, { withFileTypes: true })) {
  if (!area.isDirectory()) continue;
  const ad = join(CORPUS, area.name);
  for (const e of readdirSync(ad, { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.py')) progs.push({ id: `${area.name}/${e.name}`, dir: ad, files: [e.name], main: e.name, base: join(ad, e.name.slice(0, -3)) });
    else if (e.isDirectory() && existsSync(join(ad, e.name, 'main.py'))) progs.push({ id: `${area.name}/${e.name}`, dir: join(ad, e.name), files: null, main: 'main.py', base: join(ad, e.name) });
  }
}
const sel = progs.filter((p) => p.id.includes(filter)).sort((a, b) => a.id < b.id ? -1 : 1);
const rd = (f) => existsSync(f) ? readFileSync(f, 'utf8') : '';
function run(p) {
  return new Promise((res) => {
    const tmp = mkdtempSync(join(tmpdir(), 'ftpyc-'));
    if (p.files) for (const f of p.files) cpSync(join(p.dir, f), join(tmp, f)); else cpSync(p.dir, tmp, { recursive: true });
    const args = existsSync(p.base + '.args') ? rd(p.base + '.args').split('\n').filter((x, i, a) => !(i === a.length - 1 && x === '')) : [];
    const child = spawn(process.execPath, ['--stack-size=7800', join(ROOT, 'dist/src/cli/main.js'), p.main, ...args], { cwd: tmp });
    let out = '', err = '';
    child.stdout.on('data', (d) => out += d); child.stderr.on('data', (d) => err += d);
    if (existsSync(p.base + '.stdin')) child.stdin.end(readFileSync(p.base + '.stdin')); else child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      rmSync(tmp, { recursive: true, force: true });
      const strip = (s) => s.split(tmp + '/').join('');
      out = strip(out); err = strip(err);
      const eo = rd(p.base + '.stdout'), ee = rd(p.base + '.stderr'), ex = existsSync(p.base + '.exit') ? Number(rd(p.base + '.exit').trim()) : 0;
      const ok = out === eo && err === ee && code === ex;
      res({ id: p.id, ok, out, err, code: code ?? sig, eo, ee, ex });
    });
  });
}
const results = [];
let i = 0;
async function worker() { while (i < sel.length) { const p = sel[i++]; results.push(await run(p)); } }
await Promise.all([worker(), worker()]);
results.sort((a, b) => a.id < b.id ? -1 : 1);
const pass = results.filter((r) => r.ok).length;
writeFileSync(process.env.FTPY_RESULTS ?? join(ROOT, 'build/corpus-results.json'), JSON.stringify(results, null, 1));
const byArea = {};
for (const r of results) { const a = r.id.split('/')[0]; byArea[a] ??= [0, 0]; byArea[a][1]++; if (r.ok) byArea[a][0]++; }
console.log(Object.entries(byArea).map(([a, [p, t]]) => `${a} ${p}/${t}`).join('  '));
console.log(`PASS ${pass}/${results.length}`);
