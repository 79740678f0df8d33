// The fast step of exp, log and pow (src/objects/crpow.ts) against the ~100-bit evaluation
// (src/objects/crmath.ts): wherever the fast step decides, both must give the same double, and it
// must decide almost always. Inputs come from a fixed-seed generator over the ranges that stress the
// reductions: huge and tiny x, x near 1 with large y, results near overflow and underflow.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fastExp, fastLog, fastPow } from '../../src/objects/crpow.js';
import { slowExp, slowLog, slowPow } from '../../src/objects/crmath.js';

/** A 32-bit xorshift: the same inputs on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

test('fast pow agrees with the slow evaluation', () => {
  const r = rng(12345);
  let decided = 0;
  let total = 0;
  for (let i = 0; i < 60000; i++) {
    let x: number;
    let y: number;
    switch (i % 5) {
      case 0: x = r() * 100; y = -1.5; break;
      case 1: x = Math.exp((r() - 0.5) * 1400); y = (r() - 0.5) * 4; break;
      case 2: x = 1 + (r() - 0.5) * 1e-6; y = (r() - 0.5) * 1e8; break;
      case 3: x = r() * 10; y = Math.round((r() - 0.5) * 40) / 2 + 0.25; break;
      default: x = 2 ** Math.floor((r() - 0.5) * 2100) * (1 + r()); y = (r() - 0.5) * 3;
    }
    if (!(x > 0) || !Number.isFinite(x) || x === 1 || y === 0) continue;
    total++;
    const f = fastPow(x, y);
    if (Number.isNaN(f)) continue;
    decided++;
    assert.equal(f, slowPow(x, y), `pow(${x}, ${y})`);
  }
  assert.ok(decided > total * 0.9, `fast step decided ${decided} of ${total}`);
});

test('fast exp and log agree with the slow evaluation', () => {
  const r = rng(777);
  let decided = 0;
  for (let i = 0; i < 40000; i++) {
    const x = (r() - 0.5) * (i % 2 === 0 ? 1400 : 4);
    const e = fastExp(x);
    if (!Number.isNaN(e)) {
      decided++;
      assert.equal(e, slowExp(x), `exp(${x})`);
    }
    const y = i % 3 === 0 ? 1 + (r() - 0.5) * 1e-9 : Math.exp((r() - 0.5) * 1400);
    if (y === 1) continue;
    const l = fastLog(y);
    if (!Number.isNaN(l)) {
      decided++;
      assert.equal(l, slowLog(y), `log(${y})`);
    }
  }
  assert.ok(decided > 70000, `fast steps decided ${decided} of 80000`);
});
