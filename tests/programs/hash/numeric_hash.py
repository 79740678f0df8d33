# numeric hashing follows the documented modular scheme (sys.hash_info): checked against a pure-Python reimplementation
import sys
from fractions import Fraction
from decimal import Decimal
import math
info = sys.hash_info
P = info.modulus
def hash_fraction(m, n):
    # documented algorithm from the stdlib docs (Numeric types: hashing of numeric types)
    while n % P == 0:
        raise AssertionError('not used in these tests')
    h = (abs(m) % P) * pow(n, P - 2, P) % P
    if m < 0:
        h = -h
    if h == -1:
        h = -2
    return h
def hash_number(x):
    if isinstance(x, float):
        if math.isinf(x):
            return info.inf if x > 0 else -info.inf
        m, n = x.as_integer_ratio()
        return hash_fraction(m, n)
    if isinstance(x, complex):
        h = hash_number(x.real) + info.imag * hash_number(x.imag)
        h = ((h + 2 ** (info.width - 1)) % 2 ** info.width) - 2 ** (info.width - 1)
        return -2 if h == -1 else h
    return hash_fraction(x.numerator, x.denominator)
values = [0, 1, -1, 2, -2, 7, 2 ** 31, 2 ** 61, 2 ** 61 - 1, -(2 ** 61), 10 ** 30, -(10 ** 30), P, P - 1, -P,
          0.5, -0.5, 1.5, 0.1, 1e300, -1e-300, 3.141592653589793, 2.0 ** 80, float('inf'), float('-inf'),
          Fraction(1, 3), Fraction(-7, 2), Fraction(10 ** 20, 3), 1j, 2 + 3.5j, -1 - 1j, complex(1e10, -1e-10)]
print(all(hash(v) == hash_number(v) for v in values))
print([hash(v) == hash_number(v) for v in values].count(True), len(values))
print(hash(-1), hash(-1.0), hash(Fraction(-1)), hash(Decimal(-1)), hash(complex(-1, 0)))
print(hash(0.0) == hash(-0.0) == hash(0) == hash(0j) == 0)
print(hash(Decimal('0.5')) == hash(0.5), hash(Decimal('1e30')) == hash(10 ** 30))
print(hash(float('nan')) == hash(float('nan')), info.nan)
print(hash(True) == 1, hash(False) == 0, hash(2 ** 100) == hash(float(2 ** 100)))
