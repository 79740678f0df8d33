# _queue.SimpleQueue (queue.SimpleQueue): FIFO order, get timeouts raise Empty, several producers
# and consumers lose and duplicate nothing
import queue
import threading
import _queue

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty, queue.Empty.__module__)
q = queue.SimpleQueue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(5)], q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get_nowait()
except queue.Empty:
    print('Empty at once')
try:
    q.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

work = queue.SimpleQueue()
results = queue.SimpleQueue()
def producer(base):
    for i in range(500):
        work.put(base + i)
def consumer():
    total = 0
    count = 0
    while True:
        item = work.get()
        if item is None:
            break
        total += item
        count += 1
    results.put((count, total))
cons = [threading.Thread(target=consumer) for _ in range(2)]
prods = [threading.Thread(target=producer, args=(k * 10_000,)) for k in range(3)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    work.put(None)
for t in cons:
    t.join()
parts = [results.get() for _ in cons]
print(sum(c for c, _ in parts), sum(t for _, t in parts), results.empty())
print(queue.SimpleQueue[int])
