// Node's builtin modules that ftpy needs only for some programs, loaded on first use. Every isolate
// (the main thread and each thread worker) compiles each builtin it loads: node:crypto and
// node:child_process cost ~7 ms each, node:module ~2.4 ms, in every worker's start
// (docs/ARCHITECTURE.md, Threads). process.getBuiltinModule (Node >= 20.16) loads one without
// node:module's createRequire.

type Builtins = {
  'node:child_process': typeof import('node:child_process');
  'node:crypto': typeof import('node:crypto');
  'node:os': typeof import('node:os');
  'node:tty': typeof import('node:tty');
  'node:v8': typeof import('node:v8');
  'node:wasi': typeof import('node:wasi');
  'node:worker_threads': typeof import('node:worker_threads');
  'node:zlib': typeof import('node:zlib');
};

const loaded: Partial<Builtins> = {};

/** The builtin module `id`, loaded once per isolate. */
export function nodeBuiltin<K extends keyof Builtins>(id: K): Builtins[K] {
  return (loaded[id] ??= process.getBuiltinModule(id) as Builtins[K]);
}
