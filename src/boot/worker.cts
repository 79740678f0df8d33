// The script a Python-thread worker starts on when ftpy runs bundled (modules/_thread.ts spawns it):
// the loader, in worker mode (boot/bundle_entry.ts then serves start records, vm/thread_run.ts).

import { run } from './loader.cjs';

run(true);
