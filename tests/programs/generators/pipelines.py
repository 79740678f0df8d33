# Lazy generator pipelines: each stage pulls from the previous one on demand; interleaved trace of stages.
trace = []
def source(n):
    for i in range(n):
        trace.append(f'src {i}')
        yield i
def squares(it):
    for x in it:
        trace.append(f'sq {x}')
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            trace.append(f'even {x}')
            yield x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = take(2, evens(squares(source(10))))
print(trace)
print(list(pipeline))
print(trace)
def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(x for x in range(1, 6))))
def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(merge_sorted([1, 4, 9], [2, 3, 10, 11])))
lines = ['# comment', 'key=value', '', 'other = 2 ', '#x']
parsed = (l.split('=', 1) for l in (l.strip() for l in lines) if l and not l.startswith('#'))
print({k.strip(): v.strip() for k, v in parsed})
