# weakref.ref subclasses (KeyedRef-style __slots__ and __new__), argument errors, ref[int]
import gc
from _weakref import ref
class KeyedRef(ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class C: pass
def main():
    c = C()
    got = []
    k = KeyedRef(c, lambda w: got.append(w.key), 'kk')
    print(k.key, k() is c, type(k).__name__, isinstance(k, ref), hash(k) == hash(c))
    k2 = KeyedRef(c, None, 'other')
    print(k2 is not k, k == k2)
    del c
    gc.collect()
    print(got, k(), k.key)
    class R2(ref):
        pass
    d = C()
    r = R2(d)
    print(r() is d, r is not ref(d), r.__callback__)
    try: ref()
    except TypeError as e: print(e)
    try: ref(d, None, 3)
    except TypeError as e: print(e)
    try: ref(d, callback=None)
    except TypeError as e: print(e)
    print(ref[int])
main()
