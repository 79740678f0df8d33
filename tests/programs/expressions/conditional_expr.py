# Conditional expressions: laziness, nesting (right-associative), in comprehensions and lambdas.
log = []
def v(x):
    log.append(x)
    return x
print(v('yes') if v(True) else v('no'), log); log.clear()
print(v('yes') if v(0) else v('no'), log); log.clear()
for n in range(-1, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'one' if n == 1 else 'many')
print([x if x % 2 else -x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
sign = lambda n: 1 if n > 0 else -1 if n < 0 else 0
print([sign(n) for n in (-7, 0, 7)])
x = 1 if True else 1 / 0
print(x)
print((1 if False else 2) + 10, 1 if False else 2 + 10)
print(*(['a', 'b'] if len(log) == 0 else ['c']))
