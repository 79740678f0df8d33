# threading.local: each thread sees its own attributes; subclass __init__ runs once per thread; main's values untouched
import threading
data = threading.local()
data.value = 'main'
seen = {}
lock = threading.Lock()
def work(k):
    had = hasattr(data, 'value')
    data.value = k
    total = 0
    for _ in range(1000):
        total += data.value
    with lock:
        seen[k] = (had, data.value, total)
ts = [threading.Thread(target=work, args=(k,)) for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)
class Counter(threading.local):
    inits = 0
    def __init__(self, start):
        self.count = start
        with lock:
            Counter.inits += 1
c = Counter(10)
out = []
def bump():
    for _ in range(3):
        c.count += 1
    with lock:
        out.append(c.count)
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out, c.count, Counter.inits)
