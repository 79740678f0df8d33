# isinstance/issubclass with classes, tuples (nested), unions (X | Y), abstract classes, and argument errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()), isinstance(1, int | str))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(bool, int | None), issubclass(B, B), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
from collections.abc import Iterable, Sized, Hashable, Callable
print(isinstance([], Iterable), isinstance(5, Iterable), issubclass(dict, Sized), isinstance([], Hashable), isinstance(len, Callable))
for call in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 'x'),
             lambda: isinstance(1), lambda: issubclass(A, (A, [1]))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(Magic(), Magic))
