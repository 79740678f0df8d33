# Decimal basics: construction (str grammar, float exact, tuple), str/repr, hash, arithmetic, signals, localcontext, Fraction
# ftpy-expect: native (the Pyodide oracle has no _decimal; 64-bit hashes; threads)
from decimal import *
print(Decimal('1.5'), repr(Decimal(0.1)), Decimal(-0.0), Decimal((1,(1,2),-1)), Decimal('1_0.5_5'))
print(sum([Decimal('0.1')] * 10), hash(Decimal('2.5')) == hash(2.5), hash(Decimal(-1)), hash(Decimal('1e30')) == hash(10**30))
print(getcontext())
try: Decimal(1)/0
except Exception as e: print(type(e), e)
try: Decimal(0)/0
except Exception as e: print(type(e), e)
try: Decimal('abc')
except Exception as e: print(type(e), e)
print(Decimal(1)/7, Decimal(10)//3, Decimal(10)%3, divmod(Decimal(-7), 2), -Decimal(3), abs(Decimal(-2)))
print(Decimal(2) < 3, Decimal('1.5') == 1.5, Decimal(1) == 1, int(Decimal('-7.9')), float(Decimal('2.5')), round(Decimal('2.5')), round(Decimal('2.567'), 2))
print(Decimal('1.23').as_tuple(), Decimal('-0.75').as_integer_ratio(), Decimal(2).sqrt())
with localcontext(prec=5) as c:
    print(Decimal(1)/7, c.prec)
print(Decimal(1)/7)
print(issubclass(DivisionByZero, ZeroDivisionError), FloatOperation.__mro__)
from fractions import Fraction
print(Decimal('0.5') == Fraction(1,2), Fraction(1,2) == Decimal('0.5'))
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('1.2345').quantize(Decimal('0.01'), rounding=ROUND_UP))
class D(Decimal): pass
print(repr(D('3')), type(D(3)+1))
import copy, pickle
d = Decimal('-12.50')
print(copy.copy(d) is d, copy.deepcopy(d) is d, pickle.loads(pickle.dumps(d)) == d, d.__reduce__())
c = getcontext().copy(); c.prec = 7; c.rounding = ROUND_DOWN
print(c, c.Etiny(), c.Etop())
for bad in [('prec', 0), ('Emin', 1), ('Emax', -1), ('capitals', 2), ('clamp', 3), ('rounding', 'UP')]:
    try: setattr(c, *bad)
    except Exception as e: print(type(e).__name__, e)
print(c.create_decimal('3.14159265'), c.divide(1, 3), c.power(2, 10), c.sqrt(2), c.add(Decimal('1.5'), 2))
try: Decimal(1) < 1.5
except FloatOperation as e: print('not trapped')
print(Decimal(1) < 1.5, getcontext().flags[FloatOperation])
getcontext().traps[FloatOperation] = True
try: Decimal(1) < 1.5
except FloatOperation as e: print(type(e).__name__, e)
getcontext().traps[FloatOperation] = False
print(Decimal('7.325').to_integral_exact(rounding=ROUND_HALF_UP), Decimal('1.20E+3').normalize(), Decimal(5).max(Decimal('NaN')))
print(Decimal('1E+3').to_eng_string(), Decimal('-0').number_class(), Decimal('101').logical_xor(Decimal('110')))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('-0.00012'):.3e} {Decimal('0.25'):%} {Decimal('NaN'):>8}")
print(Decimal(2) ** 100, Decimal('1.1') ** -3, Decimal('1.000') ** 3)
import threading
def worker(out):
    out.append(getcontext().prec)
    getcontext().prec = 5
    out.append(str(Decimal(1) / 3))
getcontext().prec = 12
out = []
t = threading.Thread(target=worker, args=(out,)); t.start(); t.join()
print(out, getcontext().prec, Decimal(1) / 3)
