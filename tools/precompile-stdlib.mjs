// Build step after the bundle: fills the compile cache (src/vm/compile_cache.ts) for the standard
// library in build/stdlib, as CPython's installers byte-compile Lib/ (compileall), so that a first
// import of re, json or threading does not parse and compile them, even when the environment says
// PYTHONDONTWRITEBYTECODE. Files whose cache is already valid for this bundle are skipped; a file
// the compiler rejects is left to fail at import, as it would without a cache.
// Usage: node tools/precompile-stdlib.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'src');
const { cachedUnit, setCompilerBuild } = await import(join(dist, 'vm', 'compile_cache.js'));
const { parse } = await import(join(dist, 'parser', 'index.js'));
const { compileModule } = await import(join(dist, 'compiler', 'codegen.js'));

const bundle = readFileSync(join(root, 'dist', 'ftpy.bundle.cjs'), 'latin1').slice(0, 200);
const m = /^\/\/ ftpy-bundle ([0-9a-f]+)\n/.exec(bundle);
if (m === null) throw new Error('precompile: no bundle (run tools/bundle.mjs first)');
setCompilerBuild(m[1]);

const stdlib = join(root, 'build', 'stdlib');
if (!existsSync(stdlib)) {
  console.log('precompile: no build/stdlib (node tools/stdlib.mjs makes it); nothing to do');
  process.exit(0);
}
const files = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== '__pycache__') walk(join(dir, e.name));
    } else if (e.name.endsWith('.py')) files.push(join(dir, e.name));
  }
})(stdlib);

const t0 = performance.now();
let compiled = 0;
let failed = 0;
for (const file of files) {
  try {
    // The same compilation as an import's (vm/exec.ts compileToUnit), with compile-time warnings
    // dropped: a module read from the cache does not repeat them either, as with CPython's .pyc.
    cachedUnit(file, { dontWrite: false, prefix: null }, (source) => {
      compiled++;
      return compileModule(parse(source, { filename: file, mode: 'exec', warn: () => true }), file, '', () => true);
    });
  } catch {
    failed++;
  }
}
console.log(`precompile: ${files.length} stdlib files, ${compiled} compiled, ${failed} rejected by the compiler, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
