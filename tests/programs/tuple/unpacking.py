# tuple packing/unpacking: swaps, nested targets, starred targets, and the ValueError messages for wrong counts
a, b = 1, 2
a, b = b, a
print(a, b)
(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *empty = [1]
print(head, empty)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for src in ['(1, 2, 3)', '(1,)', '[]', '"ab"', '5']:
    try:
        exec('p, q = ' + src)
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__ + ':', e)
try:
    p, q, *r, s = (1, 2)
except ValueError as e:
    print('ValueError:', e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    m, n = gen()
except ValueError as e:
    print('ValueError:', e)
print(*(1, 2), *[3], sep=',')
t = 1, 2, *range(3, 5)
print(t, (*'ab', *'cd'))
