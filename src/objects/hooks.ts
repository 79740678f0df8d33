// Late-bound entry points into the object protocol (hash, rich comparison, repr, calls,
// exceptions). Containers need them (a dict lookup may call a key's __eq__), but the protocol
// lives above the containers; the runtime installs the implementations at startup.

import type { Value } from './value.js';

export interface ProtocolHooks {
  /** Python hash(v), truncated to a signed 32-bit int (dicts and sets store 32-bit hashes). */
  hash32(v: Value): number;
  /** v == w, Python semantics (may call __eq__). */
  eq(v: Value, w: Value): boolean;
  repr(v: Value): string;
  /** Raise a Python exception of builtin class `name` with message `msg` (never returns). */
  raise(name: string, msg: string): never;
  call(f: Value, args: Value[]): Value;
  /** getattr(v, name), or undefined when it has no such attribute. */
  getattr(v: Value, name: string): Value | undefined;
}

export const H: ProtocolHooks = {
  hash32: () => { throw new Error('hooks not installed'); },
  eq: () => { throw new Error('hooks not installed'); },
  repr: () => { throw new Error('hooks not installed'); },
  raise: (name, msg) => { throw new Error(`${name}: ${msg}`); },
  call: () => { throw new Error('hooks not installed'); },
  getattr: () => { throw new Error('hooks not installed'); },
};

export function installHooks(h: ProtocolHooks): void {
  Object.assign(H, h);
}
