# bool: ~True is deprecated (DeprecationWarning once per call site) but still returns the int result
import warnings
print(~True)
print(~False)
for _ in range(3):
    r = ~True
print(r)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    x = ~False
    print(x, len(caught), caught[0].category.__name__)
    print(str(caught[0].message))
print(not True, not False, -True, -False)
