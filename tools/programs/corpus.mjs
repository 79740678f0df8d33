// The program corpus on disk (tests/programs/<area>/...): finding programs, reading their inputs, and
// normalising their output. tests/programs.test.ts implements the same rules in TypeScript; keep the two
// in step (format: tests/programs/README.md).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'programs');

/**
 * @typedef {{ id: string, area: string, dir: string, files: string[], main: string, base: string }} Program
 *   id: path under tests/programs ('area/name.py' or 'area/name' for a directory program);
 *   dir: the directory whose `files` are copied to the run directory; main: the file run;
 *   base: path of the expectation files without extension.
 */

function walk(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => {
    if (e.name === '__pycache__' || e.name.endsWith('.pyc')) return [];
    const rel = prefix + e.name;
    return e.isDirectory() ? walk(join(dir, e.name), rel + '/') : [rel];
  });
}

/** Every program of the corpus, sorted by id. @returns {Program[]} */
export function allPrograms(root = CORPUS) {
  if (!existsSync(root)) return [];
  const out = [];
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    const adir = join(root, area.name);
    for (const e of readdirSync(adir, { withFileTypes: true })) {
      if (e.isFile() && e.name.endsWith('.py')) {
        const stem = e.name.slice(0, -3);
        out.push({ id: `${area.name}/${e.name}`, area: area.name, dir: adir, files: [e.name], main: e.name, base: join(adir, stem) });
      } else if (e.isDirectory() && existsSync(join(adir, e.name, 'main.py'))) {
        const dir = join(adir, e.name);
        out.push({ id: `${area.name}/${e.name}`, area: area.name, dir, files: walk(dir), main: 'main.py', base: dir });
      }
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Programs selected by paths (files, program directories, area directories, expectation files; relative
 * to the cwd or to tests/programs). No paths: all programs. @returns {Program[]}
 */
export function discover(paths, root = CORPUS) {
  const all = allPrograms(root);
  if (paths.length === 0) return all;
  const wanted = paths.map((p) => {
    const abs = resolve(p);
    return existsSync(abs) || !existsSync(join(root, p)) ? abs : join(root, p);
  });
  return all.filter((prog) => {
    const path = prog.main === 'main.py' ? prog.base : join(prog.dir, prog.main);
    return wanted.some((w) => w === path || path.startsWith(w + sep) || w.startsWith(prog.base + sep) ||
      w.replace(/\.(stdout|stderr|exit|stdin|args)$/, '') === prog.base);
  });
}

/** A program's command-line arguments (.args, one per line) and stdin bytes (.stdin). */
export function readInputs(prog) {
  const argsFile = prog.base + '.args';
  let args = [];
  if (existsSync(argsFile)) {
    args = readFileSync(argsFile, 'utf8').split('\n');
    if (args[args.length - 1] === '') args.pop();
  }
  const stdinFile = prog.base + '.stdin';
  const stdin = existsSync(stdinFile) && statSync(stdinFile).isFile() ? readFileSync(stdinFile) : Buffer.alloc(0);
  return { args, stdin };
}

/**
 * Output as compared and stored: the run directory's absolute path is removed, so a traceback line reads
 * `File "name.py", line 3` whatever directory the program ran in (CPython prints the absolute path).
 */
export function normalize(result, runDir) {
  const prefix = runDir.endsWith('/') ? runDir : runDir + '/';
  const fix = (s) => s.split(prefix).join('');
  return { stdout: fix(result.stdout), stderr: fix(result.stderr), exit: result.exit };
}
