# Closures: captured variables are cells (late binding), shared between closures, __closure__ contents.
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek
inc, peek = counter()
inc(); inc(); inc()
print(peek())
print(inc.__code__.co_freevars, peek.__code__.co_freevars, counter.__code__.co_cellvars)
print(type(inc.__closure__[0]).__name__, inc.__closure__[0].cell_contents)

def outer():
    x = 'before'
    def get():
        return x
    x = 'after'
    return get
print(outer()())

def unbound():
    def get():
        return y
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return get()
print(unbound())

adders = {}
for n in (1, 2, 3):
    def add(x, n=n):
        return x + n
    adders[n] = add
print({k: v(10) for k, v in adders.items()})

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
print(compose(str, lambda v: v * 2, abs)(-21))
print(make_multipliers.__closure__, inc.__closure__ is not None)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
