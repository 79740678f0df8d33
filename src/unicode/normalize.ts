// NFKC as Python 3.14's unicodedata.normalize('NFKC', s) computes it, on top of the host's
// String.prototype.normalize. Measured (tools/gen-unicode.mjs era, Node 20.20 = Unicode 17 vs
// Pyodide = Unicode 16): every code point assigned in Unicode 16 normalizes identically, alone and
// next to combining marks; 35 code points new in Unicode 17 differ (34 combining marks that the
// host reorders, U+A7F1 that it decomposes).

import { generalCategory } from './properties.js';

/**
 * unicodedata.normalize('NFKC', s). Code points unassigned in Unicode 16 (category Cn) are inert
 * starters for Python (no decomposition, combining class 0, never composed), so the string is cut
 * around them and only the pieces in between go through the host's normalizer. Deliberate limit:
 * a host whose Unicode is OLDER than 16.0 would leave Unicode 16 additions unnormalized.
 */
export function nfkc(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  let pieceStart = 0;
  let cut = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80 && generalCategory(cp) === 'Cn') {
      out += s.slice(pieceStart, i).normalize('NFKC') + s.slice(i, i + width);
      pieceStart = i + width;
      cut = true;
    }
    i += width;
  }
  if (!cut) return s.normalize('NFKC');
  return out + s.slice(pieceStart).normalize('NFKC');
}
