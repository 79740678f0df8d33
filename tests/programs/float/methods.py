# float methods: is_integer, as_integer_ratio, conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__, from_number
import math
for v in [0.0, 1.0, 2.5, -3.0, 0.1, 1e300, -0.75, 5e-324]:
    print(repr(v), v.is_integer(), v.as_integer_ratio())
print((2.5).conjugate(), (2.5).real, (2.5).imag, math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2))
print((2.7).__trunc__(), (2.7).__floor__(), (2.2).__ceil__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
for v in [float('inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
    print(v.is_integer())
print(float.from_number(5), float.from_number(2.5), float.from_number(True))
try:
    float.from_number('1.5')
except TypeError as e:
    print('TypeError:', e)
print(float.__getformat__('double'))
print((0.1).__repr__(), (1.5).__add__(2), (1.5).__add__('x'), (1.5).__radd__(1), (3.0).__rtruediv__(1))
print((7.5).__divmod__(2), (7.5).__rdivmod__(100), (2.0).__pow__(0.5), (-8.0).__abs__(), (1.5).__neg__())
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__int__(), (1.5).__float__(), (1.5).__bool__(), (0.0).__bool__())
