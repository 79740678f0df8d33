# complex arithmetic: + - * / ** with complex, int and float operands, and the errors complex raises
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, a ** -1)
print(a + 1, 1 + a, a * 2.5, 2 / a, a - 0.5, 1j * 1j, 1j ** 2, (1j) ** 0.5)
print(a == 3 + 4j, a == complex(3, 4), 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 2j != 2j)
print(pow(2j, 3), pow(1 + 1j, 2), 2 ** (1j), 0j ** 0, 0j ** 0j)
for expr in ['a // b', 'a % b', 'divmod(a, b)', 'a < b', 'a > 1', 'int(a)', 'float(a)', 'round(a)']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, 'TypeError:', e)
for expr in ['a / 0', 'a / 0j', '1 / 0j', '0j ** -1', '0j ** (1j)']:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, 'ZeroDivisionError:', e)
try:
    pow(a, 2, 3)
except ValueError as e:
    print('ValueError:', e)
print(sum([1j, 2, 3.5]), (1 + 2j) * (1 - 2j), (1e308 + 1e308j) * 10)
print(complex(1, 2) + True, hash(1 + 0j) == hash(1), (2 + 0j).real.is_integer())
