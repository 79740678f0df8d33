# Generator expressions: laziness, single pass, scoping, as sole call argument, with sum/any/all.
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) * 2 for x in range(5))
print(log)
print(next(g), log)
print(list(g), log)
print(sum(x * x for x in range(10)), max(len(w) for w in 'a bb ccc'.split()))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
log.clear()
print(any(noisy(x) > 1 for x in range(10)), log)
print(sorted((c for c in 'generator'), reverse=True))
g = (x for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, iter(g) is g)
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
nested = (x for x in (y * 2 for y in range(4)) if x)
print(list(nested))
print(dict((k, v) for k, v in zip('ab', (1, 2))), tuple(str(i) for i in range(3)))
print('-'.join(str(i) for i in range(4)))
g = (i for i in range(2))
print(next(g), next(g), next(g, 'default'))
