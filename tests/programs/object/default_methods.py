# object's default methods: __eq__/__ne__ identity semantics and NotImplemented, __hash__, __str__->__repr__, __dir__, __sizeof__
class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a, a.__eq__(b), a.__eq__(a), a.__ne__(b), a.__lt__(b))
print(hash(a) == hash(a), isinstance(hash(a), int), object.__hash__(a) == hash(a))
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
class R:
    def __repr__(self):
        return 'R-repr'
print(str(R()), f'{R()}', '%s' % R(), format(R()), [R()], R().__str__())
print(object.__repr__(R()).startswith('<__main__.R object at 0x'), repr(object()).startswith('<object object at 0x'))
print(sorted(n for n in dir(object()) if not n.startswith('__init_sub')))
print(object.__doc__, object.__name__, object.__bases__, object.__mro__, object.__base__)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None)
class NeOnly:
    def __ne__(self, other):
        return 'custom ne'
print(NeOnly() != 1, NeOnly() == NeOnly())
print(object().__reduce_ex__(2)[0].__name__, object.__format__(a, '') == str(a), object.__class__)
