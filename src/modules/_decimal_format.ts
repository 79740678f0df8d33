// Decimal.__format__: the format mini-language for decimals (types e E f F g G % n, fill, align, sign,
// z, #, zero padding, width, ',' and '_' grouping, precision), rounding by the context's rounding mode.
// CPython: Modules/_decimal/_decimal.c dec_format over libmpdec's mpd_qformat_spec (io.c).

import { raise } from '../objects/protocol.js';
import { Kind, Round, type Dec, roundCoeff, pow10, digits } from './_decimal_core.js';

interface Spec { fill: string; align: string; sign: string; noNeg0: boolean; alt: boolean; zeropad: boolean;
  width: number; sep: string; prec: number; type: string }

const SPEC = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/u;

function parseSpec(s: string, capitals: boolean): Spec {
  const m = SPEC.exec(s);
  if (m === null) raise('ValueError', 'invalid format string');
  const zeropad = m[6] !== undefined;
  if (zeropad && m[2] !== undefined) raise('ValueError', 'invalid format string');
  const sp: Spec = {
    fill: m[1] ?? (zeropad && m[2] === undefined ? '0' : ' '), align: m[2] ?? (zeropad ? '=' : '>'),
    sign: m[3] ?? '-', noNeg0: m[4] !== undefined, alt: m[5] !== undefined, zeropad: zeropad && m[1] === undefined && m[2] === undefined,
    width: m[7] === undefined ? 0 : Number(m[7]), sep: m[8] ?? '', prec: m[9] === undefined ? -1 : Number(m[9]),
    type: m[10] ?? '',
  };
  if (sp.type === 'n' && sp.sep !== '') raise('ValueError', 'invalid format string');
  if ((sp.type === 'g' || sp.type === 'G' || sp.type === 'n' || sp.type === '') && sp.prec === 0) sp.prec = 1;
  if (sp.type === '') sp.type = capitals ? 'G' : 'g';
  else if (sp.type === 'n') sp.type = 'g';
  return sp;
}

/** d rescaled to exponent `exp` (coefficient rounded or zero-extended). */
function rescale(d: Dec, exp: number, mode: Round): Dec {
  if (d.c === 0n) return { ...d, e: exp };
  if (d.e >= exp) return { ...d, c: d.c * pow10(d.e - exp), e: exp };
  return { ...d, c: roundCoeff(d.c, exp - d.e, d.s, mode)[0], e: exp };
}
/** d rounded to `places` significant digits. */
function roundSig(d: Dec, places: number, mode: Round): Dec {
  if (d.c === 0n) return d;
  const adj = (x: Dec): number => x.e + digits(x.c) - 1;
  let r = rescale(d, adj(d) + 1 - places, mode);
  if (adj(r) !== adj(d)) r = rescale(r, adj(r) + 1 - places, mode);
  return r;
}

function group(ds: string, sep: string, minWidth: number): string {
  if (sep === '') return ds.padStart(Math.max(minWidth, 1), '0');
  const groups: string[] = [];
  for (;;) {
    const l = Math.min(Math.max(ds.length, minWidth, 1), 3);
    groups.push(ds.slice(-l).padStart(l, '0'));
    ds = ds.slice(0, Math.max(0, ds.length - l));
    minWidth -= l;
    if (ds === '' && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return groups.reverse().join(sep);
}

function align(sign: string, body: string, sp: Spec): string {
  const n = sp.width - [...sign].length - [...body].length;
  const pad = n > 0 ? sp.fill.repeat(n) : '';
  switch (sp.align) {
    case '<': return sign + body + pad;
    case '>': return pad + sign + body;
    case '=': return sign + pad + body;
    default: {
      const half = Math.floor([...pad].length / 2);
      const cps = [...pad];
      return cps.slice(0, half).join('') + sign + body + cps.slice(half).join('');
    }
  }
}

const signOf = (neg: boolean, sp: Spec): string => (neg ? '-' : sp.sign === '-' ? '' : sp.sign);

/** format(d, spec) under a context's rounding and capitals. */
export function formatDecimal(d0: Dec, spec: string, mode: Round, capitals: boolean): string {
  const sp = parseSpec(spec, capitals);
  if (d0.k !== Kind.Finite) {
    const body = (d0.k === Kind.Inf ? 'Infinity' : (d0.k === Kind.SNaN ? 'sNaN' : 'NaN') + (d0.c === 0n ? '' : d0.c)) +
      (sp.type === '%' ? '%' : '');
    // Zero padding does not apply to Infinity and NaN: they are right-aligned with spaces.
    const spc = sp.zeropad ? { ...sp, fill: ' ', align: '>' } : sp;
    return align(signOf(d0.s === 1, sp), body, spc);
  }
  let d = sp.type === '%' ? { ...d0, e: d0.e + 2 } : d0;
  const t = sp.type;
  if (sp.prec >= 0) {
    if (t === 'e' || t === 'E') d = roundSig(d, sp.prec + 1, mode);
    else if (t === 'f' || t === 'F' || t === '%') d = rescale(d, -sp.prec, mode);
    else if (digits(d.c) > sp.prec) d = roundSig(d, sp.prec, mode);
  }
  if (d.c === 0n && d.e > 0 && (t === 'f' || t === 'F' || t === '%')) d = rescale(d, 0, mode);
  const neg = d.s === 1 && !(d.c === 0n && sp.noNeg0);
  const ds = d.c.toString();
  const left = d.e + ds.length;
  let dot: number;
  if (t === 'e' || t === 'E') dot = d.c === 0n && sp.prec >= 0 ? 1 - sp.prec : 1;
  else if (t === 'f' || t === 'F' || t === '%') dot = left;
  else dot = d.e <= 0 && left > -6 ? left : 1;
  let intpart: string;
  let frac: string;
  if (dot < 0) { intpart = '0'; frac = '0'.repeat(-dot) + ds; }
  else if (dot > ds.length) { intpart = ds + '0'.repeat(dot - ds.length); frac = ''; }
  else { intpart = ds.slice(0, dot) || '0'; frac = ds.slice(dot); }
  const exp = left - dot;
  const sign = signOf(neg, sp);
  if (frac !== '' || sp.alt) frac = '.' + frac;
  if (exp !== 0 || t === 'e' || t === 'E') {
    const ech = t === 'E' || t === 'G' ? 'E' : 'e';
    frac += `${ech}${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  }
  if (t === '%') frac += '%';
  const minWidth = sp.zeropad ? sp.width - frac.length - sign.length : 0;
  return align(sign, group(intpart, sp.sep, minWidth) + frac, sp);
}
