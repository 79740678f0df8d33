// The _tokenize module: TokenizerIter, the iterator tokenize.py's generate_tokens and tokenize run
// on, yielding (type, string, (row, col), (end_row, end_col), line) from our tokenizer
// (parser/token_iter.ts) and raising SyntaxError for a bad token, as CPython's does.
// DELIBERATE DIFFERENCE: readline is called until it returns '' (or raises StopIteration) before the
// first token, rather than line by line as tokens are needed.
// CPython: Python/Python-tokenize.c (tokenizeriter_new_impl, tokenizeriter_next).

import { Ref, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR, builtinTypeAddr } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { call, raise, truthy } from '../objects/protocol.js';
import { dictSet } from '../objects/dict.js';
import { getattr } from '../vm/attr.js';
import { newTuple } from '../objects/tuple.js';
import { isBytes, bytesData } from '../objects/bytes.js';
import { isInstanceOfBuiltin } from '../vm/errors.js';
import { TokenIter } from '../parser/token_iter.js';
import type { PySyntaxError } from '../parser/errors.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

/** Each iterator's tokenizer, by heap address: JS state, so an iterator is used by the thread that
 * made it (DELIBERATE DIFFERENCE: another thread sees it exhausted). */
const iters = new Map<number, TokenIter | Error>();

/** Everything readline gives: str lines, or bytes lines decoded with `encoding`. */
function readAll(readline: Value, encoding: Value): string {
  const parts: string[] = [];
  for (;;) {
    let line: Value;
    try {
      line = call(readline, []);
    } catch (e) {
      if (isInstanceOfBuiltin(e as Value, 'StopIteration')) break;
      throw e;
    }
    if (typeof line === 'string') {
      if (line === '') break;
      parts.push(line);
    } else if (isBytes(line)) {
      const b = bytesData(line.a);
      if (b.length === 0) break;
      if (typeof encoding !== 'string') raise('TypeError', `readline() returned a non-string object`);
      parts.push(call(getattr(line, 'decode'), [encoding]) as string);
    } else {
      raise('TypeError', `readline() returned a non-string object`);
    }
  }
  return parts.join('');
}

function syntaxError(e: PySyntaxError): Value {
  const info = newTuple([e.filename, e.lineno, e.offset, e.text, e.end_lineno > 0 ? e.end_lineno : null, e.end_offset > 0 ? e.end_offset : null]);
  return call(new Ref(builtinTypeAddr(e.name)), [e.msg, info]);
}

const tokenizerIterType = defineBuiltinType({
  name: 'TokenizerIter',
  module: '_tokenize',
  methods: {
    __new__: {
      sig: '__new__(type, readline, /, *, extra_tokens, encoding=None)',
      kind: 'staticmethod',
      fn: fn((type: Value, readline: Value, extraTokens: Value, encoding: Value) => {
        const self = new Ref(allocObj((type as Ref).a, 0, 0));
        const text = readAll(readline, encoding);
        try {
          iters.set(self.a, new TokenIter(text, { filename: '<string>', extraTokens: truthy(extraTokens) }));
        } catch (e) {
          iters.set(self.a, e as Error);
        }
        return self;
      }),
    },
    __iter__: { sig: '__iter__($self, /)', fn: fn((self: Value) => self) },
    __next__: {
      sig: '__next__($self, /)',
      fn: fn((self: Value) => {
        const it = iters.get((self as Ref).a);
        if (it === undefined) raise('StopIteration', 'EOF');
        if (it instanceof Error) {
          iters.delete((self as Ref).a);
          if ('msg' in it) throw syntaxError(it as PySyntaxError);
          throw it;
        }
        let t;
        try {
          t = it.next();
        } catch (e) {
          iters.delete((self as Ref).a);
          if (e instanceof Error && 'msg' in e) throw syntaxError(e as PySyntaxError);
          throw e;
        }
        if (t === null) {
          iters.delete((self as Ref).a);
          raise('StopIteration', 'EOF');
        }
        return newTuple([t.type, t.string, newTuple(t.start), newTuple(t.end), t.line]);
      }),
    },
  },
});

export const tokenizeModule = defineModule({
  name: '_tokenize',
  init(dict) {
    dictSet(dict, 'TokenizerIter', new Ref(TYPE_ADDR[tokenizerIterType.index]!));
  },
});
