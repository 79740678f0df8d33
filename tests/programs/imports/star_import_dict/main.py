# `from m import *` binds the module's public names (or __all__); module.__dict__ is the module's dict.
from star_plain import *
from star_all import *
print(PUBLIC, public_func(), sorted(n for n in dir() if 'star' in n or n.startswith(('PUB', 'pub', 'EXP', '_hid'))))
def f():
    return PUBLIC, EXPORTED
print(f())
import star_plain
print(type(star_plain.__dict__).__name__, star_plain.__dict__['PUBLIC'], '_hidden' in star_plain.__dict__)
try:
    star_plain.__dict__ = {}
except AttributeError as e:
    print('AttributeError')
