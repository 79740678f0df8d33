// The _socket module: the socket type, socketpair() and the module's constants and helpers.
// CPython: Modules/socketmodule.c (sock_initobj, sock_recv, sock_send, sock_sendall, socket_socketpair).
//
// Node gives a worker thread no synchronous socket calls, so this is ftpy's own socket layer: the
// connected pairs socketpair() makes (what asyncio's event loop wakes itself with, also from other
// threads) are endpoints in the shared heap, found by descriptor numbers from a range real
// descriptors never reach. Every thread sees the same table; a hub lock guards it and a sequence
// word, bumped on every change, is what blocked readers and select() wait on.
// NOT YET: network sockets (bind, listen, accept, connect, sendto, getaddrinfo...) raise
// NotImplementedError naming the call.

import { lockWithTimeout, unlock, loadWord, storeWord, addWord, waitWord, notifyWord } from '../heap/index.js';
import { Ref, PyFloat, rawBase, getSlot, setSlot, decode, encode, type Value } from '../objects/value.js';
import { allocObj } from '../objects/alloc.js';
import { defineBuiltinType, builtinTypeAddr, TYPE_ADDR } from '../objects/registry.js';
import { TypeFlag } from '../objects/layouts.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { dictGet, dictSet, dictDel, newDict } from '../objects/dict.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { newList, listGet, listSetIndex } from '../objects/list.js';
import { newBytes, bytesData } from '../objects/bytes.js';
import { bufferBytes, getBuffer, viewBytes, isContiguous, viewToBytes } from '../objects/buffer.js';
import { U8 } from '../heap/index.js';
import { asSsizeStrict, checkNewType, instanceSlotsOf } from '../objects/coll_ops.js';
import { interpreterState } from '../vm/runtime.js';
import { nodeBuiltin } from '../vm/node_builtins.js';
import { seconds } from './_thread_lock.js';
import { osError } from './posix_util.js';
import { defineModule, newExceptionType } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

export const AF_UNIX = 1;
const AF_INET = 2;
const AF_INET6 = 10;
const SOCK_STREAM = 1;
const SOCK_NONBLOCK = 0o4000;
const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_ERROR = 4;
const SO_DOMAIN = 39;
const SO_PROTOCOL = 38;
/** A socketpair's buffer, as Linux's default for AF_UNIX stream sockets (net.core.wmem_default). */
const BUFFER_LIMIT = 212992;
/** First descriptor number of ftpy's sockets: above any real descriptor (Linux caps them at 2^20). */
export const FIRST_FD = 1 << 22;
const EBADF = 9;
const EAGAIN = 11;
const EPIPE = 32;
const EINVAL = 22;
const ENOTCONN = 107;

/** Linux's constants socket.py and its users read (numbers from the kernel and glibc headers). */
const CONSTANTS: Record<string, number> = {
  AF_UNSPEC: 0, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK: 16, AF_PACKET: 17,
  SOCK_STREAM, SOCK_DGRAM: 2, SOCK_RAW: 3, SOCK_RDM: 4, SOCK_SEQPACKET: 5, SOCK_NONBLOCK, SOCK_CLOEXEC,
  SOL_SOCKET, SOL_IP: 0, SOL_TCP: 6, SOL_UDP: 17,
  SO_DEBUG: 1, SO_REUSEADDR: 2, SO_TYPE, SO_ERROR, SO_DONTROUTE: 5, SO_BROADCAST: 6, SO_SNDBUF: 7,
  SO_RCVBUF: 8, SO_KEEPALIVE: 9, SO_OOBINLINE: 10, SO_LINGER: 13, SO_REUSEPORT: 15, SO_RCVLOWAT: 18,
  SO_SNDLOWAT: 19, SO_RCVTIMEO: 20, SO_SNDTIMEO: 21, SO_ACCEPTCONN: 30, SO_PROTOCOL, SO_DOMAIN,
  SOMAXCONN: 4096, SCM_RIGHTS: 1, SCM_CREDENTIALS: 2,
  MSG_OOB: 1, MSG_PEEK: 2, MSG_DONTROUTE: 4, MSG_CTRUNC: 8, MSG_TRUNC: 0x20, MSG_DONTWAIT: 0x40,
  MSG_EOR: 0x80, MSG_WAITALL: 0x100, MSG_NOSIGNAL: 0x4000, MSG_CMSG_CLOEXEC: 0x40000000,
  SHUT_RD: 0, SHUT_WR: 1, SHUT_RDWR: 2,
  IPPROTO_IP: 0, IPPROTO_ICMP: 1, IPPROTO_TCP: 6, IPPROTO_UDP: 17, IPPROTO_IPV6: 41, IPPROTO_RAW: 255,
  IPPROTO_ICMPV6: 58, IPPORT_RESERVED: 1024, IPPORT_USERRESERVED: 5000,
  IP_TOS: 1, IP_TTL: 2, IP_MULTICAST_TTL: 33, IP_MULTICAST_LOOP: 34, IP_ADD_MEMBERSHIP: 35,
  IPV6_V6ONLY: 26, IPV6_JOIN_GROUP: 20, IPV6_LEAVE_GROUP: 21, IPV6_MULTICAST_HOPS: 18,
  TCP_NODELAY: 1, TCP_MAXSEG: 2, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_KEEPCNT: 6, TCP_QUICKACK: 12,
  INADDR_ANY: 0, INADDR_BROADCAST: 0xffffffff, INADDR_LOOPBACK: 0x7f000001, INADDR_NONE: 0xffffffff,
  AI_PASSIVE: 1, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_V4MAPPED: 8, AI_ALL: 0x10, AI_ADDRCONFIG: 0x20,
  AI_NUMERICSERV: 0x400,
  NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, NI_NOFQDN: 4, NI_NAMEREQD: 8, NI_DGRAM: 16, NI_MAXHOST: 1025,
  NI_MAXSERV: 32,
  EAI_BADFLAGS: -1, EAI_NONAME: -2, EAI_AGAIN: -3, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_SOCKTYPE: -7,
  EAI_SERVICE: -8, EAI_MEMORY: -10, EAI_SYSTEM: -11, EAI_OVERFLOW: -12,
};

// ---- the shared table ----------------------------------------------------------------------------
// Hub: a heap object whose raw words are [lock, change sequence, next descriptor]. Table: a dict
// from descriptor to endpoint, a list [family, type, proto, inbox bytes, peer fd, flags].

const enum E { Family, Type, Proto, Inbox, Peer, Flags }
/** Endpoint flags: the peer shut down writing (reads see EOF once the inbox is empty); this end
 * shut down reading or writing. */
const enum F { PeerShutWr = 1, ShutRd = 2, ShutWr = 4 }

const STATE_KEY = '_socket.state';
let hubType = 0;

interface Shared { hub: number; table: number }

function shared(): Shared {
  const s = dictGet(interpreterState(), STATE_KEY) as Ref;
  const [hub, table] = tupleItems(s.a) as [Ref, Ref];
  return { hub: hub.a, table: table.a };
}

function withHub<T>(f: (s: Shared) => T): T {
  const s = shared();
  const off = rawBase(s.hub) - s.hub;
  lockWithTimeout(s.hub, off, -1);
  try {
    return f(s);
  } finally {
    unlock(s.hub, off);
  }
}

function seqAt(s: Shared): number {
  return rawBase(s.hub) + 4;
}

/** Tells every waiter (blocked recv/send, select) that some endpoint changed. */
function announce(s: Shared): void {
  const at = seqAt(s);
  addWord(at, 1);
  notifyWord(at, 0);
}

/** The change sequence now: read it, check the state, then waitChange(seq) to sleep until it moves. */
export function changeSeq(): number {
  return loadWord(seqAt(shared()));
}

/** Sleeps until an endpoint changes or `ms` passes (negative: no limit). */
export function waitChange(seq: number, ms: number): void {
  const s = shared();
  // Given as (object, offset): the wait publishes the hub object as a root, which must be its start.
  waitWord(s.hub, seqAt(s) - s.hub, seq, ms);
}

function endpoint(s: Shared, fd: number): Ref | undefined {
  return dictGet(s.table, fd) as Ref | undefined;
}

function field(ep: Ref, i: E): number {
  return listGet(ep.a, i) as number;
}

/** Is descriptor `fd` one of ftpy's sockets (open now)? */
export function isSocketFd(fd: number): boolean {
  return fd >= FIRST_FD && dictGet(shared().table, fd) !== undefined;
}

/** select()'s view of a socket descriptor: readable, writable; undefined if it is not open. */
export function readiness(fd: number): [boolean, boolean] | undefined {
  return withHub((s) => {
    const ep = endpoint(s, fd);
    if (ep === undefined) return undefined;
    const inbox = bytesData((listGet(ep.a, E.Inbox) as Ref).a).length;
    const flags = field(ep, E.Flags);
    const peer = endpoint(s, field(ep, E.Peer));
    const readable = inbox > 0 || (flags & (F.PeerShutWr | F.ShutRd)) !== 0 || peer === undefined;
    const peerInbox = peer === undefined ? 0 : bytesData((listGet(peer.a, E.Inbox) as Ref).a).length;
    const writable = peer === undefined || (flags & F.ShutWr) !== 0 || peerInbox < BUFFER_LIMIT;
    return [readable, writable];
  });
}

function newEndpoint(s: Shared, family: number, type: number, proto: number): number {
  const nextAt = rawBase(s.hub) + 8;
  const fd = loadWord(nextAt);
  storeWord(nextAt, fd + 1); // under the hub lock
  dictSet(s.table, fd, newList([family, type, proto, newBytes([]), -1, 0]));
  return fd;
}

// ---- the socket type -------------------------------------------------------------------------------

const enum S { Fd, Family, Type, Proto, Timeout, Count }

let defaultTimeout: number = -1;

function sockFd(self: Value): number {
  return decode(getSlot((self as Ref).a, S.Fd)) as number;
}

function slotNum(self: Value, i: S): number {
  return decode(getSlot((self as Ref).a, i)) as number;
}

function setNum(self: Value, i: S, v: number): void {
  setSlot((self as Ref).a, i, encode(v));
}

/** The socket's timeout in ms: -1 blocks, 0 never waits. */
function timeoutMs(self: Value): number {
  const t = decode(getSlot((self as Ref).a, S.Timeout));
  const v = t instanceof PyFloat ? t.v : (t as number);
  return v < 0 ? -1 : v * 1000;
}

function openFd(self: Value): number {
  const fd = sockFd(self);
  if (fd < 0) throw osError(EBADF);
  return fd;
}

function notNetwork(what: string): never {
  raise('NotImplementedError', `socket.${what}(): ftpy has no network sockets yet (only socketpair())`);
}

function sockInit(self: Value, familyV: Value, typeV: Value, protoV: Value, filenoV: Value): Value {
  let family = asSsizeStrict(familyV);
  let type = asSsizeStrict(typeV);
  let proto = asSsizeStrict(protoV);
  let fd: number;
  if (filenoV !== null) {
    fd = asSsizeStrict(filenoV);
    if (fd < 0) raise('ValueError', 'negative file descriptor');
    const ep = withHub((s) => endpoint(s, fd));
    if (ep === undefined) {
      if (fd < FIRST_FD) notNetwork('socket(fileno=...) of a descriptor it did not make');
      throw osError(EBADF);
    }
    if (family === -1) family = field(ep, E.Family);
    if (type === -1) type = field(ep, E.Type);
    if (proto === -1) proto = field(ep, E.Proto);
  } else {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    if (family !== AF_UNIX && family !== AF_INET && family !== AF_INET6) throw osError(97);
    fd = withHub((s) => newEndpoint(s, family, type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC), proto));
  }
  setNum(self, S.Fd, fd);
  setNum(self, S.Family, family);
  setNum(self, S.Type, type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC));
  setNum(self, S.Proto, proto);
  setNum(self, S.Timeout, type & SOCK_NONBLOCK ? 0 : defaultTimeout);
  return null;
}

/** Closes descriptor fd: its peer then reads EOF and its writes fail with EPIPE. */
export function closeSocketFd(fd: number): void {
  withHub((s) => {
    if (endpoint(s, fd) === undefined) throw osError(EBADF);
    dictDel(s.table, fd);
    announce(s);
  });
}

function sockClose(self: Value): Value {
  const fd = sockFd(self);
  if (fd < 0) return null;
  setNum(self, S.Fd, -1);
  closeSocketFd(fd);
  return null;
}

/** Waits until `ready` (checked under the hub lock) holds, honouring the socket's timeout. */
function waitFor<T>(self: Value, attempt: (s: Shared) => T | undefined): T {
  const ms = timeoutMs(self);
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  for (;;) {
    const seq = changeSeq();
    const r = withHub(attempt);
    if (r !== undefined) return r;
    if (ms === 0) throw osError(EAGAIN);
    const left = deadline - performance.now();
    if (left <= 0) raise('TimeoutError', 'timed out');
    waitChange(seq, left === Infinity ? -1 : left);
  }
}

function recvBytes(self: Value, n: number, flags: number): Uint8Array {
  const fd = openFd(self);
  if (n < 0) raise('ValueError', 'negative buffersize in recv');
  const peek = (flags & 2) !== 0;
  const dontWait = (flags & 0x40) !== 0;
  const attempt = (s: Shared): Uint8Array | undefined => {
    const ep = endpoint(s, fd);
    if (ep === undefined) throw osError(EBADF);
    const inbox = bytesData((listGet(ep.a, E.Inbox) as Ref).a);
    if (inbox.length > 0 || n === 0) {
      const out = inbox.slice(0, n);
      if (!peek) listSetIndex(ep.a, E.Inbox, newBytes(inbox.subarray(out.length)));
      if (!peek && out.length > 0) announce(s);
      return out;
    }
    if ((field(ep, E.Flags) & (F.PeerShutWr | F.ShutRd)) !== 0) return new Uint8Array(0);
    if (field(ep, E.Peer) < 0) throw osError(ENOTCONN);
    if (endpoint(s, field(ep, E.Peer)) === undefined) return new Uint8Array(0);
    if (dontWait) throw osError(EAGAIN);
    return undefined;
  };
  return waitFor(self, attempt);
}

/** Sends what fits in the peer's buffer (at least one byte, waiting for room): the count sent. */
function sendBytes(self: Value, data: Uint8Array, flags: number): number {
  const fd = openFd(self);
  const dontWait = (flags & 0x40) !== 0;
  const attempt = (s: Shared): number | undefined => {
    const ep = endpoint(s, fd);
    if (ep === undefined) throw osError(EBADF);
    if ((field(ep, E.Flags) & F.ShutWr) !== 0) throw osError(EPIPE);
    const peerFd = field(ep, E.Peer);
    if (peerFd < 0) throw osError(ENOTCONN);
    const peer = endpoint(s, peerFd);
    if (peer === undefined) throw osError(EPIPE);
    const inbox = bytesData((listGet(peer.a, E.Inbox) as Ref).a);
    const room = BUFFER_LIMIT - inbox.length;
    if (room <= 0 && data.length > 0) {
      if (dontWait) throw osError(EAGAIN);
      return undefined;
    }
    const n = Math.min(room, data.length);
    const joined = new Uint8Array(inbox.length + n);
    joined.set(inbox);
    joined.set(data.subarray(0, n), inbox.length);
    listSetIndex(peer.a, E.Inbox, newBytes(joined));
    announce(s);
    return n;
  };
  return waitFor(self, attempt);
}

function dataArg(v: Value): Uint8Array {
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  return b;
}

function shutdown(self: Value, howV: Value): Value {
  const fd = openFd(self);
  const how = asSsizeStrict(howV);
  if (how < 0 || how > 2) throw osError(EINVAL);
  withHub((s) => {
    const ep = endpoint(s, fd);
    if (ep === undefined) throw osError(EBADF);
    const peer = endpoint(s, field(ep, E.Peer));
    if (peer === undefined) throw osError(ENOTCONN);
    let flags = field(ep, E.Flags);
    if (how !== 1) flags |= F.ShutRd;
    if (how !== 0) {
      flags |= F.ShutWr;
      listSetIndex(peer.a, E.Flags, field(peer, E.Flags) | F.PeerShutWr);
    }
    listSetIndex(ep.a, E.Flags, flags);
    announce(s);
  });
  return null;
}

function getsockopt(self: Value, levelV: Value, optV: Value, buflen: Value): Value {
  openFd(self);
  const level = asSsizeStrict(levelV);
  const opt = asSsizeStrict(optV);
  if (buflen !== null) notNetwork('getsockopt(level, option, buflen)');
  if (level === SOL_SOCKET) {
    if (opt === SO_ERROR) return 0;
    if (opt === SO_TYPE) return slotNum(self, S.Type);
    if (opt === SO_DOMAIN) return slotNum(self, S.Family);
    if (opt === SO_PROTOCOL) return slotNum(self, S.Proto);
  }
  raise('NotImplementedError', `socket.getsockopt(${level}, ${opt}): ftpy keeps no socket options yet`);
}

function setTimeoutValue(self: Value, t: Value): void {
  if (t === null) {
    setNum(self, S.Timeout, -1);
    return;
  }
  const v = seconds(t);
  if (v < 0) raise('ValueError', 'Timeout value out of range');
  setNum(self, S.Timeout, v);
}

function timeoutValue(self: Value): Value {
  const t = decode(getSlot((self as Ref).a, S.Timeout));
  const v = t instanceof PyFloat ? t.v : (t as number);
  return v < 0 ? null : Number.isInteger(v) ? new PyFloat(v) : v;
}

export const socketType = defineBuiltinType({
  name: 'socket',
  module: '_socket',
  flags: TypeFlag.BaseType,
  instanceSlots: S.Count,
  doc: 'socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object',
  methods: {
    __new__: {
      sig: '__new__(type, /, *args, **kwargs)', kind: 'staticmethod',
      fn: fn((type: Value) => {
        const base = TYPE_ADDR[socketType.index]!;
        const t = checkNewType(type, base);
        const r = new Ref(allocObj(t, t === base ? S.Count : instanceSlotsOf(t), 0));
        setNum(r, S.Fd, -1);
        setNum(r, S.Family, AF_INET);
        setNum(r, S.Type, SOCK_STREAM);
        setNum(r, S.Proto, 0);
        setNum(r, S.Timeout, -1);
        return r;
      }),
    },
    __init__: { sig: '__init__($self, /, family=-1, type=-1, proto=-1, fileno=None)', fn: fn(sockInit) },
    fileno: { sig: 'fileno($self, /)', fn: fn((self: Value) => sockFd(self)) },
    detach: {
      sig: 'detach($self, /)',
      fn: fn((self: Value) => {
        const fd = sockFd(self);
        setNum(self, S.Fd, -1);
        return fd;
      }),
    },
    close: { sig: 'close($self, /)', fn: fn(sockClose) },
    recv: {
      sig: 'recv($self, bufsize, flags=0, /)',
      fn: fn((self: Value, n: Value, flags: Value) => newBytes(recvBytes(self, asSsizeStrict(n), asSsizeStrict(flags)))),
    },
    recv_into: {
      sig: 'recv_into($self, /, buffer, nbytes=0, flags=0)',
      fn: fn((self: Value, buf: Value, nbytes: Value, flags: Value) => {
        const view = getBuffer(buf, true);
        if (view === null) raise('TypeError', `recv_into() argument 'buffer' must be read-write bytes-like object, not ${typeNameOf(buf)}`);
        try {
          let n = asSsizeStrict(nbytes);
          if (n < 0) raise('ValueError', 'negative buffersize in recv_into');
          const size = viewBytes(view);
          if (n === 0) n = size;
          if (n > size) raise('ValueError', 'buffer too small for requested bytes');
          const d = recvBytes(self, n, asSsizeStrict(flags));
          U8.set(d, view.addr);
          return d.length;
        } finally {
          view.release();
        }
      }),
    },
    send: {
      sig: 'send($self, data, flags=0, /)',
      fn: fn((self: Value, data: Value, flags: Value) => sendBytes(self, dataArg(data), asSsizeStrict(flags))),
    },
    sendall: {
      sig: 'sendall($self, data, flags=0, /)',
      fn: fn((self: Value, data: Value, flags: Value) => {
        const f = asSsizeStrict(flags);
        // The export lasts for the whole call, as in CPython (the object cannot be resized meanwhile).
        const view = getBuffer(data);
        if (view === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
        try {
          let d = isContiguous(view) ? U8.subarray(view.addr, view.addr + viewBytes(view)) : viewToBytes(view);
          while (d.length > 0) d = d.subarray(sendBytes(self, d, f));
        } finally {
          view.release();
        }
        return null;
      }),
    },
    shutdown: { sig: 'shutdown($self, how, /)', fn: fn(shutdown) },
    setblocking: {
      sig: 'setblocking($self, flag, /)',
      fn: fn((self: Value, flag: Value) => (setNum(self, S.Timeout, flag === false || flag === 0 ? 0 : -1), null)),
    },
    getblocking: { sig: 'getblocking($self, /)', fn: fn((self: Value) => timeoutMs(self) !== 0) },
    settimeout: { sig: 'settimeout($self, value, /)', fn: fn((self: Value, t: Value) => (setTimeoutValue(self, t), null)) },
    gettimeout: { sig: 'gettimeout($self, /)', fn: fn(timeoutValue) },
    getsockname: {
      sig: 'getsockname($self, /)',
      fn: fn((self: Value) => (openFd(self), slotNum(self, S.Family) === AF_UNIX ? '' : notNetwork('getsockname'))),
    },
    getpeername: {
      sig: 'getpeername($self, /)',
      fn: fn((self: Value) => {
        const fd = openFd(self);
        const peer = withHub((s) => field(endpoint(s, fd)!, E.Peer));
        if (peer < 0) throw osError(ENOTCONN);
        return slotNum(self, S.Family) === AF_UNIX ? '' : notNetwork('getpeername');
      }),
    },
    getsockopt: { sig: 'getsockopt($self, level, option, buflen=None, /)', fn: fn(getsockopt) },
    setsockopt: { sig: 'setsockopt($self, level, option, value, optlen=None, /)', fn: fn(() => notNetwork('setsockopt')) },
    bind: { sig: 'bind($self, address, /)', fn: fn(() => notNetwork('bind')) },
    listen: { sig: 'listen($self, backlog=128, /)', fn: fn(() => notNetwork('listen')) },
    _accept: { sig: '_accept($self, /)', fn: fn(() => notNetwork('accept')) },
    connect: { sig: 'connect($self, address, /)', fn: fn(() => notNetwork('connect')) },
    connect_ex: { sig: 'connect_ex($self, address, /)', fn: fn(() => notNetwork('connect_ex')) },
    sendto: { sig: 'sendto($self, data, flags_or_addr, addr=None, /)', fn: fn(() => notNetwork('sendto')) },
    recvfrom: { sig: 'recvfrom($self, bufsize, flags=0, /)', fn: fn(() => notNetwork('recvfrom')) },
    recvfrom_into: { sig: 'recvfrom_into($self, /, buffer, nbytes=0, flags=0)', fn: fn(() => notNetwork('recvfrom_into')) },
    __repr__: {
      sig: '__repr__($self, /)',
      fn: fn((self: Value) => `<socket object, fd=${sockFd(self)}, family=${slotNum(self, S.Family)}, type=${slotNum(self, S.Type)}, proto=${slotNum(self, S.Proto)}>`),
    },
  },
  getsets: {
    family: { get: fn((self: Value) => slotNum(self, S.Family)) },
    type: { get: fn((self: Value) => slotNum(self, S.Type)) },
    proto: { get: fn((self: Value) => slotNum(self, S.Proto)) },
    timeout: { get: fn(timeoutValue) },
  },
});

// ---- module functions ------------------------------------------------------------------------------

function socketpair(familyV: Value, typeV: Value, protoV: Value): Value {
  const family = familyV === null ? AF_UNIX : asSsizeStrict(familyV);
  const type = asSsizeStrict(typeV);
  const proto = asSsizeStrict(protoV);
  if (family !== AF_UNIX) notNetwork(`socketpair(family=${family})`);
  const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (base !== SOCK_STREAM) raise('NotImplementedError', 'socket.socketpair(): ftpy makes SOCK_STREAM pairs only');
  const [a, b] = withHub((s) => {
    const x = newEndpoint(s, family, base, proto);
    const y = newEndpoint(s, family, base, proto);
    listSetIndex((endpoint(s, x)!).a, E.Peer, y);
    listSetIndex((endpoint(s, y)!).a, E.Peer, x);
    return [x, y];
  });
  const T = new Ref(TYPE_ADDR[socketType.index]!);
  const make = (fd: number): Ref => {
    const r = new Ref(allocObj(T.a, S.Count, 0));
    setNum(r, S.Fd, fd);
    setNum(r, S.Family, family);
    setNum(r, S.Type, base);
    setNum(r, S.Proto, proto);
    setNum(r, S.Timeout, type & SOCK_NONBLOCK ? 0 : defaultTimeout);
    return r;
  };
  return newTuple([make(a), make(b)]);
}

function u16(v: Value, name: string): number {
  const n = asSsizeStrict(v);
  if (n < 0) raise('OverflowError', `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (n > 0xffff) raise('OverflowError', `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return n;
}

function u32(v: Value): number {
  const n = asSsizeStrict(v);
  if (n < 0) raise('OverflowError', "can't convert negative value to unsigned int");
  if (n > 0xffffffff) raise('OverflowError', 'int larger than 32 bits');
  return n;
}

const swap16 = (n: number): number => ((n & 0xff) << 8) | (n >> 8);
const swap32 = (n: number): number => (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;

function inetAton(v: Value): Value {
  if (typeof v !== 'string') raise('TypeError', `inet_aton() argument 1 must be str, not ${typeNameOf(v)}`);
  // inet_aton accepts 1 to 4 parts in decimal, octal or hex; the last part fills the remaining bytes.
  const parts = v.split('.');
  const nums: number[] = [];
  for (const p of parts) {
    if (!/^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$/.test(p)) nums.length = 5;
    else nums.push(p.length > 1 && p[0] === '0' && (p[1] === 'x' || p[1] === 'X') ? parseInt(p.slice(2) || '0', 16) : p[0] === '0' ? parseInt(p, 8) : Number(p));
    if (nums.length > 4) break;
  }
  if (nums.length === 0 || nums.length > 4) raise('OSError', 'illegal IP address string passed to inet_aton');
  const lastMax = [0, 0xffffffff, 0xffffff, 0xffff, 0xff][nums.length]!;
  if (nums.slice(0, -1).some((n) => n > 0xff) || nums[nums.length - 1]! > lastMax) {
    raise('OSError', 'illegal IP address string passed to inet_aton');
  }
  let value = 0;
  for (let i = 0; i < nums.length - 1; i++) value = value * 256 + nums[i]!;
  value = value * (lastMax + 1) + nums[nums.length - 1]!;
  return newBytes([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

function inetNtoa(v: Value): Value {
  const b = bufferBytes(v);
  if (b === null) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(v)}'`);
  if (b.length !== 4) raise('OSError', 'packed IP wrong length for inet_ntoa');
  return Array.from(b).join('.');
}

defineModule({
  name: '_socket',
  doc: 'Implementation module for socket operations.\n\nSee the socket module for documentation.',
  functions: {
    socketpair: { sig: 'socketpair($module, family=None, type=SOCK_STREAM, proto=0, /)', fn: fn(socketpair) },
    close: {
      sig: 'close($module, fd, /)',
      fn: fn((fdV: Value) => {
        const fd = asSsizeStrict(fdV);
        if (fd < FIRST_FD) notNetwork('close() of a descriptor it did not make');
        closeSocketFd(fd);
        return null;
      }),
    },
    dup: { sig: 'dup($module, fd, /)', fn: fn(() => notNetwork('dup')) },
    getdefaulttimeout: {
      sig: 'getdefaulttimeout($module, /)',
      fn: fn(() => (defaultTimeout < 0 ? null : Number.isInteger(defaultTimeout) ? new PyFloat(defaultTimeout) : defaultTimeout)),
    },
    setdefaulttimeout: {
      sig: 'setdefaulttimeout($module, timeout, /)',
      fn: fn((t: Value) => {
        if (t === null) defaultTimeout = -1;
        else {
          const v = seconds(t);
          if (v < 0) raise('ValueError', 'Timeout value out of range');
          defaultTimeout = v;
        }
        return null;
      }),
    },
    gethostname: { sig: 'gethostname($module, /)', fn: fn(() => nodeBuiltin('node:os').hostname()) },
    htons: { sig: 'htons($module, x, /)', fn: fn((x: Value) => swap16(u16(x, 'htons'))) },
    ntohs: { sig: 'ntohs($module, x, /)', fn: fn((x: Value) => swap16(u16(x, 'ntohs'))) },
    htonl: { sig: 'htonl($module, x, /)', fn: fn((x: Value) => swap32(u32(x))) },
    ntohl: { sig: 'ntohl($module, x, /)', fn: fn((x: Value) => swap32(u32(x))) },
    inet_aton: { sig: 'inet_aton($module, ip_addr, /)', fn: fn(inetAton) },
    inet_ntoa: { sig: 'inet_ntoa($module, packed_ip, /)', fn: fn(inetNtoa) },
    getaddrinfo: { sig: 'getaddrinfo($module, host, port, family=0, type=0, proto=0, flags=0)', fn: fn(() => notNetwork('getaddrinfo')) },
    getnameinfo: { sig: 'getnameinfo($module, sockaddr, flags, /)', fn: fn(() => notNetwork('getnameinfo')) },
    gethostbyname: { sig: 'gethostbyname($module, hostname, /)', fn: fn(() => notNetwork('gethostbyname')) },
    gethostbyname_ex: { sig: 'gethostbyname_ex($module, hostname, /)', fn: fn(() => notNetwork('gethostbyname_ex')) },
    gethostbyaddr: { sig: 'gethostbyaddr($module, ip_address, /)', fn: fn(() => notNetwork('gethostbyaddr')) },
    getservbyname: { sig: 'getservbyname($module, servicename, protocolname=None, /)', fn: fn(() => notNetwork('getservbyname')) },
    getservbyport: { sig: 'getservbyport($module, port, protocolname=None, /)', fn: fn(() => notNetwork('getservbyport')) },
    getprotobyname: { sig: 'getprotobyname($module, protocolname, /)', fn: fn(() => notNetwork('getprotobyname')) },
    inet_pton: { sig: 'inet_pton($module, address_family, ip_string, /)', fn: fn(() => notNetwork('inet_pton')) },
    inet_ntop: { sig: 'inet_ntop($module, address_family, packed_ip, /)', fn: fn(() => notNetwork('inet_ntop')) },
  },
  init(dict) {
    for (const [k, v] of Object.entries(CONSTANTS)) dictSet(dict, k, v);
    const sock = new Ref(TYPE_ADDR[socketType.index]!);
    dictSet(dict, 'socket', sock);
    dictSet(dict, 'SocketType', sock);
    dictSet(dict, 'has_ipv6', true);
    dictSet(dict, 'error', new Ref(builtinTypeAddr('OSError')));
    dictSet(dict, 'timeout', new Ref(builtinTypeAddr('TimeoutError')));
    dictSet(dict, 'herror', newExceptionType('socket', 'herror', ['OSError']));
    dictSet(dict, 'gaierror', newExceptionType('socket', 'gaierror', ['OSError']));
    const state = interpreterState();
    if (dictGet(state, STATE_KEY) === undefined) {
      hubType ||= builtinTypeAddr('object');
      const hub = allocObj(hubType, 0, 12);
      const base = rawBase(hub);
      storeWord(base + 8, FIRST_FD);
      dictSet(state, STATE_KEY, newTuple([new Ref(hub), new Ref(newDict())]));
    }
  },
});
