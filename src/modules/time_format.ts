// Calendar arithmetic and strftime for the time module: broken-down times (CPython's struct tm,
// with C's 0-based month and day of year and Sunday-based weekday), civil dates from day counts
// for any year, and glibc's strftime conversions in the C locale (flags - _ 0 ^ #, field widths).
// CPython delegates to the C library (Modules/timemodule.c time_strftime); glibc time/strftime_l.c.

/** struct tm: year is the full year (not -1900); mon 0-11; yday 0-365; wday 0 = Sunday. */
export interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string | null; gmtoff: number | null;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

export const dayAbbr = (wday: number): string => DAYS[wday]!.slice(0, 3);
export const monAbbr = (mon: number): string => MONTHS[mon]!.slice(0, 3);

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** UTC broken-down time of whole seconds since the epoch (gmtime). */
export function gmtimeOf(t: number): Tm {
  const days = Math.floor(t / 86400);
  let rem = t - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  return {
    year: y, mon: m - 1, mday: d, hour, min, sec: rem - min * 60,
    wday: (((days + 4) % 7) + 7) % 7,
    yday: days - daysFromCivil(y, 1, 1),
    isdst: 0, zone: 'GMT', gmtoff: 0,
  };
}

/** ISO 8601 week-based year and week (glibc iso_week_days). */
function isoWeek(tm: Tm): [number, number] {
  const isoWeekDays = (yday: number, wday: number): number => {
    const BIG = 378; // a multiple of 7 big enough to keep the remainder non-negative
    return yday - ((yday - wday + 4 + BIG) % 7) + 3;
  };
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

export interface FormatEnv {
  /** tzname[isdst] for a tm without its own zone. */
  tzname(isdst: number): string;
  /** Seconds since the epoch of a local broken-down time (%s). */
  mktime(tm: Tm): number;
}

function pad(n: number, width: number, padChar: string): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width - (neg ? 1 : 0)) s = padChar + s;
  return neg ? `-${s}` : s;
}

/** strftime in the C locale. */
export function strftime(fmt: string, tm: Tm, env: FormatEnv): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    let flag = '';
    while (i + 1 < fmt.length && '-_0^#'.includes(fmt[i + 1]!)) flag = fmt[++i]!;
    let width = -1;
    while (i + 1 < fmt.length && fmt[i + 1]! >= '0' && fmt[i + 1]! <= '9') width = Math.max(width, 0) * 10 + Number(fmt[++i]);
    if (i + 1 < fmt.length && (fmt[i + 1] === 'E' || fmt[i + 1] === 'O')) i++;
    if (i + 1 >= fmt.length) {
      out += fmt.slice(start);
      break;
    }
    const conv = fmt[++i]!;
    const r = convert(conv, tm, env, flag);
    if (r === null) {
      out += fmt.slice(start, i + 1);
      continue;
    }
    let [text, numeric, defWidth, defPad] = r;
    if (numeric) {
      const n = Number(text);
      const padChar = flag === '_' ? ' ' : flag === '0' ? '0' : flag === '-' ? '' : defPad;
      const w = flag === '-' ? 0 : width >= 0 ? width : defWidth;
      text = padChar === '' ? String(n) : pad(n, w, padChar);
    } else {
      if (flag === '^') text = text.toUpperCase();
      else if (flag === '#') text = text === text.toUpperCase() ? text.toLowerCase() : text.toUpperCase();
      if (width > text.length) text = (flag === '0' ? '0' : ' ').repeat(width - text.length) + text;
    }
    out += text;
  }
  return out;
}

type Conv = [string, boolean, number, string];

function convert(c: string, tm: Tm, env: FormatEnv, flag: string): Conv | null {
  const num = (n: number, w: number, p = '0'): Conv => [String(n), true, w, p];
  const txt = (s: string): Conv => [s, false, 0, ''];
  const sub = (f: string): Conv => txt(strftime(f, tm, env));
  const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return txt(dayAbbr(tm.wday));
    case 'A': return txt(DAYS[tm.wday]!);
    case 'b': case 'h': return txt(monAbbr(tm.mon));
    case 'B': return txt(MONTHS[tm.mon]!);
    case 'c': return sub('%a %b %e %H:%M:%S %Y');
    case 'C': return num(Math.floor(tm.year / 100), 1);
    case 'd': return num(tm.mday, 2);
    case 'D': return sub('%m/%d/%y');
    case 'e': return num(tm.mday, 2, ' ');
    case 'F': return sub('%Y-%m-%d');
    case 'G': return num(isoWeek(tm)[0], 1);
    case 'g': return num(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'H': return num(tm.hour, 2);
    case 'I': return num(h12, 2);
    case 'j': return num(tm.yday + 1, 3);
    case 'k': return num(tm.hour, 2, ' ');
    case 'l': return num(h12, 2, ' ');
    case 'm': return num(tm.mon + 1, 2);
    case 'M': return num(tm.min, 2);
    case 'n': return txt('\n');
    case 'p': return txt(flag === '#' ? (tm.hour < 12 ? 'am' : 'pm') : tm.hour < 12 ? 'AM' : 'PM');
    case 'P': return txt(tm.hour < 12 ? 'am' : 'pm');
    case 'r': return sub('%I:%M:%S %p');
    case 'R': return sub('%H:%M');
    case 's': return num(env.mktime(tm), 1);
    case 'S': return num(tm.sec, 2);
    case 't': return txt('\t');
    case 'T': return sub('%H:%M:%S');
    case 'u': return num(tm.wday === 0 ? 7 : tm.wday, 1);
    case 'U': return num(Math.floor((tm.yday - tm.wday + 7) / 7), 2);
    case 'V': return num(isoWeek(tm)[1], 2);
    case 'w': return num(tm.wday, 1);
    case 'W': return num(Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2);
    case 'x': return sub('%m/%d/%y');
    case 'X': return sub('%H:%M:%S');
    case 'y': return num(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return num(tm.year, 1);
    case 'z': {
      if (tm.isdst < 0) return txt('');
      const off = tm.gmtoff ?? 0;
      const a = Math.abs(off);
      const hhmm = Math.floor(a / 3600) * 100 + Math.floor((a % 3600) / 60);
      return txt(`${off < 0 ? '-' : '+'}${pad(hhmm, 4, '0')}`);
    }
    case 'Z': return txt(tm.isdst < 0 ? '' : tm.zone ?? env.tzname(tm.isdst > 0 ? 1 : 0));
    case '%': return txt('%');
    default: return null;
  }
}
