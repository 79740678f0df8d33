# bool(): __bool__ and __len__ protocols, precedence between them, and errors for bad return values
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('  __bool__ called')
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'L({self.n})'
    def __len__(self):
        print('  __len__ called')
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
print('if:', 'yes' if L(2) else 'no')
print('not:', not B(True))
print('and/or:', B(False) or 'fallback', L(0) and 'never')
for obj in (B(1), B('yes'), B(None), L(-1), L(2 ** 70), L('3')):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print('TypeError:', e)
