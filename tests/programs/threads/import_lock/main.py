# Two threads import one slow module: both get it complete (it runs once); two threads start a
# circular import from its two ends: neither deadlocks (per-module import locks, importlib's rules).
import _thread
res = []
lk = _thread.allocate_lock(); n = [4]; done = _thread.allocate_lock(); done.acquire()
def f(mod, attr):
    try:
        m = __import__(mod)
        res.append((mod, getattr(m, attr, 'partial')))
    except Exception as e:
        res.append((mod, repr(e)))
    with lk:
        n[0] -= 1
        if n[0] == 0: done.release()
_thread.start_new_thread(f, ('slowmod', 'VALUE'))
_thread.start_new_thread(f, ('slowmod', 'VALUE'))
_thread.start_new_thread(f, ('cyc_a', 'A'))
_thread.start_new_thread(f, ('cyc_b', 'B'))
done.acquire()
print(sorted(r for r in res if r[0] == 'slowmod'))
print(sorted(r[0] for r in res))
import cyc_a, cyc_b
print(cyc_a.A, cyc_b.B)
print('slowmod ran', __import__('builtins').slowmod_runs, 'time')
