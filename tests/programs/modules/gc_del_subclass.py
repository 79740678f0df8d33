# __del__ of builtin-subclass instances and of a __del__ added after class creation, run by gc.collect()
import gc
class L(list):
    def __del__(self): print('del L', len(self))
class E(Exception):
    def __del__(self): print('del E')
class P:
    pass
def f():
    L([1, 2]); E()
    p = P()
f()
P.__del__ = lambda self: print('del P late')
def g():
    P()
g()
gc.collect()
print('end')
