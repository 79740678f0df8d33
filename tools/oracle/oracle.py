# Runs inside Pyodide (CPython 3.14) for tools/oracle/pyodide.mjs: parses a batch of cases
# with ast.parse and reports, per case, the include_attributes dump or the exception raised.
# Input and output are JSON so that one call handles a whole batch.
import ast
import base64
import json
import sys
import warnings

# ast.dump is recursive Python; the worker runs with a large JS stack, so a high limit is safe
# and lets deeply nested (but valid) trees be dumped instead of reported as RecursionError.
_DUMP_RECURSION_LIMIT = 20000


def _error_record(e):
    rec = {'type': type(e).__name__}
    if isinstance(e, SyntaxError):
        rec.update(msg=e.msg, lineno=e.lineno, offset=e.offset,
                   end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text)
    else:
        rec['msg'] = str(e)
    return rec


def _one(case):
    src = case['src']
    if case.get('bytes'):
        src = base64.b64decode(src)
    kw = {}
    if case.get('featureVersion') is not None:
        kw['feature_version'] = case['featureVersion']
    res = {}
    filename = case.get('filename') or '<unknown>'
    mode = case.get('mode') or 'exec'
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            if case.get('flags'):
                # Extra compile() flags (PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT,
                # CO_FUTURE_BARRY_AS_BDFL): ast.parse cannot pass them, so call compile as it does.
                flags = ast.PyCF_ONLY_AST | case['flags']
                if case.get('typeComments'):
                    flags |= ast.PyCF_TYPE_COMMENTS
                fv = case.get('featureVersion')
                tree = compile(src, filename, mode, flags, dont_inherit=True,
                               _feature_version=-1 if fv is None else fv)
            else:
                tree = ast.parse(src, filename=filename, mode=mode,
                                 type_comments=bool(case.get('typeComments')), **kw)
        except Exception as e:  # SyntaxError, MemoryError, RecursionError, ValueError, ...
            res['error'] = _error_record(e)
            tree = None
    if caught:
        res['warnings'] = [{'category': w.category.__name__, 'message': str(w.message),
                            'lineno': w.lineno} for w in caught]
    if tree is not None:
        if case.get('want', 'dump') == 'dump':
            old = sys.getrecursionlimit()
            sys.setrecursionlimit(max(old, _DUMP_RECURSION_LIMIT))
            try:
                # Default: include_attributes=True; 'dumpOptions' gives ast.dump's keywords instead.
                opts = case.get('dumpOptions')
                res['dump'] = ast.dump(tree, **({'include_attributes': True} if opts is None else opts))
            except Exception as e:
                res['ok'] = True
                res['dumpError'] = _error_record(e)
            finally:
                sys.setrecursionlimit(old)
        else:
            res['ok'] = True
    return res


def run_batch(payload):
    return json.dumps([_one(c) for c in json.loads(payload)])
