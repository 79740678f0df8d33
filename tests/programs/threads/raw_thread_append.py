# only _thread: two threads append 100,000 items each to a shared list and signal completion by releasing locks
import _thread
shared = []
def appender(tag, n, done):
    for i in range(n):
        shared.append(tag)
    done.release()
locks = []
for tag in ('x', 'y'):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(appender, (tag, 100_000, done))
for done in locks:
    done.acquire()
print(len(shared), shared.count('x'), shared.count('y'))
counter = {'n': 0}
guard = _thread.allocate_lock()
finished = []
def add(k, done):
    for _ in range(50_000):
        with guard:
            counter['n'] += 1
    with guard:
        finished.append(k)
    done.release()
locks = []
for k in range(3):
    done = _thread.allocate_lock()
    done.acquire()
    locks.append(done)
    _thread.start_new_thread(add, (k, done))
for done in locks:
    done.acquire()
print(counter['n'], sorted(finished))
print(_thread.get_ident() == _thread.get_ident(), type(_thread.LockType).__name__, _thread.TIMEOUT_MAX > 0)
