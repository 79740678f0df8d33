# Functions as values: passing, returning, storing in data structures, map/filter/sorted with keys, manual partial.
def compose(f, g):
    return lambda *a, **k: f(g(*a, **k))
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    call.__name__ = f'partial({fn.__name__})'
    return call
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.__name__)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, 'max': max}
print([ops[o](7, 3) for o in ('+', '-', 'max')])
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(str.upper, ['a', 'b'])), list(filter(None, [0, 1, '', 'x', None, []])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(lambda p: p[1] > 24, people)))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda s: s + '!', 3, 'hi'), apply_n(square, 2, 3))
def make_validators(*checks):
    return [lambda v, c=c: c(v) for c in checks]
validators = make_validators(lambda v: v > 0, lambda v: v % 2 == 0, lambda v: v < 3)
print([f(4) for f in validators], [f(-2) for f in validators])
def reduce(fn, items, start):
    acc = start
    for item in items:
        acc = fn(acc, item)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, 'abc', ''))
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower), max(['x', 'yyy', 'zz'], key=len))
