// Tokenizer throughput on build/stdlib: tokens/s and MB/s, for str input (fromString) and bytes
// input (fromBytes). Run: npm run build && node bench/tokenizer.mjs [rounds]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '../dist/src/parser/tokenizer.js';

const root = join(import.meta.dirname, '..', 'build', 'stdlib');
const files = [];
(function walk(d) {
  for (const e of readdirSync(d)) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) walk(p);
    else if (e.endsWith('.py')) files.push(p);
  }
})(root);
const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
const strings = bytes.map((b) => new TextDecoder().decode(b));
const total = bytes.reduce((n, b) => n + b.length, 0);
const rounds = Number(process.argv[2] ?? 5);

function run(kind) {
  let tokens = 0;
  const c0 = process.cpuUsage();
  for (let i = 0; i < files.length; i++) {
    const opts = { filename: files[i], execInput: true };
    const tok = kind === 'bytes' ? Tokenizer.fromBytes(bytes[i], opts) : Tokenizer.fromString(strings[i], opts);
    for (;;) {
      const t = tok.next();
      tokens++;
      if (t.type === 0 || t.type === 67) break;
    }
  }
  // CPU time of this process (less disturbed than wall time by other load on the machine).
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, tokens };
}

console.log(`${files.length} files, ${(total / 1e6).toFixed(2)} MB`);
for (const kind of ['string', 'bytes']) run(kind); // warm up both paths first
for (const kind of (process.env.ORDER === 'bs' ? ['bytes', 'string'] : ['string', 'bytes'])) {
  let best = Infinity, tokens = 0;
  for (let r = 0; r < rounds; r++) {
    const res = run(kind);
    tokens = res.tokens;
    best = Math.min(best, res.ms);
  }
  console.log(`${kind.padEnd(6)}: ${tokens} tokens, best of ${rounds}: ${best.toFixed(0)} ms CPU = ` +
    `${(total / 1e6 / (best / 1000)).toFixed(1)} MB/s, ${(tokens / 1e6 / (best / 1000)).toFixed(2)} M tokens/s`);
}
