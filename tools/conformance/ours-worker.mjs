// Worker thread for tools/conformance/grammar.mjs: parses cases with ftpy's parser (the compiled
// dist/, or FTPY_PARSER_MODULE) and replies per case with the dump or the error, so that the
// parent can stop a hanging parse and carry on with the next case.
import { parentPort } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The test harness (compiled from tests/parser/harness.ts) knows how to load and classify.
const h = await import(pathToFileURL(join(root, 'dist', 'tests', 'parser', 'harness.js')).href);
const api = await h.loadParser();

parentPort.on('message', (c) => {
  const o = h.tryParse(api, c.source, { ...c.options, filename: '<conformance>' });
  let reply;
  if (o.kind === 'ast') {
    try {
      reply = { kind: 'ast', dump: api.dump(o.node, { includeAttributes: true }) };
    } catch (e) {
      reply = { kind: 'crash', detail: `dump: ${h.fmtThrown(e)}` };
    }
  } else if (o.kind === 'error') {
    reply = { kind: 'error', error: o.error };
  } else {
    reply = { kind: 'crash', detail: h.fmtThrown(o.error) };
  }
  parentPort.postMessage({ id: c.id, ...reply });
});
parentPort.postMessage({ ready: true });
