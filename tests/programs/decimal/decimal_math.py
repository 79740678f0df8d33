# Decimal exp/ln/log10 (correctly rounded) and non-integral powers vs CPython, all rounding modes and precisions
# ftpy-expect: native (the Pyodide oracle has no _decimal)
from decimal import *
seed = 5
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
R = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
SP = ['0', '-0', '1', '10', '1E+5', '0.001', '1E-30', 'Inf', '-Inf', 'NaN', 'sNaN', '-1', '100000', '-100000', '2.302585092994045684017991454684364', '1.0000000001']
for i in range(120):
    ctx = Context(prec=[1,2,5,9,16,28,40][rnd(7)], rounding=R[rnd(8)], traps=[], Emax=[99, 999999][rnd(2)], Emin=[-99, -999999][rnd(2)])
    setcontext(ctx)
    a = SP[rnd(len(SP))] if rnd(5) == 0 else ('-' if rnd(3)==0 else '') + str(rnd(100000)) + 'E' + str(rnd(10) - 7)
    op = ['exp', 'ln', 'log10'][rnd(3)]
    try: out = repr(getattr(Decimal(a), op)())
    except Exception as e: out = type(e).__name__ + str(e)
    print(i, ctx.prec, ctx.rounding, ctx.Emax, a, op, out, sorted(k.__name__ for k, v in ctx.flags.items() if v))
seed = 17
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
R = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(120):
    ctx = Context(prec=[1,2,5,9,16,28][rnd(6)], rounding=R[rnd(8)], traps=[], Emax=[99, 999999][rnd(2)], Emin=[-99, -999999][rnd(2)])
    setcontext(ctx)
    a = ('-' if rnd(5)==0 else '') + str(rnd(100000)) + 'E' + str(rnd(10) - 7)
    b = ('-' if rnd(3)==0 else '') + str(rnd(1000)) + 'E' + str(rnd(5) - 4)
    if rnd(10) == 0: a = ['1', '1.000', 'Inf', '0', '-Inf'][rnd(5)]
    try: out = repr(Decimal(a) ** Decimal(b))
    except Exception as e: out = type(e).__name__ + str(e)
    print(i, ctx.prec, ctx.rounding, ctx.Emax, a, b, out, sorted(k.__name__ for k, v in ctx.flags.items() if v))
