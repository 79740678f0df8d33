// Worker thread for tests/parser/fuzz.test.ts: parses (and dumps) one input per message and
// replies with the outcome class, so the main thread can enforce a wall-clock liveness limit
// and replace the worker when a parse hangs or kills it.
import { parentPort } from 'node:worker_threads';
import { classifyThrown, fmtThrown, loadParser, type OracleError } from './harness.js';

export interface FuzzRequest { id: number; source: string | Uint8Array }
export interface FuzzReply {
  id: number;
  /** 'ast': parsed (and dumped, or dump raised a Python exception); 'error': a Python exception (class in `type`); 'crash': any other throw. */
  kind: 'ast' | 'error' | 'crash';
  type?: string;
  msg?: string;
  /** For 'error': the full record, location included. */
  error?: OracleError;
  detail?: string;
  /** For 'ast': the Python exception dump() raised, if any. */
  dumpError?: string;
}

const DUMP_ERROR_NAMES: ReadonlySet<string> = new Set(['RecursionError', 'ValueError', 'MemoryError']);

const api = await loadParser();

function run(source: string | Uint8Array): Omit<FuzzReply, 'id'> {
  let node: unknown;
  try {
    node = api.parse(source, { filename: '<fuzz>' });
  } catch (e) {
    const o = classifyThrown(e);
    return o.kind === 'error' ? { kind: 'error', type: o.error.type, msg: o.error.msg, error: o.error } : { kind: 'crash', detail: fmtThrown(e) };
  }
  try {
    api.dump(node, { includeAttributes: true });
  } catch (e) {
    // CPython's ast.dump raises these too (deep trees: RecursionError; ints over 4300 digits:
    // ValueError from repr); any other throw is a crash.
    if (e instanceof Error && DUMP_ERROR_NAMES.has(e.name)) return { kind: 'ast', dumpError: `${e.name}: ${e.message}` };
    return { kind: 'crash', detail: `dump: ${fmtThrown(e)}` };
  }
  return { kind: 'ast' };
}

parentPort!.on('message', (m: FuzzRequest) => {
  parentPort!.postMessage({ id: m.id, ...run(m.source) } satisfies FuzzReply);
});
parentPort!.postMessage({ id: 0, kind: 'ast' } satisfies FuzzReply); // ready
