# round(): ties-to-even for halves, ndigits positive/negative/None, correct rounding of binary floats, int/float results
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.5000000001)])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(2.5, 0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.25, 1), round(1.35, 1))
print(round(12345.6789, -2), round(12355.0, -1), round(12345.0, -1), round(-12345.6789, -3), round(1.5e300, -299))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(1e-10, 5), round(-1e-10, 5))
print(round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(123456, -10), type(round(5, 2)).__name__)
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(float('inf'), 2), round(float('nan'), 1), round(-0.0, 1))
print(round(1.23456789e20, -15), round(123.456, 400), round(123.456, -400))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class R:
    def __round__(self, n=None):
        return ('custom', n)
print(round(R()), round(R(), 3))
for args in [('1.5',), (1.5, 1.5), (1.5, '2')]:
    try:
        round(*args)
    except TypeError as e:
        print('TypeError:', e)
