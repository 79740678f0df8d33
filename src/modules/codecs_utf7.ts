// The utf-7 codec of _codecs (RFC 2152): encodes conservatively (set O and whitespace direct, the
// rest in '+...-' base-64 runs of UTF-16) and decodes liberally, as CPython does.
// CPython: Objects/unicodeobject.c (PyUnicode_DecodeUTF7Stateful, _PyUnicode_EncodeUTF7).

import { ByteWriter } from '../objects/codecs_utf.js';
import { codePoints, fromCodePoints } from '../objects/str_cp.js';
import { decodeErrorFor } from '../objects/codecs_native.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** RFC 2152 classes of ASCII: 0 set D, 1 set O, 2 whitespace, 3 must be base-64 encoded. */
const CATEGORY = [
  3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
  2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
];

function isBase64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

function fromBase64(c: number): number {
  return c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 ? 62 : 63;
}

/** codecs.utf_7_encode (utf_7_encode passes base64SetO = base64WhiteSpace = 0: both direct). */
export function utf7Encode(s: string, _errors: string): Uint8Array {
  const w = new ByteWriter(s.length);
  const direct = (c: number): boolean => c > 0 && c < 128 && CATEGORY[c] !== 3;
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const put16 = (u: number): void => {
    bits += 16;
    buf = (buf * 65536 + u) % 2 ** bits;
    while (bits >= 6) {
      w.push(B64.charCodeAt(Math.floor(buf / 2 ** (bits - 6)) & 63));
      bits -= 6;
      buf %= 2 ** bits;
    }
  };
  for (const c of codePoints(s)) {
    if (inShift) {
      if (direct(c)) {
        if (bits) w.push(B64.charCodeAt((buf << (6 - bits)) & 63));
        buf = 0;
        bits = 0;
        inShift = false;
        // A following base-64 character or '-' needs an explicit end of the shift.
        if (isBase64(c) || c === 45) w.push(45);
        w.push(c);
        continue;
      }
    } else if (c === 43) {
      w.push(43);
      w.push(45);
      continue;
    } else if (direct(c)) {
      w.push(c);
      continue;
    } else {
      w.push(43);
      inShift = true;
    }
    if (c >= 0x10000) {
      put16(0xd800 + ((c - 0x10000) >> 10));
      put16(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else {
      put16(c);
    }
  }
  if (bits) w.push(B64.charCodeAt((buf << (6 - bits)) & 63));
  if (inShift) w.push(45);
  return w.result();
}

/** codecs.utf_7_decode: with `final` false, an open shift sequence is left unconsumed. */
export function utf7Decode(d: Uint8Array, errors: string, final: boolean): { text: string; consumed: number } {
  const onError = decodeErrorFor('utf7', d, errors);
  const out: number[] = [];
  const e = d.length;
  let s = 0;
  let inShift = false;
  let shiftOutStart = 0;
  let startinpos = 0;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  const fail = (start: number, end: number, msg: string): void => {
    const [rep, pos] = onError(start, end, msg);
    for (const c of codePoints(rep)) out.push(c);
    s = pos;
  };
  for (;;) {
    while (s < e) {
      const ch = d[s]!;
      if (inShift) {
        if (isBase64(ch)) {
          buf = (buf << 6) | fromBase64(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            const u = buf >> (bits - 16);
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate) {
              if (u >= 0xdc00 && u <= 0xdfff) {
                out.push(0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00));
                surrogate = 0;
                continue;
              }
              out.push(surrogate);
              surrogate = 0;
            }
            if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
            else out.push(u);
          }
        } else {
          inShift = false;
          if (bits >= 6) {
            s++;
            fail(startinpos, s, 'partial character in shift sequence');
            continue;
          }
          if (bits > 0 && buf !== 0) {
            s++;
            fail(startinpos, s, 'non-zero padding bits in shift sequence');
            continue;
          }
          if (surrogate && ch <= 127 && ch !== 43) out.push(surrogate);
          surrogate = 0;
          if (ch === 45) s++;
        }
      } else if (ch === 43) {
        startinpos = s;
        s++;
        if (s < e && d[s] === 45) {
          s++;
          out.push(43);
        } else if (s < e && !isBase64(d[s]!)) {
          s++;
          fail(startinpos, s, 'ill-formed sequence');
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length;
          bits = 0;
          buf = 0;
        }
      } else if (ch <= 127) {
        s++;
        out.push(ch);
      } else {
        startinpos = s;
        s++;
        fail(startinpos, s, 'unexpected special character');
      }
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buf !== 0)) {
        fail(startinpos, e, 'unterminated shift sequence');
        if (s < e) continue;
      }
    }
    break;
  }
  if (!final && inShift) return { text: fromCodePoints(out, 0, shiftOutStart), consumed: startinpos };
  return { text: fromCodePoints(out), consumed: s };
}
