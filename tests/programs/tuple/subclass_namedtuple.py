# tuple subclasses and collections.namedtuple: repr, field access, _replace/_asdict/_fields, and immutability
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._replace(x=10), p._asdict(), Point._make([5, 6]), tuple(p), p == (1, 2))
print(isinstance(p, tuple), len(p), p + (3,), type(p + (3,)).__name__, Point.__doc__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3._field_defaults)
try:
    namedtuple('Bad', ['ok', 'class'])
except ValueError as e:
    print('ValueError:', e)
print(namedtuple('R', ['a', 'a', 'def'], rename=True)._fields)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
q = Pair(1, 2)
print(q, type(q).__name__, q.swap(), q[0], q == (1, 2), type(q[:1]).__name__, repr(q))
