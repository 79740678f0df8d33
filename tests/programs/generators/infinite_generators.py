# Infinite generators with manual early exit (no itertools): primes, fibonacci, cycling, take-while.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(10, primes()))
print(take(15, fib()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle('abc')))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x < 50, fib())))
g = fib()
for _ in range(100):
    value = next(g)
print(value)
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)))
counter = naturals()
print([next(counter) for _ in range(3)], next(counter))
