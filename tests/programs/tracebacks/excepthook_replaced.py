# Replacing sys.excepthook: the hook receives the uncaught exception; the exit status stays 1.
import sys
def hook(exc_type, exc, tb):
    frames = 0
    while tb is not None:
        frames += 1
        tb = tb.tb_next
    print(f'custom hook: {exc_type.__name__}: {exc} ({frames} frames)', file=sys.stderr)
    print('stdout from hook')
sys.excepthook = hook
def fail():
    raise LookupError('nothing found')
fail()
