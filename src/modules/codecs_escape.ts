// The escape codecs of _codecs: unicode_escape and raw_unicode_escape (str <-> bytes) and
// escape_encode/escape_decode (bytes <-> bytes, Python's bytes-literal escapes).
// CPython: Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal2,
// PyUnicode_AsUnicodeEscapeString, _PyUnicode_DecodeRawUnicodeEscapeStateful,
// PyUnicode_AsRawUnicodeEscapeString), Objects/bytesobject.c (_PyBytes_DecodeEscape2, PyBytes_Repr).

import { raise } from '../objects/protocol.js';
import { ByteWriter } from '../objects/codecs_utf.js';
import { fromCodePoints } from '../objects/str_cp.js';
import { codePointOfName } from '../unicode/names.js';
import { decodeErrorFor } from '../objects/codecs_native.js';

const HEX = '0123456789abcdef';

function pushHex(w: ByteWriter, c: number, digits: number): void {
  for (let k = digits - 1; k >= 0; k--) w.push(HEX.charCodeAt((c >> (4 * k)) & 15));
}

function hexVal(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 97 && b <= 102) return b - 87;
  if (b >= 65 && b <= 70) return b - 55;
  return -1;
}

/** unicode_escape: printable ASCII as is, \t \n \r \\, other code points as \x, \u or \U escapes. */
export function unicodeEscapeEncode(cps: number[]): Uint8Array {
  const w = new ByteWriter(cps.length);
  for (const c of cps) {
    if (c >= 0x10000) {
      w.push(92); w.push(85); pushHex(w, c, 8);
    } else if (c >= 0x100) {
      w.push(92); w.push(117); pushHex(w, c, 4);
    } else {
      pushByteEscaped(w, c, false);
    }
  }
  return w.result();
}

/** One code point below 0x100 as both escape codecs write it: \\, \t \n \r, \xhh for the rest of
 * the non-printable ones, printable ASCII as is; with `quote`, \' too (escape_encode, like repr). */
function pushByteEscaped(w: ByteWriter, c: number, quote: boolean): void {
  if (c === 92 || (quote && c === 39)) {
    w.push(92); w.push(c);
  } else if (c === 9) {
    w.push(92); w.push(116);
  } else if (c === 10) {
    w.push(92); w.push(110);
  } else if (c === 13) {
    w.push(92); w.push(114);
  } else if (c < 32 || c >= 0x7f) {
    w.push(92); w.push(120); pushHex(w, c, 2);
  } else {
    w.push(c);
  }
}

/** raw_unicode_escape: code points below 256 as raw bytes, the others as \u or \U escapes. */
export function rawUnicodeEscapeEncode(cps: number[]): Uint8Array {
  const w = new ByteWriter(cps.length);
  for (const c of cps) {
    if (c < 0x100) {
      w.push(c);
    } else if (c >= 0x10000) {
      w.push(92); w.push(85); pushHex(w, c, 8);
    } else {
      w.push(92); w.push(117); pushHex(w, c, 4);
    }
  }
  return w.result();
}

const SIMPLE: Record<number, number> = {
  92: 92, 39: 39, 34: 34, 98: 8, 102: 12, 116: 9, 110: 10, 114: 13, 118: 11, 97: 7,
};

interface Decoded { text: string; consumed: number }

/** unicode_escape_decode (raw = false) and raw_unicode_escape_decode (raw = true). */
function escapeToText(d: Uint8Array, errors: string, final: boolean, raw: boolean): Decoded {
  const codec = raw ? 'rawunicodeescape' : 'unicodeescape';
  const onError = decodeErrorFor(codec, d, errors);
  const out: number[] = [];
  let text = '';
  const flush = (): void => {
    if (out.length) text += fromCodePoints(out);
    out.length = 0;
  };
  const end = d.length;
  let s = 0;
  while (s < end) {
    let c = d[s++]!;
    if (c !== 92 || (raw && s >= end && final)) {
      out.push(c);
      continue;
    }
    const start = s - 1;
    let message: string;
    let incomplete = false;
    fail: {
      if (s >= end) {
        message = '\\ at end of string';
        incomplete = true;
        break fail;
      }
      c = d[s++]!;
      let count = 0;
      if (raw) {
        if (c === 117) count = 4;
        else if (c === 85) count = 8;
        else {
          out.push(92, c);
          continue;
        }
        message = count === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      } else {
        if (c === 10) continue;
        const simple = SIMPLE[c];
        if (simple !== undefined) {
          out.push(simple);
          continue;
        }
        if (c >= 48 && c <= 55) {
          let ch = c - 48;
          if (s < end && d[s]! >= 48 && d[s]! <= 55) {
            ch = (ch << 3) + d[s++]! - 48;
            if (s < end && d[s]! >= 48 && d[s]! <= 55) ch = (ch << 3) + d[s++]! - 48;
          }
          out.push(ch);
          continue;
        }
        if (c === 78) {
          message = 'malformed \\N character escape';
          if (s >= end) {
            incomplete = true;
            break fail;
          }
          if (d[s] === 123) {
            const nameStart = ++s;
            while (s < end && d[s] !== 125) s++;
            if (s >= end) {
              incomplete = true;
              break fail;
            }
            if (s > nameStart) {
              const name = String.fromCharCode(...d.subarray(nameStart, s));
              s++;
              const cp = codePointOfName(name);
              if (cp !== undefined) {
                out.push(cp);
                continue;
              }
              message = 'unknown Unicode character name';
            }
          }
          break fail;
        }
        if (c === 120) count = 2;
        else if (c === 117) count = 4;
        else if (c === 85) count = 8;
        else {
          // An unknown escape keeps its backslash (CPython only warns).
          out.push(92, c);
          continue;
        }
        message = count === 2 ? 'truncated \\xXX escape' : count === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      }
      let ch = 0;
      for (; count; s++, count--) {
        if (s >= end) {
          incomplete = true;
          break fail;
        }
        const h = hexVal(d[s]!);
        if (h < 0) break fail;
        ch = ch * 16 + h;
      }
      if (ch > 0x10ffff) {
        message = raw ? '\\Uxxxxxxxx out of range' : 'illegal Unicode character';
        break fail;
      }
      out.push(ch);
      continue;
    }
    if (incomplete && !final) return (flush(), { text, consumed: start });
    flush();
    const [rep, pos] = onError(start, s, message);
    text += rep;
    s = pos;
  }
  flush();
  return { text, consumed: end };
}

export function unicodeEscapeDecode(d: Uint8Array, errors: string, final: boolean): Decoded {
  return escapeToText(d, errors, final, false);
}

export function rawUnicodeEscapeDecode(d: Uint8Array, errors: string, final: boolean): Decoded {
  return escapeToText(d, errors, final, true);
}

/** escape_encode: bytes as in their repr, without the quotes (\\ and \' escaped). */
export function escapeEncode(b: Uint8Array): Uint8Array {
  const w = new ByteWriter(b.length);
  for (const c of b) pushByteEscaped(w, c, true);
  return w.result();
}

/** escape_decode: Python's bytes-literal escapes; errors is strict, replace or ignore only. */
export function escapeDecode(d: Uint8Array, errors: string): Uint8Array {
  const w = new ByteWriter(d.length);
  const end = d.length;
  let s = 0;
  while (s < end) {
    let c = d[s++]!;
    if (c !== 92) {
      w.push(c);
      continue;
    }
    if (s >= end) raise('ValueError', 'Trailing \\ in string');
    c = d[s++]!;
    if (c === 10) continue;
    const simple = SIMPLE[c];
    if (simple !== undefined) {
      w.push(simple);
      continue;
    }
    if (c >= 48 && c <= 55) {
      let ch = c - 48;
      if (s < end && d[s]! >= 48 && d[s]! <= 55) {
        ch = (ch << 3) + d[s++]! - 48;
        if (s < end && d[s]! >= 48 && d[s]! <= 55) ch = (ch << 3) + d[s++]! - 48;
      }
      w.push(ch & 255);
      continue;
    }
    if (c === 120) {
      if (s + 1 < end && hexVal(d[s]!) >= 0 && hexVal(d[s + 1]!) >= 0) {
        w.push(hexVal(d[s]!) * 16 + hexVal(d[s + 1]!));
        s += 2;
        continue;
      }
      if (errors === 'strict') raise('ValueError', `invalid \\x escape at position ${s - 2}`);
      if (errors === 'replace') w.push(63);
      else if (errors !== 'ignore') raise('ValueError', `decoding error; unknown error handling code: ${errors}`);
      if (s < end && hexVal(d[s]!) >= 0) s++;
      continue;
    }
    w.push(92);
    w.push(c);
  }
  return w.result();
}
