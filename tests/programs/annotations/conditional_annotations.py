# PEP 649 conditional annotations: only annotated assignments that ran are in __annotations__.
import sys
a: int = 1
if False:
    b: str = 'never'
for _ in range(1):
    c: float
print(sys.modules[__name__].__annotations__)
print('__conditional_annotations__' in dir())
class K:
    x: int
    if len(sys.argv) > 100:
        y: str
    for _ in range(1):
        z: bytes
    w: 'later'
print(K.__annotations__, '__conditional_annotations__' in K.__dict__)
