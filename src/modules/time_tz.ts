// Time zone abbreviations ('CET', 'EDT') as the C library gives them in tm_zone and tzname: read from
// the TZif file of this process's zone (TZ, else /etc/localtime), since JS Intl only spells most zones
// as 'GMT+1'. Offsets and DST themselves come from JS Date (time.ts).
// Format: RFC 8536 (TZif version 2+ data block and its POSIX TZ footer).

import { readFileSync } from 'node:fs';

interface Zone {
  /** Transition times (seconds) and the abbreviation in force from each. */
  times: number[];
  names: string[];
  /** Abbreviation before the first transition. */
  initial: string;
  /** From the footer: standard and DST names for times after the last transition. */
  std: string | null;
  dst: string | null;
}

let zone: Zone | null | undefined;

function zonePath(): string {
  const tz = process.env.TZ;
  // The C library's rule (tzset): without TZ, the system's zone file; a name is looked up in the
  // system zone database. These are the operating system's fixed locations, not this machine's.
  if (tz === undefined || tz === '') return '/etc/localtime';
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  return name.startsWith('/') ? name : `/usr/share/zoneinfo/${name}`;
}

/** The footer's names: "CET-1CEST,M3.5.0,M10.5.0/3" -> CET, CEST ("<+09>-9" -> +09). */
function footerNames(s: string): [string | null, string | null] {
  const names: string[] = [];
  const re = /<([^>]*)>|([A-Za-z]{3,})/g;
  let m: RegExpExecArray | null;
  const head = s.split(',')[0]!;
  while ((m = re.exec(head)) !== null && names.length < 2) names.push(m[1] ?? m[2]!);
  return [names[0] ?? null, names[1] ?? null];
}

function parse(buf: Buffer): Zone | null {
  if (buf.toString('latin1', 0, 4) !== 'TZif') return null;
  const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((k) => buf.readUInt32BE(at + 20 + 4 * k));
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0);
  let p = 44;
  const version = buf[4]!;
  let wide = false;
  if (version >= 0x32) {
    // Skip the 32-bit block to the version 2 header.
    p += timecnt! * 5 + typecnt! * 6 + charcnt! + leap! * 8 + isstd! + isut!;
    [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(p);
    p += 44;
    wide = true;
  }
  const tsize = wide ? 8 : 4;
  const times: number[] = [];
  for (let i = 0; i < timecnt!; i++) {
    times.push(wide ? Number(buf.readBigInt64BE(p + i * 8)) : buf.readInt32BE(p + i * 4));
  }
  const idxAt = p + timecnt! * tsize;
  const typesAt = idxAt + timecnt!;
  const charsAt = typesAt + typecnt! * 6;
  const abbr = (type: number): string => {
    const start = charsAt + buf[typesAt + type * 6 + 5]!;
    const end = buf.indexOf(0, start);
    return buf.toString('latin1', start, end < 0 ? charsAt + charcnt! : end);
  };
  const names = times.map((_, i) => abbr(buf[idxAt + i]!));
  let initial = abbr(0);
  for (let t = 0; t < typecnt!; t++) {
    if (buf[typesAt + t * 6 + 4] === 0) {
      initial = abbr(t);
      break;
    }
  }
  let std: string | null = null;
  let dst: string | null = null;
  if (wide) {
    const end = charsAt + charcnt! + leap! * 12 + isstd! + isut!;
    const footer = buf.toString('latin1', end).split('\n')[1] ?? '';
    [std, dst] = footerNames(footer);
  }
  return { times, names, initial, std, dst };
}

function load(): Zone | null {
  if (zone !== undefined) return zone;
  try {
    zone = parse(readFileSync(zonePath()));
  } catch {
    zone = null;
  }
  return zone;
}

/** The abbreviation in force at `t` (seconds), or null when the zone's file cannot be read. */
export function zoneAbbreviation(t: number, isdst: boolean): string | null {
  const z = load();
  if (z === null) return null;
  const n = z.times.length;
  if (n === 0 || t >= z.times[n - 1]!) {
    const f = isdst ? z.dst : z.std;
    if (f !== null) return f;
    return n === 0 ? z.initial : z.names[n - 1]!;
  }
  if (t < z.times[0]!) return z.initial;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (z.times[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return z.names[lo]!;
}
