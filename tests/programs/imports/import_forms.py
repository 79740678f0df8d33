# Import statement forms on stdlib modules: import a.b, import a.b as c, from a import (x, y), binding names.
import os.path
import os.path as osp
from os import path as p2, sep
from collections import (
    OrderedDict,
    defaultdict as dd,
)
import collections.abc
print(os.path is osp is p2, sep == os.sep)
print(OrderedDict.__name__, dd.__name__, collections.abc.Mapping.__name__)
import json, math as m, string
print(json.dumps([1, 'a']), m.floor(2.5), string.digits)
def local_import():
    import textwrap
    return textwrap.shorten('hello world again', width=11)
print(local_import(), 'textwrap' in globals())
import importlib
print(importlib.import_module('math') is m)
from math import *
print(floor(1.9), pi > 3)
try:
    exec('def f():\n    from math import *\n')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
