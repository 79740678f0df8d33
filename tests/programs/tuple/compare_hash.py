# tuple comparison is lexicographic with element-wise ==/<, and tuples of hashables are hashable (equal -> equal hash)
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9)), ((1, 'a'), (1, 'b')), ((1.0, 2), (1, 2))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,), [nan] == [nan], (1, nan) < (2, nan))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
print((1, 'a') < (2, 2), (1, 2) == (1, 'a'))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
d = {(1, 2): 'pair', (): 'empty'}
print(d[(1, 2)], d[()], d[1.0, 2.0])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max([(1, 2), (1, 10), (0, 100)]))
