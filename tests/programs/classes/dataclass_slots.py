# dataclass(slots=True) rebuilds the class (sys._clear_type_descriptors); class __doc__ is writable.
from dataclasses import dataclass, field, fields
import weakref

@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1, 2)
print(p, Point.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)

@dataclass(slots=True, frozen=True, weakref_slot=True)
class Frozen:
    name: str

f = Frozen('a')
r = weakref.ref(f)
print(r() is f, [x.name for x in fields(Frozen)], '__weakref__' in Frozen.__slots__)

class Doc:
    """original"""
Doc.__doc__ = 'changed'
print(Doc.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print(e)
