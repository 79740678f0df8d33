# threading.Barrier: wait() indexes are a permutation, the action runs once per round, reuse across
# rounds, abort() and a timeout break it (BrokenBarrierError), reset() repairs it
import threading

rounds = []
b = threading.Barrier(3, action=lambda: rounds.append('round'))
indexes = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indexes.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indexes), rounds, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken after timeout', b2.broken)
b2.reset()
print('after reset', b2.broken)

b3 = threading.Barrier(3)
errors = []
def waiter():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        with lock:
            errors.append('broken')
w = threading.Thread(target=waiter)
w.start()
while b3.n_waiting < 1:
    pass
b3.abort()
w.join()
print(errors, b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError:', e)
