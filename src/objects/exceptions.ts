// The exception hierarchy of Python 3.14 and BaseException's behaviour: args, __str__/__repr__,
// __traceback__/__context__/__cause__/__suppress_context__, add_note, with_traceback, and the
// extra attributes of StopIteration, SystemExit, ImportError, OSError, SyntaxError, NameError,
// AttributeError, the Unicode errors and exception groups. CPython: Objects/exceptions.c.

import { I32 } from '../heap/index.js';
import { allocObj } from './alloc.js';
import { ExcSlot, TypeSlot } from './layouts.js';
import { Ref, decode, encode, getSlot, setSlot, tagInt, nslots, type Value } from './value.js';
import { defineBuiltinType, TYPE_ADDR, BUILTIN_TYPES, type TypeDecl } from './registry.js';
import { typeOf, typeName, isSubtype } from './typeobject.js';
import { raise, repr, str, typeNameOf, call } from './protocol.js';
import { instanceDict } from './object.js';
import { dictGet, dictSet, dictItems, isDict, newDict } from './dict.js';

/** Extra slots after ExcSlot.Count for the subclasses that carry attributes. */
const EXTRA: Record<string, string[]> = {
  StopIteration: ['value'],
  StopAsyncIteration: [],
  SystemExit: ['code'],
  ImportError: ['msg', 'name', 'path', 'name_from'],
  OSError: ['errno', 'strerror', 'filename', 'filename2', 'characters_written'],
  SyntaxError: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line', '_metadata'],
  NameError: ['name'],
  AttributeError: ['name', 'obj'],
  UnicodeError: ['encoding', 'object', 'start', 'end', 'reason'],
  BaseExceptionGroup: ['message', 'exceptions', '_excs_str'],
};

interface ExcDecl {
  name: string;
  base: string | null;
  bases?: string[];
  doc: string;
}

const HIERARCHY: ExcDecl[] = [
  { name: 'BaseException', base: 'object', doc: 'Common base class for all exceptions' },
  { name: 'BaseExceptionGroup', base: 'BaseException', doc: 'A combination of multiple unrelated exceptions.' },
  { name: 'GeneratorExit', base: 'BaseException', doc: 'Request that a generator exit.' },
  { name: 'KeyboardInterrupt', base: 'BaseException', doc: 'Program interrupted by user.' },
  { name: 'SystemExit', base: 'BaseException', doc: 'Request to exit from the interpreter.' },
  { name: 'Exception', base: 'BaseException', doc: 'Common base class for all non-exit exceptions.' },
  { name: 'ArithmeticError', base: 'Exception', doc: 'Base class for arithmetic errors.' },
  { name: 'FloatingPointError', base: 'ArithmeticError', doc: 'Floating-point operation failed.' },
  { name: 'OverflowError', base: 'ArithmeticError', doc: 'Result too large to be represented.' },
  { name: 'ZeroDivisionError', base: 'ArithmeticError', doc: 'Second argument to a division or modulo operation was zero.' },
  { name: 'AssertionError', base: 'Exception', doc: 'Assertion failed.' },
  { name: 'AttributeError', base: 'Exception', doc: 'Attribute not found.' },
  { name: 'BufferError', base: 'Exception', doc: 'Buffer error.' },
  { name: 'EOFError', base: 'Exception', doc: 'Read beyond end of file.' },
  { name: 'ExceptionGroup', base: 'BaseExceptionGroup', bases: ['BaseExceptionGroup', 'Exception'], doc: '' },
  { name: 'ImportError', base: 'Exception', doc: "Import can't find module, or can't find name in module." },
  { name: 'ModuleNotFoundError', base: 'ImportError', doc: 'Module not found.' },
  { name: 'LookupError', base: 'Exception', doc: 'Base class for lookup errors.' },
  { name: 'IndexError', base: 'LookupError', doc: 'Sequence index out of range.' },
  { name: 'KeyError', base: 'LookupError', doc: 'Mapping key not found.' },
  { name: 'MemoryError', base: 'Exception', doc: 'Out of memory.' },
  { name: 'NameError', base: 'Exception', doc: 'Name not found globally.' },
  { name: 'UnboundLocalError', base: 'NameError', doc: 'Local name referenced but not bound to a value.' },
  { name: 'OSError', base: 'Exception', doc: 'Base class for I/O related errors.' },
  { name: 'BlockingIOError', base: 'OSError', doc: 'I/O operation would block.' },
  { name: 'ChildProcessError', base: 'OSError', doc: 'Child process error.' },
  { name: 'ConnectionError', base: 'OSError', doc: 'Connection error.' },
  { name: 'BrokenPipeError', base: 'ConnectionError', doc: 'Broken pipe.' },
  { name: 'ConnectionAbortedError', base: 'ConnectionError', doc: 'Connection aborted.' },
  { name: 'ConnectionRefusedError', base: 'ConnectionError', doc: 'Connection refused.' },
  { name: 'ConnectionResetError', base: 'ConnectionError', doc: 'Connection reset.' },
  { name: 'FileExistsError', base: 'OSError', doc: 'File already exists.' },
  { name: 'FileNotFoundError', base: 'OSError', doc: 'File not found.' },
  { name: 'InterruptedError', base: 'OSError', doc: 'Interrupted by signal.' },
  { name: 'IsADirectoryError', base: 'OSError', doc: "Operation doesn't work on directories." },
  { name: 'NotADirectoryError', base: 'OSError', doc: 'Operation only works on directories.' },
  { name: 'PermissionError', base: 'OSError', doc: 'Not enough permissions.' },
  { name: 'ProcessLookupError', base: 'OSError', doc: 'Process not found.' },
  { name: 'TimeoutError', base: 'OSError', doc: 'Timeout expired.' },
  { name: 'ReferenceError', base: 'Exception', doc: 'Weak ref proxy used after referent went away.' },
  { name: 'RuntimeError', base: 'Exception', doc: 'Unspecified run-time error.' },
  { name: 'NotImplementedError', base: 'RuntimeError', doc: "Method or function hasn't been implemented yet." },
  { name: 'PythonFinalizationError', base: 'RuntimeError', doc: 'Operation blocked during Python finalization.' },
  { name: 'RecursionError', base: 'RuntimeError', doc: 'Recursion limit exceeded.' },
  { name: 'StopAsyncIteration', base: 'Exception', doc: 'Signal the end from iterator.__anext__().' },
  { name: 'StopIteration', base: 'Exception', doc: 'Signal the end from iterator.__next__().' },
  { name: 'SyntaxError', base: 'Exception', doc: 'Invalid syntax.' },
  { name: 'IndentationError', base: 'SyntaxError', doc: 'Improper indentation.' },
  { name: 'TabError', base: 'IndentationError', doc: 'Improper mixture of spaces and tabs.' },
  { name: '_IncompleteInputError', base: 'SyntaxError', doc: 'incomplete input.' },
  { name: 'SystemError', base: 'Exception', doc: 'Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.' },
  { name: 'TypeError', base: 'Exception', doc: 'Inappropriate argument type.' },
  { name: 'ValueError', base: 'Exception', doc: 'Inappropriate argument value (of correct type).' },
  { name: 'UnicodeError', base: 'ValueError', doc: 'Unicode related error.' },
  { name: 'UnicodeDecodeError', base: 'UnicodeError', doc: 'Unicode decoding error.' },
  { name: 'UnicodeEncodeError', base: 'UnicodeError', doc: 'Unicode encoding error.' },
  { name: 'UnicodeTranslateError', base: 'UnicodeError', doc: 'Unicode translation error.' },
  { name: 'Warning', base: 'Exception', doc: 'Base class for warning categories.' },
  { name: 'BytesWarning', base: 'Warning', doc: 'Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.' },
  { name: 'DeprecationWarning', base: 'Warning', doc: 'Base class for warnings about deprecated features.' },
  { name: 'EncodingWarning', base: 'Warning', doc: 'Base class for warnings about encodings.' },
  { name: 'FutureWarning', base: 'Warning', doc: 'Base class for warnings about constructs that will change semantically\nin the future.' },
  { name: 'ImportWarning', base: 'Warning', doc: 'Base class for warnings about probable mistakes in module imports' },
  { name: 'PendingDeprecationWarning', base: 'Warning', doc: 'Base class for warnings about features which will be deprecated\nin the future.' },
  { name: 'ResourceWarning', base: 'Warning', doc: 'Base class for warnings about resource usage.' },
  { name: 'RuntimeWarning', base: 'Warning', doc: 'Base class for warnings about dubious runtime behavior.' },
  { name: 'SyntaxWarning', base: 'Warning', doc: 'Base class for warnings about dubious syntax.' },
  { name: 'UnicodeWarning', base: 'Warning', doc: 'Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.' },
  { name: 'UserWarning', base: 'Warning', doc: 'Base class for warnings generated by user code.' },
];

/** The builtin exceptions Objects/exceptions.c declares without a tp_new of their own. */
const INHERITS_NEW = new Set(['SystemExit', 'AttributeError', 'ImportError', 'NameError', 'StopIteration', 'SyntaxError',
  'BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
  'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError', 'IndentationError',
  '_IncompleteInputError', 'KeyError', 'ModuleNotFoundError', 'UnboundLocalError', 'BrokenPipeError',
  'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError', 'TabError', 'ExceptionGroup']);

/** (type, args) or (type, args, state) when there is a state (BaseException___reduce__). */
function reduceWith(self: Value, state: Value): Value {
  const r = [new Ref(typeOf(self)), args(self)];
  if (state !== null) r.push(state);
  return makeTuple(r);
}

/** ImportError_getstate: the instance dict plus the name/path/name_from that are set, or None. */
function importErrorState(self: Value): Value {
  const own = instanceDict(self, false);
  const set = (['name', 'path', 'name_from'] as const).filter((n) => getExtra(self, n) !== null);
  if (set.length === 0) return own === 0 ? null : new Ref(own);
  const d = newDict();
  if (own !== 0) for (const [k, v] of dictItems(own)) dictSet(d, k, v);
  for (const n of set) dictSet(d, n, getExtra(self, n));
  return new Ref(d);
}

/** Slot count of instances of each exception class (inherited extras). */
const slotCounts = new Map<string, number>();
const extraNames = new Map<string, string[]>();
for (const d of HIERARCHY) {
  const inherited = d.base === 'object' || d.base === null ? [] : extraNames.get(d.base) ?? [];
  const own = EXTRA[d.name] ?? [];
  const all = [...inherited, ...own];
  extraNames.set(d.name, all);
  slotCounts.set(d.name, ExcSlot.Count + all.length);
}

/** Slot index of extra attribute `name` for class `cls` (by builtin name), or -1. */
export function excExtraSlot(cls: string, name: string): number {
  const i = (extraNames.get(cls) ?? []).indexOf(name);
  return i < 0 ? -1 : ExcSlot.Count + i;
}

function args(self: Value): Value {
  return decode(getSlot((self as Ref).a, ExcSlot.Args)) ?? emptyTuple();
}

let emptyTuple: () => Value = () => null;
let makeTuple: (items: Value[]) => Value = () => null;
let tupleItems: (t: Value) => Value[] = () => [];
let makeList: (items: Value[]) => Value = () => null;
export function setExceptionHooks(h: { emptyTuple: () => Value; tuple: (items: Value[]) => Value;
  tupleItems: (t: Value) => Value[]; list: (items: Value[]) => Value }): void {
  emptyTuple = h.emptyTuple;
  makeTuple = h.tuple;
  tupleItems = h.tupleItems;
  makeList = h.list;
}

function getExtra(self: Value, name: string): Value {
  const cls = builtinExceptionBase(typeOf(self));
  const i = excExtraSlot(cls, name);
  if (i < 0) return null;
  return decode(getSlot((self as Ref).a, i)) ?? null;
}

function setExtra(self: Value, name: string, v: Value): void {
  const cls = builtinExceptionBase(typeOf(self));
  const i = excExtraSlot(cls, name);
  if (i >= 0) setSlot((self as Ref).a, i, encode(v));
}

/** The name of the nearest builtin exception class of type `t` (for its slot layout). */
export function builtinExceptionBase(t: number): string {
  const def = BUILTIN_TYPES[getSlot(t, TypeSlot.Builtin) >> 1]!;
  return def.name;
}

/** Creates an exception instance of type `t` without calling __init__ (BaseException.__new__). */
export function newException(t: number, argv: Value[]): Ref {
  const n = getSlot(t, TypeSlot.InstanceSlots) >> 1;
  const a = allocObj(t, n, 0);
  setSlot(a, ExcSlot.Args, encode(makeTuple(argv)));
  setSlot(a, ExcSlot.SuppressContext, tagInt(0));
  return new Ref(a);
}

function baseStr(self: Value): string {
  const a = tupleItems(args(self));
  if (a.length === 0) return '';
  if (a.length === 1) return str(a[0]!);
  return str(args(self));
}

function declFor(d: ExcDecl): TypeDecl {
  const decl: TypeDecl = {
    name: d.name,
    base: d.base,
    bases: d.bases,
    flags: 2 /* BaseType */ | (1 << 6) /* IsException */,
    instanceSlots: slotCounts.get(d.name)!,
    dictSlot: ExcSlot.Dict,
    doc: d.doc || null,
    methods: {},
    getsets: {},
    slots: {},
  };
  const m = decl.methods!;
  const g = decl.getsets!;
  if (d.name === 'BaseException') {
    m.__new__ = {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((cls: Value, a: Value[]) => newException((cls as Ref).a, a)) as never,
    };
    m.__init__ = {
      sig: '__init__($self, /, *args, **kwargs)',
      fn: ((self: Value, a: Value[], kw: Map<string, Value>) => {
        if (kw.size) raise('TypeError', `${typeNameOf(self)}() takes no keyword arguments`);
        setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
        return null;
      }) as never,
    };
    m.__str__ = { sig: '__str__($self, /)', fn: ((self: Value) => baseStr(self)) as never };
    m.__repr__ = {
      sig: '__repr__($self, /)',
      fn: ((self: Value) => {
        const a = tupleItems(args(self));
        const name = typeNameOf(self);
        if (a.length === 1) return `${name}(${repr(a[0]!)})`;
        return `${name}${repr(args(self))}`;
      }) as never,
    };
    m.with_traceback = {
      sig: 'with_traceback($self, tb, /)',
      fn: ((self: Value, tb: Value) => {
        setTraceback(self, tb);
        return self;
      }) as never,
    };
    m.add_note = {
      sig: 'add_note($self, note, /)',
      fn: ((self: Value, note: Value) => {
        if (typeof note !== 'string') raise('TypeError', `add_note() argument must be str, not ${typeNameOf(note)}`);
        const d = instanceDict(self, true);
        let notes = dictGet(d, '__notes__');
        if (notes === undefined) {
          notes = makeList([]);
          dictSet(d, '__notes__', notes);
        }
        call(getattrHook(notes, 'append'), [note]);
        return null;
      }) as never,
    };
    m.__reduce__ = {
      sig: '__reduce__($self, /)',
      fn: ((self: Value) => reduceWith(self, instanceDict(self, false) === 0 ? null : new Ref(instanceDict(self, false)))) as never,
    };
    // BaseException___setstate__: each item of the state dict becomes an attribute.
    m.__setstate__ = {
      sig: '__setstate__($self, state, /)',
      fn: ((self: Value, state: Value) => {
        if (state === null) return null;
        if (!isDict(state)) raise('TypeError', 'state is not a dictionary');
        const setattr = getattrHook(self, '__setattr__');
        for (const [k, v] of dictItems((state as Ref).a)) call(setattr, [k, v]);
        return null;
      }) as never,
    };
    g.__dict__ = {
      get: ((self: Value) => new Ref(instanceDict(self, true))) as never,
      set: ((self: Value, v: Value) => {
        if (!isDict(v)) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeNameOf(v)}'`);
        setSlot((self as Ref).a, ExcSlot.Dict, encode(v));
        return null;
      }) as never,
    };
    g.args = {
      get: ((self: Value) => args(self)) as never,
      set: ((self: Value, v: Value) => {
        setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(toArrayHook(v))));
        return null;
      }) as never,
    };
    g.__traceback__ = {
      get: ((self: Value) => decode(getSlot((self as Ref).a, ExcSlot.Traceback)) ?? null) as never,
      set: ((self: Value, v: Value) => {
        setTraceback(self, v);
        return null;
      }) as never,
    };
    g.__context__ = {
      get: ((self: Value) => decode(getSlot((self as Ref).a, ExcSlot.Context)) ?? null) as never,
      set: ((self: Value, v: Value) => {
        if (v !== null && !isException(v)) raise('TypeError', 'exception context must be None or derive from BaseException');
        setSlot((self as Ref).a, ExcSlot.Context, encode(v));
        return null;
      }) as never,
    };
    g.__cause__ = {
      get: ((self: Value) => decode(getSlot((self as Ref).a, ExcSlot.Cause)) ?? null) as never,
      set: ((self: Value, v: Value) => {
        if (v !== null && !isException(v)) raise('TypeError', 'exception cause must be None or derive from BaseException');
        setSlot((self as Ref).a, ExcSlot.Cause, encode(v));
        setSlot((self as Ref).a, ExcSlot.SuppressContext, tagInt(1));
        return null;
      }) as never,
    };
    g.__suppress_context__ = {
      get: ((self: Value) => (getSlot((self as Ref).a, ExcSlot.SuppressContext) >> 1) !== 0) as never,
      set: ((self: Value, v: Value) => {
        setSlot((self as Ref).a, ExcSlot.SuppressContext, tagInt(truthyHook(v) ? 1 : 0));
        return null;
      }) as never,
    };
  }
  const extras = EXTRA[d.name] ?? [];
  for (const name of extras) {
    if (name.startsWith('_')) continue;
    // Object members (T_OBJECT): deleting one leaves None; the group's two are read-only.
    g[name] = d.name === 'BaseExceptionGroup' ? { get: ((self: Value) => getExtra(self, name)) as never, member: true } : {
      get: ((self: Value) => getExtra(self, name)) as never,
      del: true,
      set: ((self: Value, v: Value | undefined) => {
        setExtra(self, name, v ?? null);
        return null;
      }) as never,
    };
  }
  switch (d.name) {
    case 'StopIteration':
      m.__init__ = {
        sig: '__init__($self, /, *args)',
        fn: ((self: Value, a: Value[]) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          setExtra(self, 'value', a.length ? a[0]! : null);
          return null;
        }) as never,
      };
      break;
    case 'SystemExit':
      m.__init__ = {
        sig: '__init__($self, /, *args)',
        fn: ((self: Value, a: Value[]) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          setExtra(self, 'code', a.length === 0 ? null : a.length === 1 ? a[0]! : makeTuple(a));
          return null;
        }) as never,
      };
      break;
    case 'KeyError':
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const a = tupleItems(args(self));
          return a.length === 1 ? repr(a[0]!) : baseStr(self);
        }) as never,
      };
      break;
    case 'ImportError':
      m.__reduce__ = {
        sig: '__reduce__($self, /)',
        fn: ((self: Value) => reduceWith(self, importErrorState(self))) as never,
      };
      m.__init__ = {
        sig: '__init__($self, /, *args, name=None, path=None, name_from=None)',
        fn: ((self: Value, a: Value[], name: Value, path: Value, nameFrom: Value) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          setExtra(self, 'msg', a.length === 1 ? a[0]! : null);
          setExtra(self, 'name', name);
          setExtra(self, 'path', path);
          setExtra(self, 'name_from', nameFrom);
          return null;
        }) as never,
      };
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const msg = getExtra(self, 'msg');
          return msg !== null ? str(msg) : baseStr(self);
        }) as never,
      };
      break;
    case 'NameError':
      m.__init__ = {
        sig: '__init__($self, /, *args, name=None)',
        fn: ((self: Value, a: Value[], name: Value) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          setExtra(self, 'name', name);
          return null;
        }) as never,
      };
      break;
    case 'AttributeError':
      m.__init__ = {
        sig: '__init__($self, /, *args, name=None, obj=None)',
        fn: ((self: Value, a: Value[], name: Value, obj: Value) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          setExtra(self, 'name', name);
          setExtra(self, 'obj', obj);
          return null;
        }) as never,
      };
      break;
    case 'UnicodeEncodeError':
    case 'UnicodeDecodeError':
    case 'UnicodeTranslateError': {
      const kind = d.name;
      // CPython: Objects/exceptions.c UnicodeEncodeError_init / UnicodeDecodeError_init / ..._str.
      const argTypes = kind === 'UnicodeTranslateError' ? ['str', 'int', 'int', 'str'] : ['str', kind === 'UnicodeDecodeError' ? 'bytes' : 'str', 'int', 'int', 'str'];
      const names = kind === 'UnicodeTranslateError' ? ['object', 'start', 'end', 'reason'] : ['encoding', 'object', 'start', 'end', 'reason'];
      m.__init__ = {
        sig: '__init__($self, /, *args)',
        fn: ((self: Value, a: Value[]) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          if (a.length !== argTypes.length) {
            raise('TypeError', `function takes exactly ${argTypes.length} arguments (${a.length} given)`);
          }
          a.forEach((v, i) => {
            const want = argTypes[i]!;
            const ok = want === 'str' ? typeof v === 'string' : want === 'int' ? typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
              : bytesOfHook(v) !== null;
            if (!ok) raise('TypeError', `argument ${i + 1} must be ${want === 'bytes' ? 'bytes-like object' : want}, not ${typeNameOf(v)}`);
            setExtra(self, names[i]!, want === 'bytes' ? bytesCopyHook(v) : v);
          });
          if (kind === 'UnicodeTranslateError') setExtra(self, 'encoding', null);
          return null;
        }) as never,
      };
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const obj = getExtra(self, 'object');
          if (obj === null) return '';
          const start = Number(getExtra(self, 'start'));
          const end = Number(getExtra(self, 'end'));
          const encoding = getExtra(self, 'encoding');
          const reason = getExtra(self, 'reason');
          const data = typeof obj === 'string' ? obj : bytesOfHook(obj);
          if (data === null) return baseStr(self);
          return unicodeErrorMessageHook(kind as 'UnicodeEncodeError', typeof encoding === 'string' ? encoding : '', data,
            start, end, typeof reason === 'string' ? reason : str(reason));
        }) as never,
      };
      break;
    }
    case 'OSError':
      // OSError_new: OSError(errno, strerror, ...) makes the subclass that errno maps to.
      m.__new__ = {
        sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
        fn: ((cls: Value, a: Value[]) => {
          let t = (cls as Ref).a;
          const en = a[0];
          if (t === builtinAddr('OSError') && a.length >= 2 && a.length <= 5 && (typeof en === 'number' || typeof en === 'boolean')) {
            const sub = ERRNO_SUBCLASS.get(Number(en));
            if (sub !== undefined) t = builtinAddr(sub);
          }
          return newException(t, a);
        }) as never,
      };
      m.__init__ = {
        sig: '__init__($self, /, *args)',
        fn: ((self: Value, a: Value[]) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a.length >= 2 && a.length <= 5 ? a.slice(0, 2) : a)));
          if (a.length >= 2 && a.length <= 5) {
            setExtra(self, 'errno', a[0]!);
            setExtra(self, 'strerror', a[1]!);
            if (a.length >= 3) setExtra(self, 'filename', a[2]!);
            if (a.length >= 5) setExtra(self, 'filename2', a[4]!);
          }
          return null;
        }) as never,
      };
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const errno = getExtra(self, 'errno');
          const strerror = getExtra(self, 'strerror');
          const fn = getExtra(self, 'filename');
          const fn2 = getExtra(self, 'filename2');
          if (fn !== null && fn2 !== null) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
          if (fn !== null) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`;
          if (errno !== null && strerror !== null) return `[Errno ${str(errno)}] ${str(strerror)}`;
          return baseStr(self);
        }) as never,
      };
      break;
    case 'SyntaxError':
      m.__init__ = {
        sig: '__init__($self, /, *args)',
        fn: ((self: Value, a: Value[]) => {
          setSlot((self as Ref).a, ExcSlot.Args, encode(makeTuple(a)));
          if (a.length >= 1) setExtra(self, 'msg', a[0]!);
          if (a.length === 2) {
            const info = tupleItems(a[1]!);
            if (info.length < 4 || info.length > 6) raise('IndexError', 'tuple index out of range');
            const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
            info.forEach((v, i) => setExtra(self, names[i]!, v));
          }
          return null;
        }) as never,
      };
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const msg = getExtra(self, 'msg');
          const filename = getExtra(self, 'filename');
          const lineno = getExtra(self, 'lineno');
          const base = msg === null ? baseStr(self) : str(msg);
          const file = typeof filename === 'string' ? filename.replace(/^.*\//, '') : null;
          if (file !== null && typeof lineno === 'number') return `${base} (${file}, line ${lineno})`;
          if (file !== null) return `${base} (${file})`;
          if (typeof lineno === 'number') return `${base} (line ${lineno})`;
          return base;
        }) as never,
      };
      break;
    case 'BaseExceptionGroup':
      m.__new__ = {
        sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
        fn: ((cls: Value, a: Value[]) => exceptionGroupNew(cls as Ref, a)) as never,
      };
      m.__init__ = { sig: '__init__($self, /, *args, **kwargs)', fn: (() => null) as never };
      m.__str__ = {
        sig: '__str__($self, /)',
        fn: ((self: Value) => {
          const n = tupleItems(getExtra(self, 'exceptions')).length;
          return `${str(getExtra(self, 'message'))} (${n} sub-exception${n === 1 ? '' : 's'})`;
        }) as never,
      };
      m.__repr__ = {
        sig: '__repr__($self, /)',
        // BaseExceptionGroup_repr: self.exceptions shown like the args[1] it came from.
        fn: ((self: Value) => {
          const saved = getExtra(self, '_excs_str');
          const excs = getExtra(self, 'exceptions');
          const args = decode(getSlot((self as Ref).a, ExcSlot.Args));
          const arg1 = args instanceof Ref ? tupleItems(args)[1] : undefined;
          const shown = typeof saved === 'string' ? saved
            : repr(arg1 !== undefined && isSubtype(typeOf(arg1), builtinAddr('list')) ? listOfHook(excs) : excs);
          return `${typeNameOf(self)}(${repr(getExtra(self, 'message'))}, ${shown})`;
        }) as never,
      };
      m.derive = {
        sig: 'derive($self, excs, /)',
        fn: ((self: Value, excs: Value) => call(new Ref(groupTypeFor(self, excs)), [getExtra(self, 'message'), excs])) as never,
      };
      m.split = { sig: 'split($self, matcher_value, /)', fn: ((self: Value, m2: Value) => groupSplitHook(self, m2, true)) as never };
      m.subgroup = { sig: 'subgroup($self, matcher_value, /)', fn: ((self: Value, m2: Value) => groupSplitHook(self, m2, false)) as never };
      m.__class_getitem__ = { sig: '__class_getitem__($type, item, /)', kind: 'classmethod', fn: ((c: Value, item: Value) => genericAliasHook(c, item)) as never };
      break;
    default:
  }
  // A static exception type declared with its own tp_new gets its own __new__ in its dict
  // (type_ready_set_new), so ValueError.__new__ is bound to ValueError; the others inherit it.
  if (m.__new__ === undefined && !INHERITS_NEW.has(d.name)) {
    m.__new__ = {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: ((cls: Value, a: Value[]) => newException((cls as Ref).a, a)) as never,
    };
  }
  return decl;
}

function groupTypeFor(self: Value, _excs: Value): number {
  return typeOf(self);
}

function exceptionGroupNew(cls: Ref, a: Value[]): Value {
  if (a.length !== 2) raise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [message, excsIn] = a as [Value, Value];
  if (typeof message !== 'string') raise('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeNameOf(message)}`);
  if (!isSequenceHook(excsIn)) raise('TypeError', 'second argument (exceptions) must be a sequence');
  const excs = toArrayHook(excsIn);
  if (excs.length === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  excs.forEach((e, i) => {
    if (!isException(e)) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(typeOf(e), builtinAddr('Exception'))) allExceptions = false;
  });
  let t = cls.a;
  const beg = builtinAddr('BaseExceptionGroup');
  const eg = builtinAddr('ExceptionGroup');
  if (t === beg) {
    if (allExceptions) t = eg;
  } else if (t === eg) {
    if (!allExceptions) raise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && isSubtype(t, builtinAddr('Exception'))) {
    raise('TypeError', `Cannot nest BaseExceptions in '${typeName(t)}'`);
  }
  const e = newException(t, a);
  setExtra(e, 'message', message);
  setExtra(e, 'exceptions', makeTuple(excs));
  // A sequence other than a list or tuple is shown as it was when the group was made.
  if (!isSubtype(typeOf(excsIn), builtinAddr('list')) && !isSubtype(typeOf(excsIn), builtinAddr('tuple'))) {
    setExtra(e, '_excs_str', repr(excsIn));
  }
  return e;
}

/** errnomap (exceptions.c _PyExc_InitState), with Linux errno values. */
const ERRNO_SUBCLASS = new Map<number, string>([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'], [32, 'BrokenPipeError'],
  [108, 'BrokenPipeError'], [10, 'ChildProcessError'], [103, 'ConnectionAbortedError'],
  [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'], [17, 'FileExistsError'], [2, 'FileNotFoundError'],
  [21, 'IsADirectoryError'], [20, 'NotADirectoryError'], [4, 'InterruptedError'], [13, 'PermissionError'],
  [1, 'PermissionError'], [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

function builtinAddr(name: string): number {
  return TYPE_ADDR[BUILTIN_TYPES.findIndex((d) => d.name === name)]!;
}

export function isException(v: Value): boolean {
  return v instanceof Ref && isSubtype(I32[v.a >> 2]!, builtinAddr('BaseException'));
}

export function setTraceback(exc: Value, tb: Value): void {
  setSlot((exc as Ref).a, ExcSlot.Traceback, encode(tb));
}

let bytesOfHook: (v: Value) => Uint8Array | null = () => null;
let bytesCopyHook: (v: Value) => Value = (v) => v;
let unicodeErrorMessageHook: (kind: 'UnicodeEncodeError' | 'UnicodeDecodeError' | 'UnicodeTranslateError', encoding: string,
  object: string | Uint8Array, start: number, end: number, reason: string) => string = () => '';
/** The codecs layer sits above the exceptions: it installs how to read bytes and word messages. */
export function setUnicodeErrorHooks(h: { bytesOf: typeof bytesOfHook; bytesCopy: typeof bytesCopyHook;
  message: typeof unicodeErrorMessageHook }): void {
  bytesOfHook = h.bytesOf;
  bytesCopyHook = h.bytesCopy;
  unicodeErrorMessageHook = h.message;
}

let truthyHook: (v: Value) => boolean = () => true;
let toArrayHook: (v: Value) => Value[] = () => [];
let getattrHook: (v: Value, name: string) => Value = () => null;
let listOfHook: (v: Value) => Value = (v) => v;
let isSequenceHook: (v: Value) => boolean = () => true;
let groupSplitHook: (self: Value, m: Value, split: boolean) => Value = () => null;
let genericAliasHook: (c: Value, item: Value) => Value = (c) => c;
export function setExceptionProtocolHooks(h: { truthy: typeof truthyHook; toArray: typeof toArrayHook;
  getattr: typeof getattrHook; listOf: typeof listOfHook; isSequence: typeof isSequenceHook;
  groupSplit: typeof groupSplitHook; genericAlias: typeof genericAliasHook }): void {
  truthyHook = h.truthy;
  toArrayHook = h.toArray;
  getattrHook = h.getattr;
  listOfHook = h.listOf;
  isSequenceHook = h.isSequence;
  groupSplitHook = h.groupSplit;
  genericAliasHook = h.genericAlias;
}

export const EXCEPTION_TYPES = HIERARCHY.map((d) => defineBuiltinType(declFor(d)));
export const EXCEPTION_NAMES = HIERARCHY.map((d) => d.name);

export { nslots, excExtraSlot as extraSlot, getExtra, setExtra };
