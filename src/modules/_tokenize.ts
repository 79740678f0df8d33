// The _tokenize module (CPython: Python-tokenize.c): tokenize.py imports it at load time, and
// traceback, logging, linecache's users and concurrent.futures import tokenize, so the module must
// exist for them to load. DELIBERATE GAP: TokenizerIter (tokenize.generate_tokens / tokenize.tokenize)
// is not written yet; calling it raises NotImplementedError naming it. Our tokenizer
// (src/parser/tokenizer) would back it.

import type { Value } from '../objects/value.js';
import { defineModule } from './define.js';
import { raise } from '../vm/errors.js';

export const tokenizeModule = defineModule({
  name: '_tokenize',
  functions: {
    TokenizerIter: {
      sig: 'TokenizerIter(readline, /, *, extra_tokens, encoding=None)',
      fn: ((): Value => raise('NotImplementedError', '_tokenize.TokenizerIter (tokenize.generate_tokens) is not implemented in ftpy yet')) as never,
    },
  },
});
