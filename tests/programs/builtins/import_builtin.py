# __import__(): returns top-level package vs submodule with fromlist, level errors, ImportError/ModuleNotFoundError details
m = __import__('math')
print(m.__name__, m.sqrt(16))
top = __import__('os.path')
print(top.__name__)
sub = __import__('os.path', fromlist=['join'])
print(sub.__name__ in ('posixpath', 'ntpath'), sub.join('a', 'b'))
print(__import__('collections.abc', fromlist=['*']).__name__, __import__('json', globals(), None, [], 0).__name__)
import sys
print('json' in sys.modules, sys.modules['math'] is m)
try:
    __import__('no_such_module_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__('os.no_such_sub')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__('')
except ValueError as e:
    print('ValueError:', e)
try:
    __import__('x', level=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    __import__(5)
except TypeError as e:
    print('TypeError:', e)
import importlib
print(importlib.import_module('string').capwords('via importlib'))
