# callable() on every kind of object, and id() only through relations (stable, unique among live objects, `is`)
class WithCall:
    def __call__(self):
        return 'called'
class NoCall:
    pass
class Meta(type):
    pass
def f():
    pass
objs = [f, lambda: 0, print, len, int, NoCall, NoCall(), WithCall(), WithCall, 5, 'str', [].append, Meta, (i for i in []), None,
        staticmethod(f), classmethod(f), object.__init__, type]
print([callable(o) for o in objs])
inst = NoCall()
inst.__call__ = lambda: 'instance attribute'
print(callable(inst), WithCall()())
try:
    inst()
except TypeError as e:
    print('TypeError:', e)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c, id(a) == id(a), type(id(a)).__name__)
xs = [object() for _ in range(100)]
print(len({id(x) for x in xs}))
print(id(None) == id(None), None is None, id(True) == id(True), id(f) == id(f))
try:
    id()
except TypeError as e:
    print('TypeError:', e)
