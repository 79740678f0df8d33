# dict views: keys/items support set operations (results are sets), views are live, values views are not set-like
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(list(k), list(v), len(i), 'd' in k, 4 in v, ('d', 4) in i, ('d', 5) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), type(k & set()).__name__)
print(sorted(i & {('a', 1), ('b', 0)}), sorted(i - {('a', 1)}), k.isdisjoint({'x'}), k <= {'a', 'b', 'c', 'd', 'e'})
print(k == {'a', 'b', 'c', 'd'}, i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, v == v, list(v) == [1, 2, 3, 4])
print(sorted(['a', 'b'] & k), sorted(('c',) | k) == sorted(k), k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
for expr in ['v & {1}', 'v | v', 'k[0]', 'i[0]', 'k + k']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
unhashable = {'x': [1]}
print(('x', [1]) in unhashable.items())
try:
    unhashable.items() & {1}
except TypeError as e:
    print('TypeError:', e)
print(reversed(k).__class__.__name__, list(reversed(i)), list(iter(v)))
