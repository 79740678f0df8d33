// str pieces the recorded calls do not reach: the iterators (code points, __reduce__,
// __setstate__), str subclass values, and the format-string parsers _string exposes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, callMethod, toJ } from './str-harness.js';
import { Ref, type Value } from '../../src/objects/value.js';

const mods = await setup();
const strType = mods.str_type as typeof import('../../src/objects/str_type.js');
const fmt = mods.strfmt as typeof import('../../src/objects/strfmt.js');
const protocol = mods.protocol as typeof import('../../src/objects/protocol.js');
const reg = mods.registry as typeof import('../../src/objects/registry.js');

function drain(it: Value): Value[] {
  const out: Value[] = [];
  for (let x = protocol.next(it); x !== protocol.STOP; x = protocol.next(it)) out.push(x as Value);
  return out;
}

test('str iterators yield code points and pickle their position', () => {
  const s = 'a\u{1F600}\u00e9';
  const it = callMethod('str', '__iter__', s, []);
  assert.equal(protocol.typeNameOf(it), 'str_iterator');
  assert.equal(protocol.typeNameOf(callMethod('str', '__iter__', 'abc', [])), 'str_ascii_iterator');
  assert.equal(protocol.next(it), 'a');
  assert.equal(callMethod('str_iterator', '__length_hint__', it, []), 2);
  assert.deepEqual(toJ(callMethod('str_iterator', '__reduce__', it, [])), { tuple: [{ type: 'builtin_function_or_method' }, { tuple: [s] }, 1] });
  callMethod('str_iterator', '__setstate__', it, [2]);
  assert.deepEqual(drain(it), ['\u00e9']);
  callMethod('str_iterator', '__setstate__', it, [0]);
  assert.deepEqual(drain(it), []);
  assert.deepEqual(toJ(callMethod('str_iterator', '__reduce__', it, [])), { tuple: [{ type: 'builtin_function_or_method' }, { tuple: [''] }] });
});

test('instances of str subclasses carry their value', () => {
  const v = strType.newStrSubclass(reg.builtinTypeAddr('str'), 'hello\u{1F600}');
  assert.ok(v instanceof Ref);
  assert.equal(strType.strOf(v), 'hello\u{1F600}');
  assert.equal(protocol.strValueOf(v), 'hello\u{1F600}');
  assert.equal(callMethod('str', 'upper', v, []), 'HELLO\u{1F600}');
  assert.equal(callMethod('str', '__len__', v, []), 6);
  assert.equal(callMethod('str', '__eq__', 'hello\u{1F600}', [v]), true);
});

test('formatter_parser and field name splitting', () => {
  assert.deepEqual(fmt.formatterParser('a{0!r:>{w}}b{{c}}{x.y[0]}'), [
    ['a', '0', '>{w}', 'r'], ['b{', null, null, null], ['c}', null, null, null], ['', 'x.y[0]', '', null],
  ]);
  assert.deepEqual(fmt.splitFieldName('x.y[0][k]'), {
    first: 'x', firstIndex: -1,
    rest: [{ isAttribute: true, name: 'y', index: -1 }, { isAttribute: false, name: '0', index: 0 },
      { isAttribute: false, name: 'k', index: -1 }],
  });
  assert.equal(fmt.splitFieldName('12').firstIndex, 12);
});
