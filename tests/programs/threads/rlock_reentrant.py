# threading.RLock: re-entrant acquisition by the owner, exclusion of other threads, and recursion under a lock
import threading
rl = threading.RLock()
def fact(n):
    with rl:
        return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
order = []
holder_in = threading.Event()
def other():
    got = rl.acquire(timeout=0.01)
    order.append(('other tried while held', got))
with rl:
    with rl:
        t = threading.Thread(target=other)
        t.start()
        t.join()
print(order)
def later():
    got = rl.acquire(blocking=False)
    order.append(('other after release', got))
    if got:
        rl.release()
t = threading.Thread(target=later)
t.start()
t.join()
print(order[-1])
try:
    threading.RLock().release()
except RuntimeError as e:
    print('RuntimeError:', e)
total = [0]
def add_many():
    for _ in range(10_000):
        with rl:
            with rl:
                total[0] += 1
ts = [threading.Thread(target=add_many) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
