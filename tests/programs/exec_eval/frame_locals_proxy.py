# frame.f_locals is a write-through FrameLocalsProxy in functions (PEP 667), the namespace dict in modules.
import sys
def f():
    x = 1
    def inner():
        return x
    fl = sys._getframe().f_locals
    fl['x'] = 10
    fl['extra'] = 'e'
    print(x, inner(), type(fl).__name__, sorted(fl), fl['extra'], 'x' in fl, len(fl))
    try:
        del fl['x']
    except ValueError as e:
        print('ValueError:', e)
    try:
        fl['missing']
    except KeyError as e:
        print('KeyError:', e)
    print(fl.get('nope', 'default'), sorted(fl.keys()) == sorted(dict(fl)))
f()
print(sys._getframe().f_locals is globals())
