# int methods and attributes: bit_length, bit_count, as_integer_ratio, is_integer, conjugate, numerator/denominator/real/imag
for n in (0, 1, -1, 7, -8, 255, 256, 2 ** 100, -(2 ** 100) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
x = -37
print(x.conjugate(), x.numerator, x.denominator, x.real, x.imag)
print(type(True.numerator).__name__, True.as_integer_ratio(), True.bit_length())
print(int.bit_length(10), int.__add__(3, 4), int.__sub__(3, 4), (3).__rsub__(10))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(-2), (5).__pow__(2, 7))
print((5).__add__(1.5), (5).__eq__('5'), (5).__lt__(6.0), (5).__bool__(), (0).__bool__())
print(int.__neg__(9), (9).__invert__(), (9).__abs__(), (-9).__abs__(), (9).__index__())
print((17).__round__(), (17).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1))
print((1234567).__round__(-3), (1234567).__trunc__(), (1234567).__floor__(), (1234567).__ceil__())
print((5).__sizeof__() > 0, (10).__format__('x'), int.__name__, int.__qualname__)
