// posix functions about the process and the system: ids (/proc for the ones Node lacks), environ,
// putenv/unsetenv, uname, times, urandom/getrandom, cpu_count/sched_getaffinity, kill, _exit, umask,
// system, wait-status decoding, sysconf/confstr, the terminal, and the integer constants (Linux
// x86-64 values). What Node cannot do (fork, exec, setuid) is left out of the module, as on a
// platform without those functions; wait/waitpid exist (subprocess needs them) and find no child. CPython: Modules/posixmodule.c.

import { readFileSync, readlinkSync } from 'node:fs';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { Ref, floatValue, type Value } from '../objects/value.js';
import { raise, typeNameOf, call } from '../objects/protocol.js';
import { asIndex, isInstance, getBuiltin } from '../objects/coll_ops.js';
import { builtinTypeAddr, TYPE_ADDR } from '../objects/registry.js';
import { defineStructSeq } from '../objects/structseq.js';
import { newBytes, isBytes, bytesData } from '../objects/bytes.js';
import { newDict, dictSet } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { strerror as strerrorText } from './errno.js';
import { cpuCountConfig } from './sys.js';
import { fsencode, fsdecode, osError, sys, pathArg } from './posix_util.js';
import { processExit, fdOpen, blocking } from './posix_fd.js';
import { SYSCONF_NAMES, CONFSTR_NAMES, CONSTANTS } from './posix_consts.js';

const unameResult = defineStructSeq({
  module: 'posix', name: 'uname_result', fields: ['sysname', 'nodename', 'release', 'version', 'machine'],
  constructible: true,
  doc: 'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n'
    + '  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\n'
    + 'See os.uname for more information.',
});
const timesResult = defineStructSeq({
  module: 'posix', name: 'times_result', fields: ['user', 'system', 'children_user', 'children_system', 'elapsed'],
  constructible: true,
  doc: 'times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n'
    + '  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, '
    + 'children_system, and elapsed.\n\nSee os.times for more information.',
});
const terminalSize = defineStructSeq({
  module: 'os', name: 'terminal_size', fields: ['columns', 'lines'], constructible: true,
  doc: 'A tuple of (columns, lines) for holding terminal window size',
});

const CLK_TCK = 100;
const PAGE_SIZE = 4096;

/** A C int argument. */
function cInt(v: Value): number {
  if (typeof v === 'number' && !Number.isInteger(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const i = asIndex(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  return i;
}

/** The initial environment's exact bytes (/proc/self/environ), else Node's decoded copy. */
function environBytes(): Array<[Buffer, Buffer]> {
  try {
    const raw = readFileSync('/proc/self/environ');
    const out: Array<[Buffer, Buffer]> = [];
    let start = 0;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== 0) continue;
      const entry = raw.subarray(start, i);
      start = i + 1;
      // convertenviron: entries without '=' (after the first character) are skipped.
      const eq = entry.indexOf(0x3d, 1);
      if (eq > 0) out.push([entry.subarray(0, eq), entry.subarray(eq + 1)]);
    }
    return out;
  } catch {
    return Object.entries(process.env).map(([k, v]) => [Buffer.from(k), Buffer.from(v ?? '')]);
  }
}

/** convertenviron: bytes keys and values; the first occurrence of a name wins. */
function makeEnviron(): Ref {
  const d = newDict();
  const seen = new Set<string>();
  for (const [k, v] of environBytes()) {
    const key = k.toString('latin1');
    if (seen.has(key)) continue;
    seen.add(key);
    dictSet(d, newBytes(k), newBytes(v));
  }
  return new Ref(d);
}

/** An environment name or value argument (PyUnicode_FSConverter): str or bytes. */
function envArg(v: Value, what: string): Buffer {
  if (typeof v === 'string') return fsencode(v);
  if (isBytes(v)) return Buffer.from(bytesData(v.a));
  if (v instanceof Ref && isInstance(v, builtinTypeAddr('str'))) return Buffer.from(pathArg(what, v).buf!);
  raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(v)}`);
}

function putenv(name: Value, value: Value): null {
  const k = envArg(name, 'putenv');
  const v = envArg(value, 'putenv');
  if (k.includes(0) || v.includes(0)) raise('ValueError', 'embedded null byte');
  if (k.includes(0x3d)) raise('ValueError', 'illegal environment variable name');
  // setenv(3) refuses an empty name.
  if (k.length === 0) throw osError(22);
  process.env[fsdecode(k)] = fsdecode(v);
  return null;
}

function unsetenv(name: Value): null {
  const k = envArg(name, 'unsetenv');
  if (k.length === 0 || k.includes(0x3d)) throw osError(22);
  if (k.includes(0)) raise('ValueError', 'embedded null byte');
  delete process.env[fsdecode(k)];
  return null;
}

/** getlogin: glibc reads /proc/self/loginuid and looks the uid up; without one there is no login name. */
function getlogin(): string {
  let uid = -1;
  try {
    uid = Number(readFileSync('/proc/self/loginuid', 'latin1').trim());
  } catch { /* no loginuid: no login session */ }
  if (uid >= 0 && uid !== 4294967295) {
    try {
      // getlogin(3) resolves the login uid through the passwd database: /etc/passwd is its fixed
      // location on Linux (the C library's rule, not this machine's).
      for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
        const f = line.split(':');
        if (f.length > 2 && Number(f[2]) === uid) return f[0]!;
      }
    } catch { /* fall through */ }
  }
  throw osError(6);
}

function cpuCount(): Value {
  if (cpuCountConfig() > 0) return cpuCountConfig();
  const n = nodeBuiltin('node:os').cpus().length;
  return n > 0 ? n : null;
}

function urandom(size: Value): Value {
  const i = typeof size === 'number' && Number.isInteger(size) ? size : asIndex(size);
  // A Py_ssize_t argument; a size no buffer can have is MemoryError, as CPython's allocation fails.
  if (typeof i === 'bigint' || i > 2 ** 63 - 1) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  const n = i;
  if (n < 0) raise('ValueError', 'negative argument not allowed');
  if (n > 2 ** 32) raise('MemoryError', '');
  const b = Buffer.alloc(n);
  nodeBuiltin('node:crypto').randomFillSync(b);
  return newBytes(b);
}

function getTerminalSize(fdV: Value): Value {
  const fd = cInt(fdV);
  if (!nodeBuiltin('node:tty').isatty(fd)) throw osError(fd < 0 || !fdOpen(fd) ? 9 : 25);
  const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
  if (stream instanceof nodeBuiltin('node:tty').WriteStream) {
    const [cols, rows] = stream.getWindowSize();
    return terminalSize.make([cols, rows]);
  }
  // Another terminal fd (or a worker, whose stdout is not the terminal): stty(1) asks with the same ioctl.
  const r = blocking(() => nodeBuiltin('node:child_process').spawnSync('stty', ['size'], { stdio: [fd, 'pipe', 'ignore'], encoding: 'latin1' }));
  const m = r.status === 0 ? /^(\d+) (\d+)/.exec(r.stdout) : null;
  if (m === null) raise('NotImplementedError', 'os.get_terminal_size() needs the stty command for this terminal');
  return terminalSize.make([Number(m[2]), Number(m[1])]);
}

function exitNow(code: Value): never {
  const c = cInt(code);
  // os._exit skips Python's cleanup: text still in sys.stdout's buffer is lost, as in CPython.
  // process.exit in a worker would end only that thread.
  processExit(c & 0xff);
}

function noChild(): never {
  throw osError(10);
}

function kill(pid: Value, sig: Value): null {
  const p = cInt(pid);
  const s = cInt(sig);
  sys(() => process.kill(p, s));
  return null;
}

function umask(mask: Value): number {
  const m = cInt(mask);
  if (!nodeBuiltin('node:worker_threads').isMainThread) raise('NotImplementedError', 'os.umask() in a thread other than the main thread (Node workers cannot set it)');
  return process.umask(m & 0o777);
}

function times(): Ref {
  const u = process.cpuUsage();
  // times() counts in clock ticks: user and system time, and the uptime for elapsed.
  const tick = (us: number): Value => floatValue(Math.floor(us / (1e6 / CLK_TCK)) / CLK_TCK);
  return timesResult.make([tick(u.user), tick(u.system), floatValue(0), floatValue(0),
    floatValue(Math.floor(nodeBuiltin('node:os').uptime() * CLK_TCK) / CLK_TCK)]);
}

function waitstatusToExitcode(status: Value): number {
  const s = cInt(status);
  if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
  if (((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) !== 0x7f) return -(s & 0x7f);
  if ((s & 0xff) === 0x7f) raise('ValueError', `process stopped by delivery of signal ${(s >> 8) & 0xff}`);
  raise('ValueError', `invalid wait status: ${s}`);
}

/** A configuration name: a name from the table, or its number (conv_confname). */
function confName(v: Value, table: Record<string, number>): number {
  if (typeof v === 'string') {
    const n = table[v];
    if (n === undefined) raise('ValueError', 'unrecognized configuration name');
    return n;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return cInt(v);
  raise('TypeError', 'configuration names must be strings or integers');
}

/** openmax from the soft RLIMIT_NOFILE (/proc/self/limits). */
function openMax(): number {
  const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'latin1'));
  return m === null ? 1024 : Number(m[1]);
}

function argMax(): number {
  const m = /^Max stack size\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'latin1'));
  const stack = m === null || m[1] === 'unlimited' ? Infinity : Number(m[1]);
  // glibc: a quarter of the stack limit, at least ARG_MAX (131072).
  return Math.max(131072, Number.isFinite(stack) ? Math.floor(stack / 4) : 131072);
}

/** The sysconf values ftpy can find out; others raise NotImplementedError naming the name. */
const SYSCONF: Record<number, () => number> = {
  2: () => CLK_TCK, 30: () => PAGE_SIZE, 4: openMax, 0: argMax,
  83: () => nodeBuiltin('node:os').cpus().length, 84: () => nodeBuiltin('node:os').cpus().length,
  85: () => Math.floor(nodeBuiltin('node:os').totalmem() / PAGE_SIZE), 86: () => Math.floor(nodeBuiltin('node:os').freemem() / PAGE_SIZE),
  101: () => 8, 102: () => 127, 103: () => -128, 104: () => 2147483647, 105: () => -2147483648, 106: () => 64,
  107: () => 32, 108: () => 16, 110: () => 9223372036854775807, 111: () => 127, 112: () => -128, 113: () => 32767,
  114: () => -32768, 115: () => 255, 116: () => 4294967295, 118: () => 65535, 29: () => 200809, 3: () => 65536,
  71: () => 256, 72: () => 32, 60: () => 1024,
};

function sysconf(name: Value): Value {
  const n = confName(name, SYSCONF_NAMES);
  const f = SYSCONF[n];
  if (f === undefined) {
    if (!Object.values(SYSCONF_NAMES).includes(n)) throw osError(22);
    raise('NotImplementedError', `os.sysconf(${typeof name === 'string' ? `'${name}'` : n}) is not available in ftpy`);
  }
  return f();
}

function confstr(name: Value): Value {
  const n = confName(name, CONFSTR_NAMES);
  if (n === 0) return '/bin:/usr/bin';
  if (n >= 1000 && n <= 1115) return '';
  if (n === 2 || n === 3) {
    const v = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header?.glibcVersionRuntime;
    if (v !== undefined) return n === 2 ? `glibc ${v}` : 'NPTL ' + v;
    raise('NotImplementedError', 'os.confstr: the C library version is not known');
  }
  throw osError(22);
}

function deviceEncoding(fd: Value): Value {
  return nodeBuiltin('node:tty').isatty(cInt(fd)) ? 'UTF-8' : null;
}

function strerror(code: Value): string {
  return strerrorText(cInt(code));
}

const wifexited = (s: number): boolean => (s & 0x7f) === 0;
const statusFns: Record<string, (s: number) => Value> = {
  WIFEXITED: wifexited,
  WEXITSTATUS: (s) => (s >> 8) & 0xff,
  WIFSIGNALED: (s) => ((s & 0x7f) + 1) << 24 >> 25 > 0,
  WTERMSIG: (s) => s & 0x7f,
  WIFSTOPPED: (s) => (s & 0xff) === 0x7f,
  WSTOPSIG: (s) => (s >> 8) & 0xff,
  WCOREDUMP: (s) => (s & 0x80) !== 0,
  WIFCONTINUED: (s) => s === 0xffff,
};

/** system(3): the command run by /bin/sh (POSIX's fixed shell path, as libc's system uses) with this process's stdio; the wait status. */
function system(command: Value): number {
  const cmd = typeof command === 'string' ? fsencode(command) : envArg(command, 'system');
  const r = blocking(() => nodeBuiltin('node:child_process').spawnSync('/bin/sh', ['-c', fsdecode(cmd)], { stdio: 'inherit' }));
  if (r.error !== undefined) return -1;
  if (r.signal !== null) return nodeBuiltin('node:os').constants.signals[r.signal] ?? 0;
  return ((r.status ?? 0) & 0xff) << 8;
}

function ttyname(fdV: Value): string {
  const fd = cInt(fdV);
  if (fd < 0 || !fdOpen(fd)) throw osError(9);
  if (!nodeBuiltin('node:tty').isatty(fd)) throw osError(25);
  return readlinkSync(`/proc/self/fd/${fd}`, 'utf8');
}

/** A /proc/<pid> file of a process (pid 0: this one); no such process: ProcessLookupError. */
function procFile(pidV: Value, file: string): string {
  const pid = cInt(pidV);
  if (pid < 0) throw osError(3);
  try {
    return readFileSync(`/proc/${pid === 0 ? 'self' : pid}/${file}`, 'latin1');
  } catch {
    throw osError(3);
  }
}

/** Fields of /proc/<pid>/stat after the command name: state, ppid, pgrp, session, ... */
const statField = (pid: Value, i: number): number => {
  const text = procFile(pid, 'stat');
  return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[i]);
};

/** Real, effective and saved ids from /proc/self/status ("Uid:" or "Gid:"). */
function resIds(which: string): Ref {
  const m = new RegExp(`^${which}:\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)`, 'm').exec(procFile(0, 'status'));
  return newTuple(m === null ? [] : [Number(m[1]), Number(m[2]), Number(m[3])]);
}

function schedGetaffinity(pid: Value): Value {
  const m = /^Cpus_allowed_list:\s*(\S*)/m.exec(procFile(pid, 'status'));
  const cpus: number[] = [];
  for (const part of (m?.[1] ?? '').split(',').filter((x) => x !== '')) {
    const [lo, hi] = part.split('-').map(Number) as [number, number?];
    for (let c = lo; c <= (hi ?? lo); c++) cpus.push(c);
  }
  return call(getBuiltin('set'), [newList(cpus)]);
}

function getrandom(size: Value, flags: Value): Value {
  void cInt(flags);
  const n = Number(asIndex(size));
  if (n < 0) throw osError(22);
  const b = Buffer.alloc(n);
  nodeBuiltin('node:crypto').randomFillSync(b);
  return newBytes(b);
}

export const procFunctions = {
  abort: { sig: 'abort($module, /)', fn: (): Value => process.abort() },
  sched_yield: { sig: 'sched_yield($module, /)', fn: () => null },
  getresuid: { sig: 'getresuid($module, /)', fn: () => resIds('Uid') },
  getresgid: { sig: 'getresgid($module, /)', fn: () => resIds('Gid') },
  getpgrp: { sig: 'getpgrp($module, /)', fn: () => statField(0, 2) },
  getpgid: { sig: 'getpgid($module, /, pid)', fn: (pid: Value) => statField(pid, 2) },
  getsid: { sig: 'getsid($module, pid, /)', fn: (pid: Value) => statField(pid, 3) },
  sched_getaffinity: { sig: 'sched_getaffinity($module, pid, /)', fn: schedGetaffinity },
  getrandom: { sig: 'getrandom($module, /, size, flags=0)', fn: getrandom },
  killpg: { sig: 'killpg($module, pgid, signal, /)', fn: (pg: Value, sig: Value) => kill(-cInt(pg), sig) },
  system: { sig: 'system($module, /, command)', fn: system },
  // ftpy starts no child it could wait for (system() reaps its own), so these find none: ECHILD.
  waitpid: { sig: 'waitpid($module, pid, options, /)', fn: (pid: Value, o: Value) => (cInt(pid), cInt(o), noChild()) },
  wait: { sig: 'wait($module, /)', fn: () => noChild() },
  ctermid: { sig: 'ctermid($module, /)', fn: () => '/dev/tty' },
  ttyname: { sig: 'ttyname($module, fd, /)', fn: ttyname },
  getpid: { sig: 'getpid($module, /)', fn: () => process.pid },
  getppid: { sig: 'getppid($module, /)', fn: () => process.ppid },
  getuid: { sig: 'getuid($module, /)', fn: () => process.getuid!() },
  geteuid: { sig: 'geteuid($module, /)', fn: () => process.geteuid!() },
  getgid: { sig: 'getgid($module, /)', fn: () => process.getgid!() },
  getegid: { sig: 'getegid($module, /)', fn: () => process.getegid!() },
  getgroups: { sig: 'getgroups($module, /)', fn: () => newList(process.getgroups!()) },
  getlogin: { sig: 'getlogin($module, /)', fn: getlogin },
  getloadavg: {
    sig: 'getloadavg($module, /)',
    fn: () => newTuple(nodeBuiltin('node:os').loadavg().map((x) => floatValue(x))),
  },
  uname: {
    sig: 'uname($module, /)',
    fn: () => unameResult.make([nodeBuiltin('node:os').type(), nodeBuiltin('node:os').hostname(), nodeBuiltin('node:os').release(), nodeBuiltin('node:os').version(), nodeBuiltin('node:os').machine()]),
  },
  times: { sig: 'times($module, /)', fn: times },
  urandom: { sig: 'urandom($module, size, /)', fn: urandom },
  cpu_count: { sig: 'cpu_count($module, /)', fn: cpuCount },
  get_terminal_size: { sig: 'get_terminal_size($module, fd=<unrepresentable>, /)', fn: (fd: Value) => getTerminalSize(typeof fd === 'symbol' ? 1 : fd) },
  isatty: { sig: 'isatty($module, fd, /)', fn: (fd: Value) => nodeBuiltin('node:tty').isatty(cInt(fd)) },
  device_encoding: { sig: 'device_encoding($module, /, fd)', fn: deviceEncoding },
  strerror: { sig: 'strerror($module, code, /)', fn: strerror },
  putenv: { sig: 'putenv($module, name, value, /)', fn: putenv },
  unsetenv: { sig: 'unsetenv($module, name, /)', fn: unsetenv },
  kill: { sig: 'kill($module, pid, signal, /)', fn: kill },
  _exit: { sig: '_exit($module, /, status)', fn: exitNow },
  umask: { sig: 'umask($module, mask, /)', fn: umask },
  waitstatus_to_exitcode: { sig: 'waitstatus_to_exitcode($module, /, status)', fn: waitstatusToExitcode },
  sysconf: { sig: 'sysconf($module, name, /)', fn: sysconf },
  confstr: { sig: 'confstr($module, name, /)', fn: confstr },
  ...Object.fromEntries(Object.entries(statusFns).map(([name, f]) => [name,
    { sig: name === 'WCOREDUMP' ? `${name}($module, status, /)` : `${name}($module, /, status)`, fn: (s: Value) => f(cInt(s)) }])),
};

export function initProc(dict: number): void {
  dictSet(dict, 'environ', makeEnviron());
  const table = (t: Record<string, number>): Ref => {
    const d = newDict();
    for (const [k, v] of Object.entries(t)) dictSet(d, k, v);
    return new Ref(d);
  };
  dictSet(dict, 'sysconf_names', table(SYSCONF_NAMES));
  dictSet(dict, 'confstr_names', table(CONFSTR_NAMES));
  for (const [k, v] of Object.entries(CONSTANTS)) dictSet(dict, k, v);
  dictSet(dict, 'uname_result', new Ref(TYPE_ADDR[unameResult.def.index]!));
  dictSet(dict, 'times_result', new Ref(TYPE_ADDR[timesResult.def.index]!));
  dictSet(dict, 'terminal_size', new Ref(TYPE_ADDR[terminalSize.def.index]!));
}
