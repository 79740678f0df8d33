// The _codecs module: the interpreter-wide codec registry (search functions, the lookup cache, the
// error handlers), codecs.encode/decode, and the hook that makes str.encode / bytes.decode use it
// for encodings ftpy does not run natively. The codec functions themselves are in codecs_funcs.ts.
// CPython: Python/codecs.c (_PyCodec_Lookup, PyCodec_Encode, the error registry), Modules/_codecsmodule.c.

import { Ref, type Value } from '../objects/value.js';
import { call, raise, typeNameOf } from '../objects/protocol.js';
import { newList, listItems, listAppend, listSetAll } from '../objects/list.js';
import { isTuple, tupleItems, tupleLen } from '../objects/tuple.js';
import { newDict, dictGet, dictSet, dictDel, dictSetDefault } from '../objects/dict.js';
import { newBytes } from '../objects/bytes.js';
import { isStr, strOf } from '../objects/str_type.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { isCallableValue } from '../vm/callable.js';
import { interpreterState } from '../vm/runtime.js';
import { importModule } from '../vm/imports.js';
import { getattr } from '../vm/attr.js';
import { setCodecFallback } from '../objects/codecs_native.js';
import { defineModule } from './define.js';
import { CODEC_FUNCTIONS, ERROR_HANDLER_FUNCTIONS } from './codecs_funcs.js';
import { newBuiltinFunction } from '../objects/descriptors.js';
import { defineNative, withQualname } from '../objects/native.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const K_SEARCH = '_codecs.search';
const K_CACHE = '_codecs.cache';
const K_ERRORS = '_codecs.errors';
const K_INIT = '_codecs.init';
const K_LOCK = '_codecs.init_lock';

function stateEntry(key: string, make: () => Value): number {
  const st = interpreterState();
  let v = dictGet(st, key);
  if (v === undefined) v = dictSetDefault(st, key, make());
  return (v as Ref).a;
}
const searchPath = (): number => stateEntry(K_SEARCH, () => newList([]));
const searchCache = (): number => stateEntry(K_CACHE, () => new Ref(newDict()));

/** _Py_normalize_encoding: ASCII letters, digits and '.' kept (lower-cased), other runs become one '_'. */
export function normalizeName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum || ch === '.') {
      if (punct && out) out += '_';
      punct = false;
      out += ch.toLowerCase();
    } else {
      punct = true;
    }
  }
  return out;
}

function strParam(v: Value, fname: string, arg: string): string {
  if (!isStr(v)) raise('TypeError', `${fname}() ${arg} must be str, not ${typeNameOf(v)}`);
  const s = strOf(v);
  if (s.includes('\0')) raise('ValueError', 'embedded null character');
  return s;
}

function register(f: Value): Value {
  if (!isCallableValue(f)) raise('TypeError', 'argument must be callable');
  listAppend(searchPath(), f);
  return null;
}

function unregister(f: Value): Value {
  const l = searchPath();
  const items = listItems(l);
  const i = items.findIndex((x) => x instanceof Ref && f instanceof Ref ? x.a === f.a : x === f);
  if (i >= 0) {
    listSetAll(l, items.filter((_, k) => k !== i));
    // PyCodec_Unregister clears the cache: entries found by this function must go.
    const st = interpreterState();
    dictSet(st, K_CACHE, new Ref(newDict()));
  }
  return null;
}

/**
 * CPython imports encodings (which registers its search function) at interpreter start; ftpy does
 * it on the first lookup. Other threads wait for it under an interpreter-wide RLock (reentrant:
 * the importing thread may look codecs up meanwhile).
 */
function importEncodings(): void {
  const lockObj = stateEntry(K_LOCK, () => call(getattr(importModule('_thread'), 'RLock'), []));
  const lk = new Ref(lockObj);
  call(getattr(lk, 'acquire'), []);
  try {
    if (dictGet(interpreterState(), K_INIT) === undefined) {
      importModule('encodings');
      dictSet(interpreterState(), K_INIT, true);
    }
  } finally {
    call(getattr(lk, 'release'), []);
  }
}

/** _PyCodec_Lookup: the CodecInfo (a 4-tuple subclass) for an encoding name. */
export function lookup(encoding: string): Value {
  if (dictGet(interpreterState(), K_INIT) === undefined) importEncodings();
  const key = normalizeName(encoding);
  const cached = dictGet(searchCache(), key);
  if (cached !== undefined) return cached;
  const funcs = listItems(searchPath());
  if (funcs.length === 0) raise('LookupError', "no codec search functions registered: can't find encoding");
  for (const f of funcs) {
    const r = call(f, [key]);
    if (r === null) continue;
    if (!isTuple(r) || tupleLen((r as Ref).a) !== 4) raise('TypeError', 'codec search functions must return 4-tuples');
    dictSet(searchCache(), key, r);
    return r;
  }
  return raise('LookupError', `unknown encoding: ${encoding}`);
}

function codecItem(encoding: string, index: number, textOnly: string | null): Value {
  const info = lookup(encoding);
  if (textOnly !== null) {
    let isText: Value = true;
    try {
      isText = getattr(info, '_is_text_encoding');
    } catch (e) {
      if (!(e instanceof Ref) || !isInstanceOfBuiltin(e, 'AttributeError')) throw e;
    }
    if (isText === false) raise('LookupError', `'${encoding}' is not a text encoding; use ${textOnly} to handle arbitrary codecs`);
  }
  return tupleItems((info as Ref).a)[index]!;
}

/** _PyCodec_EncodeInternal / _PyCodec_DecodeInternal: calls the codec, adds CPython's note on failure. */
function runCodec(coder: Value, obj: Value, encoding: string, errors: string | null, what: 'encoding' | 'decoding'): Value {
  let r: Value;
  try {
    r = call(coder, errors === null ? [obj] : [obj, errors]);
  } catch (e) {
    if (e instanceof Ref && isInstanceOfBuiltin(e, 'BaseException')) {
      try {
        call(getattr(e as Value, 'add_note'), [`${what} with '${encoding}' codec failed`]);
      } catch {
        // An exception without add_note keeps no note.
      }
    }
    throw e;
  }
  if (!isTuple(r) || tupleLen((r as Ref).a) !== 2) {
    raise('TypeError', what === 'encoding' ? 'encoder must return a tuple (object, integer)' : 'decoder must return a tuple (object,integer)');
  }
  return tupleItems((r as Ref).a)[0]!;
}

function encode(obj: Value, encoding: Value, errors: Value): Value {
  const enc = strParam(encoding, 'encode', "argument 'encoding'");
  const err = strParam(errors, 'encode', "argument 'errors'");
  return runCodec(codecItem(enc, 0, null), obj, enc, err, 'encoding');
}

function decode(obj: Value, encoding: Value, errors: Value): Value {
  const enc = strParam(encoding, 'decode', "argument 'encoding'");
  const err = strParam(errors, 'decode', "argument 'errors'");
  return runCodec(codecItem(enc, 1, null), obj, enc, err, 'decoding');
}

// ---- error handlers ------------------------------------------------------------------------------

const BUILTIN_HANDLERS: Record<string, string> = {
  strict: 'strict_errors', ignore: 'ignore_errors', replace: 'replace_errors',
  xmlcharrefreplace: 'xmlcharrefreplace_errors', backslashreplace: 'backslashreplace_errors',
  namereplace: 'namereplace_errors', surrogateescape: 'surrogateescape', surrogatepass: 'surrogatepass',
};
// The handler functions are natives outside the module (CPython's have no module either).
const handlerNatives = new Map(Object.entries(ERROR_HANDLER_FUNCTIONS).map(([name, spec]) =>
  [name, withQualname(defineNative(spec), name)]));

function errorRegistry(): number {
  return stateEntry(K_ERRORS, () => {
    const d = newDict();
    for (const [name, fname] of Object.entries(BUILTIN_HANDLERS)) {
      dictSet(d, name, new Ref(newBuiltinFunction(handlerNatives.get(fname)!.index, fname, null)));
    }
    return new Ref(d);
  });
}

function registerError(name: Value, handler: Value): Value {
  const n = strParam(name, 'register_error', 'argument 1');
  if (!isCallableValue(handler)) raise('TypeError', 'handler must be callable');
  dictSet(errorRegistry(), n, handler);
  return null;
}

export function lookupError(name: string): Value {
  const h = dictGet(errorRegistry(), name);
  if (h === undefined) raise('LookupError', `unknown error handler name '${name}'`);
  return h;
}

function unregisterError(name: Value): Value {
  const n = strParam(name, '_unregister_error', 'argument');
  if (Object.hasOwn(BUILTIN_HANDLERS, n)) raise('ValueError', `cannot un-register built-in error handler '${n}'`);
  return dictDel(errorRegistry(), n);
}

// ---- str.encode / bytes.decode for the other codecs ----------------------------------------------

setCodecFallback({
  encode(s, encoding, errors) {
    const r = runCodec(codecItem(encoding, 0, 'codecs.encode()'), s, encoding, errors, 'encoding');
    // PyUnicode_AsEncodedString takes bytes, and bytearray (which it warns about and copies).
    if (!isInstanceOfBuiltin(r, 'bytes') && !isInstanceOfBuiltin(r, 'bytearray')) {
      raise('TypeError', `'${encoding}' encoder returned '${typeNameOf(r)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    }
    return r;
  },
  decode(data, encoding, errors) {
    const r = runCodec(codecItem(encoding, 1, 'codecs.decode()'), newBytes(data), encoding, errors, 'decoding');
    if (!isStr(r)) {
      raise('TypeError', `'${encoding}' decoder returned '${typeNameOf(r)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
    }
    return strOf(r);
  },
  errorHandler(name) {
    const reg = dictGet(interpreterState(), K_ERRORS);
    if (reg === undefined) return Object.hasOwn(BUILTIN_HANDLERS, name) ? lookupError(name) : undefined;
    return dictGet((reg as Ref).a, name);
  },
});

export const codecsModule = defineModule({
  name: '_codecs',
  functions: {
    register: { sig: 'register($module, search_function, /)', fn: fn(register) },
    unregister: { sig: 'unregister($module, search_function, /)', fn: fn(unregister) },
    lookup: { sig: 'lookup($module, encoding, /)', fn: fn((e: Value) => lookup(strParam(e, 'lookup', 'argument'))) },
    encode: { sig: "encode($module, /, obj, encoding='utf-8', errors='strict')", fn: fn(encode) },
    decode: { sig: "decode($module, /, obj, encoding='utf-8', errors='strict')", fn: fn(decode) },
    register_error: { sig: 'register_error($module, errors, handler, /)', fn: fn(registerError) },
    _unregister_error: { sig: '_unregister_error($module, errors, /)', fn: fn(unregisterError) },
    lookup_error: { sig: 'lookup_error($module, name, /)', fn: fn((n: Value) => lookupError(strParam(n, 'lookup_error', 'argument'))) },
    ...CODEC_FUNCTIONS,
  },
  init() {
    errorRegistry();
  },
});
