// The _csv module: Dialect, reader, writer, the dialect registry and field_size_limit, which csv.py
// builds on. CPython: Modules/_csv.c (dialect_new and its _set_* checks, parse_process_char,
// Reader_iternext, join_append_data, csv_writerow). The reader's state machine follows CPython's
// state for state, so records, errors and line numbers match. The registry and the field limit live
// in the interpreter state (shared by threads); reader and writer objects keep their dialect, input
// and line number in heap slots and run each call under the object's lock, as CPython's critical
// sections do.

import { Ref, getSlot, setSlot, decode, encode, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { critical } from '../objects/critical.js';
import { defineBuiltinType, builtinTypeAddr, TYPE_ADDR } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf, call, iter, next, str as pyStr, truthy } from '../objects/protocol.js';
import { dictGet, dictSet, dictDel, dictKeys, newDict } from '../objects/dict.js';
import { newList } from '../objects/list.js';
import { asIndex, checkNewType, instanceSlotsOf } from '../objects/coll_ops.js';
import { lookup, typeOf, isSubtype, typeName } from '../objects/typeobject.js';
import { STOP, T_INT } from '../objects/value.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { pyExc } from '../vm/errors.js';
import { interpreterState } from '../vm/runtime.js';
import { defineModule, newExceptionType } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

const enum Q { MINIMAL, ALL, NONNUMERIC, NONE, STRINGS, NOTNULL }
const QUOTE_NAMES = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'QUOTE_STRINGS', 'QUOTE_NOTNULL'];

// ---- module state: the registry, the field limit, the Error class -------------------------------

const STATE_KEY = '_csv.state';

function state(): { dialects: number; error: Value } {
  const s = dictGet(interpreterState(), STATE_KEY) as Ref;
  return { dialects: (dictGet(s.a, 'dialects') as Ref).a, error: dictGet(s.a, 'Error')! };
}

function fieldLimit(): number {
  return dictGet((dictGet(interpreterState(), STATE_KEY) as Ref).a, 'limit') as number;
}

function csvError(msg: string): never {
  throw call(state().error, [msg]);
}

// ---- Dialect ----------------------------------------------------------------------------------------

const enum D { Delimiter, Doublequote, Escapechar, Lineterminator, Quotechar, Quoting, Skipinitialspace, Strict, Count }

/** A dialect's settings as JS values (chars as strings, '' when not set). */
interface Dialect {
  delimiter: string;
  doublequote: boolean;
  escapechar: string;
  lineterminator: string;
  quotechar: string;
  quoting: number;
  skipinitialspace: boolean;
  strict: boolean;
}

function dialectOf(d: Value): Dialect {
  const a = (d as Ref).a;
  const g = (i: D): Value => decode(getSlot(a, i))!;
  return {
    delimiter: g(D.Delimiter) as string,
    doublequote: g(D.Doublequote) as boolean,
    escapechar: (g(D.Escapechar) as string | null) ?? '',
    lineterminator: g(D.Lineterminator) as string,
    quotechar: (g(D.Quotechar) as string | null) ?? '',
    quoting: g(D.Quoting) as number,
    skipinitialspace: g(D.Skipinitialspace) as boolean,
    strict: g(D.Strict) as boolean,
  };
}

function charCount(s: string): number {
  return [...s].length;
}

function setChar(name: string, v: Value | undefined, dflt: string, orNone: boolean): string | null {
  if (v === undefined) return dflt;
  if (orNone && v === null) return null;
  const what = orNone ? 'a unicode character or None' : 'a unicode character';
  if (typeof v !== 'string') raise('TypeError', `"${name}" must be ${what}, not ${typeNameOf(v)}`);
  const n = charCount(v);
  if (n !== 1) raise('TypeError', `"${name}" must be ${what}, not a string of length ${n}`);
  return v;
}

const DIALECT_KEYS = ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

/** dialect_new: from a dialect (name, instance or class) and keyword overrides. */
function dialectNew(type: number, args: Value[], kw: Map<string, Value>): Value {
  if (args.length > 1 + DIALECT_KEYS.length) raise('TypeError', `function takes at most 9 arguments (${args.length} given)`);
  const given = new Map<string, Value>();
  let dialect: Value | undefined = args[0];
  args.slice(1).forEach((v, i) => given.set(DIALECT_KEYS[i]!, v));
  for (const [k, v] of kw) {
    if (k === 'dialect') dialect = v;
    else if (DIALECT_KEYS.includes(k)) given.set(k, v);
    else raise('TypeError', `'${k}' is an invalid keyword argument for this function`);
  }
  const base = TYPE_ADDR[dialectType.index]!;
  if (dialect !== undefined) {
    if (typeof dialect === 'string') {
      const found = dictGet(state().dialects, dialect);
      if (found === undefined) csvError('unknown dialect');
      dialect = found;
    }
    // An instance of Dialect with nothing overridden is shared as it is.
    if (dialect instanceof Ref && isSubtype(typeOf(dialect), base) && given.size === 0) return dialect;
    for (const k of DIALECT_KEYS) {
      if (given.has(k)) continue;
      const v = getattrOrUndefined(dialect, k);
      if (v !== undefined) given.set(k, v);
    }
  }
  const delimiter = setChar('delimiter', given.get('delimiter'), ',', false)!;
  const doublequote = given.has('doublequote') ? truthy(given.get('doublequote')!) : true;
  const escapechar = setChar('escapechar', given.get('escapechar'), '', true);
  const lt = given.get('lineterminator');
  if (lt !== undefined && typeof lt !== 'string') raise('TypeError', `"lineterminator" must be a string, not ${typeNameOf(lt)}`);
  const lineterminator = lt === undefined ? '\r\n' : lt;
  const qc = given.get('quotechar');
  const quotechar = setChar('quotechar', qc, '"', true);
  const qv = given.get('quoting');
  let quoting = Q.MINIMAL as number;
  if (qv !== undefined) {
    if (!(typeof qv === 'number' && Number.isInteger(qv)) && typeof qv !== 'bigint') {
      raise('TypeError', `"quoting" must be an integer, not ${typeNameOf(qv)}`);
    }
    quoting = Number(qv);
  }
  const skipinitialspace = given.has('skipinitialspace') ? truthy(given.get('skipinitialspace')!) : false;
  const strict = given.has('strict') ? truthy(given.get('strict')!) : false;
  if (!(quoting >= 0 && quoting <= 5)) raise('TypeError', 'bad "quoting" value');
  if (qc === null && qv === undefined) quoting = Q.NONE;
  if (quoting !== Q.NONE && (quotechar === null || quotechar === '')) raise('TypeError', 'quotechar must be set if quoting enabled');
  const checkChar = (name: string, c: string | null, allowSpace: boolean): void => {
    if (c === null || c === '') return;
    if (c === '\r' || c === '\n' || (c === ' ' && !allowSpace)) raise('ValueError', `bad ${name} value`);
    if (lineterminator.includes(c)) raise('ValueError', `bad ${name} or lineterminator value`);
  };
  const checkPair = (n1: string, n2: string, c1: string | null, c2: string | null): void => {
    if (c1 !== null && c1 !== '' && c1 === c2) raise('ValueError', `bad ${n1} or ${n2} value`);
  };
  checkChar('delimiter', delimiter, true);
  checkChar('escapechar', escapechar, !skipinitialspace);
  checkChar('quotechar', quotechar, !skipinitialspace);
  checkPair('delimiter', 'escapechar', delimiter, escapechar);
  checkPair('delimiter', 'quotechar', delimiter, quotechar);
  checkPair('escapechar', 'quotechar', escapechar, quotechar);
  const a = allocObj(type, type === base ? D.Count : instanceSlotsOf(type), 0);
  const vals: Value[] = [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict];
  vals.forEach((v, i) => setSlot(a, i, encode(v)));
  return new Ref(a);
}

/** Dialect_reduce: the message names the type by its short name (_PyType_Name). */
function refusePickle(self: Value): never {
  raise('TypeError', `cannot pickle '${typeName(typeOf(self))}' instances`);
}

const slotGetter = (i: D) => ({ get: fn((self: Value) => decode(getSlot((self as Ref).a, i))!) });
const memberGetter = (i: D) => ({ ...slotGetter(i), member: true });

export const dialectType = defineBuiltinType({
  name: 'Dialect',
  module: '_csv',
  flags: TypeFlag.BaseType,
  instanceSlots: D.Count,
  doc: 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value, args: Value[], kw: Map<string, Value>) =>
        dialectNew(checkNewType(type, TYPE_ADDR[dialectType.index]!), args, kw)),
    },
    __reduce__: { sig: '__reduce__($self, /, *args)', fn: fn(refusePickle) },
    __reduce_ex__: { sig: '__reduce_ex__($self, /, *args)', fn: fn(refusePickle) },
  },
  getsets: {
    delimiter: slotGetter(D.Delimiter),
    escapechar: slotGetter(D.Escapechar),
    lineterminator: slotGetter(D.Lineterminator),
    quotechar: slotGetter(D.Quotechar),
    quoting: slotGetter(D.Quoting),
    skipinitialspace: memberGetter(D.Skipinitialspace),
    doublequote: memberGetter(D.Doublequote),
    strict: memberGetter(D.Strict),
  },
});

/** _call_dialect: Dialect(dialect, **kwargs). */
function callDialect(dialect: Value | undefined, kw: Map<string, Value>): Value {
  return dialectNew(TYPE_ADDR[dialectType.index]!, dialect === undefined ? [] : [dialect], kw);
}

// ---- reader -------------------------------------------------------------------------------------------

const enum R { Dialect, Input, LineNum, Count }
const enum S { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl }
const EOL = '';

function isNumberValue(v: Value): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v === null || typeof v === 'string') return false;
  const t = typeOf(v);
  return lookup(t, '__index__') !== undefined || lookup(t, '__int__') !== undefined || lookup(t, '__float__') !== undefined
    || lookup(t, '__complex__') !== undefined || typeNameOf(v) === 'complex';
}

function readerNext(self: Value): Value | typeof STOP {
  const a = (self as Ref).a;
  const d = dialectOf(decode(getSlot(a, R.Dialect))!);
  const input = decode(getSlot(a, R.Input))!;
  const limit = fieldLimit();
  const fields: Value[] = [];
  let field: string[] = [];
  let unquoted = false;
  let st = S.StartRecord;
  const save = (): void => {
    let v: Value;
    if (unquoted && field.length === 0 && (d.quoting === Q.NOTNULL || d.quoting === Q.STRINGS)) v = null;
    else {
      v = field.join('');
      if (unquoted && field.length !== 0 && (d.quoting === Q.NONNUMERIC || d.quoting === Q.STRINGS)) {
        v = call(new Ref(builtinTypeAddr('float')), [v]);
      }
      field = [];
    }
    fields.push(v);
  };
  const add = (c: string): void => {
    if (field.length >= limit) csvError(`field larger than field limit (${limit})`);
    field.push(c);
  };
  const inField = (c: string): void => {
    if (c === '\n' || c === '\r' || c === EOL) {
      save();
      st = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.escapechar) st = S.EscapedChar;
    else if (c === d.delimiter) {
      save();
      st = S.StartField;
    } else add(c);
  };
  const process = (c: string): void => {
    switch (st) {
      case S.StartRecord:
        if (c === EOL) return;
        if (c === '\n' || c === '\r') {
          st = S.EatCrnl;
          return;
        }
        st = S.StartField;
        process(c);
        return;
      case S.StartField:
        unquoted = true;
        if (c === '\n' || c === '\r' || c === EOL) {
          save();
          st = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (c === d.quotechar && d.quoting !== Q.NONE) {
          unquoted = false;
          st = S.InQuotedField;
        } else if (c === d.escapechar) st = S.EscapedChar;
        else if (c === ' ' && d.skipinitialspace) { /* skip */ } else if (c === d.delimiter) save();
        else {
          add(c);
          st = S.InField;
        }
        return;
      case S.EscapedChar:
        if (c === '\n' || c === '\r') {
          add(c);
          st = S.AfterEscapedCrnl;
          return;
        }
        add(c === EOL ? '\n' : c);
        st = S.InField;
        return;
      case S.AfterEscapedCrnl:
        // As in a field (CPython falls through), except that the end of the line is not the end of the record.
        if (c !== EOL) inField(c);
        return;
      case S.InField:
        inField(c);
        return;
      case S.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) st = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== Q.NONE) st = d.doublequote ? S.QuoteInQuotedField : S.InField;
        else add(c);
        return;
      case S.EscapeInQuotedField:
        add(c === EOL ? '\n' : c);
        st = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== Q.NONE && c === d.quotechar) {
          add(c);
          st = S.InQuotedField;
        } else if (c === d.delimiter) {
          save();
          st = S.StartField;
        } else if (c === '\n' || c === '\r' || c === EOL) {
          save();
          st = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          add(c);
          st = S.InField;
        } else csvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case S.EatCrnl:
        if (c === '\n' || c === '\r') return;
        if (c === EOL) {
          st = S.StartRecord;
          return;
        }
        csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?");
    }
  };
  do {
    const line = next(input);
    if (line === STOP) {
      if (field.length !== 0 || (st as S) === S.InQuotedField) {
        if (d.strict) csvError('unexpected end of data');
        save();
        break;
      }
      return STOP;
    }
    if (typeof line !== 'string') {
      csvError(`iterator should return strings, not ${typeNameOf(line)} (the file should be opened in text mode)`);
    }
    setSlot(a, R.LineNum, encode((decode(getSlot(a, R.LineNum)) as number) + 1));
    for (const c of line) process(c);
    process(EOL);
  } while (st !== S.StartRecord);
  return newList(fields);
}

export const readerType = defineBuiltinType({
  name: 'reader',
  module: '_csv',
  flags: TypeFlag.DisallowInstantiation,
  instanceSlots: R.Count,
  doc: 'CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n',
  methods: {
    __iter__: { sig: '__iter__($self, /)', fn: fn((self: Value) => self) },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const r = critical(self, () => readerNext(self));
        if (r === STOP) throw pyExc('StopIteration');
        return r;
      }),
    },
  },
  getsets: {
    dialect: { get: fn((self: Value) => decode(getSlot((self as Ref).a, R.Dialect))!), member: true },
    line_num: { get: fn((self: Value) => decode(getSlot((self as Ref).a, R.LineNum))!), member: true },
  },
  slots: { iter: (self) => self, next: (self) => critical(self, () => readerNext(self)) },
});

// ---- writer -------------------------------------------------------------------------------------------

const enum W { Dialect, Write, Count }

/** join_append_data: one field, quoted or escaped as the dialect says. */
function appendField(d: Dialect, out: string[], field: string | null, quotedIn: boolean, first: boolean): void {
  let quoted = quotedIn;
  if ((field === null || field === '') && d.delimiter === ' ' && d.skipinitialspace) {
    if (d.quoting === Q.NONE || (field === null && (d.quoting === Q.STRINGS || d.quoting === Q.NOTNULL))) {
      csvError('empty field must be quoted if delimiter is a space and skipinitialspace is true');
    }
    quoted = true;
  }
  let body = '';
  for (const c of field ?? '') {
    let escape = false;
    if (c === d.delimiter || c === d.escapechar || c === d.quotechar || c === '\n' || c === '\r' || d.lineterminator.includes(c)) {
      if (d.quoting === Q.NONE) escape = true;
      else {
        if (c === d.quotechar) {
          if (d.doublequote) body += d.quotechar;
          else escape = true;
        } else if (c === d.escapechar) escape = true;
        if (!escape) quoted = true;
      }
      if (escape) {
        if (d.escapechar === '') csvError('need to escape, but no escapechar set');
        body += d.escapechar;
      }
    }
    body += c;
  }
  if (!first) out.push(d.delimiter);
  out.push(quoted ? d.quotechar + body + d.quotechar : body);
}

function writerow(self: Value, row: Value): Value {
  const a = (self as Ref).a;
  const d = dialectOf(decode(getSlot(a, W.Dialect))!);
  let it: Value;
  try {
    it = iter(row);
  } catch (e) {
    if (e instanceof Ref && isSubtype(typeOf(e), builtinTypeAddr('TypeError'))) csvError(`iterable expected, not ${typeNameOf(row)}`);
    throw e;
  }
  const out: string[] = [];
  let n = 0;
  let lastNull = false;
  for (;;) {
    const f = next(it);
    if (f === STOP) break;
    const quoted = d.quoting === Q.NONNUMERIC ? !isNumberValue(f) : d.quoting === Q.ALL ? true
      : d.quoting === Q.STRINGS ? typeof f === 'string' : d.quoting === Q.NOTNULL ? f !== null : false;
    lastNull = f === null;
    appendField(d, out, f === null ? null : typeof f === 'string' ? f : pyStr(f), quoted, n === 0);
    n++;
  }
  let line = out.join('');
  if (n > 0 && line === '') {
    if (d.quoting === Q.NONE || (lastNull && (d.quoting === Q.STRINGS || d.quoting === Q.NOTNULL))) {
      csvError('single empty field record must be quoted');
    }
    line = d.quotechar + d.quotechar;
  }
  return call(decode(getSlot(a, W.Write))!, [line + d.lineterminator]);
}

export const writerType = defineBuiltinType({
  name: 'writer',
  module: '_csv',
  flags: TypeFlag.DisallowInstantiation,
  instanceSlots: W.Count,
  doc: 'CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n',
  methods: {
    writerow: {
      sig: 'writerow($self, row, /)',
      doc: 'Construct and write a CSV record from an iterable of fields.\n\nNon-string elements will be converted to string.',
      fn: fn((self: Value, row: Value) => critical(self, () => writerow(self, row))),
    },
    writerows: {
      sig: 'writerows($self, rows, /)',
      doc: 'Construct and write a series of iterables to a csv file.\n\nNon-string elements will be converted to string.',
      fn: fn((self: Value, rows: Value) => {
        const it = iter(rows);
        for (;;) {
          const r = next(it);
          if (r === STOP) return null;
          critical(self, () => writerow(self, r));
        }
      }),
    },
  },
  getsets: { dialect: { get: fn((self: Value) => decode(getSlot((self as Ref).a, W.Dialect))!), member: true } },
});

// ---- module functions -------------------------------------------------------------------------------

/** PyArg_UnpackTuple(args, name, 1, 2)'s messages. */
function unpackCount(name: string, n: number): void {
  if (n < 1) raise('TypeError', `${name} expected at least 1 argument, got ${n}`);
  if (n > 2) raise('TypeError', `${name} expected at most 2 arguments, got ${n}`);
}

function makeReader(args: Value[], kw: Map<string, Value>): Value {
  unpackCount('reader', args.length);
  const input = iter(args[0]!);
  const dialect = callDialect(args[1], kw);
  const a = allocObj(TYPE_ADDR[readerType.index]!, R.Count, 4);
  setSlot(a, R.Input, encode(input));
  setSlot(a, R.Dialect, encode(dialect));
  setSlot(a, R.LineNum, encode(0));
  return new Ref(a);
}

function makeWriter(args: Value[], kw: Map<string, Value>): Value {
  unpackCount('writer', args.length);
  const write = getattrOrUndefined(args[0]!, 'write');
  if (write === undefined || lookup(typeOf(write), '__call__') === undefined) raise('TypeError', 'argument 1 must have a "write" method');
  const dialect = callDialect(args[1], kw);
  const a = allocObj(TYPE_ADDR[writerType.index]!, W.Count, 4);
  setSlot(a, W.Write, encode(write));
  setSlot(a, W.Dialect, encode(dialect));
  return new Ref(a);
}

defineModule({
  name: '_csv',
  doc: 'CSV parsing and writing.',
  functions: {
    reader: { sig: 'reader($module, /, *args, **kwargs)', fn: fn(makeReader) },
    writer: { sig: 'writer($module, /, *args, **kwargs)', fn: fn(makeWriter) },
    list_dialects: { sig: 'list_dialects($module, /)', doc: 'Return a list of all known dialect names.', fn: fn(() => newList(dictKeys(state().dialects))) },
    register_dialect: {
      sig: 'register_dialect($module, /, *args, **kwargs)',
      fn: fn((args: Value[], kw: Map<string, Value>) => {
        unpackCount('register_dialect', args.length);
        if (typeof args[0] !== 'string') raise('TypeError', 'dialect name must be a string');
        dictSet(state().dialects, args[0], callDialect(args[1], kw));
        return null;
      }),
    },
    unregister_dialect: {
      sig: 'unregister_dialect($module, /, name)', doc: 'Delete the name/dialect mapping associated with a string name.',
      fn: fn((name: Value) => {
        if (!dictDel(state().dialects, name)) csvError('unknown dialect');
        return null;
      }),
    },
    get_dialect: {
      sig: 'get_dialect($module, /, name)', doc: 'Return the dialect instance associated with name.',
      fn: fn((name: Value) => dictGet(state().dialects, name) ?? csvError('unknown dialect')),
    },
    field_size_limit: {
      sig: 'field_size_limit($module, /, new_limit=<unrepresentable>)',
      doc: 'Sets an upper limit on parsed fields.\n\n  csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned',
      fn: fn((limit: Value) => {
        const old = fieldLimit();
        if (typeof limit !== 'symbol') {
          if (!(typeof limit === 'number' && Number.isInteger(limit)) && typeof limit !== 'bigint'
            && !(limit instanceof Ref && isSubtype(typeOf(limit), T_INT)) && typeof limit !== 'boolean') {
            raise('TypeError', 'limit must be an integer');
          }
          const n = asIndex(limit);
          if (typeof n === 'bigint' || n > 2 ** 63 - 1) raise('OverflowError', 'Python int too large to convert to C long');
          dictSet((dictGet(interpreterState(), STATE_KEY) as Ref).a, 'limit', n);
        }
        return old;
      }),
    },
  },
  init(dict) {
    QUOTE_NAMES.forEach((n, i) => dictSet(dict, n, i));
    dictSet(dict, 'Dialect', new Ref(TYPE_ADDR[dialectType.index]!));
    dictSet(dict, 'Reader', new Ref(TYPE_ADDR[readerType.index]!));
    dictSet(dict, 'Writer', new Ref(TYPE_ADDR[writerType.index]!));
    const st = interpreterState();
    let s = dictGet(st, STATE_KEY) as Ref | undefined;
    if (s === undefined) {
      s = new Ref(newDict());
      dictSet(s.a, 'dialects', new Ref(newDict()));
      dictSet(s.a, 'limit', 128 * 1024);
      dictSet(s.a, 'Error', newExceptionType('_csv', 'Error', ['Exception']));
      dictSet(st, STATE_KEY, s);
    }
    dictSet(dict, 'Error', dictGet(s.a, 'Error')!);
  },
});


