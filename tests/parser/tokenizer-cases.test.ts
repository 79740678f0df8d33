// Tokenizer snippets (tests/parser/tokenizer-cases.txt plus generated limit cases): token streams
// and tokenizer errors must equal CPython's (_tokenize.TokenizerIter), and the SyntaxError the
// tokenizer leads to must equal ast.parse's. Expectations come from the Pyodide oracles (cached).
import { test } from 'node:test';
import { join } from 'node:path';
import { PySyntaxError } from '../../src/parser/errors.js';
import { E } from '../../src/parser/errcode.js';
import { T } from '../../src/parser/token.js';
import { ROOT, loadCaseReader, loadOracle, type OracleError } from './harness.js';
import {
  checkTokenFields, emptyStream, errorRecord, loadTokenOracle, pegenTokenizerError, renderTokens, tokenDiff,
} from './tokenizer-harness.js';

interface Case { name: string; source: string | Uint8Array; mode: string; flags: string[] }

/** Limits and nesting that are easier to generate than to write out. */
function generatedCases(): Case[] {
  const c = (name: string, source: string): Case => ({ name, source, mode: 'exec', flags: [] });
  const indent = (n: number) => {
    let s = '';
    for (let i = 0; i < n; i++) s += ' '.repeat(i) + 'if x:\n';
    return s + ' '.repeat(n) + 'pass\n';
  };
  const fnest = (n: number) => 'f"{'.repeat(n) + '1' + '}"'.repeat(n) + '\n';
  return [
    c('gen-indent-99', indent(99)),
    c('gen-indent-100', indent(100)),
    c('gen-parens-199', 'x = ' + '('.repeat(199) + ')'.repeat(199) + '\n'),
    c('gen-parens-200', 'x = ' + '('.repeat(200) + ')'.repeat(200) + '\n'),
    c('gen-parens-201', 'x = ' + '['.repeat(201) + ']'.repeat(201) + '\n'),
    c('gen-fstring-nest-20', fnest(20)),
    c('gen-fstring-nest-149', fnest(149)),
    c('gen-fstring-nest-150', fnest(150)),
    c('gen-long-line', 'x = ' + '1 + '.repeat(5000) + '1\n'),
    c('gen-many-lines', Array.from({ length: 3000 }, (_, i) => `x${i} = ${i}`).join('\n') + '\n'),
  ];
}

const FIELDS = ['type', 'msg', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

/** Field-by-field difference; our 0 / null stand for CPython's None where PySyntaxError has numbers. */
function errorDiff(exp: OracleError, got: OracleError, fields: readonly (typeof FIELDS[number])[] = FIELDS): string | null {
  const bad = fields.filter((f) => {
    const e = exp[f] ?? null;
    const g = got[f] ?? null;
    return !(e === g || (e === null && (g === 0 || g === null)));
  });
  return bad.length ? `expected ${JSON.stringify(exp)}\n    got      ${JSON.stringify(got)}` : null;
}

test('tokenizer: snippets match CPython tokens, tokenizer errors and ast.parse errors', async () => {
  const reader = await loadCaseReader();
  const cases: Case[] = [
    ...reader.readCaseFile(join(ROOT, 'tests', 'parser', 'tokenizer-cases.txt')),
    ...generatedCases(),
  ];
  const tokOracle = await loadTokenOracle();
  const astOracle = await loadOracle();
  const [expTokens, expAst] = await Promise.all([
    tokOracle.oracleTokens(cases.map((c) => ({ source: c.source }))),
    astOracle.oracleParse(cases.map((c) => ({ source: c.source, mode: c.mode as 'exec', want: 'status' as const }))),
  ]);

  const failures: string[] = [];
  cases.forEach((c, i) => {
    const fail = (what: string) => failures.push(`${c.name}: ${what}`);
    const et = expTokens[i]!;
    const ea = expAst[i]!;
    const got = renderTokens(c.source, { execInput: c.mode === 'exec' });

    // Setup errors (null bytes, decoding): compare with ast.parse only.
    if (got.thrown !== undefined) {
      if (!(got.thrown instanceof PySyntaxError)) { fail(`threw ${String(got.thrown)}`); return; }
      if (!ea.error) { fail(`threw ${got.thrown.msg} but ast.parse succeeded`); return; }
      const d = errorDiff(ea.error, errorRecord(got.thrown));
      if (d) fail(`setup error differs from ast.parse:\n    ${d}`);
      return;
    }
    const tok = got.tok!;

    if (!c.flags.includes('no-tokens') && et.tokens !== undefined && !et.decodeError) {
      const emptySource = emptyStream(et.tokens!, got);
      const d = emptySource ? null : tokenDiff(et.tokens, got.tokens!);
      if (d) { fail(d); return; }
      if (et.error && !got.error) { fail(`expected error ${JSON.stringify(et.error)}, got none`); return; }
      if (!et.error && got.error) { fail(`unexpected error ${JSON.stringify(got.error)}`); return; }
      if (et.error && got.error) {
        const fields = tok.error || tok.done !== E.EOF ? FIELDS : (['type', 'msg', 'lineno'] as const);
        const d2 = errorDiff(et.error, got.error, fields);
        if (d2) { fail(`tokenizer error differs:\n    ${d2}`); return; }
      }
    }
    const fieldErr = checkTokenFields(tok, got.raw);
    if (fieldErr) { fail(fieldErr); return; }

    // What ast.parse reports for an input whose first problem is the tokenizer's.
    if (got.error && !c.flags.includes('parser-first')) {
      const last = got.raw[got.raw.length - 1]!;
      const ours = tok.error ? errorRecord(tok.error) : pegenTokenizerError(tok, last);
      if (!ea.error) { fail(`ast.parse succeeded but we have ${JSON.stringify(ours)}`); return; }
      if (ours) {
        const d = errorDiff(ea.error, ours);
        if (d) { fail(`differs from ast.parse:\n    ${d}`); return; }
      }
    }
    // Our warnings are CPython's (ast.parse also reports the parser's own warnings).
    const astWarnings = (ea.warnings ?? []).map((w) => `${w.category}:${w.lineno}:${w.message}`);
    for (const w of got.ourWarnings) {
      const key = `${w.category}:${w.lineno}:${w.message}`;
      const k = astWarnings.indexOf(key);
      if (k === -1) { fail(`warning ${key} not in ast.parse's ${JSON.stringify(astWarnings)}`); return; }
      astWarnings.splice(k, 1);
    }
    if (got.raw.some((t) => t.type === T.ERRORTOKEN) && !got.error) fail('ERRORTOKEN without error');
  });
  if (failures.length) throw new Error(`${failures.length}/${cases.length} cases fail:\n` + failures.join('\n'));
});

test('tokenizer: snippets match CPython with extra tokens (as the tokenize module)', async () => {
  const reader = await loadCaseReader();
  const cases: Case[] = [
    ...reader.readCaseFile(join(ROOT, 'tests', 'parser', 'tokenizer-cases.txt')),
    ...generatedCases(),
  ].filter((c) => typeof c.source === 'string' && c.mode === 'exec' && !c.flags.includes('no-tokens'));
  const tokOracle = await loadTokenOracle();
  const expTokens = await tokOracle.oracleTokens(cases.map((c) => ({ source: c.source, extra: true })));
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const fail = (what: string) => failures.push(`${c.name}: ${what}`);
    const et = expTokens[i]!;
    const got = renderTokens(c.source, { extraTokens: true });
    if (got.thrown !== undefined) {
      if (!et.error) fail(`threw ${String(got.thrown)}`);
      return;
    }
    const emptySource = emptyStream(et.tokens!, got);
    const d = emptySource ? null : tokenDiff(et.tokens!, got.tokens!);
    if (d) { fail(d); return; }
    if (!!et.error !== !!got.error) { fail(`error: expected ${JSON.stringify(et.error)} got ${JSON.stringify(got.error)}`); return; }
    if (et.error && got.error) {
      const fields = got.tok!.error || got.tok!.done !== E.EOF ? FIELDS : (['type', 'msg', 'lineno'] as const);
      const d2 = errorDiff(et.error, got.error, fields);
      if (d2) fail(`tokenizer error differs:\n    ${d2}`);
    }
  });
  if (failures.length) throw new Error(`${failures.length}/${cases.length} cases fail:\n` + failures.join('\n'));
});
