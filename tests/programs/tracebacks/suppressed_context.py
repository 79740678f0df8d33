# raise ... from None hides the context in the printed traceback; a three-level chain mixing cause and context.
def lookup(key):
    try:
        return {}[key]
    except KeyError:
        raise LookupError(f'{key} not configured') from None
try:
    lookup('x')
except LookupError as e:
    print('context kept but suppressed:', repr(e.__context__), e.__suppress_context__)
def level1():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('level 2') from e
def level2():
    try:
        level1()
    except ValueError:
        raise RuntimeError('level 3')
level2()
