# Dunder methods for every binary operator, their reflected and in-place forms, and NotImplemented fallback.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v!r})'

OPS = [('add', '+'), ('sub', '-'), ('mul', '*'), ('matmul', '@'), ('truediv', '/'), ('floordiv', '//'),
       ('mod', '%'), ('pow', '**'), ('lshift', '<<'), ('rshift', '>>'), ('and', '&'), ('xor', '^'), ('or', '|')]
for name, sym in OPS:
    def fwd(self, other, sym=sym): return f'{self!r} {sym} {other!r}'
    def ref(self, other, sym=sym): return f'{other!r} {sym} {self!r} (reflected)'
    def inp(self, other, sym=sym): return f'{self!r} {sym}= {other!r} (in-place)'
    setattr(V, f'__{name}__', fwd)
    setattr(V, f'__r{name}__', ref)
    setattr(V, f'__i{name}__', inp)

a = V(1)
for name, sym in OPS:
    ns = {'a': a}
    print(eval(f'a {sym} 2', ns), '|', eval(f'2 {sym} a', ns), end=' | ')
    exec(f'a {sym}= 3', ns)
    print(ns['a'])
print(divmod(7, 2), pow(2, 5, 3))
class D:
    def __divmod__(self, o): return 'divmod'
    def __rdivmod__(self, o): return 'rdivmod'
    def __pow__(self, o, mod=None): return f'pow mod={mod}'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
d = D()
print(divmod(d, 1), divmod(1, d), pow(d, 2), pow(d, 2, 5), -d, +d, ~d, abs(d))

class OnlyAdd:
    def __add__(self, other):
        if isinstance(other, int):
            return 'OnlyAdd + int'
        return NotImplemented
class Radd:
    def __radd__(self, other):
        return f'Radd.__radd__ got {type(other).__name__}'
print(OnlyAdd() + 1, OnlyAdd() + Radd())
try:
    OnlyAdd() + 'x'
except TypeError as e:
    print(e)

class Base:
    def __add__(self, o): return 'Base.__add__'
    def __radd__(self, o): return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o): return 'Derived.__radd__ (subclass reflected first)'
print(Base() + Derived())
class NoInplace:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoInplace(self.v + o)
x = NoInplace(1)
y = x
x += 5
print(x.v, y.v, x is y)
class InplaceNotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fell back to __add__'
z = InplaceNotImpl()
z += 1
print(z)
