# __slots__: no __dict__, AttributeError messages, slots with inheritance, __weakref__, conflicts, defaults.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(e)

class Child(P):
    pass
c = Child(5)
c.anything = 'ok'
print(c.__dict__, c.x)

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
        v = 'class attribute'
except ValueError as e:
    print('ValueError:', e)
try:
    class BadSlot:
        __slots__ = ('1abc',)
except TypeError as e:
    print('TypeError:', e)
try:
    class DupDict:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print('TypeError:', e)
class StrSlot:
    __slots__ = 'single'
ss = StrSlot()
ss.single = 'one'
print(ss.single, StrSlot.__slots__)
try:
    class IntBase(int):
        __slots__ = ('extra',)
except TypeError as e:
    print('TypeError:', e)
import weakref
try:
    weakref.ref(p)
except TypeError as e:
    print('TypeError:', e)
class Weak:
    __slots__ = ('__weakref__',)
print(type(weakref.ref(Weak())).__name__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
