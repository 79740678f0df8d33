# Descriptors: data vs non-data precedence, __set_name__, __get__ on class access, __delete__, functions as descriptors.
class Verbose:
    def __set_name__(self, owner, name):
        print(f'__set_name__({owner.__name__}, {name!r})')
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f'class access via {objtype.__name__}'
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print(f'set {self.name} = {value!r}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'

class Thing:
    x = Verbose()
    y = NonData()

t = Thing()
print(t.x, Thing.x)
t.x = 10
print(t.x, t.__dict__)
t.__dict__['x'] = 'instance dict'
print(t.x)
del t.x
print(t.x)
print(t.y)
t.y = 'instance wins'
print(t.y, Thing.y)
del t.y
print(t.y)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        obj.__dict__[self.name] = value
class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
try:
    p.x = 'one'
except TypeError as e:
    print(e)

def f(self): return 'bound'
class HasF:
    m = f
print(HasF().m(), type(f.__get__(None, HasF)).__name__, f.__get__(HasF())())
print(type(HasF.__dict__['m']).__name__, HasF.m is f)

class ReadOnly:
    def __get__(self, obj, objtype=None): return 42
    def __set__(self, obj, value): raise AttributeError('read-only')
class R:
    v = ReadOnly()
r = R()
try:
    r.v = 1
except AttributeError as e:
    print(e)
r.__dict__['v'] = 'shadow?'
print(r.v)
class Late:
    pass
d = Verbose()
Late.attr = d
print(hasattr(d, 'name'))
d.__set_name__(Late, 'attr')
