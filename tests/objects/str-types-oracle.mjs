// Makes tests/objects/str-types-expected.json.gz: calls of str, bytes, bytearray and memoryview
// methods (arguments, results, exceptions, and the object after mutating calls) recorded with
// CPython 3.14 (Pyodide); str-types.test.ts replays them on ftpy's types.
// Run: node tests/objects/str-types-oracle.mjs
import { loadPyodide } from 'pyodide';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const py = await loadPyodide();
const cases = readFileSync(join(here, 'str-types-cases.py'), 'utf8');

const PY = String.raw`
import json, sys
CASES = []
RECIPES = {}
KEEP = []
def mv(obj, *ops):
    v = memoryview(obj)
    for op in ops:
        v = v.cast(*op[1:]) if op[0] == 'cast' else v[op[1]]
    RECIPES[id(v)] = (obj, ops)
    KEEP.append(v)
    return v
def enc(v, result=False):
    if v is None or isinstance(v, (bool, str)): return v
    if type(v) is int: return v if abs(v) <= 2**53 - 1 else {'int': str(v)}
    if type(v) is float: return {'float': repr(v)}
    if type(v) is bytes: return {'bytes': list(v)}
    if type(v) is bytearray: return {'bytearray': list(v)}
    if type(v) is tuple: return {'tuple': [enc(x, result) for x in v]}
    if type(v) is list: return {'list': [enc(x, result) for x in v]}
    if type(v) is dict: return {'dict': [[enc(k, result), enc(x, result)] for k, x in v.items()]}
    if type(v) is memoryview:
        if result:
            try: return {'mvlist': enc(v.tolist(), True)}
            except Exception as e: return {'type': 'memoryview'}
        if id(v) in RECIPES:
            obj, ops = RECIPES[id(v)]
            return {'memoryview': enc(obj), 'ops': [[op[0]] + [enc(x) for x in op[1:]] for op in ops]}
        return {'memoryview': enc(v.obj)}
    if type(v) is slice: return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    if v is Ellipsis: return {'ellipsis': True}
    if v is NotImplemented: return {'NotImplemented': True}
    return {'type': type(v).__name__}
def C(tname, method, self, *args, **kw):
    t = {'str': str, 'bytes': bytes, 'bytearray': bytearray, 'memoryview': memoryview}[tname]
    rec = {'t': tname, 'm': method, 'self': enc(self), 'args': [enc(a) for a in args],
           'kw': [[k, enc(v)] for k, v in kw.items()]}
    try:
        if method == 'new':
            r = t(*args, **kw)
        else:
            f = getattr(t, method)
            if isinstance(t.__dict__.get(method), (staticmethod, classmethod)) or type(t.__dict__.get(method)).__name__ in ('builtin_function_or_method', 'classmethod_descriptor'):
                r = f(*args, **kw)
            elif type(t.__dict__.get(method)).__name__ == 'getset_descriptor':
                r = f.__get__(self)
            else:
                r = f(self, *args, **kw)
        rec['r'] = enc(r, True)
    except Exception as e:
        rec['r'] = {'err': type(e).__name__, 'msg': str(e)}
    if tname == 'bytearray' and method != 'new':
        rec['after'] = enc(self, True)
    elif tname == 'memoryview' and method != 'new':
        try: rec['after'] = enc(self.obj, True)
        except ValueError: rec['after'] = None
    CASES.append(rec)
exec(CASES_SRC)
json.dumps({'version': sys.version.split()[0], 'cases': CASES}, separators=(',', ':'))
`;
const out = py.runPython(PY.replace('exec(CASES_SRC)', `exec(${JSON.stringify(cases)})`));
writeFileSync(join(here, 'str-types-expected.json.gz'), gzipSync(out + '\n', { level: 9 }));
console.log(`str-types-expected.json: ${JSON.parse(out).cases.length} cases`);
