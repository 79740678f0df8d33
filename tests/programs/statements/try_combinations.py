# try/except/else/finally in every combination, which clauses run, multiple handlers, tuples, order.
def run(label, raise_exc):
    log = []
    try:
        log.append('body')
        if raise_exc is not None:
            raise raise_exc
    except ValueError:
        log.append('except ValueError')
    except (TypeError, KeyError) as e:
        log.append(f'except tuple {type(e).__name__}')
    except Exception as e:
        log.append(f'except Exception {type(e).__name__}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    print(label, log)

run('none', None)
run('value', ValueError())
run('type', TypeError())
run('key', KeyError('k'))
run('other', ZeroDivisionError())
run('subclass', UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))

# try/finally only; try/except only; try/except/else.
def tf():
    try:
        return 'try'
    finally:
        print('tf finally')
print(tf())

try:
    1 / 0
except ZeroDivisionError:
    print('try/except only')

try:
    pass
except Exception:
    print('not run')
else:
    print('try/except/else: else runs')

# The first matching handler wins, even if a later one is more specific.
try:
    raise KeyError('x')
except LookupError:
    print('LookupError handler first')
except KeyError:
    print('never')

# Exception in else is not caught by the same try's handlers.
try:
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)

# Nested: exception in handler propagates after finally.
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise ValueError('second')
    finally:
        print('finally runs before propagation')
except ValueError as e:
    print('caught', e, 'context', repr(e.__context__))

# except with a non-exception class is a TypeError at match time.
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
