# user-defined __hash__/__eq__: hash() reduction of big results, __hash__ = None, eq without hash, inherited hashes
import sys
class Big:
    def __hash__(self):
        return 2 ** 100 + 5
print(hash(Big()) == hash(2 ** 100 + 5), hash(Big()) < 2 ** sys.hash_info.width)
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print('TypeError:', e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, '__hash__' in EqOnly.__dict__)
class EqAndHash(EqOnly):
    __hash__ = object.__hash__
e = EqAndHash()
print(hash(e) == hash(e), {e: 1}[e])
class Parent:
    def __hash__(self):
        return 42
class Child(Parent):
    pass
class ChildEq(Parent):
    def __eq__(self, other):
        return False
print(hash(Child()), ChildEq.__hash__)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, hash(Point(1, 2)) == hash((1, 2)))
class StrHash:
    def __hash__(self):
        return '5'
try:
    hash(StrHash())
except TypeError as e:
    print('TypeError:', e)
class IntSubHash:
    def __hash__(self):
        class MyInt(int):
            pass
        return MyInt(7)
print(hash(IntSubHash()), type(hash(IntSubHash())).__name__)
