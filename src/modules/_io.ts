// The _io module: open(), open_code(), text_encoding(), DEFAULT_BUFFER_SIZE, UnsupportedOperation and
// the stream types, one file each (_io_base, _io_fileio, _io_bytesio, _io_stringio, _io_buffered,
// _io_textio, _io_newline); the console streams' per-worker output buffer is in _io_console.
// CPython: Modules/_io/_iomodule.c.

import { Ref, type Value } from '../objects/value.js';
import { TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { raise, typeNameOf, truthy, call, repr } from '../objects/protocol.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { isStr, strOf } from '../objects/str_type.js';
import { isBytes } from '../objects/bytes.js';
import { hasIndex } from '../objects/coll_ops.js';
import { lookup, typeOf } from '../objects/typeobject.js';
import { getattr, setattr } from '../vm/attr.js';
import { callMethod } from '../vm/call.js';
import { interpreterState, builtinsModuleRef } from '../vm/runtime.js';
import { moduleDict } from '../objects/module.js';
import { defineModule, newExceptionType } from './define.js';
import { warnHere } from '../vm/warn.js';
import { DEFAULT_BUFFER_SIZE, indexArg } from './_io_common.js';
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType } from './_io_base.js';
import { bytesIOType } from './_io_bytesio.js';
import { stringIOType } from './_io_stringio.js';
import { incrementalNewlineDecoderType } from './_io_newline.js';
import { fileIOType } from './_io_fileio.js';
import { bufferedReaderType, bufferedWriterType, bufferedRandomType, flushOpenWriters } from './_io_buffered.js';
import { bufferedRWPairType } from './_io_rwpair.js';
import { textIOWrapperType, newConsoleStream } from './_io_textio.js';
import { flushAllStreams, readLine } from './_io_console.js';

export { textIOWrapperType, newConsoleStream, flushAllStreams, readLine, flushOpenWriters };

function typeRef(t: { index: number }): Ref {
  return new Ref(TYPE_ADDR[t.index]!);
}

/** open(): FileIO, wrapped in a buffered object, wrapped in a TextIOWrapper (_io_open_impl). */
export function open(file: Value, modeArg: Value, buffering: Value, encoding: Value, errors: Value, newline: Value,
  closefd: Value, opener: Value): Value {
  if (!isStr(file) && !isBytes(file) && !hasIndex(file)) {
    const m = file instanceof Ref ? lookup(typeOf(file), '__fspath__') : undefined;
    if (m === undefined || m === null) raise('TypeError', `invalid file: ${repr(file)}`);
  }
  if (!isStr(modeArg)) raise('TypeError', `open() argument 'mode' must be str, not ${typeNameOf(modeArg)}`);
  const mode = strOf(modeArg);
  if (encoding !== null && !isStr(encoding)) raise('TypeError', `open() argument 'encoding' must be str or None, not ${typeNameOf(encoding)}`);
  if (errors !== null && !isStr(errors)) raise('TypeError', `open() argument 'errors' must be str or None, not ${typeNameOf(errors)}`);
  if (newline !== null && !isStr(newline)) raise('TypeError', `open() argument 'newline' must be str or None, not ${typeNameOf(newline)}`);
  let bufsize = indexArg(buffering);
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwxabt+'.includes(c) || seen.has(c)) raise('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const creating = seen.has('x');
  const reading = seen.has('r');
  const writing = seen.has('w');
  const appending = seen.has('a');
  const updating = seen.has('+');
  const text = seen.has('t');
  const binary = seen.has('b');
  let rawmode = creating ? 'x' : reading ? 'r' : writing ? 'w' : appending ? 'a' : '';
  if (updating) rawmode += '+';
  if (text && binary) raise('ValueError', "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    raise('ValueError', 'must have exactly one of create/read/write/append mode');
  }
  if (!(creating || reading || writing || appending)) raise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== null) raise('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) raise('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) raise('ValueError', "binary mode doesn't take a newline argument");
  if (binary && bufsize === 1) {
    warnHere('RuntimeWarning', "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  const raw = call(typeRef(fileIOType), [file, rawmode], ['closefd', 'opener'], [closefd, opener]);
  let result: Value = raw;
  try {
    const lineBuffering = bufsize === 1 || (bufsize < 0 && truthy(callMethod(raw, 'isatty', [])));
    if (bufsize === 1 || bufsize < 0) {
      const blk = getattr(raw, '_blksize');
      bufsize = Math.max(Math.min(typeof blk === 'number' ? blk : 0, 8192 * 1024), DEFAULT_BUFFER_SIZE);
    }
    if (bufsize === 0) {
      if (binary) return raw;
      raise('ValueError', "can't have unbuffered text I/O");
    }
    const cls = updating ? bufferedRandomType : creating || writing || appending ? bufferedWriterType : bufferedReaderType;
    const buffer = call(typeRef(cls), [raw, bufsize]);
    result = buffer;
    if (binary) return buffer;
    const wrapper = call(typeRef(textIOWrapperType), [buffer, encoding, errors, newline, lineBuffering]);
    result = wrapper;
    setattr(wrapper, 'mode', mode);
    return wrapper;
  } catch (e) {
    try {
      callMethod(result, 'close', []);
    } catch { /* the first error wins */ }
    throw e;
  }
}

export const ioModule = defineModule({
  name: '_io',
  functions: {
    open: {
      sig: "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
      fn: open as never,
    },
    open_code: {
      sig: 'open_code(path)',
      fn: ((path: Value) => {
        if (!isStr(path)) raise('TypeError', `open_code() argument 'path' must be str, not ${typeNameOf(path)}`);
        return open(path, 'rb', -1, null, null, null, true, null);
      }) as never,
    },
    text_encoding: {
      sig: 'text_encoding(encoding, stacklevel=2, /)',
      fn: ((encoding: Value) => (encoding !== null ? encoding : 'locale')) as never,
    },
  },
  init: (d) => {
    // builtins.open is io.open (one function object, as in CPython).
    const bopen = dictGet(moduleDict(builtinsModuleRef()), 'open');
    if (bopen !== undefined) dictSet(d, 'open', bopen);
    dictSet(d, 'DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE);
    const unsupported = newExceptionType('io', 'UnsupportedOperation', ['OSError', 'ValueError']);
    dictSet(interpreterState(), '_io.UnsupportedOperation', unsupported);
    dictSet(d, 'UnsupportedOperation', unsupported);
    dictSet(d, 'BlockingIOError', new Ref(builtinTypeAddr('BlockingIOError')));
    for (const t of [ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, fileIOType, bytesIOType, stringIOType,
      bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType, incrementalNewlineDecoderType, textIOWrapperType]) {
      dictSet(d, t.name, typeRef(t));
    }
  },
});
