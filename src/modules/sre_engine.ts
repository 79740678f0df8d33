// The regular expression engine of _sre: a backtracking matcher that runs the opcode program
// Lib/re/_compiler.py makes, over a string given as an Int32Array of code points (or bytes).
// It follows CPython's Modules/_sre/sre_lib.h (SRE(match), SRE(count), SRE(search)) operation for
// operation, so that captures, lastindex and backtracking order are the same. Recursion is an
// explicit stack of contexts (CPython's DO_JUMP), so deep patterns never overflow the JS stack.

import { I32, SAFEPOINT_FLAG_INDEX, pollSafepoint } from '../heap/index.js';
import {
  OP, AT, MAXREPEAT, category, charset, charsetLocIgnore, charLocIgnore, lowerAscii, lowerUni, lowerLocale,
  isWordAscii, isWordUni,
} from './sre_chars.js';

/** A repeat in progress (SRE_REPEAT). */
interface Repeat {
  count: number;
  /** Index of the REPEAT's operands (skip, min, max, item...), -1 for a possessive repeat. */
  pc: number;
  prev: Repeat | null;
  lastPtr: number;
}

/** One level of the match recursion (SRE(match_context)). */
interface Ctx {
  count: number;
  rep: Repeat | null;
  chr: number;
  lastmark: number;
  lastindex: number;
  pc: number;
  ptr: number;
  toplevel: boolean;
  /** Where the parent resumes when this context returns. */
  jump: number;
}

// Pseudo-operations of the dispatch loop, above the real opcodes: entering a context, leaving
// one, the resumption points after a sub-match (CPython's jump labels) and loop heads.
const P_ENTER = 100;
const P_EXIT = 101;
const R_MAX_UNTIL_1 = 102;
const R_MAX_UNTIL_2 = 103;
const R_MAX_UNTIL_3 = 104;
const R_MIN_UNTIL_1 = 105;
const R_MIN_UNTIL_2 = 106;
const R_MIN_UNTIL_3 = 107;
const R_REPEAT = 108;
const R_REPEAT_ONE_1 = 109;
const R_REPEAT_ONE_2 = 110;
const R_MIN_REPEAT_ONE = 111;
const R_BRANCH = 112;
const R_ASSERT = 113;
const R_ASSERT_NOT = 114;
const R_POSS_1 = 115;
const R_POSS_2 = 116;
const R_ATOMIC = 117;
const L_BRANCH = 120;
const L_MAX_UNTIL = 121;
const L_MAX_UNTIL_TAIL = 122;
const L_REPEAT_ONE_LIT = 123;
const L_REPEAT_ONE = 124;
const L_MIN_REPEAT_ONE = 125;
const L_POSS_1 = 126;
const L_POSS_2 = 127;
const L_POSS_END = 128;

/** Raised for a malformed program (CPython: "internal error in regular expression engine"). */
export class SreInternalError extends Error {}

/** SRE_STATE: the subject, the search window and the capture marks of one match attempt. */
export class SreState {
  /** The subject's code points (a buffer reused between matches; only [0, length) is valid). */
  text = new Int32Array(64);
  length = 0;
  /** What `text` holds: a str, or the address of an exact bytes object (0 = neither). */
  srcStr: string | null = null;
  srcBytes = 0;
  /** pos and endpos after clamping; start/end are the current search window. */
  pos = 0;
  endpos = 0;
  start = 0;
  end = 0;
  ptr = 0;
  mark: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  matchAll = false;
  mustAdvance = false;
  private ctxs: Ctx[] = [];
  private ctxTop = 0;
  private data: number[] = [];
  private dataTop = 0;
  private sig = 0;

  /** The buffer, grown to hold n code points (its content is lost when it grows). */
  reserve(n: number): Int32Array {
    if (this.text.length < n) this.text = new Int32Array(Math.max(n, this.text.length * 2));
    return this.text;
  }

  /** state_init's window: clamps pos and endpos to the subject's length. */
  init(n: number, pos: number, endpos: number): void {
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    endpos = endpos < 0 ? 0 : endpos > n ? n : endpos;
    this.length = n;
    this.pos = pos;
    this.endpos = endpos;
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
    this.matchAll = false;
    this.mustAdvance = false;
    this.reset();
  }

  /** state_reset */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.ctxTop = 0;
    this.dataTop = 0;
  }

  private pushCtx(jump: number, toplevel: boolean): Ctx {
    let c = this.ctxs[this.ctxTop];
    if (c === undefined) {
      c = { count: 0, rep: null, chr: 0, lastmark: -1, lastindex: -1, pc: 0, ptr: 0, toplevel: false, jump: 0 };
      this.ctxs.push(c);
    }
    this.ctxTop++;
    c.jump = jump;
    c.toplevel = toplevel;
    c.rep = null;
    return c;
  }

  private markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const d = this.data;
    const m = this.mark;
    let t = this.dataTop;
    for (let i = 0; i <= lastmark; i++) d[t++] = m[i]!;
    this.dataTop = t;
  }

  /** MARK_POP / MARK_POP_KEEP (discard false) */
  private markPop(lastmark: number, discard: boolean): void {
    if (lastmark < 0) return;
    const d = this.data;
    const m = this.mark;
    const base = this.dataTop - (lastmark + 1);
    for (let i = 0; i <= lastmark; i++) m[i] = d[base + i]!;
    if (discard) this.dataTop = base;
  }

  private markDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dataTop -= lastmark + 1;
  }

  /** SRE(at) */
  private at(ptr: number, code: number): boolean {
    const t = this.text;
    const end = this.end;
    switch (code) {
      case AT.BEGINNING: case AT.BEGINNING_STRING: return ptr === 0;
      case AT.BEGINNING_LINE: return ptr === 0 || t[ptr - 1] === 10;
      case AT.END: return (end - ptr === 1 && t[ptr] === 10) || ptr === end;
      case AT.END_LINE: return ptr === end || t[ptr] === 10;
      case AT.END_STRING: return ptr === end;
      case AT.BOUNDARY: case AT.LOC_BOUNDARY: case AT.NON_BOUNDARY: case AT.LOC_NON_BOUNDARY: {
        const that = ptr > 0 && isWordAscii(t[ptr - 1]!);
        const thisp = ptr < end && isWordAscii(t[ptr]!);
        return code === AT.BOUNDARY || code === AT.LOC_BOUNDARY ? thisp !== that : thisp === that;
      }
      case AT.UNI_BOUNDARY: case AT.UNI_NON_BOUNDARY: {
        const that = ptr > 0 && isWordUni(t[ptr - 1]!);
        const thisp = ptr < end && isWordUni(t[ptr]!);
        return code === AT.UNI_BOUNDARY ? thisp !== that : thisp === that;
      }
    }
    return false;
  }

  /** SRE(count): how many times (up to maxcount) the one-character item at code[pc] matches at state.ptr. */
  count(code: Uint32Array, pc: number, maxcount: number): number {
    const t = this.text;
    const start = this.ptr;
    let ptr = start;
    let end = this.end;
    if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
    const chr = code[pc + 1]!;
    switch (code[pc]) {
      case OP.IN:
        while (ptr < end && charset(code, pc + 2, t[ptr]!)) ptr++;
        break;
      case OP.ANY:
        while (ptr < end && t[ptr] !== 10) ptr++;
        break;
      case OP.ANY_ALL:
        ptr = end;
        break;
      case OP.LITERAL:
        while (ptr < end && t[ptr] === chr) ptr++;
        break;
      case OP.LITERAL_IGNORE:
        while (ptr < end && lowerAscii(t[ptr]!) === chr) ptr++;
        break;
      case OP.LITERAL_UNI_IGNORE:
        while (ptr < end && lowerUni(t[ptr]!) === chr) ptr++;
        break;
      case OP.LITERAL_LOC_IGNORE:
        while (ptr < end && charLocIgnore(chr, t[ptr]!)) ptr++;
        break;
      case OP.NOT_LITERAL:
        while (ptr < end && t[ptr] !== chr) ptr++;
        break;
      case OP.NOT_LITERAL_IGNORE:
        while (ptr < end && lowerAscii(t[ptr]!) !== chr) ptr++;
        break;
      case OP.NOT_LITERAL_UNI_IGNORE:
        while (ptr < end && lowerUni(t[ptr]!) !== chr) ptr++;
        break;
      case OP.NOT_LITERAL_LOC_IGNORE:
        while (ptr < end && !charLocIgnore(chr, t[ptr]!)) ptr++;
        break;
      default:
        // Any other single-character item: run it as a sub-program ended by SUCCESS.
        while (this.ptr < end) {
          if (!this.match(code, pc, false)) break;
        }
        return this.ptr - start;
    }
    return ptr - start;
  }

  /** SRE(match): does the program at code[pc0] match at state.ptr? Sets state.ptr to the end. */
  match(code: Uint32Array, pc0: number, toplevel: boolean): boolean {
    const t = this.text;
    const end = this.end;
    const base = this.ctxTop;
    let ctx = this.pushCtx(0, toplevel);
    let pc = pc0;
    let ptr = this.ptr;
    let ret = false;
    let nextOp = P_ENTER;
    main: for (;;) {
      let op: number;
      if (nextOp >= 0) {
        op = nextOp;
        nextOp = -1;
      } else {
        op = code[pc++]!;
        if ((++this.sig & 0xfff) === 0 && I32[SAFEPOINT_FLAG_INDEX] !== 0) pollSafepoint();
      }
      switch (op) {
        case P_ENTER:
          ptr = this.ptr;
          if (code[pc] === OP.INFO) {
            // <INFO> <skip> <flags> <min> ...: reject early when too few characters remain.
            const min = code[pc + 3]!;
            if (min !== 0 && end - ptr < min) {
              ret = false;
              nextOp = P_EXIT;
              continue main;
            }
            pc += code[pc + 1]! + 1;
          }
          continue main;

        case P_EXIT: {
          const jump = ctx.jump;
          this.ctxTop--;
          if (this.ctxTop === base) return ret;
          ctx = this.ctxs[this.ctxTop - 1]!;
          pc = ctx.pc;
          ptr = ctx.ptr;
          nextOp = jump;
          continue main;
        }

        case OP.MARK: {
          const i = code[pc]!;
          if (i & 1) this.lastindex = (i >> 1) + 1;
          if (i > this.lastmark) {
            for (let j = this.lastmark + 1; j < i; j++) this.mark[j] = -1;
            this.lastmark = i;
          }
          this.mark[i] = ptr;
          pc++;
          continue main;
        }

        case OP.LITERAL:
          if (ptr >= end || t[ptr] !== code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.NOT_LITERAL:
          if (ptr >= end || t[ptr] === code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.SUCCESS:
          if (ctx.toplevel && ((this.matchAll && ptr !== this.end) || (this.mustAdvance && ptr === this.start))) break;
          this.ptr = ptr;
          ret = true;
          nextOp = P_EXIT;
          continue main;

        case OP.AT:
          if (!this.at(ptr, code[pc]!)) break;
          pc++;
          continue main;

        case OP.CATEGORY:
          if (ptr >= end || !category(code[pc]!, t[ptr]!)) break;
          pc++;
          ptr++;
          continue main;

        case OP.ANY:
          if (ptr >= end || t[ptr] === 10) break;
          ptr++;
          continue main;

        case OP.ANY_ALL:
          if (ptr >= end) break;
          ptr++;
          continue main;

        case OP.IN:
          if (ptr >= end || !charset(code, pc + 1, t[ptr]!)) break;
          pc += code[pc]!;
          ptr++;
          continue main;

        case OP.LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(t[ptr]!) !== code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUni(t[ptr]!) !== code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.LITERAL_LOC_IGNORE:
          if (ptr >= end || !charLocIgnore(code[pc]!, t[ptr]!)) break;
          pc++;
          ptr++;
          continue main;

        case OP.NOT_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(t[ptr]!) === code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUni(t[ptr]!) === code[pc]) break;
          pc++;
          ptr++;
          continue main;

        case OP.NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || charLocIgnore(code[pc]!, t[ptr]!)) break;
          pc++;
          ptr++;
          continue main;

        case OP.IN_IGNORE:
          if (ptr >= end || !charset(code, pc + 1, lowerAscii(t[ptr]!))) break;
          pc += code[pc]!;
          ptr++;
          continue main;

        case OP.IN_UNI_IGNORE:
          if (ptr >= end || !charset(code, pc + 1, lowerUni(t[ptr]!))) break;
          pc += code[pc]!;
          ptr++;
          continue main;

        case OP.IN_LOC_IGNORE:
          if (ptr >= end || !charsetLocIgnore(code, pc + 1, t[ptr]!)) break;
          pc += code[pc]!;
          ptr++;
          continue main;

        case OP.JUMP:
        case OP.INFO:
          pc += code[pc]!;
          continue main;

        // ---- alternation: <BRANCH> <skip> code <JUMP> ... <0> ----
        case OP.BRANCH:
          ctx.lastmark = this.lastmark;
          ctx.lastindex = this.lastindex;
          if (this.repeat) this.markPush(ctx.lastmark);
          nextOp = L_BRANCH;
          continue main;
        case L_BRANCH:
          for (; code[pc] !== 0; pc += code[pc]!) {
            const first = code[pc + 1];
            if (first === OP.LITERAL && (ptr >= end || t[ptr] !== code[pc + 2])) continue;
            if (first === OP.IN && (ptr >= end || !charset(code, pc + 3, t[ptr]!))) continue;
            this.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_BRANCH, ctx.toplevel);
            pc = pc + 1;
            nextOp = P_ENTER;
            continue main;
          }
          if (this.repeat) this.markDiscard(ctx.lastmark);
          break;
        case R_BRANCH:
          if (ret) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            nextOp = P_EXIT;
            continue main;
          }
          if (this.repeat) this.markPop(ctx.lastmark, false);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          pc += code[pc]!;
          nextOp = L_BRANCH;
          continue main;

        // ---- <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy single-character repeat ----
        case OP.REPEAT_ONE: {
          const min = code[pc + 1]!;
          if (min > end - ptr) break;
          this.ptr = ptr;
          ctx.count = this.count(code, pc + 3, code[pc + 2]!);
          ptr += ctx.count;
          if (ctx.count < min) break;
          const tail = pc + code[pc]!;
          if (code[tail] === OP.SUCCESS && ptr === this.end && !(ctx.toplevel && this.mustAdvance && ptr === this.start)) {
            this.ptr = ptr;
            ret = true;
            nextOp = P_EXIT;
            continue main;
          }
          ctx.lastmark = this.lastmark;
          ctx.lastindex = this.lastindex;
          if (this.repeat) this.markPush(ctx.lastmark);
          if (code[tail] === OP.LITERAL) {
            // The tail starts with a literal: only try positions followed by it.
            ctx.chr = code[tail + 1]!;
            nextOp = L_REPEAT_ONE_LIT;
          } else {
            nextOp = L_REPEAT_ONE;
          }
          continue main;
        }
        case L_REPEAT_ONE_LIT: {
          const min = code[pc + 1]!;
          while (ctx.count >= min && (ptr >= end || t[ptr] !== ctx.chr)) {
            ptr--;
            ctx.count--;
          }
          if (ctx.count < min) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            break;
          }
          this.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_REPEAT_ONE_1, ctx.toplevel);
          pc = pc + code[pc]!;
          nextOp = P_ENTER;
          continue main;
        }
        case L_REPEAT_ONE:
          if (ctx.count < code[pc + 1]!) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            break;
          }
          this.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_REPEAT_ONE_2, ctx.toplevel);
          pc = pc + code[pc]!;
          nextOp = P_ENTER;
          continue main;
        case R_REPEAT_ONE_1:
        case R_REPEAT_ONE_2:
          if (ret) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            nextOp = P_EXIT;
            continue main;
          }
          if (this.repeat) this.markPop(ctx.lastmark, false);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          ptr--;
          ctx.count--;
          nextOp = op === R_REPEAT_ONE_1 ? L_REPEAT_ONE_LIT : L_REPEAT_ONE;
          continue main;

        // ---- <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy single-character repeat ----
        case OP.MIN_REPEAT_ONE: {
          const min = code[pc + 1]!;
          if (min > end - ptr) break;
          this.ptr = ptr;
          if (min === 0) ctx.count = 0;
          else {
            const n = this.count(code, pc + 3, min);
            if (n < min) break;
            ctx.count = n;
            ptr += n;
          }
          if (code[pc + code[pc]!] === OP.SUCCESS &&
            !(ctx.toplevel && ((this.matchAll && ptr !== this.end) || (this.mustAdvance && ptr === this.start)))) {
            this.ptr = ptr;
            ret = true;
            nextOp = P_EXIT;
            continue main;
          }
          ctx.lastmark = this.lastmark;
          ctx.lastindex = this.lastindex;
          if (this.repeat) this.markPush(ctx.lastmark);
          nextOp = L_MIN_REPEAT_ONE;
          continue main;
        }
        case L_MIN_REPEAT_ONE: {
          const max = code[pc + 2]!;
          if (max === MAXREPEAT || ctx.count <= max) {
            this.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_MIN_REPEAT_ONE, ctx.toplevel);
            pc = pc + code[pc]!;
            nextOp = P_ENTER;
            continue main;
          }
          if (this.repeat) this.markDiscard(ctx.lastmark);
          break;
        }
        case R_MIN_REPEAT_ONE:
          if (ret) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            nextOp = P_EXIT;
            continue main;
          }
          if (this.repeat) this.markPop(ctx.lastmark, false);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          this.ptr = ptr;
          if (this.count(code, pc + 3, 1) === 0) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            break;
          }
          ptr++;
          ctx.count++;
          nextOp = L_MIN_REPEAT_ONE;
          continue main;

        // ---- <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail ----
        case OP.POSSESSIVE_REPEAT_ONE: {
          const min = code[pc + 1]!;
          if (ptr + min > end) break;
          this.ptr = ptr;
          ctx.count = this.count(code, pc + 3, code[pc + 2]!);
          ptr += ctx.count;
          if (ctx.count < min) break;
          pc += code[pc]!;
          if (code[pc] === OP.SUCCESS && ptr === this.end && !(ctx.toplevel && this.mustAdvance && ptr === this.start)) {
            this.ptr = ptr;
            ret = true;
            nextOp = P_EXIT;
          }
          continue main;
        }

        // ---- <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail ----
        case OP.REPEAT: {
          const rep: Repeat = { count: -1, pc, prev: this.repeat, lastPtr: -1 };
          ctx.rep = rep;
          this.repeat = rep;
          this.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_REPEAT, ctx.toplevel);
          pc = pc + code[pc]!;
          nextOp = P_ENTER;
          continue main;
        }
        case R_REPEAT:
          this.repeat = ctx.rep!.prev;
          if (!ret) break;
          nextOp = P_EXIT;
          continue main;

        case OP.MAX_UNTIL:
        case OP.MIN_UNTIL: {
          const rep = this.repeat;
          if (rep === null) throw new SreInternalError('UNTIL without REPEAT');
          ctx.rep = rep;
          this.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]!) {
            // Not enough matches yet.
            rep.count = ctx.count;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(op === OP.MAX_UNTIL ? R_MAX_UNTIL_1 : R_MIN_UNTIL_1, ctx.toplevel);
            pc = rep.pc + 3;
            nextOp = P_ENTER;
            continue main;
          }
          if (op === OP.MAX_UNTIL) {
            nextOp = L_MAX_UNTIL;
            continue main;
          }
          // Lazy: try the tail first.
          this.repeat = rep.prev;
          ctx.lastmark = this.lastmark;
          ctx.lastindex = this.lastindex;
          if (this.repeat) this.markPush(ctx.lastmark);
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_MIN_UNTIL_2, ctx.toplevel);
          nextOp = P_ENTER;
          continue main;
        }
        case R_MAX_UNTIL_1:
        case R_MIN_UNTIL_1:
          if (ret) {
            nextOp = P_EXIT;
            continue main;
          }
          ctx.rep!.count = ctx.count - 1;
          this.ptr = ptr;
          break;
        case L_MAX_UNTIL: {
          const rep = ctx.rep!;
          const max = code[rep.pc + 2]!;
          if ((ctx.count < max || max === MAXREPEAT) && this.ptr !== rep.lastPtr) {
            // Enough matches, but match another item if possible.
            rep.count = ctx.count;
            ctx.lastmark = this.lastmark;
            ctx.lastindex = this.lastindex;
            this.markPush(ctx.lastmark);
            this.data[this.dataTop++] = rep.lastPtr;
            rep.lastPtr = this.ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_MAX_UNTIL_2, ctx.toplevel);
            pc = rep.pc + 3;
            nextOp = P_ENTER;
            continue main;
          }
          nextOp = L_MAX_UNTIL_TAIL;
          continue main;
        }
        case R_MAX_UNTIL_2: {
          const rep = ctx.rep!;
          rep.lastPtr = this.data[--this.dataTop]!;
          if (ret) {
            this.markDiscard(ctx.lastmark);
            nextOp = P_EXIT;
            continue main;
          }
          this.markPop(ctx.lastmark, true);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          rep.count = ctx.count - 1;
          this.ptr = ptr;
          nextOp = L_MAX_UNTIL_TAIL;
          continue main;
        }
        case L_MAX_UNTIL_TAIL:
          // No more items here: the tail must match.
          this.repeat = ctx.rep!.prev;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_MAX_UNTIL_3, ctx.toplevel);
          nextOp = P_ENTER;
          continue main;
        case R_MAX_UNTIL_3:
          this.repeat = ctx.rep;
          if (ret) {
            nextOp = P_EXIT;
            continue main;
          }
          this.ptr = ptr;
          break;
        case R_MIN_UNTIL_2: {
          const tailRepeat = this.repeat;
          const rep = ctx.rep!;
          this.repeat = rep;
          if (ret) {
            if (tailRepeat) this.markDiscard(ctx.lastmark);
            nextOp = P_EXIT;
            continue main;
          }
          if (tailRepeat) this.markPop(ctx.lastmark, true);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          this.ptr = ptr;
          const max = code[rep.pc + 2]!;
          if ((ctx.count >= max && max !== MAXREPEAT) || this.ptr === rep.lastPtr) break;
          rep.count = ctx.count;
          this.data[this.dataTop++] = rep.lastPtr;
          rep.lastPtr = this.ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_MIN_UNTIL_3, ctx.toplevel);
          pc = rep.pc + 3;
          nextOp = P_ENTER;
          continue main;
        }
        case R_MIN_UNTIL_3: {
          const rep = ctx.rep!;
          rep.lastPtr = this.data[--this.dataTop]!;
          if (ret) {
            nextOp = P_EXIT;
            continue main;
          }
          rep.count = ctx.count - 1;
          this.ptr = ptr;
          break;
        }

        // ---- <POSSESSIVE_REPEAT> <skip> <min> <max> pattern <SUCCESS> tail ----
        case OP.POSSESSIVE_REPEAT: {
          this.ptr = ptr;
          const rep: Repeat = { count: -1, pc: -1, prev: this.repeat, lastPtr: -1 };
          ctx.rep = rep;
          this.repeat = rep;
          ctx.count = 0;
          nextOp = L_POSS_1;
          continue main;
        }
        case L_POSS_1:
          if (ctx.count < code[pc + 1]!) {
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_POSS_1, false);
            pc = pc + 3;
            nextOp = P_ENTER;
            continue main;
          }
          ptr = -1;
          nextOp = L_POSS_2;
          continue main;
        case R_POSS_1:
          if (ret) {
            ctx.count++;
            nextOp = L_POSS_1;
            continue main;
          }
          this.ptr = ptr;
          this.repeat = ctx.rep!.prev;
          break;
        case L_POSS_2: {
          const max = code[pc + 2]!;
          if ((ctx.count < max || max === MAXREPEAT) && this.ptr !== ptr) {
            ctx.lastmark = this.lastmark;
            ctx.lastindex = this.lastindex;
            this.markPush(ctx.lastmark);
            ptr = this.ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_POSS_2, false);
            pc = pc + 3;
            nextOp = P_ENTER;
            continue main;
          }
          nextOp = L_POSS_END;
          continue main;
        }
        case R_POSS_2:
          if (ret) {
            this.markDiscard(ctx.lastmark);
            ctx.count++;
            nextOp = L_POSS_2;
            continue main;
          }
          this.markPop(ctx.lastmark, true);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          this.ptr = ptr;
          nextOp = L_POSS_END;
          continue main;
        case L_POSS_END:
          this.repeat = ctx.rep!.prev;
          pc += code[pc]! + 1;
          ptr = this.ptr;
          continue main;

        // ---- <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail ----
        case OP.ATOMIC_GROUP:
          this.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_ATOMIC, false);
          pc = pc + 1;
          nextOp = P_ENTER;
          continue main;
        case R_ATOMIC:
          if (!ret) {
            this.ptr = ptr;
            break;
          }
          pc += code[pc]!;
          ptr = this.ptr;
          continue main;

        // ---- back references ----
        case OP.GROUPREF:
        case OP.GROUPREF_IGNORE:
        case OP.GROUPREF_UNI_IGNORE:
        case OP.GROUPREF_LOC_IGNORE: {
          const g = code[pc]! * 2;
          if (g >= this.lastmark) break;
          let p = this.mark[g]!;
          const e = this.mark[g + 1]!;
          if (p < 0 || e < 0 || e < p) break;
          let ok = true;
          if (op === OP.GROUPREF) {
            for (; p < e; p++, ptr++) if (ptr >= end || t[ptr] !== t[p]) { ok = false; break; }
          } else {
            const lower = op === OP.GROUPREF_IGNORE ? lowerAscii : op === OP.GROUPREF_UNI_IGNORE ? lowerUni : lowerLocale;
            for (; p < e; p++, ptr++) if (ptr >= end || lower(t[ptr]!) !== lower(t[p]!)) { ok = false; break; }
          }
          if (!ok) break;
          pc++;
          continue main;
        }
        case OP.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
          const g = code[pc]! * 2;
          if (g >= this.lastmark) {
            pc += code[pc + 1]!;
            continue main;
          }
          const p = this.mark[g]!;
          const e = this.mark[g + 1]!;
          if (p < 0 || e < 0 || e < p) {
            pc += code[pc + 1]!;
            continue main;
          }
          pc += 2;
          continue main;
        }

        // ---- lookarounds: <ASSERT|ASSERT_NOT> <skip> <back> pattern ----
        case OP.ASSERT:
          if (ptr < code[pc + 1]!) break;
          this.ptr = ptr - code[pc + 1]!;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = this.pushCtx(R_ASSERT, false);
          pc = pc + 2;
          nextOp = P_ENTER;
          continue main;
        case R_ASSERT:
          if (!ret) break;
          pc += code[pc]!;
          continue main;
        case OP.ASSERT_NOT:
          if (ptr >= code[pc + 1]!) {
            this.ptr = ptr - code[pc + 1]!;
            ctx.lastmark = this.lastmark;
            ctx.lastindex = this.lastindex;
            if (this.repeat) this.markPush(ctx.lastmark);
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = this.pushCtx(R_ASSERT_NOT, false);
            pc = pc + 2;
            nextOp = P_ENTER;
            continue main;
          }
          pc += code[pc]!;
          continue main;
        case R_ASSERT_NOT:
          if (ret) {
            if (this.repeat) this.markDiscard(ctx.lastmark);
            ret = false;
            break;
          }
          if (this.repeat) this.markPop(ctx.lastmark, true);
          this.lastmark = ctx.lastmark;
          this.lastindex = ctx.lastindex;
          pc += code[pc]!;
          continue main;

        case OP.FAILURE:
          break;

        default:
          throw new SreInternalError(`illegal opcode ${op}`);
      }
      // Every `break` out of the switch is RETURN_FAILURE.
      ret = false;
      nextOp = P_EXIT;
    }
  }
}
