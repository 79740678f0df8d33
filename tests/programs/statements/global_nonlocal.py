# global and nonlocal statements: rebinding module and enclosing names, creating globals from functions.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print('counter', counter)

def make_global():
    global created_later
    created_later = 'made in function'
make_global()
print(created_later)

def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get())

def shadow():
    counter = 'local'
    def g():
        global counter
        return counter
    return g(), counter
print(shadow())

# global in class body
class K:
    global from_class
    from_class = 'set in class body'
print(from_class, hasattr(K, 'from_class'))

# nonlocal in a nested class method refers to the function scope, skipping the class.
def f():
    v = 1
    class C:
        v = 'class attr'
        def m(self):
            nonlocal v
            v += 1
            return v
    return C().m(), C.v, v
print(f())

# Errors: these are compile-time SyntaxErrors.
for src in ['def f():\n    x = 1\n    global x\n',
            'def f():\n    nonlocal y\n',
            'nonlocal z\n',
            'def f(a):\n    global a\n']:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, 'line', e.lineno)
