# Bitwise operators on ints (incl. negatives and big ints), bools, sets and dict views.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70 + 5, 2**65 - 1), (0, -1)]:
    print(a & b, a | b, a ^ b, ~a)
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -256 >> 4, 5 << 0, -5 >> 1)
try:
    1 << -1
except ValueError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2} | {3}), sorted({1, 2} ^ {2, 3}), sorted({1, 2} - {2}))
d1 = {'a': 1, 'b': 2}
d2 = {'b': 3, 'c': 4}
print(sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2), sorted(d1.items() ^ d2.items()))
print(d1 | d2, d2 | d1)
x = 0b1100
x &= 0b1010
x |= 0b0001
x ^= 0b1111
x <<= 2
x >>= 1
print(bin(x), x)
print((255).bit_length(), (-255).bit_length(), bin(-5), hex(-255), oct(-8))
