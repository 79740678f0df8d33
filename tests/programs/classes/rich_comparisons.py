# Rich comparisons: reflection (< becomes >), NotImplemented, == falls back to identity, != derives from ==.
log = []
class C:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'C{self.v}'
    def __lt__(self, o):
        log.append(f'{self!r}.__lt__({o!r})')
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __eq__(self, o):
        log.append(f'{self!r}.__eq__({o!r})')
        return self.v == o.v if isinstance(o, C) else NotImplemented
print(C(1) < C(2), log); log.clear()
print(C(1) > C(2), log); log.clear()
print(C(1) == C(1), C(1) != C(1), log); log.clear()
print(C(1) == 1, log); log.clear()
try:
    C(1) <= C(2)
except TypeError as e:
    print(e)
print(sorted([C(3), C(1), C(2)]))
class Sub(C):
    def __eq__(self, o):
        log.append(f'Sub.__eq__({o!r})')
        return 'sub wins'
log.clear()
print(C(1) == Sub(1), log)
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != p)
class Ne:
    def __ne__(self, o): return 'custom ne'
print(Ne() != 1, Ne() == 1)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()] == [1], AlwaysEq() in [1, 2])
class Weird:
    def __eq__(self, o): return [1]
print(Weird() == 1, bool(Weird() == 1))
class Order:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
print(max([Order(2), Order(5), Order(1)]), min(Order(3), Order(0)))
try:
    Order(1) >= Order(2)
except TypeError as e:
    print(e)
