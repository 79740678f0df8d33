// Every stdlib file in build/stdlib, tokenized from bytes, must give exactly CPython's raw token
// stream (type, string, start, end as _tokenize.TokenizerIter reports them). Expected streams come
// from tools/oracle/tokens.mjs (cached in build/). FTPY_STDLIB_FILTER=substr limits the files.
import { test } from 'node:test';
import { readBytes, stdlibFiles } from './harness.js';
import { checkTokenFields, emptyStream, loadTokenOracle, renderTokens, tokenDiff } from './tokenizer-harness.js';

const SHOW = 10;

for (const extra of [false, true]) {
test(`tokenizer: every stdlib file tokenizes exactly like CPython${extra ? ' (extra tokens, as the tokenize module)' : ''}`, async () => {
  const filter = process.env.FTPY_STDLIB_FILTER;
  const files = stdlibFiles().filter((f) => !filter || f.name.includes(filter));
  if (!filter && files.length !== 559) throw new Error(`expected 559 stdlib files, found ${files.length} (run npm install)`);
  const sources = files.map((f) => readBytes(f.path));
  const oracle = await loadTokenOracle();
  const expected = await oracle.oracleTokens(sources.map((source) => ({ source, extra })));

  const failures: string[] = [];
  let tokens = 0;
  files.forEach((f, i) => {
    const exp = expected[i]!;
    const got = renderTokens(sources[i]!, { filename: f.name, extraTokens: extra });
    if (got.thrown !== undefined) { failures.push(`${f.name}: threw ${String(got.thrown)}`); return; }
    if (exp.error || exp.decodeError) { failures.push(`${f.name}: oracle error ${JSON.stringify(exp.error ?? exp.decodeError)}`); return; }
    if (got.error) { failures.push(`${f.name}: unexpected error ${JSON.stringify(got.error)}`); return; }
    // TokenizerIter yields nothing at all for an empty source; we give ENDMARKER on line 0.
    const emptySource = emptyStream(exp.tokens!, got);
    const d = emptySource ? null : tokenDiff(exp.tokens!, got.tokens!);
    if (d !== null) { failures.push(`${f.name}: ${d}`); return; }
    const c = checkTokenFields(got.tok!, got.raw);
    if (c !== null) { failures.push(`${f.name}: ${c}`); return; }
    tokens += got.raw.length;
  });
  if (failures.length) {
    throw new Error(`${failures.length}/${files.length} files differ:\n` + failures.slice(0, SHOW).join('\n'));
  }
  if (tokens === 0) throw new Error('no tokens compared');
});
}
