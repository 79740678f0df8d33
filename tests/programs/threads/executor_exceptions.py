# ThreadPoolExecutor: exceptions travel through futures (result/exception), as_completed, map
# re-raises in order, submit after shutdown fails, shutdown(wait=True) runs queued work
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
import threading

def work(n):
    if n % 3 == 0:
        raise ValueError(f'bad {n}')
    return n * 2

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(work, n): n for n in range(1, 8)}
    ok, bad = [], []
    for f in as_completed(futs):
        e = f.exception()
        if e is None:
            ok.append(f.result())
        else:
            bad.append((futs[f], type(e).__name__, str(e)))
    print(sorted(ok), sorted(bad))
    it = ex.map(work, [1, 2, 3, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print('map raised', e)
    f = ex.submit(work, 6)
    done, pending = wait([f], return_when=FIRST_EXCEPTION)
    print(len(done), len(pending), f.done(), repr(f.exception()))

ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool')
names = set(ex.map(lambda _: threading.current_thread().name.rsplit('_', 1)[0], range(6)))
ex.shutdown(wait=True)
print(names)
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
