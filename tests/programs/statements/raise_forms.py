# raise forms: class vs instance, raise from, raise from None, bare raise re-raises, errors.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), '| cause:', repr(e.__cause__), '| context:', repr(e.__context__),
              '| suppress:', e.__suppress_context__)

def cls():
    raise ValueError
def inst():
    raise ValueError('msg', 2)
def frm():
    raise ValueError('outer') from KeyError('inner')
def frm_cls():
    raise ValueError from KeyError
def frm_none():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('clean') from None
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
def bare():
    try:
        raise IndexError('again')
    except IndexError:
        raise
def not_exc():
    raise 42
def not_exc_cause():
    raise ValueError from 42
def no_active():
    raise
def cls_bad_init():
    class E(Exception):
        def __init__(self, a, b):
            super().__init__(a, b)
    raise E

for f in [cls, inst, frm, frm_cls, frm_none, implicit, bare, not_exc, not_exc_cause, no_active, cls_bad_init]:
    print(f.__name__, end=': ')
    show(f)

# Bare raise inside a nested handler re-raises the current (innermost) exception.
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
except Exception as e:
    print('re-raised', repr(e))

# A raised exception keeps its identity.
err = OSError(2, 'No such file')
try:
    raise err
except OSError as caught:
    print(caught is err, caught.errno, caught.strerror, str(caught))
