// The cmath module: complex elementary functions with CPython's formulas for finite arguments
// (scaling near overflow/underflow, branch cuts signed by the imaginary zero) and its errors
// (ValueError 'math domain error', OverflowError 'math range error'). CPython:
// Modules/cmathmodule.c. Non-finite arguments use the same formulas (CPython's special-value
// tables are not reproduced yet).

import { PyFloat, floatValue, type Value } from '../objects/value.js';
import { raise, callSpecial, typeNameOf } from '../objects/protocol.js';
import { defineModule } from './define.js';
import { toDouble, complexOf, newComplex, newTuple, floatOf, intOf, hasSpecial } from '../objects/numcore.js';
import { crExp, crLog, crSin, crCos, crAtan2, hypot } from '../objects/crmath.js';
import { ldexp } from '../objects/longmath.js';
import { cquot, cpow } from '../objects/floatmath.js';
import { setComplexPowHook } from '../vm/ops.js';
import { dictSet } from '../objects/dict.js';

type C = [number, number];
const fn = (f: (...a: never[]) => Value) => f as never;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = Math.LN2;
const LN10 = Math.LN10;
const copysign = (a: number, b: number): number => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

/** The complex value of an argument: complex, __complex__, then float conversion. */
function toComplex(v: Value): C {
  const c = complexOf(v);
  if (c !== undefined) return c;
  if (floatOf(v) === undefined && intOf(v) === undefined && hasSpecial(v, '__complex__')) {
    const r = callSpecial(v, '__complex__', [])!;
    const rc = complexOf(r);
    if (rc === undefined) raise('TypeError', `__complex__ returned non-complex (type ${typeNameOf(r)})`);
    return rc;
  }
  if (floatOf(v) === undefined && intOf(v) === undefined && !hasSpecial(v, '__float__') && !hasSpecial(v, '__index__')) {
    raise('TypeError', `must be real number, not ${typeNameOf(v)}`);
  }
  return [toDouble(v), 0];
}

const fin = (z: C): boolean => Number.isFinite(z[0]) && Number.isFinite(z[1]);

function wrap(f: (z: C) => C & { edom?: boolean }): (v: Value) => Value {
  return (v: Value) => {
    const z = toComplex(v);
    const r = f(z) as C & { edom?: boolean };
    if (r.edom) raise('ValueError', 'math domain error');
    if (fin(z) && !fin(r)) {
      // errno ERANGE (an infinite part) wins over a NaN part, as in CPython's c_exp/c_cosh
      if (r.some((x) => x === Infinity || x === -Infinity)) raise('OverflowError', 'math range error');
      raise('ValueError', 'math domain error');
    }
    return newComplex(r[0], r[1]);
  };
}

function csqrt([re, im]: C): C {
  if (re === 0 && im === 0) return [0, im];
  if (!Number.isFinite(im) && !Number.isNaN(im)) return [Infinity, im];
  if (re === -Infinity) return Number.isNaN(im) ? [NaN, Infinity] : [0, copysign(Infinity, im)];
  if (re === Infinity) return Number.isNaN(im) ? [Infinity, NaN] : [Infinity, copysign(0, im)];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, 53);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function cexp([re, im]: C): C {
  if (re > LOG_LARGE) {
    const l = crExp(re - 1);
    return [l * crCos(im) * Math.E, l * crSin(im) * Math.E];
  }
  const l = crExp(re);
  return [l * crCos(im), l * crSin(im)];
}

function clog([re, im]: C): C & { edom?: boolean } {
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let real: number;
  let edom = false;
  if (ax > LARGE || ay > LARGE) real = crLog(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) real = crLog(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else {
      real = -Infinity;
      edom = true;
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = Math.max(ax, ay);
      const an = Math.min(ax, ay);
      real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else real = crLog(h);
  }
  const r = [real, crAtan2(im, re)] as C & { edom?: boolean };
  if (edom) r.edom = true;
  return r;
}

function ccosh([re, im]: C): C {
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    return [crCos(im) * Math.cosh(x1) * Math.E, crSin(im) * Math.sinh(x1) * Math.E];
  }
  return [crCos(im) * Math.cosh(re), crSin(im) * Math.sinh(re)];
}

function csinh([re, im]: C): C {
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - copysign(1, re);
    return [crCos(im) * Math.sinh(x1) * Math.E, crSin(im) * Math.cosh(x1) * Math.E];
  }
  return [crCos(im) * Math.sinh(re), crSin(im) * Math.cosh(re)];
}

function ctanh([re, im]: C): C {
  if (Math.abs(re) > LOG_LARGE) {
    return [copysign(1, re), 4 * crSin(im) * crCos(im) * Math.exp(-2 * Math.abs(re))];
  }
  const tx = Math.tanh(re);
  const ty = Math.tan(im);
  const cx = 1 / Math.cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function casinh([re, im]: C): C {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = crLog(hypot(re / 2, im / 2)) + LN2 * 2;
    return [im >= 0 ? copysign(l, re) : -copysign(l, -re), crAtan2(im, Math.abs(re))];
  }
  const s1 = csqrt([1 + im, -re]);
  const s2 = csqrt([1 - im, re]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), crAtan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cacos([re, im]: C): C {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = crLog(hypot(re / 2, im / 2)) + LN2 * 2;
    return [crAtan2(Math.abs(im), re), re < 0 ? -copysign(l, im) : copysign(l, -im)];
  }
  const s1 = csqrt([1 - re, -im]);
  const s2 = csqrt([1 + re, im]);
  return [2 * crAtan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cacosh([re, im]: C): C {
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    return [crLog(hypot(re / 2, im / 2)) + LN2 * 2, crAtan2(im, re)];
  }
  const s1 = csqrt([re - 1, im]);
  const s2 = csqrt([re + 1, im]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * crAtan2(s1[1], s2[0])];
}

function catanh(z: C): C & { edom?: boolean } {
  const [re, im] = z;
  if (re < 0 || (Object.is(re, -0))) {
    const r = catanh([-re, -im]);
    const out = [-r[0], -r[1]] as C & { edom?: boolean };
    if (r.edom) out.edom = true;
    return out;
  }
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(re / 2, im / 2);
    return [re / 4 / h / h, -copysign(Math.PI / 2, -im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return Object.assign([Infinity, im] as C, { edom: true });
    return [-crLog(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(crAtan2(2, -ay) / 2, im)];
  }
  return [Math.log1p((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4,
    -crAtan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2];
}

const rot = (f: (z: C) => C & { edom?: boolean }) => ([re, im]: C): C & { edom?: boolean } => {
  const s = f([-im, re]);
  const r = [s[1], -s[0]] as C & { edom?: boolean };
  if (s.edom) r.edom = true;
  return r;
};

function log(x: Value, base: Value | undefined): Value {
  const z = toComplex(x);
  let r = clog(z);
  if (r.edom) raise('ValueError', 'math domain error');
  if (base !== undefined) {
    const b = clog(toComplex(base));
    if (b.edom) raise('ValueError', 'math domain error');
    if (b[0] === 0 && b[1] === 0) raise('ValueError', 'math domain error');
    r = cquot(r, b);
  }
  return newComplex(r[0], r[1]);
}

function phaseOf(v: Value): number {
  const z = toComplex(v);
  return crAtan2(z[1], z[0]);
}

function polar(v: Value): Value {
  const z = toComplex(v);
  const r = hypot(z[0], z[1]);
  if (!Number.isFinite(r) && fin(z)) raise('OverflowError', 'math range error');
  return newTuple([floatValue(r), floatValue(crAtan2(z[1], z[0]))]);
}

function rect(rv: Value, pv: Value): Value {
  const r = toDouble(rv);
  const phi = toDouble(pv);
  if (Number.isFinite(r) && !Number.isFinite(phi) && !Number.isNaN(phi)) {
    if (r === 0) return newComplex(0, 0);
    raise('ValueError', 'math domain error');
  }
  if (phi === 0) return newComplex(r, r * phi);
  return newComplex(r * crCos(phi), r * crSin(phi));
}

function isclose(a: Value, b: Value, relTol: Value, absTol: Value): Value {
  const x = toComplex(a);
  const y = toComplex(b);
  const rt = typeof relTol === 'symbol' ? 1e-9 : toDouble(relTol);
  const at = typeof absTol === 'symbol' ? 0 : toDouble(absTol);
  if (rt < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x[0] === y[0] && x[1] === y[1]) return true;
  if (!fin(x) || !fin(y)) return false;
  const diff = hypot(x[0] - y[0], x[1] - y[1]);
  return diff <= rt * hypot(y[0], y[1]) || diff <= rt * hypot(x[0], x[1]) || diff <= at;
}

// float ** float with a negative base and a non-integral exponent is a complex power (float_pow
// defers to complex). vm/ops.ts leaves a hook for it that nothing else installs; this file loads at
// startup (imported from vm/types.ts), so install it here.
setComplexPowHook((a, b) => {
  const r = cpow([a, 0], [b, 0]);
  return newComplex(r[0], r[1]);
});

export const cmathModule = defineModule({
  name: 'cmath',
  doc: null,
  functions: {
    acos: { sig: 'acos(z, /)', fn: fn(wrap(cacos)) },
    acosh: { sig: 'acosh(z, /)', fn: fn(wrap(cacosh)) },
    asin: { sig: 'asin(z, /)', fn: fn(wrap(rot(casinh))) },
    asinh: { sig: 'asinh(z, /)', fn: fn(wrap(casinh)) },
    atan: { sig: 'atan(z, /)', fn: fn(wrap(rot(catanh))) },
    atanh: { sig: 'atanh(z, /)', fn: fn(wrap(catanh)) },
    cos: { sig: 'cos(z, /)', fn: fn(wrap(([re, im]) => ccosh([-im, re]))) },
    cosh: { sig: 'cosh(z, /)', fn: fn(wrap(ccosh)) },
    exp: { sig: 'exp(z, /)', fn: fn(wrap(cexp)) },
    isclose: { sig: 'isclose(a, b, *, rel_tol=<missing>, abs_tol=<missing>)', fn: fn(isclose) },
    isfinite: { sig: 'isfinite(z, /)', fn: fn((v: Value) => fin(toComplex(v))) },
    isinf: { sig: 'isinf(z, /)', fn: fn((v: Value) => toComplex(v).some((x) => x === Infinity || x === -Infinity)) },
    isnan: { sig: 'isnan(z, /)', fn: fn((v: Value) => toComplex(v).some((x) => Number.isNaN(x))) },
    log: { sig: 'log(x, base=<missing>, /)', fn: fn((x: Value, b: Value) => log(x, typeof b === 'symbol' ? undefined : b)) },
    log10: { sig: 'log10(z, /)', fn: fn(wrap((z) => {
      const r = clog(z);
      const out = [r[0] / LN10, r[1] / LN10] as C & { edom?: boolean };
      if (r.edom) out.edom = true;
      return out;
    })) },
    phase: { sig: 'phase(z, /)', fn: fn((v: Value) => floatValue(phaseOf(v))) },
    polar: { sig: 'polar(z, /)', fn: fn(polar) },
    rect: { sig: 'rect(r, phi, /)', fn: fn(rect) },
    sin: { sig: 'sin(z, /)', fn: fn(wrap(([re, im]) => { const s = csinh([-im, re]); return [s[1], -s[0]]; })) },
    sinh: { sig: 'sinh(z, /)', fn: fn(wrap(csinh)) },
    sqrt: { sig: 'sqrt(z, /)', fn: fn(wrap(csqrt)) },
    tan: { sig: 'tan(z, /)', fn: fn(wrap(([re, im]) => { const s = ctanh([-im, re]); return [s[1], -s[0]]; })) },
    tanh: { sig: 'tanh(z, /)', fn: fn(wrap(ctanh)) },
  },
  init(dict) {
    dictSet(dict, 'pi', Math.PI);
    dictSet(dict, 'e', Math.E);
    dictSet(dict, 'tau', 2 * Math.PI);
    dictSet(dict, 'inf', new PyFloat(Infinity));
    dictSet(dict, 'infj', newComplex(0, Infinity));
    dictSet(dict, 'nan', new PyFloat(NaN));
    dictSet(dict, 'nanj', newComplex(0, NaN));
  },
});
