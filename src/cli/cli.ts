// `ftpy`, the command line (run by cli/main.ts or the bundle, boot/bundle_entry.ts): CPython's options (the subset that applies), sys.argv and sys.path
// as CPython computes them, running a script / -c / -m / stdin, and exiting as CPython exits
// (SystemExit codes, the excepthook for uncaught exceptions, exit status 1, 120 when flushing
// stdout fails). CPython: Modules/main.c, Python/initconfig.c (the usage text and options).

import '../vm/types.js'; // first: fixes builtin type / native registration order (same in every worker)
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ref, type Value } from '../objects/value.js';
import { PIN, pinValue } from '../objects/alloc.js';
import { runExitFuncs } from '../modules/atexit.js';
import { reportUnraisable } from '../modules/weakref_table.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { str, call, typeNameOf } from '../objects/protocol.js';
import { newModule, moduleDict } from '../objects/module.js';
import { dictGet, dictSet, dictDel } from '../objects/dict.js';
import { decode, getSlot } from '../objects/value.js';
import { ExcSlot } from '../objects/layouts.js';
import { startMain, sysModuleRef, builtinsModuleRef } from '../vm/runtime.js';
import { compileSource, runModuleCode } from '../vm/exec.js';
import { toPyException } from '../vm/exc.js';
import { formatException, registerSource } from '../vm/tbprint.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { importModule, MODULES, isFile } from '../vm/imports.js';
import { newConsoleStream, flushAllStreams, flushOpenWriters } from '../modules/_io.js';
import { FLAG_FIELDS, VERSION } from '../modules/sys.js';
import { writeSync } from 'node:fs';
import { runRepl, printBanner, stdinIsInteractive } from './repl.js';
import { runInterruptible, interruptReport, INTERRUPTED } from '../vm/interrupt.js';
import { prewarmWorkers } from '../modules/_thread.js';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { lazyMainLoader } from '../vm/module_spec.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const STDLIB = join(ROOT, 'build', 'stdlib');

interface Options {
  command: string | null;
  module: string | null;
  file: string | null;
  args: string[];
  flags: Record<string, Value>;
  warnoptions: string[];
  xoptions: Map<string, Value>;
  unbuffered: boolean;
  ignoreEnv: boolean;
  isolated: boolean;
  noSite: boolean;
  safePath: boolean;
}

const USAGE = 'usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n';

function die(msg: string, code = 2): never {
  process.stderr.write(msg);
  process.exit(code);
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    command: null, module: null, file: null, args: [], flags: {}, warnoptions: [], xoptions: new Map(),
    unbuffered: false, ignoreEnv: false, isolated: false, noSite: false, safePath: false,
  };
  const inc = (k: string): void => {
    o.flags[k] = ((o.flags[k] as number | undefined) ?? 0) + 1;
  };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) break;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--version') {
      process.stdout.write(`Python ${VERSION.major}.${VERSION.minor}.${VERSION.micro}\n`);
      process.exit(0);
    }
    if (a === '--help' || a === '-h' || a === '-?') {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    if (a.startsWith('--')) die(`unknown option ${a}\n${USAGE}Try \`ftpy -h' for more information.\n`);
    // A cluster of single-letter options; c, m, W and X take an argument (rest of the word or next).
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const takesArg = 'cmWX'.includes(c);
      let arg: string | undefined;
      if (takesArg) {
        arg = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (arg === undefined) die(`Argument expected for the -${c} option\n${USAGE}Try \`ftpy -h' for more information.\n`);
      }
      switch (c) {
        case 'c':
          o.command = `${arg!}\n`;
          o.args = argv.slice(i + 1);
          return o;
        case 'm':
          o.module = arg!;
          o.args = argv.slice(i + 1);
          return o;
        case 'W': o.warnoptions.push(arg!); break;
        case 'X': {
          const eq = arg!.indexOf('=');
          o.xoptions.set(eq < 0 ? arg! : arg!.slice(0, eq), eq < 0 ? true : arg!.slice(eq + 1));
          break;
        }
        case 'u': o.unbuffered = true; break;
        case 'E': o.ignoreEnv = true; o.flags.ignore_environment = 1; break;
        case 'I': o.isolated = true; o.ignoreEnv = true; o.safePath = true; o.flags.isolated = 1; o.flags.ignore_environment = 1; o.flags.no_user_site = 1; o.flags.safe_path = true; break;
        case 'S': o.noSite = true; o.flags.no_site = 1; break;
        case 's': o.flags.no_user_site = 1; break;
        case 'P': o.safePath = true; o.flags.safe_path = true; break;
        case 'O': inc('optimize'); break;
        case 'B': o.flags.dont_write_bytecode = 1; break;
        case 'b': inc('bytes_warning'); break;
        case 'd': inc('debug'); break;
        case 'i': o.flags.inspect = 1; o.flags.interactive = 1; break;
        case 'q': o.flags.quiet = 1; break;
        case 'v': inc('verbose'); break;
        case 'x': break;
        case 'V': {
          process.stdout.write(`Python ${VERSION.major}.${VERSION.minor}.${VERSION.micro}\n`);
          process.exit(0);
        }
        // falls through (unreachable)
        default:
          die(`Unknown option: -${c}\n${USAGE}Try \`ftpy -h' for more information.\n`);
      }
    }
    i++;
  }
  const rest = argv.slice(i);
  if (rest.length > 0 && rest[0] !== '-') {
    o.file = rest[0]!;
    o.args = rest.slice(1);
  } else {
    o.args = rest.slice(1);
  }
  return o;
}

function gilOption(o: Options): Value {
  const x = o.xoptions.get('gil');
  const env = o.ignoreEnv ? undefined : process.env.PYTHON_GIL;
  const v = x !== undefined ? String(x) : env;
  if (v === undefined || v === '') return null;
  if (v === '0') return 0;
  if (v === '1') die('Fatal Python error: config_read_gil: ftpy has no GIL mode: -X gil=1 / PYTHON_GIL=1 is not supported\n', 1);
  die(`Fatal Python error: config_read_gil: ${x !== undefined ? '-X gil' : 'PYTHON_GIL'} must be "0" or "1"\n`, 1);
}

/** sys.pycache_prefix: -X pycache_prefix=PATH, else PYTHONPYCACHEPREFIX, made absolute (config_init_pycache_prefix). */
function pycachePrefix(o: Options, xo: Map<string, Value>): string | null {
  const x = xo.get('pycache_prefix');
  const v = typeof x === 'string' ? x : o.ignoreEnv ? undefined : process.env.PYTHONPYCACHEPREFIX;
  return v ? resolve(v) : null;
}

function isSubclassOf(e: Value, name: string): boolean {
  return e instanceof Ref && isSubtype(typeOf(e), builtinTypeAddr(name));
}

/** The exit status for SystemExit(code) (handle_system_exit), printing a non-int code. */
function systemExitStatus(e: Ref): number {
  const code = getattrOrUndefined(e, 'code') ?? null;
  if (code === null) return 0;
  if (typeof code === 'number' && Number.isInteger(code)) return code & 0xff;
  if (typeof code === 'bigint') return Number(BigInt.asIntN(32, code)) & 0xff;
  if (code === true) return 1;
  if (code === false) return 0;
  flushAllStreams();
  const sysDict = moduleDict(sysModuleRef());
  const err = dictGet(sysDict, 'stderr');
  if (err !== undefined && err !== null) {
    call(getattrOrUndefined(err, 'write')!, [`${str(code)}\n`]);
  }
  return 1;
}

/**
 * Py_FinalizeEx: first wait for the non-daemon threads (wait_for_thread_shutdown: threading._shutdown()
 * when threading was imported), then the atexit callbacks, before stdio is flushed. Errors are
 * only reported. Daemon threads' workers are unref'd, so they do not keep the process alive.
 */
function runAtexit(): void {
  const threading = dictGet(MODULES, 'threading');
  if (threading !== undefined) {
    try {
      const sd = getattrOrUndefined(threading, '_shutdown');
      if (sd !== undefined) call(sd, []);
    } catch (e) {
      reportUnraisable('Exception ignored on threading shutdown', e);
    }
  }
  try {
    runExitFuncs();
  } catch {
    // reported by runExitFuncs itself
  }
}

/**
 * Prints an uncaught exception through sys.excepthook; returns the exit status. With -i a
 * SystemExit from the program is printed like any exception (handle_system_exit).
 */
function handleUncaught(e: unknown, inspect = false): number {
  const x = toPyException(e);
  if (isSubclassOf(x, 'SystemExit') && !inspect) return systemExitStatus(x);
  const sysDict = moduleDict(sysModuleRef());
  const hook = dictGet(sysDict, 'excepthook');
  try {
    if (hook === undefined || hook === null) throw new Error('lost sys.excepthook');
    const tb = decode(getSlot(x.a, ExcSlot.Traceback)) ?? null;
    call(hook, [new Ref(typeOf(x)), x, tb]);
  } catch (hookErr) {
    flushAllStreams();
    const he = hookErr instanceof Ref ? hookErr : null;
    const text = he === null ? 'sys.excepthook is missing\n'
      : `Error in sys.excepthook:\n${formatException(he).join('')}\nOriginal exception was:\n`;
    writeSync(2, text + formatException(x).join(''));
  }
  return 1;
}

/** A script's bytes when it is a readable file, else null (runProgram reports the error). */
function readIfFile(path: string): Uint8Array | null {
  try {
    return isDir(path) ? null : readFileSync(path);
  } catch {
    return null;
  }
}

/** Names that say a program (its main module's text) is likely to start threads. */
const THREADING_NAMES = /\b(?:threading|_thread|concurrent\.futures|ThreadPoolExecutor)\b/;

/**
 * A program whose text names a threading module likely starts threads: their workers load now,
 * on other cores while this thread starts up, rather than when the first threads start (~100 ms
 * of CPU each; docs/ARCHITECTURE.md, Threads). One per core, at most MAX_PREWARM: enough for a
 * pool's first threads; a program that starts none loses only the idle workers' memory.
 */
function prewarmForThreads(text: string | null): void {
  if (text === null || !THREADING_NAMES.test(text)) return;
  prewarmWorkers(Math.min(nodeBuiltin('node:os').availableParallelism(), MAX_PREWARM));
}
const MAX_PREWARM = 4;

function readSource(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const errno = err.code === 'ENOENT' ? 2 : err.code === 'EACCES' ? 13 : err.code === 'EISDIR' ? 21 : 5;
    const msg = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EACCES' ? 'Permission denied'
      : err.code === 'EISDIR' ? 'Is a directory' : String(err.message);
    die(`${process.argv0 === 'node' ? 'ftpy' : 'ftpy'}: can't open file ${JSON.stringify(resolve(path)).replace(/"/g, "'")}: [Errno ${errno}] ${msg}\n`, 2);
  }
}

/** Runs the command line in process.argv; returns the exit status. */
export function main(): number {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  const gil = gilOption(o);
  const flags: Record<string, Value> = {};
  for (const f of FLAG_FIELDS) flags[f] = 0;
  Object.assign(flags, { hash_randomization: 1, int_max_str_digits: 4300, gil, thread_inherit_context: 1,
    context_aware_warnings: 1, dev_mode: false, safe_path: false, utf8_mode: 0 }, o.flags);
  if (!o.ignoreEnv && process.env.PYTHONINSPECT) flags.inspect = 1;
  if (!o.ignoreEnv && process.env.PYTHONDONTWRITEBYTECODE) flags.dont_write_bytecode = 1;

  // sys.path: the script's directory (or '' / cwd), PYTHONPATH, the standard library.
  const path: string[] = [];
  let argv0 = '';
  let scriptPath: string | null = null;
  if (o.command !== null) {
    argv0 = '-c';
    if (!o.safePath) path.push('');
  } else if (o.module !== null) {
    argv0 = '-m';
    if (!o.safePath) path.push(process.cwd());
  } else if (o.file !== null) {
    argv0 = o.file;
    scriptPath = o.file;
    if (!o.safePath) {
      let dir: string;
      try {
        dir = dirname(realpathSync(o.file));
      } catch {
        dir = dirname(resolve(o.file));
      }
      path.push(dir);
    }
  } else {
    argv0 = o.args.length || argv.includes('-') ? '-' : '';
    if (!o.safePath) path.push('');
  }
  const pp = o.ignoreEnv ? undefined : process.env.PYTHONPATH;
  if (pp) for (const p of pp.split(':')) if (p) path.push(resolve(p));
  path.push(STDLIB);

  const early = scriptPath !== null ? readIfFile(scriptPath) : null;
  prewarmForThreads(o.command ?? (early === null ? null : Buffer.from(early.buffer, early.byteOffset, early.byteLength).toString('latin1')));

  const xo = new Map(o.xoptions);
  startMain({
    heapBytes: Number(process.env.FTPY_HEAP_MB ?? 1024) * 1024 * 1024,
    sys: {
      argv: [argv0, ...o.args], origArgv: ['ftpy', ...argv], path, executable: join(ROOT, 'bin', 'ftpy'), prefix: ROOT,
      flags, warnoptions: o.warnoptions, xoptions: xo, pycachePrefix: pycachePrefix(o, xo),
    },
    streams: {
      stdout: () => newConsoleStream(1, '<stdout>', 'w', 'strict', o.unbuffered || isTTY(1)),
      stderr: () => newConsoleStream(2, '<stderr>', 'w', 'backslashreplace', true),
      stdin: () => newConsoleStream(0, '<stdin>', 'r', 'strict', false),
    },
  });
  void builtinsModuleRef;

  let status = 0;
  // No program and an interactive stdin: the REPL (pymain_run_stdin); -i after a program: pymain_repl.
  const interactive = flags.interactive === 1;
  const noProgram = o.command === null && o.module === null && scriptPath === null;
  const repl = { report: handleUncaught, ignoreEnv: o.ignoreEnv, site: !o.noSite };
  if (noProgram && stdinIsInteractive(interactive)) {
    if (!flags.quiet) printBanner(!o.noSite);
    const st = runRepl(repl, true);
    runAtexit();
    return finish(st);
  }
  try {
    if (runInterruptible(() => runProgram(o, scriptPath, early)) === INTERRUPTED) exitInterrupted();
  } catch (e) {
    status = handleUncaught(e, flags.inspect === 1);
  }
  // PYTHONINSPECT is looked at again here: the program may have set it.
  const inspect = flags.inspect === 1 || (!o.ignoreEnv && !!process.env.PYTHONINSPECT);
  if (inspect && stdinIsInteractive(interactive)) status = runRepl(repl, false);
  runAtexit();
  status = finish(status);
  return status;
}

/** The program: -m module, -c command, a script or stdin (runs under runInterruptible). */
function runProgram(o: Options, scriptPath: string | null, early: Uint8Array | null): void {
  if (o.module !== null) {
    runModuleAsMain(o.module);
  } else {
    let source: Uint8Array | string;
    let filename: string;
    if (o.command !== null) {
      source = o.command;
      filename = '<string>';
      registerSource(filename, o.command);
    } else if (scriptPath !== null) {
      if (isDir(scriptPath)) die(`ftpy: can't find '__main__' module in ${JSON.stringify(resolve(scriptPath)).replace(/"/g, "'")}\n`, 2);
      source = early ?? readSource(scriptPath);
      filename = scriptPath;
    } else {
      // CPython keeps no copy of a program read from stdin: its tracebacks show no source lines.
      source = readFileSync(0);
      filename = '<stdin>';
    }
    const main = newModule('__main__');
    const d = moduleDict(main);
    dictSet(MODULES, '__main__', main);
    dictSet(d, '__builtins__', builtinsModuleRef());
    if (scriptPath !== null) {
      dictSet(d, '__file__', scriptPath);
      dictSet(d, '__cached__', null);
    }
    // set_main_loader / pymain_run_command: a SourceFileLoader for a script, else BuiltinImporter.
    dictSet(d, '__loader__', lazyMainLoader(scriptPath));
    const code = compileSource(source, filename, 'exec');
    // What main() allocated is reachable from sys.modules now; its pins would otherwise last as
    // long as the program (no Python frame truncates them) and keep stale objects alive, such as
    // the __main__ dict's first table after it grows.
    PIN.top = 0;
    pinValue(code);
    try {
      runModuleCode(code, d);
    } finally {
      // _PyRun_SimpleFileObject takes the names back off (visible under -i).
      if (scriptPath !== null) for (const k of ['__file__', '__cached__']) dictDel(d, k);
    }
  }
}

/** Ctrl-C stopped the program: CPython's report of an uncaught KeyboardInterrupt, then death by SIGINT. */
function exitInterrupted(): never {
  let report = 'KeyboardInterrupt\n';
  try {
    flushAllStreams();
    report = interruptReport();
  } catch {
    // the program stopped mid-operation: the short report still says what happened
  }
  writeSync(2, report);
  process.kill(process.pid, 'SIGINT');
  process.exit(130);
}

function isTTY(fd: number): boolean {
  try {
    return statSync(`/proc/self/fd/${fd}`).isCharacterDevice();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** -m: imports the package's parents, then runs the module's source as __main__ (runpy._run_module_as_main). */
function runModuleAsMain(name: string): void {
  const dot = name.lastIndexOf('.');
  if (dot > 0) importModule(name.slice(0, dot));
  const sys = moduleDict(sysModuleRef());
  const pathList = dictGet(sys, 'path')!;
  const parent = dot > 0 ? dictGet(MODULES, name.slice(0, dot)) : undefined;
  const dirs = parent !== undefined ? (getattrOrUndefined(parent, '__path__') ?? null) : pathList;
  const leaf = dot > 0 ? name.slice(dot + 1) : name;
  // importlib's order: a module or regular package anywhere on the path first; a directory
  // without __init__.py (a namespace package, PEP 420) only when none is found.
  for (const namespace of [false, true]) for (const dirV of iterStrings(dirs)) {
    const dir = dirV === '' ? process.cwd() : dirV;
    const pkg = join(dir, leaf, '__main__.py');
    const init = join(dir, leaf, '__init__.py');
    const file = join(dir, `${leaf}.py`);
    let target: string | null = null;
    if (isFile(init) || (namespace && isDir(join(dir, leaf)))) {
      const m = importModule(name);
      // A namespace package's __main__ may be in any of its portions (its __path__).
      if (!isFile(pkg) && namespace) {
        for (const p of iterStrings(getattrOrUndefined(m, '__path__') ?? null)) {
          if (isFile(join(p, '__main__.py'))) {
            target = join(p, '__main__.py');
            break;
          }
        }
      }
      if (target === null && isFile(pkg)) target = pkg;
      else if (target === null) die(`${process.argv0}: No module named ${name}.__main__; '${name}' is a package and cannot be directly executed\n`, 1);
    } else if (isFile(file)) {
      target = file;
    }
    if (target === null) continue;
    const argvList = dictGet(sys, 'argv')!;
    call(getattrOrUndefined(argvList, '__setitem__')!, [0, target]);
    const main = newModule('__main__');
    const d = moduleDict(main);
    dictSet(MODULES, '__main__', main);
    dictSet(d, '__builtins__', builtinsModuleRef());
    dictSet(d, '__file__', target);
    dictSet(d, '__cached__', null);
    dictSet(d, '__package__', target.endsWith('__main__.py') && target !== file ? name : dot > 0 ? name.slice(0, dot) : '');
    runModuleCode(compileSource(readFileSync(target), target, 'exec'), d);
    return;
  }
  die(`${join(ROOT, 'bin', 'ftpy')}: No module named ${name}\n`, 1);
}

function* iterStrings(v: Value | null): Generator<string> {
  if (v === null) return;
  const it = call(getattrOrUndefined(v, '__iter__')!, []);
  const nx = getattrOrUndefined(it, '__next__')!;
  for (;;) {
    let x: Value;
    try {
      x = call(nx, []);
    } catch (e) {
      if (isSubclassOf(e as Value, 'StopIteration')) return;
      throw e;
    }
    if (typeof x === 'string') yield x;
  }
}

/** Py_FinalizeEx's visible part: flush stdout (a failure there means status 120), then stderr. */
function finish(status: number): number {
  // Interpreter teardown finalizes the files still open: their buffered data is written.
  flushOpenWriters();
  try {
    const sys = moduleDict(sysModuleRef());
    const out = dictGet(sys, 'stdout');
    if (out !== undefined && out !== null) {
      const fl = getattrOrUndefined(out, 'flush');
      if (fl !== undefined) call(fl, []);
    }
  } catch (e) {
    const x = toPyException(e);
    flushAllStreams();
    writeSync(2, `Exception ignored while flushing sys.stdout:\n${formatException(x).join('')}`);
    if (status === 0) status = 120;
  }
  try {
    flushAllStreams();
  } catch {
    // stdout/stderr gone (EPIPE): nothing more can be reported.
  }
  void typeNameOf;
  return status;
}

