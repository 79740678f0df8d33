# Semaphore limits concurrency (max observed <= limit), BoundedSemaphore over-release, Barrier parties and broken state
import threading
sem = threading.Semaphore(2)
active = 0
peak = 0
lock = threading.Lock()
def limited():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        for _ in range(2000):
            pass
        with lock:
            active -= 1
ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, active)
b = threading.BoundedSemaphore(1)
print(b.acquire(), b.acquire(blocking=False))
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
barrier = threading.Barrier(3)
indices = []
def party():
    i = barrier.wait()
    with lock:
        indices.append(i)
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError', b2.broken)
b2.reset()
print(b2.broken)
