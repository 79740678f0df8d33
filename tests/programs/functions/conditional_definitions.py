# def and class are executable statements: conditional definitions, redefinition, definitions inside loops.
import sys
if sys.maxsize > 2:
    def platform():
        return 'first definition'
else:
    def platform():
        return 'never'
print(platform())
def platform():
    return 'redefined'
print(platform())
handlers = []
for name in ('start', 'stop'):
    def handler(n=name):
        return f'handling {n}'
    handler.__name__ = f'on_{name}'
    handlers.append(handler)
print([(h.__name__, h()) for h in handlers])
def factory(kind):
    if kind == 'loud':
        def speak(msg):
            return msg.upper() + '!'
    else:
        def speak(msg):
            return msg.lower()
    return speak
print(factory('loud')('hi'), factory('quiet')('HI'))
try:
    not_yet()
except NameError as e:
    print('NameError:', e)
def not_yet():
    return 'defined now'
print(not_yet())
def outer():
    return inner_defined_later()
def inner_defined_later():
    return 'late binding of globals'
print(outer())
classes = []
for base in (int, str):
    class Wrapped(base):
        pass
    classes.append(Wrapped)
print([c.__mro__[1].__name__ for c in classes], classes[0] is classes[1])
f = lambda: 1
def f():
    return 2
print(f(), f.__name__)
