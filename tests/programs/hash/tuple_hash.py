# tuple hashing: equal tuples hash equal, and hash(tuple) matches a pure-Python port of CPython's xxHash-based algorithm
import sys
W = sys.hash_info.width
MASK = (1 << W) - 1
if W == 64:
    P1, P2, P5, ROT = 11400714785074694791, 14029467366897019727, 2870177450012600261, 31
else:
    P1, P2, P5, ROT = 2654435761, 2246822519, 374761393, 13
def rotl(x):
    return ((x << ROT) | (x >> (W - ROT))) & MASK
def tuple_hash(t):
    acc = P5
    for item in t:
        lane = hash(item) & MASK
        acc = (acc + lane * P2) & MASK
        acc = rotl(acc)
        acc = (acc * P1) & MASK
    acc = (acc + (len(t) ^ (P5 ^ 3527539))) & MASK
    if acc == MASK:
        return 1546275796
    return acc - (1 << W) if acc >> (W - 1) else acc
samples = [(), (1,), (1, 2), (2, 1), (-1,), (-2,), (1, (2, 3)), ((),), (0.5, -0.5), (True, False), (1j,),
           tuple(range(50)), (2 ** 100, -(2 ** 100)), (None,) * 0, ('same', 'same')[:0], (1.0, 2.0)]
print([hash(t) == tuple_hash(t) for t in samples])
print(hash((1, 2)) == hash((1.0, 2.0)) == hash((True, 2)), hash((1, 2)) != hash((2, 1)))
print(hash((-1,)) == hash((-2,)), hash(((1,),)) == hash(((1.0,),)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash((H(5), H(-1))) == tuple_hash((5, -2)), hash((H(2 ** 100),)) == tuple_hash((2 ** 100,)))
