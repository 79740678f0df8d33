# single operations on list/dict/set are atomic under contention: exact final sizes with 4 threads and no locks
import threading
N, T = 20_000, 4
lst, dct, st = [], {}, set()
popped = []
def writer(k):
    for i in range(N):
        key = k * N + i
        lst.append(key)
        dct[key] = i
        st.add(key)
threads = [threading.Thread(target=writer, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lst), len(dct), len(st), sorted(lst) == list(range(N * T)), set(dct) == st)
def remover(k):
    got = []
    for _ in range(N):
        got.append(lst.pop())
    for i in range(N):
        del dct[k * N + i]
        st.discard(k * N + i)
    popped.append(got)
threads = [threading.Thread(target=remover, args=(k,)) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
all_popped = [x for chunk in popped for x in chunk]
print(len(lst), len(dct), len(st), len(all_popped), sorted(all_popped) == list(range(N * T)))
