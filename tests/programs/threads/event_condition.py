# threading.Event (set/clear/wait with timeout) and Condition (wait_for, notify_all) coordinating a fixed result
import threading
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())
cond = threading.Condition()
items = []
consumed = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 5)
        consumed.extend(items)
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(consumed)
ready = 0
go = threading.Condition()
woken = []
def waiter(k):
    global ready
    with go:
        ready += 1
        go.notify_all()
        go.wait_for(lambda: flag[0])
        woken.append(k)
flag = [False]
ws = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for w in ws:
    w.start()
with go:
    go.wait_for(lambda: ready == 4)
    flag[0] = True
    go.notify_all()
for w in ws:
    w.join()
print(sorted(woken))
with cond:
    print(cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
