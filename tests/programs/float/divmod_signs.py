# float //, % and divmod: results take the divisor's sign, and mixed int/float operands
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3), (0.0, -3), (-0.0, 3), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.5, -5 % 0.5, 6.0 % 4, -6.0 % 4, 6 % -4.0)
print(3.0 // 0.1, 3.0 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(1e17 % 3, (-1e17) % 3, 2 ** 60 % 1.5)
print(-1e-300 % 1.0, 1e-300 % -1.0)
q, r = divmod(-7.3, 2.1)
print(q, r, abs(q * 2.1 + r - -7.3) < 1e-12)
