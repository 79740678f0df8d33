// Ctrl-C while Python code runs on the main thread. Node runs a SIGINT handler on the main thread's
// event loop, which never turns while Python code runs there (it is the same JS thread). So the
// command line runs the program, and the REPL each statement, under Node's breakOnSigint
// (vm.Script.runInThisContext): on SIGINT its watchdog thread terminates the JS execution, which
// unwinds to the innermost such run. What was running is then reported as CPython reports a
// KeyboardInterrupt nobody caught: the traceback of the frames that were running, then
// "KeyboardInterrupt".
// DELIBERATE DIFFERENCE: CPython raises KeyboardInterrupt at the next bytecode, so `except
// KeyboardInterrupt` and `finally` blocks run; a terminated JS execution runs neither. The report
// reads only immutable heap data (code objects), since the program may have stopped anywhere,
// even inside a critical section. Catchable KeyboardInterrupt needs Python off the main thread
// (docs/ARCHITECTURE.md, Threads). Waits in Atomics.wait (locks, sleep) are interrupted at once; a
// blocking read of a file descriptor (input() on a cooked terminal or a pipe) is restarted by the
// kernel, so the interrupt takes effect when the read returns.

import { Script } from 'node:vm';
import { TS, type Frame } from './state.js';
import { Ref, getSlot } from '../objects/value.js';
import { CodeSlot } from '../objects/layouts.js';
import { codePosition } from '../objects/code.js';
import { strFromHeap } from '../objects/str.js';
import { formatStack, type FrameSummary } from './tbframes.js';

/** What runInterruptible returns when SIGINT stopped the run. */
export const INTERRUPTED: unique symbol = Symbol('interrupted');

let runner: Script | null = null;
let task: (() => unknown) | null = null;
/** The task's result, handed back out of the vm script (it returns nothing itself). */
let result: unknown;

/** Runs f under breakOnSigint: its result, or INTERRUPTED (the stack then is what stopped). */
export function runInterruptible<T>(f: () => T): T | typeof INTERRUPTED {
  const g = globalThis as { __ftpyInterruptible?: () => void };
  g.__ftpyInterruptible ??= () => {
    result = task!();
  };
  runner ??= new Script('__ftpyInterruptible()', { filename: 'ftpy:interruptible' });
  const outer = task;
  task = f;
  try {
    runner.runInThisContext({ breakOnSigint: true });
    return result as T;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') return INTERRUPTED;
    throw e;
  } finally {
    task = outer;
    result = undefined;
  }
}

/** The lines CPython prints for a KeyboardInterrupt raised in the frames that were running. */
export function interruptReport(): string {
  const entries: FrameSummary[] = [];
  for (let fr: Frame | null = TS.frame; fr !== null; fr = fr.back) {
    if (!(fr.code instanceof Ref)) continue;
    const code = fr.code.a;
    const [line, endLine, col, endCol] = codePosition(code, fr.ln);
    entries.push({
      filename: strFromHeap(getSlot(code, CodeSlot.Filename)),
      lineno: line,
      endLineno: endLine < 0 ? line : endLine,
      colno: col < 0 ? null : col,
      endColno: endCol < 0 ? null : endCol,
      name: strFromHeap(getSlot(code, CodeSlot.Name)),
    });
  }
  entries.reverse();
  const head = entries.length > 0 ? 'Traceback (most recent call last):\n' + formatStack(entries).join('') : '';
  return `${head}KeyboardInterrupt\n`;
}
