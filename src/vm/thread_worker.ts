// Entry point of a Python-thread worker when ftpy runs unbundled (dist/src/cli/main.js, tests that
// import the ES modules): loads the modules, then serves start records (thread_run.ts). The bundled
// command starts workers on boot/loader.ts instead, which runs the same code from the bundle.

import { writeSync } from 'node:fs';

// A module that fails to load would only reach the parent's 'error' event, which a thread blocked
// in Python code never sees: report it directly.
function fatal(e: unknown): never {
  writeSync(2, `Fatal error in ftpy thread: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.kill(process.pid, 'SIGTERM');
  process.exit(70);
}
process.on('uncaughtException', fatal);

const { workerMain } = await import('./thread_run.js').catch(fatal);
workerMain();
