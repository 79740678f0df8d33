# int(x) conversions: floats truncate, __int__/__index__ are used (3.14: __trunc__ is not), subclasses and errors
print(int(3.99), int(-3.99), int(1e20), int(2.5e-3), int(-0.0), int(1.7976931348623157e308) % 1000)
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 5
class BadInt:
    def __int__(self):
        return 'no'
print(int(WithInt()), int(WithIndex()))
try:
    print(int(WithTrunc()))
except TypeError as e:
    print('TypeError:', e)
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
m = MyInt(12)
print(m, repr(m), m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__)
print(MyInt('ff', 16), MyInt() == 0, isinstance(m, int))
class IntSub(int):
    def __int__(self):
        return 99
print(int(IntSub(5)))
print(int('12'), int(' 12 '), int(True), int(False))
for bad in (object(), 1j, [1], '1e3'):
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        msg = str(e)
        print(type(e).__name__, msg if 'object at' not in msg else 'object')
