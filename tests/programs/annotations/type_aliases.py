# The type statement (PEP 695): lazy evaluation, __value__, generic aliases, recursion, TypeAliasType attributes.
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Recursive = list[Recursive] | int
type Lazy = UndefinedName
print(Point, type(Point).__name__, Point.__name__, Point.__value__)
print(ListOrSet.__type_params__, ListOrSet.__value__, ListOrSet[int])
print(Recursive.__value__)
try:
    Lazy.__value__
except NameError as e:
    print('NameError on first use:', e)
UndefinedName = 'now defined'
print(Lazy.__value__)
print(Point.__module__, ListOrSet[str].__origin__ is ListOrSet, ListOrSet[str].__args__)
from typing import TypeAliasType
Manual = TypeAliasType('Manual', list[int])
print(Manual, Manual.__value__, Manual.__type_params__)
try:
    Point[int]
except TypeError as e:
    print('TypeError:', e)
def in_function():
    type Local = dict[str, int]
    return Local, Local.__value__
print(in_function())
class C:
    type Inner = int
print(C.Inner, C.Inner.__qualname__ if hasattr(C.Inner, '__qualname__') else C.Inner.__name__)
type = 'type is still a soft keyword'
print(type)
