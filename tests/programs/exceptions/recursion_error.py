# Unbounded recursion raises RecursionError (caught; only its type is printed); the interpreter stays usable.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))

class Loop:
    def __getattr__(self, name):
        return getattr(self, 'x' + name)
try:
    Loop().a
except RecursionError as e:
    print('via __getattr__:', type(e).__name__)

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('via __repr__:', type(e).__name__)

def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', type(e).__name__)

def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print('still usable:', depth_ok(500))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), depth_ok(1800))
try:
    forever(0)
except RecursionError as e:
    print('again at the new limit:', type(e).__name__)
