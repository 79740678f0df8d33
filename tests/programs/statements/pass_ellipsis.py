# pass and Ellipsis bodies; empty-ish blocks in every statement kind.
def f():
    pass
def g():
    ...
class C:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__) as fh:
    pass
print(f(), g(), C.__name__, fh.closed)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(Ellipsis), str(...))
x = {...: 'ellipsis key'}[...] if True else 'skip'
print(x)
