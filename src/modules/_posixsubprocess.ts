// The _posixsubprocess module: fork_exec, which subprocess.Popen starts a child with.
// CPython: Modules/_posixsubprocess.c.
// NOT YET: Node gives a worker thread no fork/exec and no way to wait on a child's pipes
// synchronously, so starting a child raises NotImplementedError; importing subprocess (as asyncio
// does) works.

import { type Value } from '../objects/value.js';
import { raise } from '../objects/protocol.js';
import { defineModule } from './define.js';

defineModule({
  name: '_posixsubprocess',
  doc: 'A POSIX helper for the subprocess module.',
  functions: {
    fork_exec: {
      sig: 'fork_exec($module, *args)',
      fn: ((): Value => raise('NotImplementedError', 'subprocess: ftpy cannot start child processes yet')) as never,
    },
  },
});
