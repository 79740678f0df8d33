# a counter incremented by 8 threads under threading.Lock is exact; the same with _thread.allocate_lock
import threading
import _thread
count = 0
lock = threading.Lock()
def inc(n):
    global count
    for _ in range(n):
        with lock:
            count += 1
threads = [threading.Thread(target=inc, args=(20_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
raw = _thread.allocate_lock()
box = [0]
done = threading.Semaphore(0)
def inc_raw(n):
    for _ in range(n):
        raw.acquire()
        box[0] += 1
        raw.release()
    done.release()
for _ in range(4):
    _thread.start_new_thread(inc_raw, (25_000,))
for _ in range(4):
    done.acquire()
print(box[0])
