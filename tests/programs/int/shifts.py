# int: << and >> including huge shifts, negative operands (floor semantics) and negative shift counts
for a in (1, 5, -5, -1, 0, 2 ** 65):
    print(a, [a << n for n in (0, 1, 3, 64)], [a >> n for n in (0, 1, 3, 64, 200)])
print(-7 >> 1, -7 // 2, -1 >> 1000, 1 >> 1000)
print((1 << 200) >> 190, (-(1 << 200)) >> 199)
print(0 << 10 ** 6, 0 >> 10 ** 20)
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
try:
    1 >> -5
except ValueError as e:
    print('ValueError:', e)
try:
    1 << 1.0
except TypeError as e:
    print('TypeError:', e)
try:
    1.0 >> 1
except TypeError as e:
    print('TypeError:', e)
print(True << 3, False >> 1, 3 << True)
x = 1
for _ in range(10):
    x = (x << 7) | 0x55
print(x, x.bit_length())
