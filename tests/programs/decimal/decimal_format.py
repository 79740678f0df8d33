# Decimal.__format__: fill, align, sign, z, zero padding, width, grouping, precision, types e E f F g G % n, rounding modes; integral powers incl. certain overflow/underflow
# ftpy-expect: native (the Pyodide oracle has no _decimal; 64-bit hashes; threads)
from decimal import *
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
vals = ['0', '-0', '1.5', '-1234567.891', '0.000012345', '1E+5', '123456789012345', '-0.0001', 'NaN', '-Inf', '2.5', '0.5E-10', '9.999', '1E-7', '100']
specs = []
for fill in ['', '*<', '*>', '*^', '=', '<']:
    for sign in ['', '+', ' ', '-']:
        for z in ['', 'z']:
            for w in ['', '12', '015', '0']:
                for g in ['', ',', '_']:
                    for p in ['', '.0', '.2', '.5']:
                        for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n']:
                            specs.append(fill + sign + z + w + g + p + t)
n = 0
for i in range(700):
    sp = specs[rnd(len(specs))]
    v = vals[rnd(len(vals))]
    with localcontext(rounding=[ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP][rnd(4)], capitals=rnd(2)):
        try: out = repr(format(Decimal(v), sp))
        except Exception as e: out = type(e).__name__ + ' ' + str(e)
    print(v, repr(sp), out)
for x, y in [('0','-1'),('2.0','-2'),('-2','3'),('Inf','-2'),('-Inf','3'),('-0','3'),('1.5','2'),('10','-3'),('1.1','30'),('3','-7'),('0.5','Inf'),('2','-Inf'),('1','Inf')]:
    print(x, y, repr(Decimal(x) ** Decimal(y)), 2 ** Decimal(y) if y[-1] != 'f' else '')
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
R = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(300):
    ctx = Context(prec=[1,2,5,9,28][rnd(5)], rounding=R[rnd(8)], traps=[], Emax=[99, 999999][rnd(2)], Emin=[-99, -999999][rnd(2)])
    setcontext(ctx)
    a = ('-' if rnd(3)==0 else '') + str(rnd(100000)) + 'E' + str(rnd(12) - 8)
    b = str(rnd(200) - 100) if rnd(4) else str(rnd(2000000) - 1000000)
    try: out = repr(Decimal(a) ** Decimal(b))
    except Exception as e: out = type(e).__name__ + str(e)
    print(i, a, b, out, sorted(k.__name__ for k, v in ctx.flags.items() if v))
