// The native single-character struct formats memoryview items can have ('B', 'i', 'd', ...):
// sizes, and reading/writing one item in the shared heap (little-endian, 64-bit C sizes as on
// x86-64 CPython). CPython: Objects/memoryobject.c (unpack_single, pack_single), Modules/_struct.c.

import { U8 } from '../heap/index.js';
import { PyFloat, type Value, floatValue } from './value.js';
import { raise, typeNameOf, callSpecial } from './protocol.js';
import { hasIndex, asIndex } from './coll_ops.js';
import { newBytes, isBytes, bytesData } from './bytes.js';
import { truthy } from './protocol.js';

/** Item size of each native format character. */
export const FORMAT_SIZE: Readonly<Record<string, number>> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8,
};

/** The format character of a native format ('B', '@B'), or undefined. */
export function nativeFormatChar(fmt: string): string | undefined {
  const f = fmt.startsWith('@') ? fmt.slice(1) : fmt;
  return f.length === 1 && f in FORMAT_SIZE ? f : undefined;
}

const scratch = new DataView(new ArrayBuffer(8));

function load(addr: number, n: number): void {
  for (let i = 0; i < n; i++) scratch.setUint8(i, U8[addr + i]!);
}

function store(addr: number, n: number): void {
  for (let i = 0; i < n; i++) U8[addr + i] = scratch.getUint8(i);
}

function bigToValue(b: bigint): Value {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** The value of the item at `addr` with format character `f` (unpack_single). */
export function unpackItem(f: string, addr: number): Value {
  switch (f) {
    case 'B': return U8[addr]!;
    case 'b': return (U8[addr]! << 24) >> 24;
    case 'c': return newBytes([U8[addr]!]);
    case '?': return U8[addr] !== 0;
    default:
  }
  const size = FORMAT_SIZE[f]!;
  load(addr, size);
  switch (f) {
    case 'h': return scratch.getInt16(0, true);
    case 'H': return scratch.getUint16(0, true);
    case 'i': return scratch.getInt32(0, true);
    case 'I': return scratch.getUint32(0, true);
    case 'l': case 'q': case 'n': return bigToValue(scratch.getBigInt64(0, true));
    case 'L': case 'Q': case 'N': case 'P': return bigToValue(scratch.getBigUint64(0, true));
    case 'f': return floatValue(scratch.getFloat32(0, true));
    case 'd': return floatValue(scratch.getFloat64(0, true));
    default: return floatValue(halfToDouble(scratch.getUint16(0, true)));
  }
}

function halfToDouble(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 31;
  const m = h & 1023;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** IEEE binary16 bits of a double, rounding half to even (PyFloat_Pack2); undefined on overflow. */
function doubleToHalf(x: number): number | undefined {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  // Count in units of the last place: 2^-24 for subnormals (and e = -14), else 2^(e-10).
  const ulp = Math.max(e, -14) - 10;
  const q = a / 2 ** ulp;
  let r = Math.floor(q);
  const frac = q - r;
  if (frac > 0.5 || (frac === 0.5 && (r & 1) === 1)) r++;
  if (e <= -14) return sign | r;
  if (r === 2048) {
    r = 1024;
    e++;
  }
  if (e > 15) return undefined;
  return sign | ((e + 15) << 10) | (r - 1024);
}

const INT_RANGE: Readonly<Record<string, [bigint, bigint]>> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n], l: [-(2n ** 63n), 2n ** 63n - 1n], L: [0n, 2n ** 64n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n],
  Q: [0n, 2n ** 64n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

/** Writes `v` as an item of format `f` at `addr` (pack_single), with memoryview's errors. */
export function packItem(f: string, addr: number, v: Value, fmt: string): void {
  const badType = (): never => raise('TypeError', `memoryview: invalid type for format '${fmt}'`);
  const badValue = (): never => raise('ValueError', `memoryview: invalid value for format '${fmt}'`);
  if (f === 'c') {
    if (!isBytes(v)) return badType();
    const d = bytesData(v.a);
    if (d.length !== 1) return badValue();
    U8[addr] = d[0]!;
    return;
  }
  if (f === '?') {
    U8[addr] = truthy(v) ? 1 : 0;
    return;
  }
  if (f === 'f' || f === 'd' || f === 'e') {
    const x = toDouble(v) ?? badType();
    if (f === 'd') {
      scratch.setFloat64(0, x, true);
      store(addr, 8);
    } else if (f === 'f') {
      // A C cast to float: out-of-range values become infinities (no OverflowError here).
      scratch.setFloat32(0, x, true);
      store(addr, 4);
    } else {
      const h = doubleToHalf(x);
      if (h === undefined) return badValue();
      scratch.setUint16(0, h, true);
      store(addr, 2);
    }
    return;
  }
  if (typeof v === 'number' && !Number.isInteger(v) || v instanceof PyFloat || !hasIndex(v)) return badType();
  const n = BigInt(asIndex(v));
  const [lo, hi] = INT_RANGE[f]!;
  if (n < lo || n > hi) return badValue();
  const size = FORMAT_SIZE[f]!;
  if (size === 8) scratch.setBigUint64(0, BigInt.asUintN(64, n), true);
  else if (size === 4) scratch.setUint32(0, Number(BigInt.asUintN(32, n)), true);
  else if (size === 2) scratch.setUint16(0, Number(BigInt.asUintN(16, n)), true);
  else scratch.setUint8(0, Number(BigInt.asUintN(8, n)));
  store(addr, size);
}

/** PyFloat_AsDouble for pack: floats, ints, and objects with __float__ / __index__. */
function toDouble(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || v === null) return undefined;
  const r = callSpecial(v, '__float__', []);
  if (r !== undefined) {
    if (typeof r === 'number') return r;
    if (r instanceof PyFloat) return r.v;
    raise('TypeError', `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
  }
  if (hasIndex(v)) return Number(asIndex(v));
  return undefined;
}
