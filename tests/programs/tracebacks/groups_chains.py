# Exception groups printed by the default excepthook: nested groups, members with tracebacks,
# notes on members and groups, chained causes inside a group, more members than max_group_width,
# and exec()'d code ("<string>" frames).
import sys

def show(f):
    try:
        f()
    except BaseException:
        sys.excepthook(*sys.exc_info())

def fail(exc):
    raise exc

def nested():
    errors = []
    for exc in [ValueError('v'), KeyError('k')]:
        try:
            fail(exc)
        except Exception as e:
            e.add_note(f'while handling {type(e).__name__}')
            errors.append(e)
    try:
        raise OSError('disk full')
    except OSError as e:
        try:
            raise RuntimeError('cleanup failed') from e
        except RuntimeError as r:
            errors.append(r)
    inner = ExceptionGroup('inner', [TypeError('t')])
    inner.add_note('inner note\nsecond line')
    errors.append(inner)
    raise ExceptionGroup('outer', errors)

def wide():
    raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])

def in_context():
    try:
        raise ExceptionGroup('first', [ValueError(1)])
    except ExceptionGroup:
        raise BaseExceptionGroup('second', [KeyboardInterrupt()])

def exec_string():
    exec('def helper(x):\n    return x[5]\nhelper([1, 2])')

def star():
    try:
        raise ExceptionGroup('mixed', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

for case in [nested, wide, in_context, exec_string, star]:
    show(case)
