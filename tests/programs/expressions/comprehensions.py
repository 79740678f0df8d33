# List/set/dict comprehensions and generator expressions: nesting, multiple for/if, scoping.
print([x * x for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([x for x in range(20) if x % 2 if x % 3])
print(sorted({c.lower() for c in 'HeLLo'}))
print({k: v for k, v in zip('abc', range(3))})
print({x: x ** 2 for x in range(4) if x != 2})
g = (x + 1 for x in range(3))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([n for row in matrix for n in row if n % 2 == 0])
# The loop variable does not leak.
x = 'outer'
_ = [x for x in range(3)]
print(x)
# The first iterable is evaluated in the enclosing scope, immediately.
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    try:
        bad = [d * n for d in data for n in data]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
# Generator expression evaluates its first iterable eagerly.
try:
    g = (x for x in 42)
except TypeError as e:
    print('eager:', e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print('lazy:', e)
print([i for i in range(3)] == list(i for i in range(3)))
print({i % 3 for i in range(10)} == {0, 1, 2})
print({(a, b): a * b for a in range(2) for b in range(2)})
nested = [[(i, j) for j in range(i)] for i in range(3)]
print(nested)
