# queue.Queue producer/consumer: 3 producers, 2 consumers, sentinel shutdown, task_done/join; exact totals
import queue
import threading
q = queue.Queue(maxsize=10)
results = []
rlock = threading.Lock()
def producer(base):
    for i in range(1000):
        q.put(base + i)
def consumer():
    local = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        local.append(item)
        q.task_done()
    with rlock:
        results.extend(local)
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(results), sum(results), sorted(results) == list(range(3000)), q.empty(), q.qsize())
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print('Empty raised')
full = queue.Queue(1)
full.put(1)
try:
    full.put(2, block=False)
except queue.Full:
    print('Full raised')
sq = queue.SimpleQueue()
sq.put('x')
print(sq.get(), sq.empty())
