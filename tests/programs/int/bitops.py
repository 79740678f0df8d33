# int: & | ^ ~ on positive, negative (two's complement semantics) and arbitrarily large ints
vals = [0, 1, -1, 5, -5, 0xF0, -0x100, 2 ** 70 - 1, -(2 ** 70)]
for a in vals:
    print(a, ~a, ~~a == a)
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 80 | 5, -3), (-(2 ** 80), 2 ** 79 + 7)]:
    print(a & b, a | b, a ^ b)
    print((a & b) + (a | b) == a + b, a ^ b == (a | b) & ~(a & b))
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
print(hex(-1 & 0xFFFFFFFF), hex(-256 & 0xFFFF), -1 & (2 ** 128 - 1) == 2 ** 128 - 1)
print(True & 3, True | 2, True ^ True, type(True ^ True).__name__, type(True & 3).__name__)
for expr in ['1 & 1.0', '1 | "a"', '~1.5', 'None ^ 1']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
