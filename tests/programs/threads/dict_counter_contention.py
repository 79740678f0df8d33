# 4 threads each increment their own keys in a shared dict and share a lock-protected total: all counts exact
import threading
shared = {}
total = {'n': 0}
lock = threading.Lock()
def work(k):
    for i in range(5000):
        key = (k, i % 10)
        shared[key] = shared.get(key, 0) + 1
        with lock:
            total['n'] += 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), set(shared.values()), sum(shared.values()), total['n'])
