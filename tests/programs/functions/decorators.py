# Decorators without functools: plain, with arguments, stacked (order), on methods and classes.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append(f'call {fn.__name__}{args}')
        return fn(*args, **kwargs)
    wrapper.__name__ = 'traced_' + fn.__name__
    wrapper.wrapped = fn
    return wrapper

def repeat(times):
    log.append(f'repeat({times}) evaluated')
    def deco(fn):
        log.append(f'repeat decorating {fn.__name__}')
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

def tag(name):
    def deco(fn):
        log.append(f'tag {name} applied')
        def wrapper(*a):
            return f'<{name}>{fn(*a)}</{name}>'
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__, add.wrapped.__name__, log)
log.clear()

@tag('b')
@tag('i')
def text(s):
    return s
print(log, text('hi'))
log.clear()

@repeat(3)
def ping():
    return 'ping'
print(log, ping())

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 'a'
@register
def beta(): return 'b'
print(sorted(registry), registry['beta']())

class Cls:
    @trace
    def method(self, x):
        return x * 2
log.clear()
print(Cls().method(21), log[0].startswith('call method(<__main__.Cls object'))

def decorator_expr_any():
    handlers = [lambda f: f, lambda f: (lambda: f() + '!')]
    @handlers[1]
    def shout():
        return 'hey'
    return shout()
print(decorator_expr_any())

def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(): pass
noop(); noop()
print(noop.calls)
def returns_none(fn):
    return None
@returns_none
def gone(): pass
print(gone)
