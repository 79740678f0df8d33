# __call__: instances as functions, callable() checks, __call__ via type not instance, bound method objects.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5), callable(print))
try:
    Adder(1)(1, 2)
except TypeError as e:
    print(e)
inst = Adder(1)
inst.__call__ = lambda x: 'instance attribute ignored'
print(inst(10))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
class Meth:
    def m(self, a): return ('m', a)
    @classmethod
    def c(cls, a): return ('c', cls.__name__, a)
    @staticmethod
    def s(a): return ('s', a)
o = Meth()
bm = o.m
print(bm(1), bm.__self__ is o, bm.__func__ is Meth.m, bm.__name__, bm.__qualname__)
print(o.c(2), Meth.c(3), o.s(4), Meth.s(5))
print(type(bm).__name__, type(Meth.__dict__['c']).__name__, type(Meth.__dict__['s']).__name__)
print(Meth.m(o, 6), o.m == o.m, o.m is o.m)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)
print(callable(staticmethod(len)), staticmethod(len)([1, 2]))
