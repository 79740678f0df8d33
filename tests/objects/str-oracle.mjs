// Makes tests/objects/str-expected.json.gz: str method results from CPython 3.14 (Pyodide) for the
// pure string algorithms (str_ops.ts, str_case.ts, str_cp.ts), plus digests of every case mapping
// and predicate over all code points. Run: node tests/objects/str-oracle.mjs
import { loadPyodide } from 'pyodide';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const py = await loadPyodide();

const STRS = ['', 'a', 'abc', 'abcabc', 'aaa', '  a b\tc  ', 'a\u{1F600}b\u{1F600}c', '\u{1F600}\u{1F600}',
  'ab\r\ncd\ref\ngh\x0bij\x0ckl\x1cmn\x85op\u2028qr\u2029st\r', 'ΣΑΣ ΑΣ', 'ß straße', 'İstanbul', 'ǅungla',
  'hello World', 'Hello World', 'HELLO', '١٢٣', '½', '²', 'x\u00a0y\u3000z', 'ﬁ ﬂ', 'ᾳ ᾼ', 'a\ud800b', '\udc00x',
  '-42', '+7', 'tab\there\tand\nnew\tline', 'aßΣ.Σ', 'Σ', 'AΣ', 'AΣb', 'A\u0345Σ', '\u2160\u2170', 'aA1_', 'x'];
const SUBS = ['', 'a', 'ab', 'bc', '\u{1F600}', 'Σ', '\ud800'];
const RANGES = [[null, null], [1, null], [-2, null], [0, -1], [2, 1], [-10, 2], [4, 20]];

const PY = String.raw`
import json, hashlib, sys
STRS = json.loads(STRS_JSON); SUBS = json.loads(SUBS_JSON); RANGES = json.loads(RANGES_JSON)
def enc(v):
    if isinstance(v, (list, tuple)): return [enc(x) for x in v]
    return v
def run(f):
    try: return enc(f())
    except Exception as e: return {'err': type(e).__name__, 'msg': str(e)}
cases = []
def add(op, s, *args):
    m = getattr(str, op)
    cases.append([op, STRS.index(s), [enc(a) for a in args], run(lambda: m(s, *args))])
for s in STRS:
    for sub in SUBS:
        for a, b in RANGES:
            for op in ('find', 'rfind', 'count', 'startswith', 'endswith'):
                add(op, s, sub, a, b)
    for op in ('lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum',
               'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isascii', 'isprintable', 'isidentifier',
               'islower', 'isupper', 'istitle', 'splitlines'):
        add(op, s)
    add('splitlines', s, True)
    for sep in (None, 'a', 'ab', ' ', '\U0001F600', 'Σ'):
        for mx in (-1, 0, 1, 2):
            add('split', s, sep, mx); add('rsplit', s, sep, mx)
    for ch in (None, 'a', 'ab', ' \t', '\U0001F600', 'xc', ''):
        add('strip', s, ch); add('lstrip', s, ch); add('rstrip', s, ch)
    for old, new in (('a', 'XY'), ('', '-'), ('ab', ''), ('\U0001F600', '!'), ('Σ', 'σσ')):
        for cnt in (-1, 0, 1, 2):
            add('replace', s, old, new, cnt)
    for sep in ('a', 'b', '\U0001F600', ' ', 'zz'):
        add('partition', s, sep); add('rpartition', s, sep)
    for w in (-1, 0, 5, 8, 11):
        add('center', s, w, '*'); add('ljust', s, w, '\U0001F600'); add('rjust', s, w, ' '); add('zfill', s, w)
    for t in (8, 4, 0, -1, 1):
        add('expandtabs', s, t)
cmp = []
for a in STRS + ['\ue000', '\uffff', '\U00010000', '\ud800', '\U0010FFFF']:
    for b in STRS + ['\ue000', '\uffff', '\U00010000', '\ud800', '\U0010FFFF']:
        cmp.append([enc(a), enc(b), (a > b) - (a < b)])
digests = {}
for op in ('lower', 'upper', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum', 'isdecimal',
           'isdigit', 'isnumeric', 'isspace', 'isprintable', 'islower', 'isupper', 'istitle', 'isidentifier'):
    m = getattr(str, op); h = hashlib.sha256()
    for cp in range(0x110000):
        r = m(chr(cp))
        h.update((r if isinstance(r, str) else str(int(r))).encode('utf-8', 'surrogatepass') + b'\0')
    digests[op] = h.hexdigest()
json.dumps({'version': sys.version, 'strs': STRS, 'cases': cases, 'compare': cmp, 'digests': digests},
           separators=(',', ':'))
`;
const src = PY.replace('STRS_JSON', JSON.stringify(JSON.stringify(STRS)))
  .replace('SUBS_JSON', JSON.stringify(JSON.stringify(SUBS)))
  .replace('RANGES_JSON', JSON.stringify(JSON.stringify(RANGES)));
const out = py.runPython(src);
writeFileSync(join(here, 'str-expected.json.gz'), gzipSync(out + '\n', { level: 9 }));
console.log(`str-expected.json: ${JSON.parse(out).cases.length} cases`);
