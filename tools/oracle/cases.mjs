// Reader for case files such as tests/parser/cases/errors.txt (format described at the top of
// that file). Shared by the test (tests/parser/errors.test.ts) and the script that records
// CPython's expectations (tools/oracle/make-errors.mjs), so both see identical sources.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const SIMPLE_ESCAPES = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', 0: '\0', '\\': '\\' };

/** Decodes the escapes of an `escapes` case into UTF-8 bytes; \xNN is a raw byte in bytes mode. */
function decodeEscapes(text, rawBytes) {
  const out = [];
  const pushText = (s) => out.push(...Buffer.from(s, 'utf8'));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) { pushText(text.slice(i, i + 1)); continue; }
    const e = text[++i];
    if (e in SIMPLE_ESCAPES) pushText(SIMPLE_ESCAPES[e]);
    else if (e === 'x') {
      const n = parseInt(text.slice(i + 1, i + 3), 16);
      if (rawBytes) out.push(n); else pushText(String.fromCharCode(n));
      i += 2;
    } else if (e === 'u') { pushText(String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16))); i += 4; }
    else if (e === 'U') {
      const close = text.indexOf('}', i);
      pushText(String.fromCodePoint(parseInt(text.slice(i + 2, close), 16)));
      i = close;
    } else throw new Error(`unknown escape \\${e}`);
  }
  return Uint8Array.from(out);
}

/**
 * @returns {{ name: string, section: string, line: number, flags: string[], mode: string,
 *   parses: boolean, source: string | Uint8Array }[]}
 */
export function readCaseFile(path) {
  const cases = [];
  let section = '';
  let cur = null;
  const finish = () => {
    if (!cur) return;
    const lines = cur.lines;
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    const flags = cur.flags;
    let text = lines.map((l) => l + '\n').join('');
    if (flags.includes('nonl')) text = text.replace(/\n$/, '');
    const asBytes = flags.includes('bytes');
    let source;
    if (flags.includes('escapes')) {
      const b = decodeEscapes(text, asBytes);
      source = asBytes ? b : Buffer.from(b).toString('utf8');
    } else {
      source = asBytes ? Uint8Array.from(Buffer.from(text, 'utf8')) : text;
    }
    const modeFlag = flags.find((f) => f.startsWith('mode='));
    cases.push({
      name: cur.name, section, line: cur.line, flags,
      mode: modeFlag ? modeFlag.slice(5) : 'exec', parses: flags.includes('parses'), source,
    });
    cur = null;
  };
  const seen = new Set();
  readFileSync(path, 'utf8').split('\n').forEach((l, i) => {
    if (l.startsWith('=== ')) {
      finish();
      const [name, ...flags] = l.slice(4).trim().split(/\s+/);
      if (seen.has(name)) throw new Error(`${path}:${i + 1}: duplicate case name ${name}`);
      seen.add(name);
      cur = { name, flags, line: i + 1, lines: [] };
    } else if (cur && l.startsWith('## ')) {
      finish();
      section = l.slice(3).trim();
    } else if (cur) {
      cur.lines.push(l);
    } else if (l.startsWith('## ')) {
      section = l.slice(3).trim();
    }
  });
  finish();
  return cases;
}

/** A short hash of what is parsed, so stale expectations are noticed. */
export function sourceHash(c) {
  const h = createHash('sha256');
  h.update(`${c.mode}\0${typeof c.source === 'string' ? 'str' : 'bytes'}\0`);
  h.update(typeof c.source === 'string' ? JSON.stringify(c.source) : c.source);
  return h.digest('hex').slice(0, 16);
}
