# int: arbitrary-precision + - * // % and comparisons on numbers far beyond 64 bits
a = 123456789012345678901234567890123456789
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print((-a) // b, (-a) % b)
print(a // -b, a % -b)
print((-a) // -b, (-a) % -b)
print(divmod(a, b), divmod(-a, b))
q, r = divmod(-a, b)
print(q * b + r == -a, 0 <= r < b)
f = 1
for i in range(1, 51):
    f *= i
print('50! =', f)
print('digits', len(str(f)), 'trailing zeros', len(str(f)) - len(str(f).rstrip('0')))
print(f // (2 ** 47), f % 1000003)
m = 2 ** 64
print(m, m - 1, -m, m * m)
print(m > 2 ** 63, -m < -(2 ** 63), m == 18446744073709551616)
print((2 ** 100 + 1) % 7, (-(2 ** 100)) % 7, (2 ** 100) % -7)
print(-(2 ** 100) // 3, (2 ** 100) // -3)
print(abs(-(10 ** 30)), -(-(10 ** 30)))
print(sum(range(10 ** 6)), 10 ** 20 // 10 ** 19)
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print('fib200 =', fib[200])
print(fib[200] % 10 ** 9, fib[199] * fib[201] - fib[200] ** 2)
print(max(a, b, 10 ** 38), min(-a, -b))
