// Generates src/unicode/strtables.ts: the character data str's methods need (is* predicates, case
// flags, full case mappings), read from Pyodide's str methods (CPython 3.14 = Unicode 16.0), since
// the host's ICU may carry another Unicode version.
//   node tools/gen-unicode-str.mjs           rewrite src/unicode/strtables.ts (committed)
//   node tools/gen-unicode-str.mjs --check   exit 1 if strtables.ts is stale; exit 2 if Pyodide is missing
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outPath = join(root, 'src', 'unicode', 'strtables.ts');
const mode = process.argv[2] ?? '--write';

const require = createRequire(import.meta.url);
let pyodideDir;
try {
  pyodideDir = dirname(require.resolve('pyodide/package.json'));
} catch {
  console.error('gen-unicode-str: pyodide is not installed');
  process.exit(2);
}
const { loadPyodide } = await import(join(pyodideDir, 'pyodide.mjs'));
const py = await loadPyodide();

// Cased and Case_Ignorable are not exposed by Python; they are observed through the final-sigma
// rule of str.lower() (CPython: handle_capital_sigma) and the previous_is_cased rule of title().
const PY = String.raw`
import json, unicodedata as u
def ranges(pred):
    out = []; start = None
    for cp in range(0x110000):
        if pred(cp):
            if start is None: start = cp
        elif start is not None:
            out.append((start, cp - 1)); start = None
    if start is not None: out.append((start, 0x10FFFF))
    return out
def mapping(f):
    out = []
    for cp in range(0x110000):
        c = chr(cp); r = f(c)
        if r != c: out.append((cp, [ord(x) for x in r]))
    return out
json.dumps({
    'version': u.unidata_version,
    'alpha': ranges(lambda cp: chr(cp).isalpha()),
    'decimal': ranges(lambda cp: chr(cp).isdecimal()),
    'digit': ranges(lambda cp: chr(cp).isdigit()),
    'numeric': ranges(lambda cp: chr(cp).isnumeric()),
    'space': ranges(lambda cp: chr(cp).isspace()),
    'lower': ranges(lambda cp: chr(cp).islower()),
    'upper': ranges(lambda cp: chr(cp).isupper()),
    'title': ranges(lambda cp: u.category(chr(cp)) == 'Lt'),
    'cased': ranges(lambda cp: (chr(cp) + 'a').title()[-1] == 'a'),
    'caseIgnorable': ranges(lambda cp: ('A' + chr(cp) + '\u03a3').lower()[-1] == '\u03c2'
                                       and (chr(cp) + '\u03a3').lower()[-1] != '\u03c2'),
    'toLower': mapping(str.lower), 'toUpper': mapping(str.upper),
    'toTitle': mapping(str.title), 'toFolded': mapping(str.casefold),
    'decimalValues': [(cp, u.decimal(chr(cp))) for cp in range(0x110000) if chr(cp).isdecimal()],
})
`;

/** Ranges as text: base-36 numbers, alternately the gap before a range and its length - 1. */
function encodeRanges(ranges) {
  const parts = [];
  let prevEnd = -1;
  for (const [start, end] of ranges) {
    parts.push((start - prevEnd - 1).toString(36), (end - start).toString(36));
    prevEnd = end;
  }
  return parts.join(',');
}

/**
 * A case mapping as text. Single-character results become runs "gap,count,stride,delta" (base 36:
 * `count` code points from the previous run's last code point + gap, `stride` apart, each mapped
 * to itself + delta), joined by ';'. Multi-character results are listed apart: "cp:a.b.c" joined by ';'.
 */
function encodeMapping(entries) {
  const singles = entries.filter(([, r]) => r.length === 1).map(([cp, r]) => [cp, r[0] - cp]);
  const runs = [];
  for (const [cp, d] of singles) {
    const run = runs[runs.length - 1];
    if (run && run.delta === d && (run.count === 1 ? cp - run.last <= 2 : cp - run.last === run.stride)) {
      if (run.count === 1) run.stride = cp - run.last;
      run.count++;
      run.last = cp;
    } else {
      runs.push({ first: cp, last: cp, count: 1, stride: 1, delta: d });
    }
  }
  let prev = 0;
  const single = runs.map((r) => {
    const s = [(r.first - prev).toString(36), r.count.toString(36), r.stride.toString(36), r.delta.toString(36)].join(',');
    prev = r.last;
    return s;
  }).join(';');
  const multi = entries.filter(([, r]) => r.length !== 1)
    .map(([cp, r]) => `${cp.toString(36)}:${r.map((x) => x.toString(36)).join('.')}`).join(';');
  return { single, multi };
}

function wrap(text) {
  const chunks = [];
  for (let i = 0; i < text.length; i += 96) chunks.push(JSON.stringify(text.slice(i, i + 96)));
  return chunks.length ? chunks.join(' +\n  ') : '""';
}

function source(t) {
  // Unicode guarantees decimal digits come in runs of ten starting at zero; checked here so that
  // strprops.ts can compute the value from the run start.
  const runs = t.decimal;
  for (const [cp, v] of t.decimalValues) {
    const run = runs.find(([a, b]) => a <= cp && cp <= b);
    if ((cp - run[0]) % 10 !== v) throw new Error(`decimal digit U+${cp.toString(16)} breaks the run rule`);
  }
  const sets = [
    ['ALPHA', 'alpha', 'str.isalpha() (categories Lm, Lt, Lu, Ll, Lo)'],
    ['DECIMAL', 'decimal', 'str.isdecimal() (characters with a decimal digit value)'],
    ['DIGIT', 'digit', 'str.isdigit() (characters with a digit value)'],
    ['NUMERIC', 'numeric', 'str.isnumeric() (characters with a numeric value)'],
    ['SPACE', 'space', 'str.isspace() (bidirectional class WS, B or S, or category Zs)'],
    ['LOWER', 'lower', 'Lowercase: str.islower() of one character'],
    ['UPPER', 'upper', 'Uppercase: str.isupper() of one character'],
    ['TITLE', 'title', 'Titlecase letters (category Lt)'],
    ['CASED', 'cased', 'Cased (title() and the final-sigma rule of lower())'],
    ['CASE_IGNORABLE', 'caseIgnorable', 'Case_Ignorable (the final-sigma rule of lower())'],
  ];
  const maps = [
    ['LOWER_MAP', 'toLower', 'full lowercase mapping (str.lower() of one character)'],
    ['UPPER_MAP', 'toUpper', 'full uppercase mapping'],
    ['TITLE_MAP', 'toTitle', 'full titlecase mapping'],
    ['FOLD_MAP', 'toFolded', 'full case folding (str.casefold())'],
  ];
  let out = `// Generated by tools/gen-unicode-str.mjs from Pyodide's str methods; do not edit.
// Character data for str's methods (Unicode ${t.version}): sets as base-36 ranges (gap before a
// range, length - 1; decoded by ranges.ts), case mappings as runs (decoded by strprops.ts).

export const STR_UNIDATA_VERSION = '${t.version}';
`;
  for (const [name, key, doc] of sets) out += `\n/** ${doc} */\nexport const ${name} =\n  ${wrap(encodeRanges(t[key]))};\n`;
  for (const [name, key, doc] of maps) {
    const m = encodeMapping(t[key]);
    out += `\n/** ${doc}: single-character runs, then multi-character results */\n`;
    out += `export const ${name} =\n  ${wrap(m.single)};\nexport const ${name}_MULTI =\n  ${wrap(m.multi)};\n`;
  }
  return out;
}

const src = source(JSON.parse(py.runPython(PY)));
if (mode === '--check') {
  const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (current !== src) {
    console.error('src/unicode/strtables.ts is stale: run node tools/gen-unicode-str.mjs');
    process.exit(1);
  }
  console.log('unicode: strtables current');
} else {
  writeFileSync(outPath, src);
  console.log(`unicode: wrote src/unicode/strtables.ts (${src.length} bytes)`);
}
