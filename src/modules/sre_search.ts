// SRE(search) of CPython's Modules/_sre/sre_lib.h: finds the first position where the program
// matches, using the INFO block's literal prefix (a Knuth-Morris-Pratt scan with the compiler's
// overlap table) or first-character set to skip positions that cannot match.

import { SreState } from './sre_engine.js';
import { OP, AT, charset } from './sre_chars.js';

const INFO_PREFIX = 1;
const INFO_LITERAL = 2;
const INFO_CHARSET = 4;

/** SRE(search): the first match at or after state.start; sets start/ptr to its span. */
export function search(st: SreState, code: Uint32Array): boolean {
  const t = st.text;
  let ptr = st.start;
  let end = st.end;
  if (ptr > end) return false;
  let pc = 0;
  let flags = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = 0;
  let cset = -1;
  if (code[0] === OP.INFO) {
    // <INFO> <skip> <flags> <min> <max> <prefix info or charset>
    flags = code[2]!;
    const min = code[3]!;
    if (min !== 0 && end - ptr < min) return false;
    if (min > 1) {
      // Leave at least one character so that a literal search still works.
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      // <length> <skip> <prefix...> <overlap table...>
      prefixLen = code[5]!;
      prefixSkip = code[6]!;
      prefix = 7;
    } else if (flags & INFO_CHARSET) {
      cset = 5;
    }
    pc = 1 + code[1]!;
  }

  if (prefixLen === 1) {
    const c = code[prefix]!;
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (t[ptr] !== c) if (++ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & INFO_LITERAL) return true;
      if (st.match(code, pc + 2 * prefixSkip, false)) return true;
      ++ptr;
      st.lastmark = st.lastindex = -1;
    }
    return false;
  }

  if (prefixLen > 1) {
    // Knuth-Morris-Pratt with the compiler's overlap table.
    const overlap = prefix + prefixLen - 1;
    end = st.end;
    if (prefixLen > end - ptr) return false;
    const c0 = code[prefix]!;
    while (ptr < end) {
      while (t[ptr++] !== c0) if (ptr >= end) return false;
      if (ptr >= end) return false;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (t[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return false;
            continue;
          }
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & INFO_LITERAL) return true;
          if (st.match(code, pc + 2 * prefixSkip, false)) return true;
          if (++ptr >= end) return false;
          st.lastmark = st.lastindex = -1;
        }
        i = code[overlap + i]!;
      } while (i !== 0);
    }
    return false;
  }

  if (cset >= 0) {
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !charset(code, cset, t[ptr]!)) ptr++;
      if (ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr;
      if (st.match(code, pc, false)) return true;
      ptr++;
      st.lastmark = st.lastindex = -1;
    }
  }

  st.start = st.ptr = ptr;
  let status = st.match(code, pc, true);
  st.mustAdvance = false;
  if (!status && code[pc] === OP.AT && (code[pc + 1] === AT.BEGINNING || code[pc + 1] === AT.BEGINNING_STRING)) {
    st.start = st.ptr = end;
    return false;
  }
  while (!status && ptr < end) {
    ptr++;
    st.lastmark = st.lastindex = -1;
    st.start = st.ptr = ptr;
    status = st.match(code, pc, false);
  }
  return status;
}
