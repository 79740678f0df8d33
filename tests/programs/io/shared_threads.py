# ftpy-expect: native
# One StringIO, BytesIO, BufferedWriter and TextIOWrapper shared by threads: every write is atomic (no lost or torn writes)
import _thread, io
s, b = io.StringIO(), io.BytesIO()
w = io.BufferedWriter(io.BytesIO(), 64)
t = io.TextIOWrapper(io.BufferedWriter(io.BytesIO(), 50), encoding='utf-8')
N, T = 300, 2
done = _thread.allocate_lock()
left = [T]
count = _thread.allocate_lock()
def work(k):
    for i in range(N):
        s.write("%d:%d\n" % (k, i))
        b.write(b"%d" % k * 5)
        w.write(b"ab")
        t.write("é%d\n" % k)
    with count:
        left[0] -= 1
        if left[0] == 0:
            done.release()
done.acquire()
for k in range(T):
    _thread.start_new_thread(work, (k,))
done.acquire()
lines = s.getvalue().splitlines()
print(len(lines), len(set(lines)), sorted(lines)[:2])
data = b.getvalue()
print(len(data), all(data[i:i + 5] == data[i:i + 1] * 5 for i in range(0, len(data), 5)))
w.flush()
print(len(w.raw.getvalue()), set(w.raw.getvalue()[i:i + 2] for i in range(0, len(w.raw.getvalue()), 2)))
t.flush()
text = t.buffer.raw.getvalue().decode()
print(len(text.splitlines()), sorted(set(text.splitlines())))
