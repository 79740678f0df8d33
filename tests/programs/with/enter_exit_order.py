# with statement: __enter__ result binding, __exit__ arguments, order of enter/exit for nested and multiple items.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return f'<{self.name}>'
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return False
with CM('a') as a:
    print('body with', a)
with CM('one') as x, CM('two') as y:
    print('body with', x, y)
with (CM('p1') as p, CM('p2'), CM('p3') as q,):
    print('parenthesized', p, q)
with CM('outer'):
    with CM('inner'):
        print('nested body')
try:
    with CM('first'), CM('second'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
def early_return():
    with CM('ret'):
        return 'returned value'
print(early_return())
with CM('target') as (t1, *rest):
    print('unpacked target', t1, rest)
class Holder: pass
h = Holder()
with CM('attr') as h.value:
    pass
print('bound attribute', h.value)
