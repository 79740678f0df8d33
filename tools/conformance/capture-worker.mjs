// Worker thread for tools/conformance/grammar.mjs: loads Pyodide, mounts a Lib/test directory
// as the `test` package, and runs one test module under tools/conformance/capture.py, posting
// each captured source and each test start to the parent as it happens (so a crash loses little).
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';

const here = dirname(fileURLToPath(import.meta.url));
const { libTest, module, startAt } = workerData;
const log = (s) => parentPort.postMessage({ log: s });

// Pyodide's default stdout needs process.stdout.fd, which a worker lacks.
const py = await loadPyodide({ stdout: log, stderr: log });
py.FS.mkdirTree('/conformance/test');
py.mountNodeFS('/conformance/test', libTest);
py.runPython("import sys; sys.path.insert(0, '/conformance')");
const ns = py.globals.get('dict')();
py.runPython(readFileSync(join(here, 'capture.py'), 'utf8'), { globals: ns });
ns.set('_emit', (s) => parentPort.postMessage({ rec: s }));
try {
  ns.get('run')(module, startAt);
  parentPort.postMessage({ done: true });
} catch (e) {
  parentPort.postMessage({ done: true, error: String(e && e.message || e).slice(-2000) });
}
