# __del__ runs when gc.collect() finds the object unreachable; errors in it are reported
import gc

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    a = D('a')
    b = D('b')
    a.other = b
    b.other = a  # a cycle

f()
gc.collect()
print('collected')
print(gc.isenabled(), gc.get_threshold() is not None, gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}))
gc.disable(); print(gc.isenabled()); gc.enable()
try:
    gc.collect(3)
except ValueError as e:
    print(e)
print(gc.DEBUG_LEAK, gc.garbage, gc.callbacks)
