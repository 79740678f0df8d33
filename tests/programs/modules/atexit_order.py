# atexit: LIFO order, args/kwargs, unregister, errors reported after the callback list runs
# ftpy-expect: native
import atexit, sys
def f(*a, **k): print("f", a, k)
atexit.register(f, 1, x=2)
atexit.register(f, 2)
atexit.unregister(print)
try: atexit.register(1)
except TypeError as e: print(e)
class G:
    def __call__(self): raise ValueError(3)
    def __repr__(self): return '<G>'
atexit.register(G())
print(atexit._ncallbacks())
sys.exit(0)
