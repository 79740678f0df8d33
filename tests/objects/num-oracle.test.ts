// Checks the number types against CPython 3.14's answers in num-expected.json.gz (made by
// num-oracle.py): operators through the dunders with the reflected fallback, methods, class
// methods, constructors, format specs and printf-style conversions. Operators on plain values are
// also cross-checked against the VM's fast helpers in numops.ts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  setup, T, construct, callDunder, callClass, binop, compare, outcome, repr, haveBytes, PyErr,
} from './num_harness.js';
import { PyFloat, Ref, floatValue, type Value } from '../../src/objects/value.js';
import { newComplex, newTuple } from '../../src/objects/numcore.js';
import { normBig } from '../../src/objects/longmath.js';
import { percentFormatNumber, type PercentFlags } from '../../src/objects/numfmt.js';
import * as numops from '../../src/objects/numops.js';
import { crExp, crLog, crSin, crCos, crAtan2, hypot } from '../../src/objects/crmath.js';

await setup();

type Case = [string, string[], string, Record<string, string>?];

const here = dirname(fileURLToPath(import.meta.url));
// Compiled tests live in dist/tests/objects; the data stays in tests/objects.
const dataPath = [join(here, 'num-expected.json.gz'), join(here, '..', '..', '..', 'tests', 'objects', 'num-expected.json.gz')]
  .find((p) => { try { readFileSync(p); return true; } catch { return false; } })!;
const CASES = JSON.parse(gunzipSync(readFileSync(dataPath)).toString('utf8')) as Case[];

function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

function dec(s: string): Value {
  switch (s[0]) {
    case 'n': return null;
    case 'T': return true;
    case 'F': return false;
    case 'i': return normBig(BigInt(s.slice(1)));
    case 'f': return floatValue(parseFloatRepr(s.slice(1)));
    case 'c': {
      const [re, im] = s.slice(1).split(',');
      return newComplex(parseFloatRepr(re!), parseFloatRepr(im!));
    }
    case 's': return s.slice(1);
    case 'y': {
      const hex = s.slice(1);
      const items: Value[] = [];
      for (let i = 0; i < hex.length; i += 2) items.push(parseInt(hex.slice(i, i + 2), 16));
      return haveBytes ? construct(T('bytes'), [newTuple(items)]) : newTuple(items);
    }
    default: throw new Error(`bad encoded value ${s}`);
  }
}

const UNARY: Record<string, string> = { neg: '__neg__', pos: '__pos__', abs: '__abs__', invert: '__invert__' };
const CMPS = new Set(['lt', 'le', 'eq', 'ne', 'gt', 'ge']);

function parsePercent(spec: string): { type: string; flags: PercentFlags; width: number; prec: number; tail: string } {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z%])(.*)$/s.exec(spec)!;
  const f = m[1]!;
  return {
    flags: { left: f.includes('-'), sign: f.includes('+'), blank: f.includes(' '), alt: f.includes('#'), zero: f.includes('0') },
    width: m[2] ? Number(m[2]) : -1,
    prec: m[3] === undefined ? -1 : Number(m[3] || '0'),
    type: m[4]!,
    tail: m[5]!,
  };
}

function run(op: string, args: Value[], kw: Record<string, Value>): Value {
  if (op in UNARY) return callDunder(args[0]!, UNARY[op]!, [])!;
  if (CMPS.has(op)) return compare(op, args[0]!, args[1]!);
  if (op === 'pow3') {
    const r = callDunder(args[0]!, '__pow__', [args[1]!, args[2]!]);
    if (r instanceof Ref && repr(r) === 'NotImplemented') {
      const rr = callDunder(args[1]!, '__rpow__', [args[0]!, args[2]!]);
      if (rr !== undefined && !(rr instanceof Ref && repr(rr) === 'NotImplemented')) return rr;
      // ternary_op's third slot: the modulus type's nb_power; float_pow rejects any modulus.
      if (typeNameOfValue(args[2]!) === 'float') {
        throw new PyErr('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      throw new PyErr('TypeError', 'unsupported operand type(s) for ** or pow(): ' +
        args.map((a) => `'${typeNameOfValue(a)}'`).join(', '));
    }
    return r!;
  }
  if (op === 'hash') return callDunder(args[0]!, '__hash__', [])!;
  if (op === 'repr') return args[0]!;
  if (op === 'format') return callDunder(args[0]!, '__format__', [args[1]!])!;
  if (op === 'percent') {
    const p = parsePercent(args[0] as string);
    return percentFormatNumber(p.type, p.flags, p.width, p.prec, args[1]!) + p.tail;
  }
  if (op.startsWith('math:')) {
    const x = toNum(args[0]!);
    switch (op) {
      case 'math:exp': return floatValue(crExp(x));
      case 'math:log': return floatValue(crLog(x));
      case 'math:sin': return floatValue(crSin(x));
      case 'math:cos': return floatValue(crCos(x));
      case 'math:atan2': return floatValue(crAtan2(x, toNum(args[1]!)));
      case 'math:hypot': return floatValue(hypot(x, toNum(args[1]!)));
    }
  }
  if (op.startsWith('meth:')) return callDunder(args[0]!, op.slice(5), args.slice(1), kw)!;
  if (op.startsWith('cls:')) {
    const [tname, name] = op.slice(4).split('.');
    return callClass(T(tname!), name!, args, kw);
  }
  if (op.startsWith('call:')) {
    const kn = Object.keys(kw);
    return construct(T(op.slice(5)), args, kn.length ? kn : null, kn.length ? Object.values(kw) : null);
  }
  return binop(op, args[0]!, args[1]!);
}

function toNum(v: Value): number {
  return v instanceof PyFloat ? v.v : (v as number);
}

function typeNameOfValue(v: Value): string {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (typeof v === 'number' || v instanceof PyFloat) return 'float';
  if (v === null) return 'NoneType';
  return 'complex';
}

const NUMOPS: Record<string, (a: Value, b: Value) => Value | boolean | undefined> = {
  add: numops.numAdd, sub: numops.numSub, mul: numops.numMul, truediv: numops.numTrueDiv,
  floordiv: numops.numFloorDiv, mod: numops.numMod, divmod: numops.numDivmod, pow: numops.numPow,
  lshift: numops.numLshift, rshift: numops.numRshift, and: numops.numAnd, or: numops.numOr, xor: numops.numXor,
  lt: numops.numLt, le: numops.numLe, gt: numops.numGt, ge: numops.numGe, eq: numops.numEq, ne: numops.numNe,
};

function section(op: string): string {
  if (op.startsWith('meth:') || op.startsWith('cls:')) return 'methods';
  if (op.startsWith('call:')) return op;
  if (op in NUMOPS || op === 'pow3' || op in UNARY) return 'operators';
  return op;
}

const bySection = new Map<string, Case[]>();
for (const c of CASES) {
  if (!haveBytes && c[1].some((a) => a[0] === 'y')) continue;
  if (!haveBytes && c[0] === 'meth:to_bytes' && c[2].startsWith('ok')) continue;
  const s = section(c[0]);
  if (!bySection.has(s)) bySection.set(s, []);
  bySection.get(s)!.push(c);
}

for (const [name, cases] of bySection) {
  test(`oracle: ${name} (${cases.length} cases)`, () => {
    const failures: string[] = [];
    for (const [op, enc, expected, kwEnc] of cases) {
      const args = enc.map(dec);
      const kw: Record<string, Value> = {};
      for (const [k, v] of Object.entries(kwEnc ?? {})) kw[k] = dec(v);
      const got = outcome(() => run(op, args, kw));
      if (got !== expected) {
        failures.push(`${op}(${enc.map((e) => e.slice(0, 60)).join(', ')}${kwEnc ? ', ' + JSON.stringify(kwEnc) : ''}): ` +
          `expected ${expected.slice(0, 200)} got ${got.slice(0, 200)}`);
      }
      // The VM's fast helpers must agree on plain operands.
      const fast = NUMOPS[op];
      if (fast !== undefined && args.every((a) => !(a instanceof Ref))) {
        const viaFast = outcome(() => {
          const r = fast(args[0]!, args[1]!);
          if (r === undefined) throw new PyErr('Fast', 'declined');
          return r;
        });
        if (viaFast !== got && !viaFast.startsWith('Fast:')) failures.push(`numops ${op}(${enc.join(', ')}): ${viaFast} vs ${got}`);
      }
    }
    assert.deepEqual(failures.slice(0, 40), [], `${failures.length} of ${cases.length} failed`);
  });
}
