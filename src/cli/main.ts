// The unbundled entry point of the `ftpy` command (`node dist/src/cli/main.js ...`): the ES modules as
// tsc emits them. bin/ftpy runs the bundle instead (boot/loader.ts), which starts much faster.

import { main } from './cli.js';

process.exitCode = main();
