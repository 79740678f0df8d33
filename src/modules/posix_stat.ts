// posix stat results and directory scanning: os.stat_result (a struct sequence), stat/lstat/fstat,
// and scandir's ScandirIterator and DirEntry (entries read when the iterator is made; each entry
// caches its stat and lstat as CPython's does). CPython: Modules/posixmodule.c (_pystat_fromstructstat,
// DirEntry_*, ScandirIterator_*).

import { statSync, lstatSync, fstatSync, readdirSync, type BigIntStats, type Dirent } from 'node:fs';
import { Ref, decode, encode, getSlot, setSlot, floatValue, type Value, STOP } from '../objects/value.js';
import { defineStructSeq } from '../objects/structseq.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { raise, repr } from '../objects/protocol.js';
import { iteratorMethods, normInt, exceptionMatches, genericAlias } from '../objects/coll_ops.js';
import { newTuple, tupleGet, tupleLen } from '../objects/tuple.js';
import { newBytes, bytesData } from '../objects/bytes.js';
import { type PathArg, pathArg, sys, nameResult, fdArg } from './posix_util.js';

const statResult = defineStructSeq({
  module: 'os', name: 'stat_result', constructible: true, visible: 10, unnamed: 3,
  fields: ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime',
    'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev'],
  // statresult_new: the float times default to the integer ones.
  onNew: (v) => {
    for (let i = 0; i < 3; i++) if (v[10 + i] === null) v[10 + i] = v[7 + i]!;
  },
  doc: 'stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n'
    + '  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, '
    + 'st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n'
    + 'or st_flags, they are available as attributes only.\n\nSee os.stat for more information.',
});

/** _pystat_fromstructstat: integer seconds in the tuple, float seconds and ns as attributes. */
export function makeStat(st: BigIntStats): Ref {
  const times = [st.atimeNs, st.mtimeNs, st.ctimeNs];
  const secs = times.map((ns) => (ns >= 0n ? ns / 1000000000n : -((-ns + 999999999n) / 1000000000n)));
  const floats = times.map((ns, i) => floatValue(Number(secs[i]!) + Number(ns - secs[i]! * 1000000000n) * 1e-9));
  const ints = (xs: bigint[]): Value[] => xs.map((x) => normInt(x));
  return statResult.make([
    ...ints([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, ...secs]),
    ...floats, ...ints([...times, st.blksize, st.blocks, st.rdev]),
  ]);
}

export function doStat(fname: string, pathV: Value, follow: boolean): Ref {
  const p = pathArg(fname, pathV, { allowFd: true });
  if (p.fd !== null) {
    const fd = p.fd;
    return makeStat(sys(() => fstatSync(fd, { bigint: true }), p));
  }
  const b = p.buf!;
  return makeStat(sys(() => (follow ? statSync(b, { bigint: true }) : lstatSync(b, { bigint: true })), p));
}

export function fstat(fdV: Value): Ref {
  const fd = fdArg(fdV);
  return makeStat(sys(() => fstatSync(fd, { bigint: true })));
}

// ---- DirEntry ------------------------------------------------------------------------------------------

/** StatPath: for scandir(fd), where to stat the entry (/proc/self/fd/N/name; fstatat in CPython), else None. */
const enum E { Name, Path, Kind, Stat, Lstat, Ino, StatPath, Count }
/** Entry kinds from the directory listing (d_type); Unknown means ask stat. */
const enum Kind { Unknown, File, Dir, Link, Other }

const dirEntryType = defineBuiltinType({
  name: 'DirEntry',
  module: 'posix',
  instanceSlots: E.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (): Value => raise('TypeError', "cannot create 'posix.DirEntry' instances"),
    },
    __fspath__: { sig: '__fspath__($self, /)', fn: (s: Value) => entrySlot(s, E.Path) },
    __repr__: { sig: '__repr__($self, /)', fn: (s: Value) => `<DirEntry ${repr(entrySlot(s, E.Name))}>` },
    __class_getitem__: { sig: '__class_getitem__($type, item, /)', kind: 'classmethod', fn: (c: Value, i: Value) => genericAlias(c, i) },
    inode: { sig: 'inode($self, /)', fn: (s: Value) => inode(s) },
    is_dir: { sig: 'is_dir($self, /, *, follow_symlinks=True)', fn: (s: Value, f: Value) => testKind(s, f === true, Kind.Dir) },
    is_file: { sig: 'is_file($self, /, *, follow_symlinks=True)', fn: (s: Value, f: Value) => testKind(s, f === true, Kind.File) },
    is_symlink: { sig: 'is_symlink($self, /)', fn: (s: Value) => isSymlink(s) },
    is_junction: { sig: 'is_junction($self, /)', fn: () => false },
    stat: { sig: 'stat($self, /, *, follow_symlinks=True)', fn: (s: Value, f: Value) => entryStat(s, f === true) },
  },
  getsets: {
    name: { get: ((s: Value) => entrySlot(s, E.Name)) as never, member: true },
    path: { get: ((s: Value) => entrySlot(s, E.Path)) as never, member: true },
  },
});

function entrySlot(s: Value, i: E): Value {
  return decode(getSlot((s as Ref).a, i)) ?? null;
}

function entryPathArg(s: Value): PathArg {
  const at = entrySlot(s, E.StatPath);
  if (at !== null) return { obj: entrySlot(s, E.Path), buf: Buffer.from(bytesData((at as Ref).a)), fd: null, bytes: false };
  return pathArg('stat', entrySlot(s, E.Path));
}

function isSymlink(s: Value): boolean {
  const k = entrySlot(s, E.Kind) as Kind;
  if (k !== Kind.Unknown) return k === Kind.Link;
  const mode = tupleGet((entryStat(s, false) as Ref).a, 0) as number;
  return (mode & 0o170000) === 0o120000;
}

function entryStat(s: Value, follow: boolean): Value {
  const a = (s as Ref).a;
  if (follow && isSymlink(s)) {
    let st = entrySlot(s, E.Stat);
    if (st === null) {
      const p = entryPathArg(s);
      st = makeStat(sys(() => statSync(p.buf!, { bigint: true }), p));
      setSlot(a, E.Stat, encode(st));
    }
    return st;
  }
  let lst = entrySlot(s, E.Lstat);
  if (lst === null) {
    const p = entryPathArg(s);
    lst = makeStat(sys(() => lstatSync(p.buf!, { bigint: true }), p));
    setSlot(a, E.Lstat, encode(lst));
  }
  return lst;
}

/** DirEntry_test_mode: from d_type when known and not a followed link, else from stat (missing: False). */
function testKind(s: Value, follow: boolean, want: Kind): boolean {
  const k = entrySlot(s, E.Kind) as Kind;
  if (k !== Kind.Unknown && !(follow && k === Kind.Link)) return k === want;
  let st: Value;
  try {
    st = entryStat(s, follow);
  } catch (e) {
    if (exceptionMatches(e, 'FileNotFoundError')) return false;
    throw e;
  }
  const fmt = (tupleGet((st as Ref).a, 0) as number) & 0o170000;
  return want === Kind.Dir ? fmt === 0o040000 : fmt === 0o100000;
}

function inode(s: Value): Value {
  let ino = entrySlot(s, E.Ino);
  if (ino === null) {
    ino = tupleGet((entryStat(s, false) as Ref).a, 1);
    setSlot((s as Ref).a, E.Ino, encode(ino));
  }
  return ino;
}

function kindOf(d: Dirent): Kind {
  if (d.isSymbolicLink()) return Kind.Link;
  if (d.isDirectory()) return Kind.Dir;
  if (d.isFile()) return Kind.File;
  return d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice() ? Kind.Other : Kind.Unknown;
}

// ---- ScandirIterator -----------------------------------------------------------------------------------

const enum S { Entries, Next, Count }

const scandirType = defineBuiltinType({
  name: 'ScandirIterator',
  module: 'posix',
  instanceSlots: S.Count,
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: (): Value => raise('TypeError', "cannot create 'posix.ScandirIterator' instances"),
    },
    ...iteratorMethods(scandirNext),
    close: { sig: 'close($self, /)', fn: (s: Value) => scandirClose(s) },
    __enter__: { sig: '__enter__($self, /)', fn: (s: Value) => s },
    __exit__: { sig: '__exit__($self, /, *args)', fn: (s: Value) => scandirClose(s) },
  },
  slots: { iter: (v) => v, next: scandirNext },
});

function scandirNext(v: Value): Value | typeof STOP {
  const a = (v as Ref).a;
  const entries = decode(getSlot(a, S.Entries)) ?? null;
  if (entries === null) return STOP;
  const i = decode(getSlot(a, S.Next)) as number;
  if (i >= tupleLen((entries as Ref).a)) {
    scandirClose(v);
    return STOP;
  }
  setSlot(a, S.Next, encode(i + 1));
  return tupleGet((entries as Ref).a, i);
}

function scandirClose(v: Value): null {
  setSlot((v as Ref).a, S.Entries, encode(null));
  return null;
}

/** Directory names as bytes, with their kinds (readdir; no . and ..). */
export function readDir(p: PathArg): Dirent[] {
  const path = p.fd !== null ? Buffer.from(`/proc/self/fd/${p.fd}`) : p.buf ?? Buffer.from('.');
  return sys(() => readdirSync(path, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent[], p);
}

const direntName = (d: Dirent): Buffer => d.name as unknown as Buffer;

export function scandir(pathV: Value): Value {
  const p = pathArg('scandir', pathV, { nullable: true, allowFd: true });
  const list = readDir(p);
  const dir = p.buf ?? Buffer.from('.');
  // scandir(fd): paths are the bare names; the entries stat relative to the fd.
  const prefix = p.fd !== null ? Buffer.alloc(0)
    : dir.length > 0 && dir[dir.length - 1] !== 0x2f ? Buffer.concat([dir, Buffer.from('/')]) : dir;
  const statAt = p.fd !== null ? Buffer.from(`/proc/self/fd/${p.fd}/`) : null;
  const entries = list.map((d) => {
    const name = direntName(d);
    const e = allocObj(TYPE_ADDR[dirEntryType.index]!, E.Count, 0);
    setSlot(e, E.Name, encode(nameResult(name, p.bytes)));
    setSlot(e, E.Path, encode(nameResult(Buffer.concat([prefix, name]), p.bytes)));
    setSlot(e, E.Kind, encode(kindOf(d)));
    for (const s of [E.Stat, E.Lstat, E.Ino]) setSlot(e, s, encode(null));
    setSlot(e, E.StatPath, encode(statAt === null ? null : newBytes(Buffer.concat([statAt, name]))));
    return new Ref(e);
  });
  const it = allocObj(TYPE_ADDR[scandirType.index]!, S.Count, 0);
  setSlot(it, S.Entries, encode(newTuple(entries)));
  setSlot(it, S.Next, encode(0));
  return new Ref(it);
}

export function listdir(pathV: Value): Value[] {
  const p = pathArg('listdir', pathV, { nullable: true, allowFd: true });
  return readDir(p).map((d) => nameResult(direntName(d), p.bytes));
}

/** The module's types: name -> type address. */
export function statTypes(): Record<string, number> {
  return { stat_result: TYPE_ADDR[statResult.def.index]!, DirEntry: TYPE_ADDR[dirEntryType.index]! };
}
