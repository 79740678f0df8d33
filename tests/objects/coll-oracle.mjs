// Makes tests/objects/coll-expected.json with native 64-bit CPython 3.14 (python3.14t on PATH,
// or $PYTHON; Pyodide is 32-bit, so its hashes and sys.maxsize differ): the outcome of every case in
// coll_cases.ts (Python side), plus randomized data for exactness checks: the sequence of __lt__
// calls list.sort makes (as a sha256 of the flattened index pairs), the iteration order of int sets after adds/discards and set algebra, and
// hashes of frozensets, tuples, slices and ranges. Run after `npm run build`:
//   node tests/objects/coll-oracle.mjs
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { GROUPS } = await import(join(root, 'dist', 'tests', 'objects', 'coll_cases.js'));

// Deterministic inputs (a small LCG, the same the test uses to regenerate nothing: inputs are stored).
let seed = 12345;
function rnd(n) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}
function randomArray(n, kind) {
  const a = [];
  for (let i = 0; i < n; i++) {
    if (kind === 0) a.push(rnd(1000));
    else if (kind === 1) a.push(rnd(5));
    else if (kind === 2) a.push(i + (rnd(10) === 0 ? rnd(50) : 0));
    else if (kind === 3) a.push(n - i + (rnd(8) === 0 ? rnd(30) : 0));
    else a.push(rnd(3) === 0 ? rnd(100) : i);
  }
  return a;
}
const sorts = [];
for (const n of [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 200, 300, 500]) {
  for (let kind = 0; kind < 5; kind++) sorts.push({ input: randomArray(n, kind), reverse: rnd(2) === 1 });
}
const setOps = [];
for (let t = 0; t < 60; t++) {
  const ops = [];
  const n = 1 + rnd(t < 30 ? 30 : 300);
  const span = [10, 50, 1000, 1 << 20][rnd(4)];
  for (let i = 0; i < n; i++) {
    const v = rnd(span) - (rnd(3) === 0 ? (span >> 1) : 0);
    const big = rnd(20) === 0;
    ops.push([rnd(4) === 0 ? 'discard' : 'add', big ? `${v}${'0'.repeat(20)}` : String(v)]);
  }
  setOps.push(ops);
}
const algebra = [];
for (let t = 0; t < 40; t++) {
  const mk = () => randomArray(rnd(40), rnd(2) ? 0 : 4).map((x) => x - (rnd(4) === 0 ? 500 : 0));
  algebra.push([mk(), mk()]);
}
const hashInputs = [];
for (let t = 0; t < 40; t++) hashInputs.push(randomArray(rnd(12), 0).map((x) => x - 500));

// A native free-threaded CPython 3.14 (64-bit; Pyodide's 32-bit hashes would not do).
const PYTHON = process.env.FTPY_NATIVE_PYTHON ?? process.env.PYTHON ?? 'python3.14t';
const input = JSON.stringify({
  groups: Object.fromEntries(Object.entries(GROUPS).map(([k, v]) => [k, v.map((c) => c[0])])),
  sorts, setOps, algebra, hashInputs,
});
const out = execFileSync(PYTHON, ['-X', 'warnings=ignore', '-c', String.raw`
import json, sys, warnings, hashlib
warnings.simplefilter('ignore')
INPUT = json.load(sys.stdin)
GROUPS_JSON = json.dumps(INPUT['groups']); SORTS_JSON = json.dumps(INPUT['sorts']); SETOPS_JSON = json.dumps(INPUT['setOps'])
ALGEBRA_JSON = json.dumps(INPUT['algebra']); HASHES_JSON = json.dumps(INPUT['hashInputs'])
def run_group(src):
    ns = {}
    res = []
    for text in src:
        parts = text.split('; ') if '\n' not in text else [text]
        try:
            for p in parts[:-1]:
                exec(p, ns)
            try:
                code = compile(parts[-1], '<case>', 'eval')
            except SyntaxError:
                exec(parts[-1], ns)
                r = None
            else:
                r = eval(code, ns)
            res.append('ok: ' + repr(r))
        except Exception as e:
            res.append('%s: %s' % (type(e).__name__, e))
    return res
groups = {k: run_group(v) for k, v in json.loads(GROUPS_JSON).items()}

class K:
    __slots__ = ('v', 'i')
    log = None
    def __init__(self, v, i): self.v = v; self.i = i
    def __lt__(self, o):
        K.log.append((self.i, o.i))
        return self.v < o.v
sorts = []
for case in json.loads(SORTS_JSON):
    K.log = []
    ks = [K(v, i) for i, v in enumerate(case['input'])]
    ks.sort(reverse=case['reverse'])
    flat = [x for pair in K.log for x in pair]
    digest = hashlib.sha256(json.dumps(flat, separators=(',', ':')).encode()).hexdigest()
    sorts.append({'input': case['input'], 'reverse': case['reverse'], 'compares': len(K.log), 'log': digest,
                  'order': [k.i for k in ks]})

sets = []
for ops in json.loads(SETOPS_JSON):
    s = set()
    for op, v in ops:
        getattr(s, op)(int(v))
    f = frozenset(s)
    sets.append({'ops': ops, 'order': [str(x) for x in s], 'hash': str(hash(f)), 'popped': str(s.pop()) if s else None})

algebra = []
for a, b in json.loads(ALGEBRA_JSON):
    sa, sb = set(a), set(b)
    r = {}
    for name, v in [('a', sa), ('or', sa | sb), ('and', sa & sb), ('sub', sa - sb), ('rsub', sb - sa), ('xor', sa ^ sb),
                    ('union', sa.union(b)), ('inter', sa.intersection(b)), ('diff', sa.difference(b)), ('symdiff', sa.symmetric_difference(b)),
                    ('frozen_or', frozenset(sa) | sb)]:
        r[name] = list(v)
    c = set(sa); c -= sb; r['isub'] = list(c)
    c = set(sa); c &= sb; r['iand'] = list(c)
    c = set(sa); c ^= sb; r['ixor'] = list(c)
    c = set(sa); c |= sb; r['ior'] = list(c)
    algebra.append({'a': a, 'b': b, 'r': r})

hashes = []
for xs in json.loads(HASHES_JSON):
    hashes.append({'xs': xs, 'tuple': str(hash(tuple(xs))), 'frozenset': str(hash(frozenset(xs))),
                   'slice': str(hash(slice(*xs[:3]))) if xs else None,
                   'range': str(hash(range(*[x for x in xs[:3]]))) if len(xs) >= 3 and xs[2] != 0 else None})
print(json.dumps({'version': sys.version.split()[0], 'groups': groups, 'sorts': sorts, 'sets': sets, 'algebra': algebra, 'hashes': hashes}))
`], { input, maxBuffer: 1 << 28 }).toString();
writeFileSync(join(here, 'coll-expected.json'), out);
console.log(`wrote coll-expected.json (${out.length} bytes)`);
