# complex attributes and methods: real/imag, conjugate, abs (hypot, overflow), bool, and cmath-free identities
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), abs(-5j), abs(0j), type(z.real).__name__)
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(1e300 + 1e300j))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print('OverflowError:', e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float('nan'), 0)))
print((1j).conjugate().conjugate(), (2 + 3j) * (2 + 3j).conjugate(), (5j).real, (7).imag, (2.5).conjugate())
print(z.__add__(1), z.__radd__(1.0), z.__mul__('x'), z.__eq__(3 - 4j), z.__ne__(3), z.__neg__(), z.__pos__())
print(z.__truediv__(2), z.__rtruediv__(25), z.__pow__(2), z.__rpow__(2).real.__round__(6), z.__abs__())
print(complex.__name__, isinstance(z, complex), complex.__mro__ == (complex, object))
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.isclose(cmath.exp(1j * cmath.pi), -1))
