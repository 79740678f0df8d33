# __iter__/__next__ iterators, iterables returning generators, __getitem__ fallback iteration, __reversed__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))

class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 2
r = Range2(4)
print(list(r), list(r), sum(r), 6 in r)

class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Legacy()), [x for x in Legacy()], 9 in Legacy(), iter(Legacy()).__class__.__name__)

class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print('KeyError propagates:', e)

class Rev:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def __reversed__(self): return iter(['custom', 'reversed'])
print(list(reversed(Rev('abc'))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(SeqOnly())))

class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, 'end'))
calls = iter(lambda: calls_left.pop(), 0)
calls_left = [0, 1, 2, 3]
print(list(calls))
class Unpackable:
    def __iter__(self): return iter((1, 2, 3))
a, *b = Unpackable()
print(a, b, [*Unpackable()], max(Unpackable()), dict.fromkeys(Unpackable()))
