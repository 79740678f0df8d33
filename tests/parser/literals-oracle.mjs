// Makes tests/parser/literals-expected.json: the cases of literals*.test.ts / repr*.test.ts
// (number and string literals, reprs, Unicode names, NFKC) with CPython's answers from Pyodide.
// Deterministic (seeded): re-running it gives the same file. Run: node tests/parser/literals-oracle.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { loadPyodide } = await import(join(dirname(require.resolve('pyodide/package.json')), 'pyodide.mjs'));

// mulberry32: small seeded PRNG so the case list is stable.
let seed = 0x5eed1234;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rand() * n);
const pick = (a) => a[int(a.length)];
const digits = (n, alphabet = '0123456789') => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join('');
/** Puts single underscores between some digits, as the tokenizer allows. */
const underscore = (s) => s.split('').map((c, i) => (i > 0 && rand() < 0.15 ? '_' + c : c)).join('');
const hex64 = () => (int(2 ** 32).toString(16).padStart(8, '0') + int(2 ** 32).toString(16).padStart(8, '0'));

// ---- floats to repr (as IEEE bits) ----
const floatBits = new Set();
const specials = [0, -0, Infinity, -Infinity, NaN, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
  1.7976931348623157e308, 1e16, 1e15, 9999999999999998, 1e17, 1e-4, 1e-5, 0.1, 0.2, 0.3, 1 / 3, 2e16 + 8, 123456789012345680,
  1234567890123456, 0.001, 1.5, 100, 12345.678, 4.35, 0.5e-4, 9.999999999999999e-5, 1e22, 1e23, 2 ** 53, 2 ** 53 + 2];
const toBits = (x) => { const b = Buffer.alloc(8); b.writeDoubleBE(x); return b.toString('hex'); };
for (const x of specials) { floatBits.add(toBits(x)); floatBits.add(toBits(-x)); }
for (let e = -330; e <= 310; e++) floatBits.add(toBits(Number(`1e${e}`)));
for (let e = -1074; e <= 1023; e += 3) floatBits.add(toBits(2 ** e));
while (floatBits.size < 2400) floatBits.add(hex64());
for (let i = 0; i < 1000; i++) floatBits.add(toBits(Number(`${digits(1 + int(17))}e${int(40) - 20}`)));

// ---- number literals ----
const numberLits = new Set(['0', '00', '0_0', '1', '0x0', '0XfF', '0o17', '0O7_7', '0b1', '0B1_0', '1_000', '1.', '.5', '1e5',
  '1E+5', '1e-5', '1_0.5e-3_0', '1e400', '1e-400', '1.5e3J', '1j', '0j', '00j', '1e400j', '0.0', '0e0', '00.5', '09.5',
  '2.4703282292062327e-324', '2.4703282292062328e-324', '9007199254740993', '9007199254740993.0', '1e23', '8.988465674311579e307',
  '1' + '0'.repeat(400) + '.0', '0.' + '0'.repeat(400) + '1e400', '179769313486231580793728971405301e276',
  '1'.repeat(4300), '1'.repeat(4301), '1'.repeat(5000), '9'.repeat(4300) + 'j', '0'.repeat(5000), '1'.repeat(4301) + '.0',
  '1_' + '1'.repeat(4300), '0x' + 'f'.repeat(4000), '0b' + '1'.repeat(20000), '0o' + '7'.repeat(5000)]);
for (let i = 0; i < 300; i++) numberLits.add(underscore(pick('123456789') + digits(int(60))));
for (let i = 0; i < 200; i++) numberLits.add('0' + pick('xX') + underscore(digits(1 + int(40), '0123456789abcdefABCDEF')));
for (let i = 0; i < 100; i++) numberLits.add('0' + pick('oO') + underscore(digits(1 + int(40), '01234567')));
for (let i = 0; i < 100; i++) numberLits.add('0' + pick('bB') + underscore(digits(1 + int(100), '01')));
for (let i = 0; i < 800; i++) {
  const a = underscore(digits(1 + int(25)));
  const b = rand() < 0.7 ? underscore(digits(int(25))) : '';
  const exp = rand() < 0.6 ? pick('eE') + pick(['', '+', '-']) + underscore(String(int(700))) : '';
  numberLits.add(`${a}.${b}${exp}${rand() < 0.1 ? pick('jJ') : ''}`);
}
// Exact midpoints between adjacent doubles (and a hair above/below): the round-half-even cases.
for (let i = 0; i < 200; i++) {
  const buf = Buffer.from(hex64(), 'hex');
  buf[0] &= 0x7f; // positive
  const x = buf.readDoubleBE(0);
  if (!Number.isFinite(x) || x === 0) continue;
  const bits = buf.readBigUInt64BE(0);
  const expField = Number(bits >> 52n);
  let m = bits & ((1n << 52n) - 1n);
  let e;
  if (expField === 0) e = -1074; else { m |= 1n << 52n; e = expField - 1075; }
  // midpoint = (2m+1) * 2**(e-1)
  const num = 2n * m + 1n;
  const p = e - 1;
  let text;
  if (p >= 0) text = (num << BigInt(p)).toString();
  else {
    const scaled = (num * 5n ** BigInt(-p)).toString();
    const k = -p;
    text = scaled.length > k ? `${scaled.slice(0, -k)}.${scaled.slice(-k)}` : `0.${'0'.repeat(k - scaled.length)}${scaled}`;
  }
  if (text.length > 400) continue;
  numberLits.add(text.includes('.') ? text : text + '.0');
  numberLits.add((text.includes('.') ? text : text + '.') + '0000001');
}

// ---- string literals ----
const strLits = new Set();
const bodies = [
  '', 'abc', "it's", 'say "hi"', `both ' and "`, '\\n\\t\\r\\\\\\\'\\"\\a\\b\\f\\v\\0', '\\\n', 'a\\\nb',
  '\\0', '\\7', '\\07', '\\377', '\\400', '\\777', '\\1234', '\\8', '\\9', '\\08', '\\d', '\\ ', '\\q', '\\{', '\\}',
  'ab\\d\\q', 'ä\\d', '😀x\\d', '\\x41', '\\xfF', '\\x1', '\\x', '\\xg0', '\\x1g', 'ä\\x1', '\\xä', '\\x1ä', '\\x\\n',
  '\\u0041', '\\u00e9', '\\u12', '\\u', '\\uD800', '\\udfff', '\\ud83d\\ude00', '\\ud83dx\\ude00', '\\U0001F600',
  '\\U00110000', '\\UFFFFFFFF', '\\U0010FFFF', '\\U0000', '\\U0000004g', '\\u00', '\\ä', 'a\\', '\\\\ä', '\\\\\\ä',
  '\\N{LATIN SMALL LETTER A}', '\\N{latin small letter a}', '\\N{Latin Small Letter A}', '\\N{BEL}', '\\N{bel}',
  '\\N{LATIN CAPITAL LETTER GHA}', '\\N{KEYCAP NUMBER SIGN}', '\\N{HANGUL SYLLABLE GAG}', '\\N{HANGUL SYLLABLE A}',
  '\\N{HANGUL SYLLABLE GGAG}', '\\N{HANGUL SYLLABLE gag}', '\\N{hangul syllable GAG}', '\\N{HANGUL SYLLABLE }',
  '\\N{HANGUL SYLLABLE GAGX}', '\\N{CJK UNIFIED IDEOGRAPH-4E00}', '\\N{CJK UNIFIED IDEOGRAPH-04E00}',
  '\\N{CJK UNIFIED IDEOGRAPH-4e00}', '\\N{cjk unified ideograph-4E00}', '\\N{CJK UNIFIED IDEOGRAPH-004E00}',
  '\\N{CJK UNIFIED IDEOGRAPH-2A6DF}', '\\N{CJK UNIFIED IDEOGRAPH-2A6E0}', '\\N{CJK UNIFIED IDEOGRAPH-F900}',
  '\\N{CJK COMPATIBILITY IDEOGRAPH-F900}', '\\N{TANGUT IDEOGRAPH-17000}', '\\N{NUSHU CHARACTER-1B170}',
  '\\N{EGYPTIAN HIEROGLYPH-13460}', '\\N{foo}', 'ä\\N{foo}', '\\N{ä}', '\\N', '\\N{', '\\N{}', '\\Nx', '\\N{a',
  '\\N{LATIN SMALL LETTER A }', '\\N{ LATIN SMALL LETTER A}', '\\N{LATIN  SMALL LETTER A}', '\\N{SPACE}\\N{NBSP}',
  '\\N{LINE FEED}\\N{EOL}\\N{ZWJ}\\N{VS256}\\N{BYTE ORDER MARK}', 'x\\N{DIGIT ONE}y', '\\N{PADDING CHARACTER}',
  '\\t\u00a0\u2028\u3000\ufeff\u00ad', 'é\\q', '\u4e00\\q', '\\q\\w',
];
for (const body of bodies) {
  for (const prefix of ['', 'r', 'u', 'b', 'rb', 'Br']) {
    if (prefix.includes('b') && /[^\x00-\x7f]/.test(body) && prefix !== 'b') continue;
    for (const q of ["'", '"', "'''", '"""']) {
      if (q.length === 1 && body.includes('\n')) continue;
      if (body.endsWith('\\') || body.includes(q[0]) && q.length === 1) continue;
      if (q.length === 3 && body.endsWith(q[0])) continue;
      strLits.add(prefix + q + body + q);
    }
  }
}
for (const t of ['"""a\nb\\d"""', '"""a\nä\\d"""', '"""ä\n\\d"""', "'''\\\n\\d'''", '"a" "b"', '"\\ud83d" "\\ude00"',
  '"\\ud83d" "x"', '"a\\ud83d" "\\ude00b" "\\ud83d"', 'b"\\x00\\xff"', 'b"ä"', 'rb"ä"', 'u"x"', 'U"\\x41"', 'R"\\x41"',
  'bR"\\x41"', 'RB"\\q"', 'b"\\777"', 'b"\\400"', 'b"a\\d"', 'b"\\x"', 'b"\\xz1"', 'b"\\x1"', 'b"ab\\x4"',
  '"""\n\n  \\d"""', "'\\\\N{foo}'", "''", '""""""', "''''''", 'f"x"']) strLits.add(t);
// Every byte value, through escapes.
for (let b = 0; b < 256; b += 1) strLits.add(`b"\\x${b.toString(16).padStart(2, '0')}"`);

// ---- reprs of code points: first and last of every general-category run, and random ones ----
const reprCps = new Set([0x20, 0x27, 0x22, 0x5c, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xff, 0x100, 0xffff, 0x10000, 0x10ffff]);
for (let i = 0; i < 1000; i++) reprCps.add(int(0x110000));

// ---- names, NFKC ----
const nameCps = new Set([0, 7, 0x41, 0xac00, 0xd7a3, 0x4e00, 0x3400, 0x20000, 0x2a6df, 0x17000, 0x18b00, 0x1b170, 0xf900, 0x13460]);
for (let i = 0; i < 1000; i++) nameCps.add(int(0x110000));
for (let i = 0; i < 300; i++) nameCps.add(0x20 + int(0x3000));

/** Long literal texts are stored as {p: prefix, r: repeated char, n: count, s: suffix}. */
function compact(text) {
  const m = /^(.*?)(.)\2{999,}(.*)$/s.exec(text);
  if (!m) return text;
  const n = text.length - m[1].length - m[3].length;
  return { p: m[1], r: m[2], n, s: m[3] };
}

const py = await loadPyodide();
py.globals.set('CASES', JSON.stringify({
  floatBits: [...floatBits], numberLits: [...numberLits], strLits: [...strLits], reprCps: [...reprCps], nameCps: [...nameCps],
}));
const out = JSON.parse(py.runPython(String.raw`
import ast, json, struct, warnings, unicodedata, random
cases = json.loads(CASES)
res = {'python': __import__('sys').version.split()[0], 'unidata': unicodedata.unidata_version}

res['floatRepr'] = [[h, repr(struct.unpack('>d', bytes.fromhex(h))[0])] for h in cases['floatBits']]

def number(t):
    try:
        node = ast.parse(t, mode='eval').body
    except SyntaxError as e:
        return {'error': e.msg, 'offset': e.offset, 'end_offset': e.end_offset}
    if not isinstance(node, ast.Constant):
        return None
    v = node.value
    if isinstance(v, int):
        if v.bit_length() > 600:  # keep the file small: the number of bits and a residue
            return {'intBits': v.bit_length(), 'intMod': v % 1000000007}
        return {'int': repr(v)}
    if isinstance(v, float):
        return {'float': struct.pack('>d', v).hex(), 'repr': repr(v)}
    return {'imag': struct.pack('>d', v.imag).hex(), 'repr': repr(v)}
res['numbers'] = [[t, r] for t in cases['numberLits'] for r in [number(t)] if r is not None]

def literal(t):
    out = {}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            node = ast.parse(t, mode='eval').body
            if not isinstance(node, ast.Constant):
                return None
            out['repr'] = repr(node.value)
        except SyntaxError as e:
            out['error'] = e.msg
    if w and 'repr' in out:
        # The message is fixed text around the escape: keep the escape ('d', '777') and the line.
        out['warning'] = [__import__('re').match(r'"\\(.*?)" is an invalid', str(w[0].message)).group(1), w[0].lineno]
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            try:
                ast.parse(t, mode='eval')
            except SyntaxError as e:
                out['warningAsError'] = [e.lineno, e.offset, e.end_lineno, e.end_offset]
    return out
res['strings'] = [[t, r] for t in cases['strLits'] for r in [literal(t)] if r is not None]

cps = set(cases['reprCps'])
prev = None
for cp in range(0x110000):
    c = unicodedata.category(chr(cp))
    if c != prev:
        cps.add(cp)
        prev = c
res['strRepr'] = [[cp, repr(chr(cp))] for cp in sorted(cps)]
res['strReprMixed'] = [[[ord(c) for c in s], repr(s)] for s in ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\x00\x7f\x80\xff", "\t\n\r\x0b\x0c",
    "\u2028\u00a0 \u3000", "\ud800\udc00", "caf\u00e9", "\U0001f600\u200d"]]
res['bytesRepr'] = [[list(b), repr(bytes(b))] for b in [[], [39], [34], [39, 34], [92], list(range(256)), [97, 39, 98]]]
vals = [0.0, -0.0, 1.0, -1.5, float('inf'), float('-inf'), float('nan'), 1e16, 1e-5, 2.5e-310, 123.0, 1e300]
res['complexRepr'] = [[struct.pack('>d', a).hex(), struct.pack('>d', b).hex(), repr(complex(a, b))] for a in vals for b in vals]
ints = [0, 1, -1, 10**4300 - 1, -(10**4300 - 1), 2**64, -2**64, 10**4299]
r = random.Random(7)
ints += [r.getrandbits(r.randrange(1, 3000)) * r.choice([1, -1]) for _ in range(60)]
def int_repr(v):
    try:
        return repr(v)
    except ValueError as e:
        return 'ValueError: ' + str(e)
ints += [10**4300, -10**4300, 2**14300]
res['intRepr'] = [[hex(v), int_repr(v)] for v in ints if v.bit_length() <= 3000]
# Near the 4300-digit limit only the outcome is kept: 'ok' + length, or the error.
big = [10**4300 - 1, -(10**4300 - 1), 10**4299, 10**4300, -10**4300, 2**14300, 2**14284, 2**14285]
res['intReprLimit'] = [[str(k), (lambda s: s if s.startswith('ValueError') else 'ok %d' % len(s))(int_repr(v))] for k, v in enumerate(big)]

res['charNames'] = [[cp, unicodedata.name(chr(cp), None)] for cp in sorted(set(cases['nameCps']))]
lk = []
for cp in sorted(set(cases['nameCps']))[::2]:
    n = unicodedata.name(chr(cp), None)
    if n is None: continue
    for v in (n, n.lower(), n.title()):
        try:
            lk.append([v, [ord(c) for c in unicodedata.lookup(v)]])
        except KeyError:
            lk.append([v, None])
res['lookups'] = lk

nf = []
diff = [0x1acf, 0x1ad0, 0x1add, 0x1ae0, 0x1aeb, 0xa7f1, 0x10efa, 0x1e6e3, 0x1e6f5]
for cp in diff:
    for s in (chr(cp), 'a' + chr(cp) + '\u0334', 'a\u0301' + chr(cp) + '\u0316\u0301', '\u1100' + chr(cp) + '\u1161'):
        nf.append([s, unicodedata.normalize('NFKC', s)])
for _ in range(300):
    s = ''.join(chr(r.choice([r.randrange(0x20, 0x3000), r.randrange(0x300, 0x370), r.randrange(0xac00, 0xd7a4),
        r.randrange(0xfb00, 0xfffe), r.randrange(0x1d400, 0x1d800)])) for _ in range(r.randrange(1, 8)))
    nf.append([s, unicodedata.normalize('NFKC', s)])
res['nfkc'] = nf
json.dumps(res)
`));
for (const row of out.numbers) row[0] = compact(row[0]);
const dest = join(here, 'literals-expected.json');
writeFileSync(dest, JSON.stringify(out, null, 0).replace(/\],\[/g, '],\n['));
console.log(`wrote ${dest}: ${out.floatRepr.length} floats, ${out.numbers.length} numbers, ${out.strings.length} strings, ` +
  `${out.strRepr.length} code points, ${out.charNames.length} names`);
