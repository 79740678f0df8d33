# __new__ vs __init__: call order, __init__ skipped when __new__ returns another type, immutable subclasses.
class Traced:
    def __new__(cls, *args, **kwargs):
        print('__new__', cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        print('__init__', args, kwargs)
t = Traced(1, k=2)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('hello')
print(u, type(u).__name__, u + '!', isinstance(u, str))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, len(p), type(p).__name__)

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Positive(5) + 1, type(Positive(5) + 1).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(e)

class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print(e)
class NewArgs:
    pass
try:
    NewArgs(1)
except TypeError as e:
    print(e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try:
    object.__new__(OnlyInit, 1).a
except AttributeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class Sub(Traced):
    pass
s = Sub()
inst = object.__new__(Traced)
print(type(inst).__name__)
