# *args and **kwargs: types, order preserved, forwarding, mixing with named parameters, mutation safety.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(collect())
print(collect(1, 2, z=1, a=2, m=3))
def forward(*args, **kwargs):
    return collect(*args, 'extra', **kwargs, added=True)
print(forward(0, k='v'))
def first_and_rest(first, *rest, **options):
    return first, rest, options
print(first_and_rest('a', 'b', 'c', flag=1))
shared = {'x': 1}
def mutate(**kw):
    kw['x'] = 99
    return kw
print(mutate(**shared), shared)
lst = [1, 2]
def mutate_args(*a):
    return a is lst, a
print(mutate_args(*lst))
def kwargs_with_reserved(**kw):
    return kw
print(kwargs_with_reserved(**{'class': 1, 'def': 2, 'not an identifier': 3}))
def count(*args):
    return len(args)
print(count(*range(100)), count(*'hello', *b'hi'))
def named(a, b):
    return a - b
print(named(**{'b': 1, 'a': 10}), named(*[10], **{'b': 3}))
