// The entry point of the bundle (dist/ftpy.bundle.cjs, made by tools/bundle.mjs from the tsc output):
// one script holding the whole interpreter, which boot/loader.cts compiles with a V8 code cache. On
// the main thread it runs the command line; on a worker it serves Python threads (vm/thread_run.ts).

import '../vm/types.js'; // first: fixes builtin type / native registration order (same in every worker)
import { main } from '../cli/cli.js';
import { workerMain } from '../vm/thread_run.js';
import { setThreadWorkerEntry } from '../modules/_thread.js';
import { setCompilerBuild } from '../vm/compile_cache.js';

/** Passed by the loader to the bundle's wrapper function (boot/loader.cts). */
declare const __ftpyBoot: { worker: boolean; workerEntry: string; build: string };

// Threads start on the loader too, so they get the bundle and its code cache.
setThreadWorkerEntry(new URL(__ftpyBoot.workerEntry));
// Compiled modules on disk are valid for this bundle only (vm/compile_cache.ts).
setCompilerBuild(__ftpyBoot.build);
if (__ftpyBoot.worker) workerMain();
else process.exitCode = main();
