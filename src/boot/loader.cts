// Loads and runs the bundle (dist/ftpy.bundle.cjs) with a V8 code cache: bin/ftpy calls run(false)
// on the main thread, and Python-thread workers start on boot/worker.cts, which calls run(true).
// CommonJS, as bin/ftpy is (bin/package.json): Node's ES module loader costs tens of milliseconds
// more (asynchronous file reads, facades of node:fs). Compiling ~1.3 MB of JS from a code cache takes
// a fraction of the time of loading ~200 ES modules (docs/ARCHITECTURE.md, Startup).
// The cache lives next to the bundle, named by the bundle's content hash (its first line) and by what
// V8 checks (Node version, V8 flags); it is written when missing or rejected, after the program ran,
// so it holds the functions a run compiled, via a temporary file and a rename (processes may race).
// When the bundle is missing or older than the tsc output (a tsc-only build), the ES modules run.

import { readFileSync, writeFileSync, renameSync, statSync, unlinkSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const DIST = join(__dirname, '..', '..');
const BUNDLE = join(DIST, 'ftpy.bundle.cjs');

/** What the bundle's wrapper function receives (tools/bundle.mjs, boot/bundle_entry.ts). */
interface Boot {
  worker: boolean;
  workerEntry: string;
  metaUrl: string;
  /** The bundle's content hash: names the build whose compiled modules vm/compile_cache.ts may reuse. */
  build: string;
}

function mtime(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/** FNV-1a, 32 bits, as hex: names the cache by what V8 checks besides the source. */
function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function runBundle(worker: boolean): boolean {
  const bundleTime = mtime(BUNDLE);
  if (bundleTime < 0 || bundleTime < mtime(join(DIST, 'src', 'vm', 'types.js'))) return false;
  const source = readFileSync(BUNDLE, 'latin1'); // the bundle is ASCII (esbuild's charset option)
  const m = /^\/\/ ftpy-bundle ([0-9a-f]+)\n/.exec(source);
  if (m === null) return false;
  const hash = m[1]!;
  // Thread workers run with V8's default flags (modules/_thread.ts, defaultStackFlag), so their code
  // cache is not the main thread's.
  const flags = worker ? 'thread-worker' : process.execArgv.join(' ');
  const key = `${hash}-${fnv(`${process.version} ${process.arch} ${flags}`)}`;
  const cacheFile = join(DIST, `ftpy.bundle.${key}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(source, { filename: BUNDLE, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // A worker is never sure to see 'exit' (the process ends it); it writes once it is idle.
    if (worker) setImmediate(() => writeCache(script, cacheFile, hash, false));
    else process.once('exit', () => writeCache(script, cacheFile, hash, true));
  }
  const wrapper = script.runInThisContext() as (req: NodeJS.Require, boot: Boot) => void;
  wrapper(require, {
    worker,
    workerEntry: pathToFileURL(join(__dirname, 'worker.cjs')).href,
    // Every dist/src/<dir>/<file>.js is at the same depth, so one import.meta.url serves all modules.
    metaUrl: pathToFileURL(join(DIST, 'src', 'cli', 'main.js')).href,
    build: hash,
  });
  return true;
}

function writeCache(script: Script, cacheFile: string, hash: string, mainThread: boolean): void {
  try {
    // The cache records V8's flag hash; starting a thread worker put --stack-size back to its default
    // (modules/_thread.ts, defaultStackFlag), so the main thread restores the command line's value
    // first, or its next start would reject the cache.
    const stackFlag = process.execArgv.filter((a) => a.startsWith('--stack-size')).pop();
    // node:v8 costs 2.4 ms to load: only here, at exit.
    if (mainThread && stackFlag !== undefined) (require('node:v8') as typeof import('node:v8')).setFlagsFromString(stackFlag);
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
    // Caches of older bundles are dead weight (those for other flags may still serve other commands).
    for (const f of readdirSync(DIST)) {
      if (/^ftpy\.bundle\..*\.cache$/.test(f) && !f.startsWith(`ftpy.bundle.${hash}-`)) unlinkSync(join(DIST, f));
    }
  } catch {
    // A read-only install, or another process replaced it: the next run compiles without a cache.
  }
}

/** Runs ftpy: the command line (worker false) or a pool worker for Python threads (worker true). */
export function run(worker: boolean): void {
  if (runBundle(worker)) return;
  if (worker) throw new Error('ftpy: no up-to-date bundle for a thread worker (run npm run build)');
  void import('../cli/main.js');
}
