// Worker thread hosting one Pyodide (CPython 3.14) for tools/programs/make-expected.mjs: it writes a
// program's files into Pyodide's virtual FS and runs it with harness.py. A worker, so that it gets a
// large stack (deep recursion in C inside WebAssembly) and can be killed when a program hangs.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';

// Writes that bypass sys.stdout/sys.stderr (os.write(1, ...)) reach these handlers.
let leaked = '';
const py = await loadPyodide({
  stdout: (s) => { leaked += s + '\n'; },
  stderr: (s) => { leaked += s + '\n'; },
});
const ns = py.globals.get('dict')();
py.runPython(readFileSync(workerData.script, 'utf8'), { globals: ns });
const run = ns.get('run');
const info = ns.get('info')().toJs({ dict_converter: Object.fromEntries });
parentPort.postMessage({ ready: true, info });

let counter = 0;
parentPort.on('message', (m) => {
  // A fresh directory per program: no stale import caches or files from an earlier program.
  const dir = `/ftpy/run${++counter}`;
  try {
    for (const f of m.files) {
      const p = `${dir}/${f.rel}`;
      py.FS.mkdirTree(p.slice(0, p.lastIndexOf('/')));
      py.FS.writeFile(p, new Uint8Array(f.data));
    }
    leaked = '';
    const r = run(dir, m.main, py.toPy(m.args), py.toPy(new Uint8Array(m.stdin)));
    const result = r.toJs({ dict_converter: Object.fromEntries });
    r.destroy();
    parentPort.postMessage({ id: m.id, dir, result, leaked });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String((e && e.stack) || e) });
  } finally {
    try { removeTree(dir); } catch { /* a program may have removed it itself */ }
  }
});

function removeTree(p) {
  const st = py.FS.stat(p);
  if (!py.FS.isDir(st.mode)) { py.FS.unlink(p); return; }
  for (const e of py.FS.readdir(p)) if (e !== '.' && e !== '..') removeTree(`${p}/${e}`);
  py.FS.rmdir(p);
}
