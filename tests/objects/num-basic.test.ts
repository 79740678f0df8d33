// Hand-written checks of the number types: heap layouts (boxes and subclass instances), subclasses
// through __new__, bool's rules and warnings, NotImplemented for foreign operands, the str-digits
// limit setter, and the VM helpers declining non-plain operands. Expected values are CPython 3.14's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, T, construct, callDunder, callClass, binop, outcome, warnings, repr } from './num_harness.js';
import { PyFloat, Ref, decode, encode, type Value } from '../../src/objects/value.js';
import { newHeapType, finishType } from '../../src/objects/typeobject.js';
import { TypeFlag, TypeSlot } from '../../src/objects/layouts.js';
import { getSlot } from '../../src/objects/value.js';
import { callNative } from '../../src/objects/protocol.js';
import { lookup } from '../../src/objects/typeobject.js';
import { DescrSlot } from '../../src/objects/layouts.js';
import {
  intFromHeap, intToHeap, floatToHeap, floatFromHeap, newComplex, complexOf, intOf, floatOf, newIntObject,
} from '../../src/objects/numcore.js';
import { setIntMaxStrDigits, getIntMaxStrDigits, intToDecimal } from '../../src/objects/longmath.js';
import { numAdd, numLt, numAnd, numInvert } from '../../src/objects/numops.js';

await setup();

/** class Name(base): with `extra` slots beyond the base's (e.g. a __dict__). */
function subclass(name: string, base: string, extra: number): number {
  const b = T(base);
  const t = newHeapType({
    name, bases: [b], flags: TypeFlag.Heap | TypeFlag.BaseType, builtin: getSlot(b, TypeSlot.Builtin) >> 1,
    instanceSlots: (getSlot(b, TypeSlot.InstanceSlots) >> 1) + extra, dictSlot: -1,
  }, T('type'));
  finishType(t, false);
  return t;
}

test('heap layouts round-trip', () => {
  for (const v of [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 64n) - 5n, 10n ** 100n, -(3n ** 500n)]) {
    assert.equal(intFromHeap(intToHeap(v)), v);
    assert.equal(decode(encode(v)), v);
  }
  for (const x of [0.5, -1e300, 5e-324, Infinity, NaN]) assert.ok(Object.is(floatFromHeap(floatToHeap(x)), x));
  const z = decode(encode(new PyFloat(-0))) as PyFloat;
  assert.ok(z instanceof PyFloat && Object.is(z.v, -0));
  assert.deepEqual(complexOf(newComplex(1.5, -0)), [1.5, -0]);
});

test('int subclass instances', () => {
  const MyInt = subclass('MyInt', 'int', 1);
  const x = construct(MyInt, ['12']);
  assert.ok(x instanceof Ref);
  assert.equal(intOf(x), 12);
  assert.equal(outcome(() => callDunder(x, '__add__', [1])!), 'ok: 13');
  assert.equal(outcome(() => binop('mul', 2, x)), 'ok: 24');
  assert.equal(repr(x), '12');
  assert.equal(outcome(() => callDunder(x, '__round__', [])!), 'ok: 12');
  assert.equal(typeof callDunder(x, '__pos__', []), 'number'); // an exact int, not MyInt
  const big = construct(MyInt, [10n ** 30n]);
  assert.equal(intOf(big), 10n ** 30n);
  assert.equal(intOf(newIntObject(MyInt, -5)), -5);
  const fb = callClass(MyInt, 'from_bytes', [construct(T('bytes'), [construct(T('tuple'), [])])]);
  assert.ok(fb instanceof Ref && fb.a !== 0);
  assert.equal(outcome(() => construct(T('int'), [x])), 'ok: 12');
});

test('float and complex subclass instances (odd slot counts keep doubles aligned)', () => {
  const MyFloat = subclass('MyFloat', 'float', 1);
  const f = construct(MyFloat, ['2.5']);
  assert.equal(floatOf(f), 2.5);
  assert.equal(outcome(() => binop('add', f, 1)), 'ok: 3.5');
  assert.equal(outcome(() => callDunder(f, '__round__', [1])!), 'ok: 2.5');
  assert.equal(outcome(() => callClass(MyFloat, 'fromhex', ['0x1p1'])), 'ok: 2.0');
  const MyComplex = subclass('MyComplex', 'complex', 3);
  const c = construct(MyComplex, [1, 2]);
  assert.deepEqual(complexOf(c), [1, 2]);
  assert.equal(outcome(() => binop('mul', c, 2)), 'ok: (2+4j)');
  assert.equal(outcome(() => construct(T('complex'), [c])), 'ok: (1+2j)');
});

/** base.__new__(cls) */
function callNew(base: string, cls: number): Value {
  const d = lookup(T(base), '__new__') as Ref;
  return callNative(getSlot(d.a, DescrSlot.Native) >> 1, undefined, [new Ref(cls)], null, null);
}

test('constructor type checks', () => {
  assert.equal(outcome(() => callNew('int', T('float'))), 'TypeError: int.__new__(float): float is not a subtype of int');
  assert.equal(outcome(() => callNew('int', T('bool'))), 'TypeError: int.__new__(bool) is not safe, use bool.__new__()');
  assert.equal(outcome(() => callNew('float', T('int'))), 'TypeError: float.__new__(int): int is not a subtype of float');
  assert.equal(outcome(() => callNew('complex', T('int'))),
    'TypeError: complex.__new__(int): int is not a subtype of complex');
});

test('bool', () => {
  assert.equal(outcome(() => construct(T('bool'), [0])), 'ok: False');
  assert.equal(outcome(() => construct(T('bool'), [2.5])), 'ok: True');
  assert.equal(outcome(() => construct(T('bool'), [], ['x'], [1])), 'TypeError: bool() takes no keyword arguments');
  assert.equal(outcome(() => construct(T('bool'), [1, 2])), 'TypeError: bool expected at most 1 argument, got 2');
  assert.equal(outcome(() => binop('and', true, 1)), 'ok: 1');
  assert.equal(outcome(() => binop('and', true, false)), 'ok: False');
  assert.equal(outcome(() => binop('xor', true, true)), 'ok: False');
  assert.equal(outcome(() => binop('add', true, true)), 'ok: 2');
  assert.equal(outcome(() => binop('truediv', true, 2)), 'ok: 0.5');
  assert.equal(outcome(() => callDunder(true, '__format__', [''])!), "ok: 'True'");
  assert.equal(outcome(() => callDunder(true, '__format__', ['d'])!), "ok: '1'");
  warnings.length = 0;
  assert.equal(outcome(() => callDunder(true, '__invert__', [])!), 'ok: -2');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^DeprecationWarning: Bitwise inversion '~' on bool is deprecated/);
  assert.equal(numInvert(false), -1);
  assert.equal(numAnd(true, false), false);
  assert.equal(numAnd(true, 3), 1);
});

test('foreign operands give NotImplemented; the fast helpers decline them', () => {
  assert.equal(repr(callDunder(1, '__add__', ['x'])!), 'NotImplemented');
  assert.equal(repr(callDunder(1.5, '__lt__', [null])!), 'NotImplemented');
  assert.equal(repr(callDunder(1, '__add__', [1.5])!), 'NotImplemented'); // int + float is float.__radd__
  assert.equal(outcome(() => binop('add', 1, 'x')), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  assert.equal(numAdd(1, 'x'), undefined);
  assert.equal(numAdd(newComplex(1, 1), 1), undefined);
  assert.equal(numLt(10n ** 400n, Infinity), true);
  assert.equal(numLt(NaN, 1), false);
});

test('int max str digits is a setting', () => {
  const big = 10n ** 5000n;
  assert.equal(outcome(() => intToDecimal(big)).slice(0, 40), 'ValueError: Exceeds the limit (4300 digi');
  assert.equal(getIntMaxStrDigits(), 4300);
  setIntMaxStrDigits(0);
  try {
    assert.equal(intToDecimal(big).length, 5001);
    assert.equal(outcome(() => construct(T('int'), ['1'.repeat(5000)])).length, 5004);
  } finally {
    setIntMaxStrDigits(4300);
  }
  setIntMaxStrDigits(5000);
  try {
    assert.equal(outcome(() => construct(T('int'), ['1'.repeat(5001)])),
      'ValueError: Exceeds the limit (5000 digits) for integer string conversion: value has 5001 digits; use sys.set_int_max_str_digits() to increase the limit');
  } finally {
    setIntMaxStrDigits(4300);
  }
});

test('sizes as the free-threaded build reports them', () => {
  assert.equal(callDunder(0, '__sizeof__', []), 44);
  assert.equal(callDunder(2 ** 30, '__sizeof__', []), 48);
  assert.equal(callDunder(10n ** 100n, '__sizeof__', []), 88);
  assert.equal(callDunder(1.5, '__sizeof__', []), 40);
  assert.equal(callDunder(newComplex(0, 1), '__sizeof__', []), 48);
});

/** obj.name for a getset descriptor of obj's type. */
function attr(v: Value, type: string, name: string): string {
  const d = lookup(T(type), name) as Ref;
  return outcome(() => callNative(getSlot(d.a, DescrSlot.Native) >> 1, v, [], null, null));
}

test('real, imag, numerator, denominator', () => {
  assert.equal(attr(true, 'int', 'real'), 'ok: 1');
  assert.equal(attr(-7, 'int', 'imag'), 'ok: 0');
  assert.equal(attr(10n ** 30n, 'int', 'numerator'), 'ok: 1000000000000000000000000000000');
  assert.equal(attr(5, 'int', 'denominator'), 'ok: 1');
  assert.equal(attr(2.5, 'float', 'real'), 'ok: 2.5');
  assert.equal(attr(2.5, 'float', 'imag'), 'ok: 0.0');
  assert.equal(attr(newComplex(1, -0), 'complex', 'imag'), 'ok: -0.0');
  assert.equal(attr(newComplex(3, 4), 'complex', 'real'), 'ok: 3.0');
});
