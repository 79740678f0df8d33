# property: getter/setter/deleter via decorators and property(), docs, read-only errors, inheritance override.
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, value):
        print('set celsius', value)
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('del celsius')
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_get_f, doc='Read-only Fahrenheit.')

t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
print(Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temperature.fahrenheit.fset)

class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @Base.name.getter
    def name(self):
        return 'child'
print(Child().name, Base().name)
class NoSetter:
    @property
    def value(self):
        return 1
n = NoSetter()
try:
    n.value = 2
except AttributeError as e:
    print(e)
class Counter:
    count = property(lambda self: len(self.items))
    def __init__(self):
        self.items = [1, 2]
print(Counter().count, Counter.count.__name__ if hasattr(Counter.count, '__name__') else 'no name')
class ErrGetter:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'__getattr__ fallback for {name}'
print(ErrGetter().broken)
