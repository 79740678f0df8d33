# hash(): equal numbers hash equal across int/float/Fraction/Decimal/complex, -1 maps to -2, unhashable errors, __hash__ coercion
import sys
from fractions import Fraction
from decimal import Decimal
M = sys.hash_info.modulus
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False), hash(0.0), hash(-0.0), hash(1.0), hash(-1.0))
print(hash(M) == 0, hash(M + 1) == 1, hash(-M) == 0, hash(-M - 1) == -2, hash(2 ** 200) == pow(2, 200, M))
print(hash(1.5) == hash(Fraction(3, 2)), hash(1.5) == (1 + pow(2, -1, M)) % M, hash(0.5) == pow(2, -1, M))
print(hash(2.0 ** 100) == hash(2 ** 100), hash(Decimal('2.5')) == hash(2.5), hash(Fraction(7, 1)) == hash(7), hash(complex(3, 0)) == hash(3))
print(hash(float('inf')) == sys.hash_info.inf, hash(float('-inf')) == -sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(hash((1, 2)) == hash((1.0, 2.0)), hash('a') == hash('a'), hash(b'ab') == hash(b'ab'), hash(frozenset({1})) == hash(frozenset([1.0])))
for v in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
class Big:
    def __hash__(self):
        return 2 ** 100
class MinusOne:
    def __hash__(self):
        return -1
class NotInt:
    def __hash__(self):
        return 1.5
class BoolHash:
    def __hash__(self):
        return True
print(hash(Big()) == hash(2 ** 100), hash(MinusOne()), hash(BoolHash()), type(hash(BoolHash())).__name__)
try:
    hash(NotInt())
except TypeError as e:
    print('TypeError:', e)
