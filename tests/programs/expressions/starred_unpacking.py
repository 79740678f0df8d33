# Starred expressions in calls, list/tuple/set literals and ** in dict literals and calls.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), *'ab'))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*range(2), *[], x=1, **{}))
print([*range(3), *'xy', 0])
print((*[1], *[2, 3]))
print(sorted({*[1, 2], *(2, 3)}))
print({**{'a': 1, 'b': 2}, 'b': 20, **{'c': 3}})
print({'a': 0, **{'a': 1}})
a, b = [1, 2], (3,)
print([*a, *b], (*a, *b), *a, *b)
print(*[])
print(*'abc', sep='-')
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
def g(a, b, c):
    return a, b, c
print(g(*(1, 2), c=3), g(1, *[2, 3]), g(**dict(c=3, b=2, a=1)))
class Keys:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, key): return key.upper()
print(f(**Keys()), {**Keys()})
