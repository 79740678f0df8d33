# __eq__/__hash__ interplay: defining __eq__ sets __hash__ to None, explicit hash, dict/set behaviour.
class Default: pass
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
class EqHash(EqOnly):
    def __hash__(self): return hash(self.v)
class InheritsHash(EqHash):
    pass
class EqInSub(EqHash):
    def __eq__(self, o): return False
print(Default.__hash__ is object.__hash__, EqOnly.__hash__, EqInSub.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(e)
print(len({EqHash(1), EqHash(1), EqHash(2)}), hash(EqHash(5)) == hash(5))
d = {EqHash('k'): 'value'}
print(d[EqHash('k')], EqHash('missing') in d, InheritsHash('k') in d)
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s))
class HashNone:
    __hash__ = None
print(isinstance(HashNone(), __import__('collections.abc').abc.Hashable))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), 1 in {1.0}, {1: 'a', 1.0: 'b', True: 'c'})
