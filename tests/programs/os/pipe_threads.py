# a pipe between two threads: the reader blocks in os.read while the writer allocates and writes
# ftpy-expect: native
import os, _thread, time
r, w = os.pipe()
done = _thread.allocate_lock(); done.acquire()
def writer():
    for i in range(5):
        junk = [list(range(100)) for _ in range(100)]
        os.write(w, b'chunk%d;' % i)
    os.close(w)
    done.release()
_thread.start_new_thread(writer, ())
data = b''
while True:
    b = os.read(r, 3)
    if not b:
        break
    data += b
done.acquire()
print(data)
os.close(r)
