// The encoding and decoding loops of the native codecs (utf-8, utf-16, utf-32, latin-1, ascii):
// where each one detects an error and which range and reason it reports, exactly as CPython's
// C codecs do; what happens at an error is the caller's error handler (codecs_native.ts).
// CPython: Objects/unicodeobject.c (unicode_encode_ucs1, unicode_decode_utf8,
// PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF16/32),
// Objects/stringlib/codecs.h.

/** Growable byte output. */
export class ByteWriter {
  buf: Uint8Array;
  n = 0;
  constructor(cap = 16) {
    this.buf = new Uint8Array(Math.max(cap, 16));
  }
  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.n + need) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  push(b: number): void {
    if (this.n === this.buf.length) this.grow(1);
    this.buf[this.n++] = b;
  }
  write(bytes: ArrayLike<number>): void {
    if (this.n + bytes.length > this.buf.length) this.grow(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/** A replacement from an encode error handler: str (encoded by the codec) or raw bytes. */
export type EncodeRep = { str: string } | { bytes: Uint8Array };
/**
 * Called for the unencodable code points [start, end) of `cps`; returns the replacement and the
 * position to resume at. Throws for 'strict'.
 */
export type EncodeErrorFn = (start: number, end: number, reason: string) => [EncodeRep, number];
/** Called for the undecodable bytes [start, end); returns the replacement text and where to resume. */
export type DecodeErrorFn = (start: number, end: number, reason: string) => [string, number];

/** Raised by a codec when a replacement cannot be encoded: the caller re-raises the original error. */
export class BadReplacement {
  constructor(readonly start: number, readonly end: number, readonly reason: string) {}
}

// ---- encoders -----------------------------------------------------------------------------------

/** latin-1 (limit 256) and ascii (limit 128): a run of unencodable code points is one error. */
export function encodeUcs1(cps: number[], limit: number, onError: EncodeErrorFn): Uint8Array {
  const w = new ByteWriter(cps.length);
  const reason = limit === 128 ? 'ordinal not in range(128)' : 'ordinal not in range(256)';
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (c < limit) {
      w.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && cps[end]! >= limit) end++;
    const [rep, pos] = onError(i, end, reason);
    if ('bytes' in rep) {
      w.write(rep.bytes);
    } else {
      for (let k = 0; k < rep.str.length; k++) {
        const r = rep.str.charCodeAt(k);
        if (r >= limit) throw new BadReplacement(i, end, reason);
        w.push(r);
      }
    }
    i = pos;
  }
  return w.result();
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/** utf-8: a run of surrogates is one error ("surrogates not allowed"). */
export function encodeUtf8(cps: number[], onError: EncodeErrorFn): Uint8Array {
  const w = new ByteWriter(cps.length * 2);
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (c < 0x80) {
      w.push(c);
    } else if (c < 0x800) {
      w.push(0xc0 | (c >> 6));
      w.push(0x80 | (c & 63));
    } else if (isSurrogate(c)) {
      let end = i + 1;
      while (end < cps.length && isSurrogate(cps[end]!)) end++;
      const [rep, pos] = onError(i, end, 'surrogates not allowed');
      if ('bytes' in rep) {
        w.write(rep.bytes);
      } else {
        for (let k = 0; k < rep.str.length; k++) {
          const r = rep.str.charCodeAt(k);
          if (r >= 0x80) throw new BadReplacement(i, end, 'surrogates not allowed');
          w.push(r);
        }
      }
      i = pos;
      continue;
    } else if (c < 0x10000) {
      w.push(0xe0 | (c >> 12));
      w.push(0x80 | ((c >> 6) & 63));
      w.push(0x80 | (c & 63));
    } else {
      w.push(0xf0 | (c >> 18));
      w.push(0x80 | ((c >> 12) & 63));
      w.push(0x80 | ((c >> 6) & 63));
      w.push(0x80 | (c & 63));
    }
    i++;
  }
  return w.result();
}

function putUnit(w: ByteWriter, u: number, width: 2 | 4, le: boolean): void {
  if (width === 2) {
    if (le) w.write([u & 255, u >> 8]);
    else w.write([u >> 8, u & 255]);
  } else if (le) {
    w.write([u & 255, (u >> 8) & 255, (u >> 16) & 255, u >>> 24]);
  } else {
    w.write([u >>> 24, (u >> 16) & 255, (u >> 8) & 255, u & 255]);
  }
}

/** utf-16 / utf-32 (width 2 / 4): each lone surrogate is one error; `bom` writes U+FEFF first. */
export function encodeUtf16or32(cps: number[], width: 2 | 4, le: boolean, bom: boolean, onError: EncodeErrorFn): Uint8Array {
  const w = new ByteWriter(cps.length * width + width);
  if (bom) putUnit(w, 0xfeff, width, le);
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (!isSurrogate(c)) {
      if (width === 4 || c < 0x10000) {
        putUnit(w, c, width, le);
      } else {
        putUnit(w, 0xd800 + ((c - 0x10000) >> 10), 2, le);
        putUnit(w, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, le);
      }
      i++;
      continue;
    }
    const [rep, pos] = onError(i, i + 1, 'surrogates not allowed');
    if ('bytes' in rep) {
      if (rep.bytes.length % width !== 0) throw new BadReplacement(i, i + 1, 'surrogates not allowed');
      w.write(rep.bytes);
    } else {
      for (let k = 0; k < rep.str.length; k++) {
        const r = rep.str.charCodeAt(k);
        if (r >= 0x80) throw new BadReplacement(i, i + 1, 'surrogates not allowed');
        putUnit(w, r, width, le);
      }
    }
    i = pos;
  }
  return w.result();
}

// ---- decoders -----------------------------------------------------------------------------------

/** Accumulates decoded text in chunks (string concatenation of single characters is slow). */
class TextOut {
  parts: string[] = [];
  units: number[] = [];
  cp(c: number): void {
    if (c < 0x10000) this.units.push(c);
    else this.units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    if (this.units.length >= 8192) this.flush();
  }
  str(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length) {
      this.parts.push(String.fromCharCode(...this.units));
      this.units = [];
    }
  }
  result(): string {
    this.flush();
    return this.parts.join('');
  }
}

export interface Decoded {
  text: string;
  /** Bytes consumed (less than the input when `final` is false and it ends mid-sequence). */
  consumed: number;
}

const isCont = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * One UTF-8 step at `i`: [code point, length] for a valid sequence; [-1, n] for an invalid start
 * byte (n = 1) or continuation (n = bytes of the maximal valid prefix); [-2, 0] when the data
 * ends inside a sequence that is valid so far; [-3, 1] for a truncated surrogate prefix (\xED\xA0-\xBF).
 */
function utf8Step(d: Uint8Array, i: number): [number, number] {
  const c = d[i]!;
  const left = d.length - i;
  if (c < 0xc2) return [-1, 1];
  if (c < 0xe0) {
    if (left < 2) return [-2, 0];
    const c2 = d[i + 1]!;
    if (!isCont(c2)) return [-1, 1];
    return [((c & 0x1f) << 6) | (c2 & 63), 2];
  }
  if (c < 0xf0) {
    if (left < 2) return [-2, 0];
    const c2 = d[i + 1]!;
    if (!isCont(c2) || (c === 0xe0 && c2 < 0xa0)) return [-1, 1];
    if (c === 0xed && c2 >= 0xa0) return left < 3 ? [-3, 1] : [-1, 1];
    if (left < 3) return [-2, 0];
    const c3 = d[i + 2]!;
    if (!isCont(c3)) return [-1, 2];
    return [((c & 15) << 12) | ((c2 & 63) << 6) | (c3 & 63), 3];
  }
  if (c < 0xf5) {
    if (left < 2) return [-2, 0];
    const c2 = d[i + 1]!;
    if (!isCont(c2) || (c === 0xf0 && c2 < 0x90) || (c === 0xf4 && c2 >= 0x90)) return [-1, 1];
    if (left < 3) return [-2, 0];
    const c3 = d[i + 2]!;
    if (!isCont(c3)) return [-1, 2];
    if (left < 4) return [-2, 0];
    const c4 = d[i + 3]!;
    if (!isCont(c4)) return [-1, 3];
    return [((c & 7) << 18) | ((c2 & 63) << 12) | ((c3 & 63) << 6) | (c4 & 63), 4];
  }
  return [-1, 1];
}

export function decodeUtf8(d: Uint8Array, final: boolean, onError: DecodeErrorFn): Decoded {
  const out = new TextOut();
  let i = 0;
  while (i < d.length) {
    const c = d[i]!;
    if (c < 0x80) {
      out.cp(c);
      i++;
      continue;
    }
    const [cp, n] = utf8Step(d, i);
    if (cp >= 0) {
      out.cp(cp);
      i += n;
      continue;
    }
    let end: number;
    let reason: string;
    if (cp === -1) {
      end = i + n;
      reason = n === 1 && (c < 0xc2 || c >= 0xf5) ? 'invalid start byte' : 'invalid continuation byte';
    } else if (!final) {
      break;
    } else if (cp === -3) {
      end = i + 1;
      reason = 'invalid continuation byte';
    } else {
      end = d.length;
      reason = 'unexpected end of data';
    }
    const [rep, pos] = onError(i, end, reason);
    out.str(rep);
    i = pos;
  }
  return { text: out.result(), consumed: i };
}

/** latin-1 never fails; ascii reports each byte >= 0x80 alone. */
export function decodeUcs1(d: Uint8Array, limit: number, onError: DecodeErrorFn): string {
  const out = new TextOut();
  let i = 0;
  while (i < d.length) {
    const c = d[i]!;
    if (c < limit) {
      out.cp(c);
      i++;
      continue;
    }
    const [rep, pos] = onError(i, i + 1, 'ordinal not in range(128)');
    out.str(rep);
    i = pos;
  }
  return out.result();
}

/**
 * utf-16: `byteorder` -1 little, 1 big, 0 = read a BOM if present (then little endian, the
 * native order of every JS engine's host here). Returns the byte order used.
 */
export function decodeUtf16(d: Uint8Array, byteorder: number, final: boolean,
  onError: (enc: string) => DecodeErrorFn): Decoded & { byteorder: number } {
  let i = 0;
  let bo = byteorder;
  if (bo === 0 && d.length >= 2) {
    const bom = (d[1]! << 8) | d[0]!;
    if (bom === 0xfeff) {
      i = 2;
      bo = -1;
    } else if (bom === 0xfffe) {
      i = 2;
      bo = 1;
    }
  }
  const le = bo <= 0;
  const err = onError(le ? 'utf-16-le' : 'utf-16-be');
  const unit = (k: number): number => (le ? d[k]! | (d[k + 1]! << 8) : (d[k]! << 8) | d[k + 1]!);
  const out = new TextOut();
  while (i < d.length) {
    if (d.length - i < 2) {
      if (!final) break;
      const [rep, pos] = err(i, d.length, 'truncated data');
      out.str(rep);
      i = pos;
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out.cp(u);
      i += 2;
      continue;
    }
    let start = i;
    let reason: string;
    if (u >= 0xdc00) {
      reason = 'illegal encoding';
    } else if (d.length - i < 4) {
      if (!final) break;
      // A high surrogate with too little data after it: the rest of the input is the error.
      const [rep, pos] = err(i, d.length, 'unexpected end of data');
      out.str(rep);
      i = pos;
      continue;
    } else {
      const u2 = unit(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out.cp(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        i += 4;
        continue;
      }
      reason = 'illegal UTF-16 surrogate';
      start = i;
    }
    const [rep, pos] = err(start, start + 2, reason);
    out.str(rep);
    i = pos;
  }
  return { text: out.result(), consumed: i, byteorder: bo };
}

export function decodeUtf32(d: Uint8Array, byteorder: number, final: boolean,
  onError: (enc: string) => DecodeErrorFn): Decoded & { byteorder: number } {
  let i = 0;
  let bo = byteorder;
  if (bo === 0 && d.length >= 4) {
    const bom = ((d[3]! << 24) | (d[2]! << 16) | (d[1]! << 8) | d[0]!) >>> 0;
    if (bom === 0xfeff) {
      i = 4;
      bo = -1;
    } else if (bom === 0xfffe0000) {
      i = 4;
      bo = 1;
    }
  }
  const le = bo <= 0;
  const err = onError(le ? 'utf-32-le' : 'utf-32-be');
  const out = new TextOut();
  while (i < d.length) {
    if (d.length - i < 4) {
      if (!final) break;
      const [rep, pos] = err(i, d.length, 'truncated data');
      out.str(rep);
      i = pos;
      continue;
    }
    const c = (le ? (d[i + 3]! << 24) | (d[i + 2]! << 16) | (d[i + 1]! << 8) | d[i]!
      : (d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!) >>> 0;
    if (c < 0x110000 && !isSurrogate(c)) {
      out.cp(c);
      i += 4;
      continue;
    }
    const reason = isSurrogate(c) ? 'code point in surrogate code point range(0xd800, 0xe000)'
      : 'code point not in range(0x110000)';
    const [rep, pos] = err(i, i + 4, reason);
    out.str(rep);
    i = pos;
  }
  return { text: out.result(), consumed: i, byteorder: bo };
}
