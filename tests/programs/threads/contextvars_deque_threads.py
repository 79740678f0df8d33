# Threads: each thread has its own current context; deque appends from two threads are atomic.
import _thread, _contextvars as c
from _collections import deque
v = c.ContextVar('v', default='dflt')
v.set('main')
done = _thread.allocate_lock(); done.acquire()
res = []
def worker():
    res.append(v.get())
    v.set('worker')
    res.append(v.get())
    done.release()
_thread.start_new_thread(worker, ())
done.acquire()
print(res, v.get())
d = deque()
N = 20000
locks = []
def appender():
    for i in range(N):
        d.append(i)
        d.appendleft(i)
    locks.pop().release()
for _ in range(2):
    l = _thread.allocate_lock(); l.acquire(); locks.append(l)
waits = list(locks)
for _ in range(2):
    _thread.start_new_thread(appender, ())
for l in waits:
    l.acquire()
print(len(d), sum(d) == 4 * sum(range(N)))
