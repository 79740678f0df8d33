# __cause__, __context__, __suppress_context__: implicit chaining, raise from, from None, manual setting.
def describe(e):
    parts = []
    while e is not None:
        parts.append(f'{type(e).__name__}({", ".join(map(repr, e.args))}) cause={type(e.__cause__).__name__ if e.__cause__ else None}'
                     f' context={type(e.__context__).__name__ if e.__context__ else None} suppress={e.__suppress_context__}')
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return '\n  '.join(parts)

def implicit():
    try:
        int('x')
    except ValueError:
        {}['k']
def explicit():
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
def from_none():
    try:
        int('x')
    except ValueError:
        raise RuntimeError('clean') from None
def three_levels():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError('middle') from e
    except KeyError:
        raise TypeError('top')
def handled_inner():
    try:
        raise ValueError('inner handled')
    except ValueError:
        pass
    raise TypeError('no context: inner was handled')
def in_finally():
    try:
        raise ValueError('try')
    finally:
        raise KeyError('finally')
for f in (implicit, explicit, from_none, three_levels, handled_inner, in_finally):
    try:
        f()
    except Exception as e:
        print(f.__name__ + ':\n  ' + describe(e))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not an exception'
except TypeError as err:
    print(err)
e2 = ValueError()
e2.__context__ = e2
print(e2.__context__ is e2)
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise a
        except ValueError as b:
            print('same object re-raised:', a is b, b.__context__)
except Exception:
    pass
