# dict comprehensions and constructors: evaluation order of keys/values, duplicates keep first position last value
log = []
def k(x):
    log.append(f'k{x}')
    return x % 3
def v(x):
    log.append(f'v{x}')
    return x
d = {k(i): v(i) for i in range(5)}
print(d, log)
log.clear()
d2 = {k(1): v(1), k(4): v(4), k(2): v(2)}
print(d2, log)
merged = {**{'a': 1, 'b': 2}, 'b': 3, **{'a': 4, 'c': 5}}
print(merged)
print({x: y for x, y in [('a', 1), ('a', 2)]}, dict([('a', 1), ('b', 2), ('a', 3)]))
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
try:
    {**[1, 2]}
except TypeError as e:
    print('TypeError:', e)
