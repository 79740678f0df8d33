# abs(), divmod() and pow() across int/float/complex/bool and objects with the dunder methods, plus their errors
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(True), abs(-(10 ** 30)), abs(float('-inf')))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(abs(Vec(3, 4)), divmod(Vec(), 7), divmod(7, Vec()), pow(Vec(), 2), pow(Vec(), 2, 5), 2 ** Vec(), pow(2, Vec()))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2), divmod(2 ** 100, 3 ** 40))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(3, 4, 5), pow(3, -1, 10), pow(-3, -1, 10), pow(base=2, exp=5, mod=3))
print(pow(7, -2, 13), (pow(7, -2, 13) * 49) % 13, pow(0, 0), pow(0.0, 0), pow(1j, 2))
for call in [lambda: abs('x'), lambda: abs(), lambda: divmod(1), lambda: divmod('a', 1), lambda: pow(2), lambda: pow(2, 3, 4, 5),
             lambda: pow(2, 1.5, 3), lambda: pow(4, -1, 6), lambda: pow('2', 2), lambda: divmod(1, 0)]:
    try:
        call()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
