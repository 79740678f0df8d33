// The arithmetic core of the native _decimal module (General Decimal Arithmetic, as CPython's
// libmpdec): decimal values as plain JS records, string conversion, context rounding (finalize),
// + - * / // % quantize sqrt, comparison and hash. Pure functions, no heap: the Decimal and Context
// types (_decimal.ts, _decimal_context.ts) wrap these.

/** Kind of a decimal value. */
export const enum Kind { Finite = 0, Inf = 1, NaN = 2, SNaN = 3 }

/** A decimal: (-1)^s * c * 10^e when finite; c is the payload of a NaN. */
export interface Dec { s: 0 | 1; c: bigint; e: number; k: Kind }

export const enum Round { Up, Down, Ceiling, Floor, HalfUp, HalfDown, HalfEven, Up05 }
export const ROUND_NAMES = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP',
  'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP'] as const;

/** Condition bits, libmpdec's values (mpdecimal.h MPD_*). */
export const enum St {
  Clamped = 0x1, ConversionSyntax = 0x2, DivisionByZero = 0x4, DivisionImpossible = 0x8, DivisionUndefined = 0x10,
  Inexact = 0x40, InvalidContext = 0x80, InvalidOperation = 0x100, Overflow = 0x800, Rounded = 0x1000,
  Subnormal = 0x2000, Underflow = 0x4000,
}

/** The arithmetic part of a context; `status` accumulates the conditions an operation raises. */
export interface Ctx { prec: number; round: Round; emin: number; emax: number; clamp: number; status: number }

const P10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 256) {
    while (P10.length <= n) P10.push(P10[P10.length - 1]! * 10n);
    return P10[n]!;
  }
  return 10n ** BigInt(n);
}

export const digits = (c: bigint): number => (c === 0n ? 1 : c.toString().length);
export const nan = (s: 0 | 1 = 0, c = 0n): Dec => ({ s, c, e: 0, k: Kind.NaN });
const inf = (s: 0 | 1): Dec => ({ s, c: 0n, e: 0, k: Kind.Inf });

// ---- string conversion (spec: to-number, to-scientific-string) --------------------------------------

const NUM = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const SPECIAL = /^([+-])?(?:(inf|infinity)|(s)?nan(\d*))$/i;

/** Parses ASCII decimal text (already stripped, underscores already checked and removed); null = syntax error. */
export function parseDec(t: string): Dec | null {
  const m = NUM.exec(t);
  if (m !== null) {
    const s = m[1] === '-' ? 1 : 0;
    const intPart = m[2] ?? '';
    const frac = m[3] ?? m[4] ?? '';
    const e = (m[5] === undefined ? 0 : Number(m[5])) - frac.length;
    return { s, c: BigInt(intPart + frac), e, k: Kind.Finite };
  }
  const n = SPECIAL.exec(t);
  if (n === null) return null;
  const s = n[1] === '-' ? 1 : 0;
  if (n[2] !== undefined) return inf(s);
  return { s, c: n[4] ? BigInt(n[4]) : 0n, e: 0, k: n[3] ? Kind.SNaN : Kind.NaN };
}

/** to-scientific-string (eng = to-engineering-string). */
export function toSci(d: Dec, capitals = true, eng = false): string {
  const sign = d.s ? '-' : '';
  if (d.k === Kind.Inf) return `${sign}Infinity`;
  if (d.k !== Kind.Finite) return `${sign}${d.k === Kind.SNaN ? 'sNaN' : 'NaN'}${d.c === 0n ? '' : d.c}`;
  const ds = d.c.toString();
  const leftdigits = d.e + ds.length;
  let dotplace: number;
  if (d.e <= 0 && leftdigits > -6) dotplace = leftdigits;
  else if (!eng) dotplace = 1;
  else if (d.c === 0n) dotplace = ((leftdigits + 1) % 3 + 3) % 3 - 1;
  else dotplace = ((leftdigits - 1) % 3 + 3) % 3 + 1;
  let intpart: string;
  let fracpart: string;
  if (dotplace <= 0) {
    intpart = '0';
    fracpart = '.' + '0'.repeat(-dotplace) + ds;
  } else if (dotplace >= ds.length) {
    intpart = ds + '0'.repeat(dotplace - ds.length);
    fracpart = '';
  } else {
    intpart = ds.slice(0, dotplace);
    fracpart = '.' + ds.slice(dotplace);
  }
  const exp = leftdigits - dotplace;
  const expStr = exp === 0 ? '' : `${capitals ? 'E' : 'e'}${exp > 0 ? '+' : '-'}${Math.abs(exp)}`;
  return sign + intpart + fracpart + expStr;
}

// ---- rounding --------------------------------------------------------------------------------------------

/** c with its last `drop` digits removed, rounded by `mode` for sign `s`; [result, inexact]. */
export function roundCoeff(c: bigint, drop: number, s: 0 | 1, mode: Round): [bigint, boolean] {
  if (drop <= 0) return [c * pow10(-drop), false];
  const p = pow10(drop);
  const q = c / p;
  const r = c % p;
  if (r === 0n) return [q, false];
  const half = p / 2n;
  let up: boolean;
  switch (mode) {
    case Round.Down: up = false; break;
    case Round.Up: up = true; break;
    case Round.Ceiling: up = s === 0; break;
    case Round.Floor: up = s === 1; break;
    case Round.HalfUp: up = r >= half; break;
    case Round.HalfDown: up = r > half; break;
    case Round.HalfEven: up = r > half || (r === half && (q & 1n) === 1n); break;
    default: { const last = q % 10n; up = last === 0n || last === 5n; }
  }
  return [up ? q + 1n : q, true];
}

/** The result of an overflow under the context's rounding (spec: overflow). */
function overflowResult(s: 0 | 1, ctx: Ctx): Dec {
  ctx.status |= St.Overflow | St.Inexact | St.Rounded;
  const toInf = ctx.round === Round.HalfUp || ctx.round === Round.HalfEven || ctx.round === Round.HalfDown ||
    ctx.round === Round.Up || (ctx.round === Round.Ceiling && s === 0) || (ctx.round === Round.Floor && s === 1);
  if (toInf) return inf(s);
  return { s, c: pow10(ctx.prec) - 1n, e: ctx.emax - ctx.prec + 1, k: Kind.Finite };
}

/** Fits a value to the context: precision, exponent limits, clamping (spec: rounding, overflow, underflow). */
export function finalize(d: Dec, ctx: Ctx): Dec {
  if (d.k !== Kind.Finite) {
    if (d.k === Kind.Inf) return d;
    const max = ctx.prec - ctx.clamp;
    return digits(d.c) > max ? { ...d, c: max <= 0 ? 0n : d.c % pow10(max) } : d;
  }
  const etiny = ctx.emin - ctx.prec + 1;
  const etop = ctx.emax - ctx.prec + 1;
  if (d.c === 0n) {
    const hi = ctx.clamp ? etop : ctx.emax;
    const e = Math.min(Math.max(d.e, etiny), hi);
    if (e !== d.e) ctx.status |= St.Clamped;
    return e === d.e ? d : { ...d, e };
  }
  const n = digits(d.c);
  let expMin = n + d.e - ctx.prec;
  if (expMin > etop) return overflowResult(d.s, ctx);
  const subnormal = expMin < etiny;
  if (subnormal) expMin = etiny;
  if (d.e < expMin) {
    let [c, changed] = roundCoeff(d.c, expMin - d.e, d.s, ctx.round);
    if (digits(c) > ctx.prec) {
      c /= 10n;
      expMin++;
    }
    if (expMin > etop) return overflowResult(d.s, ctx);
    if (changed && subnormal) ctx.status |= St.Underflow;
    if (subnormal) ctx.status |= St.Subnormal;
    if (changed) ctx.status |= St.Inexact;
    ctx.status |= St.Rounded;
    if (c === 0n) ctx.status |= St.Clamped;
    return { s: d.s, c, e: expMin, k: Kind.Finite };
  }
  if (subnormal) ctx.status |= St.Subnormal;
  if (ctx.clamp && d.e > etop) {
    ctx.status |= St.Clamped;
    return { s: d.s, c: d.c * pow10(d.e - etop), e: etop, k: Kind.Finite };
  }
  return d;
}

// ---- NaN handling ------------------------------------------------------------------------------------------

/** Spec: operands that are NaNs decide the result; undefined when neither is one. */
export function checkNaNs(a: Dec, b: Dec | null, ctx: Ctx): Dec | undefined {
  const sn = a.k === Kind.SNaN ? a : b !== null && b.k === Kind.SNaN ? b : null;
  if (sn !== null) {
    ctx.status |= St.InvalidOperation;
    return finalize({ ...sn, k: Kind.NaN }, ctx);
  }
  if (a.k === Kind.NaN) return finalize(a, ctx);
  if (b !== null && b.k === Kind.NaN) return finalize(b, ctx);
  return undefined;
}

function invalid(ctx: Ctx, cond: St = St.InvalidOperation): Dec {
  ctx.status |= cond;
  return nan();
}

// ---- + - * / -----------------------------------------------------------------------------------------------

export function add(a: Dec, b: Dec, ctx: Ctx, negateB = false): Dec {
  if (a.k !== Kind.Finite || b.k !== Kind.Finite) {
    // A NaN operand keeps its sign in a subtraction.
    const r = checkNaNs(a, b, ctx);
    if (r !== undefined) return r;
    if (negateB) b = { ...b, s: (b.s ^ 1) as 0 | 1 };
    if (a.k === Kind.Inf) return b.k === Kind.Inf && a.s !== b.s ? invalid(ctx) : a;
    return b;
  }
  if (negateB) b = { ...b, s: (b.s ^ 1) as 0 | 1 };
  const e = Math.min(a.e, b.e);
  if (a.c === 0n && b.c === 0n) {
    const s = a.s === b.s ? a.s : ctx.round === Round.Floor ? 1 : 0;
    return finalize({ s, c: 0n, e, k: Kind.Finite }, ctx);
  }
  if (a.c === 0n || b.c === 0n) {
    // A zero operand only lowers the exponent, by at most prec + 1 below the other's.
    const [x, z] = a.c === 0n ? [b, a] : [a, b];
    const target = Math.max(Math.min(z.e, x.e), x.e - ctx.prec - 1);
    return finalize({ s: x.s, c: x.c * pow10(x.e - target), e: target, k: Kind.Finite }, ctx);
  }
  // Align; an operand far below the other's last useful digit only acts as a sticky digit.
  let [hi, lo] = a.e >= b.e ? [a, b] : [b, a];
  const stickyExp = hi.e + Math.min(-1, digits(hi.c) - ctx.prec - 2);
  if (digits(lo.c) + lo.e - 1 < stickyExp) lo = { ...lo, c: 1n, e: stickyExp };
  const le = Math.min(hi.e, lo.e);
  const x = (hi.s ? -1n : 1n) * hi.c * pow10(hi.e - le);
  const y = (lo.s ? -1n : 1n) * lo.c * pow10(lo.e - le);
  const sum = x + y;
  if (sum === 0n) return finalize({ s: ctx.round === Round.Floor ? 1 : 0, c: 0n, e: le, k: Kind.Finite }, ctx);
  return finalize({ s: sum < 0n ? 1 : 0, c: sum < 0n ? -sum : sum, e: le, k: Kind.Finite }, ctx);
}

export function mul(a: Dec, b: Dec, ctx: Ctx): Dec {
  const s = (a.s ^ b.s) as 0 | 1;
  if (a.k !== Kind.Finite || b.k !== Kind.Finite) {
    const r = checkNaNs(a, b, ctx);
    if (r !== undefined) return r;
    if ((a.k === Kind.Inf && b.k === Kind.Finite && b.c === 0n) || (b.k === Kind.Inf && a.k === Kind.Finite && a.c === 0n)) {
      return invalid(ctx);
    }
    return inf(s);
  }
  return finalize({ s, c: a.c * b.c, e: a.e + b.e, k: Kind.Finite }, ctx);
}

export function div(a: Dec, b: Dec, ctx: Ctx): Dec {
  const s = (a.s ^ b.s) as 0 | 1;
  if (a.k !== Kind.Finite || b.k !== Kind.Finite) {
    const r = checkNaNs(a, b, ctx);
    if (r !== undefined) return r;
    if (a.k === Kind.Inf) return b.k === Kind.Inf ? invalid(ctx) : inf(s);
    ctx.status |= St.Clamped;
    return finalize({ s, c: 0n, e: ctx.emin - ctx.prec + 1, k: Kind.Finite }, ctx);
  }
  if (b.c === 0n) {
    if (a.c === 0n) return invalid(ctx, St.DivisionUndefined);
    ctx.status |= St.DivisionByZero;
    return inf(s);
  }
  if (a.c === 0n) return finalize({ s, c: 0n, e: a.e - b.e, k: Kind.Finite }, ctx);
  // Enough quotient digits for prec + 1, a sticky digit for an inexact quotient, then the ideal exponent.
  const shift = digits(b.c) - digits(a.c) + ctx.prec + 1;
  let e = a.e - b.e - shift;
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const n = a.c * pow10(shift);
    q = n / b.c;
    r = n % b.c;
  } else {
    const m = b.c * pow10(-shift);
    q = a.c / m;
    r = a.c % m;
  }
  if (r !== 0n) {
    if (q % 5n === 0n) q += 1n;
  } else {
    const ideal = a.e - b.e;
    while (e < ideal && q % 10n === 0n) {
      q /= 10n;
      e++;
    }
  }
  return finalize({ s, c: q, e, k: Kind.Finite }, ctx);
}

// ---- // and % (spec: divide-integer, remainder), quantize, compare, hash ------------------------------------

const adjusted = (d: Dec): number => d.e + digits(d.c) - 1;

/** [a // b, a % b] as divmod() gives them (quotient exact, remainder fitted to the context); `part` says
 * which the caller wants, since a // 0 and a % 0 alone each raise only their own condition. */
export function divmod(a: Dec, b: Dec, ctx: Ctx, part: 'q' | 'r' | 'both' = 'both'): [Dec, Dec] {
  const wantQ = part !== 'r';
  const wantR = part !== 'q';
  const s = (a.s ^ b.s) as 0 | 1;
  if (a.k !== Kind.Finite || b.k !== Kind.Finite) {
    const r = checkNaNs(a, b, ctx);
    if (r !== undefined) return [r, r];
    if (a.k === Kind.Inf) {
      if (b.k === Kind.Inf) return [invalid(ctx), nan()];
      if (wantR) ctx.status |= St.InvalidOperation;
      return [inf(s), nan()];
    }
    return [{ s, c: 0n, e: 0, k: Kind.Finite }, wantR ? finalize(a, ctx) : a];
  }
  if (b.c === 0n) {
    if (a.c === 0n) return [invalid(ctx, St.DivisionUndefined), nan()];
    ctx.status |= (wantQ ? St.DivisionByZero : 0) | (wantR ? St.InvalidOperation : 0);
    return [inf(s), nan()];
  }
  const ideal = Math.min(a.e, b.e);
  if (a.c === 0n || adjusted(a) - adjusted(b) <= -2) {
    const r: Dec = { ...a, c: a.c * pow10(a.e - ideal), e: ideal };
    return [{ s, c: 0n, e: 0, k: Kind.Finite }, wantR ? finalize(r, ctx) : r];
  }
  if (adjusted(a) - adjusted(b) <= ctx.prec) {
    const q = (a.c * pow10(a.e - ideal)) / (b.c * pow10(b.e - ideal));
    const r = (a.c * pow10(a.e - ideal)) % (b.c * pow10(b.e - ideal));
    if (q < pow10(ctx.prec)) {
      const rem: Dec = { s: a.s, c: r, e: ideal, k: Kind.Finite };
      return [{ s, c: q, e: 0, k: Kind.Finite }, wantR ? finalize(rem, ctx) : rem];
    }
  }
  ctx.status |= St.DivisionImpossible;
  return [nan(), nan()];
}

/** quantize(a, b): a with b's exponent, rounded by the context's rounding (spec: quantize). */
export function quantize(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.k !== Kind.Finite || b.k !== Kind.Finite) {
    const r = checkNaNs(a, b, ctx);
    if (r !== undefined) return r;
    return a.k === Kind.Inf && b.k === Kind.Inf ? a : invalid(ctx);
  }
  if (b.e > ctx.emax || b.e < ctx.emin - ctx.prec + 1) return invalid(ctx);
  if (a.c === 0n) return finalize({ ...a, e: b.e }, ctx);
  if (adjusted(a) > ctx.emax || adjusted(a) - b.e + 1 > ctx.prec) return invalid(ctx);
  const [c, inexact] = roundCoeff(a.c, b.e - a.e, a.s, ctx.round);
  if (c !== 0n && digits(c) > ctx.prec) return invalid(ctx);
  if (c !== 0n && b.e + digits(c) - 1 > ctx.emax) return invalid(ctx);
  if (b.e > a.e) ctx.status |= St.Rounded;
  if (inexact) ctx.status |= St.Inexact;
  const r: Dec = { s: a.s, c, e: b.e, k: Kind.Finite };
  if (c !== 0n && adjusted(r) < ctx.emin) ctx.status |= St.Subnormal;
  return r;
}

/** Numeric comparison of two non-NaN decimals: -1, 0 or 1. */
export function cmp(a: Dec, b: Dec): number {
  const za = a.k === Kind.Finite && a.c === 0n;
  const zb = b.k === Kind.Finite && b.c === 0n;
  if (za && zb) return 0;
  const sa = za ? 0 : a.s ? -1 : 1;
  const sb = zb ? 0 : b.s ? -1 : 1;
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (a.k === Kind.Inf || b.k === Kind.Inf) return a.k === b.k ? 0 : (a.k === Kind.Inf ? 1 : -1) * sa;
  const e = Math.min(a.e, b.e);
  const x = a.c * pow10(a.e - e);
  const y = b.c * pow10(b.e - e);
  return (x === y ? 0 : x < y ? -1 : 1) * sa;
}

const MOD = (1n << 61n) - 1n;
const INV10 = 2075258708292324556n; // pow(10, MOD - 2, MOD): 10's inverse modulo the hash modulus

function powMod(b: bigint, n: bigint): bigint {
  let r = 1n;
  b %= MOD;
  for (; n > 0n; n >>= 1n, b = (b * b) % MOD) if (n & 1n) r = (r * b) % MOD;
  return r;
}

/** hash() of a finite or infinite decimal, equal to the hash of an equal int/float/Fraction (pyhash.c,
 * _pydecimal Decimal.__hash__); NaNs are the caller's (signaling: TypeError, quiet: object hash). */
export function decHash(d: Dec): bigint {
  if (d.k === Kind.Inf) return d.s ? -314159n : 314159n;
  const scale = d.e >= 0 ? powMod(10n, BigInt(d.e)) : powMod(INV10, BigInt(-d.e));
  let h = (d.c % MOD) * scale % MOD;
  if (d.s) h = -h;
  return h === -1n ? -2n : h;
}

/** floor(sqrt(n)) of a non-negative bigint (Newton's iteration from above). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Square root, correctly rounded half-even; an exact root keeps the ideal exponent floor(e / 2) (spec: square-root). */
export function sqrt(a: Dec, ctx: Ctx): Dec {
  if (a.k !== Kind.Finite) {
    const r = checkNaNs(a, null, ctx);
    if (r !== undefined) return r;
    return a.s ? invalid(ctx) : a;
  }
  if (a.c === 0n) return finalize({ s: a.s, c: 0n, e: Math.floor(a.e / 2), k: Kind.Finite }, ctx);
  if (a.s) return invalid(ctx);
  const prec = ctx.prec + 1;
  let c = a.c;
  let e = a.e;
  if (e & 1) {
    c *= 10n;
    e -= 1;
  }
  // Scale c by an even power of ten so that its root has prec digits.
  const shift = prec - ((digits(c) + 1) >> 1);
  let exact: boolean;
  if (shift >= 0) {
    c *= pow10(2 * shift);
    exact = true;
  } else {
    const p = pow10(-2 * shift);
    exact = c % p === 0n;
    c /= p;
  }
  let n = isqrt(c);
  let re = e / 2 - shift;
  if (exact && n * n === c) {
    if (shift >= 0) n /= pow10(shift);
    else n *= pow10(-shift);
    re += shift;
  } else if (n % 5n === 0n) {
    n += 1n;
  }
  const saved = ctx.round;
  ctx.round = Round.HalfEven;
  try {
    return finalize({ s: 0, c: n, e: re, k: Kind.Finite }, ctx);
  } finally {
    ctx.round = saved;
  }
}
