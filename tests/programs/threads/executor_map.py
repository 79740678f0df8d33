# concurrent.futures.ThreadPoolExecutor: map keeps input order, submit/result, exceptions via future.exception(), as_completed
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    futures = {ex.submit(square, n): n for n in range(5)}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
    bad = ex.submit(int, 'not a number')
    exc = bad.exception()
    print(type(exc).__name__, exc)
    try:
        bad.result()
    except ValueError as e:
        print('result() re-raises:', e)
    done, not_done = wait([ex.submit(square, 7)])
    print(len(done), len(not_done), done.pop().result())
    names = set(ex.map(lambda _: threading.current_thread().name.startswith('ThreadPoolExecutor'), range(8)))
    print(names)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex2:
    it = ex2.map(lambda x: 10 // x, [5, 2, 0, 1])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print('map raised at item 3:', e, got)
