# classmethod and staticmethod: alternative constructors, inheritance-aware cls, descriptors' __func__, __wrapped__.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate(1, 2, 3).is_leap(2024))
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__, callable(sm))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter): pass
Counter.increment(); Counter.increment(); SubCounter.increment()
print(Counter.count, SubCounter.count, 'count' in SubCounter.__dict__)
class Chained:
    @classmethod
    @property
    def name(cls):
        return cls.__name__
try:
    print(Chained.name)
except Exception as e:
    print(type(e).__name__, e)
print(staticmethod(abs)(-3), classmethod(lambda cls: cls).__get__(None, int)())
