// The Python values an ast.Constant can hold, as JavaScript values, and the errors that
// computing them can raise (CPython's ValueError / UnicodeDecodeError, which the parser turns
// into SyntaxErrors). Shared by numbers.ts, escapes.ts and repr.ts.

/**
 * A Python str that a JS string cannot spell: it has a lone high surrogate code point directly
 * followed by a lone low surrogate code point ("\ud83d\ude00" is 2 code points in Python, while
 * the JS string "\ud83d\ude00" is the single character U+1F600). Such strings only come from
 * escapes or from joining literals, so they are rare; every other str is a plain JS string, where
 * lone surrogates stand for themselves.
 */
export class SplitSurrogateStr {
  /**
   * @param units  the UTF-16 code units (reading it as a JS string merges the split pairs)
   * @param splits sorted indices i into `units` where units[i-1] (high) and units[i] (low) are
   *               two code points, not one
   */
  constructor(readonly units: string, readonly splits: readonly number[]) {}

  /** The code points, in order. */
  codePoints(): number[] {
    const out: number[] = [];
    const u = this.units;
    let k = 0;
    for (let i = 0; i < u.length; i++) {
      const c = u.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < u.length) {
        const d = u.charCodeAt(i + 1);
        while (k < this.splits.length && this.splits[k]! <= i) k++;
        if (d >= 0xdc00 && d <= 0xdfff && this.splits[k] !== i + 1) {
          out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
          i++;
          continue;
        }
      }
      out.push(c);
    }
    return out;
  }
}

/** A Python str: a JS string, or the rare SplitSurrogateStr. */
export type PyStr = string | SplitSurrogateStr;

/** True for a str value (use instead of `typeof v === 'string'` on constants). */
export function isPyStr(v: unknown): v is PyStr {
  return typeof v === 'string' || v instanceof SplitSurrogateStr;
}

/** A Python complex number. */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

/** Python's Ellipsis singleton (`...`). A unique symbol, so `v === Ellipsis` identifies it. */
export const Ellipsis: unique symbol = Symbol('Ellipsis');

/**
 * Python value of an ast.Constant: None, bool, int (always bigint), float (number), str,
 * bytes (Uint8Array), complex, Ellipsis.
 */
export type ConstantValue = null | boolean | bigint | number | PyStr | Uint8Array | PyComplex | typeof Ellipsis;

/**
 * A Python exception raised while computing or printing a literal: `pyType` is its class and
 * `message` is exactly CPython's str(exc). Subclasses: CodecError (escapes.ts),
 * IntDigitsLimitError (numbers.ts); reprInt throws it directly.
 */
export class LiteralError extends Error {
  constructor(readonly pyType: 'ValueError' | 'UnicodeDecodeError', message: string) {
    super(message);
    this.name = pyType;
  }
}

function endsWithHighSurrogate(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

function startsWithLowSurrogate(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Python's str concatenation (implicit literal joining, f-string parts): keeps a lone high
 * surrogate at the end of one part and a lone low surrogate at the start of the next apart.
 */
export function concatPyStr(parts: readonly PyStr[]): PyStr {
  let units = '';
  let splits: number[] | null = null;
  for (const part of parts) {
    const text = typeof part === 'string' ? part : part.units;
    if (text.length === 0) continue;
    if (units.length > 0 && endsWithHighSurrogate(units) && startsWithLowSurrogate(text)) {
      (splits ??= []).push(units.length);
    }
    if (typeof part !== 'string') {
      for (const s of part.splits) (splits ??= []).push(units.length + s);
    }
    units += text;
  }
  return splits === null ? units : new SplitSurrogateStr(units, splits);
}

/** Number of code points (len() of a str). */
export function pyStrLength(s: PyStr): number {
  if (typeof s !== 'string') return s.codePoints().length;
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
