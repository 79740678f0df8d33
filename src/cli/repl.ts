// The interactive prompt (`ftpy` on a terminal, `ftpy -i`): CPython's basic REPL. Statements are
// read line by line with sys.ps1 / sys.ps2 until complete (codeop's incomplete-input rules),
// compiled in 'single' mode into __main__ (expression values go through sys.displayhook),
// errors go through sys.excepthook and the loop goes on; SystemExit and end of input end it.
// CPython: Python/pythonrun.c (_PyRun_InteractiveLoopObject, run_mod), Modules/main.c
// (pymain_header, pymain_run_startup, pymain_repl), Lib/codeop.py (_maybe_compile).

import { readFileSync, writeSync } from 'node:fs';
import { Ref, setSlot, encode, type Value } from '../objects/value.js';
import { tupleOffset } from '../objects/tuple.js';
import { FLAG_FIELDS } from '../modules/sys.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { str, call } from '../objects/protocol.js';
import { newModule, moduleDict } from '../objects/module.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { PIN } from '../objects/alloc.js';
import { parse, PySyntaxError } from '../parser/index.js';
import { sysModuleRef, builtinsModuleRef } from '../vm/runtime.js';
import { compileSource, runCode } from '../vm/exec.js';
import { toPyException } from '../vm/exc.js';
import { registerSource } from '../vm/tbprint.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { MODULES } from '../vm/imports.js';
import { installSiteBuiltins } from '../vm/site_builtins.js';
import { readLine as readStdinLine } from '../modules/_io.js';
import { LineEditor, PromptInterrupted, nodeTty } from './lineedit.js';
import { runInterruptible, interruptReport, INTERRUPTED } from '../vm/interrupt.js';
import { TS } from '../vm/state.js';

/** Prints an exception as an uncaught one (sys.excepthook); for SystemExit returns the exit status. */
export type ReportFn = (e: unknown) => number;

export interface ReplOptions {
  /** How main reports an uncaught exception (prints it; SystemExit gives the exit status). */
  report: ReportFn;
  /** -E / -I: environment variables (PYTHONSTARTUP, PYTHON_HISTORY) are ignored. */
  ignoreEnv: boolean;
  /** Not -S: site's interactive builtins are wanted. */
  site: boolean;
}

/** site's builtins for the session (exit, quit, help, ...; vm/site_builtins.ts), unless -S. */
function setQuit(o: ReplOptions): void {
  if (!o.site) return;
  try {
    installSiteBuiltins();
  } catch {
    // Without _sitebuiltins the names stay undefined, as under -S.
  }
}

/**
 * pymain_set_inspect(config, 0): the REPL runs with inspect off (so SystemExit exits), and
 * sys.flags shows it; CPython updates the flags object in place (_PySys_SetFlagObj).
 */
function clearInspectFlag(): void {
  const flags = dictGet(moduleDict(sysModuleRef()), 'flags');
  if (!(flags instanceof Ref)) return;
  // An int replaces an int: nothing for the collector to see.
  setSlot(flags.a, tupleOffset(flags.a) + FLAG_FIELDS.indexOf('inspect'), encode(0));
}

/** stdin_is_interactive (Modules/main.c): a terminal, or -i given. */
export function stdinIsInteractive(interactiveFlag: boolean): boolean {
  return interactiveFlag || nodeTty().isatty(0);
}

/** pymain_header: the version banner on stderr, for an interactive session without a program. */
export function printBanner(siteImport: boolean): void {
  const sys = moduleDict(sysModuleRef());
  const text = `Python ${str(dictGet(sys, 'version') ?? '')} on ${str(dictGet(sys, 'platform') ?? '')}\n`;
  const more = siteImport ? 'Type "help", "copyright", "credits" or "license" for more information.\n' : '';
  writeSync(2, text + more);
}

function isInstance(x: Ref, name: string): boolean {
  return isSubtype(typeOf(x), builtinTypeAddr(name));
}

/** __main__'s dict, making the module when no program ran (PyImport_AddModuleRef). */
function mainDict(): number {
  let m = dictGet(MODULES, '__main__');
  if (m === undefined) {
    m = newModule('__main__');
    dictSet(MODULES, '__main__', m);
    dictSet(moduleDict(m as Ref), '__builtins__', builtinsModuleRef());
  }
  return moduleDict(m as Ref);
}

/** flush_io: sys.stderr then sys.stdout, errors ignored. */
function flushIO(): void {
  const sys = moduleDict(sysModuleRef());
  for (const name of ['stderr', 'stdout']) {
    try {
      const s = dictGet(sys, name);
      const f = s === undefined || s === null ? undefined : getattrOrUndefined(s, 'flush');
      if (f !== undefined) call(f, []);
    } catch {
      // A broken stream must not end the session.
    }
  }
}

/** str(sys.ps1) or str(sys.ps2); '' when missing or when str() fails (pyrun_one_parse_ast). */
function prompt(name: 'ps1' | 'ps2'): string {
  const v = dictGet(moduleDict(sysModuleRef()), name);
  if (v === undefined) return '';
  try {
    return str(v);
  } catch {
    return '';
  }
}

/** PYTHONSTARTUP: run the file in __main__ before the first prompt (pymain_run_startup). */
function runStartup(o: ReplOptions): number | null {
  const path = o.ignoreEnv ? undefined : process.env.PYTHONSTARTUP;
  if (!path) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    writeSync(2, `Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno ${-(err.errno ?? -2)}] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}: '${path}'\n`);
    return null;
  }
  try {
    runCode(compileSource(text, path, 'exec'), mainDict(), new Ref(mainDict()));
  } catch (e) {
    const x = toPyException(e);
    const status = o.report(x);
    if (isInstance(x, 'SystemExit')) return status;
  }
  flushIO();
  return null;
}

type Status = 'complete' | 'incomplete' | 'error' | 'blank';

/**
 * codeop._maybe_compile's decision, made with the parser alone (like the tokenizer-driven basic
 * REPL, compiler errors wait until the statement is complete): all blank/comment lines are
 * nothing; a statement that parses is complete; input that fails but would parse (or still be
 * incomplete) with one more newline needs more lines; anything else is a syntax error.
 */
function classify(source: string): Status {
  if (source.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'))) return 'blank';
  const opts = { filename: '<stdin>', mode: 'single' as const, allowIncompleteInput: true, dontImplyDedent: true };
  try {
    parse(source, opts);
    return 'complete';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
  }
  try {
    parse(`${source}\n`, opts);
    return 'incomplete';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return e.name === 'IncompleteInputError' ? 'incomplete' : 'error';
  }
}

/** At end of input the statement gets no more lines: it is what it is (the tokenizer's EOF). */
function classifyAtEnd(source: string): Status {
  if (classify(source) === 'blank') return 'blank';
  try {
    parse(`${source}\n`, { filename: '<stdin>', mode: 'single' });
    return 'complete';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return 'error';
  }
}

/** Where lines come from: the terminal's line editor, or plain lines with prompts on stderr. */
interface Input {
  /** A line without its newline; null at end of input; `partial` when the input ended mid-line. */
  read(prompt: string): { line: string; partial: boolean } | null;
  close(): void;
}

function plainInput(): Input {
  return {
    read(p) {
      flushIO();
      // PyOS_StdioReadline writes the prompt to the C-level stderr, not through sys.stderr.
      if (p) writeSync(2, p);
      const l = readStdinLine(0);
      if (l === '') return null;
      return l.endsWith('\n') ? { line: l.slice(0, -1), partial: false } : { line: l, partial: true };
    },
    close() { /* nothing held */ },
  };
}

function editorInput(ignoreEnv: boolean): Input {
  const ed = new LineEditor(1, !ignoreEnv);
  process.once('exit', () => ed.close());
  return {
    read(p) {
      flushIO();
      const l = ed.readLine(p);
      return l === null ? null : { line: l, partial: false };
    },
    close: () => ed.close(),
  };
}

/**
 * The interactive loop; returns the exit status (0 at end of input, SystemExit's status).
 * `startup`: run PYTHONSTARTUP first (only when no program ran: pymain_run_stdin).
 */
export function runRepl(o: ReplOptions, startup: boolean): number {
  const sys = moduleDict(sysModuleRef());
  if (dictGet(sys, 'ps1') === undefined) dictSet(sys, 'ps1', '>>> ');
  if (dictGet(sys, 'ps2') === undefined) dictSet(sys, 'ps2', '... ');
  clearInspectFlag();
  setQuit(o);
  if (startup) {
    const st = runStartup(o);
    if (st !== null) return st;
  }
  // The line editor needs a terminal on both ends; otherwise CPython's basic REPL reads plain lines.
  const editing = nodeTty().isatty(0) && nodeTty().isatty(1);
  const input = editing ? editorInput(o.ignoreEnv) : plainInput();
  const pinBase = PIN.top;
  let counter = 0;
  let lines: string[] = [];
  try {
    for (;;) {
      let got: { line: string; partial: boolean } | null;
      try {
        got = input.read(prompt(lines.length === 0 ? 'ps1' : 'ps2'));
      } catch (e) {
        if (!(e instanceof PromptInterrupted)) throw e;
        lines = [];
        o.report(toPyException(callKeyboardInterrupt()));
        continue;
      }
      let status: Status;
      if (got === null) {
        // End of input: a newline after the prompt (the editor wrote its own), then whatever was
        // typed is compiled as it is.
        if (!editing) writeSync(2, '\n');
        if (lines.length === 0) return 0;
        status = classifyAtEnd(lines.join('\n'));
      } else {
        lines.push(got.line);
        if (got.partial) continue;
        status = classify(lines.join('\n'));
        if (status === 'incomplete') continue;
      }
      const source = lines.join('\n');
      lines = [];
      if (status === 'blank') continue;
      try {
        if (status === 'error') {
          // Raises the SyntaxError as a plain compile reports it (codeop's last compile).
          compileSource(`${source}\n`, '<stdin>', 'single');
        }
        // Each statement's code gets its own name, shown as <stdin> (run_mod, linecache._register_code).
        const filename = `<stdin-${counter++}>`;
        registerSource(filename, source, '<stdin>');
        const d = mainDict();
        const code = compileSource(`${source}\n`, filename, 'single');
        if (runInterruptible(() => runCode(code, d, new Ref(d))) === INTERRUPTED) reportInterrupt();
      } catch (e) {
        const x = toPyException(e);
        const st = o.report(x);
        if (isInstance(x, 'SystemExit')) return st;
      } finally {
        PIN.top = pinBase;
      }
      flushIO();
    }
  } finally {
    input.close();
  }
}

/**
 * Ctrl-C stopped a statement (vm/interrupt.ts): its report, then the prompt again, with the thread
 * state the statement left reset (no frame of it will return).
 */
function reportInterrupt(): void {
  let report = 'KeyboardInterrupt\n';
  try {
    flushIO();
    report = interruptReport();
  } catch {
    // stopped mid-operation: the short report
  }
  TS.frame = null;
  TS.depth = 0;
  TS.handled = [];
  writeSync(2, report);
}

/** A KeyboardInterrupt instance for Ctrl-C at the prompt. */
function callKeyboardInterrupt(): Value {
  return call(new Ref(builtinTypeAddr('KeyboardInterrupt')), []);
}
