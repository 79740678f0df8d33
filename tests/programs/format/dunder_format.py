# __format__ protocol: format() and f-strings call type(x).__format__, object.__format__ rejects non-empty specs
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + '°F'
        return format(self.c, spec) + '°C'
t = Temp(21.5)
print(format(t), format(t, '.0F'), f'{t:.1f}', f'{t:>8.2F}', '{:F}'.format(t), '{0:.3}'.format(t))
class Plain:
    def __str__(self):
        return 'plain'
print(format(Plain()), f'{Plain()}', f'{Plain()!s:>7}', '{}'.format(Plain()))
try:
    format(Plain(), '>10')
except TypeError as e:
    print('TypeError:', e)
class BadFormat:
    def __format__(self, spec):
        return 123
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError:', e)
class Spy:
    def __format__(self, spec):
        return 'spec=' + repr(spec)
print(f'{Spy()}', f'{Spy():abc}', f'{Spy():{1}{2}}', '{:!r}'.format(Spy()), format(Spy(), ' x '))
class SubInt(int):
    def __format__(self, spec):
        return 'SubInt:' + super().__format__(spec)
print(f'{SubInt(255):x}', format(SubInt(3), '03'), '%d' % SubInt(4), str(SubInt(5)))
try:
    format(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(type(format(True)).__name__, format(True), format(1.5), format('x'), object.__format__(Plain(), ''))
