# _thread.get_ident / threading.get_ident / get_native_id: equal within a thread, distinct across live threads
import _thread
import threading
main_ident = _thread.get_ident()
print(main_ident == threading.get_ident(), threading.main_thread().ident == main_ident, isinstance(main_ident, int))
idents = []
lock = threading.Lock()
barrier = threading.Barrier(4)
def work():
    me = _thread.get_ident()
    same = me == threading.get_ident() == threading.current_thread().ident
    barrier.wait()
    with lock:
        idents.append((me, same, threading.get_native_id() > 0))
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(idents), len({i for i, _, _ in idents}), all(s for _, s, _ in idents), all(n for _, _, n in idents))
print(main_ident not in {i for i, _, _ in idents}, sorted(t.ident for t in threads) == sorted(i for i, _, _ in idents))
