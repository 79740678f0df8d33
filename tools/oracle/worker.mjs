// Worker thread that hosts Pyodide for tools/oracle/pyodide.mjs. It runs in a worker so that
// it can be given a large stack: CPython's parser recursion (MAXSTACK 6000) overflows Node's
// default stack inside WebAssembly and Pyodide then dies with a fatal RangeError.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';

// Pyodide's default stdout writes to process.stdout.fd, which a worker does not have.
const py = await loadPyodide({
  stdout: (s) => process.stderr.write(`[pyodide] ${s}\n`),
  stderr: (s) => process.stderr.write(`[pyodide] ${s}\n`),
});
const ns = py.globals.get('dict')();
py.runPython(readFileSync(workerData.script, 'utf8'), { globals: ns });
const runBatch = ns.get('run_batch');
parentPort.postMessage({ ready: true, version: py.runPython('import sys; sys.version') });

parentPort.on('message', (m) => {
  try {
    parentPort.postMessage({ id: m.id, result: runBatch(m.payload) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e && e.stack || e) });
  }
});
