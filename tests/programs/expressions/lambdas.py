# Lambdas: parameters of every kind, defaults, closures, late binding, attributes, immediately called.
add = lambda a, b=2: a + b
print(add(1), add(1, 10), add.__name__, add.__qualname__, add.__defaults__)
varargs = lambda *a, **k: (a, sorted(k.items()))
print(varargs(1, 2, z=3, a=4))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
posonly = lambda a, /, b: (a, b)
print(posonly(1, b=2), posonly(1, 2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
print((lambda: 'called at once')())
print((lambda x: lambda y: x * y)(6)(7))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
class C:
    m = lambda self: 'method from lambda'
print(C().m(), C.m.__qualname__)
def outer():
    return lambda: None
print(outer().__qualname__)
print((lambda: (yield 1))().__class__.__name__)
f = lambda: 1
print(f.__code__.co_name, f.__doc__)
