# importlib on ftpy: import_module, find_spec, reload, a meta_path finder a program inserts,
# module_from_spec/spec_from_loader, and the standard finders importlib installs. ftpy-expect: native
# (Pyodide adds its own finders to sys.meta_path).
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys

print([f.__name__ for f in sys.meta_path])
m = importlib.import_module("colorsys")
print(m.__name__, m is sys.modules["colorsys"], m.__spec__.name, m.__spec__.parent == "")
spec = importlib.util.find_spec("textwrap")
print(spec.name, spec.origin.endswith("textwrap.py"), spec.has_location, type(spec.loader).__name__)
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.machinery.SOURCE_SUFFIXES)


class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = len(module.__name__)
        module.loaded_by = type(self).__name__


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual_"):
            return importlib.util.spec_from_loader(name, Loader())
        return None


sys.meta_path.insert(0, Finder())
import virtual_alpha
from virtual_beta import value, loaded_by
print(virtual_alpha.value, value, loaded_by, virtual_alpha.__spec__.name, virtual_alpha.__loader__.__class__.__name__)
print(importlib.import_module("virtual_gamma").value)
try:
    import missing_module_for_sure
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)

spec = importlib.util.spec_from_loader("made_by_hand", Loader())
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.value, mod.__spec__ is spec)

import textwrap
print(importlib.reload(textwrap) is textwrap, textwrap.dedent("  x\n  y"))
