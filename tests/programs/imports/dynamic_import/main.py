# Dynamic imports: importlib.import_module (absolute and relative with package=), __import__ return values, sys.path.
import importlib.util
import sys
for name in ('plugins.alpha', 'plugins.beta'):
    mod = importlib.import_module(name)
    print(name, '->', mod.run())
rel = importlib.import_module('.alpha', package='plugins')
print(rel is sys.modules['plugins.alpha'])
top = __import__('plugins.beta')
print(top.__name__, top.beta.__name__)
leaf = __import__('plugins.beta', fromlist=['run'])
print(leaf.__name__)
sys.path.insert(0, 'extra_dir')
import extra_module
print(extra_module.WHERE)
try:
    importlib.import_module('.alpha')
except TypeError as e:
    print('TypeError:', e)
print(importlib.util.find_spec('plugins.gamma'), importlib.util.find_spec('plugins.alpha').name)
