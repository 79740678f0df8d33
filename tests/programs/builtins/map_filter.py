# map (multiple iterables, stopping at the shortest, strict=True in 3.14) and filter (None predicate, laziness)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
print(list(map(len, [])), list(map(int, '123')), list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(lambda a, b: (a, b), 'abc', 'de', strict=False)))
try:
    list(map(lambda a, b: (a, b), 'abc', 'de', strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(map(lambda *a: a, 'a', 'ab', 'ab', strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(map(lambda a, b: a * b, [1, 2], [3, 4], strict=True)))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, True])), list(filter(str.isdigit, 'a1b2')))
print(list(filter(lambda x: x % 2, range(10))), type(filter(None, [])).__name__, type(map(str, [])).__name__)
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
for call in [lambda: map(), lambda: map(str), lambda: map(5, [1]), lambda: list(map(5, [1])), lambda: filter(None),
             lambda: list(filter(5, [1])), lambda: map(str, 5)]:
    try:
        call()
        print('lazy, no error yet')
    except TypeError as e:
        print('TypeError:', e)
