# Builtins behaviour found by RustPython's snippets: StopIteration from a builtin iterator's callback ends it,
# next() keeps a generator's return value, repr/ascii keep a str subclass, NoneType/NotImplementedType/ellipsis.
class Counter:
    n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

it = filter(lambda x: x % 2 == 0, Counter())
print(next(it), next(it))

def stop_at_zero(x):
    if x == 0:
        raise StopIteration(x)
    return x

print(list(filter(stop_at_zero, [1, 2, 0, 4])), list(map(stop_at_zero, [3, 0, 5])))
print([x for x in map(stop_at_zero, [7, 0, 8])])
m = map(stop_at_zero, [0])
try:
    next(m)
except StopIteration as e:
    print('StopIteration', e.args)

def gen():
    yield 1
    return 'done'

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
print(next(g, 'default'))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)

class MyStr(str):
    pass

class Foo:
    def __repr__(self):
        return MyStr('hello')

class Bar:
    def __repr__(self):
        return MyStr('h\xe9llo')

print(type(repr(Foo())).__name__, type(ascii(Foo())).__name__, type(ascii(Bar())).__name__, ascii(Bar()))
print(f'{Foo()!r}', '%r' % (Foo(),))

print(type(None)(), type(None).__init__(None), type(...)(), type(NotImplemented)())
for f in (lambda: type(Ellipsis).__new__(int), lambda: type(None).__new__(int), lambda: type(None).__new__(1),
          lambda: type(NotImplemented).__new__(int), lambda: type(None)(1), lambda: bool(NotImplemented),
          lambda: not NotImplemented):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(None.__eq__(None), None.__eq__(0), None.__ne__(None), None.__lt__(None), None == None, hash(None) & 0xFFFFFFFF == 0xFCA86420)
print(sorted(k for k in type(None).__dict__ if k != '__doc__'))
print(type(type(None).__dict__['__eq__']).__name__)

for a, b in [(-0.0, 1.0), (-0.0, -1.0), (0.0, -1.0), (-1.0, 3.0)]:
    print(a // b, a % b, divmod(a, b))

class K:
    def meth(self):
        "meth doc"
    def nodoc(self):
        pass
print(K().meth.__doc__, K().nodoc.__doc__, K.nodoc.__doc__)
print(type(iter([])).__doc__, '__doc__' in type(iter([])).__dict__)

import math
print(type(math.__dict__).__name__, math.__dict__['pi'] is math.pi)
