# list.sort detects mutation by the key function or comparisons during sorting (ValueError) and leaves a permutation
l = [3, 1, 2]
def bad_key(x):
    l.append(x)
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e)
print(sorted(l))
class Evil:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.clear()
        return self.v < other.v
m = []
m.extend(Evil(i, m) for i in (3, 1, 2))
try:
    m.sort()
except ValueError as e:
    print('ValueError:', e)
print(sorted(e.v for e in m))
class Boom:
    def __lt__(self, other):
        raise RuntimeError('compare failed')
try:
    sorted([Boom(), Boom()])
except RuntimeError as e:
    print('RuntimeError:', e)
n = [2, 1]
n.sort(key=lambda x: x)
print(n)
