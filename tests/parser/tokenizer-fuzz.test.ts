// Deterministic mutation fuzzing of the tokenizer against CPython: pieces of stdlib files and of the
// snippet table get random insertions/deletions of tricky text (quotes, braces, backslashes, tabs,
// prefixes, non-ASCII...). Token streams and tokenizer errors must equal _tokenize.TokenizerIter's,
// and errors the tokenizer raises must equal ast.parse's. FTPY_TOKENIZER_FUZZ=N sets the count,
// FTPY_TOKENIZER_FUZZ_SEED=S the seed.
import { test } from 'node:test';
import { join } from 'node:path';
import { ROOT, loadCaseReader, loadOracle, readBytes, stdlibFiles, type OracleError } from './harness.js';
import { E } from '../../src/parser/errcode.js';
import { PySyntaxError } from '../../src/parser/errors.js';
import { T } from '../../src/parser/token.js';
import { emptyStream, errorRecord, loadTokenOracle, pegenTokenizerError, renderTokens, tokenDiff } from './tokenizer-harness.js';

const COUNT = Number(process.env.FTPY_TOKENIZER_FUZZ ?? 3000);
const SEED = Number(process.env.FTPY_TOKENIZER_FUZZ_SEED ?? 20260101);

const PIECES = [
  "'", '"', "'''", '"""', 'f"', "f'", 't"', "rb'", 'rf"', 'u"', 'b', 'r', 'f', '{', '}', '{{', '}}', '(', ')',
  '[', ']', '\\', '\\\n', '\n', '\t', ' ', '    ', '#', '# type: ignore', '0x', '0o', '0b', '1_', '_', '0',
  '07', '1e', '.', '...', 'e', 'j', '=', '!', ':', '!r', '=}', ':>{', 'é', '€', '\u00a0', '😀', '\f', '\r', '\r\n',
  'if x:\n', '\\N{', 'lambda', 'and', 'if', 'else', '\x01', '\u0301', ';', '->', ':=', '\\{', '"""\n', "f'''",
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInputs(bases: string[], n: number): string[] {
  const rand = rng(SEED);
  const pick = <X>(xs: X[]): X => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = pick(bases);
    const edits = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < edits; k++) {
      const at = Math.floor(rand() * (s.length + 1));
      const r = rand();
      if (r < 0.6) s = s.slice(0, at) + pick(PIECES) + s.slice(at);
      else if (r < 0.85) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 3));
      else s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at);
    }
    out.push(s);
  }
  return out;
}

/** Random runs of 1-12 lines from stdlib files, plus the snippet table's sources. */
async function baseSources(): Promise<string[]> {
  const rand = rng(SEED + 1);
  const files = stdlibFiles();
  const decoder = new TextDecoder();
  const bases: string[] = [];
  for (let i = 0; i < 400; i++) {
    const f = files[Math.floor(rand() * files.length)]!;
    const lines = decoder.decode(readBytes(f.path)).split('\n');
    const at = Math.floor(rand() * lines.length);
    bases.push(lines.slice(at, at + 1 + Math.floor(rand() * 12)).join('\n') + '\n');
  }
  const reader = await loadCaseReader();
  for (const c of reader.readCaseFile(join(ROOT, 'tests', 'parser', 'tokenizer-cases.txt'))) {
    if (typeof c.source === 'string' && c.mode === 'exec' && !c.source.includes('\0')) bases.push(c.source);
  }
  return bases;
}

const FIELDS = ['type', 'msg', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;
function same(e: OracleError, g: OracleError, fields: readonly (typeof FIELDS[number])[]): boolean {
  return fields.every((f) => (e[f] ?? null) === (g[f] ?? null) || ((e[f] ?? null) === null && g[f] === 0));
}

test(`tokenizer: ${COUNT} mutated inputs match CPython`, async () => {
  // (Mutations can split surrogate pairs; compile() rejects those before tokenizing.)
  const inputs = makeInputs(await baseSources(), COUNT).filter((s) => !s.includes('\0') && !/[\ud800-\udfff]/u.test(s));
  const tokOracle = await loadTokenOracle();
  const astOracle = await loadOracle();
  const [expTokens, expAst] = await Promise.all([
    tokOracle.oracleTokens(inputs.map((source) => ({ source }))),
    astOracle.oracleParse(inputs.map((source) => ({ source, want: 'status' as const }))),
  ]);
  const failures: string[] = [];
  inputs.forEach((src, i) => {
    const fail = (what: string) => failures.push(`${JSON.stringify(src)}\n    ${what}`);
    const et = expTokens[i]!;
    const got = renderTokens(src);
    if (got.thrown !== undefined) { fail(`threw ${String(got.thrown)}`); return; }
    // TokenizerIter's readline path can fail with MemoryError on debug f-strings whose expression
    // spans lines (a CPython bug in that path only); only ast.parse is compared then.
    const iterBroken = et.error?.type === 'MemoryError';
    const empty = emptyStream(et.tokens!, got);
    const d = empty || iterBroken ? null : tokenDiff(et.tokens!, got.tokens!);
    if (d) { fail(d); return; }
    if (!iterBroken && !!et.error !== !!got.error) { fail(`error: expected ${JSON.stringify(et.error)} got ${JSON.stringify(got.error)}`); return; }
    const tok = got.tok!;
    if (!iterBroken && et.error && got.error) {
      // TokenizerIter's readline buffer keeps earlier lines inside f-strings, so its offset/text for
      // errors reported through `done` differ after one from compile()'s string tokenizer.
      const sawFstring = got.raw.some((t) => t.type === T.FSTRING_START || t.type === T.TSTRING_START);
      const full = tok.error || (tok.done !== E.EOF && !sawFstring);
      const fields = full ? FIELDS : (['type', 'msg', 'lineno'] as const);
      if (!same(et.error, got.error, fields)) { fail(`tokenizer error: expected ${JSON.stringify(et.error)} got ${JSON.stringify(got.error)}`); return; }
    }
    // ast.parse may report a parser error instead ("unexpected indent", errors inside f-strings:
    // pegen_errors.c _Pypegen_set_syntax_error); when it reports ours, it must be identical.
    const ea = expAst[i]!.error;
    const ours = tok.error ? errorRecord(tok.error) : got.error ? pegenTokenizerError(tok, got.raw[got.raw.length - 1]!) : null;
    if (ours && ea && ea.msg === ours.msg && !same(ea, ours, FIELDS)) {
      fail(`ast.parse: expected ${JSON.stringify(ea)} got ${JSON.stringify(ours)}`);
    }
  });
  if (failures.length) {
    throw new Error(`${failures.length}/${inputs.length} inputs differ:\n` + failures.slice(0, 15).join('\n'));
  }
});

const BYTE_PIECES: number[][] = [
  [0xef, 0xbb, 0xbf], [0xff], [0xc3], [0xc3, 0xa9], [0xe2, 0x82], [0xe2, 0x82, 0xac], [0xed, 0xa0, 0x80],
  [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f], [0xc0, 0xaf], [0x80], [0xa0], [0x0d], [0x0a], [0x23],
  [...new TextEncoder().encode('# coding: latin-1\n')], [...new TextEncoder().encode('# -*- coding: utf-8 -*-\n')],
  [...new TextEncoder().encode('#coding=cp1252\n')], [...new TextEncoder().encode('# coding: ascii\n')],
  [...new TextEncoder().encode('# vim: set fileencoding=utf8 :\n')], [...new TextEncoder().encode('# coding: bogus\n')],
];

test(`tokenizer: ${Math.ceil(COUNT / 6)} mutated byte inputs decode like compile(bytes)`, async () => {
  const rand = rng(SEED + 2);
  const bases = (await baseSources()).map((s) => new TextEncoder().encode(s));
  const inputs: Uint8Array[] = [];
  for (let i = 0; i < Math.ceil(COUNT / 6); i++) {
    let b = [...bases[Math.floor(rand() * bases.length)]!];
    const edits = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < edits; k++) {
      // Cookies and BOMs matter at the start, so favour the first two lines.
      const at = rand() < 0.5 ? 0 : Math.floor(rand() * (b.length + 1));
      b = [...b.slice(0, at), ...BYTE_PIECES[Math.floor(rand() * BYTE_PIECES.length)]!, ...b.slice(at)];
    }
    if (!b.includes(0)) inputs.push(Uint8Array.from(b));
  }
  const tokOracle = await loadTokenOracle();
  const astOracle = await loadOracle();
  const [expTokens, expAst] = await Promise.all([
    tokOracle.oracleTokens(inputs.map((source) => ({ source }))),
    astOracle.oracleParse(inputs.map((source) => ({ source, want: 'status' as const }))),
  ]);
  const failures: string[] = [];
  inputs.forEach((src, i) => {
    const fail = (what: string) => failures.push(`${JSON.stringify(Buffer.from(src).toString('latin1'))}\n    ${what}`);
    const got = renderTokens(src);
    const ea = expAst[i]!.error;
    if (got.thrown !== undefined) {
      if (!(got.thrown instanceof PySyntaxError)) { fail(`threw ${String(got.thrown)}`); return; }
      if (!ea) { fail(`threw ${got.thrown.msg} but ast.parse succeeded`); return; }
      const ours = errorRecord(got.thrown);
      if (!same(ea, ours, FIELDS)) fail(`setup error: expected ${JSON.stringify(ea)} got ${JSON.stringify(ours)}`);
      return;
    }
    if (ea && /^(Non-UTF-8 code|encoding problem|unknown encoding)|codec can't decode/.test(ea.msg)) {
      fail(`expected setup error ${JSON.stringify(ea)}`);
      return;
    }
    const et = expTokens[i]!;
    if (et.decodeError || et.error?.type === 'MemoryError') return; // detect_encoding is stricter than compile
    const empty = emptyStream(et.tokens!, got);
    const d = empty ? null : tokenDiff(et.tokens!, got.tokens!);
    if (d) { fail(d); return; }
    const tok = got.tok!;
    if (tok.error && ea && ea.msg === tok.error.msg && !same(ea, errorRecord(tok.error), FIELDS)) {
      fail(`ast.parse: expected ${JSON.stringify(ea)} got ${JSON.stringify(errorRecord(tok.error))}`);
    }
  });
  if (failures.length) {
    throw new Error(`${failures.length}/${inputs.length} inputs differ:\n` + failures.slice(0, 15).join('\n'));
  }
});
