# A local module named like a stdlib module shadows it (sys.path[0] comes first); 3.13+ error hints say so.
# ftpy-expect: native (the "consider renaming" hints depend on the CLI's sys.path[0], which Pyodide lacks)
import random
print(random.__name__, random.LOCAL, random.__file__.rsplit('/', 1)[-1])
try:
    random.randint(1, 6)
except AttributeError as e:
    print('AttributeError:', e)
try:
    from random import choice
except ImportError as e:
    print('ImportError:', e)
import sys
print(sys.path[0] == sys.path[0].rstrip('/'), 'random' in sys.stdlib_module_names)
