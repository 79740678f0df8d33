# The threaded benchmark: 4 x heavy_computation(10**7) in NTHREADS threads (argv[1]).
# With --time it prints to stderr how long the threads took, their starts included.
import sys
import time
import _thread


def heavy_computation(n):
    count = 0
    for i in range(n):
        count += i
    return count


nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
jobs = [10**7] * 4
results = []
done = _thread.allocate_lock()
remaining = [nthreads]
guard = _thread.allocate_lock()
done.acquire()


def worker(chunk):
    for n in chunk:
        r = heavy_computation(n)
        with guard:
            results.append(r)
    with guard:
        remaining[0] -= 1
        if remaining[0] == 0:
            done.release()


t0 = time.perf_counter()
for t in range(nthreads):
    _thread.start_new_thread(worker, (jobs[t::nthreads],))
done.acquire()
if "--time" in sys.argv:
    print(f"elapsed {time.perf_counter() - t0:.4f}", file=sys.stderr)
print(len(results), sum(results))
