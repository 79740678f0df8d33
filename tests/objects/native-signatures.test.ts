// Every native's text signature parses (natives parse theirs lazily, on first call: a bad one
// must still fail here rather than in some later program) and names the native as registered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/vm/types.js';
import { NATIVES, parseSignature } from '../../src/objects/native.js';

test('all native signatures parse', () => {
  assert.ok(NATIVES.length > 1000);
  for (const n of NATIVES) {
    const p = parseSignature(n.sig);
    assert.equal(p.name, n.name, n.sig);
    assert.deepEqual(n.params, p.params, n.sig);
    assert.equal(n.hasSelf, p.hasSelf, n.sig);
    assert.equal(n.index, NATIVES.indexOf(n));
  }
});
