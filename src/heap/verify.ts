// The heap verifier: walks every block and checks that each allocated object's type word and slots
// point at allocated objects, that mark bits are clear outside a collection, and that the block
// lists agree with the block table. Runs inside every collection with DEBUG_VERIFY, or on demand
// when the world is quiet (a single thread, or all others blocked).

import {
  BK_FREE, BK_LARGE, BK_META, BK_PERM, BK_RESERVED, BK_SMALL, BK_TAIL, BLOCK_SHIFT, BT_INFO, BT_NEXT,
  BT_STATE, BT_WORDS, CLASS_SIZES, NCLASSES, NSLOTS_MASK, W_FREE_COUNT, W_FREE_HEAD, W_HIGH_WATER, W_PERM_VEC,
  W_RECYCLE_HEADS,
} from './layout.js';
import { I32, bitmapWord, blockCount, btWord, dataBlock } from './memory.js';
import { CLASS_CELLS } from './blocks.js';
import { vecBase, vecLength } from './vec.js';

export interface VerifyResult {
  objects: number;
  errors: string[];
  /** Total number of errors (errors[] keeps the first 20). */
  errorCount: number;
}

/** `checkMarks`: mark bits of non-permanent objects must be clear (true outside a collection). */
export function verifyHeap(checkMarks = true): VerifyResult {
  const res: VerifyResult = { objects: 0, errors: [], errorCount: 0 };
  const fail = (msg: string): void => {
    if (res.errors.length < 20) res.errors.push(msg);
    res.errorCount++;
  };
  const perm = new Set<number>();
  const pv = vecBase(W_PERM_VEC);
  for (let i = 0, n = vecLength(W_PERM_VEC); i < n; i++) perm.add(I32[pv + i]);
  const hw = I32[W_HIGH_WATER];

  const isObject = (a: number): boolean => {
    if ((a & 7) !== 0 || a <= 0) return false;
    const b = a >>> BLOCK_SHIFT;
    if (b < dataBlock || b >= hw) return false;
    const st = I32[btWord + b * BT_WORDS + BT_STATE];
    const kind = st & 0xff;
    const off = a - (b << BLOCK_SHIFT);
    if (kind === BK_SMALL) {
      const c = (st >>> 8) & 0xff;
      const size = CLASS_SIZES[c];
      return off % size === 0 && off / size < CLASS_CELLS[c] && I32[a >> 2] !== 0;
    }
    if (kind === BK_LARGE) return off === 0 && I32[a >> 2] !== 0;
    return perm.has(a);
  };
  const marked = (a: number): boolean => (I32[bitmapWord + (a >>> 8)] & (1 << ((a >>> 3) & 31))) !== 0;
  const checkObject = (a: number, permanent: boolean): void => {
    res.objects++;
    const i = a >> 2;
    const t = I32[i];
    if (!isObject(t)) fail(`object ${a}: type ${t} is not an object`);
    const n = I32[i + 1] & NSLOTS_MASK;
    for (let s = 0; s < n; s++) {
      const v = I32[i + 2 + s];
      if (v !== 0 && (v & 1) === 0 && !isObject(v)) fail(`object ${a} slot ${s}: ${v} is not an object`);
    }
    if (checkMarks && !permanent && marked(a)) fail(`object ${a}: mark bit set outside a collection`);
    if (permanent && !marked(a)) fail(`permanent object ${a}: mark bit clear`);
  };

  let freeBlocks = 0;
  for (let b = dataBlock; b < hw; b++) {
    const st = I32[btWord + b * BT_WORDS + BT_STATE];
    const kind = st & 0xff;
    const base = b << BLOCK_SHIFT;
    if (kind === BK_SMALL) {
      const c = (st >>> 8) & 0xff;
      if (c >= NCLASSES) fail(`block ${b}: bad class ${c}`);
      const size = CLASS_SIZES[c];
      for (let k = 0, a = base; k < CLASS_CELLS[c]; k++, a += size) if (I32[a >> 2] !== 0) checkObject(a, false);
    } else if (kind === BK_LARGE) {
      const n = I32[btWord + b * BT_WORDS + BT_INFO];
      for (let j = 1; j < n; j++) {
        if ((I32[btWord + (b + j) * BT_WORDS + BT_STATE] & 0xff) !== BK_TAIL) fail(`large run at ${b}: block ${b + j} not a tail`);
      }
      if (I32[base >> 2] !== 0) checkObject(base, false);
    } else if (kind === BK_FREE) {
      freeBlocks++;
    } else if (kind !== BK_PERM && kind !== BK_META && kind !== BK_TAIL) {
      fail(`block ${b}: unexpected state ${st}`);
    }
  }
  for (const a of perm) checkObject(a, true);
  for (let b = 0; b < dataBlock; b++) {
    if ((I32[btWord + b * BT_WORDS + BT_STATE] & 0xff) !== BK_RESERVED) fail(`block ${b}: metadata block not reserved`);
  }
  for (let b = hw; b < blockCount; b++) {
    if (I32[btWord + b * BT_WORDS + BT_STATE] !== 0) fail(`block ${b}: above the high water but not clean and free`);
  }

  let listed = 0;
  for (let b = I32[W_FREE_HEAD]; b >= 0; b = I32[btWord + b * BT_WORDS + BT_NEXT]) {
    if ((I32[btWord + b * BT_WORDS + BT_STATE] & 0xff) !== BK_FREE) fail(`free list: block ${b} not free`);
    if (++listed > hw) {
      fail('free list: cycle');
      break;
    }
  }
  if (listed !== freeBlocks || listed !== I32[W_FREE_COUNT]) {
    fail(`free list: ${listed} listed, ${freeBlocks} free blocks, count word ${I32[W_FREE_COUNT]}`);
  }
  for (let c = 0; c < NCLASSES; c++) {
    let n = 0;
    for (let b = I32[W_RECYCLE_HEADS + c]; b >= 0; b = I32[btWord + b * BT_WORDS + BT_NEXT]) {
      const st = I32[btWord + b * BT_WORDS + BT_STATE];
      if ((st & 0xff) !== BK_SMALL || ((st >>> 8) & 0xff) !== c) fail(`recyclable list ${c}: block ${b} has state ${st}`);
      if (++n > hw) {
        fail(`recyclable list ${c}: cycle`);
        break;
      }
    }
  }
  return res;
}
