# What object provides by default: identity equality, hash consistency, str falls back to repr, format(''), __ne__.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, hash(a) == hash(a), (a == b) is False)
print(str(a) == repr(a), format(a, '') == str(a), repr(a).startswith('<__main__.Plain object at 0x'))
try:
    format(a, 'x')
except TypeError as e:
    print('TypeError:', e)
print(Plain.__eq__(a, b), Plain.__ne__(a, a), object.__eq__(a, a))
print(sorted(n for n in dir(object) if n in {'__eq__', '__hash__', '__repr__', '__str__', '__init__', '__new__',
                                               '__getattribute__', '__setattr__', '__delattr__', '__dir__',
                                               '__format__', '__init_subclass__', '__subclasshook__', '__reduce_ex__'}))
print(Plain.__dict__.keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__static_attributes__', '__firstlineno__'})
print(Plain.__doc__, Plain.__module__, Plain.__name__, Plain.__qualname__, Plain.__base__ is object)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(type(o).__name__, o.__class__ is object, isinstance(o, object), isinstance(Plain, object))
try:
    object.__init__(o, 1)
except TypeError as e:
    print('TypeError:', e)
print(Plain.__init__ is object.__init__, Plain.__repr__ is object.__repr__, Plain().__dict__)
class WithInit:
    def __init__(self, v):
        self.v = v
print(WithInit(1).__dict__, vars(WithInit(2)))
print(object.__subclasshook__(Plain), Plain.__subclasshook__(int))
print(a.__lt__(b), a.__eq__(1), a.__ne__(1))
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
print(Plain.__static_attributes__, WithInit.__static_attributes__, Plain.__firstlineno__)
