// The shared heap's public API: the only way the layers above touch SharedArrayBuffer memory,
// allocation, roots, safepoints, collection, finalizers, weakrefs and locks. See docs/ARCHITECTURE.md (The shared heap).

export { I32, U32, U16, U8, F64, createHeap, attachHeap, type HeapOptions } from './memory.js';
export {
  FLAG_FINALIZER, FLAG_WEAKREFD, FLAG_FINALIZED, NSLOTS_MASK, SAFEPOINT_FLAG_INDEX, DEBUG_VERIFY, DEBUG_POISON,
  TS_FREE, TS_RUNNING, TS_BLOCKED, TS_SAFEPOINT,
} from './layout.js';
export {
  alloc, allocPermanent, addGlobalRootSlot, objectSize, requestCollection, HeapExhaustedError,
} from './alloc.js';
export {
  registerThread, unregisterThread, setRootScanner, enterBlocking, leaveBlocking, threadState, threadIndex,
  onCollectionEnd, releaseDeadThread,
  type RootScanner, type MarkFn,
} from './threads.js';
export {
  pollSafepoint, collect, nextVersionTag, heapStats, lastGcInfo, lastVerifyResult, type GcInfo, type HeapStats,
} from './safepoint.js';
export {
  registerFinalizer, registerWeakref, setFinalizerHook, setWeakrefCallbackHook, runPendingFinalizers,
  type ObjectHook,
} from './finalize.js';
export {
  lock, unlock, tryLock, lockWithTimeout, lockTwo, unlockTwo, isLocked, sleep, waitWord, notifyWord,
  enterCritical, exitCritical, enterMultiThreaded,
  loadWord, storeWord, casWord, addWord, exchangeWord, type WaitResult,
} from './lock.js';
export { verifyHeap, type VerifyResult } from './verify.js';
