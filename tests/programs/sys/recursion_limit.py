# RecursionError from unbounded Python recursion (caught), its message, and recovery after lowering/restoring the limit
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(120)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print('limit 120 reached at a depth between 100 and 120:', 100 < depth <= 120)
sys.setrecursionlimit(1000)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
