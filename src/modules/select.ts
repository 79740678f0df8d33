// The select module: select() over ftpy's sockets (modules/_socket.ts) and regular files.
// CPython: Modules/selectmodule.c (select_select_impl, seq2set). Socket readiness is read from the
// shared socket table; while nothing is ready the thread sleeps on the table's change sequence, so
// a send from another thread (asyncio's call_soon_threadsafe) wakes it.
// NOT YET: poll, epoll and select() on pipes and terminals (Node gives workers no way to wait on
// them) raise NotImplementedError; selectors.DefaultSelector is then SelectSelector.

import { fstatSync } from 'node:fs';
import { type Value } from '../objects/value.js';
import { raise, call, toArray } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { dictSet } from '../objects/dict.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { Ref } from '../objects/value.js';
import { asSsizeStrict, hasIndex } from '../objects/coll_ops.js';
import { getattrOrUndefined } from '../vm/attr.js';
import { seconds } from './_thread_lock.js';
import { FIRST_FD, readiness, changeSeq, waitChange } from './_socket.js';
import { osError } from './posix_util.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;
const EBADF = 9;

/** PyObject_AsFileDescriptor: an int, or an object whose fileno() returns one. */
function fdOf(o: Value): number {
  let v = o;
  if (!hasIndex(o) || typeof o === 'boolean') {
    const m = getattrOrUndefined(o, 'fileno');
    if (m === undefined) raise('TypeError', 'argument must be an int, or have a fileno() method.');
    v = call(m, []);
    if (!hasIndex(v)) raise('TypeError', 'fileno() returned a non-integer');
  }
  const fd = asSsizeStrict(v);
  if (fd < 0) raise('ValueError', `file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

/** [readable, writable] of a descriptor now. */
function ready(fd: number): [boolean, boolean] {
  if (fd >= FIRST_FD) {
    const r = readiness(fd);
    if (r === undefined) throw osError(EBADF);
    return r;
  }
  let regular: boolean;
  try {
    regular = fstatSync(fd).isFile();
  } catch {
    throw osError(EBADF);
  }
  // A regular file is always ready, as poll(2) reports it.
  if (!regular) raise('NotImplementedError', `select() on descriptor ${fd}: ftpy can wait only on its own sockets and regular files`);
  return [true, true];
}

function select(rlist: Value, wlist: Value, xlist: Value, timeout: Value): Value {
  let ms = -1;
  if (timeout !== null) {
    const t = seconds(timeout);
    if (t < 0) raise('ValueError', 'timeout must be non-negative');
    ms = t * 1000;
  }
  const seqOf = (v: Value): Value[] => {
    try {
      return toArray(v);
    } catch (e) {
      if (e instanceof Ref) raise('TypeError', `arguments 1-3 must be sequences`);
      throw e;
    }
  };
  const lists = [seqOf(rlist), seqOf(wlist), seqOf(xlist)];
  const fds = lists.map((l) => l.map(fdOf));
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  for (;;) {
    const seq = changeSeq();
    const r = lists[0]!.filter((_, i) => ready(fds[0]![i]!)[0]);
    const w = lists[1]!.filter((_, i) => ready(fds[1]![i]!)[1]);
    // No descriptor here ever has an exceptional condition (out-of-band data).
    fds[2]!.forEach(ready);
    const left = deadline - performance.now();
    if (r.length > 0 || w.length > 0 || left <= 0) return newTuple([newList(r), newList(w), newList([])]);
    waitChange(seq, left === Infinity ? -1 : left);
  }
}

defineModule({
  name: 'select',
  doc: 'This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.',
  functions: {
    select: { sig: 'select($module, rlist, wlist, xlist, timeout=None, /)', fn: fn(select) },
  },
  init(dict) {
    dictSet(dict, 'error', new Ref(builtinTypeAddr('OSError')));
    dictSet(dict, 'PIPE_BUF', 4096);
  },
});
