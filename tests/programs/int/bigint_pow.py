# int: huge powers, three-argument pow, negative exponents with a modulus, and their errors
p = 3 ** 1000
s = str(p)
print(len(s), s[:20], s[-20:])
print(2 ** 256)
print((-3) ** 101 % 1000, (-3) ** 101 // 10 ** 45)
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000003))
print(pow(-2, 5, 7), pow(2, 5, -7), pow(-2, 5, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(10 ** 20, -1, 10 ** 9 + 7))
print(pow(5, 0, 1), pow(0, 0, 7), pow(7, 3, 1))
print(pow(2, 0.5), pow(2, -2), pow(-8, 1 / 3).__class__.__name__)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    10 ** -1000000 + 0
except Exception as e:
    print('unexpected', e)
else:
    print('small float ok')
try:
    2.0 ** 100000
except OverflowError as e:
    print('OverflowError')  # the message is the platform's strerror(ERANGE)
print(7 ** 77 == pow(7, 77), (7 ** 77).bit_length())
print(1 << 1000 == 2 ** 1000, (1 << 1000) >> 998)
