# int(float) truncation, OverflowError/ValueError for inf and nan, and huge floats converting exactly
for v in [0.9, -0.9, 1e16, 1.5e300, -2.5, 123456789.987]:
    print(repr(v), int(v))
print(int(1e300) == 10 ** 300, int(1e300) - 10 ** 300)
print(int(2.0 ** 100) == 2 ** 100, int(5e-324))
for v in [float('inf'), -float('inf'), float('nan')]:
    for conv in (int, round):
        try:
            conv(v)
        except (OverflowError, ValueError) as e:
            print(conv.__name__, type(e).__name__ + ':', e)
import math
for f in (math.floor, math.ceil, math.trunc):
    try:
        f(float('nan'))
    except ValueError as e:
        print(f.__name__, 'ValueError:', e)
    try:
        f(float('inf'))
    except OverflowError as e:
        print(f.__name__, 'OverflowError:', e)
try:
    divmod(float('inf'), 1)
    print('divmod inf ok', divmod(float('inf'), 1))
except Exception as e:
    print(type(e).__name__, e)
