// Wiring the interpreter together: the late-bound hooks between the object layer and the VM, the
// runtime object `R` that generated code calls, and the start of an interpreter on a new heap
// (main thread) or on an existing one (a worker running a Python thread).

import './types.js';
import {
  createHeap, attachHeap, registerThread, setRootScanner, I32, SAFEPOINT_FLAG_INDEX, pollSafepoint, collect, DEBUG_VERIFY,
  addGlobalRootSlot, onCollectionEnd,
} from '../heap/index.js';
import { Ref, PyFloat, STOP, T_STR, T_INT, setDecodeHooks, setEncodeHook, decode, getSlot, type Value } from '../objects/value.js';
import { bootstrapHeap, attachBootstrap, SINGLETONS } from '../objects/bootstrap.js';
import { installHooks } from '../objects/hooks.js';
import { setKeywordSuggester } from '../objects/native.js';
import { setSlotWrapperFactories, TYPE_ADDR, BUILTIN_TYPES } from '../objects/registry.js';
import {
  setRaiser, setCaller, setStrValueOf, setSeqIterHook, setStopIterationCatcher, setFastSequenceHook, setEqHook,
  repr, truthy, toArray, iter, getitem, delitem, call as protoCall, callNative, typeNameOf, str as protoStr,
} from '../objects/protocol.js';
import { PIN, pinAddr } from '../objects/alloc.js';
import { strToHeap, strFromHeap } from '../objects/str.js';
import { numberToHeap, intFromHeap, setNumHooks } from '../objects/numcore.js';
import { pyHash, richCompareBool, Cmp, setKeyErrorRaiser, setBuiltinGetter, setExceptionMatcher,
  setStopIterationRaiser, setMappingProxyMaker, setGenericAliasMaker } from '../objects/coll_ops.js';
import { newMappingProxy } from '../objects/mappingproxy.js';
import { newGenericAlias, setGenericAliasHooks, makeUnion } from '../objects/genericalias.js';
import { setSuperGetattr } from '../objects/super.js';
import { newTuple, tupleItems, isTuple, isExactTuple } from '../objects/tuple.js';
import { newList, listItems, isExactList } from '../objects/list.js';
import { newDict, dictGet, dictSet, dictItems, isDict } from '../objects/dict.js';
import { newSetFrom, setAdd, T_SET } from '../objects/set.js';
import { makeSeqIter, makeCallableIter } from '../objects/iterators.js';
import { setExceptionHooks, setExceptionProtocolHooks, newException, isException } from '../objects/exceptions.js';
import { setTypeHooks, captureObjectAttrDescrs } from '../objects/type.js';
import { setTypeNewHooks } from '../objects/typenew.js';
import { setObjectHooks, captureObjectDescrs, setNoneDescrGet, setObjectReduceHooks } from '../objects/object.js';
import { setDescriptorGetattr, setWrapperHooks, descrGetForNone, setModuleByName } from '../objects/descriptors.js';
import { setFrameLocalsHook, setLiveFrameHook, setFrameExecutingHook } from '../objects/traceback.js';
import { frameLocalsProxy } from './framelocals.js';
import { setRuntimeObject, setUnitConstHook, setCodeBytesHooks, pruneUnits, setUnitCompiler } from '../objects/code.js';
import { compileUnitFunction } from './compile_cache.js';
import { setFunctionBuiltinsHook, setFunctionCallableHook } from '../objects/function.js';
import { newMethod } from '../objects/method.js';
import { moduleDict } from '../objects/module.js';
import { newBytes, isBytes, bytesLen } from '../objects/bytes.js';
import { bufferBytes } from '../objects/buffer.js';
import { newComplex } from '../objects/numcore.js';
import { builtinTypeAddr } from '../objects/registry.js';
import { ExcSlot, TypeSlot } from '../objects/layouts.js';
import type { SplitSurrogateStr } from '../parser/constant.js';
import { newInstanceDictDescr } from '../objects/object.js';
import { TS, type Frame } from './state.js';
import { typeOf, isSubtype } from '../objects/typeobject.js';
import { pyExc, raise, isInstanceOfBuiltin } from './errors.js';
import * as calls from './call.js';
import * as attr from './attr.js';
import * as attrIC from './attr_ic.js';
import * as fast from './fastops.js';
import { enableTypeCache } from '../objects/typeobject.js';
import { rangeLeft, rangeStart, rangeStep } from '../objects/range.js';
import * as ops from './ops.js';
import * as cmp from './compare.js';
import * as names from './names.js';
import * as exc from './exc.js';
import * as build from './build.js';
import * as gen from './gen.js';
import * as fmt from './format.js';
import * as cls from './classbuild.js';
import * as imp from './imports.js';
import { setInterpreterStateGetter } from './import_lock.js';
import * as funcs from './funcs.js';
import { groupSplit, makeExceptionGroup, exceptStarSplit, prepReraiseStar } from './excgroup.js';
import { isCallableValue } from './callable.js';
import { scanRoots, EXTRA_ROOTS } from './roots.js';
import { setWarningSink } from './exec.js';
import { warnHere, warnCompile } from './warn.js';
import { setSuggestionFrameLocals, setSuggestionBuiltins, calculateSuggestion } from './suggestions.js';
import { frameLocals, objectDir, typeDir } from '../modules/builtins_exec.js';
import { builtinsModule, setCallableIterMaker, publishBuiltinTypes } from '../modules/builtins.js';
import { sysModule, configureSys, adoptSysDict, sysGet, type SysConfig } from '../modules/sys.js';
import { setBytesLikeReader } from '../modules/buffers.js';
import { EXCEPTION_NAMES, setUnicodeErrorHooks } from '../objects/exceptions.js';
import { unicodeErrorMessage } from '../objects/codecs_native.js';
import { installSiteBuiltins } from './site_builtins.js';

// ---- hooks -------------------------------------------------------------------------------------

function stopIteration(): never {
  throw newException(builtinTypeAddr('StopIteration'), []);
}

/** Runs `f` (a __next__ call); StopIteration becomes STOP. */
function catchStop(f: () => Value): Value | typeof STOP {
  try {
    return f();
  } catch (e) {
    if (e instanceof Ref && isInstanceOfBuiltin(e, 'StopIteration')) return STOP;
    throw e;
  }
}

/** Calls from native code: the result is pinned, since the callee's pins are gone (objects/alloc.ts). */
function nativeCall(f: Value, args: Value[], kwNames: string[] | null, kwValues: Value[] | null): Value {
  const r = calls.callValue(f, args, kwNames, kwValues);
  if (r instanceof Ref) pinAddr(r.a);
  return r;
}

function nativeGetattr(v: Value, name: string): Value | undefined {
  const r = attr.getattrOrUndefined(v, name);
  if (r instanceof Ref) pinAddr(r.a);
  return r;
}

function mappingItemsOf(v: Value): Array<[Value, Value]> | null {
  if (isDict(v)) return dictItems(v.a);
  const keys = attr.getattrOrUndefined(v, 'keys');
  if (keys === undefined) return null;
  return toArray(protoCall(keys, [])).map((k) => [k, getitem(v, k)] as [Value, Value]);
}

function unitConst(c: unknown): Value {
  const k = c as { float?: number; bytes?: Uint8Array; complex?: [number, number]; splitStr?: SplitSurrogateStr; ellipsis?: true };
  if (k.ellipsis) return new Ref(SINGLETONS.ellipsis);
  if (k.float !== undefined) return new PyFloat(k.float);
  if (k.bytes !== undefined) return newBytes(k.bytes);
  if (k.complex !== undefined) return newComplex(k.complex[0], k.complex[1]);
  // DELIBERATE DIFFERENCE: a str with a high and a low surrogate as separate code points reads
  // back as one astral character (JS strings cannot tell them apart).
  if (k.splitStr !== undefined) return k.splitStr.units;
  throw new Error('unknown unit constant');
}

let installed = false;
function installAll(): void {
  if (installed) return;
  installed = true;
  setDecodeHooks(strFromHeap, intFromHeap);
  setEncodeHook((v) => (typeof v === 'string' ? strToHeap(v) : numberToHeap(v as number | bigint | PyFloat)));
  setRaiser(raise);
  setCaller(nativeCall);
  setStrValueOf((r) => strFromHeapOfSubclass(r));
  setSeqIterHook(makeSeqIter);
  setStopIterationCatcher(catchStop, (e) => e instanceof Ref && isInstanceOfBuiltin(e, 'StopIteration'));
  setFastSequenceHook((v) => (isExactList(v) ? listItems(v.a) : isExactTuple(v) ? tupleItems(v.a) : null));
  setEqHook((a, b) => richCompareBool(a, b, Cmp.EQ));
  setKeywordSuggester(calculateSuggestion);
  // The builtin sequences with C-level concatenation and repetition (sq_concat / sq_repeat).
  const SEQ_NAMES = ['str', 'list', 'tuple', 'bytes', 'bytearray'];
  ops.setSeqConcat((v) => {
    if (typeof v === 'string') return 'str';
    if (!(v instanceof Ref)) return null;
    const base = BUILTIN_TYPES[getSlot(typeOf(v), TypeSlot.Builtin) >> 1]!.name;
    return SEQ_NAMES.includes(base) ? base : null;
  }, (name) => builtinTypeAddr(name));
  installHooks({
    hash32: (v) => {
      let h: number | bigint;
      try {
        h = pyHash(v);
      } catch (e) {
        // dict_unhashable_type: an exact TypeError from hashing a key is reworded for dicts.
        if (e instanceof Ref && I32[e.a >> 2] === builtinTypeAddr('TypeError')) {
          raise('TypeError', `cannot use '${typeNameOf(v)}' as a dict key (${protoStr(e)})`);
        }
        throw e;
      }
      return typeof h === 'bigint' ? Number(BigInt.asIntN(32, h)) : h | 0;
    },
    eq: (a, b) => richCompareBool(a, b, Cmp.EQ),
    repr,
    raise,
    call: (f, args) => protoCall(f, args),
    getattr: nativeGetattr,
  });
  setMappingProxyMaker(newMappingProxy);
  setGenericAliasMaker((o, a) => newGenericAlias(o, a));
  setGenericAliasHooks({ getattr: (v, n) => attr.getattrOrUndefined(v, n), setattr: (v, n, x) => attr.setattr(v, n, x) });
  setSuperGetattr((v, n) => attr.getattrOrUndefined(v, n));
  gen.setGenFrameHook(exc.pyFrameOf);
  setKeyErrorRaiser((key) => {
    throw protoCall(new Ref(builtinTypeAddr('KeyError')), [key]);
  });
  setBuiltinGetter((name) => {
    const v = dictGet(names.BUILTINS, name);
    if (v === undefined) raise('NameError', `name '${name}' is not defined`);
    return v;
  });
  setExceptionMatcher((e, clsName) => e instanceof Ref && isInstanceOfBuiltin(e, clsName));
  setStopIterationRaiser(stopIteration);
  setSlotWrapperFactories(
    (sl) => (self) => {
      const r = sl.next!(self);
      if (r === STOP) stopIteration();
      return r as Value;
    },
    (sl) => ((self: Value, args: Value[], kw: Map<string, Value>) =>
      sl.call!(self, args, kw.size ? [...kw.keys()] : null, kw.size ? [...kw.values()] : null)) as never,
  );
  setExceptionHooks({ emptyTuple: () => newTuple([]), tuple: (items) => newTuple(items), tupleItems: (t) => tupleItems((t as Ref).a), list: (items) => newList(items) });
  setExceptionProtocolHooks({
    truthy, toArray, getattr: (v, n) => attr.getattr(v, n), listOf: (v) => newList(toArray(v)),
    isSequence: (v) => isTuple(v) || isExactList(v) || (v instanceof Ref && attr.getattrOrUndefined(new Ref(I32[v.a >> 2]!), '__getitem__') !== undefined && !isDict(v)),
    groupSplit, genericAlias: (c, item) => newGenericAlias(c, item),
  });
  setTypeHooks({
    list: (items) => newList(items), dict: () => new Ref(newDict()), mappingProxy: newMappingProxy, union: makeUnion,
    dir: (v) => typeDir((v as Ref).a), truthy, emptyTuple: () => newTuple([]),
  });
  setTypeNewHooks({
    module: () => (TS.frame === null ? null : dictGet(TS.frame.g, '__name__') ?? null),
    classCell: (cell, c) => cls.setClassCell(cell, c),
    instanceDictDescr: newInstanceDictDescr,
    addNote: (e, note) => {
      if (e instanceof Ref) protoCall(attr.getattr(e, 'add_note'), [note]);
    },
    repr,
  });
  // object.__str__ is repr(self) (object_str), not str(self), which would call __str__ again.
  setObjectHooks({ str: (v) => repr(v), eq: (a, b) => cmp.eq(a, b), truthy, dir: objectDir });
  setDescriptorGetattr((v, n) => attr.getattrOrUndefined(v, n));
  setNoneDescrGet(descrGetForNone);
  setObjectReduceHooks({ tuple: (items) => newTuple(items), importModule: (n) => imp.importModule(n) });
  setModuleByName((name) => (imp.MODULES === 0 ? undefined : dictGet(imp.MODULES, name)));
  setWrapperHooks({ boundMethod: (f, self) => newMethod(f, self), repr });
  setFrameLocalsHook(frameLocalsProxy);
  setLiveFrameHook(exc.liveFramePosition);
  setFrameExecutingHook((f) => exc.liveFrame(f) !== null);
  exc.setLocalsOf(frameLocals);
  setUnitConstHook(unitConst);
  setUnitCompiler(compileUnitFunction);
  setCodeBytesHooks(() => newBytes([]), isBytes, (v) => bytesLen((v as Ref).a));
  names.setModuleDictOf((m) => (isSubtype(typeOf(m), builtinTypeAddr('module')) ? moduleDict(m) : 0));
  setFunctionBuiltinsHook((g) => new Ref(names.builtinsOfGlobals(g)));
  setFunctionCallableHook(isCallableValue);
  calls.setCallHelpers({ iterAll: toArray, mappingItems: mappingItemsOf });
  build.setSetHelpers((items) => {
    const s = newSetFrom(T_SET, undefined);
    for (const x of items) setAdd(s.a, x);
    return s;
  }, (s, v) => setAdd((s as Ref).a, v));
  exc.setInternalStop(() => false);
  exc.setGroupHelpers(exceptStarSplit, makeExceptionGroup, prepReraiseStar);
  fmt.setTemplateIterHook((v) => iter(v));
  funcs.setExcTracebackGetter((e) => decode(getSlot(e.a, ExcSlot.Traceback)) ?? null);
  imp.setImportListHook((items) => newList(items));
  setCallableIterMaker(makeCallableIter);
  setBytesLikeReader(bufferBytes);
  setUnicodeErrorHooks({ bytesOf: bufferBytes, bytesCopy: (v) => newBytes(bufferBytes(v)!), message: unicodeErrorMessage });
  setSuggestionFrameLocals((f) => exc.frameObjectLocals(new Ref(f)));
  setSuggestionBuiltins(() => (BUILTINS_MODULE === null ? null : BUILTINS_MODULE));
  setNumHooks({ newBytes: (d) => newBytes(d), warn: warnHere });
  ops.setDeprecationHook((msg) => warnHere('DeprecationWarning', msg));
  // Compile-time warnings go through the warnings machinery; one its filters turn into an
  // exception of the warning's category becomes a SyntaxError (_PyErr_EmitSyntaxWarning).
  setWarningSink((w) => {
    try {
      warnCompile(w.category, w.message, w.filename, w.lineno);
      return false;
    } catch (e) {
      if (e instanceof Ref && isInstanceOfBuiltin(e, w.category)) return true;
      throw e;
    }
  });
  onCollectionEnd(() => pruneUnits((a) => I32[a >> 2] !== 0));
  publishBuiltinTypes([
    'object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'memoryview', 'tuple', 'list',
    'dict', 'set', 'frozenset', 'range', 'slice', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'property',
    'classmethod', 'staticmethod', 'super', ...EXCEPTION_NAMES,
  ]);
}

/** What needs the builtin types' addresses (after the bootstrap or attach). */
function setNotImplementedOps(): void {
  ops.setNotImplemented(new Ref(SINGLETONS.notImplemented));
  exc.initExc();
  calls.initCall();
  fast.initFastOps();
  enableTypeCache();
  captureObjectDescrs(builtinTypeAddr('object'));
  captureObjectAttrDescrs(builtinTypeAddr('object'));
}

/** The str inside an instance of a str subclass (its value is kept as a heap str in slot 0). */
function strFromHeapOfSubclass(r: Ref): string {
  const v = decode(getSlot(r.a, 0));
  return typeof v === 'string' ? v : '';
}

// ---- the runtime object generated code calls ------------------------------------------------------

function poll(fr: Frame): void {
  PIN.top = fr.pb;
  pollSafepoint();
}

/**
 * GC stress mode for auditing the pin discipline (FTPY_GC_STRESS=N, a development aid): every
 * function entry and loop back-edge polls, and every Nth poll runs a full collection, so an
 * object that native code holds without pinning it across a call into Python code is freed
 * (and the heap verifier or a wrong result shows it) long before a real program would notice.
 */
const GC_STRESS = Number(process.env.FTPY_GC_STRESS ?? 0) | 0;
let stressPolls = 0;
function stressPoll(fr: Frame): void {
  PIN.top = fr.pb;
  if (++stressPolls >= GC_STRESS) {
    stressPolls = 0;
    collect();
  } else {
    pollSafepoint();
  }
}
const STRESS_FLAG = new Int32Array([1]);

function makeRuntime(): Record<string, unknown> {
  return {
    TS, PIN, STOP, Ref,
    ...(GC_STRESS > 0 ? { SP: STRESS_FLAG, SPI: 0 } : { SP: I32, SPI: SAFEPOINT_FLAG_INDEX }),
    EMPTY_TUPLE: newTupleOnce(), Ellipsis: new Ref(SINGLETONS.ellipsis), optimize: false,
    poll: GC_STRESS > 0 ? stressPoll : poll,
    truthy, iter, next: fast.next, getitem: fast.getitem, setitem: fast.setitem, delitem,
    getattr: attr.getattr, setattr: attr.setattr, delattr: attr.delattr, attrIC: attr.attrIC,
    loadAttr: attrIC.loadAttr, storeAttr: attrIC.storeAttr,
    callIC: calls.callIC, call0: calls.call0, call1: calls.call1, call2: calls.call2, call3: calls.call3, callN: calls.callN,
    callKw: calls.callKw, callEx: calls.callEx, callMethod: calls.callMethod,
    callMethod0: calls.callMethod0, methodPre: calls.methodPre, callMethodPost: calls.callMethodPost, callMethod1: calls.callMethod1, callMethod2: calls.callMethod2,
    callMethod3: calls.callMethod3,
    add: ops.add, sub: ops.sub, mul: ops.mul, matmul: ops.matmul, truediv: ops.truediv, floordiv: ops.floordiv,
    mod: ops.mod, pow: ops.pow, lshift: ops.lshift, rshift: ops.rshift, or: ops.or, xor: ops.xor, and: ops.and,
    iadd: ops.iadd, isub: ops.isub, imul: ops.imul, imatmul: ops.imatmul, itruediv: ops.itruediv,
    ifloordiv: ops.ifloordiv, imod: ops.imod, ipow: ops.ipow, ilshift: ops.ilshift, irshift: ops.irshift,
    ior: ops.ior, ixor: ops.ixor, iand: ops.iand, neg: ops.neg, pos: ops.pos, invert: ops.invert,
    eq: cmp.eq, ne: cmp.ne, lt: cmp.lt, le: cmp.le, gt: cmp.gt, ge: cmp.ge, is: cmp.is, isNot: cmp.isNot,
    contains: cmp.contains,
    globalIC: names.globalIC, globalsOf: names.globalsOf, loadGlobal: names.loadGlobal,
    loadGlobalName: names.loadGlobalName, storeGlobal: names.storeGlobal, delGlobal: names.delGlobal,
    loadName: names.loadName, storeName: names.storeName, delName: names.delName,
    loadClassDeref: names.loadClassDeref, unboundLocal: names.unboundLocal,
    cellGet: names.cellGetChecked, cellSet: names.cellSetValue, cellDel: names.cellDel,
    newCell: funcs.newCell, closureCell: funcs.closureCell, makeFunction: funcs.makeFunction,
    withEnter: funcs.withEnter, withExit: funcs.withExit, asyncWithEnter: funcs.asyncWithEnter,
    asyncWithExit: funcs.asyncWithExit, callExit: funcs.callExit, checkAnnotateFormat: funcs.checkAnnotateFormat,
    makeTypeParam: funcs.makeTypeParam, makeTypeAlias: funcs.makeTypeAlias, setTypeParams: funcs.setTypeParams,
    genericBase: funcs.genericBase,
    raise: exc.raise, raiseFrom: exc.raiseFrom, reraise: exc.reraise, traceback: exc.traceback, caught: exc.caught,
    pushHandled: exc.pushHandled, popHandled: exc.popHandled, chainEscaping: exc.chainEscaping, pendingExc: exc.pendingExc, excMatches: exc.excMatches,
    assertionError: exc.assertionError, recursionError: exc.recursionError,
    exceptStarBegin: exc.exceptStarBegin, exceptStarSplit: exc.exceptStarSplit, exceptStarRaised: exc.exceptStarRaised,
    exceptStarEnd: exc.exceptStarEnd,
    listDisplay: build.listDisplay, tupleDisplay: build.tupleDisplay, setDisplay: build.setDisplay,
    listUnpack: build.listUnpack, tupleUnpack: build.tupleUnpack, setUnpack: build.setUnpack,
    dictDisplay: build.dictDisplay, newList: build.newListAcc, newDict: build.newDictAcc, newSet: build.newSetAcc,
    listAppend: build.listAppendTo, setAdd: build.setAddTo, dictSetItem: build.dictSetItem, slice: build.slice,
    unpack: build.unpack, unpackS: build.unpackS, unpackEx: build.unpackEx, matchSequence: build.matchSequence,
    rangeLeft, rangeStart, rangeStep,
    matchMapping: build.matchMapping, mappingRest: build.mappingRest, matchClass: build.matchClass,
    makeGenerator: gen.makeGenerator, yieldFrom: gen.yieldFrom, awaitIter: gen.awaitIter, agWrap: gen.agWrap,
    aiter: gen.aiter, anextOrStop: gen.anextOrStop,
    formatValue: fmt.formatValue, convert: fmt.convert, interpolation: fmt.interpolation, template: fmt.template,
    buildClass: cls.buildClass,
    importName: imp.importName, importFrom: imp.importFrom, importStar: imp.importStar, importAs: imp.importAs,
    displayHook: (v: Value) => {
      const hook = dictGet((SYS_MODULE_DICT()), 'displayhook');
      if (hook === undefined) raise('RuntimeError', 'lost sys.displayhook');
      protoCall(hook, [v]);
    },
  };
}

let emptyTuple: Ref | null = null;
function newTupleOnce(): Ref {
  emptyTuple ??= newTuple([]);
  EXTRA_ROOTS.add(emptyTuple);
  return emptyTuple;
}

// ---- interpreter start ---------------------------------------------------------------------------

let BUILTINS_MODULE: Ref | null = null;
let SYS_MODULE: Ref | null = null;
function SYS_MODULE_DICT(): number {
  return moduleDict(SYS_MODULE!);
}

export interface MainOptions {
  sys: Omit<SysConfig, 'stdout' | 'stderr' | 'stdin'>;
  heapBytes: number;
  streams: { stdout: () => Value; stderr: () => Value; stdin: () => Value };
}

/** What a worker needs to join the interpreter. */
export interface InterpreterHandle {
  sab: SharedArrayBuffer;
  typesRoot: number;
  stateRoot: number;
}

let handle: InterpreterHandle | null = null;
export function interpreterHandle(): InterpreterHandle {
  return handle!;
}

/** Creates the heap and the interpreter state on this (the main) thread. */
export function startMain(opts: MainOptions): void {
  // FTPY_GC_VERIFY=1 (development aid): run the heap verifier inside every collection.
  const sab = createHeap({ maxBytes: opts.heapBytes, debug: process.env.FTPY_GC_VERIFY ? DEBUG_VERIFY : 0 });
  registerThread();
  setRootScanner(scanRoots);
  installAll();
  const typesRoot = bootstrapHeap();
  setNotImplementedOps();
  setRuntimeObject(makeRuntime());
  configureSys({ ...opts.sys, stdout: opts.streams.stdout(), stderr: opts.streams.stderr(), stdin: opts.streams.stdin() });
  const sys = sysModule.create();
  SYS_MODULE = sys;
  const sysDict = moduleDict(sys);
  const modules = dictGet(sysDict, 'modules') as Ref;
  dictSet(modules.a, 'sys', sys);
  const builtins = builtinsModule.create();
  BUILTINS_MODULE = builtins;
  dictSet(modules.a, 'builtins', builtins);
  names.setBuiltins(moduleDict(builtins));
  names.setSiteBuiltinsInstaller(installSiteBuiltins);
  imp.setImportState(modules.a, dictGet(sysDict, 'path')!, sysGet);
  setInterpreterStateGetter(interpreterState);
  // Interpreter-wide objects stay alive through a global root: (sys, builtins, native module state).
  const stateRoot = addGlobalRootSlot();
  STATE_DICT = newDict();
  // config->sys_path_0 (import error hints about shadowing): the CLI's first sys.path entry.
  const path0 = opts.sys.flags.safe_path || opts.sys.path.length === 0 ? null : opts.sys.path[0]!;
  dictSet(STATE_DICT, 'sys_path_0', path0);
  imp.setSysPath0(path0);
  I32[stateRoot >> 2] = newTuple([sys, builtins, new Ref(STATE_DICT)]).a;
  handle = { sab, typesRoot, stateRoot };
  for (const f of threadInits) f();
}

/** Joins an interpreter whose heap another thread created (a worker running a Python thread). */
export function attachWorker(h: InterpreterHandle): void {
  attachHeap(h.sab);
  registerThread();
  setRootScanner(scanRoots);
  installAll();
  attachBootstrap(h.typesRoot);
  setNotImplementedOps();
  setRuntimeObject(makeRuntime());
  const state = I32[h.stateRoot >> 2]!;
  const [sys, builtins, stateDict] = tupleItems(state) as [Ref, Ref, Ref];
  STATE_DICT = stateDict.a;
  const path0 = dictGet(STATE_DICT, 'sys_path_0');
  imp.setSysPath0(typeof path0 === 'string' ? path0 : null);
  SYS_MODULE = sys;
  BUILTINS_MODULE = builtins;
  const sysDict = moduleDict(sys);
  adoptSysDict(sysDict);
  const modules = dictGet(sysDict, 'modules') as Ref;
  names.setBuiltins(moduleDict(builtins));
  names.setSiteBuiltinsInstaller(installSiteBuiltins);
  imp.setImportState(modules.a, dictGet(sysDict, 'path')!, sysGet);
  setInterpreterStateGetter(interpreterState);
  handle = h;
  for (const f of threadInits) f();
}

let STATE_DICT = 0;
/**
 * The interpreter-wide dict where native modules keep state every thread must share (weakref
 * table, atexit callbacks, ...), keyed by names the modules choose ('_weakref.table', ...).
 */
export function interpreterState(): number {
  return STATE_DICT;
}

const threadInits: Array<() => void> = [];
/** Runs `f` on every thread of the interpreter once it is set up (per-worker hooks: finalizers, weakref callbacks). */
export function onThreadInit(f: () => void): void {
  threadInits.push(f);
}

export function sysModuleRef(): Ref {
  return SYS_MODULE!;
}
export function builtinsModuleRef(): Ref {
  return BUILTINS_MODULE!;
}

export { frameLocals, typeNameOf, callNative, T_STR, T_INT, TYPE_ADDR, BUILTIN_TYPES, isException, pyExc };
