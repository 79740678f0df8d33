# PEP 695 generic classes: class C[T], implicit Generic base, subscripting, __type_params__, __orig_bases__.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self):
        return f'Box({self.item!r})'
class Pair[K, V](dict):
    pass
class Bounded[T: int]:
    pass
b = Box(5)
print(b, b.get(), Box.__type_params__, Box.__mro__[1].__name__, [c.__name__ for c in Box.__mro__])
alias = Box[int]
print(alias, type(alias).__name__, alias.__origin__ is Box, alias.__args__)
print(alias(3), type(alias(3)).__name__)
print(Pair.__type_params__, Pair.__orig_bases__, [c.__name__ for c in Pair.__mro__])
print(Pair[str, int])
print(Bounded.__type_params__[0].__bound__)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError:', e)
class Node[T]:
    def __init__(self, value: T, children: list['Node[T]'] | None = None):
        self.value = value
        self.children = children or []
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(list(tree.walk()))
class Base[T]:
    def method(self) -> T: ...
class Child[U](Base[U]):
    pass
print(Child.__type_params__, Child.__orig_bases__)
T_outer = 'module T'
class Scoped[T]:
    attr = 'class body can see T:'
    seen = T.__name__
print(Scoped.seen, T_outer)
try:
    exec('class Bad[T](Generic[T]): pass', {'Generic': __import__('typing').Generic})
except TypeError as e:
    print('TypeError:', e)
