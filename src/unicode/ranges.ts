// Sets of code points stored as sorted inclusive ranges, decoded from the compact text form that
// tools/gen-unicode.mjs writes into tables.ts. Lookups below U+0100 use a bitmap; the rest a
// binary search over the range starts.

/** Decodes "gap,len-1,gap,len-1,..." (base 36) into [start0, end0, start1, end1, ...]. */
export function decodeRanges(text: string): Int32Array {
  const parts = text.split(',');
  const out = new Int32Array(parts.length);
  let prevEnd = -1;
  for (let i = 0; i < parts.length; i += 2) {
    const start = prevEnd + 1 + parseInt(parts[i]!, 36);
    const end = start + parseInt(parts[i + 1]!, 36);
    out[i] = start;
    out[i + 1] = end;
    prevEnd = end;
  }
  return out;
}

export class CodePointSet {
  private readonly bounds: Int32Array;
  private readonly latin1 = new Uint8Array(256);

  constructor(encoded: string) {
    this.bounds = decodeRanges(encoded);
    for (let cp = 0; cp < 256; cp++) this.latin1[cp] = this.search(cp) ? 1 : 0;
  }

  has(cp: number): boolean {
    return cp < 256 ? this.latin1[cp] === 1 : this.search(cp);
  }

  /** The inclusive ranges, as [start, end] pairs (for tests and generators). */
  ranges(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.bounds.length; i += 2) out.push([this.bounds[i]!, this.bounds[i + 1]!]);
    return out;
  }

  private search(cp: number): boolean {
    const b = this.bounds;
    // Largest range index whose start <= cp.
    let lo = 0;
    let hi = (b.length >> 1) - 1;
    if (hi < 0 || cp < b[0]!) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (b[mid * 2]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    return cp <= b[lo * 2 + 1]!;
  }
}

/** Finds the index of the last entry of a sorted Int32Array that is <= value (-1 if none). */
export function lastAtOrBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  if (hi < 0 || value < sorted[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
