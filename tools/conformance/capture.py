# Runs inside Pyodide for tools/conformance/capture-worker.mjs: runs one Lib/test module with
# compile/exec/eval wrapped so that every source text the tests hand to the compiler (directly,
# via ast.parse, or via doctest) is reported to JS as JSON, together with mode and flags.
import __future__
import base64
import builtins
import doctest
import importlib
import json
import sys
import unittest

_real_compile, _real_exec, _real_eval = builtins.compile, builtins.exec, builtins.eval
_emit = None          # set by the worker: a JS function taking one JSON string
_active = False
_current = None       # index of the running test, attached to each capture
FUTURE_MASK = 0
for _name in __future__.all_feature_names:
    if _name != 'nested_scopes':  # CO_NESTED is not a compiler flag compile() inherits
        FUTURE_MASK |= getattr(__future__, _name).compiler_flag
# Modules that only forward a source to compile(): the interesting caller is further out.
_PASS_THROUGH = {'ast', 'codeop', 'code', __name__}


def _caller():
    """The first frame outside this module and the pass-through modules."""
    f = sys._getframe(2)
    while f is not None and f.f_globals.get('__name__') in _PASS_THROUGH:
        f = f.f_back
    return f


def _record(origin, source, mode, flags, feature_version, frame):
    if not _active or frame is None:
        return
    who = frame.f_globals.get('__name__') or ''
    # Only sources from the tests themselves (test.*, doctest); not importlib, dataclasses, ...
    if not (who == 'test' or who.startswith('test.') or who == 'doctest'):
        return
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        return  # an AST or code object
    rec = {'k': 'case', 'origin': origin, 'caller': who, 'mode': mode, 'flags': flags,
           'fv': feature_version, 'test': _current}
    if isinstance(source, bytes):
        rec['b64'] = base64.b64encode(source).decode('ascii')
    else:
        rec['src'] = source
    _emit(json.dumps(rec))


def _compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1):
    if not dont_inherit:
        # compile() would inherit the future flags of its caller, which is now this wrapper.
        flags |= sys._getframe(1).f_code.co_flags & FUTURE_MASK
    frame = _caller()
    try:
        _record('compile', source, mode, flags, _feature_version, frame)
    except Exception:
        pass
    return _real_compile(source, filename, mode, flags, True, optimize, _feature_version=_feature_version)


def _globals_locals(globals, locals, frame):
    if globals is None and frame is not None:
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    return globals, locals


def _exec(source, globals=None, locals=None, /, *, closure=None):
    frame = sys._getframe(1)
    flags = frame.f_code.co_flags & FUTURE_MASK
    try:
        _record('exec', source, 'exec', flags, -1, frame)
    except Exception:
        pass
    globals, locals = _globals_locals(globals, locals, frame)
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        source = _real_compile(source, '<string>', 'exec', flags, True)
    return _real_exec(source, globals, locals, closure=closure)


def _eval(source, globals=None, locals=None, /):
    frame = sys._getframe(1)
    flags = frame.f_code.co_flags & FUTURE_MASK
    if isinstance(source, (str, bytes, bytearray, memoryview)):
        # eval() drops leading spaces and tabs before compiling (CPython: builtin_eval_impl).
        source = source.lstrip(' \t') if isinstance(source, str) else bytes(source).lstrip(b' \t')
        try:
            _record('eval', source, 'eval', flags, -1, frame)
        except Exception:
            pass
        source = _real_compile(source, '<string>', 'eval', flags, True)
    globals, locals = _globals_locals(globals, locals, frame)
    return _real_eval(source, globals, locals)


class _Progress(unittest.TestResult):
    def __init__(self, first):
        super().__init__()
        self._n = first

    def startTest(self, test):
        global _current
        _current = self._n
        _emit(json.dumps({'k': 'start', 'i': self._n, 'id': test.id()}))
        self._n += 1
        super().startTest(test)


def _flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _flatten(t)
        else:
            yield t


def run(module_name, start_at):
    """Imports test.<module_name>, records its doctest examples, runs its tests from start_at."""
    global _active, _current
    builtins.compile, builtins.exec, builtins.eval = _compile, _exec, _eval
    # RustPython's copy of Lib/test marks doctests with this option; CPython's doctest needs it declared.
    doctest.register_optionflag('EXPECTED_FAILURE')
    _active = True
    _current = -1
    module = importlib.import_module('test.' + module_name)
    # Every doctest example, including ones marked +SKIP, as doctest would compile it.
    for dt in doctest.DocTestFinder().find(module):
        flags = doctest._extract_future_flags(dt.globs)
        for ex in dt.examples:
            rec = {'k': 'case', 'origin': 'doctest-static', 'caller': 'doctest', 'mode': 'single',
                   'flags': flags, 'fv': -1, 'test': -1, 'src': ex.source}
            _emit(json.dumps(rec))
    tests = list(_flatten(unittest.defaultTestLoader.loadTestsFromModule(module)))
    _emit(json.dumps({'k': 'count', 'n': len(tests)}))
    result = _Progress(start_at)
    unittest.TestSuite(tests[start_at:]).run(result)
    _current = None
    _emit(json.dumps({'k': 'end', 'run': result.testsRun, 'failures': len(result.failures),
                      'errors': len(result.errors), 'skipped': len(result.skipped)}))
    _active = False
