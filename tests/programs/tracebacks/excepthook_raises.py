# A sys.excepthook that itself raises: CPython prints "Error in sys.excepthook:" then both tracebacks.
import sys
def bad_hook(exc_type, exc, tb):
    raise RuntimeError('hook is broken')
sys.excepthook = bad_hook
raise ValueError('original problem')
