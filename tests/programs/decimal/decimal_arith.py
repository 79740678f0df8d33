# Decimal operators vs CPython: + - * / // % divmod quantize sqrt comparisons conversions under all rounding modes, precisions, exponent limits, specials (traps off)
# ftpy-expect: native (the Pyodide oracle has no _decimal; 64-bit hashes; threads)
from decimal import *
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
SPECIAL = ['NaN', '-NaN', 'sNaN', 'Inf', '-Inf', '0', '-0', '0E-5', '1E+5']
def num():
    k = rnd(10)
    if k == 0: return SPECIAL[rnd(len(SPECIAL))]
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12)))
    e = rnd(40) - 20
    return ('-' if rnd(3) == 0 else '') + digits + 'E' + str(e)
ROUNDS = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
ops = ['+', '-', '*', '/', '//', '%', 'divmod', 'quantize', 'sqrt', 'cmp', 'neg', 'abs', 'pos', 'int', 'float', 'hash', 'round2']
for i in range(600):
    prec = [1, 3, 5, 9, 16, 28][rnd(6)]
    r = ROUNDS[rnd(8)]
    a, b = num(), num()
    op = ops[rnd(len(ops))]
    ctx = Context(prec=prec, rounding=r, traps=[], Emin=-30 if rnd(4) == 0 else -999999, Emax=30 if rnd(4)==0 else 999999)
    setcontext(ctx)
    try:
        x, y = Decimal(a), Decimal(b)
        if op == '+': res = x + y
        elif op == '-': res = x - y
        elif op == '*': res = x * y
        elif op == '/': res = x / y
        elif op == '//': res = x // y
        elif op == '%': res = x % y
        elif op == 'divmod': res = divmod(x, y)
        elif op == 'quantize': res = x.quantize(Decimal('1E%d' % (rnd(10) - 5)))
        elif op == 'sqrt': res = x.sqrt()
        elif op == 'cmp': res = (x < y, x == y, x.compare(y))
        elif op == 'neg': res = -x
        elif op == 'abs': res = abs(x)
        elif op == 'pos': res = +x
        elif op == 'int': res = int(x)
        elif op == 'float': res = float(x)
        elif op == 'hash': res = hash(x) if not x.is_nan() else 'nan'
        else: res = round(x, 2)
        out = repr(res)
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    fl = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    print(i, prec, r, a, op, b, '->', out, fl)
