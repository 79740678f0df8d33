# float arithmetic: mixed int/float, exponentiation edge cases, overflow and division errors
import math
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 7 / 2.0, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0)
print(0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 - 1.1, 1e16 + 1.0, 1e-16 + 1.0, 2.0 ** -1074, 2.0 ** -1075)
print((-1) ** 0.5, (-2.0) ** 0.5, (-8.0) ** (1 / 3))
print(0.0 ** 0, 0.0 ** 0.0, 1.0 ** float('nan'), float('nan') ** 0, (-1.0) ** float('inf'), 2.0 ** float('-inf'))
print(abs(-2.5), -(-2.5), +(-2.5), 1.0 * -0.0)
for expr in ['2.0 ** 10000', '10.0 ** 400', '1e308 * 10', 'pow(2.0, 1024)', '(-2.0) ** 1025', 'math.exp(1000)']:
    try:
        print(expr, eval(expr))
    except OverflowError as e:
        print(expr, 'OverflowError')  # the message is the platform's strerror(ERANGE)
for expr in ['1.0 / 0', '0.0 / 0.0', '5 / 0.0', '0.0 ** -2', '5 // 0.0', '5.0 % 0']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, 'ZeroDivisionError:', e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 * 3, 0.3), math.sqrt(2), math.pi, math.e)
print(1.5 + True, 1.5 * False, [1.5] * 2, 2.5 // 1)
for expr in ["1.5 + '1'", '1.5 * [1]', '[1] * 1.5', "'a' * 2.0", '1.5 @ 1.5']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, 'TypeError:', e)
