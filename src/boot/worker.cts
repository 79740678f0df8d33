// The script a Python-thread worker starts on when ftpy runs bundled (modules/_thread.ts spawns it):
// the loader, in worker mode (boot/bundle_entry.ts then serves start records, vm/thread_run.ts).

import { writeSync } from 'node:fs';
import { run } from './loader.cjs';

try {
  run(true);
} catch (e) {
  // The thread that started this one may be blocked waiting for it and never see the worker's
  // 'error' event: end the process, as vm/thread_run.ts's fatal() does once the VM runs.
  writeSync(2, `Fatal error in ftpy thread start-up: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.kill(process.pid, 'SIGTERM');
  process.exit(70);
}
