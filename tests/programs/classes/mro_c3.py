# C3 linearization: diamond and complex hierarchies, __mro__, mro(), and the TypeError for inconsistent MROs.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in (K1, K2, K3, Z):
    print(cls.__name__, names(cls))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__)

class Base:
    def who(self): return 'Base'
class Left(Base):
    def who(self): return 'Left'
class Right(Base):
    def who(self): return 'Right'
class Diamond(Left, Right): pass
print(names(Diamond), Diamond().who())
print(names(bool), names(int), names(object))

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
for bases in [(XY, YX), (X, XY), (Base, Left)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print('TypeError:', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError:', e)
print(names(type('Ok', (XY, X), {})) if False else 'skip')
print(Diamond.__bases__ == (Left, Right), Left.__base__ is Base, object.__bases__)
