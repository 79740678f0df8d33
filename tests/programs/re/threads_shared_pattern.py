# re: one compiled pattern used by several threads at once (findall, sub, match)
# ftpy-expect: native
import re, _thread
p = re.compile(r'(\w+)@(\w+)\.com')
res = []
lock = _thread.allocate_lock()
done = [_thread.allocate_lock() for _ in range(3)]
def work(k):
    n = 0
    for i in range(60):
        n += len(p.findall('x%d@y.com z@w.com' % i))
        n += len(re.sub(r'\d', '#', 'a1b2c3'))
        m = re.match(r'(?P<a>x)(\d+)', 'x%d' % i)
        n += len(m.group(2)) > 0
    with lock:
        res.append(n)
    done[k].release()
for d in done: d.acquire()
for k in range(3): _thread.start_new_thread(work, (k,))
for d in done: d.acquire()
print(res)
