# weak references to objects made by module-level code die after del + gc.collect()
import _weakref, gc

class C:
    pass

c = C()
r = _weakref.ref(c, lambda w: print('callback', w() is None))
print(r() is c)
del c
gc.collect()
print(r())
objs = [C() for i in range(3)]
refs = [_weakref.ref(o) for o in objs]
objs.pop()
gc.collect()
print([x() is None for x in refs])
