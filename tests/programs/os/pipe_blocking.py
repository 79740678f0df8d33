# os.pipe, get_blocking/set_blocking (BlockingIOError on an empty non-blocking pipe), end of file when the writer closes
# ftpy-expect: native
import os, stat
r, w = os.pipe()
print(stat.S_ISFIFO(os.fstat(r).st_mode), os.get_blocking(r), os.get_blocking(w), os.get_inheritable(r), os.get_inheritable(w))
print(os.write(w, b'hello'), os.read(r, 100))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e)
os.set_blocking(r, True)
print(os.get_blocking(r))
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print(type(e).__name__, e)
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.set_blocking(r, True)
except OSError as e:
    print(type(e).__name__, e)
