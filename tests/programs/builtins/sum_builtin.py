# sum(): start values, int/float/complex mixtures, Neumaier-compensated float summation (3.12+), and errors for strings
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, sum([1e16, 1.0, 1.0]), sum([1.0, 1e100, 1.0, -1e100]), sum([True, True, 3]))
print(sum([1, 2.5, 3j]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.5, 1], start=0.25), sum(x * x for x in range(4)))
print(sum([float('inf'), 1.0]), sum([float('inf'), -float('inf')]), sum([2 ** 100, 0.5]), sum([10 ** 20, -(10 ** 20), 1]))
from fractions import Fraction
from decimal import Decimal
print(sum([Fraction(1, 3)] * 3), sum([Decimal('0.1')] * 10), sum([Fraction(1, 2), 0.5]))
for args, kw in [(['a', 'b'], {}), (['a'], {'start': ''}), ([b'a'], {'start': b''}), ([bytearray(b'a')], {'start': bytearray()}), ([[1], 'x'], {'start': []}),
                 ([1, 'x'], {}), (5, {})]:
    try:
        print(sum(args, **kw))
    except TypeError as e:
        print('TypeError:', e)
print(sum([1e308, 1e308, -1e308]), sum([1.5, 2 ** 53, -(2 ** 53)]))
