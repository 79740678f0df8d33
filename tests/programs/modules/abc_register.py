# abc with the native _abc: abstract methods, register, caches, __subclasshook__
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
print(B.__abstractmethods__)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class S:
    def __len__(self): return 0
print(isinstance(S(), Sized), issubclass(list, Sized), isinstance(1, Sized))
t = abc.get_cache_token()
class R(abc.ABC): pass
R.register(int)
print(abc.get_cache_token() - t, isinstance(1, R), issubclass(bool, R), issubclass(str, R))
print(len(abc._get_dump(R)[0]), R._abc_registry_clear() if hasattr(R, '_abc_registry_clear') else None)
try: R.register(1)
except TypeError as e: print(e)
try: issubclass(1, R)
except TypeError as e: print(e)
class RR(R): pass
try: RR.register(R)
except RuntimeError as e: print(e)
print(R.register(RR) is RR)
@R.register
class X: pass
print(issubclass(X, R), isinstance(X(), RR))
R._abc_caches_clear()
print(issubclass(X, R))
R._abc_registry_clear()
print(issubclass(X, R), issubclass(int, R))
class M(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def p(self): ...
print(M.__abstractmethods__, type(M).__name__)
