# ZeroDivisionError and OverflowError messages from int/float/complex arithmetic and conversions
cases = ['1 / 0', '1 // 0', '1 % 0', '1.0 / 0', '1 / 0.0', '1.0 // 0.0', '1.0 % 0', 'divmod(1, 0)', 'divmod(1.0, 0.0)',
         '0 ** -1', '0.0 ** -1', '1j / 0', '(1 + 1j) / 0j', 'pow(0, -2)', 'pow(2, -1, 1) + 1 / 0',
         'float(10 ** 400)', 'int(float("inf"))', '10 ** 400 / 1', 'math.ldexp(1.0, 2000)',
         '[0] * (2 ** 100)', "'x' * (2 ** 100)", 'range(2 ** 100)[2 ** 99 : 2 ** 99 + 1][0] + (1 << (2 ** 100))',
         'math.factorial(-1)', 'math.exp(1000)', 'round(float("inf"))', 'chr(2 ** 63)', '(2 ** 63).to_bytes(8, signed=True)']
import math
for c in cases:
    try:
        print(c, '=', eval(c))
    except (ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
        print(f'{c:<48} {type(e).__name__}: {e}')
