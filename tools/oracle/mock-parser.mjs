// A stand-in for ftpy/parser that answers from the oracle cache (build/oracle/), used only to
// check the test plumbing end to end: FTPY_PARSER_MODULE=tools/oracle/mock-parser.mjs npm test.
// Cases never given to the oracle throw a plain Error (the tests then report a crash).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, caseKey, readCached } from './pyodide.mjs';

const { PySyntaxError } = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'parser', 'errors.js')).href);

export function parse(source, options = {}) {
  const flags = (options.dontImplyDedent ? 0x200 : 0) | (options.allowIncompleteInput ? 0x4000 : 0) |
    (options.barryAsFlufl ? 0x400000 : 0);
  const c = { source, mode: options.mode, typeComments: options.typeComments, featureVersion: options.featureVersion,
    flags: flags || undefined };
  const r = readCached(c) ?? readCached({ ...c, want: 'status' });
  if (!r) throw new Error('mock-parser: case not in the oracle cache');
  if (r.error) {
    const e = r.error;
    if (['SyntaxError', 'IndentationError', 'TabError'].includes(e.type)) {
      throw new PySyntaxError(e.type, e.msg, options.filename ?? '<unknown>', e.lineno, e.offset, e.text,
        e.end_lineno, e.end_offset);
    }
    const err = new Error(e.msg);
    err.name = e.type;
    throw err;
  }
  return { mockDump: r.dump };
}

export function dump(node) {
  if (node.mockDump === undefined) throw new Error('mock-parser: no dump cached for this case');
  return node.mockDump;
}
