# len() over builtin containers and __len__ objects, with errors for non-sized objects and bad __len__ results
print(len('héllo'), len(b'ab'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10, 0, -3)), len(frozenset()), len(bytearray(4)))
print(len({}.keys()), len(memoryview(b'abc')), len('😀'), len(''), len([[]]), len(dict(a=1).items()))
class Sized:
    def __len__(self):
        return 7
class BoolLen:
    def __len__(self):
        return True
print(len(Sized()), len(BoolLen()), type(len(BoolLen())).__name__)
class Neg:
    def __len__(self):
        return -1
class Str:
    def __len__(self):
        return '3'
class Float:
    def __len__(self):
        return 3.0
class Huge:
    def __len__(self):
        return 2 ** 100
for obj in [5, None, iter([]), (x for x in []), Neg(), Str(), Float(), Huge(), len]:
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    len()
except TypeError as e:
    print('TypeError:', e)
try:
    len([], [])
except TypeError as e:
    print('TypeError:', e)
