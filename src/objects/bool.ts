// The bool type: a subclass of int that cannot be subclassed, with exactly two instances (heap
// singletons, `true`/`false` in JS). bool(x) is truth testing; & | ^ of two bools stay bools;
// ~bool warns (deprecated since 3.12). CPython: Objects/boolobject.c.

import { type Value } from './value.js';
import { defineBuiltinType } from './registry.js';
import { raise, truthy } from './protocol.js';
import { intAnd, intOr, intXor, intInvert, type Int } from './longmath.js';
import { intOf, notImpl, warn } from './numcore.js';
import { BOOL_INVERT_WARNING } from './numops.js';

function boolNew(_cls: Value, args: Value[], kwargs: Map<string, Value>): Value {
  if (kwargs.size > 0) raise('TypeError', 'bool() takes no keyword arguments');
  if (args.length > 1) raise('TypeError', `bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : truthy(args[0]!);
}

/** & | ^ : bool when both operands are bools, else int.__and__ & co. */
function logical(fb: (a: boolean, b: boolean) => boolean, fi: (a: Int, b: Int) => Int) {
  return (self: Value, other: Value): Value => {
    if (typeof self === 'boolean' && typeof other === 'boolean') return fb(self, other);
    const a = intOf(self);
    const b = intOf(other);
    return a === undefined || b === undefined ? notImpl() : fi(a, b);
  };
}

const and = logical((a, b) => a && b, intAnd);
const or = logical((a, b) => a || b, intOr);
const xor = logical((a, b) => a !== b, intXor);

function boolRepr(v: Value): string {
  return v === true || intOf(v) === 1 ? 'True' : 'False';
}

export const boolType = defineBuiltinType({
  name: 'bool',
  base: 'int',
  flags: 0, // not an acceptable base type
  doc: 'Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two ' +
    'instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.',
  methods: {
    __new__: { sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod', fn: boolNew },
    __repr__: { sig: '__repr__($self, /)', fn: boolRepr },
    __and__: { sig: '__and__($self, value, /)', fn: and },
    __rand__: { sig: '__rand__($self, value, /)', fn: and },
    __or__: { sig: '__or__($self, value, /)', fn: or },
    __ror__: { sig: '__ror__($self, value, /)', fn: or },
    __xor__: { sig: '__xor__($self, value, /)', fn: xor },
    __rxor__: { sig: '__rxor__($self, value, /)', fn: xor },
    __invert__: {
      sig: '__invert__($self, /)',
      fn: (self: Value): Value => {
        warn('DeprecationWarning', BOOL_INVERT_WARNING);
        return intInvert(intOf(self)!);
      },
    },
  },
  slots: {
    repr: boolRepr,
    hash: (v) => (v === true || intOf(v) === 1 ? 1 : 0),
    bool: (v) => v === true || intOf(v) === 1,
  },
});
