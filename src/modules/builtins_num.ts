// Numeric builtins: abs, divmod, pow, round, sum (with CPython's compensated float sum), min, max,
// bin, oct, hex, chr, ord, hash, format. CPython: Python/bltinmodule.c.

import { Ref, PyFloat, type Value, T_FLOAT } from '../objects/value.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { raise, callSpecial, iter, next, typeNameOf, call, truthy, STOP } from '../objects/protocol.js';
import { newTuple } from '../objects/tuple.js';
import { pyHash, asIndex, richCompare, Cmp, isNotImplemented } from '../objects/coll_ops.js';
import { bytesLikeValue } from './buffers.js';
import type { NativeSpec } from '../objects/native.js';
import { binaryOp, pow as powOp, add } from '../vm/ops.js';
import { formatValue } from '../vm/format.js';

const fn = (f: (...a: never[]) => Value) => f as never;

function abs(x: Value): Value {
  if (typeof x === 'number') return Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  if (typeof x === 'boolean') return x ? 1 : 0;
  const r = callSpecial(x, '__abs__', []);
  if (r === undefined) raise('TypeError', `bad operand type for abs(): '${typeNameOf(x)}'`);
  return r;
}

function round(x: Value, ndigits: Value): Value {
  const r = ndigits === null ? callSpecial(x, '__round__', []) : callSpecial(x, '__round__', [ndigits]);
  if (r === undefined) raise('TypeError', `type ${typeNameOf(x)} doesn't define __round__ method`);
  return r;
}

function pow(base: Value, exp: Value, mod: Value): Value {
  if (mod === null) return powOp(base, exp);
  // Three-argument pow: base.__pow__(exp, mod) (ternary_op: no reflected fallback for mod's type).
  const r = callSpecial(base, '__pow__', [exp, mod]);
  if (r !== undefined && !isNotImplemented(r)) return r;
  if (typeOf(exp) !== typeOf(base)) {
    const rr = callSpecial(exp, '__rpow__', [base, mod]);
    if (rr !== undefined && !isNotImplemented(rr)) return rr;
  }
  // ternary_op then tries the modulus's slot: float's nb_power refuses any modulus.
  if (mod instanceof PyFloat || (typeof mod === 'number' && !Number.isInteger(mod)) || (mod instanceof Ref && isSubtype(typeOf(mod), T_FLOAT))) {
    raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  raise('TypeError', `unsupported operand type(s) for ** or pow(): '${typeNameOf(base)}', '${typeNameOf(exp)}', '${typeNameOf(mod)}'`);
}

/** Neumaier-compensated float accumulation, as builtin_sum's cs_add/cs_to_double. */
function sumFloats(hi: number, lo: number, x: number): [number, number] {
  const t = hi + x;
  if (Math.abs(hi) >= Math.abs(x)) lo += (hi - t) + x;
  else lo += (x - t) + hi;
  return [t, lo];
}

function sum(iterable: Value, start: Value): Value {
  const it = iter(iterable);
  if (typeof start === 'string') raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const sn = typeNameOf(start);
  if (sn === 'bytes' && start instanceof Ref) raise('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
  if (sn === 'bytearray') raise('TypeError', "sum() can't sum bytearray [use b''.join(seq) instead]");
  let result: Value = start;
  // Exact ints: add in JS numbers while exact, then bigints (the C long fast path's analogue).
  if (typeof result === 'number' && Number.isInteger(result)) {
    let acc = result;
    for (;;) {
      const item = next(it);
      if (item === STOP) return acc;
      if ((typeof item === 'number' && Number.isInteger(item)) || typeof item === 'boolean') {
        const s = acc + (item as number | boolean as number);
        if (Number.isSafeInteger(s)) {
          acc = s;
          continue;
        }
      }
      result = add(acc, item);
      break;
    }
  }
  if (typeof result === 'number' || result instanceof PyFloat) {
    if (typeOf(result) === T_FLOAT) {
      let hi = typeof result === 'number' ? result : result.v;
      let lo = 0;
      for (;;) {
        const item = next(it);
        const total = (): Value => {
          const d = lo !== 0 && Number.isFinite(lo) ? hi + lo : hi;
          return Number.isInteger(d) || Object.is(d, -0) ? new PyFloat(d) : d;
        };
        if (item === STOP) return total();
        if (item instanceof PyFloat || (typeof item === 'number' && !Number.isInteger(item))) {
          [hi, lo] = sumFloats(hi, lo, typeof item === 'number' ? item : item.v);
          continue;
        }
        if (typeof item === 'number' || typeof item === 'boolean') {
          [hi, lo] = sumFloats(hi, lo, Number(item));
          continue;
        }
        if (typeof item === 'bigint') {
          const d = Number(item);
          if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
          [hi, lo] = sumFloats(hi, lo, d);
          continue;
        }
        result = add(total(), item);
        break;
      }
    }
  }
  for (;;) {
    const item = next(it);
    if (item === STOP) return result;
    result = add(result, item);
  }
}

function minmax(name: 'min' | 'max', args: Value[], kw: Map<string, Value>): Value {
  const op = name === 'min' ? Cmp.LT : Cmp.GT;
  for (const k of kw.keys()) {
    if (k !== 'key' && k !== 'default') raise('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  }
  const key = kw.get('key') ?? null;
  const dflt = kw.has('default') ? kw.get('default')! : undefined;
  if (args.length === 0) raise('TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && dflt !== undefined) {
    raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = iter(args.length === 1 ? args[0]! : newTuple(args));
  let best: Value | undefined;
  let bestKey: Value | undefined;
  for (;;) {
    const item = next(it);
    if (item === STOP) break;
    const k = key === null ? item : call(key, [item]);
    if (best === undefined) {
      best = item;
      bestKey = k;
    } else {
      const r = richCompare(k, bestKey!, op);
      if (typeof r === 'boolean' ? r : truthy(r)) {
        best = item;
        bestKey = k;
      }
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raise('ValueError', `${name}() iterable argument is empty`);
  }
  return best;
}

function radix(x: Value, base: 2 | 8 | 16, prefix: string): string {
  const i = asIndex(x);
  const neg = typeof i === 'bigint' ? i < 0n : i < 0;
  const mag = typeof i === 'bigint' ? (neg ? -i : i) : Math.abs(i);
  return `${neg ? '-' : ''}${prefix}${mag.toString(base)}`;
}

function chr(i: Value): Value {
  if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') {
    if (i instanceof PyFloat || typeof i === 'number') raise('TypeError', "'float' object cannot be interpreted as an integer");
  }
  const n = asIndex(i);
  // builtin_chr clamps out-of-range values, so any of them is a ValueError.
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

function ord(c: Value): Value {
  if (typeof c === 'string') {
    const cp = c.codePointAt(0);
    const n = cp === undefined ? 0 : cp > 0xffff ? c.length - 1 : c.length;
    if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
    return cp!;
  }
  const b = bytesLikeValue(c);
  if (b !== null) {
    if (b.length !== 1) raise('TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return b[0]!;
  }
  raise('TypeError', `ord() expected string of length 1, but ${typeNameOf(c)} found`);
}

export const NUM_BUILTINS: Record<string, NativeSpec> = {
  abs: { sig: 'abs(x, /)', fn: fn(abs), doc: 'Return the absolute value of the argument.' },
  divmod: { sig: 'divmod(x, y, /)', fn: fn((a: Value, b: Value) => binaryOp(a, b, '__divmod__')), doc: 'Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.' },
  pow: { sig: 'pow(base, exp, mod=None)', fn: fn(pow) },
  round: { sig: 'round(number, ndigits=None)', fn: fn(round) },
  sum: { sig: 'sum(iterable, /, start=0)', fn: fn(sum) },
  min: { sig: 'min(*args, **kwargs)', fn: fn((a: Value[], kw: Map<string, Value>) => minmax('min', a, kw)) },
  max: { sig: 'max(*args, **kwargs)', fn: fn((a: Value[], kw: Map<string, Value>) => minmax('max', a, kw)) },
  bin: { sig: 'bin(number, /)', fn: fn((x: Value) => radix(x, 2, '0b')) },
  oct: { sig: 'oct(number, /)', fn: fn((x: Value) => radix(x, 8, '0o')) },
  hex: { sig: 'hex(number, /)', fn: fn((x: Value) => radix(x, 16, '0x')) },
  chr: { sig: 'chr(i, /)', fn: fn(chr) },
  ord: { sig: 'ord(c, /)', fn: fn(ord) },
  hash: { sig: 'hash(obj, /)', fn: fn((x: Value) => pyHash(x)) },
  format: {
    sig: 'format(value, format_spec=\'\', /)',
    fn: fn((v: Value, spec: Value) => {
      if (typeof spec !== 'string') raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
      return formatValue(v, spec);
    }),
  },
};
