# Namespace packages (directories without __init__.py) and module-level __getattr__/__dir__ (PEP 562).
import ns.inner.leaf
import ns
print(ns.inner.leaf.VALUE)
print(ns.__file__, type(ns.__path__).__name__, ns.__spec__.origin)
print(getattr(ns, '__all__', 'no __all__'))
import lazy
print(lazy.eager, lazy.computed_attr, lazy.other)
try:
    lazy.forbidden
except AttributeError as e:
    print('AttributeError:', e)
print(dir(lazy))
from lazy import dynamic_name
print(dynamic_name)
