# Keyword-only and positional-only parameters: allowed call forms and CPython's error messages.
def kwonly(a, *, b, c=3):
    return a, b, c
def posonly(a, b=2, /):
    return a, b
def mixed(a, /, b, *, c):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
print(posonly(1), posonly(1, 5))
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
tests = [
    lambda: kwonly(1, 2), lambda: kwonly(1), lambda: kwonly(1, 2, 3), lambda: posonly(a=1),
    lambda: posonly(1, b=2), lambda: posonly(), lambda: mixed(1, 2, 3), lambda: mixed(a=1, b=2, c=3),
    lambda: mixed(1, c=3), lambda: kwonly(b=1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
# A positional-only name can also appear in **kwargs.
def p(name, /, **kw):
    return name, kw
print(p('positional', name='keyword'))
# Builtins with positional-only parameters.
for call in [lambda: len(obj=[]), lambda: abs(x=-1), lambda: 'abc'.split(sep='b'), lambda: sorted([3, 1], reverse=True),
             lambda: divmod(a=1, b=2), lambda: pow(base=2, exp=3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
