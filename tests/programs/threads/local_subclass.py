# threading.local: per-thread attributes on one shared object, subclass __init__ re-run per thread
# with the creation arguments, __dict__ per thread, and a thread's values released when it ends
import gc
import threading
import weakref

data = threading.local()
data.x = 'main'
seen = {}
def worker(k):
    seen[k] = (hasattr(data, 'x'), sorted(data.__dict__))
    data.x = k
    data.y = k * 10
    seen[k] += (data.x, data.y, sorted(data.__dict__))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, data.__dict__)
try:
    data.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
del data.x
print(hasattr(data, 'x'))

class Counter(threading.local):
    created = 0
    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        with lock:
            Counter.created += 1
    def bump(self):
        self.value += self.step
        return self.value
lock = threading.Lock()
c = Counter(100, step=5)
results = []
def use():
    v = [c.bump() for _ in range(3)]
    with lock:
        results.append(v)
ts = [threading.Thread(target=use) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, Counter.created, c.value)
print(isinstance(c, threading.local), type(c).__mro__[1].__name__)
try:
    threading.local(1, a=2)
except TypeError as e:
    print('TypeError:', e)

class Payload:
    pass
holder = threading.local()
refs = []
def keep():
    p = Payload()
    holder.p = p
    refs.append(weakref.ref(p))
t = threading.Thread(target=keep)
t.start()
t.join()
gc.collect()
print(refs[0]() is None, hasattr(holder, 'p'))
