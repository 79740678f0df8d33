# Runs one corpus program inside Pyodide the way `python name.py` runs a script (fresh __main__,
# sys.argv, sys.path[0], stdin/stdout/stderr, uncaught-exception printing, SystemExit codes, atexit)
# and restores interpreter state afterwards so that one Pyodide instance can run many programs.
# Used by tools/programs/worker.mjs. Mirrors CPython: Python/pythonrun.c, Modules/main.c.
import asyncio
import asyncio.base_events
import asyncio.events
import atexit
import builtins
import gc
import importlib
import io
import os
import selectors
import sys
import types
import warnings
from importlib.machinery import BuiltinImporter, ExtensionFileLoader, SourceFileLoader


class _NoIOSelector(selectors.BaseSelector):
    """Pyodide has no socketpair, so no selector event loop; programs only need timers."""

    def __init__(self, loop):
        self._loop = loop

    def register(self, fileobj, events, data=None):
        raise OSError('ftpy harness event loop: no I/O support')

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        # Virtual time: jump to the next timer instead of sleeping (output cannot depend on it).
        if timeout:
            self._loop._ftpy_now += timeout
        return []

    def close(self):
        pass

    def get_map(self):
        return {}


class _TimerLoop(asyncio.base_events.BaseEventLoop):
    """A BaseEventLoop with the scheduling of CPython's selector loop but no I/O (harness only)."""

    def __init__(self):
        super().__init__()
        self._ftpy_now = 0.0
        self._selector = _NoIOSelector(self)

    def time(self):
        return self._ftpy_now

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _Policy(asyncio.events._BaseDefaultEventLoopPolicy):
    _loop_factory = _TimerLoop


def _decode(text):
    return text if isinstance(text, str) else bytes(text).decode('utf-8', 'surrogateescape')


def _exit_code(code):
    # CPython: Python/pythonrun.c parse_exit_code; the OS keeps the low 8 bits.
    if code is None:
        return 0
    if isinstance(code, int):
        try:
            value = int(code)
            if not -(1 << 63) <= value < (1 << 63):
                return 255
            value &= 0xFFFFFFFF  # the (int) cast of a long long
            return value & 0xFF
        except Exception:
            return 255
    return None


def _handle_system_exit(exc):
    """CPython: _Py_HandleSystemExitAndKeyboardInterrupt. Returns the exit status."""
    sys.stdout.flush()
    try:
        code = exc.code
    except Exception:
        code = exc
    else:
        status = _exit_code(code)
        if status is not None:
            return status
    try:
        sys.stderr.write(str(code))
    except Exception:
        pass
    sys.stderr.write('\n')
    return 1


def _print_uncaught(exc):
    """CPython: _PyErr_PrintEx. Returns the exit status (1, or SystemExit's)."""
    if isinstance(exc, SystemExit):
        return _handle_system_exit(exc)
    tb = exc.__traceback__
    sys.last_exc = sys.last_value = exc
    sys.last_type = type(exc)
    sys.last_traceback = tb
    hook = getattr(sys, 'excepthook', None)
    if hook is None:
        sys.stderr.write('sys.excepthook is missing\n')
        sys.__excepthook__(type(exc), exc, tb)
        return 1
    try:
        hook(type(exc), exc, tb)
    except SystemExit as exc2:
        return _handle_system_exit(exc2)
    except BaseException as exc2:
        # Drop the harness's frame (the hook call above): CPython calls the hook from C.
        if exc2.__traceback__ is not None:
            exc2.__traceback__ = exc2.__traceback__.tb_next
        sys.stdout.flush()
        sys.stderr.write('Error in sys.excepthook:\n')
        sys.__excepthook__(type(exc2), exc2, exc2.__traceback__)
        sys.stderr.write('\nOriginal exception was:\n')
        sys.__excepthook__(type(exc), exc, tb)
    return 1


_real_getrecursionlimit = sys.getrecursionlimit
_real_setrecursionlimit = sys.setrecursionlimit
_hidden = 0


def _depth():
    n, f = 0, sys._getframe(1)
    while f is not None:
        n, f = n + 1, f.f_back
    return n


def _getrecursionlimit():
    return _real_getrecursionlimit() - _hidden


def _setrecursionlimit(limit):
    if isinstance(limit, int) and limit >= 1:
        limit += _hidden
    _real_setrecursionlimit(limit)


def _hide_frames(n):
    """While a script runs, sys.get/setrecursionlimit see the limit as the CLI would (harness only)."""
    global _hidden
    limit = _real_getrecursionlimit() - _hidden
    _hidden = n
    _real_setrecursionlimit(limit + n)
    if n:
        sys.getrecursionlimit, sys.setrecursionlimit = _getrecursionlimit, _setrecursionlimit
    else:
        sys.getrecursionlimit, sys.setrecursionlimit = _real_getrecursionlimit, _real_setrecursionlimit


def _run_main(path, argv):
    """The script part of CPython: Modules/main.c pymain_run_file + Python/pythonrun.c _PyRun_SimpleFile."""
    main = types.ModuleType('__main__')
    d = main.__dict__
    d['__builtins__'] = builtins
    d['__loader__'] = BuiltinImporter
    d['__file__'] = path
    d['__cached__'] = None
    d['__loader__'] = SourceFileLoader('__main__', path)
    sys.modules['__main__'] = main
    sys.argv = argv
    with open(path, 'rb') as f:
        source = f.read()
    # The exception is printed outside the except blocks, as CPython does: the hook runs with no
    # exception being handled (no implicit __context__ for errors raised by the hook).
    uncaught = None
    try:
        code = compile(source, path, 'exec')
    except BaseException as exc:
        # A SyntaxError in the script: printed without a traceback header.
        exc.__traceback__ = None
        uncaught = exc
    else:
        # Python frames below the script's: hidden from the recursion limit (the CLI has none).
        _hide_frames(_depth())
        try:
            exec(code, d)
        except BaseException as exc:
            # Drop the harness's own frame (the exec call above).
            if exc.__traceback__ is not None:
                exc.__traceback__ = exc.__traceback__.tb_next
            uncaught = exc
        finally:
            _hide_frames(0)
        del code
    status = 0 if uncaught is None else _print_uncaught(uncaught)
    del uncaught
    d.pop('__file__', None)
    d.pop('__cached__', None)
    return status, main


def _finalize(status):
    """CPython: Py_FinalizeEx (the parts with visible output): atexit callbacks, then flushing."""
    try:
        atexit._run_exitfuncs()
    finally:
        atexit._clear()
    for name in ('stdout', 'stderr'):
        stream = getattr(sys, name, None)
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except Exception:
            if name == 'stdout' and status == 0:
                status = 120  # CPython: Py_Exit when flushing stdout fails
    return status


def run(rundir, name, args, stdin):
    """Runs rundir/name with cwd rundir. Returns {stdout, stderr, exit} (str, str, int)."""
    saved = {
        'modules': dict(sys.modules), 'path': list(sys.path), 'argv': list(sys.argv),
        'importers': dict(sys.path_importer_cache), 'meta_path': list(sys.meta_path),
        'path_hooks': list(sys.path_hooks),
        'streams': (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__),
        'hooks': (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook),
        'environ': dict(os.environ), 'cwd': os.getcwd(), 'builtins': dict(builtins.__dict__),
        'recursion': sys.getrecursionlimit(), 'digits': sys.get_int_max_str_digits(),
        'policy': asyncio.events._get_event_loop_policy(), 'running': asyncio.events._get_running_loop(),
        'gc': (gc.isenabled(), gc.get_threshold()),
    }
    out_buf, err_buf = io.BytesIO(), io.BytesIO()
    # CPython's CLI on POSIX with a UTF-8 locale and non-tty streams: stdout strict, stderr backslashreplace.
    out = io.TextIOWrapper(out_buf, encoding='utf-8', errors='strict', newline='\n')
    err = io.TextIOWrapper(err_buf, encoding='utf-8', errors='backslashreplace', newline='\n',
                           line_buffering=True)
    inp = io.TextIOWrapper(io.BytesIO(bytes(stdin)), encoding='utf-8', errors='strict')
    out_close, err_close = out_buf.close, err_buf.close
    out_buf.close = err_buf.close = lambda: None  # keep the bytes if the program closes its streams
    sys.stdin = sys.__stdin__ = inp
    sys.stdout = sys.__stdout__ = out
    sys.stderr = sys.__stderr__ = err
    sys.excepthook = sys.__excepthook__
    sys.displayhook = sys.__displayhook__
    sys.unraisablehook = sys.__unraisablehook__
    sys.path[0:0] = [rundir]
    asyncio.events._set_running_loop(None)
    asyncio.events._set_event_loop_policy(_Policy())
    os.chdir(rundir)
    status = 1
    try:
        with warnings.catch_warnings():
            status, main = _run_main(os.path.join(rundir, name), [name, *args])
            status = _finalize(status)
            del main
            sys.modules.pop('__main__', None)
            gc.collect()
    finally:
        for s in (out, err):
            try:
                s.flush()
            except Exception:
                pass
        stdout = out_buf.getvalue().decode('utf-8', 'surrogateescape')
        stderr = err_buf.getvalue().decode('utf-8', 'surrogateescape')
        out_buf.close, err_buf.close = out_close, err_close
        _restore(saved)
    return {'stdout': stdout, 'stderr': stderr, 'exit': status}


def _restore(saved):
    os.chdir(saved['cwd'])
    # Modules the program imported are forgotten, except extension modules: C code (e.g. the
    # namereplace handler's pointer into unicodedata) may still use their state, and Pyodide
    # crashes if a second copy is loaded.
    for name, module in list(sys.modules.items()):
        if name not in saved['modules'] and not _is_extension(module):
            del sys.modules[name]
    sys.modules.update(saved['modules'])
    sys.path[:] = saved['path']
    sys.meta_path[:] = saved['meta_path']
    sys.path_hooks[:] = saved['path_hooks']
    sys.path_importer_cache.clear()
    sys.path_importer_cache.update(saved['importers'])
    importlib.invalidate_caches()
    # "Shown once" bookkeeping must not leak into the next program.
    for module in list(sys.modules.values()):
        registry = getattr(module, '__warningregistry__', None)
        if isinstance(registry, dict):
            registry.clear()
    onceregistry = getattr(warnings, 'onceregistry', None)
    if isinstance(onceregistry, dict):
        onceregistry.clear()
    sys.argv = saved['argv']
    (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__) = saved['streams']
    (sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook) = saved['hooks']
    os.environ.clear()
    os.environ.update(saved['environ'])
    builtins.__dict__.clear()
    builtins.__dict__.update(saved['builtins'])
    sys.setrecursionlimit(saved['recursion'])
    sys.set_int_max_str_digits(saved['digits'])
    asyncio.events._set_event_loop_policy(saved['policy'])
    asyncio.events._set_running_loop(saved['running'])
    enabled, threshold = saved['gc']
    gc.enable() if enabled else gc.disable()
    gc.set_threshold(*threshold)
    for attr in ('last_exc', 'last_type', 'last_value', 'last_traceback'):
        if hasattr(sys, attr):
            delattr(sys, attr)


def _is_extension(module):
    spec = getattr(module, '__spec__', None)
    return isinstance(getattr(spec, 'loader', None), ExtensionFileLoader) or (
        getattr(module, '__name__', None) in sys.builtin_module_names)


def info():
    return {'version': sys.version.split()[0], 'stdlib': sorted(sys.stdlib_module_names)}
