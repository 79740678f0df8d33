# __dir__, __repr__/__str__/__format__ (and their fallbacks), repr of recursive structures, ascii().
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(Custom()))
class Plain:
    b = 1
    def a(self): pass
print([n for n in dir(Plain()) if not n.startswith('__')], '__init__' in dir(Plain))
class R:
    def __repr__(self): return 'R-repr'
class S:
    def __str__(self): return 'S-str'
class RS:
    def __repr__(self): return 'RS-repr'
    def __str__(self): return 'RS-str'
for obj in (R(), RS()):
    print(str(obj), repr(obj), f'{obj}', f'{obj!r}', [obj], '%s %r' % (obj, obj), format(obj))
print(str(S()), repr(S()).startswith('<__main__.S object at 0x'))
class Fmt:
    def __format__(self, spec):
        return f'Fmt[{spec}]'
print(format(Fmt(), 'abc'), f'{Fmt():>10}', '{:x}'.format(Fmt()), '{0!s:>5}'.format('ab'))
class NoFmt: 
    def __str__(self): return 'nofmt'
print(format(NoFmt()), f'{NoFmt()}')
try:
    format(NoFmt(), 'x')
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
a = [1]
a.append(a)
d = {'k': 1}
d['self'] = d
print(a, d)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node(); n.children.append(n)
print(n)
print(ascii('é'), ascii(['ü', R()]), repr('é'), str(b'x'), repr(1.0), str(None))
class StrSub(str):
    def __str__(self): return 'overridden'
print(str(StrSub('orig')), f'{StrSub("orig")}', '%s' % StrSub('orig'), StrSub('orig'))
