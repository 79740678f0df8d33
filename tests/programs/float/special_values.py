# float inf, -inf, nan and -0.0: creation, arithmetic, comparisons, repr, and identity quirks
import math
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, -nan, repr(-0.0), 0.0 == -0.0, str(-0.0))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), math.copysign(1, 0.0))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, -1e-323 / 10)
print(min(inf, 3), max(-inf, -3), sorted([3, -inf, inf, 0.5]))
x = nan
print(x is x, x == x, [x] == [x], x in [x], [nan] == [float('nan')])
print(float('INF'), float('-Infinity'), float('+inf'), float('NaN'), float('-nan'), float(' iNfInItY '))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, abs(-0.0), -(0.0))
print(round(-0.4), round(-0.0), round(-0.4, 1), math.floor(-0.0), int(-0.5))
print(5.0 % inf, -5.0 % inf, 5.0 % -inf)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
for expr in ['1.0 / 0', '1.0 // 0.0', '1.0 % 0.0', 'divmod(1.0, 0)', '0.0 ** -1', 'inf % 0']:
    try:
        print(expr, eval(expr))
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
