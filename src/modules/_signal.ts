// The _signal module: the handler table (signal, getsignal), raise_signal, strsignal, valid_signals,
// set_wakeup_fd, siginterrupt and Linux's signal numbers. CPython: Modules/signalmodule.c.
// The table lives in the interpreter state on the shared heap, so every thread sees one table;
// only the main thread may change it, as in CPython.
// DELIBERATE GAP: signals sent by other processes (and Ctrl-C) are not delivered to Python handlers:
// Ctrl-C stops the program as src/vm/interrupt.ts describes. raise_signal runs the handler at once
// (CPython runs it at the next check, which for raise_signal is before it returns). alarm, pause,
// setitimer and getitimer need asynchronous delivery and raise NotImplementedError.

import { Ref, type Value } from '../objects/value.js';
import { raise, call } from '../objects/protocol.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { newList, listGet, listSetIndex } from '../objects/list.js';
import { newSetFrom, T_SET } from '../objects/set.js';
import { asSsizeStrict } from '../objects/coll_ops.js';
import { isCallableValue as isCallable } from '../vm/callable.js';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { interpreterState } from '../vm/runtime.js';
import { osError } from './posix_util.js';
import { defineModule, newExceptionType } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

/** Linux x86-64 signal numbers, with strsignal()'s glibc descriptions. */
const SIGNALS: ReadonlyArray<[string, number, string]> = [
  ['SIGHUP', 1, 'Hangup'], ['SIGINT', 2, 'Interrupt'], ['SIGQUIT', 3, 'Quit'],
  ['SIGILL', 4, 'Illegal instruction'], ['SIGTRAP', 5, 'Trace/breakpoint trap'], ['SIGABRT', 6, 'Aborted'],
  ['SIGIOT', 6, 'Aborted'], ['SIGBUS', 7, 'Bus error'], ['SIGFPE', 8, 'Floating point exception'],
  ['SIGKILL', 9, 'Killed'], ['SIGUSR1', 10, 'User defined signal 1'], ['SIGSEGV', 11, 'Segmentation fault'],
  ['SIGUSR2', 12, 'User defined signal 2'], ['SIGPIPE', 13, 'Broken pipe'], ['SIGALRM', 14, 'Alarm clock'],
  ['SIGTERM', 15, 'Terminated'], ['SIGSTKFLT', 16, 'Stack fault'], ['SIGCHLD', 17, 'Child exited'],
  ['SIGCONT', 18, 'Continued'], ['SIGSTOP', 19, 'Stopped (signal)'], ['SIGTSTP', 20, 'Stopped'],
  ['SIGTTIN', 21, 'Stopped (tty input)'], ['SIGTTOU', 22, 'Stopped (tty output)'],
  ['SIGURG', 23, 'Urgent I/O condition'], ['SIGXCPU', 24, 'CPU time limit exceeded'],
  ['SIGXFSZ', 25, 'File size limit exceeded'], ['SIGVTALRM', 26, 'Virtual timer expired'],
  ['SIGPROF', 27, 'Profiling timer expired'], ['SIGWINCH', 28, 'Window changed'],
  ['SIGIO', 29, 'I/O possible'], ['SIGPOLL', 29, 'I/O possible'], ['SIGPWR', 30, 'Power failure'],
  ['SIGSYS', 31, 'Bad system call'],
];
const NSIG = 65;
const SIGRTMIN = 34;
const SIGRTMAX = 64;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
const EINVAL = 22;

const NAME_OF = new Map<number, string>();
const DESCRIPTION = new Map<number, string>();
for (const [name, n, text] of SIGNALS) {
  if (!NAME_OF.has(n)) NAME_OF.set(n, name);
  DESCRIPTION.set(n, text);
}

// ---- the handler table ------------------------------------------------------------------------

const STATE_KEY = '_signal.handlers';
let defaultIntHandler: Value = null;

/** The interpreter's handler list (index = signal number), made by the module's first import. */
function handlers(): Ref {
  return dictGet(interpreterState(), STATE_KEY) as Ref;
}

function isMainThread(): boolean {
  return nodeBuiltin('node:worker_threads').isMainThread;
}

function checkMainThread(what: string): void {
  if (!isMainThread()) raise('ValueError', `${what} only works in main thread of the main interpreter`);
}

function signum(v: Value): number {
  const n = asSsizeStrict(v);
  if (n < 1 || n >= NSIG) raise('ValueError', 'signal number out of range');
  return n;
}

function isDflOrIgn(h: Value): boolean {
  return typeof h === 'number' && (h === SIG_DFL || h === SIG_IGN);
}

/** signal.signal: installs `handler`, returns the previous one (signal_signal_impl). */
function setHandler(sigV: Value, handler: Value): Value {
  checkMainThread('signal');
  const n = signum(sigV);
  if (!isDflOrIgn(handler) && !isCallable(handler)) {
    raise('TypeError', 'signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  }
  if (n === 9 || n === 19) throw osError(EINVAL);
  const table = handlers();
  const old = listGet(table.a, n) ?? null;
  listSetIndex(table.a, n, handler);
  return old;
}

/** raise_signal: the handler runs now; SIG_DFL takes the signal's default action for real. */
function raiseSignal(sigV: Value): Value {
  const n = signum(sigV);
  const h = listGet(handlers().a, n) ?? null;
  if (h === SIG_IGN) return null;
  if (h === SIG_DFL || h === null) {
    process.kill(process.pid, n);
    return null;
  }
  call(h, [n, null]);
  return null;
}

let wakeupFd = -1;

export const signalModule = defineModule({
  name: '_signal',
  doc: 'This module provides mechanisms to use signal handlers in Python.',
  functions: {
    signal: { sig: 'signal($module, signalnum, handler, /)', fn: fn(setHandler) },
    getsignal: {
      sig: 'getsignal($module, signalnum, /)',
      fn: fn((s: Value) => listGet(handlers().a, signum(s)) ?? null),
    },
    raise_signal: { sig: 'raise_signal($module, signalnum, /)', fn: fn(raiseSignal) },
    strsignal: {
      sig: 'strsignal($module, signalnum, /)',
      fn: fn((s: Value) => {
        const n = signum(s);
        if (n >= SIGRTMIN && n <= SIGRTMAX) return `Real-time signal ${n - SIGRTMIN}`;
        return DESCRIPTION.get(n) ?? null;
      }),
    },
    valid_signals: {
      sig: 'valid_signals($module, /)',
      fn: fn(() => {
        const out: Value[] = [];
        // glibc keeps 32 and 33 for its threads library.
        for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) out.push(i);
        return newSetFrom(T_SET, newList(out));
      }),
    },
    default_int_handler: {
      sig: 'default_int_handler($module, signalnum, frame, /)',
      fn: fn(() => raise('KeyboardInterrupt', '')),
    },
    set_wakeup_fd: {
      sig: 'set_wakeup_fd($module, fd, /, *, warn_on_full_buffer=True)',
      fn: fn((fd: Value) => {
        checkMainThread('set_wakeup_fd');
        const n = asSsizeStrict(fd);
        if (n < -1) raise('ValueError', `invalid fd: ${n}`);
        const old = wakeupFd;
        wakeupFd = n;
        return old;
      }),
    },
    siginterrupt: {
      sig: 'siginterrupt($module, signalnum, flag, /)',
      fn: fn((s: Value) => (signum(s), null)),
    },
    alarm: { sig: 'alarm($module, seconds, /)', fn: fn(() => notAsync('signal.alarm()')) },
    pause: { sig: 'pause($module, /)', fn: fn(() => notAsync('signal.pause()')) },
    setitimer: { sig: 'setitimer($module, which, seconds, interval=0.0, /)', fn: fn(() => notAsync('signal.setitimer()')) },
    getitimer: { sig: 'getitimer($module, which, /)', fn: fn(() => notAsync('signal.getitimer()')) },
  },
  init(dict) {
    for (const [name, n] of SIGNALS) dictSet(dict, name, n);
    dictSet(dict, 'NSIG', NSIG);
    dictSet(dict, 'SIGRTMIN', SIGRTMIN);
    dictSet(dict, 'SIGRTMAX', SIGRTMAX);
    dictSet(dict, 'SIG_DFL', SIG_DFL);
    dictSet(dict, 'SIG_IGN', SIG_IGN);
    dictSet(dict, 'ITIMER_REAL', 0);
    dictSet(dict, 'ITIMER_VIRTUAL', 1);
    dictSet(dict, 'ITIMER_PROF', 2);
    dictSet(dict, 'ItimerError', newExceptionType('signal', 'itimer_error', ['OSError']));
    defaultIntHandler = dictGet(dict, 'default_int_handler')!;
    const state = interpreterState();
    if (dictGet(state, STATE_KEY) === undefined) {
      // At start-up CPython sets SIGINT to default_int_handler and ignores SIGPIPE and SIGXFSZ.
      const table: Value[] = new Array<Value>(NSIG).fill(SIG_DFL);
      table[0] = null;
      table[SIGINT] = defaultIntHandler;
      table[13] = SIG_IGN;
      table[25] = SIG_IGN;
      dictSet(state, STATE_KEY, newList(table));
    }
  },
});

function notAsync(what: string): never {
  raise('NotImplementedError', `${what}: ftpy does not deliver asynchronous signals yet`);
}
