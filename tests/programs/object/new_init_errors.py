# object.__new__/__init__ argument checking: excess arguments are errors unless the other method is overridden
class Plain:
    pass
class WithInit:
    def __init__(self, a):
        self.a = a
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
for call in [lambda: Plain(1), lambda: Plain(x=1), lambda: object(1), lambda: object.__new__(Plain, 1),
             lambda: object.__init__(Plain(), 1), lambda: WithInit(), lambda: WithInit(1, 2), lambda: WithNew(1, 2),
             lambda: object.__new__(1), lambda: object.__new__(int), lambda: object.__new__()]:
    try:
        r = call()
        print('ok', type(r).__name__)
    except TypeError as e:
        print('TypeError:', e)
w = WithInit(5)
print(w.a, object.__new__(WithInit).__dict__, type(object()).__name__)
class BothOverridden:
    def __new__(cls, *a, **k):
        print('  __new__', a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print('  __init__', a, k)
BothOverridden(1, k=2)
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NewReturnsOther())
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print('TypeError:', e)
