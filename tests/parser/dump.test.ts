// dump() options must print exactly like CPython's ast.dump with the same keywords
// (include_attributes, annotate_fields, indent as number or string, show_empty), checked on
// snippets covering every kind of field value. Expected text from the oracle (cached).
import { test } from 'node:test';
import { firstDiff, fmtError, fmtThrown, loadOracle, loadParser, tryParse, type DumpOptions, type OracleCase } from './harness.js';

const SNIPPETS: { name: string; source: string; mode?: 'exec' | 'eval' | 'single' | 'func_type' }[] = [
  { name: 'empty module', source: '' },
  { name: 'constants', source: "x = (None, True, False, ..., 0, -1, 10**100, 1.5, 1e300, 1e999, 2j, 'a\\'b\"', b'\\x00\\xff', '\\u00e9\\U0001F600')\n" },
  { name: 'def', source: '@dec\nasync def f[T: int, *Ts, **P](a, /, b: int = 1, *args, c, d=2, **kw) -> T:\n    """doc"""\n    return await a\n' },
  { name: 'class', source: 'class C(B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n' },
  { name: 'control flow', source: 'for i in range(3):\n    if i: continue\n    else: break\nelse:\n    pass\nwhile x: x -= 1\n' },
  { name: 'try', source: 'try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b[0], c.d\n' },
  { name: 'with and imports', source: 'import a.b as c, d\nfrom ..x import (y as z, w)\nfrom . import *\nwith (open(f) as g, h):\n    global q\n' },
  { name: 'match', source: 'match p:\n    case [1, *rest] | {"k": v, **kw} if v:\n        pass\n    case Point(x=0, y=_) as pt:\n        pass\n    case None | -1 | 1+2j | "s":\n        pass\n' },
  { name: 'comprehensions', source: '[x for x in y if x]\n{k: v for k, v in z}\n{s async for s in t}\n(g for g in h)\n' },
  { name: 'expressions', source: 'a = lambda x, *y, z=1, **w: (x if y else z) or not w\nb = a[1:2, ::3, ...] @ c ** -d\nc = (e := 5) < f <= g is not h\n' },
  { name: 'f-strings', source: 'f"a{b!r:>{width}}c{d=}" f\'{e:%Y}\' "plain"\n' },
  { name: 't-strings', source: 't"x{y!s:{z}}w"\n' },
  { name: 'type alias', source: 'type A[T = int] = list[T]\n' },
  { name: 'starred and assignments', source: 'a, *b = c = d\ne += 1\nf: g\n[h, i] = j, k\n' },
  { name: 'eval', source: 'a if b else c', mode: 'eval' },
  { name: 'single', source: 'x = 1\n', mode: 'single' },
  { name: 'func_type', source: '(int, *str) -> None', mode: 'func_type' },
];

/** Each combination once, in ftpy's and CPython's spelling. */
const OPTION_SETS: { ours: DumpOptions; py: NonNullable<OracleCase['dumpOptions']> }[] = [
  { ours: {}, py: {} },
  { ours: { includeAttributes: true }, py: { include_attributes: true } },
  { ours: { annotateFields: false }, py: { annotate_fields: false } },
  { ours: { annotateFields: false, includeAttributes: true }, py: { annotate_fields: false, include_attributes: true } },
  { ours: { indent: 2 }, py: { indent: 2 } },
  { ours: { indent: 0 }, py: { indent: 0 } },
  { ours: { indent: '\t' }, py: { indent: '\t' } },
  { ours: { showEmpty: true }, py: { show_empty: true } },
  { ours: { showEmpty: true, indent: 4, includeAttributes: true }, py: { show_empty: true, indent: 4, include_attributes: true } },
  { ours: { annotateFields: false, indent: '--' }, py: { annotate_fields: false, indent: '--' } },
];

test('dump: every ast.dump option combination prints as CPython does', async (t) => {
  const cases = SNIPPETS.flatMap((s) => OPTION_SETS.map((o) => ({ s, o })));
  const oracle = await loadOracle();
  const expected = await oracle.oracleParse(cases.map(({ s, o }) => ({ source: s.source, mode: s.mode, dumpOptions: o.py })));
  const api = await loadParser();
  const failures: string[] = [];
  cases.forEach(({ s, o }, i) => {
    const where = `${s.name} with ${JSON.stringify(o.ours)}`;
    const exp = expected[i]!;
    if (exp.dump === undefined) { failures.push(`${where}: oracle gave no dump: ${JSON.stringify(exp.error ?? exp.dumpError)}`); return; }
    const got = tryParse(api, s.source, s.mode ? { mode: s.mode } : {});
    if (got.kind === 'error') { failures.push(`${where}: parse raised ${fmtError(got.error)}`); return; }
    if (got.kind === 'crash') { failures.push(`${where}: parse threw ${fmtThrown(got.error)}`); return; }
    let actual: string;
    try {
      actual = api.dump(got.node, o.ours);
    } catch (e) {
      failures.push(`${where}: dump threw ${fmtThrown(e)}`);
      return;
    }
    if (actual !== exp.dump) failures.push(`${where}: ${firstDiff(exp.dump, actual, 50)}`);
  });
  t.diagnostic(`${cases.length - failures.length}/${cases.length} (snippet, options) pairs identical`);
  if (failures.length) throw new Error(`${failures.length}/${cases.length} dumps differ:\n${failures.slice(0, 20).join('\n')}`);
});
