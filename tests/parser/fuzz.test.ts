// Bounded, deterministic fuzzing: mutated stdlib files and hostile stress inputs must each give
// an AST or a Python exception (PySyntaxError, PyParserException such as MemoryError), never
// another JS error (from parse or dump) and never a hang (liveness limit per case, parse in a
// worker). Stress inputs must raise the exception class CPython raises. A sample of mutations is
// compared with the oracle and reported as a conformance figure (not a failure).
// Stress expectations: cases/fuzz-stress.expected.json (tools/oracle/make-fuzz-stress.mjs).
// Env: FTPY_FUZZ_SEED, FTPY_FUZZ_COUNT, FTPY_FUZZ_ORACLE=0 (no Pyodide for the sample).
import { after, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  ROOT, RESOURCE_ERROR_NAMES, errorDiff, fmtError, loadCaseReader, loadOracle, stdlibFiles, type OracleResult,
} from './harness.js';
import { mutatedInputs, stressInputs, type FuzzInput } from './fuzz-inputs.js';
import type { FuzzReply } from './fuzz-worker.js';

const SEED = Number(process.env.FTPY_FUZZ_SEED ?? 314);
const COUNT = Number(process.env.FTPY_FUZZ_COUNT ?? 1500);
const USE_ORACLE = process.env.FTPY_FUZZ_ORACLE !== '0';
/** Liveness limit per input: far above any sane parse time; exceeding it means a hang. */
const HANG_MS = 10_000;
const MAX_FILE_BYTES = 40_000;
const ORACLE_SAMPLE_EVERY = 6;

type Result = FuzzReply | { id: number; kind: 'hang' | 'died'; detail: string };

/** One worker at a time; replaced when an input hangs or kills it. */
class Runner {
  #worker: Worker | null = null;
  #ready: Promise<void> | null = null;
  #pending: ((r: Result) => void) | null = null;
  #next = 1;

  #start(): Promise<void> {
    const w = new Worker(new URL('./fuzz-worker.js', import.meta.url));
    this.#worker = w;
    this.#ready = new Promise((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    w.on('message', (m: FuzzReply) => { if (m.id !== 0) this.#settle(m); });
    w.on('error', (e) => this.#settle({ id: -1, kind: 'died', detail: `worker error: ${e.message}` }));
    w.on('exit', (code) => { if (this.#worker === w) this.#worker = null; this.#settle({ id: -1, kind: 'died', detail: `worker exited with ${code}` }); });
    return this.#ready;
  }

  #settle(r: Result) {
    const p = this.#pending;
    this.#pending = null;
    p?.(r);
  }

  async run(source: string | Uint8Array): Promise<Result> {
    if (!this.#worker) await this.#start();
    else await this.#ready;
    const id = this.#next++;
    const w = this.#worker!;
    let timer: NodeJS.Timeout | undefined;
    const r = await new Promise<Result>((resolve) => {
      this.#pending = resolve;
      timer = setTimeout(() => this.#settle({ id, kind: 'hang', detail: `no answer within ${HANG_MS / 1000} s` }), HANG_MS);
      w.postMessage({ id, source });
    });
    clearTimeout(timer);
    if (r.kind === 'hang' || r.kind === 'died') {
      this.#worker = null;
      await w.terminate();
    }
    return r;
  }

  async close() { await this.#worker?.terminate(); this.#worker = null; }
}

function describe(r: Result): string {
  return r.kind === 'error' ? `${r.type}: ${r.msg}` : r.kind === 'ast' ? 'parsed' : `${r.kind}: ${r.detail ?? ''}`;
}
function oracleDescribe(o: OracleResult): string {
  return o.error ? `${o.error.type}: ${o.error.msg}` : 'parsed';
}
function preview(s: string | Uint8Array): string {
  const text = typeof s === 'string' ? s : Buffer.from(s).toString('latin1');
  return JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text);
}

async function oracleFor(inputs: FuzzInput[]): Promise<(OracleResult | undefined)[]> {
  if (!USE_ORACLE) return inputs.map(() => undefined);
  const oracle = await loadOracle();
  return oracle.oracleParse(inputs.map((i) => ({ source: i.source, want: 'status' as const })));
}

const runner = new Runner();
after(() => runner.close());

test('fuzz: stress inputs raise what CPython raises, without crash or hang', async (st) => {
  const inputs = stressInputs();
  // CPython's answers, recorded by tools/oracle/make-fuzz-stress.mjs (no Pyodide needed here).
  const recorded = (JSON.parse(readFileSync(join(ROOT, 'tests', 'parser', 'cases', 'fuzz-stress.expected.json'), 'utf8')) as
    { cases: Record<string, { hash: string; error: { type: string; msg: string } | null }> }).cases;
  const reader = await loadCaseReader();
  const expected = inputs.map((input) => {
    const r = recorded[input.name];
    if (!r || r.hash !== reader.sourceHash({ mode: 'exec', source: input.source })) {
      throw new Error(`fuzz-stress.expected.json lacks or has a stale '${input.name}': run node tools/oracle/make-fuzz-stress.mjs`);
    }
    return r.error ? { error: r.error } : { ok: true as const };
  });
  const failures: string[] = [];
  const msgDiffs: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const r = await runner.run(input.source);
    const exp = expected[i]!;
    if (r.kind === 'crash' || r.kind === 'hang' || r.kind === 'died') { failures.push(`${input.name}: ${describe(r)}`); continue; }
    const resource = r.kind === 'error' && RESOURCE_ERROR_NAMES.has(r.type!);
    if (!exp.error || exp.error.type === 'RecursionError') {
      // CPython parses it (or runs out of C stack building the AST, which depends on its stack
      // size): an AST or a resource error are both acceptable.
      if (r.kind === 'error' && !resource) failures.push(`${input.name}: CPython parses it, got ${describe(r)}`);
      continue;
    }
    if (r.kind !== 'error' || r.type !== exp.error.type) {
      failures.push(`${input.name}: expected ${oracleDescribe(exp)}, got ${describe(r)}`);
    } else if (r.msg !== exp.error.msg) {
      msgDiffs.push(`${input.name}: msg ${JSON.stringify(r.msg)} (CPython ${JSON.stringify(exp.error.msg)})`);
    }
  }
  st.diagnostic(`${inputs.length - failures.length}/${inputs.length} stress inputs ok; msg differs from CPython on ${msgDiffs.length}`);
  for (const d of msgDiffs) st.diagnostic(d);
  if (failures.length) throw new Error(`${failures.length} stress inputs failed:\n${failures.join('\n')}`);
});

test(`fuzz: ${COUNT} mutated stdlib files (seed ${SEED}) give an AST or a Python exception`, async (st) => {
  const files = stdlibFiles()
    .map((f) => ({ name: f.name, bytes: readFileSync(f.path) }))
    .filter((f) => f.bytes.length <= MAX_FILE_BYTES)
    .map((f) => ({ name: f.name, text: f.bytes.toString('utf8') }));
  if (files.length === 0) throw new Error('no stdlib files (run npm install)');
  const inputs = mutatedInputs(files, SEED, COUNT);
  const sample = inputs.filter((_, i) => i % ORACLE_SAMPLE_EVERY === 0);
  const sampleExpected = await oracleFor(sample);

  const failures: string[] = [];
  const counts = { ast: 0, error: 0 };
  const results: Result[] = [];
  for (const input of inputs) {
    const r = await runner.run(input.source);
    results.push(r);
    if (r.kind === 'ast' || r.kind === 'error') counts[r.kind]++;
    else failures.push(`${input.name} ${preview(input.source)}: ${describe(r)}`);
  }

  // Conformance figure, not a failure: agreement with CPython on the sample.
  let agree = 0, compared = 0, located = 0;
  const disagreements: string[] = [];
  sample.forEach((input, k) => {
    const exp = sampleExpected[k];
    const r = results[k * ORACLE_SAMPLE_EVERY]!;
    if (!exp || (r.kind !== 'ast' && r.kind !== 'error')) return;
    compared++;
    const same = exp.error ? r.kind === 'error' && r.type === exp.error.type && r.msg === exp.error.msg : r.kind === 'ast';
    const sameLocation = same && (!exp.error || errorDiff(exp.error, r.error!).length === 0);
    if (same) agree++;
    if (sameLocation) located++;
    else {
      const ours = r.kind === 'error' && r.error ? fmtError(r.error) : describe(r);
      disagreements.push(`${input.name}: ours ${ours} | CPython ${exp.error ? fmtError(exp.error) : 'parsed'}`);
    }
  });
  st.diagnostic(`${inputs.length} inputs: ${counts.ast} parsed, ${counts.error} raised, ${failures.length} crashed/hung`);
  if (USE_ORACLE) {
    st.diagnostic(`conformance on ${compared}-input sample: ${agree}/${compared} same outcome (class+msg) as CPython, ${located}/${compared} also same location`);
    for (const d of disagreements.slice(0, 10)) st.diagnostic(`  ${d}`);
  }
  if (failures.length) throw new Error(`${failures.length}/${inputs.length} inputs crashed or hung:\n${failures.slice(0, 30).join('\n')}`);
});
