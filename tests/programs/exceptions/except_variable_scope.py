# The except target is deleted at the end of the handler; it does not leak, even if bound before.
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside:', repr(e))
try:
    print(e)
except NameError as err:
    print('after handler:', err)

def f():
    err = 'local value'
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return f'UnboundLocalError: {u}'
print(f())

saved = None
try:
    raise KeyError('saved')
except KeyError as exc:
    saved = exc
print('saved survives:', repr(saved))

def g():
    try:
        raise TypeError('t')
    except TypeError as e:
        del e
    return 'deleted in handler is fine'
print(g())

for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_exc:
        last = loop_exc
print(repr(last), 'loop_exc' in globals())
try:
    raise ValueError
except ValueError as e2:
    e2 = 'rebound'
print('e2' in globals())
