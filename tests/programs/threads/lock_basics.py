# _thread locks: acquire/release/locked, non-blocking acquire, timeouts, context manager, and release errors
import _thread
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.05), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('inside with:', lock.locked())
print('after with:', lock.locked())
for args, kw in [((False, 1.0), {}), ((), {'timeout': -2}), ((), {'timeout': 'x'})]:
    try:
        lock.acquire(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
held = _thread.allocate_lock()
held.acquire()
state = {}
finished = _thread.allocate_lock()
finished.acquire()
def other():
    state['nonblocking'] = held.acquire(False)
    state['timed'] = held.acquire(timeout=0.01)
    finished.release()
_thread.start_new_thread(other, ())
finished.acquire()
print(state)
