// The _opcode module: what opcode.py and dis.py ask about CPython 3.14's instruction set (which
// opcodes exist, which take an argument, a constant, a name, a jump...), the binary-operator and
// intrinsic names, so that `dis` and what imports it (inspect, asyncio, dataclasses) load.
// The opcode numbers are _opcode_metadata.py's (a pure-Python stdlib module); the flags below are
// per opcode name, as CPython's generated metadata gives them (Include/internal/pycore_opcode_metadata.h).
// DELIBERATE DIFFERENCE: ftpy runs no bytecode (functions compile to JavaScript), so stack_effect
// raises NotImplementedError, there is never an executor (get_executor's ValueError, as CPython's
// when none is attached) and no specialization (ENABLE_SPECIALIZATION* are 0).
// CPython: Modules/_opcode.c.

import { Ref, type Value } from '../objects/value.js';
import { raise, typeNameOf } from '../objects/protocol.js';
import { newList } from '../objects/list.js';
import { newTuple } from '../objects/tuple.js';
import { dictItems, dictSet } from '../objects/dict.js';
import { moduleDict } from '../objects/module.js';
import { asIndex } from '../objects/coll_ops.js';
import { importModule } from '../vm/imports.js';
import { defineModule } from './define.js';

const fn = (f: (...a: never[]) => Value) => f as never;

const HAS_CONST = ['LOAD_CONST', 'LOAD_CONST_IMMORTAL', 'LOAD_CONST_MORTAL'];
const HAS_NAME = ['DELETE_ATTR', 'DELETE_GLOBAL', 'DELETE_NAME', 'IMPORT_FROM', 'IMPORT_NAME', 'LOAD_ATTR',
  'LOAD_FROM_DICT_OR_GLOBALS', 'LOAD_GLOBAL', 'LOAD_NAME', 'LOAD_SUPER_ATTR', 'STORE_ATTR', 'STORE_GLOBAL', 'STORE_NAME',
  'LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 'LOAD_ATTR_WITH_HINT', 'LOAD_SUPER_ATTR_ATTR', 'LOAD_SUPER_ATTR_METHOD',
  'STORE_ATTR_WITH_HINT', 'INSTRUMENTED_LOAD_SUPER_ATTR'];
const HAS_JUMP = ['END_ASYNC_FOR', 'FOR_ITER', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP_FORWARD',
  'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'POP_JUMP_IF_TRUE', 'SEND', 'FOR_ITER_LIST',
  'FOR_ITER_RANGE', 'FOR_ITER_TUPLE', 'JUMP_BACKWARD_JIT', 'JUMP_BACKWARD_NO_JIT', 'INSTRUMENTED_FOR_ITER',
  'INSTRUMENTED_END_ASYNC_FOR', 'JUMP', 'JUMP_IF_FALSE', 'JUMP_IF_TRUE', 'JUMP_NO_INTERRUPT'];
const HAS_FREE = ['DELETE_DEREF', 'LOAD_FROM_DICT_OR_DEREF', 'MAKE_CELL', 'STORE_DEREF'];
const HAS_LOCAL = ['BINARY_OP_INPLACE_ADD_UNICODE', 'DELETE_FAST', 'LOAD_DEREF', 'LOAD_FAST', 'LOAD_FAST_AND_CLEAR',
  'LOAD_FAST_BORROW', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW', 'LOAD_FAST_CHECK', 'LOAD_FAST_LOAD_FAST', 'STORE_FAST',
  'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST', 'LOAD_CLOSURE', 'STORE_FAST_MAYBE_NULL'];
const HAS_EXC = ['SETUP_CLEANUP', 'SETUP_FINALLY', 'SETUP_WITH'];
/** Opcodes numbered at or above HAVE_ARGUMENT that take no argument. */
const NO_ARG_ABOVE = ['INSTRUMENTED_LINE', 'WITH_EXCEPT_START', 'INSTRUMENTED_END_FOR', 'INSTRUMENTED_POP_ITER',
  'INSTRUMENTED_END_SEND', 'INSTRUMENTED_INSTRUCTION', 'INSTRUMENTED_NOT_TAKEN', 'INSTRUMENTED_RETURN_VALUE',
  'INSTRUMENTED_CALL_FUNCTION_EX', 'ANNOTATIONS_PLACEHOLDER', 'POP_BLOCK', 'BINARY_OP_ADD_FLOAT', 'BINARY_OP_ADD_INT',
  'BINARY_OP_ADD_UNICODE', 'BINARY_OP_EXTEND', 'BINARY_OP_MULTIPLY_FLOAT', 'BINARY_OP_MULTIPLY_INT',
  'BINARY_OP_SUBSCR_DICT', 'BINARY_OP_SUBSCR_GETITEM', 'BINARY_OP_SUBSCR_LIST_INT', 'BINARY_OP_SUBSCR_LIST_SLICE',
  'BINARY_OP_SUBSCR_STR_INT', 'BINARY_OP_SUBSCR_TUPLE_INT', 'BINARY_OP_SUBTRACT_FLOAT', 'BINARY_OP_SUBTRACT_INT',
  'CALL_LEN', 'RESUME_CHECK', 'STORE_ATTR_INSTANCE_VALUE', 'STORE_ATTR_SLOT', 'STORE_SUBSCR_DICT',
  'STORE_SUBSCR_LIST_INT', 'TO_BOOL_ALWAYS_TRUE', 'TO_BOOL_BOOL', 'TO_BOOL_INT', 'TO_BOOL_LIST', 'TO_BOOL_NONE',
  'TO_BOOL_STR'];

/** BINARY_OP's operand kinds in oparg order: the 13 operators, their in-place forms, then subscription. */
const NB_OPS: Array<[string, string]> = [['ADD', '+'], ['AND', '&'], ['FLOOR_DIVIDE', '//'], ['LSHIFT', '<<'],
  ['MATRIX_MULTIPLY', '@'], ['MULTIPLY', '*'], ['REMAINDER', '%'], ['OR', '|'], ['POWER', '**'], ['RSHIFT', '>>'],
  ['SUBTRACT', '-'], ['TRUE_DIVIDE', '/'], ['XOR', '^']];
const INTRINSIC_1 = ['INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR',
  'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS'];
const INTRINSIC_2 = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
  'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS', 'INTRINSIC_SET_TYPEPARAM_DEFAULT'];
const SPECIAL_METHODS = ['__enter__', '__exit__', '__aenter__', '__aexit__'];

interface OpTable {
  names: Map<number, string>;
  haveArgument: number;
}
let table: OpTable | null = null;

/** Opcode numbers by name, from _opcode_metadata (opmap and _specialized_opmap), read once per thread. */
function ops(): OpTable {
  if (table !== null) return table;
  const d = moduleDict(importModule('_opcode_metadata'));
  const names = new Map<number, string>();
  let haveArgument = 0;
  for (const [k, v] of dictItems(d)) {
    if (k === 'HAVE_ARGUMENT') haveArgument = Number(v);
    if (k !== 'opmap' && k !== '_specialized_opmap') continue;
    for (const [name, op] of dictItems((v as Ref).a)) names.set(Number(op), String(name));
  }
  return (table = { names, haveArgument });
}

function flagQuery(list: readonly string[] | null): (op: Value) => boolean {
  const set = list === null ? null : new Set(list);
  return (op: Value): boolean => {
    const n = Number(asIndex(op));
    const name = ops().names.get(n);
    if (name === undefined) return false;
    return set === null ? true : set.has(name);
  };
}

const hasArg = (op: Value): boolean => {
  const n = Number(asIndex(op));
  const t = ops();
  const name = t.names.get(n);
  return name !== undefined && n >= t.haveArgument && !NO_ARG_ABOVE.includes(name);
};

export const opcodeModule = defineModule({
  name: '_opcode',
  doc: 'Opcode support module.',
  functions: {
    stack_effect: {
      sig: 'stack_effect($module, opcode, oparg=None, /, *, jump=None)',
      fn: fn(() => raise('NotImplementedError', 'ftpy has no bytecode: _opcode.stack_effect() cannot be computed')),
    },
    is_valid: { sig: 'is_valid($module, /, opcode)', fn: fn(flagQuery(null)) },
    has_arg: { sig: 'has_arg($module, /, opcode)', fn: fn(hasArg) },
    has_const: { sig: 'has_const($module, /, opcode)', fn: fn(flagQuery(HAS_CONST)) },
    has_name: { sig: 'has_name($module, /, opcode)', fn: fn(flagQuery(HAS_NAME)) },
    has_jump: { sig: 'has_jump($module, /, opcode)', fn: fn(flagQuery(HAS_JUMP)) },
    has_free: { sig: 'has_free($module, /, opcode)', fn: fn(flagQuery(HAS_FREE)) },
    has_local: { sig: 'has_local($module, /, opcode)', fn: fn(flagQuery(HAS_LOCAL)) },
    has_exc: { sig: 'has_exc($module, /, opcode)', fn: fn(flagQuery(HAS_EXC)) },
    get_specialization_stats: { sig: 'get_specialization_stats($module, /)', fn: fn(() => null) },
    get_nb_ops: {
      sig: 'get_nb_ops($module, /)',
      fn: fn(() => newList([
        ...NB_OPS.map(([n, s]) => newTuple([`NB_${n}`, s])),
        ...NB_OPS.map(([n, s]) => newTuple([`NB_INPLACE_${n}`, `${s}=`])),
        newTuple(['NB_SUBSCR', '[]']),
      ])),
    },
    get_intrinsic1_descs: { sig: 'get_intrinsic1_descs($module, /)', fn: fn(() => newList(INTRINSIC_1)) },
    get_intrinsic2_descs: { sig: 'get_intrinsic2_descs($module, /)', fn: fn(() => newList(INTRINSIC_2)) },
    get_special_method_names: { sig: 'get_special_method_names($module, /)', fn: fn(() => newList(SPECIAL_METHODS)) },
    get_executor: {
      sig: 'get_executor($module, /, code, offset)',
      fn: fn((code: Value, offset: Value) => {
        if (!(code instanceof Ref) || typeNameOf(code) !== 'code') raise('TypeError', 'expected a code object');
        asIndex(offset);
        raise('ValueError', 'no executor at given byte offset');
      }),
    },
  },
  init(dict) {
    dictSet(dict, 'ENABLE_SPECIALIZATION', 0);
    dictSet(dict, 'ENABLE_SPECIALIZATION_FT', 0);
  },
});
