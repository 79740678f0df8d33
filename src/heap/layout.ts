// Where everything lives in the shared heap: the control page's words (each hot word on its own
// 64-byte line), the per-thread records, the block table and the size classes. Pure data, no code
// that touches memory; every other heap module indexes the views with these constants.

/** Bytes per block: the unit the block allocator hands out, and the span of one size-class block. */
export const BLOCK_SIZE = 32768;
export const BLOCK_SHIFT = 15;
/** int32 words per 64-byte cache line: hot words are placed `LINE` words apart. */
export const LINE = 16;

/** Object header flags (high 8 bits of word 1). The object layer owns bits 27..31. */
export const NSLOTS_MASK = 0x00ffffff;
export const FLAG_FINALIZER = 1 << 24;
export const FLAG_WEAKREFD = 1 << 25;
/** Heap-owned: the finalizer was already queued once (PEP 442: run at most once per object). */
export const FLAG_FINALIZED = 1 << 26;

export const HEAP_MAGIC = 0x66747079; // 'ftpy'
export const HEAP_VERSION = 1;

// ---- control page (I32 indices; the page is the first 4 KiB of the heap) ----
// line 0: geometry and configuration, written once by createHeap
export const W_MAGIC = 0;
export const W_VERSION = 1;
export const W_HEAP_BYTES = 2;
export const W_MAX_THREADS = 3;
export const W_THREADS_BASE = 4; // byte address of the thread records
export const W_BTABLE_BASE = 5; // byte address of the block table
export const W_BITMAP_BASE = 6; // byte address of the mark bitmap
export const W_DATA_BLOCK = 7; // index of the first data block
export const W_MIN_GC_BYTES = 8; // collection threshold floor
export const W_GROWTH_PCT = 9; // threshold = live * growth / 100
export const W_DEBUG = 10; // DEBUG_* bits
export const W_MULTI_THREADED = 11; // 0 until a second thread may exist (lock.ts, enterCritical)
/** Read with a plain load on loop back-edges and calls; non-zero means "call pollSafepoint()". */
export const SAFEPOINT_FLAG_INDEX = 1 * LINE;
// line 2: collection state
export const W_GC_STATE = 2 * LINE; // GC_IDLE / GC_REQUESTED / GC_ACTIVE
export const W_GC_EPOCH = 2 * LINE + 1; // incremented when a coordinator starts a collection
export const W_GC_PHASE = 2 * LINE + 2; // epoch << 2 | PHASE_*; participants wait on this word
export const W_GC_NPART = 2 * LINE + 3; // threads taking part in the current collection
export const W_GC_COORD = 2 * LINE + 4; // thread index of the coordinator
export const W_THREADS_USED = 2 * LINE + 7; // 1 + highest record index ever registered
export const W_GC_PARALLEL = 2 * LINE + 5; // this collection marks and sweeps in parallel (else serially)
export const W_PARALLEL_MIN_KB = 2 * LINE + 6; // live size from which collections go parallel
// line 3: arrivals (threads reaching a safepoint or blocking notify the coordinator here)
export const W_ARRIVALS = 3 * LINE;
// line 13: serial marking: threads take turns with the token, then count themselves done
export const W_MARK_TOKEN = 13 * LINE;
export const W_MARKED = 13 * LINE + 1;
// line 4: mark work sharing
export const W_WORK_LOCK = 4 * LINE;
export const W_WORK_N = 4 * LINE + 1;
export const W_WORK_BUF = 4 * LINE + 2; // byte address of the shared work buffer (a META block)
export const W_IDLE = 4 * LINE + 3;
export const W_WORK_SIGNAL = 4 * LINE + 4;
// line 5: parallel sweep
export const W_SWEEP_CURSOR = 5 * LINE;
export const W_SWEEP_DONE = 5 * LINE + 1;
export const W_SWEEP_FREED = 5 * LINE + 2; // objects freed
export const W_SWEEP_LIVE_KB = 5 * LINE + 3; // live bytes / 1024 (int32 range for 2 GiB)
export const W_SWEEP_END = 5 * LINE + 4; // block index where sweeping stops (the high water)
export const W_SWEEP_EXACT = 5 * LINE + 5; // count every freed object (collect())
// line 6: block allocator (all under W_BLOCK_LOCK)
export const W_BLOCK_LOCK = 6 * LINE;
export const W_FREE_HEAD = 6 * LINE + 1; // doubly linked list of FREE blocks below the high water
export const W_HIGH_WATER = 6 * LINE + 2; // blocks at or above it were never touched
export const W_FREE_COUNT = 6 * LINE + 3;
export const W_PERM_CUR = 6 * LINE + 4; // bump region for permanent objects
export const W_PERM_END = 6 * LINE + 5;
export const W_ROOT_CHUNK = 6 * LINE + 6; // permanent object whose slots are global roots
export const W_ROOT_NEXT = 6 * LINE + 7; // next unused slot index in it
export const W_PERM_VEC = 6 * LINE + 8; // vector (3 words) of permanent object addresses
// line 7: allocation accounting (atomic adds from refills)
export const W_ALLOC_BYTES = 7 * LINE; // bytes handed to allocation buffers since the last collection
export const W_THRESHOLD = 7 * LINE + 1;
export const W_LIVE_BYTES = 7 * LINE + 2; // after the last collection
// line 8: finalizer / weakref registries and pending queues (under W_REG_LOCK)
export const W_REG_LOCK = 8 * LINE;
export const W_FIN_VEC = 8 * LINE + 1; // 3 words: objects with FLAG_FINALIZER
export const W_WEAK_VEC = 8 * LINE + 4; // 3 words: pairs (weakref, offset | WEAK_CALLBACK)
export const W_PENDING_FIN = 8 * LINE + 7; // 3 words + head at +3
export const W_PENDING_WEAK = 8 * LINE + 11; // 3 words + head at +3
// line 9..10: statistics
export const W_STAT_COLLECTIONS = 9 * LINE; // completed collections (bumped before the restart)
export const W_STAT_LAST_PAUSE_US = 9 * LINE + 1;
export const W_STAT_MAX_PAUSE_US = 9 * LINE + 2;
export const W_STAT_FREED_TOTAL = 9 * LINE + 3; // wraps; informational
export const W_STAT_VERIFY_RUNS = 9 * LINE + 4;
export const W_STAT_VERIFY_ERRORS = 9 * LINE + 5;
export const W_STAT_META_FAILS = 9 * LINE + 6; // queue growth that failed inside a collection
export const W_STAT_EMERGENCY = 9 * LINE + 7;
export const W_STAT_LAST_STOP_US = 9 * LINE + 8; // request -> all threads stopped
// line 10: type version tags (nextVersionTag), on its own line because it is bumped from any thread
export const W_VERSION_TAG = 10 * LINE;
// lines 14..16: per-class heads of the recyclable block lists (block index, -1 = empty)
export const W_RECYCLE_HEADS = 14 * LINE;
export const CONTROL_WORDS = 1024; // the control page is 4 KiB

export const GC_IDLE = 0;
export const GC_REQUESTED = 1;
export const GC_ACTIVE = 2;
export const PHASE_STOP = 0;
export const PHASE_MARK = 1;
export const PHASE_SWEEP = 2;
export const PHASE_DONE = 3;

export const DEBUG_VERIFY = 1; // run the heap verifier inside every collection
export const DEBUG_POISON = 2; // fill freed cells with POISON (catches use after free)
export const POISON = 0x5eadbeef | 0; // odd: reads as a small int, never as an address

// ---- thread records: 64 bytes each ----
export const MAX_THREADS = 256;
export const THREAD_RECORD_WORDS = 16;
export const T_STATE = 0; // TS_* or (epoch << 2 | TS_SAFEPOINT)
export const T_ROOTS = 1; // 3 words: vector of roots published by enterBlocking
export const T_PINNED = 4; // one extra root (object whose finalizer/callback is running)
export const T_PARK = 5; // private word for sleep()
export const T_SERIAL = 6; // registration count of this record (debugging)
export const T_BLOCK_SEEN = 7; // completed collections when the thread blocked
export const TS_FREE = 0;
export const TS_RUNNING = 1;
export const TS_BLOCKED = 2;
export const TS_SAFEPOINT = 3; // low 2 bits; the epoch is in the high bits

// ---- block table: 4 words per block ----
export const BT_WORDS = 4;
export const BT_STATE = 0; // kind | class << 8 | BT_DIRTY
export const BT_INFO = 1; // SMALL: live cells after the last sweep; LARGE/PERM/META head: run length
export const BT_NEXT = 2; // free list / recyclable list links (block index, -1 = none)
export const BT_PREV = 3;
export const BT_DIRTY = 1 << 16; // the block was used: zero it before reuse
export const BK_FREE = 0;
export const BK_SMALL = 1;
export const BK_LARGE = 2;
export const BK_TAIL = 3; // continuation of a LARGE, PERM or META run
export const BK_PERM = 4;
export const BK_META = 5;
export const BK_RESERVED = 6; // the metadata area below the first data block
export const BK_DEAD_LARGE = 7; // transient: a large object the sweep found dead

// ---- size classes: 8-byte steps to 128, then about four per doubling; the largest classes are
// BLOCK_SIZE / n rounded down to 8, so a block wastes little. Objects above MAX_SMALL get their own run.
export const CLASS_SIZES: readonly number[] = [
  16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128,
  160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896,
  1024, 1168, 1360, 1560, 1816, 2048, 2336, 2728, 3272, 3640, 4096, 4680, 5456, 6552, 8192, 10920, 16384,
];
export const NCLASSES = CLASS_SIZES.length;
export const MAX_SMALL = 16384;
/** A swept block goes back to its class's recyclable list only with at least this share free. */
export const RECYCLE_MIN_FREE_DIV = 8;

/** Capacity (int32 entries) of the shared mark work buffer. */
export const WORK_CAPACITY = BLOCK_SIZE / 4;
export const WEAK_CALLBACK = 1 << 31;
