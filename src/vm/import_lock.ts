// Per-module import locks, so that two threads importing one module run its code once and the second
// never sees it half initialised. CPython: Lib/importlib/_bootstrap.py (_ModuleLock, _ModuleLockManager,
// _find_and_load, _lock_unlock_module): a lock per module name while it is being imported; a thread
// that imports a module another thread is initialising waits for it; a circular import within one
// thread gets the partial module; a wait that would deadlock (threads waiting on each other's modules,
// a circular import across threads) is skipped and the partial module returned, as CPython does.
// The locks live in the interpreter-wide state dict (runtime.interpreterState), shared by all threads:
// 'import.locks' maps a module name to its lock object while someone imports it, 'import.waiting' maps
// a thread (heap thread index + 1) to the lock it waits on, for the deadlock check.

import { tryLock, lockWithTimeout, unlock, loadWord, storeWord, threadIndex } from '../heap/index.js';
import { Ref, rawBase, type Value } from '../objects/value.js';
import { defineBuiltinType, TYPE_ADDR } from '../objects/registry.js';
import { allocObj } from '../objects/alloc.js';
import { dictGet, dictSetDefault, dictSet, dictDel, dictSize, newDict } from '../objects/dict.js';

/** Raw words: [lock word, owner (heap thread index + 1, 0 none)]. */
const moduleLockType = defineBuiltinType({ name: '_imp._ModuleLock', module: '_imp', internal: true });
const OWNER = 4;

/** runtime.interpreterState, installed by the runtime (importing it here would reorder module start-up). */
let interpreterState: () => number = () => {
  throw new Error('import locks used before the runtime started');
};
export function setInterpreterStateGetter(f: () => number): void {
  interpreterState = f;
}

function stateDict(key: string): number {
  const st = interpreterState();
  let d = dictGet(st, key);
  if (d === undefined) d = dictSetDefault(st, key, new Ref(newDict()));
  return (d as Ref).a;
}

function me(): number {
  return threadIndex + 1;
}

function ownerOf(lk: Ref): number {
  return loadWord(rawBase(lk.a) + OWNER);
}

/** True while a thread other than this one is importing `name` (the fast check for cached modules). */
export function importedElsewhere(name: string): boolean {
  const locks = stateDict('import.locks');
  if (dictSize(locks) === 0) return false;
  const lk = dictGet(locks, name);
  return lk instanceof Ref && ownerOf(lk) !== 0 && ownerOf(lk) !== me();
}

/** Would waiting for `lk` close a cycle of threads waiting for each other (_ModuleLock.has_deadlock)? */
function wouldDeadlock(lk: Ref): boolean {
  const waiting = stateDict('import.waiting');
  const seen = new Set<number>();
  let owner = ownerOf(lk);
  while (owner !== 0 && !seen.has(owner)) {
    if (owner === me()) return true;
    seen.add(owner);
    const next = dictGet(waiting, owner);
    if (!(next instanceof Ref)) return false;
    owner = ownerOf(next);
  }
  return false;
}

/**
 * Imports `name` under its module lock: `cached()` gives sys.modules[name] (undefined if absent),
 * `load()` imports it. Another thread's import of the same name is waited for, then its module used.
 */
export function withModuleLock(name: string, cached: () => Value | undefined, load: () => Ref): Ref {
  const locks = stateDict('import.locks');
  for (;;) {
    const fresh = new Ref(allocObj(TYPE_ADDR[moduleLockType.index]!, 0, 8));
    const lk = dictSetDefault(locks, name, fresh) as Ref;
    if (ownerOf(lk) === me()) {
      // This thread is importing `name` already: a circular import sees the partial module.
      const m = cached();
      if (m instanceof Ref) return m;
      return load();
    }
    if (!tryLock(lk.a, rawBase(lk.a) - lk.a)) {
      if (wouldDeadlock(lk)) {
        const m = cached();
        if (m instanceof Ref) return m;
      }
      const waiting = stateDict('import.waiting');
      dictSet(waiting, me(), lk);
      try {
        lockWithTimeout(lk.a, rawBase(lk.a) - lk.a, -1);
      } finally {
        dictDel(waiting, me());
      }
    }
    storeWord(rawBase(lk.a) + OWNER, me());
    let stale = false;
    try {
      // The lock was retired (its import finished) while this thread waited: start again.
      const current = dictGet(locks, name);
      if (!(current instanceof Ref) || current.a !== lk.a) {
        stale = true;
      } else {
        const m = cached();
        if (m instanceof Ref) return m;
        return load();
      }
    } finally {
      storeWord(rawBase(lk.a) + OWNER, 0);
      if (!stale) dictDel(locks, name);
      unlock(lk.a, rawBase(lk.a) - lk.a);
    }
  }
}
