// Internal mutexes on heap words (block allocator, registries, mark work buffer): a futex-style
// three-state lock. Holders never reach a safepoint or block while holding one, so waiters need not
// poll: the holder always finishes its short critical section and releases.
//
// Word states: 0 free, 1 locked, 2 locked and someone may be waiting (Drepper, "Futexes Are Tricky",
// mutex #3). Unlock notifies only in state 2, so the uncontended path is one CAS + one exchange.

import { I32 } from './memory.js';

/** Spins before parking; FACTS: a wake costs ~2.5 us, a contended CAS ~35 ns. */
export const SPIN_LIMIT = 100;

export function rawLock(i: number): void {
  if (Atomics.compareExchange(I32, i, 0, 1) !== 0) rawLockSlow(i);
}

function rawLockSlow(i: number): void {
  for (let n = 0; n < SPIN_LIMIT; n++) {
    if (I32[i] === 0 && Atomics.compareExchange(I32, i, 0, 1) === 0) return;
  }
  let c = Atomics.exchange(I32, i, 2);
  while (c !== 0) {
    Atomics.wait(I32, i, 2);
    c = Atomics.exchange(I32, i, 2);
  }
}

export function rawUnlock(i: number): void {
  if (Atomics.exchange(I32, i, 0) === 2) Atomics.notify(I32, i, 1);
}
