# Package initialisation order, submodule binding as package attributes, __path__, __all__-free package import.
import sys
print('importing pkg.sub_b')
import pkg.sub_b
print('pkg has sub_b:', hasattr(pkg, 'sub_b'), 'sub_a:', hasattr(pkg, 'sub_a'))
from pkg import sub_a
print('after from-import, pkg has sub_a:', hasattr(pkg, 'sub_a'))
print(pkg.order)
print(type(pkg.__path__).__name__, len(pkg.__path__), [p.rsplit('/', 1)[-1] for p in pkg.__path__])
print(pkg.sub_b.who(), sub_a.who())
print(sorted(m for m in sys.modules if m.startswith('pkg')))
import pkg.sub_a as alias
print(alias is sub_a)
