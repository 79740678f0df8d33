# threading.Thread: start/join/is_alive, name and daemon attributes, run() override, return via attributes, errors
import threading
started = threading.Event()
release = threading.Event()
def blocker():
    started.set()
    release.wait()
t = threading.Thread(target=blocker, name='worker-1', daemon=True)
print(t.name, t.daemon, t.is_alive(), t.ident is None)
t.start()
started.wait()
print(t.is_alive(), t.ident is not None, t in threading.enumerate(), threading.active_count() >= 2)
release.set()
t.join()
print(t.is_alive(), t.ident is not None)
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'sq{n}')
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * self.n
workers = [Squarer(i) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers], [w.name for w in workers])
u = threading.Thread(target=lambda: None)
try:
    u.join()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
d = threading.Thread(target=lambda: None)
d.daemon = True
print(d.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
named = threading.Thread(target=print, args=('printed by thread',))
named.start()
named.join()
