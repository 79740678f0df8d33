# range iteration protocol: independent iterators, iterator length hints, reversed over negative steps, in for loops
r = range(1, 8, 2)
i1, i2 = iter(r), iter(r)
print(next(i1), next(i1), next(i2), list(i1), list(i2))
it = iter(range(5))
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__, type(reversed(range(3))).__name__)
total = 0
for k in range(10, 0, -3):
    total += k
print(total, [k for k in range(-2, 3)], [*range(3), *range(3, 0, -1)])
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')), list(enumerate(range(5, 8), start=1)))
print(list(map(lambda x: x * x, range(5))), list(filter(lambda x: x % 3 == 0, range(10))))
print(range(3).__reversed__().__next__(), list(range(3).__iter__()))
