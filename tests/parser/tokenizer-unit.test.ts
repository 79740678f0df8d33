// Tokenizer behaviour the token-stream oracle cannot show: f/t-string expression metadata (checked
// against the debug texts and Interpolation.str CPython puts in the AST), type comments (against
// ast.parse(type_comments=True)), token records, text helpers and the tokenizer's API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokenizer, byteToCharOffset, type TokenizerOptions } from '../../src/parser/tokenizer.js';
import { T, type Token } from '../../src/parser/token.js';
import { E } from '../../src/parser/errcode.js';
import { PyParserException, PySyntaxError } from '../../src/parser/errors.js';
import { loadOracle } from './harness.js';

const opts: TokenizerOptions = { filename: '<test>', execInput: true };

function all(source: string | Uint8Array, o: Partial<TokenizerOptions> = {}): { tok: Tokenizer; tokens: Token[] } {
  const options = { ...opts, ...o };
  const tok = typeof source === 'string' ? Tokenizer.fromString(source, options) : Tokenizer.fromBytes(source, options);
  const tokens: Token[] = [];
  for (;;) {
    const t = tok.next();
    tokens.push(t);
    if (t.type === T.ENDMARKER || t.type === T.ERRORTOKEN) return { tok, tokens };
  }
}

test('f/t-string metadata: the expression text CPython attaches to ! : } tokens', () => {
  // Verified against CPython 3.14: debug Constant values and Interpolation.str (which CPython
  // derives from these by stripping) for the same sources.
  const cases: Array<[string, string[]]> = [
    ['f"{a=}"', ['}:a=']],
    ['f"{a = }"', ['}:a = ']],
    ['f"{a=!r}"', ['!:a=', '}:a=!r']],
    ['f"{a=:>10}"', ['::a=', '}:a=:>10']],
    ['f"{a + b=}"', ['}:a + b=']],
    ['f"{a!=b=}"', ['}:a!=b=']],
    ['f"""{a # c\n=}"""', ['}:a \n=']],
    ['f"{\'#\'=}"', ["}:'#'="]],
    ['t"{ a + b }"', ['}: a + b ']],
    ['t"{a # c\n}"', ['}:a \n']],
    ['t"{a:{b}>{c!r}}"', ['::a', '}:b', '}:c!r}']],
    ['t"{a!r:>{w}}"', ['!:a', '::a', '}:w}']],
    ['t"{x=}"', ['}:x=']],
    ['f"{a=:{b=}}"', ['::a=', '}:b=']],
    ['t"{ {\'k\': 1}[\'k\'] = :x}"', [":: {'k': 1}['k'] = ", "}: {'k': 1}['k'] = :x"]],
    ['f"{é=}"', ['}:é=']],
    ['t"{f\'{x}\'}"', ["}:f'{x}'"]],
    ['f"{a=}{b=}"', ['}:a=', '}:b=']],
    ['t"{a}{{{b}}}"', ['}:a', '}:b']],
    ['f"{a}" f"{b!r:>3}"', []],
  ];
  for (const [src, expected] of cases) {
    const got = all(src).tokens.filter((t) => t.metadata !== null).map((t) => `${t.string}:${t.metadata}`);
    assert.deepEqual(got, expected, src);
  }
});

/** Python repr of a str (single-quoted form, as ast.dump prints) -> the string. */
function unrepr(s: string): string {
  return s.slice(1, -1).replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/g, (_m, e: string) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? e;
  });
}

test('type comments: TYPE_COMMENT text and TYPE_IGNORE tags equal ast.parse(type_comments=True)', async () => {
  const sources = [
    'x = 1  # type: int\n', 'x = 1  #type:int\n', 'x = 1  #  type:   List[int]  \n',
    'def f(a):  # type: (int) -> str\n    pass\n', 'import x  # type: ignore\n', 'import x  # type: ignore[code]\n',
    '# type: ignore\nx = 1\n', 'x = 1 # type: ignored\n', 'x = 1 # type: ignore2\n', 'x = 1 # type: ignore é\n',
    'x = 1 # type: ignoreé\n', 'x = 1 # type:\tint\n', 'def f(\n    a,  # type: int\n):\n    pass\n',
    'x = 1 # type: ignore # more\n', 'x = 1 # type: ignore\tfoo\n', 'x=1 # type: ignore', 'x = 1 # type: é\n',
    'for x in y:  # type: int\n    pass\n', 'with a as b:  # type: int\n    pass\n', 'x = 1 # typo: int\n',
  ];
  const oracle = await loadOracle();
  const expected = await oracle.oracleParse(sources.map((source) => ({ source, typeComments: true })));
  sources.forEach((src, i) => {
    const dump = expected[i]!.dump!;
    const comments = [...dump.matchAll(/type_comment=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)].map((m) => unrepr(m[1]!));
    const ignores = [...dump.matchAll(/TypeIgnore\(lineno=(\d+), tag=('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)/g)]
      .map((m) => `${m[1]}:${unrepr(m[2]!)}`);
    const { tok, tokens } = all(src, { typeComments: true });
    const gotComments = tokens.filter((t) => t.type === T.TYPE_COMMENT).map((t) => t.string);
    // pegen.c _PyPegen_fill_token takes the tag's length from the columns, which include the
    // newline a lone "# type: ignore" line consumes.
    const gotIgnores = tokens.filter((t) => t.type === T.TYPE_IGNORE)
      .map((t) => `${t.lineno}:${tok.text(t.start, t.start + t.end_col_offset - t.col_offset)}`);
    assert.deepEqual(gotComments, comments, `type comments of ${JSON.stringify(src)}`);
    assert.deepEqual(gotIgnores, ignores, `type ignores of ${JSON.stringify(src)}`);
    const plain = all(src).tokens;
    assert.ok(plain.every((t) => t.type !== T.TYPE_COMMENT && t.type !== T.TYPE_IGNORE), 'only with typeComments');
  });
});

test('type comment token positions', () => {
  const { tokens } = all('x = 1  #  type: int\n', { typeComments: true });
  const tc = tokens.find((t) => t.type === T.TYPE_COMMENT)!;
  assert.deepEqual([tc.string, tc.lineno, tc.col_offset, tc.end_lineno, tc.end_col_offset], ['int', 1, 16, 1, 19]);
  const { tokens: t2 } = all('import x  # type: ignore[x]\n', { typeComments: true });
  const ti = t2.find((t) => t.type === T.TYPE_IGNORE)!;
  assert.deepEqual([ti.string, ti.col_offset, ti.end_col_offset], ['[x]', 24, 27]);
});

test('token records: byte columns, level, text of non-ASCII sources', () => {
  const { tok, tokens } = all('é = (ü,\n  "ß")\n');
  const view = tokens.map((t) => [t.type, t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, t.level]);
  assert.deepEqual(view, [
    [T.NAME, 'é', 1, 0, 1, 2, 0], [T.EQUAL, '=', 1, 3, 1, 4, 0], [T.LPAR, '(', 1, 5, 1, 6, 1],
    [T.NAME, 'ü', 1, 6, 1, 8, 1], [T.COMMA, ',', 1, 8, 1, 9, 1], [T.STRING, '"ß"', 2, 2, 2, 6, 1],
    [T.RPAR, ')', 2, 6, 2, 7, 0], [T.NEWLINE, '', 2, 7, 2, 8, 0], [T.ENDMARKER, '', 2, -1, 2, -1, 0],
  ]);
  assert.equal(tok.lineText(1), 'é = (ü,');
  assert.equal(tok.lineText(2), '  "ß")');
  assert.equal(tok.lineText(3), '');
  assert.equal(tok.lineText(0), '');
  assert.equal(tok.text(0, 2), 'é');
  assert.equal(tokens.every((t) => t.memo === null), true);
});

test('multi-line string tokens start on their first line', () => {
  const { tokens } = all('x = """a\nbc\n"""\n');
  const s = tokens.find((t) => t.type === T.STRING)!;
  assert.deepEqual([s.lineno, s.col_offset, s.end_lineno, s.end_col_offset], [1, 4, 3, 3]);
});

test('eval input (execInput false): no newline is added', () => {
  const { tokens } = all('a + b', { execInput: false });
  assert.deepEqual(tokens.map((t) => t.type), [T.NAME, T.PLUS, T.NAME, T.ENDMARKER]);
  const { tokens: t2 } = all('a + b', { execInput: true });
  assert.deepEqual(t2.map((t) => t.type), [T.NAME, T.PLUS, T.NAME, T.NEWLINE, T.ENDMARKER]);
  const { tokens: t3 } = all('if x:\n  y', { execInput: false });
  // No final newline, so no DEDENT either: EOF comes straight after the last token (as in CPython).
  assert.deepEqual(t3.map((t) => t.type), [T.NAME, T.NAME, T.COLON, T.NEWLINE, T.INDENT, T.NAME, T.ENDMARKER]);
});

test('state after errors, as the parser reads it', () => {
  let r = all('x = (1,\n');
  assert.equal(r.tokens.at(-1)!.type, T.ERRORTOKEN);
  assert.equal(r.tok.done, E.EOF);
  assert.equal(r.tok.level, 1);
  assert.deepEqual([r.tok.parenstack[0], r.tok.parenlinenostack[0], r.tok.parencolstack[0]], ['('.charCodeAt(0), 1, 4]);
  assert.equal(r.tok.error, null);
  r = all('if x:\n  a\n\tb\n');
  assert.equal(r.tok.done, E.TABSPACE);
  assert.equal(r.tok.cur, r.tok.inp);
  r = all('x = 1)');
  assert.equal(r.tok.done, E.ERROR);
  assert.equal(r.tok.error!.msg, "unmatched ')'");
  r = all('x = f"{a');
  assert.equal(r.tok.modeStackIndex, 1);
  assert.equal(r.tok.currentStringPrefix(), 'f');
  r = all('x = rt"{a');
  assert.equal(r.tok.currentModeRaw(), true);
  assert.equal(r.tok.currentStringPrefix(), 't');
});

test('warnings: sink receives them; returning true turns them into SyntaxErrors', () => {
  const seen: string[] = [];
  let r = all('x = 1if y else 2\n', { warn: (w) => { seen.push(`${w.category}:${w.lineno}:${w.message}`); return false; } });
  assert.deepEqual(seen, ['SyntaxWarning:1:invalid decimal literal']);
  assert.equal(r.tokens.at(-1)!.type, T.ENDMARKER);
  r = all('x = 1if y else 2\n', { warn: () => true });
  assert.equal(r.tokens.at(-1)!.type, T.ERRORTOKEN);
  assert.deepEqual([r.tok.error!.msg, r.tok.error!.lineno, r.tok.error!.offset], ['invalid decimal literal', 1, 5]);
  r = all('x = f"\\{a}"\n', { warn: () => true });
  assert.equal(r.tok.error!.msg, '"\\{" is an invalid escape sequence. Did you mean "\\\\{"? A raw string is also an option.');
});

test('byteToCharOffset: code points, clamped past the end like CPython', () => {
  assert.equal(byteToCharOffset('abc', 0), 0);
  assert.equal(byteToCharOffset('abc', 2), 2);
  assert.equal(byteToCharOffset('abc', 3), 3);
  assert.equal(byteToCharOffset('abc', 4), 4);
  assert.equal(byteToCharOffset('abc', 40), 4);
  assert.equal(byteToCharOffset('é€😀x', 2), 1);
  assert.equal(byteToCharOffset('é€😀x', 5), 2);
  assert.equal(byteToCharOffset('é€😀x', 9), 3);
  assert.equal(byteToCharOffset('é€😀x', 10), 4);
  assert.equal(byteToCharOffset('é€😀x', 11), 5);
});

test('fromBytes and fromString agree; the source is kept as CPython holds it', () => {
  const src = 'x = "é"\r\ny = 1';
  const a = all(src).tokens.map((t) => [t.type, t.string, t.lineno, t.col_offset]);
  const b = all(new TextEncoder().encode(src)).tokens.map((t) => [t.type, t.string, t.lineno, t.col_offset]);
  assert.deepEqual(a, b);
  const tok = Tokenizer.fromString(src, opts);
  assert.equal(tok.source, 'x = "é"\ny = 1\n');
  assert.equal(tok.encoding, 'utf-8');
  assert.equal(Tokenizer.fromBytes(new TextEncoder().encode('x'), opts).encoding, null);
  assert.equal(Tokenizer.fromBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x78]), opts).encoding, 'utf-8');
  assert.equal(Tokenizer.fromBytes(new TextEncoder().encode('# coding: latin-1\nx'), opts).encoding, 'iso-8859-1');
});

test('str sources compile() cannot encode or that contain null bytes', () => {
  const thrown = (src: string): unknown => {
    try { Tokenizer.fromString(src, opts); } catch (e) { return e; }
    return null;
  };
  // Messages as CPython 3.14's compile() gives them.
  for (const [src, msg] of [
    ['x = \ud83d', "'utf-8' codec can't encode character '\\ud83d' in position 4: surrogates not allowed"],
    ['x = \udc00\ud800 + 1', "'utf-8' codec can't encode characters in position 4-5: surrogates not allowed"],
    ['é\udc00', "'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed"],
    ['😀\udc00\x00', "'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed"],
  ] as const) {
    const e = thrown(src);
    assert.ok(e instanceof PyParserException, src);
    assert.deepEqual([e.name, e.message], ['UnicodeEncodeError', msg]);
  }
  const e = thrown('x = 1\0');
  assert.ok(e instanceof PySyntaxError);
  assert.equal(e.msg, 'source code string cannot contain null bytes');
});
