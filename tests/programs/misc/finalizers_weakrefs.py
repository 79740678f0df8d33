# __del__ and weakref callbacks run when the last reference goes away (CPython reference counting).
import weakref
class Resource:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('__del__', self.name)
r = Resource('a')
del r
print('after del a')
r = Resource('b')
r = Resource('c')
print('after rebinding')
def scope():
    local = Resource('local')
    return 'leaving scope'
print(scope())
class Target:
    pass
t = Target()
ref = weakref.ref(t, lambda w: print('weakref callback, dead:', w() is None))
print(ref() is t)
del t
print('ref now', ref())
cache = weakref.WeakValueDictionary()
obj = Target()
cache['k'] = obj
print(list(cache.keys()))
del obj
print(list(cache.keys()))
container = [Resource('in list')]
container.clear()
print('list cleared')
a = Resource('cycle-a')
a.self_ref = a
del a
import gc
gc.collect()
print('after gc.collect')
r = None
print('end of program')
