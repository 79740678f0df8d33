# sys.modules caching: module bodies run once, re-import returns the same object, deleting forces re-execution.
import sys
import counter
import counter as again
from counter import bump
print(counter is again, counter.LOADS, bump())
import counter
print(counter.bump(), counter.count)
del sys.modules['counter']
import counter as fresh
print(fresh is counter, fresh.count, counter.count)
import importlib
reloaded = importlib.reload(fresh)
print(reloaded is fresh, fresh.count)
sys.modules['fake'] = 'any object can be in sys.modules'
import fake
print(fake)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(importlib.import_module('counter') is fresh)
