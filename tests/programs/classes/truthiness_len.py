# __bool__ and __len__ truthiness: precedence, fallback, invalid return values, len() errors.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('  __bool__ called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('  __len__ called')
        return self.n
class Both:
    def __bool__(self):
        print('  __bool__ wins')
        return True
    def __len__(self):
        print('  __len__ not used')
        return 0
class Neither: pass
print(bool(B(True)), bool(B(False)))
print(bool(L(3)), bool(L(0)), len(L(5)))
print(bool(Both()))
print(bool(Neither()))
if L(0):
    print('not reached')
else:
    print('L(0) is falsy in if')
print(not B(False))
print([type(x).__name__ for x in (B(True), L(0)) if x])
for bad in [L(-1), L(2 ** 70), L(1.5), L('3')]:
    try:
        len(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self): return 'yes'
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class LenNone:
    __len__ = None
try:
    len(LenNone())
except TypeError as e:
    print(e)
class IndexLen:
    class N:
        def __index__(self): return 4
    def __len__(self): return self.N()
print(len(IndexLen()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(e)
