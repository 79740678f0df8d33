// Build step after tsc: bundles the interpreter (dist/src/boot/bundle_entry.js and everything it
// imports) into one script, dist/ftpy.bundle.cjs, which boot/loader.ts runs with a V8 code cache.
// The script is `// ftpy-bundle <content hash>` and one function expression taking (require,
// __ftpyBoot); import.meta.url becomes __ftpyBoot.metaUrl (all dist/src/<dir>/*.js are at one depth).
// Then it runs a small program through bin/ftpy so that the code cache exists and holds the
// functions a typical run compiles.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'ftpy.bundle.cjs');
const r = await build({
  entryPoints: [join(root, 'dist', 'src', 'boot', 'bundle_entry.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  charset: 'ascii',
  define: { 'import.meta.url': '__ftpyBoot.metaUrl' },
  logLevel: 'warning',
});
const body = r.outputFiles[0].text;
const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, `// ftpy-bundle ${hash}\n(function (require, __ftpyBoot) {\n${body}\n})\n`);
renameSync(tmp, out);
console.log(`bundle: ${out} (${(readFileSync(out).length / 1024).toFixed(0)} KiB, ${hash})`);

// Prime the code cache with a run that compiles, executes and prints (the functions most programs use).
const prime = spawnSync(process.execPath, ['--stack-size=7800', join(root, 'bin', 'ftpy'), '-c',
  'import sys\nclass A:\n    def f(self, x): return [x * 2 for x in range(3)]\nd = {"a": A().f(1)}\nprint(d, file=sys.stderr) if 0 else None\n'],
{ encoding: 'utf8' });
if (prime.status !== 0) {
  console.error(`bundle: priming run failed (${prime.status}): ${prime.stderr}`);
  process.exit(1);
}
