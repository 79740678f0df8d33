# type(): one-argument form returns the class; three-argument form creates classes (bases, namespace) and its errors
print(type(1), type('s'), type(None), type(type), type(int), type(len), type([].append).__name__, type(lambda: 0).__name__)
Dyn = type('Dyn', (), {'x': 1, 'hello': lambda self: f'hello from {type(self).__name__}'})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.__bases__, d.x, d.hello())
Sub = type('Sub', (Dyn,), {'x': 2})
print(Sub.__mro__ == (Sub, Dyn, object), Sub().x, Sub().hello(), issubclass(Sub, Dyn))
IntSub = type('IntSub', (int,), {})
print(IntSub(5) + 1, type(IntSub(5)).__name__)
for args in [(1, 2), ('N', 'bases', {}), ('N', (), []), ('N', (1,), {}), ('N', (bool,), {}), (), ('a', 'b', 'c', 'd')]:
    try:
        type(*args)
    except TypeError as e:
        print(args, 'TypeError:', e)
print(type.__name__, type.__mro__, isinstance(type, type), isinstance(int, type), type(object) is type)
class Meta(type):
    pass
M = Meta('M', (), {})
print(type(M).__name__, isinstance(M, type), type(M()).__name__)
