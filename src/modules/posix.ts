// The posix module (what os.py builds os on): files and directories here, fd-level calls in
// posix_fd.ts, stat and scandir in posix_stat.ts, the process and system in posix_proc.ts.
// Synchronous Node calls; paths as bytes (posix_util.ts). Calls Node has no way to make (fork,
// exec*, wait*, dup, pipe, the *at() variants behind dir_fd) are absent, and _have_functions
// lists only what works, so os.supports_* tell the truth. CPython: Modules/posixmodule.c.

import { nodeBuiltin } from '../vm/node_builtins.js';
import {
  readlinkSync, mkdirSync, rmdirSync, unlinkSync, renameSync, linkSync, symlinkSync, chmodSync, fchmodSync,
  lstatSync, realpathSync, chownSync, fchownSync, lchownSync, utimesSync, futimesSync, lutimesSync, accessSync, truncateSync, ftruncateSync,
} from 'node:fs';
import { Ref, PyFloat, type Value } from '../objects/value.js';
import { raise } from '../objects/protocol.js';
import { getBuiltin } from '../objects/coll_ops.js';
import { MISSING } from '../objects/native.js';
import { newList } from '../objects/list.js';
import { newBytes } from '../objects/bytes.js';
import { isTuple, tupleItems } from '../objects/tuple.js';
import { asIndex } from '../objects/coll_ops.js';
import { dictSet } from '../objects/dict.js';
import { defineModule } from './define.js';
import { type PathArg, pathArg, sys, fsdecode, fspath, fdArg, noDirFd, nameResult } from './posix_util.js';
import { doStat, fstat, listdir, scandir, statTypes } from './posix_stat.js';
import { fdFunctions } from './posix_fd.js';
import { procFunctions, initProc } from './posix_proc.js';

function getcwdBytes(): Buffer {
  // The kernel's current directory: right in every worker (Node caches process.cwd() per thread).
  try {
    return readlinkSync('/proc/self/cwd', { encoding: 'buffer' });
  } catch {
    return Buffer.from(process.cwd());
  }
}

function chdir(pathV: Value): null {
  const p = pathArg('chdir', pathV);
  if (!nodeBuiltin('node:worker_threads').isMainThread) raise('NotImplementedError', 'os.chdir() in a thread other than the main thread (Node workers cannot change it)');
  sys(() => process.chdir(fsdecode(p.buf!)), p);
  return null;
}

/** A path function of one path (and dir_fd=None). */
const onePath = (fname: string, f: (b: Buffer) => void) => (pathV: Value, dirFd: Value = null): null => {
  const p = pathArg(fname, pathV);
  noDirFd(fname, dirFd);
  sys(() => f(p.buf!), p);
  return null;
};

/** rename/replace/link: two paths, errors name both. */
function twoPaths(fname: string, src: Value, dst: Value, srcFd: Value, dstFd: Value): [PathArg, PathArg] {
  const s = pathArg(fname, src, { arg: 'src' });
  const d = pathArg(fname, dst, { arg: 'dst' });
  noDirFd(fname, srcFd, 'src_dir_fd');
  noDirFd(fname, dstFd, 'dst_dir_fd');
  return [s, d];
}

function rename(fname: string) {
  return (src: Value, dst: Value, srcFd: Value, dstFd: Value): null => {
    const [s, d] = twoPaths(fname, src, dst, srcFd, dstFd);
    sys(() => renameSync(s.buf!, d.buf!), s, d);
    return null;
  };
}

function link(src: Value, dst: Value, srcFd: Value, dstFd: Value, follow: Value): null {
  const [s, d] = twoPaths('link', src, dst, srcFd, dstFd);
  // link(2) on Linux links a symlink itself; linkat's AT_SYMLINK_FOLLOW (the default) links its target.
  sys(() => linkSync(follow === false || !lstatSync(s.buf!).isSymbolicLink() ? s.buf! : realpathSync(s.buf!, { encoding: 'buffer' }),
    d.buf!), s, d);
  return null;
}

function symlink(src: Value, dst: Value, isDir: Value, dirFd: Value): null {
  void isDir;
  const s = pathArg('symlink', src, { arg: 'src' });
  const d = pathArg('symlink', dst, { arg: 'dst' });
  noDirFd('symlink', dirFd);
  sys(() => symlinkSync(s.buf!, d.buf!), s, d);
  return null;
}

function readlink(pathV: Value, dirFd: Value): Value {
  const p = pathArg('readlink', pathV);
  noDirFd('readlink', dirFd);
  return nameResult(sys(() => readlinkSync(p.buf!, { encoding: 'buffer' }), p), p.bytes);
}

function mkdir(pathV: Value, mode: Value, dirFd: Value): null {
  const p = pathArg('mkdir', pathV);
  const m = fdArg(mode);
  noDirFd('mkdir', dirFd);
  sys(() => mkdirSync(p.buf!, { mode: m }), p);
  return null;
}

function chmod(pathV: Value, mode: Value, dirFd: Value, follow: Value): null {
  const p = pathArg('chmod', pathV, { allowFd: true });
  const m = fdArg(mode);
  noDirFd('chmod', dirFd);
  if (follow === false) raise('NotImplementedError', 'chmod: follow_symlinks unavailable on this platform');
  if (p.fd !== null) {
    const fd = p.fd;
    sys(() => fchmodSync(fd, m), p);
  } else {
    sys(() => chmodSync(p.buf!, m), p);
  }
  return null;
}

function chown(pathV: Value, uid: Value, gid: Value, dirFd: Value, follow: Value): null {
  const p = pathArg('chown', pathV, { allowFd: true });
  const u = Number(asIndex(uid));
  const g = Number(asIndex(gid));
  noDirFd('chown', dirFd);
  if (p.fd !== null) {
    const fd = p.fd;
    sys(() => fchownSync(fd, u, g), p);
  } else {
    sys(() => (follow === false ? lchownSync : chownSync)(p.buf!, u, g), p);
  }
  return null;
}

/** A time in seconds from an int or float (_PyTime_ObjectToTimespec). */
function seconds(v: Value): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) raise('ValueError', 'Invalid value NaN (not a number)');
    return v;
  }
  return Number(asIndex(v));
}

function utime(pathV: Value, times: Value, ns: Value, dirFd: Value, follow: Value): null {
  const p = pathArg('utime', pathV, { allowFd: true });
  const hasNs = (ns as unknown) !== MISSING;
  if (times !== null && hasNs) raise('ValueError', "utime: you may specify either 'times' or 'ns' but not both");
  let at: number;
  let mt: number;
  if (times !== null) {
    if (!isTuple(times) || tupleItems(times.a).length !== 2) {
      raise('TypeError', "utime: 'times' must be either a tuple of two ints or None");
    }
    [at, mt] = tupleItems(times.a).map(seconds) as [number, number];
  } else if (hasNs) {
    if (!isTuple(ns) || tupleItems(ns.a).length !== 2) raise('TypeError', "utime: 'ns' must be a tuple of two ints");
    [at, mt] = tupleItems(ns.a).map((x) => Number(asIndex(x)) / 1e9) as [number, number];
  } else {
    at = mt = Date.now() / 1000;
  }
  noDirFd('utime', dirFd);
  if (p.fd !== null) {
    const fd = p.fd;
    sys(() => futimesSync(fd, at, mt), p);
  } else {
    sys(() => (follow === false ? lutimesSync : utimesSync)(p.buf!, at, mt), p);
  }
  return null;
}

function access(pathV: Value, mode: Value, dirFd: Value, effective: Value, follow: Value): boolean {
  const p = pathArg('access', pathV);
  const m = fdArg(mode);
  noDirFd('access', dirFd);
  if (effective === true) raise('NotImplementedError', 'access: effective_ids unavailable on this platform');
  if (follow === false) raise('NotImplementedError', 'access: follow_symlinks unavailable on this platform');
  try {
    accessSync(p.buf!, m);
    return true;
  } catch {
    return false;
  }
}

function truncate(pathV: Value, length: Value): null {
  const p = pathArg('truncate', pathV, { allowFd: true });
  const n = Number(asIndex(length));
  if (p.fd !== null) {
    const fd = p.fd;
    sys(() => ftruncateSync(fd, n), p);
  } else {
    sys(() => truncateSync(p.buf!, n), p);
  }
  return null;
}

/** What this module can do, in os.py's names (HAVE_FSTATAT etc. are absent: no dir_fd). */
const HAVE_FUNCTIONS = ['HAVE_FDOPENDIR', 'HAVE_FCHMOD', 'HAVE_FCHOWN', 'HAVE_FTRUNCATE', 'HAVE_FUTIMES', 'HAVE_LCHOWN', 'HAVE_LSTAT', 'HAVE_LUTIMES'];

defineModule({
  name: 'posix',
  doc: 'This module provides access to operating system functionality that is\nstandardized by the C Standard and '
    + 'the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix '
    + 'manual entries for more information on calls.',
  functions: {
    stat: {
      sig: 'stat($module, /, path, *, dir_fd=None, follow_symlinks=True)',
      fn: (p: Value, d: Value, f: Value) => (noDirFd('stat', d), doStat('stat', p, f !== false)),
    },
    lstat: { sig: 'lstat($module, /, path, *, dir_fd=None)', fn: (p: Value, d: Value) => (noDirFd('lstat', d), doStat('lstat', p, false)) },
    fstat: { sig: 'fstat($module, /, fd)', fn: fstat },
    listdir: { sig: 'listdir($module, /, path=None)', fn: (p: Value) => newList(listdir(p)) },
    scandir: { sig: 'scandir($module, /, path=None)', fn: scandir },
    getcwd: { sig: 'getcwd($module, /)', fn: () => fsdecode(getcwdBytes()) },
    getcwdb: { sig: 'getcwdb($module, /)', fn: () => newBytes(getcwdBytes()) },
    chdir: { sig: 'chdir($module, /, path)', fn: chdir },
    mkdir: { sig: 'mkdir($module, /, path, mode=511, *, dir_fd=None)', fn: mkdir },
    rmdir: { sig: 'rmdir($module, /, path, *, dir_fd=None)', fn: onePath('rmdir', rmdirSync) },
    unlink: { sig: 'unlink($module, /, path, *, dir_fd=None)', fn: onePath('unlink', unlinkSync) },
    remove: { sig: 'remove($module, /, path, *, dir_fd=None)', fn: onePath('remove', unlinkSync) },
    rename: { sig: 'rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)', fn: rename('rename') },
    replace: { sig: 'replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)', fn: rename('replace') },
    link: { sig: 'link($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)', fn: link },
    symlink: { sig: 'symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)', fn: symlink },
    readlink: { sig: 'readlink($module, /, path, *, dir_fd=None)', fn: readlink },
    chmod: { sig: 'chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)', fn: chmod },
    chown: { sig: 'chown($module, /, path, uid, gid, *, dir_fd=None, follow_symlinks=True)', fn: chown },
    fchmod: { sig: 'fchmod($module, /, fd, mode)', fn: (fd: Value, m: Value) => chmod(fdArg(fd), m, null, true) },
    fchown: { sig: 'fchown($module, /, fd, uid, gid)', fn: (fd: Value, u: Value, g: Value) => chown(fdArg(fd), u, g, null, true) },
    lchown: { sig: 'lchown($module, /, path, uid, gid)', fn: (p: Value, u: Value, g: Value) => chown(p, u, g, null, false) },
    utime: { sig: 'utime($module, /, path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True)', fn: utime },
    access: { sig: 'access($module, /, path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)', fn: access },
    truncate: { sig: 'truncate($module, /, path, length)', fn: truncate },
    fspath: { sig: 'fspath($module, /, path)', fn: fspath },
    ...fdFunctions,
    ...procFunctions,
  },
  init(dict) {
    dictSet(dict, 'error', getBuiltin('OSError'));
    dictSet(dict, '_have_functions', newList(HAVE_FUNCTIONS));
    initProc(dict);
    for (const [name, t] of Object.entries(statTypes())) dictSet(dict, name, new Ref(t));
  },
});
