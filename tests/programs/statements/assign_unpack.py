# Tuple/list unpacking assignment: nesting, any iterable, swaps, errors with CPython's messages.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, (f, g)), h = (1, (2, 3)), 4
print(e, f, g, h)
i, j, k = range(3)
print(i, j, k)
m, n = {'one': 1, 'two': 2}
print(m, n)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 'set'   # x[i] uses the new i
print(i, x)

def gen():
    yield 'g1'
    yield 'g2'
u, v = gen()
print(u, v)

for src in [(1, 2, 3), (1,), [], 'abcd', 5, None]:
    try:
        p, q = src
        print('ok', p, q)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)

# Nested unpack errors say which level failed.
try:
    (a1, a2), b1 = (1, 2, 3), 4
except ValueError as err:
    print('nested:', err)

class Three:
    def __iter__(self):
        return iter([1, 2, 3])
try:
    a, b = Three()
except ValueError as err:
    print('custom:', err)
