# CPython's TypeError messages for wrong calls: missing, unexpected, multiple values, too many.
def f(a, b, c=3): pass
def g(a, /, b, *, c): pass
def h(*, x, y): pass
def k(): pass
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
def outer():
    def inner(q): pass
    return inner
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1),
    lambda: f(1, b=2, c=3, e=5, d=4), lambda: g(1, 2, 3), lambda: g(a=1, b=2, c=3), lambda: g(1, 2),
    lambda: g(1, b=2), lambda: h(), lambda: h(1), lambda: h(x=1), lambda: h(1, 2, x=1, y=2),
    lambda: k(1), lambda: k(x=1), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1),
    lambda: C.cm(), lambda: C.sm(), lambda: C().sm(1, 2), lambda: outer()(),
    lambda: f(1, 2, **{'b': 3}), lambda: f(*[1, 2, 3, 4, 5]), lambda: g(),
    lambda: (lambda x, *, y: 0)(1), lambda: len(), lambda: len(1, 2), lambda: int(x=1),
    lambda: print(foo=1), lambda: dict(1, 2), lambda: divmod(1), lambda: C(1),
    lambda: object(1), lambda: sorted([1], lambda x: x), lambda: isinstance(1),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, 'no error')
    except TypeError as e:
        print(i, e)
