// A heap with every builtin type, for testing the str/bytes/bytearray/memoryview types without
// the VM: minimal protocol hooks (exceptions are JS PyError throws), calls of the types' natives
// by name, and conversion of values to and from the JSON form str-types-oracle.mjs writes.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { I32, createHeap, attachHeap, registerThread, setRootScanner } from '../../src/heap/index.js';
import { Ref, PyFloat, type Value, floatValue } from '../../src/objects/value.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A Python exception raised in a test (class name and str()). */
export class PyError extends Error {
  constructor(readonly cls: string, readonly msg: string) {
    super(`${cls}: ${msg}`);
  }
}

/** Base classes of the exceptions the tested code raises (for exceptionMatches). */
const BASES: Record<string, string> = {
  KeyError: 'LookupError', IndexError: 'LookupError', LookupError: 'Exception', TypeError: 'Exception',
  ValueError: 'Exception', UnicodeError: 'ValueError', UnicodeEncodeError: 'UnicodeError',
  UnicodeDecodeError: 'UnicodeError', OverflowError: 'ArithmeticError', BufferError: 'Exception',
  NotImplementedError: 'RuntimeError', StopIteration: 'Exception', AttributeError: 'Exception',
};

function isA(cls: string, base: string): boolean {
  for (let c: string | undefined = cls; c !== undefined; c = BASES[c]) if (c === base) return true;
  return false;
}

type Mod = Record<string, unknown>;
let M: Record<string, Mod> | null = null;

/** Imports every object module, in directory order (the same in every worker: same type indices). */
async function loadModules(): Promise<Record<string, Mod>> {
  const dir = join(here, '..', '..', 'src', 'objects');
  const mods: Record<string, Mod> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.js')).sort()) {
    mods[f.replace(/\.js$/, '')] = (await import(join(dir, f))) as Mod;
  }
  return mods;
}

/** The protocol hooks the VM would install (exceptions are PyError throws). */
function installProtocol(mods: Record<string, Mod>): void {
  const protocol = mods.protocol as typeof import('../../src/objects/protocol.js');
  const hooks = mods.hooks as typeof import('../../src/objects/hooks.js');
  const coll = mods.coll_ops as typeof import('../../src/objects/coll_ops.js');
  const hash = mods.hash as typeof import('../../src/objects/hash.js');
  const codecs = mods.codecs_native as typeof import('../../src/objects/codecs_native.js');
  const value = mods.value as typeof import('../../src/objects/value.js');
  const strm = mods.str as typeof import('../../src/objects/str.js');
  const numcore = mods.numcore as typeof import('../../src/objects/numcore.js');
  const object = mods.object as typeof import('../../src/objects/object.js');
  const typeobject = mods.typeobject as typeof import('../../src/objects/typeobject.js');
  const raise = (cls: string, msg: string): never => {
    throw new PyError(cls, msg);
  };
  value.setDecodeHooks((a) => strm.strFromHeap(a), (a) => numcore.intFromHeap(a));
  value.setEncodeHook((v) => {
    if (typeof v === 'string') return strm.strToHeap(v);
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat) return numcore.numberToHeap(v);
    // The bootstrap passes bare { a } records for descriptors.
    if (typeof v === 'object' && v !== null && typeof (v as { a?: unknown }).a === 'number') return (v as { a: number }).a;
    throw new Error(`cannot encode ${String(v)}`);
  });
  hooks.installHooks({
    hash32: (v) => hash.low32(coll.pyHash(v)),
    eq: (a, b) => coll.eq(a, b),
    repr: (v) => protocol.repr(v),
    raise,
    call: (f, args) => protocol.call(f, args),
    getattr: (v, name) => object.genericGetAttr(v, name),
  });
  // Calls of builtin callables (bound method wrappers, builtin functions) through their 'call' slot.
  protocol.setCaller((f, args, kwNames, kwValues) => {
    const slot = protocol.builtinSlot(typeobject.typeOf(f), 'call');
    if (slot === undefined) return raise('TypeError', `'${typeNameOf(f)}' object is not callable`);
    return slot(f, args, kwNames, kwValues);
  });
  protocol.setRaiser(raise);
  object.setObjectHooks({ str: (v) => protocol.str(v), eq: (a, b) => coll.eq(a, b), truthy: (v) => protocol.truthy(v), dir: () => null });
  protocol.setEqHook((a, b) => coll.eq(a, b));
  coll.setExceptionMatcher((e, cls) => e instanceof PyError && isA(e.cls, cls));
  coll.setKeyErrorRaiser((k) => raise('KeyError', protocol.repr(k)));
  // __reduce__ results name builtins (iter): a stand-in builtin function object.
  coll.setBuiltinGetter((name) => new Ref((mods.descriptors as typeof import('../../src/objects/descriptors.js'))
    .newBuiltinFunction(0, name, 'builtins')));
  codecs.setExceptionThrower((exc) => {
    const ex = mods.exceptions as typeof import('../../src/objects/exceptions.js');
    const get = (n: string): Value => ex.getExtra(exc, n) as Value;
    const obj = get('object');
    const data = typeof obj === 'string' ? obj : (mods.bytes as typeof import('../../src/objects/bytes.js')).bytesData((obj as Ref).a);
    const kind = typeNameOf(exc) as 'UnicodeEncodeError';
    throw new PyError(kind, codecs.unicodeErrorMessage(kind, get('encoding') as string, data,
      get('start') as number, get('end') as number, get('reason') as string));
  });
}

let shared: { sab: SharedArrayBuffer; root: number } | null = null;

/** Objects the tests hold: the only roots a collection (bytearray export reclaiming) sees. */
const kept = new Set<number>();
export function keep<T extends Value>(v: T): T {
  if (v instanceof Ref) kept.add(v.a);
  return v;
}
export function unkeep(v: Value): void {
  if (v instanceof Ref) kept.delete(v.a);
}

/** Loads every object module, builds a heap and installs the hooks (once per process). */
export async function setup(): Promise<Record<string, Mod>> {
  if (M !== null) return M;
  const mods = await loadModules();
  installProtocol(mods);
  const boot = mods.bootstrap as typeof import('../../src/objects/bootstrap.js');
  const object = mods.object as typeof import('../../src/objects/object.js');
  const value = mods.value as typeof import('../../src/objects/value.js');
  const sab = createHeap({ maxBytes: 512 << 20, minGcBytes: 1 << 30 });
  registerThread();
  setRootScanner((mark) => {
    for (const a of kept) mark(a);
  });
  const root = boot.bootstrapHeap();
  object.captureObjectDescrs(value.T_OBJECT);
  shared = { sab, root };
  M = mods;
  return mods;
}

/** The heap and bootstrap root slot, for workers. */
export function sharedHeap(): { sab: SharedArrayBuffer; root: number } {
  return shared!;
}

/** In a worker: attaches to the main thread's heap and types. */
export async function setupWorker(sab: SharedArrayBuffer, root: number): Promise<Record<string, Mod>> {
  const mods = await loadModules();
  installProtocol(mods);
  attachHeap(sab);
  registerThread();
  setRootScanner(() => {});
  (mods.bootstrap as typeof import('../../src/objects/bootstrap.js')).attachBootstrap(root);
  (mods.object as typeof import('../../src/objects/object.js')).captureObjectDescrs(
    (mods.value as typeof import('../../src/objects/value.js')).T_OBJECT);
  M = mods;
  return mods;
}

export function typeNameOf(v: Value): string {
  return (M!.protocol as typeof import('../../src/objects/protocol.js')).typeNameOf(v);
}

/** Calls `typeName.method(self, *args, **kwargs)` through the method's native and its signature. */
export function callMethod(typeName: string, method: string, self: Value | undefined, args: Value[],
  kw: Array<[string, Value]> = []): Value {
  const reg = M!.registry as typeof import('../../src/objects/registry.js');
  const native = M!.native as typeof import('../../src/objects/native.js');
  const def = reg.builtinTypeDef(typeName);
  const m = def.methods.find((x) => x.name === method);
  if (m === undefined) {
    const g = def.getsets.find((x) => x.name === method);
    if (g !== undefined) return g.get.fn(self!);
    throw new Error(`${typeName}.${method} is not defined`);
  }
  const n = m.native;
  const kwNames = kw.length ? kw.map((x) => x[0]) : null;
  const kwValues = kw.length ? kw.map((x) => x[1]) : null;
  // A classmethod receives the type first.
  const first = m.kind === 'classmethod' ? new Ref(reg.builtinTypeAddr(typeName)) : self;
  if (kwNames === null && n.simple && args.length <= n.maxPositional && args.length >= n.minPositional) {
    return m.kind === 'staticmethod' ? n.fn(...args) : n.fn(first as Value, ...args);
  }
  const bound = native.bindNativeArgs(n, args, kwNames, kwValues);
  return m.kind === 'staticmethod' ? n.fn(...bound) : n.fn(first as Value, ...bound);
}

// ---- JSON forms --------------------------------------------------------------------------------

/** A value as the oracle writes it: str/int/bool/None as themselves, others tagged. */
export type J = string | number | boolean | null | { [tag: string]: unknown };

export function fromJ(j: J): Value {
  const mods = M!;
  if (j === null || typeof j === 'string' || typeof j === 'boolean') return j;
  if (typeof j === 'number') return j;
  const [tag, v] = Object.entries(j)[0]!;
  switch (tag) {
    case 'int': return BigInt(v as string);
    case 'float': return floatValue(parseFloatRepr(v as string));
    case 'slice': {
      const [a, b, c] = (v as J[]).map(fromJ);
      return (mods.slice as typeof import('../../src/objects/slice.js')).newSlice(a!, b!, c!);
    }
    case 'bytes': return (mods.bytes as typeof import('../../src/objects/bytes.js')).newBytes(v as number[]);
    case 'bytearray': return (mods.bytearray as typeof import('../../src/objects/bytearray.js')).newBytearray(v as number[]);
    case 'memoryview': {
      let mv = (mods.memoryview as typeof import('../../src/objects/memoryview.js')).makeMemoryview(fromJ(v as J)) as Value;
      for (const op of ((j as { ops?: J[][] }).ops ?? [])) {
        const [kind, ...rest] = op as [string, ...J[]];
        mv = kind === 'cast' ? callMethod('memoryview', 'cast', mv, rest.map(fromJ))
          : callMethod('memoryview', '__getitem__', mv, rest.map(fromJ));
      }
      return mv;
    }
    case 'tuple': return (mods.tuple as typeof import('../../src/objects/tuple.js')).newTuple((v as J[]).map(fromJ));
    case 'list': return (mods.list as typeof import('../../src/objects/list.js')).newList((v as J[]).map(fromJ));
    case 'dict': {
      const dict = mods.dict as typeof import('../../src/objects/dict.js');
      const d = dict.newDict();
      for (const [k, x] of v as Array<[J, J]>) dict.dictSet(d, fromJ(k), fromJ(x));
      return new Ref(d);
    }
    case 'ellipsis': {
      const boot = mods.bootstrap as typeof import('../../src/objects/bootstrap.js');
      return new Ref(boot.SINGLETONS.ellipsis);
    }
    default: throw new Error(`fromJ: unknown tag ${tag}`);
  }
}

export function toJ(v: Value): J {
  const mods = M!;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v;
    return { float: Number.isNaN(v) ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : String(v) };
  }
  if (typeof v === 'bigint') {
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : { int: String(v) };
  }
  if (v instanceof PyFloat) return { float: String(v.v) === '0' && Object.is(v.v, -0) ? '-0.0' : String(v.v) };
  const name = typeNameOf(v);
  const a = (v as Ref).a;
  switch (name) {
    case 'bytes': return { bytes: Array.from((mods.bytes as typeof import('../../src/objects/bytes.js')).bytesData(a)) };
    case 'bytearray': return { bytearray: Array.from((mods.bytearray as typeof import('../../src/objects/bytearray.js')).baData(a)) };
    case 'tuple': return { tuple: (mods.tuple as typeof import('../../src/objects/tuple.js')).tupleItems(a).map(toJ) };
    case 'list': return { list: (mods.list as typeof import('../../src/objects/list.js')).listItems(a).map(toJ) };
    case 'dict': {
      const dict = mods.dict as typeof import('../../src/objects/dict.js');
      return { dict: dict.dictItems(a).map(([k, x]) => [toJ(k), toJ(x)]) };
    }
    case 'memoryview': {
      const tl = callMethod('memoryview', 'tolist', v, []);
      return { mvlist: toJ(tl) };
    }
    case 'NotImplementedType': return { NotImplemented: true };
    default: return { type: name };
  }
}

/** A float from Python's repr ('1.5', '1e+300', 'inf', 'nan', '-0.0'). */
export function parseFloatRepr(s: string): number {
  if (s === 'nan' || s === '-nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

export { I32 };
