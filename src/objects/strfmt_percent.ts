// printf-style formatting: str % args (PyUnicode_Format) and bytes % args (_PyBytes_FormatEx):
// the %(key) mapping form, flags, * widths and precisions, argument counting and every error.
// The numeric conversions (d i u o x X e E f F g G and str's c) come from numfmt.ts.
// CPython: Objects/unicodeobject.c (unicode_format_arg_*), Objects/bytesobject.c.

import { I32 } from '../heap/index.js';
import { Ref, type Value } from './value.js';
import { raise, repr, str, getitem, typeNameOf, builtinSlot, callDescriptor } from './protocol.js';
import { lookup, typeOf, isSubtype } from './typeobject.js';
import { builtinTypeAddr } from './registry.js';
import { isTuple, tupleItems } from './tuple.js';
import { hasIndex, asSsize } from './coll_ops.js';
import { percentFormatNumber, type PercentFlags } from './numfmt.js';
import { codePoints, fromCodePoints } from './str_cp.js';
import { bufferBytes } from './buffer.js';
import { newBytes } from './bytes.js';
import { concatBytes } from './bytes_ops.js';

/** ascii(v): repr with non-ASCII code points escaped (PyObject_ASCII). */
export function asciiRepr(v: Value): string {
  const r = repr(v);
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = '';
  for (const c of codePoints(r)) {
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return out;
}

/** Does `args` count as a mapping for %(name) (PyMapping_Check minus tuple/str/bytes)? */
function isMappingArg(v: Value, bytesFormat: boolean): boolean {
  if (!(v instanceof Ref) || (isTuple as (x: Value) => boolean)(v)) return false;
  const t = I32[v.a >> 2]!;
  if (isSubtype(t, builtinTypeAddr('str'))) return false;
  if (bytesFormat && (isSubtype(t, builtinTypeAddr('bytes')) || isSubtype(t, builtinTypeAddr('bytearray')))) return false;
  if (builtinSlot(t, 'getitem') !== undefined) return true;
  const m = lookup(t, '__getitem__');
  return m !== undefined && m !== null;
}

/** One parsed conversion. */
interface Spec {
  flags: PercentFlags;
  width: number;
  prec: number;
  ch: number;
}

/** The shared parsing state of a format operation (unicode_formatter_t). */
class Ctx {
  pos = 0;
  argidx: number;
  arglen: number;
  dict: Value | null;
  args: Value;
  items: Value[];

  constructor(readonly fmt: number[], args: Value, bytesFormat: boolean) {
    if (isTuple(args)) {
      this.items = tupleItems(args.a);
      this.arglen = this.items.length;
      this.argidx = 0;
    } else {
      this.items = [];
      this.arglen = -1;
      this.argidx = -2;
    }
    this.args = args;
    this.dict = isMappingArg(args, bytesFormat) ? args : null;
  }

  nextArg(): Value {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      return this.arglen < 0 ? this.args : this.items[i]!;
    }
    raise('TypeError', 'not enough arguments for format string');
  }

  /** Parses "(key)flags width .prec [hlL] conv" after a '%' (unicode_format_arg_parse). */
  parse(keyOf: (cps: number[]) => Value): Spec {
    const f = this.fmt;
    const end = f.length;
    const s: Spec = { flags: { left: false, sign: false, blank: false, alt: false, zero: false }, width: -1, prec: -1, ch: 0 };
    const ch = (): number => s.ch;
    const read = (): boolean => {
      if (this.pos >= end) return false;
      s.ch = f[this.pos++]!;
      return true;
    };
    let ok = read();
    if (ok && ch() === 0x28) {
      if (this.dict === null) raise('TypeError', 'format requires a mapping');
      const keyStart = this.pos;
      let depth = 1;
      while (depth > 0 && this.pos < end) {
        const c = f[this.pos++]!;
        if (c === 0x29) depth--;
        else if (c === 0x28) depth++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = keyOf(f.slice(keyStart, this.pos - 1));
      this.args = getitem(this.dict, key);
      this.arglen = -1;
      this.argidx = -2;
      ok = read();
    }
    while (ok) {
      const c = ch();
      if (c === 0x2d) s.flags.left = true;
      else if (c === 0x2b) s.flags.sign = true;
      else if (c === 0x20) s.flags.blank = true;
      else if (c === 0x23) s.flags.alt = true;
      else if (c === 0x30) s.flags.zero = true;
      else break;
      ok = read();
    }
    if (ok && ch() === 0x2a) {
      const v = this.nextArg();
      if (!isIntValue(v)) raise('TypeError', '* wants int');
      s.width = asSsize(v, 'OverflowError');
      if (s.width < 0) {
        s.flags.left = true;
        s.width = -s.width;
      }
      ok = read();
    } else if (ok && ch() >= 0x30 && ch() <= 0x39) {
      s.width = s.ch - 0x30;
      for (ok = read(); ok && ch() >= 0x30 && ch() <= 0x39; ok = read()) {
        if (s.width > (Number.MAX_SAFE_INTEGER - (ch() - 0x30)) / 10) raise('ValueError', 'width too big');
        s.width = s.width * 10 + (ch() - 0x30);
      }
    }
    if (ok && ch() === 0x2e) {
      s.prec = 0;
      ok = read();
      if (ok && ch() === 0x2a) {
        const v = this.nextArg();
        if (!isIntValue(v)) raise('TypeError', '* wants int');
        const p = asSsize(v, 'OverflowError');
        if (p > 0x7fffffff || p < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
        s.prec = Math.max(p, 0);
        ok = read();
      } else if (ok && ch() >= 0x30 && ch() <= 0x39) {
        s.prec = s.ch - 0x30;
        for (ok = read(); ok && ch() >= 0x30 && ch() <= 0x39; ok = read()) {
          if (s.prec > (0x7fffffff - (ch() - 0x30)) / 10) raise('ValueError', 'precision too big');
          s.prec = s.prec * 10 + (ch() - 0x30);
        }
      }
    }
    if (ok && (ch() === 0x68 || ch() === 0x6c || ch() === 0x4c)) ok = read();
    if (!ok) raise('ValueError', 'incomplete format');
    return s;
  }

  finish(): void {
    if (this.argidx < this.arglen && this.dict === null) {
      raise('TypeError', 'not all arguments converted during string formatting');
    }
  }
}

function isIntValue(v: Value): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean'
    || (v instanceof Ref && isSubtype(I32[v.a >> 2]!, builtinTypeAddr('int')));
}

function unsupported(ch: number, index: number, bytesFormat = false): never {
  const shown = bytesFormat || (ch >= 31 && ch <= 126) ? String.fromCharCode(ch) : '?';
  raise('ValueError', `unsupported format character '${shown}' (0x${ch.toString(16)}) at index ${index}`);
}

/** Pads a string conversion (%s %r %a and bytes' %b): precision truncates, width pads with spaces. */
function padText<T extends { length: number }>(s: T, slice: (s: T, n: number) => T, spec: Spec,
  pad: (n: number, left: boolean, s: T) => T): T {
  let t = s;
  if (spec.prec >= 0 && t.length > spec.prec) t = slice(t, spec.prec);
  if (spec.width > t.length) t = pad(spec.width - t.length, spec.flags.left, t);
  return t;
}

// ---- str % args ------------------------------------------------------------------------------------

/** str % args (PyUnicode_Format). */
export function percentFormatStr(fmt: string, args: Value): string {
  if (fmt.indexOf('%') < 0) {
    const ctx = new Ctx([], args, false);
    ctx.finish();
    return fmt;
  }
  const cps = codePoints(fmt);
  const ctx = new Ctx(cps, args, false);
  const out: string[] = [];
  while (ctx.pos < cps.length) {
    const start = ctx.pos;
    while (ctx.pos < cps.length && cps[ctx.pos] !== 0x25) ctx.pos++;
    if (ctx.pos > start) out.push(fromCodePoints(cps, start, ctx.pos));
    if (ctx.pos >= cps.length) break;
    ctx.pos++;
    if (ctx.pos < cps.length && cps[ctx.pos] === 0x25) {
      ctx.pos++;
      out.push('%');
      continue;
    }
    const spec = ctx.parse((k) => fromCodePoints(k));
    out.push(formatOneStr(ctx, spec));
    if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
      raise('TypeError', 'not all arguments converted during string formatting');
    }
  }
  ctx.finish();
  return out.join('');
}

function formatOneStr(ctx: Ctx, spec: Spec): string {
  const v = ctx.nextArg();
  const c = String.fromCodePoint(spec.ch);
  switch (c) {
    case 's': case 'r': case 'a': {
      const text = c === 's' ? (typeof v === 'string' ? v : str(v)) : c === 'r' ? repr(v) : asciiRepr(v);
      const cps = codePoints(text);
      return fromCodePoints(padText(cps, (s, n) => s.slice(0, n), spec,
        (n, left, s) => (left ? [...s, ...new Array<number>(n).fill(32)] : [...new Array<number>(n).fill(32), ...s])));
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
    case 'g': case 'G': case 'c':
      return percentFormatNumber(c, spec.flags, spec.width, spec.prec, v);
    default:
      return unsupported(spec.ch, ctx.pos - 1);
  }
}

// ---- bytes % args ----------------------------------------------------------------------------------

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The bytes of a %b / %s argument (format_obj). */
function formatObjBytes(v: Value): Uint8Array {
  if (v instanceof Ref) {
    const t = typeOf(v);
    if (!isSubtype(t, builtinTypeAddr('bytes')) && !isSubtype(t, builtinTypeAddr('bytearray'))) {
      const m = lookup(t, '__bytes__');
      if (m !== undefined && m !== null) {
        const r = callDescriptor(m, v, t, []);
        if (!(r instanceof Ref && isSubtype(I32[r.a >> 2]!, builtinTypeAddr('bytes')))) {
          raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
        }
        return bufferBytes(r)!;
      }
    }
    const b = bufferBytes(v);
    if (b !== null) return b;
  }
  raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(v)}'`);
}

/** The byte of a %c argument (byte_converter). */
function byteArg(v: Value): number {
  if (v instanceof Ref) {
    const t = I32[v.a >> 2]!;
    const isB = isSubtype(t, builtinTypeAddr('bytes'));
    if (isB || isSubtype(t, builtinTypeAddr('bytearray'))) {
      const d = bufferBytes(v)!;
      if (d.length !== 1) {
        raise('TypeError', `%c requires an integer in range(256) or a single byte, not a ${isB ? 'bytes' : 'bytearray'} object of length ${d.length}`);
      }
      return d[0]!;
    }
  }
  if (hasIndex(v)) {
    const n = asSsize(v, null);
    if (n < 0 || n > 255) raise('OverflowError', '%c arg not in range(256)');
    return n;
  }
  raise('TypeError', `%c requires an integer in range(256) or a single byte, not ${typeNameOf(v)}`);
}

/** bytes % args (_PyBytes_FormatEx); the result's type is the caller's. */
export function percentFormatBytes(fmt: Uint8Array, args: Value): Uint8Array {
  const f = Array.from(fmt);
  const ctx = new Ctx(f, args, true);
  const out: Uint8Array[] = [];
  while (ctx.pos < f.length) {
    const start = ctx.pos;
    while (ctx.pos < f.length && f[ctx.pos] !== 0x25) ctx.pos++;
    if (ctx.pos > start) out.push(fmt.slice(start, ctx.pos));
    if (ctx.pos >= f.length) break;
    ctx.pos++;
    if (ctx.pos < f.length && f[ctx.pos] === 0x25) {
      ctx.pos++;
      out.push(Uint8Array.of(0x25));
      continue;
    }
    const spec = ctx.parse((k) => newBytes(k));
    out.push(formatOneBytes(ctx, spec));
    if (ctx.dict !== null && ctx.argidx < ctx.arglen) {
      raise('TypeError', 'not all arguments converted during bytes formatting');
    }
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null) {
    raise('TypeError', 'not all arguments converted during bytes formatting');
  }
  return concatBytes(out);
}

function formatOneBytes(ctx: Ctx, spec: Spec): Uint8Array {
  const v = ctx.nextArg();
  const c = String.fromCharCode(spec.ch);
  const padBytes = (b: Uint8Array): Uint8Array => padText(b, (s, n) => s.slice(0, n), spec, (n, left, s) => {
    const o = new Uint8Array(s.length + n).fill(32);
    o.set(s, left ? 0 : n);
    return o;
  });
  switch (c) {
    case 'r': case 'a': return padBytes(ascii(asciiRepr(v)));
    case 's': case 'b': return padBytes(formatObjBytes(v));
    case 'c': {
      const b = Uint8Array.of(byteArg(v));
      if (spec.width <= 1) return b;
      const o = new Uint8Array(spec.width).fill(32);
      o[spec.flags.left ? 0 : spec.width - 1] = b[0]!;
      return o;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
    case 'g': case 'G':
      return ascii(percentFormatNumber(c, spec.flags, spec.width, spec.prec, v));
    default:
      return unsupported(spec.ch, ctx.pos - 1, true);
  }
}
