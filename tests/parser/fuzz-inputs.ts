// Deterministic inputs for tests/parser/fuzz.test.ts: seeded mutations of stdlib files (tokens,
// lines, truncation, random bytes/unicode, brackets, indentation) and hand-made stress inputs
// (100,000 nested brackets, long operator chains, huge literals, deep blocks).

/** mulberry32: small, fast, deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzInput { name: string; source: string | Uint8Array }

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

// Rough Python tokens: names, numbers, string quotes, single non-space characters.
const TOKEN_RE = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|"""|'''|\S/gu;
const BRACKETS = ['(', ')', '[', ']', '{', '}'] as const;
const SNIPPETS = [':', '=', '(', ')', ',', 'if', 'else', 'lambda', 'def', 'class', 'await', 'yield', '*', '**',
  ':=', '->', '@', 'f"', "'''", '\\', '\t', 'match', 'case', '_', 'type', '{', '!r', '#', '\n', '\n    '];
// Code points from several scripts and classes (letters, digits, symbols, spaces, combining, emoji),
// never lone surrogates: CPython answers those with UnicodeEncodeError, not a parse result.
const UNICODE_POOL = [0x00a0, 0x00e9, 0x0301, 0x03c0, 0x0416, 0x05d0, 0x0660, 0x0967, 0x1680, 0x200b, 0x200d,
  0x2028, 0x2029, 0x2192, 0x221e, 0x3000, 0x3042, 0x4e2d, 0xfeff, 0xff10, 0xfffd, 0x1d400, 0x1f600, 0x10ffff];

function tokens(text: string): { start: number; end: number }[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** One mutation of `text`; returns the name of the mutation and the result. */
function mutate(r: Rand, text: string): FuzzInput {
  const toks = tokens(text);
  const lines = text.split('\n');
  const at = int(r, text.length + 1);
  // Token mutations need a token; an empty text gets an insertion instead.
  const choice = toks.length ? int(r, 14) : 11;
  switch (choice) {
    case 0: { // delete a token
      const t = pick(r, toks);
      return { name: 'delete-token', source: text.slice(0, t.start) + text.slice(t.end) };
    }
    case 1: { // duplicate a token
      const t = pick(r, toks);
      return { name: 'duplicate-token', source: text.slice(0, t.end) + ' ' + text.slice(t.start, t.end) + text.slice(t.end) };
    }
    case 2: { // swap two adjacent tokens
      const i = int(r, Math.max(1, toks.length - 1));
      const a = toks[i]!, b = toks[i + 1] ?? toks[i]!;
      return { name: 'swap-tokens', source: text.slice(0, a.start) + text.slice(b.start, b.end) +
        text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end) };
    }
    case 3: { // delete a line
      const i = int(r, lines.length);
      return { name: 'delete-line', source: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') };
    }
    case 4: { // duplicate a line
      const i = int(r, lines.length);
      return { name: 'duplicate-line', source: [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n') };
    }
    case 5: { // swap two lines
      const i = int(r, lines.length), j = int(r, lines.length);
      const ls = [...lines];
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
      return { name: 'swap-lines', source: ls.join('\n') };
    }
    case 6: { // truncate the bytes anywhere (possibly inside a UTF-8 sequence)
      const b = Buffer.from(text, 'utf8');
      return { name: 'truncate-bytes', source: new Uint8Array(b.subarray(0, int(r, b.length + 1))) };
    }
    case 7: { // insert random bytes
      const b = Buffer.from(text, 'utf8');
      const p = int(r, b.length + 1);
      const junk = Buffer.from(Array.from({ length: 1 + int(r, 8) }, () => int(r, 256)));
      return { name: 'insert-bytes', source: new Uint8Array(Buffer.concat([b.subarray(0, p), junk, b.subarray(p)])) };
    }
    case 8: { // insert random unicode characters
      const s = Array.from({ length: 1 + int(r, 4) }, () => String.fromCodePoint(pick(r, UNICODE_POOL))).join('');
      return { name: 'insert-unicode', source: text.slice(0, at) + s + text.slice(at) };
    }
    case 9: { // unbalance brackets: insert or delete one
      const brs = toks.filter((t) => BRACKETS.includes(text[t.start] as typeof BRACKETS[number]));
      if (brs.length && r() < 0.5) {
        const t = pick(r, brs);
        return { name: 'delete-bracket', source: text.slice(0, t.start) + text.slice(t.end) };
      }
      return { name: 'insert-bracket', source: text.slice(0, at) + pick(r, BRACKETS) + text.slice(at) };
    }
    case 10: { // re-indent a line (spaces, tab, or none)
      const i = int(r, lines.length);
      const ls = [...lines];
      ls[i] = pick(r, ['', ' ', '\t', '        ', ' \t']) + ls[i]!.trimStart();
      return { name: 'reindent-line', source: ls.join('\n') };
    }
    case 11: { // insert a Python-ish snippet
      return { name: 'insert-snippet', source: text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at) };
    }
    case 12: { // truncate the text at a token boundary
      const t = pick(r, toks);
      return { name: 'truncate-token', source: text.slice(0, t.end) };
    }
    default: { // several small mutations at once
      let cur = text;
      for (let k = 0; k < 3; k++) {
        const m = mutate(r, cur);
        cur = typeof m.source === 'string' ? m.source : Buffer.from(m.source).toString('utf8');
      }
      return { name: 'multi', source: cur };
    }
  }
}

/** `count` mutations of the given files, chosen and mutated from `seed`. */
export function mutatedInputs(files: { name: string; text: string }[], seed: number, count: number): FuzzInput[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const f = pick(r, files);
    const m = mutate(r, f.text);
    return { name: `#${i} ${m.name} ${f.name}`, source: m.source };
  });
}

const N = 100_000;
/** Hostile inputs: deep nesting, long chains, huge literals. */
export function stressInputs(): FuzzInput[] {
  const nest = (open: string, close: string, inner: string, n: number) => open.repeat(n) + inner + close.repeat(n);
  const blocks = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(n) + 'pass\n';
  return [
    { name: '100k (', source: '('.repeat(N) },
    { name: '100k [', source: '['.repeat(N) },
    { name: '100k {', source: '{'.repeat(N) },
    { name: '100k (...) closed', source: nest('(', ')', 'x', N) },
    { name: '100k [...] closed', source: nest('[', ']', '', N) },
    { name: '199 (...) closed', source: nest('(', ')', 'x', 199) + '\n' },
    { name: '100k not', source: 'not '.repeat(N) + 'x\n' },
    { name: '100k -', source: '-'.repeat(N) + 'x\n' },
    { name: '100k ~', source: '~'.repeat(N) + 'x\n' },
    { name: '100k await', source: 'async def f():\n    ' + 'await '.repeat(N) + 'x\n' },
    { name: '100k lambda', source: 'lambda: '.repeat(N) + 'x\n' },
    { name: '100k **', source: 'x' + '**x'.repeat(N) + '\n' },
    { name: '100k if-else', source: 'x' + ' if x else x'.repeat(N) + '\n' },
    { name: '100k +', source: 'x = ' + Array(N).fill('a').join(' + ') + '\n' },
    { name: '100k .attr', source: 'a' + '.a'.repeat(N) + '\n' },
    { name: '100k ()', source: 'f' + '()'.repeat(N) + '\n' },
    { name: '100k [0]', source: 'a' + '[0]'.repeat(N) + '\n' },
    { name: '100k ,', source: 'x = [' + '1,'.repeat(N) + ']\n' },
    { name: '100k f-string nesting', source: 'f"{'.repeat(N) + 'x' + '}"'.repeat(N) + '\n' },
    { name: '100k-digit int', source: 'x = ' + '1'.repeat(N) + '\n' },
    { name: '100k-digit hex', source: 'x = 0x' + 'f'.repeat(N) + '\n' },
    { name: '100k-digit float', source: 'x = ' + '1'.repeat(N) + '.5e10\n' },
    { name: '100k-char string', source: 'x = "' + 'a'.repeat(N) + '"\n' },
    { name: '100k-char name', source: 'a'.repeat(N) + ' = 1\n' },
    { name: '1M-char line comment', source: '#' + 'x'.repeat(10 * N) + '\nx = 1\n' },
    { name: '100k lines', source: 'x = 1\n'.repeat(N) },
    { name: '100k blank lines then indent', source: '\n'.repeat(N) + '  x\n' },
    { name: '99 nested blocks', source: blocks(99) },
    { name: '100 nested blocks', source: blocks(100) },
    { name: '1000 nested blocks', source: blocks(1000) },
    { name: '100k decorators', source: '@d\n'.repeat(N) + 'def f(): pass\n' },
    { name: '100k elif', source: 'if x: pass\n' + 'elif x: pass\n'.repeat(N) },
    { name: '100k string concat', source: 'x = ' + '"a" '.repeat(N) + '\n' },
    { name: '100k unclosed """', source: '"""' + 'a\n'.repeat(N) },
  ];
}
