# Every parameter kind together: positional-only, normal, *args, keyword-only, **kwargs; binding results.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return f'a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}'

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=30, d=4, z=26))
print(f(1, 2, 3, d=4, e=50, a=100, b=200))
def g(*, only):
    return only
print(g(only='kw'))
def h(a, /):
    return a
print(h('pos'))
def defaults(x, y=[], *, z={}):
    return x, y, z
print(defaults(1))
def kw_and_args(*args, sep='-'):
    return sep.join(map(str, args))
print(kw_and_args(1, 2, 3), kw_and_args(1, 2, sep='+'))
def all_kw(**kw):
    return list(kw)
print(all_kw(b=1, a=2, c=3))
def pos_named_like_kwargs(a, /, **kw):
    return a, kw
print(pos_named_like_kwargs(1, a=2))
import inspect
for fn in (f, g, h, defaults, kw_and_args):
    print(fn.__name__, inspect.signature(fn))
print([(p.name, p.kind.name) for p in inspect.signature(f).parameters.values()])
