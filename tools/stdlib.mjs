// Extracts CPython's pure-Python standard library (Lib/*.py) from the pyodide
// package's python_stdlib.zip into build/stdlib/. It is taken at install time and
// never committed: the pyodide version in package.json pins the CPython release.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'stdlib');
const require = createRequire(import.meta.url);
const zipPath = join(dirname(require.resolve('pyodide/package.json')), 'python_stdlib.zip');
const stamp = join(out, '.source');
const zip = readFileSync(zipPath);
const sourceId = `${zipPath}:${zip.length}`;
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceId) process.exit(0);

// Minimal ZIP reader (APPNOTE.TXT): find the end-of-central-directory record,
// walk the central directory, inflate each stored/deflated member.
let eocd = zip.length - 22;
while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
if (eocd < 0) throw new Error(`${zipPath}: not a zip file`);
const count = zip.readUInt16LE(eocd + 10);
let p = zip.readUInt32LE(eocd + 16);
let written = 0;
for (let i = 0; i < count; i++) {
  if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
  const method = zip.readUInt16LE(p + 10);
  const csize = zip.readUInt32LE(p + 20);
  const nameLen = zip.readUInt16LE(p + 28);
  const extraLen = zip.readUInt16LE(p + 30);
  const commentLen = zip.readUInt16LE(p + 32);
  const local = zip.readUInt32LE(p + 42);
  const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
  p += 46 + nameLen + extraLen + commentLen;
  if (name.endsWith('/')) continue;
  const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const raw = zip.subarray(dataStart, dataStart + csize);
  const data = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
  if (!data) throw new Error(`${name}: unsupported compression ${method}`);
  const dest = join(out, name);
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, data);
  written++;
}
writeFileSync(stamp, sourceId);
console.log(`stdlib: ${written} files from ${zipPath} -> build/stdlib`);
