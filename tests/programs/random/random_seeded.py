# ftpy-expect: native
# random with a seed gives CPython's exact numbers: MT19937, seeding from int/str/bytes, the
# derived methods of random.py, getstate/setstate, getrandbits, subclassing and errors.
import random, _random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.randrange(0, 1000, 7))
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.getrandbits(100), random.getrandbits(32), random.getrandbits(0))
random.seed(-7); print(random.random())
random.seed(2**100 + 5); print(random.random())
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.gauss(0, 1), random.uniform(1, 2))
print(random.choices('abc', k=5), random.randbytes(4).hex(), random.triangular(0, 10, 3))
print(random.expovariate(2), random.betavariate(2, 3), random.normalvariate(5, 2))
r = random.Random(12345)
s = r.getstate()
a = r.random()
r.setstate(s)
print(a == r.random(), len(s[1]), s[0])
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom(1).choice([10, 20, 30]), MyRandom(1).randrange(100))
for bad in (-1, 1.5, 'x'):
    try:
        random.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    _random.Random(1, 2)
except TypeError as e:
    print(e)
try:
    _random.Random(x=1)
except TypeError as e:
    print(e)
for st in ([1], (1,) * 3, (1,) * 624 + (625,)):
    try:
        r.setstate((3, tuple(st), None)) if False else _random.Random().setstate(st)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(_random.Random.__doc__)
print(_random.Random().random.__doc__)
