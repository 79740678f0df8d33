# Metaclasses add no instance __dict__ (a class's __dict__ stays its mappingproxy); type(name, bases, ns, **kw)
# hands the keywords to a more derived metaclass's __new__; `del obj.__dict__` drops the instance dict.
class M(type):
    pass

class A(metaclass=M):
    x = 1

print('__dict__' in M.__dict__, type(A.__dict__).__name__, A.__dict__.get('x'))
A.y = 2
print(A.__dict__['y'], sorted(k for k in vars(A) if not k.startswith('__')))

class Meta(type):
    def __new__(mcls, name, bases, ns, flag=None, **kw):
        print('Meta.__new__', name, flag, sorted(kw))
        return super().__new__(mcls, name, bases, ns)

class Base(metaclass=Meta, flag='base'):
    pass

Derived = type('Derived', (Base,), {}, flag='derived', extra=1)
print(type(Derived).__name__, Derived.__mro__[1].__name__)

class O:
    pass

o = O()
o.a = 1
o.__dict__ = {'b': 2}
print(o.b, hasattr(o, 'a'))
del o.__dict__
print(o.__dict__, hasattr(o, 'b'))
o.c = 3
print(o.__dict__)
