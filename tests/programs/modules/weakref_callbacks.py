# weakref.ref: identity reuse, callbacks after the referent dies and gc.collect(), equality, hashing
import _weakref, gc

class C:
    pass

def make():
    c = C()
    r = _weakref.ref(c)
    print(r() is c, r is _weakref.ref(c), _weakref.getweakrefcount(c), c.__weakref__ is r)
    log = []
    r2 = _weakref.ref(c, lambda w: log.append(w is r2))
    print(_weakref.getweakrefcount(c), r2.__callback__ is not None, r == r2, hash(r) == hash(c))
    del c
    gc.collect()
    print(r(), r2(), log, r2.__callback__, r == r2, r != r2)
    print(repr(r).endswith('; dead>'))

make()
for o in [1, 'a', (), [], {}, object()]:
    try:
        _weakref.ref(o)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
try:
    _weakref.ref(S())
except TypeError as e:
    print(e)
print(type(_weakref.ref(SW())).__name__, _weakref.getweakrefcount(1))
print(list(C.__dict__)[-3:], '__weakref__' in SW.__dict__)
