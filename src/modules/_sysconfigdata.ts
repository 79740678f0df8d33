// The build-time configuration sysconfig reads (Lib/sysconfig: _get_sysconfigdata imports
// `_sysconfigdata_{abiflags}_{platform}_{multiarch}` and uses its build_time_vars). CPython's is
// generated from its Makefile; ftpy's holds what is true of ftpy: a free-threading build
// (Py_GIL_DISABLED, what the free-threading HOWTO tells programs to check), its version and ABI
// flags, sizes of a 64-bit target, and its prefix. Compiler and linker settings and extension
// suffixes are absent (get_config_var gives None): ftpy builds and loads no C extensions.
// CPython: Tools/build/... generate_sysconfigdata (the generated module), Lib/sysconfig/__init__.py.

import { Ref } from '../objects/value.js';
import { newDict, dictSet } from '../objects/dict.js';
import { defineModule } from './define.js';
import { sysGet, MULTIARCH } from './sys.js';

export const sysconfigDataModule = defineModule({
  name: `_sysconfigdata_t_${process.platform === 'darwin' ? 'darwin' : 'linux'}_${MULTIARCH}`,
  init(dict) {
    const vars = newDict();
    const prefix = sysGet('prefix') ?? null;
    const entries: Array<[string, string | number | null]> = [
      ['Py_GIL_DISABLED', 1], ['Py_DEBUG', 0], ['Py_TRACE_REFS', 0], ['Py_ENABLE_SHARED', 0], ['WITH_DOC_STRINGS', 1],
      ['ABIFLAGS', 't'], ['VERSION', '3.14'], ['py_version_nodot', '314'], ['MULTIARCH', MULTIARCH],
      ['MACHDEP', process.platform === 'darwin' ? 'darwin' : 'linux'],
      ['SIZEOF_VOID_P', 8], ['SIZEOF_SIZE_T', 8], ['SIZEOF_LONG', 8], ['SIZEOF_INT', 4], ['SIZEOF_DOUBLE', 8],
      ['prefix', typeof prefix === 'string' ? prefix : null], ['exec_prefix', typeof prefix === 'string' ? prefix : null],
    ];
    for (const [k, v] of entries) dictSet(vars, k, v);
    dictSet(dict, 'build_time_vars', new Ref(vars));
  },
});
