# iter() with sequences, iterators, __getitem__-only classes, the callable-sentinel form, and next() with defaults
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OldStyle())), list(OldStyle()), 20 in OldStyle())
data = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(data), 0)), list(data))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
import io
f = io.StringIO('line1\nline2\n\nline4\n')
print(list(iter(f.readline, '\n')))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), next(Countdown(1)), next(Countdown(0), 'empty'))
for call in [lambda: iter(5), lambda: iter(lambda: 1, 2, 3), lambda: next([1]), lambda: iter(5, 1), lambda: next(), lambda: iter()]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
