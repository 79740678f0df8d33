# __mro__/mro() for diamond hierarchies, __bases__/__base__, __subclasses__ of a local class, and MRO conflicts
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()], D.__bases__ == (B, C), D.__base__.__name__)
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()], D.__subclasses__())
class E(C, B): pass
print([k.__name__ for k in E.__mro__])
try:
    class F(D, E): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class G(A, B): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class H(A, A): pass
except TypeError as e:
    print('TypeError:', e)
print(object.__subclasses__ is not None, int.__mro__, bool.__mro__, type.__mro__)
class X: pass
class Y(X): pass
class Z(X): pass
print(sorted(k.__name__ for k in X.__subclasses__()))
