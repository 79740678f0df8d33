# Thread.join(timeout) returns with the thread still alive; the handle, lock timeouts, and
# joining before start / joining oneself raise CPython's errors
import threading
import _thread

gate = threading.Event()
t = threading.Thread(target=gate.wait, name='blocked')
t.start()
t.join(0.05)
print(t.is_alive(), t.name)
t.join(timeout=0)
print(t.is_alive())
gate.set()
t.join()
print(t.is_alive())

lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.02), lock.acquire(blocking=False), lock.locked())
holder = threading.Thread(target=lambda: print('worker got lock', lock.acquire(timeout=5)))
holder.start()
lock.release()
holder.join()
print(lock.locked())

h = _thread.start_joinable_thread(lambda: None)
h.join()
print(type(h).__name__, h.is_done(), isinstance(h.ident, int))
h.join(0.01)
try:
    _thread._ThreadHandle().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print('RuntimeError:', e)
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print('RuntimeError:', e)
s = threading.Thread(target=self_join)
s.start()
s.join()
try:
    _thread.start_joinable_thread(42)
except TypeError as e:
    print('TypeError:', e)
try:
    _thread.start_joinable_thread(print, handle=3)
except TypeError as e:
    print('TypeError:', e)
