# less common Decimal operations and Context methods vs CPython (normalize, to_integral, max/min, total order, next_*, logical, shift/rotate, fma, power), traps off
# ftpy-expect: native (the Pyodide oracle has no _decimal; 64-bit hashes; threads)
from decimal import *
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
SPECIAL = ['NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E-5', '1E+5', 'NaN12', '1E-40']
def num():
    k = rnd(8)
    if k == 0: return SPECIAL[rnd(len(SPECIAL))]
    if k == 1: return ''.join(str(rnd(2)) for _ in range(1 + rnd(9)))
    if k == 2: return str(rnd(21) - 10)
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12)))
    e = rnd(40) - 20
    return ('-' if rnd(3) == 0 else '') + digits + 'E' + str(e)
ROUNDS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
un = ['normalize', 'to_integral', 'to_integral_exact', 'to_integral_value', 'next_plus', 'next_minus', 'number_class', 'logb', 'logical_invert', 'adjusted', 'as_tuple', 'is_normal', 'is_subnormal', 'to_eng_string', 'copy_negate', 'as_integer_ratio', 'is_zero', '__floor__', '__ceil__']
bi = ['max', 'min', 'max_mag', 'min_mag', 'compare_signal', 'compare_total', 'compare_total_mag', 'next_toward', 'scaleb', 'shift', 'rotate', 'logical_and', 'logical_or', 'logical_xor', 'remainder_near', 'same_quantum', 'copy_sign', 'quantize', 'compare']
cm = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'power', 'abs', 'minus', 'plus', 'create_decimal', 'fma', 'to_sci_string', 'sqrt']
for i in range(700):
    prec = [1, 3, 5, 9, 16, 28][rnd(6)]
    r = ROUNDS[rnd(8)]
    ctx = Context(prec=prec, rounding=r, traps=[], Emin=-30 if rnd(4) == 0 else -999999, Emax=30 if rnd(4)==0 else 999999, clamp=rnd(2))
    setcontext(ctx)
    a, b, c = num(), num(), num()
    kind = rnd(3)
    try:
        x, y, z = Decimal(a), Decimal(b), Decimal(c)
        if kind == 0:
            op = un[rnd(len(un))]; res = getattr(x, op)()
        elif kind == 1:
            op = bi[rnd(len(bi))]; res = getattr(x, op)(y)
        else:
            op = cm[rnd(len(cm))]
            if op in ('abs', 'minus', 'plus', 'to_sci_string', 'sqrt'): res = getattr(ctx, op)(x)
            elif op == 'create_decimal': res = ctx.create_decimal(a)
            elif op == 'fma': res = ctx.fma(x, y, z)
            elif op == 'power':
                y = Decimal(rnd(9) - 4); res = ctx.power(x, y)
            else: res = getattr(ctx, op)(x, y)
        out = repr(res)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    fl = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, prec, r, ctx.clamp, a, op, b, c, '->', out, fl)
