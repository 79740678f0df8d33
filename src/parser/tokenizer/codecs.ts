// Source decoding for PEP 263 coding cookies: Python codec-name lookup for the encodings we
// support, and strict decoding with Python's UnicodeDecodeError messages where we can produce them.
// Codecs beyond utf-8/latin-1/ascii use TextDecoder, whose WHATWG tables can differ from Python's
// in rare bytes (deliberate, documented difference).

/** A supported codec: Python's canonical name and how to decode it. */
export interface Codec {
  /** Name used in Python's error messages ("'ascii' codec can't decode ..."). */
  errorName: string;
  kind: 'utf-8' | 'latin-1' | 'ascii' | 'charmap' | 'multibyte' | 'utf-16';
  /** TextDecoder label for 'charmap' / 'multibyte' / 'utf-16'. */
  label: string;
  /** charmap only: corrections to the TextDecoder table, byte -> code point (-1 = undefined in
   *  Python, which WHATWG maps). */
  overrides?: Readonly<Record<number, number>>;
}

const C = (errorName: string, kind: Codec['kind'], label = '', undefinedBytes: number[] = [],
  mapped: Record<number, number> = {}): Codec => {
  const overrides: Record<number, number> = { ...mapped };
  for (const b of undefinedBytes) overrides[b] = -1;
  return { errorName, kind, label, overrides };
};

/** Python's cp1252 upper control range (Node's TextDecoder decodes 'windows-1252' as latin-1). */
const CP1252_80_9F = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];
const cp1252Map: Record<number, number> = {};
CP1252_80_9F.forEach((cp, i) => { cp1252Map[0x80 + i] = cp; });

/** Python codec module name -> codec; aliases below map onto these names. */
const CODECS: Record<string, Codec> = {
  utf_8: C('utf-8', 'utf-8'),
  latin_1: C('latin-1', 'latin-1'),
  ascii: C('ascii', 'ascii'),
  cp1250: C('charmap', 'charmap', 'windows-1250', [0x81, 0x83, 0x88, 0x90, 0x98]),
  cp1251: C('charmap', 'charmap', 'windows-1251', [0x98]),
  cp1252: C('charmap', 'charmap', 'windows-1252', [], cp1252Map),
  cp1253: C('charmap', 'charmap', 'windows-1253', [0x81, 0x88, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x98, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f, 0xaa, 0xd2, 0xff]),
  cp1254: C('charmap', 'charmap', 'windows-1254', [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]),
  cp1255: C('charmap', 'charmap', 'windows-1255', [0x81, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f, 0xca, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xfb, 0xfc, 0xff]),
  cp1256: C('charmap', 'charmap', 'windows-1256'),
  cp1257: C('charmap', 'charmap', 'windows-1257', [0x81, 0x83, 0x88, 0x8a, 0x8c, 0x90, 0x98, 0x9a, 0x9c, 0x9f, 0xa1, 0xa5]),
  cp1258: C('charmap', 'charmap', 'windows-1258', [0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e]),
  iso8859_2: C('charmap', 'charmap', 'iso-8859-2'),
  iso8859_3: C('charmap', 'charmap', 'iso-8859-3', [0xa5, 0xae, 0xbe, 0xc3, 0xd0, 0xe3, 0xf0]),
  iso8859_4: C('charmap', 'charmap', 'iso-8859-4'),
  iso8859_5: C('charmap', 'charmap', 'iso-8859-5'),
  iso8859_6: C('charmap', 'charmap', 'iso-8859-6'),
  iso8859_7: C('charmap', 'charmap', 'iso-8859-7'),
  iso8859_8: C('charmap', 'charmap', 'iso-8859-8'),
  iso8859_10: C('charmap', 'charmap', 'iso-8859-10'),
  iso8859_13: C('charmap', 'charmap', 'iso-8859-13'),
  iso8859_14: C('charmap', 'charmap', 'iso-8859-14'),
  iso8859_15: C('charmap', 'charmap', 'iso-8859-15'),
  koi8_r: C('charmap', 'charmap', 'koi8-r'),
  mac_roman: C('charmap', 'charmap', 'macintosh'),
  cp866: C('charmap', 'charmap', 'ibm866', [], { 0x1a: 0x1a, 0x1c: 0x1c, 0x7f: 0x7f }),
  shift_jis: C('shift_jis', 'multibyte', 'shift_jis'),
  cp932: C('cp932', 'multibyte', 'shift_jis'),
  euc_jp: C('euc_jp', 'multibyte', 'euc-jp'),
  iso2022_jp: C('iso2022_jp', 'multibyte', 'iso-2022-jp'),
  gbk: C('gbk', 'multibyte', 'gbk'),
  gb2312: C('gb2312', 'multibyte', 'gbk'),
  gb18030: C('gb18030', 'multibyte', 'gb18030'),
  big5: C('big5', 'multibyte', 'big5'),
  euc_kr: C('euc_kr', 'multibyte', 'euc-kr'),
  utf_16_le: C('utf-16-le', 'utf-16', 'utf-16le'),
  utf_16_be: C('utf-16-be', 'utf-16', 'utf-16be'),
  utf_16: C('utf-16-le', 'utf-16', 'utf-16le'),
};

/** Python alias (encodings/aliases.py spelling, normalised) -> codec module name; a subset. */
const ALIASES: Record<string, string> = {
  u8: 'utf_8', utf: 'utf_8', utf8: 'utf_8', utf8_ucs2: 'utf_8', utf8_ucs4: 'utf_8', cp65001: 'utf_8',
  '8859': 'latin_1', cp819: 'latin_1', csisolatin1: 'latin_1', ibm819: 'latin_1', iso8859: 'latin_1',
  iso8859_1: 'latin_1', iso_8859_1: 'latin_1', iso_8859_1_1987: 'latin_1', iso_ir_100: 'latin_1',
  l1: 'latin_1', latin: 'latin_1', latin1: 'latin_1',
  '646': 'ascii', 'ansi_x3.4_1968': 'ascii', ansi_x3_4_1968: 'ascii', 'ansi_x3.4_1986': 'ascii',
  cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii', 'iso_646.irv_1991': 'ascii',
  iso_ir_6: 'ascii', us: 'ascii', us_ascii: 'ascii',
  windows_1250: 'cp1250', windows_1251: 'cp1251', windows_1252: 'cp1252', windows_1253: 'cp1253',
  windows_1254: 'cp1254', windows_1255: 'cp1255', windows_1256: 'cp1256', windows_1257: 'cp1257',
  windows_1258: 'cp1258', '1252': 'cp1252',
  iso_8859_2: 'iso8859_2', latin2: 'iso8859_2', l2: 'iso8859_2',
  iso_8859_3: 'iso8859_3', latin3: 'iso8859_3', l3: 'iso8859_3',
  iso_8859_4: 'iso8859_4', latin4: 'iso8859_4', l4: 'iso8859_4',
  iso_8859_5: 'iso8859_5', cyrillic: 'iso8859_5',
  iso_8859_6: 'iso8859_6', arabic: 'iso8859_6',
  iso_8859_7: 'iso8859_7', greek: 'iso8859_7', greek8: 'iso8859_7',
  iso_8859_8: 'iso8859_8', hebrew: 'iso8859_8',
  iso_8859_10: 'iso8859_10', latin6: 'iso8859_10', l6: 'iso8859_10',
  iso_8859_13: 'iso8859_13', latin7: 'iso8859_13', l7: 'iso8859_13',
  iso_8859_14: 'iso8859_14', latin8: 'iso8859_14', l8: 'iso8859_14',
  iso_8859_15: 'iso8859_15', latin9: 'iso8859_15', l9: 'iso8859_15',
  cskoi8r: 'koi8_r', macroman: 'mac_roman', macintosh: 'mac_roman', '866': 'cp866', ibm866: 'cp866',
  csshiftjis: 'shift_jis', shiftjis: 'shift_jis', sjis: 'shift_jis', s_jis: 'shift_jis',
  '932': 'cp932', ms932: 'cp932', mskanji: 'cp932', ms_kanji: 'cp932',
  eucjp: 'euc_jp', ujis: 'euc_jp', u_jis: 'euc_jp', csiso2022jp: 'iso2022_jp', iso2022jp: 'iso2022_jp',
  iso_2022_jp: 'iso2022_jp', '936': 'gbk', cp936: 'gbk', ms936: 'gbk',
  chinese: 'gb2312', csiso58gb231280: 'gb2312', euc_cn: 'gb2312', euccn: 'gb2312', eucgb2312_cn: 'gb2312',
  gb2312_1980: 'gb2312', gb2312_80: 'gb2312', iso_ir_58: 'gb2312', gb18030_2000: 'gb18030',
  big5_tw: 'big5', csbig5: 'big5', euckr: 'euc_kr', korean: 'euc_kr', ksc5601: 'euc_kr',
  ks_c_5601: 'euc_kr', ks_c_5601_1987: 'euc_kr', ksx1001: 'euc_kr', ks_x_1001: 'euc_kr',
  u16: 'utf_16', utf16: 'utf_16', unicodelittleunmarked: 'utf_16_le', utf_16le: 'utf_16_le',
  unicodebigunmarked: 'utf_16_be', utf_16be: 'utf_16_be',
};

/** Python's codec-name normalisation (Objects/unicodeobject.c _Py_normalize_encoding, then
 *  encodings.normalize_encoding): lower case, runs of other characters -> one '_'. */
function normalizeEncodingName(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum || ch === '.') {
      if (punct && out.length > 0) out += '_';
      out += ch.toLowerCase();
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

/** codecs.lookup(name) for the codecs we support; null means "unknown encoding". */
export function lookupCodec(name: string): Codec | null {
  const norm = normalizeEncodingName(name);
  const key = ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')] ?? norm;
  return Object.prototype.hasOwnProperty.call(CODECS, key) ? CODECS[key]! : null;
}

const hex2 = (b: number): string => '0x' + b.toString(16).padStart(2, '0');

function decodeError(codec: string, bytes: Uint8Array, start: number, end: number, reason: string): { message: string } {
  const what = end - start === 1
    ? `byte ${hex2(bytes[start]!)} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  return { message: `'${codec}' codec can't decode ${what}: ${reason}` };
}

/** Python's strict UTF-8 decoder error (Objects/stringlib/codecs.h utf8_decode). */
function utf8Error(s: Uint8Array): { message: string } | null {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return decodeError('utf-8', s, i, i + 1, 'invalid start byte');
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return decodeError('utf-8', s, i, n, 'unexpected end of data');
      const b = s[i + k]!;
      const ok = k === 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xbf;
      if (!ok) return decodeError('utf-8', s, i, i + k, 'invalid continuation byte');
    }
    i += need + 1;
  }
  return null;
}

/** Whether TextDecoder (fatal) accepts s[0, n); `stream` allows an incomplete sequence at the end. */
function decodes(label: string, s: Uint8Array, n: number, stream: boolean): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(s.subarray(0, n), { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where Python's decoder reports the error: the start of the first bad sequence. Bisection finds
 * the first byte TextDecoder rejects; WHATWG decoders reject at the byte after a lead, Python at
 * the lead, so back up to the last point where a prefix decodes completely.
 */
function firstBadOffset(label: string, s: Uint8Array): number {
  let lo = 0, hi = s.length; // invariant: prefix lo decodes (streaming), prefix hi does not
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(label, s, mid, true)) lo = mid;
    else hi = mid;
  }
  while (lo > 0 && !decodes(label, s, lo, false)) lo--;
  return lo;
}

const charmapTables = new Map<Codec, Int32Array>();

/** A single-byte codec's table: TextDecoder's byte by byte, corrected to Python's. */
function charmapTable(codec: Codec): Int32Array {
  let t = charmapTables.get(codec);
  if (t === undefined) {
    t = new Int32Array(256);
    const dec = new TextDecoder(codec.label, { fatal: true });
    for (let b = 0; b < 256; b++) {
      try {
        t[b] = dec.decode(Uint8Array.of(b)).charCodeAt(0);
      } catch {
        t[b] = -1;
      }
    }
    for (const [b, cp] of Object.entries(codec.overrides ?? {})) t[Number(b)] = cp;
    charmapTables.set(codec, t);
  }
  return t;
}

/** Decodes `s` strictly; returns the text or Python's UnicodeDecodeError message. */
export function decodeWithCodec(codec: Codec, s: Uint8Array): string | { message: string } {
  switch (codec.kind) {
    case 'utf-8': {
      const err = utf8Error(s);
      return err ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(s);
    }
    case 'latin-1': {
      let out = '';
      for (let i = 0; i < s.length; i += 8192) {
        out += String.fromCharCode.apply(null, Array.from(s.subarray(i, i + 8192)));
      }
      return out;
    }
    case 'ascii': {
      for (let i = 0; i < s.length; i++) {
        if (s[i]! >= 0x80) return decodeError('ascii', s, i, i + 1, 'ordinal not in range(128)');
      }
      return new TextDecoder('utf-8').decode(s);
    }
    case 'utf-16':
      if (s.length % 2 === 1) {
        return decodeError(codec.errorName, s, s.length - 1, s.length, 'truncated data');
      }
      break;
    case 'charmap': {
      const table = charmapTable(codec);
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const cp = table[s[i]!]!;
        if (cp < 0) return decodeError('charmap', s, i, i + 1, 'character maps to <undefined>');
        out += String.fromCharCode(cp);
      }
      return out;
    }
    case 'multibyte':
      if (codec.label === 'big5') {
        // Node's ICU Big5 maps the single bytes 0x80 and 0xFF (to private-use characters); Python rejects them.
        for (let i = 0; i < s.length; i++) {
          const b = s[i]!;
          if (b === 0x80 || b === 0xff) return decodeError(codec.errorName, s, i, i + 1, 'illegal multibyte sequence');
          if (b > 0x80) i++;
        }
      }
      break;
  }
  try {
    return new TextDecoder(codec.label, { fatal: true, ignoreBOM: true }).decode(s);
  } catch {
    const pos = firstBadOffset(codec.label, s);
    const reason = codec.kind === 'utf-16' ? 'illegal encoding'
      : decodes(codec.label, s, s.length, true) ? 'incomplete multibyte sequence' : 'illegal multibyte sequence';
    return decodeError(codec.errorName, s, pos, pos + 1, reason);
  }
}
