# from module import *: __all__ controls the names; without __all__, underscore names are skipped.
from with_all import *
from without_all import *
names = sorted(n for n in globals() if not n.startswith('__'))
print(names)
print(public_function(), exported_private(), Visible.__name__)
try:
    not_exported
except NameError as e:
    print(e)
import with_all
print(with_all.not_exported(), with_all.__all__)
try:
    from bad_all import *
except AttributeError as e:
    print('AttributeError:', e)
try:
    from bad_all_type import *
except TypeError as e:
    print('TypeError:', e)
