# int(): parsing strings with explicit bases, base 0 prefixes, underscores, whitespace and signs
cases = [('42', 10), ('  -42\n', 10), ('+7', 10), ('0', 10), ('000', 10), ('1_000_000', 10),
         ('ff', 16), ('FF', 16), ('0xff', 16), ('-0XfF', 16), ('0x_ff', 16),
         ('777', 8), ('0o777', 8), ('0O17', 0), ('101', 2), ('0b101', 2), ('0b_1_0_1', 0),
         ('z', 36), ('ZZ', 36), ('Hello', 36), ('10', 3), ('0x1f', 0), ('0', 0), ('00', 0),
         ('-0b11', 0), ('  +0o10  ', 0), ('1' * 40, 2), ('12', 5)]
for s, base in cases:
    print(repr(s), base, int(s, base))
print(int('٣٤'), int('１２３'), int('\u0663\u0661', 16))
print(int(b'42'), int(bytearray(b'-17')), int(b'ff', 16))
print(int('9' * 50) + 1 == 10 ** 50)
print(int(), int(False), int(True), int(-0.0))
print(int('10', base=2), int('z', base=36))
print(int('  \t 12 \x0c'), int('1_2', 0))
