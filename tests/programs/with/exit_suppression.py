# __exit__ returning a true value suppresses the exception; falsy values do not; exceptions raised in __exit__.
class Suppress:
    def __init__(self, *types, result=True):
        self.types, self.result = types, result
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressing', exc_type.__name__)
            return self.result
        return None
with Suppress(KeyError):
    {}['x']
print('after suppressed KeyError')
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print('IndexError not suppressed')
with Suppress(ValueError, result=1):
    int('x')
print('truthy non-bool result suppresses too')
try:
    with Suppress(ValueError, result=0):
        int('y')
except ValueError:
    print('falsy result: exception propagates')
class RaisesInExit:
    def __enter__(self): return self
    def __exit__(self, *exc):
        raise RuntimeError('from __exit__')
try:
    with RaisesInExit():
        raise ValueError('original')
except RuntimeError as e:
    print(repr(e), 'context:', repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise OSError('cannot enter')
    def __exit__(self, *exc):
        print('never called')
try:
    with Suppress(OSError), EnterFails():
        print('body skipped')
except OSError:
    print('not reached: the outer manager suppresses it')
print('outer manager suppressed the enter failure')
def loop():
    out = []
    for i in range(3):
        with Suppress(ZeroDivisionError):
            out.append(10 // (i - 1))
    return out
print(loop())
