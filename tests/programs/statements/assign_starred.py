# Starred assignment targets: positions, empty star, nested, errors.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
[x, *ys], *zs = [1, 2, 3], 4, 5
print(x, ys, zs)
head, *tail = iter({'k1': 0, 'k2': 0, 'k3': 0})
print(head, tail, type(tail).__name__)

for src in [(1,), (), [1, 2]]:
    try:
        a, b, *c = src
        print('ok', a, b, c)
    except ValueError as err:
        print(type(err).__name__, err)

try:
    a, *b, c, d = 'xy'
except ValueError as err:
    print(err)

for lst in ([1], [1, 2, 3]):
    *a, b = lst
    print(a, b)
