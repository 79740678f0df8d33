# int: + - * / // % ** and unary ops on small ints, with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, '|', a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a in (0, 1, -1, 5, -5):
    print(a, -a, +a, ~a, abs(a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 4 ** -2, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(10 / 5, type(10 / 5).__name__)
print(1 // 1, 0 // 3, -0, 0 * -1)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0xff; print(x)
x ^= 0b1010; print(x)
for op in ('1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '0 ** -1'):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, '->', type(e).__name__, e)
