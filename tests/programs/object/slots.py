# __slots__: no __dict__, assignment to undeclared attributes fails, unset slot AttributeError, inheritance adds __dict__
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
for stmt in ['p.z = 3', 'p.y', 'del p.y', 'vars(p)']:
    try:
        exec(stmt)
    except (AttributeError, TypeError) as e:
        print(stmt, '->', type(e).__name__ + ':', e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Child(P):
    pass
c = Child(5)
c.anything = 'ok'
print(c.anything, c.__dict__, c.x)
class SlotChild(P):
    __slots__ = ('z',)
s = SlotChild(1)
s.z = 3
print(s.x, s.z, hasattr(s, '__dict__'))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError:', e)
