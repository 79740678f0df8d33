// The sys module: interpreter state (argv, path, modules, the standard streams), version and
// build information (a free-threading build: sys._is_gil_enabled() is False, abiflags 't'), the
// recursion limit, exc_info, hooks (displayhook, excepthook, unraisablehook) and the
// introspection functions programs use. CPython: Python/sysmodule.c.

import { getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/longmath.js';
import { Ref, PyFloat, type Value } from '../objects/value.js';
import { TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { raise, typeNameOf, repr, call, callSpecial, toArray } from '../objects/protocol.js';
import { newDict, dictGet, dictSet, dictPop } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { newTuple, isTuple, tupleItems } from '../objects/tuple.js';
import { defineStructSeq } from '../objects/structseq.js';
import { simpleNamespaceType } from '../objects/namespace.js';
import { typeOf, typeFlags, typeModified, isSubtype } from '../objects/typeobject.js';
import { ExcSlot, TypeFlag, TypeSlot } from '../objects/layouts.js';
import { decode, getSlot } from '../objects/value.js';
import { defineModule } from './define.js';
import { TS } from '../vm/state.js';
import { pyFrameOf } from '../vm/exc.js';
import { getattrOrUndefined, setattr } from '../vm/attr.js';
import { formatException, formatUnraisable } from '../vm/tbprint.js';
import { nativeModuleNames } from '../vm/imports.js';
import { STDLIB_MODULE_NAMES } from './sys_stdlib_names.js';
import { newSetFrom } from '../objects/set.js';
import { interpreterState } from '../vm/runtime.js';
import { getAsyncgenHooks, setAsyncgenHooks } from '../vm/gen.js';
import { isCallableValue } from '../vm/callable.js';
import type { Frame } from '../vm/state.js';

/** Where sys.setrecursionlimit() leaves the limit for threads started later (interpreterState()). */
export const RECURSION_LIMIT_KEY = 'sys.recursionlimit';

export const VERSION = { major: 3, minor: 14, micro: 7, releaselevel: 'final', serial: 0 };
export const HEXVERSION = (3 << 24) | (14 << 16) | (7 << 8) | (0xf << 4);

const versionInfo = defineStructSeq({
  module: 'sys', name: 'version_info', fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'],
});
/** sys.implementation._multiarch: the target triple as Debian spells it (sysconfigdata's name). */
export const MULTIARCH = process.platform === 'darwin' ? 'darwin' : `${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`;

export const FLAG_FIELDS = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
  'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits', 'gil', 'thread_inherit_context',
  'context_aware_warnings'];
const flagsType = defineStructSeq({ module: 'sys', name: 'flags', fields: FLAG_FIELDS, visible: 18 });
const floatInfo = defineStructSeq({
  module: 'sys', name: 'float_info',
  fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
});
const intInfo = defineStructSeq({
  module: 'sys', name: 'int_info',
  fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'],
});
const hashInfo = defineStructSeq({
  module: 'sys', name: 'hash_info',
  fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'],
});
const threadInfo = defineStructSeq({ module: 'sys', name: 'thread_info', fields: ['name', 'lock', 'version'] });
const asyncgenHooks = defineStructSeq({ module: 'sys', name: 'asyncgen_hooks', fields: ['firstiter', 'finalizer'] });

/** What the command line decided (set by the CLI before the sys module is created). */
export interface SysConfig {
  argv: string[];
  origArgv: string[];
  path: string[];
  executable: string;
  prefix: string;
  flags: Record<string, Value>;
  warnoptions: string[];
  xoptions: Map<string, Value>;
  /** sys.pycache_prefix (-X pycache_prefix=PATH, PYTHONPYCACHEPREFIX); none: beside the sources. */
  pycachePrefix?: string | null;
  stdout: Value;
  stderr: Value;
  stdin: Value;
}

let config: SysConfig | null = null;
export function configureSys(c: SysConfig): void {
  config = c;
}

/** The sys module's dict (0 until the module exists). */
export let SYS_DICT = 0;
/** In a worker joining the interpreter: the sys module exists already (made by the main thread). */
export function adoptSysDict(d: number): void {
  SYS_DICT = d;
}

export function sysGet(name: string): Value | undefined {
  return SYS_DICT === 0 ? undefined : dictGet(SYS_DICT, name);
}

// ---- hooks -------------------------------------------------------------------------------------

/** sys.displayhook's default (sys.__displayhook__). */
function displayhook(v: Value): Value {
  if (v === null) return null;
  const builtins = dictGet(SYS_DICT, 'modules');
  const bmod = builtins === undefined ? undefined : dictGet((builtins as Ref).a, 'builtins');
  if (bmod !== undefined) setattr(bmod, '_', null);
  const out = sysGet('stdout');
  if (out === undefined || out === null) raise('RuntimeError', 'lost sys.stdout');
  const text = repr(v);
  call(getattrOrUndefined(out, 'write')!, [text]);
  call(getattrOrUndefined(out, 'write')!, ['\n']);
  if (bmod !== undefined) setattr(bmod, '_', v);
  return null;
}

/** Writes `text` to sys.stderr (or nowhere when it is None). */
export function writeStderr(text: string): void {
  const err = sysGet('stderr');
  if (err === undefined || err === null) return;
  call(getattrOrUndefined(err, 'write')!, [text]);
  const flush = getattrOrUndefined(err, 'flush');
  if (flush !== undefined) call(flush, []);
}

function excepthook(type: Value, value: Value, tb: Value): Value {
  void type;
  void tb;
  writeStderr(formatException(value).join(''));
  return null;
}

function unraisablehook(u: Value): Value {
  const get = (n: string): Value => getattrOrUndefined(u, n) ?? null;
  const msg = get('err_msg');
  const obj = get('object');
  const exc = get('exc_value');
  let text = `${msg === null ? 'Exception ignored in' : String(msg)}`;
  if (obj !== null) text += `: ${safeRepr(obj)}`;
  text += '\n';
  if (exc !== null) text += formatUnraisable(exc).join('');
  writeStderr(text);
  return null;
}

function safeRepr(v: Value): string {
  try {
    return repr(v);
  } catch {
    return '<object repr() failed>';
  }
}

// ---- functions ---------------------------------------------------------------------------------

function getframe(depth: Value): Value {
  let d = typeof depth === 'number' ? depth : 0;
  let fr: Frame | null = TS.frame;
  while (fr !== null && d > 0) {
    fr = fr.back;
    d--;
  }
  if (fr === null) raise('ValueError', 'call stack is not deep enough');
  return pyFrameOf(fr);
}

function excInfo(): Value {
  const h = TS.handled;
  const e = h.length ? h[h.length - 1]! : null;
  if (e === null) return newTuple([null, null, null]);
  return newTuple([new Ref(typeOf(e)), e, decode(getSlot((e as Ref).a, ExcSlot.Traceback)) ?? null]);
}

// The limit lives with int's str conversion (objects/longmath.ts); per worker for now.
const maxStrDigits = { get: getIntMaxStrDigits, set: setIntMaxStrDigits };

const fn = (f: (...a: never[]) => Value) => f as never;

/** -X cpu_count=N (PyConfig.cpu_count): what os.cpu_count() answers instead of the system; -1 when not given. */
let cpuCount = -1;
export const cpuCountConfig = (): number => cpuCount;

/** sys._jit: CPython's experimental JIT, which this build does not have (ftpy compiles to JavaScript instead). */
const jitModule = defineModule({
  name: 'sys._jit',
  doc: 'Utilities for observing just-in-time compilation.',
  functions: {
    is_available: { sig: 'is_available($module, /)', doc: 'Return True if the current Python executable supports JIT compilation, and False otherwise.', fn: fn(() => false) },
    is_enabled: { sig: 'is_enabled($module, /)', doc: 'Return True if JIT compilation is enabled for the current Python process (implies sys._jit.is_available()), and False otherwise.', fn: fn(() => false) },
    is_active: { sig: 'is_active($module, /)', doc: 'Return True if the topmost Python frame is currently executing JIT code (implies sys._jit.is_enabled()), and False otherwise.', fn: fn(() => false) },
  },
});

export const sysModule = defineModule({
  name: 'sys',
  doc: 'This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.',
  functions: {
    exit: {
      sig: 'exit(status=None, /)',
      fn: fn((status: Value) => {
        // PyErr_SetObject(SystemExit, status): a tuple status is the exception's args.
        throw call(new Ref(builtinTypeAddr('SystemExit')), status === null ? [] : isTuple(status) ? tupleItems(status.a) : [status]);
      }),
    },
    exc_info: { sig: 'exc_info()', fn: fn(excInfo) },
    exception: { sig: 'exception()', fn: fn(() => (TS.handled.length ? TS.handled[TS.handled.length - 1]! : null)) },
    getrecursionlimit: { sig: 'getrecursionlimit()', fn: fn(() => TS.limit) },
    setrecursionlimit: {
      sig: 'setrecursionlimit(limit, /)',
      fn: fn((n: Value) => {
        if (typeof n !== 'number' || !Number.isInteger(n)) raise('TypeError', `'${typeNameOf(n)}' object cannot be interpreted as an integer`);
        if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
        if (n <= TS.depth) {
          raise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${TS.depth}: the limit is too low`);
        }
        TS.limit = n;
        // Interpreter-wide in CPython: threads started later begin with it (_thread.threadBegins).
        dictSet(interpreterState(), RECURSION_LIMIT_KEY, n);
        return null;
      }),
    },
    _getframe: { sig: '_getframe(depth=0, /)', fn: fn(getframe) },
    _clear_type_descriptors: {
      sig: '_clear_type_descriptors($module, type, /)',
      fn: fn((type: Value) => {
        // sysmodule.c sys__clear_type_descriptors_impl: drop the class's __dict__/__weakref__ getsets
        // (dataclasses' slots=True rebuilds the class and must not keep the old ones alive).
        if (!(type instanceof Ref) || !isSubtype(typeOf(type), builtinTypeAddr('type'))) {
          raise('TypeError', `_clear_type_descriptors() argument must be type, not ${typeNameOf(type)}`);
        }
        if (!(typeFlags(type.a) & TypeFlag.Heap)) raise('TypeError', 'argument is immutable');
        const d = getSlot(type.a, TypeSlot.Dict);
        dictPop(d, '__dict__');
        dictPop(d, '__weakref__');
        typeModified(type.a);
        return null;
      }),
    },
    _getframemodulename: {
      sig: '_getframemodulename(depth=0)',
      fn: fn((depth: Value) => {
        let d = typeof depth === 'number' ? depth : 0;
        let fr: Frame | null = TS.frame;
        while (fr !== null && d > 0) {
          fr = fr.back;
          d--;
        }
        if (fr === null) return null;
        return dictGet(fr.g, '__name__') ?? null;
      }),
    },
    _is_gil_enabled: { sig: '_is_gil_enabled()', fn: fn(() => false) },
    _get_cpu_count_config: { sig: '_get_cpu_count_config($module, /)', fn: fn(() => cpuCount) },
    getdefaultencoding: { sig: 'getdefaultencoding()', fn: fn(() => 'utf-8') },
    getfilesystemencoding: { sig: 'getfilesystemencoding()', fn: fn(() => 'utf-8') },
    getfilesystemencodeerrors: { sig: 'getfilesystemencodeerrors()', fn: fn(() => 'surrogateescape') },
    getswitchinterval: { sig: 'getswitchinterval()', fn: fn(() => switchInterval) },
    setswitchinterval: {
      sig: 'setswitchinterval(interval, /)',
      fn: fn((v: Value) => {
        const x = Number(typeof v === 'object' && v !== null && 'v' in v ? (v as { v: number }).v : v);
        if (!(x > 0)) raise('ValueError', 'switch interval must be strictly positive');
        switchInterval = x;
        return null;
      }),
    },
    getrefcount: { sig: 'getrefcount(object, /)', fn: fn(() => 2) },
    getsizeof: {
      sig: 'getsizeof(object, default=<unrepresentable>)',
      fn: fn((o: Value) => {
        const r = callSpecial(o, '__sizeof__', []);
        if (typeof r !== 'number') raise('TypeError', `an integer is required`);
        return r + (o instanceof Ref ? 16 : 0);
      }),
    },
    intern: {
      sig: 'intern(string, /)',
      fn: fn((s: Value) => {
        if (typeof s !== 'string') raise('TypeError', `intern() argument must be str, not ${typeNameOf(s)}`);
        return s;
      }),
    },
    _is_interned: { sig: '_is_interned(string, /)', fn: fn(() => true) },
    is_finalizing: { sig: 'is_finalizing()', fn: fn(() => finalizing) },
    get_int_max_str_digits: { sig: 'get_int_max_str_digits()', fn: fn(() => maxStrDigits.get()) },
    set_int_max_str_digits: {
      sig: 'set_int_max_str_digits(maxdigits)',
      fn: fn((n: Value) => {
        if (typeof n !== 'number' || (n !== 0 && n < 640)) raise('ValueError', 'maxdigits must be >= 640 or 0 for unlimited');
        maxStrDigits.set(n);
        return null;
      }),
    },
    settrace: {
      sig: 'settrace(function, /)',
      fn: fn((f: Value) => {
        if (f !== null) raise('NotImplementedError', 'sys.settrace() is not supported by ftpy (code is compiled to JavaScript)');
        return null;
      }),
    },
    gettrace: { sig: 'gettrace()', fn: fn(() => null) },
    setprofile: {
      sig: 'setprofile(function, /)',
      fn: fn((f: Value) => {
        if (f !== null) raise('NotImplementedError', 'sys.setprofile() is not supported by ftpy (code is compiled to JavaScript)');
        return null;
      }),
    },
    getprofile: { sig: 'getprofile()', fn: fn(() => null) },
    displayhook: { sig: 'displayhook(object, /)', fn: fn(displayhook) },
    excepthook: { sig: 'excepthook(exctype, value, traceback, /)', fn: fn(excepthook) },
    unraisablehook: { sig: 'unraisablehook(unraisable, /)', fn: fn(unraisablehook) },
    audit: { sig: 'audit(event, /, *args)', fn: fn((event: Value, args: Value[]) => audit(event, args)) },
    addaudithook: {
      sig: 'addaudithook(hook)',
      fn: fn((hook: Value) => {
        auditHooks.push(hook);
        return null;
      }),
    },
    call_tracing: { sig: 'call_tracing(func, args, /)', fn: fn((f: Value, args: Value) => call(f, toArray(args))) },
    get_asyncgen_hooks: { sig: 'get_asyncgen_hooks()', fn: fn(() => asyncgenHooks.make(getAsyncgenHooks())) },
    set_asyncgen_hooks: {
      sig: 'set_asyncgen_hooks(firstiter=<unrepresentable>, finalizer=<unrepresentable>)',
      fn: fn((first: Value, fin: Value) => {
        // sys_set_asyncgen_hooks: both are checked before either is set.
        const given = (v: Value): boolean => typeof v !== 'symbol';
        if (given(fin) && fin !== null && !isCallableValue(fin)) raise('TypeError', `callable finalizer expected, got ${typeNameOf(fin)}`);
        if (given(first) && first !== null && !isCallableValue(first)) raise('TypeError', `callable firstiter expected, got ${typeNameOf(first)}`);
        const [oldFirst, oldFin] = getAsyncgenHooks();
        setAsyncgenHooks(given(first) ? first : oldFirst, given(fin) ? fin : oldFin);
        return null;
      }),
    },
    get_coroutine_origin_tracking_depth: { sig: 'get_coroutine_origin_tracking_depth()', fn: fn(() => 0) },
    set_coroutine_origin_tracking_depth: {
      sig: 'set_coroutine_origin_tracking_depth(depth)',
      fn: fn((d: Value) => {
        if (typeof d === 'number' && d < 0) raise('ValueError', 'depth must be >= 0');
        return null;
      }),
    },
    _clear_type_cache: { sig: '_clear_type_cache()', fn: fn(() => null) },
    _clear_internal_caches: { sig: '_clear_internal_caches()', fn: fn(() => null) },
    _current_frames: { sig: '_current_frames()', fn: fn(() => new Ref(newDict())) },
    getallocatedblocks: { sig: 'getallocatedblocks()', fn: fn(() => 0) },
  },
  init: (d) => {
    if (config === null) throw new Error('sys used before configureSys');
    SYS_DICT = d;
    const c = config;
    const set = (k: string, v: Value): void => dictSet(d, k, v);
    set('argv', newList(c.argv));
    set('orig_argv', newList(c.origArgv));
    set('path', newList(c.path));
    set('modules', new Ref(newDict()));
    set('meta_path', newList([]));
    set('path_hooks', newList([]));
    set('path_importer_cache', new Ref(newDict()));
    set('executable', c.executable);
    set('_base_executable', c.executable);
    for (const k of ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']) set(k, c.prefix);
    set('platlibdir', 'lib');
    set('pycache_prefix', c.pycachePrefix ?? null);
    set('dont_write_bytecode', c.flags.dont_write_bytecode === 1);
    set('platform', process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux');
    set('byteorder', 'little');
    set('maxsize', 9223372036854775807n);
    set('maxunicode', 1114111);
    const v = VERSION;
    // CPython's shape, "X.Y.Z free-threading build (buildno, date, time) [compiler]", which
    // platform._sys_version parses: "(ftpy)" stands for the build, the engine for the compiler.
    set('version', `${v.major}.${v.minor}.${v.micro} free-threading build (ftpy) [Node.js ${process.versions.node}, V8 ${process.versions.v8}]`);
    set('version_info', versionInfo.make([v.major, v.minor, v.micro, v.releaselevel, v.serial]));
    set('hexversion', HEXVERSION);
    set('api_version', 1013);
    set('abiflags', 't');
    set('copyright', 'Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.');
    set('float_repr_style', 'short');
    set('flags', flagsType.make(FLAG_FIELDS.map((f) => c.flags[f] ?? 0)));
    // DBL_MAX is integral: boxed so that it stays a float.
    set('float_info', floatInfo.make([new PyFloat(1.7976931348623157e+308), 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
      2.220446049250313e-16, 2, 1]));
    set('int_info', intInfo.make([30, 4, 4300, 640]));
    set('hash_info', hashInfo.make([64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
    set('thread_info', threadInfo.make(['pthread', 'semaphore', null]));
    const impl = call(new Ref(TYPE_ADDR[simpleNamespaceType.index]!), [], ['name', 'cache_tag', 'version', 'hexversion', '_multiarch', 'supports_isolated_interpreters'],
      ['ftpy', null, dictGet(d, 'version_info')!, HEXVERSION, MULTIARCH, false]);
    set('implementation', impl);
    set('builtin_module_names', newTuple(nativeModuleNames()));
    set('stdlib_module_names', newSetFrom(builtinTypeAddr('frozenset'), newTuple([...STDLIB_MODULE_NAMES])));
    set('warnoptions', newList(c.warnoptions));
    const xo = newDict();
    for (const [k, xv] of c.xoptions) dictSet(xo, k, xv);
    const cc = c.xoptions.get('cpu_count');
    cpuCount = typeof cc === 'string' && /^\d+$/.test(cc) ? Number(cc) : -1;
    set('_xoptions', new Ref(xo));
    set('_git', newTuple(['ftpy', '', '']));
    set('_jit', jitModule.create());
    set('_framework', '');
    for (const n of ['stdout', 'stderr', 'stdin'] as const) {
      set(n, c[n]);
      set(`__${n}__`, c[n]);
    }
    for (const n of ['displayhook', 'excepthook', 'unraisablehook']) set(`__${n}__`, dictGet(d, n)!);
    set('__breakpointhook__', null);
    set('breakpointhook', null);
    set('__interactivehook__', null);
  },
});

let switchInterval = 0.005;
let finalizing = false;
export function setFinalizing(): void {
  finalizing = true;
}
const auditHooks: Value[] = [];

function audit(event: Value, args: Value[]): Value {
  if (typeof event !== 'string') raise('TypeError', `expected str for argument 'event', not ${typeNameOf(event)}`);
  const t = newTuple(args);
  for (const h of auditHooks) call(h, [event, t]);
  return null;
}

