// The time module: clocks (wall, monotonic, process and thread CPU time), sleep (blocks only the
// calling worker, as a BLOCKED thread so collections go on), struct_time, gmtime/localtime/mktime,
// asctime/ctime, strftime (time_format.ts), strptime (Lib/_strptime.py, as CPython does), the
// time zone constants and get_clock_info. Local time comes from the JS Date of this process's TZ.
// CPython: Modules/timemodule.c, Python/pytime.c.

import { readFileSync } from 'node:fs';
import { sleep as heapSleep } from '../heap/index.js';
import { Ref, PyFloat, decode, getSlot, floatValue, type Value } from '../objects/value.js';
import { TYPE_ADDR } from '../objects/registry.js';
import { defineStructSeq } from '../objects/structseq.js';
import { raise, call, typeNameOf } from '../objects/protocol.js';
import { asIndex, isInstance } from '../objects/coll_ops.js';
import { isTuple, tupleItems, newTuple } from '../objects/tuple.js';
import { dictSet } from '../objects/dict.js';
import { simpleNamespaceType } from '../objects/namespace.js';
import { getattr } from '../vm/attr.js';
import { importModule } from '../vm/imports.js';
import { flushAllStreams } from './_io.js';
import { defineModule } from './define.js';
import { zoneAbbreviation } from './time_tz.js';
import { type Tm, gmtimeOf, strftime, dayAbbr, monAbbr, daysFromCivil } from './time_format.js';

const structTime = defineStructSeq({
  module: 'time', name: 'struct_time', constructible: true, visible: 9,
  fields: ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
    'tm_zone', 'tm_gmtoff'],
  doc: 'The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() '
    + 'and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields\' values are '
    + 'not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n '
    + 'field tm_year is the actual year, not year - 1900.  See individual\n fields\' descriptions for details.',
});

// ---- clocks -------------------------------------------------------------------------------------------

/** CLOCK_REALTIME in ns: the wall clock at process start plus the monotonic time since. */
const realtimeBase = BigInt(Date.now()) * 1000000n - process.hrtime.bigint();
const realtimeNs = (): bigint => realtimeBase + process.hrtime.bigint();
const monotonicNs = (): bigint => process.hrtime.bigint();
const processNs = (): bigint => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};
/** CPU time of the calling thread: /proc/thread-self/schedstat (ns on CPU); each worker is an OS thread. */
function threadNs(): bigint {
  try {
    return BigInt(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]!);
  } catch {
    raise('OSError', 'thread_time() is not available: /proc/thread-self/schedstat cannot be read');
  }
}

const seconds = (ns: bigint): number => Number(ns) / 1e9;
const toInt = (b: bigint): number | bigint => (b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b);

interface ClockInfo { implementation: string; monotonic: boolean; adjustable: boolean; resolution: number }
const CLOCKS: Record<string, ClockInfo> = {
  time: { implementation: 'clock_gettime(CLOCK_REALTIME)', monotonic: false, adjustable: true, resolution: 1e-9 },
  monotonic: { implementation: 'clock_gettime(CLOCK_MONOTONIC)', monotonic: true, adjustable: false, resolution: 1e-9 },
  perf_counter: { implementation: 'clock_gettime(CLOCK_MONOTONIC)', monotonic: true, adjustable: false, resolution: 1e-9 },
  process_time: { implementation: 'getrusage(RUSAGE_SELF)', monotonic: true, adjustable: false, resolution: 1e-6 },
  thread_time: { implementation: 'clock_gettime(CLOCK_THREAD_CPUTIME_ID)', monotonic: true, adjustable: false, resolution: 1e-9 },
};

const CLOCK_IDS: Record<string, number> = {
  CLOCK_REALTIME: 0, CLOCK_MONOTONIC: 1, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_THREAD_CPUTIME_ID: 3,
  CLOCK_MONOTONIC_RAW: 4, CLOCK_BOOTTIME: 7, CLOCK_TAI: 11,
};

function clockNs(idv: Value): bigint {
  if (typeof idv !== 'number' && typeof idv !== 'boolean' && typeof idv !== 'bigint') {
    raise('TypeError', `clk_id should be integer, not ${typeNameOf(idv)}`);
  }
  switch (Number(idv)) {
    case 0: case 11: return realtimeNs();
    case 1: case 4: case 7: return monotonicNs();
    case 2: return processNs();
    case 3: return threadNs();
    default: raise('OSError', '[Errno 22] Invalid argument');
  }
}

// ---- seconds arguments ---------------------------------------------------------------------------------

function floatOf(v: Value): number | null {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number' && !Number.isInteger(v)) return v;
  return null;
}

/** _PyTime_ObjectToTime_t with floor rounding: None is now. */
function timeT(v: Value): number {
  if (v === null) return Math.floor(seconds(realtimeNs()));
  const f = floatOf(v);
  if (f !== null) {
    if (Number.isNaN(f)) raise('ValueError', 'Invalid value NaN (not a number)');
    const t = Math.floor(f);
    if (!(Math.abs(t) < 9.2233720368547758e18)) raise('OverflowError', 'timestamp out of range for platform time_t');
    return t;
  }
  const i = asIndex(v);
  if (typeof i === 'bigint') raise('OverflowError', 'timestamp out of range for platform time_t');
  return i;
}

/** Seconds as a JS number for sleep (_PyTime_FromSecondsObject). */
function secondsArg(v: Value): number {
  const f = floatOf(v);
  if (f !== null) {
    if (Number.isNaN(f)) raise('ValueError', 'Invalid value NaN (not a number)');
    return f;
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  if (v instanceof Ref) {
    try {
      return Number(asIndex(v));
    } catch { /* fall through to CPython's message */ }
  }
  raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer or float`);
}

// ---- local time --------------------------------------------------------------------------------------

const YEAR_LIMIT = 2147483647 + 1900;

function gmtime(t: number): Tm {
  const tm = gmtimeOf(t);
  if (tm.year > YEAR_LIMIT || tm.year < -2147483648 + 1900) raise('OverflowError', 'timestamp out of range for platform time_t');
  return tm;
}

/** Standard (non-DST) offset west of UTC in minutes for a year: the larger of January's and July's. */
function stdOffsetMinutes(year: number): number {
  const jan = new Date(0);
  jan.setFullYear(year, 0, 1);
  const jul = new Date(0);
  jul.setFullYear(year, 6, 1);
  return Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
}

function zoneName(d: Date): string {
  const abbr = zoneAbbreviation(Math.floor(d.getTime() / 1000), d.getTimezoneOffset() < stdOffsetMinutes(d.getFullYear()));
  if (abbr !== null) return abbr;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName');
    return part?.value ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

function localtime(t: number): Tm {
  const d = new Date(t * 1000);
  if (Number.isNaN(d.getTime())) raise('OverflowError', 'timestamp out of range for platform time_t');
  const year = d.getFullYear();
  const off = d.getTimezoneOffset();
  return {
    year, mon: d.getMonth(), mday: d.getDate(), hour: d.getHours(), min: d.getMinutes(), sec: d.getSeconds(),
    wday: d.getDay(), yday: daysFromCivil(year, d.getMonth() + 1, d.getDate()) - daysFromCivil(year, 1, 1),
    isdst: off < stdOffsetMinutes(year) ? 1 : 0, zone: zoneName(d), gmtoff: -off * 60,
  };
}

/** mktime: seconds since the epoch of a local broken-down time (fields may be out of range). */
function mktimeOf(tm: Tm): number {
  const d = new Date(0);
  d.setFullYear(tm.year, tm.mon, tm.mday);
  d.setHours(tm.hour, tm.min, tm.sec, 0);
  const ms = d.getTime();
  if (Number.isNaN(ms)) raise('OverflowError', 'mktime argument out of range');
  return ms / 1000;
}

function tzNames(): [string, string] {
  const y = new Date().getFullYear();
  const jan = new Date(0);
  jan.setFullYear(y, 0, 1);
  const jul = new Date(0);
  jul.setFullYear(y, 6, 1);
  const [std, dst] = jan.getTimezoneOffset() >= jul.getTimezoneOffset() ? [jan, jul] : [jul, jan];
  return [zoneName(std), zoneName(dst)];
}

function toStruct(tm: Tm): Ref {
  return structTime.make([tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1,
    tm.isdst, tm.zone, tm.gmtoff]);
}

/** gettmarg: a 9-tuple or struct_time as a struct tm (C's field conventions). */
function tmArg(v: Value, fname: string): Tm {
  if (!isTuple(v)) raise('TypeError', 'Tuple or struct_time argument required');
  const items = tupleItems(v.a);
  if (items.length !== 9) {
    raise('TypeError', `${fname}(): illegal time tuple argument`);
  }
  const ints = items.map((x) => {
    if (floatOf(x) !== null || x instanceof PyFloat) raise('TypeError', "'float' object cannot be interpreted as an integer");
    const i = asIndex(x);
    if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
    return i;
  });
  const tm: Tm = {
    year: ints[0]!, mon: ints[1]! - 1, mday: ints[2]!, hour: ints[3]!, min: ints[4]!, sec: ints[5]!,
    wday: (ints[6]! + 1) % 7, yday: ints[7]! - 1, isdst: ints[8]!, zone: null, gmtoff: null,
  };
  if (isInstance(v, I_STRUCT())) {
    const z = decode(getSlot(v.a, 0));
    const g = decode(getSlot(v.a, 1));
    if (typeof z === 'string') tm.zone = z;
    if (typeof g === 'number') tm.gmtoff = g;
  }
  return tm;
}

const I_STRUCT = (): number => TYPE_ADDR[structTime.def.index]!;

/** checktm, with the zero-means-lowest fixes CPython applies. */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) raise('ValueError', 'month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raise('ValueError', 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) raise('ValueError', 'hour out of range');
  if (tm.min < 0 || tm.min > 59) raise('ValueError', 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) raise('ValueError', 'seconds out of range');
  if (tm.wday < 0) raise('ValueError', 'day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) raise('ValueError', 'day of year out of range');
}

function asctime(tm: Tm): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${dayAbbr(tm.wday)} ${monAbbr(tm.mon)}${String(tm.mday).padStart(3, ' ')} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year}`;
}

const formatEnv = {
  tzname: (isdst: number): string => tzNames()[isdst]!,
  mktime: (tm: Tm): number => Math.floor(mktimeOf(tm)),
};

const optT = (v: Value): boolean => (v as unknown) !== undefined && v !== null && typeof v !== 'symbol';

defineModule({
  name: 'time',
  doc: 'This module provides various functions to manipulate time values.',
  functions: {
    time: { sig: 'time($module, /)', fn: () => floatValue(seconds(realtimeNs())) },
    time_ns: { sig: 'time_ns($module, /)', fn: () => toInt(realtimeNs()) },
    monotonic: { sig: 'monotonic($module, /)', fn: () => floatValue(seconds(monotonicNs())) },
    monotonic_ns: { sig: 'monotonic_ns($module, /)', fn: () => toInt(monotonicNs()) },
    perf_counter: { sig: 'perf_counter($module, /)', fn: () => floatValue(seconds(monotonicNs())) },
    perf_counter_ns: { sig: 'perf_counter_ns($module, /)', fn: () => toInt(monotonicNs()) },
    process_time: { sig: 'process_time($module, /)', fn: () => floatValue(seconds(processNs())) },
    process_time_ns: { sig: 'process_time_ns($module, /)', fn: () => toInt(processNs()) },
    thread_time: { sig: 'thread_time($module, /)', fn: () => floatValue(seconds(threadNs())) },
    thread_time_ns: { sig: 'thread_time_ns($module, /)', fn: () => toInt(threadNs()) },
    clock_gettime: { sig: 'clock_gettime($module, clk_id, /)', fn: (id: Value) => floatValue(seconds(clockNs(id))) },
    clock_gettime_ns: { sig: 'clock_gettime_ns($module, clk_id, /)', fn: (id: Value) => toInt(clockNs(id)) },
    clock_getres: {
      sig: 'clock_getres($module, clk_id, /)',
      fn: (id: Value) => (clockNs(id), Number(id) === 2 ? 1e-6 : 1e-9),
    },
    clock_settime: {
      sig: 'clock_settime($module, clk_id, time, /)',
      fn: () => raise('PermissionError', '[Errno 1] Operation not permitted'),
    },
    clock_settime_ns: {
      sig: 'clock_settime_ns($module, clk_id, time, /)',
      fn: () => raise('PermissionError', '[Errno 1] Operation not permitted'),
    },
    sleep: {
      sig: 'sleep($module, seconds, /)',
      fn: (s: Value) => {
        const secs = secondsArg(s);
        if (secs < 0) raise('ValueError', 'sleep length must be non-negative');
        if (secs > 9223372036) raise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
        // Output written before a sleep must come out before whatever other threads print meanwhile.
        flushAllStreams();
        heapSleep(secs * 1000);
        return null;
      },
    },
    gmtime: { sig: 'gmtime($module, seconds=None, /)', fn: (s: Value) => toStruct(gmtime(timeT(s))) },
    localtime: { sig: 'localtime($module, seconds=None, /)', fn: (s: Value) => toStruct(localtime(timeT(s))) },
    mktime: {
      sig: 'mktime($module, time_tuple, /)',
      fn: (t: Value) => {
        const tm = tmArg(t, 'mktime');
        return floatValue(mktimeOf(tm));
      },
    },
    asctime: {
      sig: 'asctime($module, time_tuple=<unrepresentable>, /)',
      fn: (t: Value) => {
        const tm = optT(t) ? tmArg(t, 'asctime') : localtime(timeT(null));
        checkTm(tm);
        return asctime(tm);
      },
    },
    ctime: { sig: 'ctime($module, seconds=None, /)', fn: (s: Value) => asctime(localtime(timeT(s))) },
    strftime: {
      sig: 'strftime($module, format, time_tuple=<unrepresentable>, /)',
      fn: (fmt: Value, t: Value) => {
        if (typeof fmt !== 'string') raise('TypeError', `strftime() argument 1 must be str, not ${typeNameOf(fmt)}`);
        const tm = optT(t) ? tmArg(t, 'strftime') : localtime(timeT(null));
        checkTm(tm);
        if (tm.isdst < -1) tm.isdst = -1;
        else if (tm.isdst > 1) tm.isdst = 1;
        return strftime(fmt, tm, formatEnv);
      },
    },
    strptime: {
      sig: 'strptime($module, string, format=<unrepresentable>, /)',
      fn: (s: Value, f: Value) => {
        const mod = importModule('_strptime');
        const args = typeof f === 'symbol' ? [s] : [s, f];
        return call(getattr(mod, '_strptime_time'), args);
      },
    },
    get_clock_info: {
      sig: 'get_clock_info($module, name, /)',
      fn: (name: Value) => {
        const info = typeof name === 'string' ? CLOCKS[name] : undefined;
        if (info === undefined) raise('ValueError', 'unknown clock');
        return call(new Ref(TYPE_ADDR[simpleNamespaceType.index]!), [],
          ['implementation', 'monotonic', 'adjustable', 'resolution'],
          [info.implementation, info.monotonic, info.adjustable, info.resolution]);
      },
    },
    tzset: { sig: 'tzset($module, /)', fn: () => null },
    pthread_getcpuclockid: {
      sig: 'pthread_getcpuclockid($module, thread_id, /)',
      fn: () => raise('OSError', 'pthread_getcpuclockid() is not supported by ftpy'),
    },
  },
  init(dict) {
    for (const [k, v] of Object.entries(CLOCK_IDS)) dictSet(dict, k, v);
    dictSet(dict, '_STRUCT_TM_ITEMS', 11);
    dictSet(dict, 'struct_time', new Ref(I_STRUCT()));
    const y = new Date().getFullYear();
    const jan = new Date(0);
    jan.setFullYear(y, 0, 1);
    const jul = new Date(0);
    jul.setFullYear(y, 6, 1);
    const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
    const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
    dictSet(dict, 'timezone', std * 60);
    dictSet(dict, 'altzone', dst * 60);
    dictSet(dict, 'daylight', std !== dst ? 1 : 0);
    dictSet(dict, 'tzname', newTuple(tzNames()));
  },
});
