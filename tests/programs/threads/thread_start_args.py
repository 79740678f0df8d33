# _thread.start_new_thread with positional args and kwargs; results collected under a lock, joined via lock handshakes
import _thread
results = {}
results_lock = _thread.allocate_lock()
done = []
def worker(name, n, *, scale=1, done_lock):
    value = sum(range(n)) * scale
    with results_lock:
        results[name] = value
    done_lock.release()
for i in range(5):
    dl = _thread.allocate_lock()
    dl.acquire()
    done.append(dl)
    _thread.start_new_thread(worker, (f't{i}', 10 * (i + 1)), {'scale': i, 'done_lock': dl})
for dl in done:
    dl.acquire()
print(sorted(results.items()))
try:
    _thread.start_new_thread(worker, 'not a tuple')
except TypeError as e:
    print('TypeError:', e)
try:
    _thread.start_new_thread(worker, (), 5)
except TypeError as e:
    print('TypeError:', e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print('TypeError:', e)
