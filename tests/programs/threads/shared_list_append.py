# two threads append 100,000 items each to one shared list without a lock: list.append is atomic, exactly 200,000 items
import threading
shared = []
def appender(tag, n):
    for i in range(n):
        shared.append((tag, i))
threads = [threading.Thread(target=appender, args=(tag, 100_000)) for tag in 'ab']
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
a = [i for tag, i in shared if tag == 'a']
b = [i for tag, i in shared if tag == 'b']
print(len(a), len(b), a == list(range(100_000)), b == list(range(100_000)))
