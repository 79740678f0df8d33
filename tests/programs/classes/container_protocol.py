# Container dunders: __len__, __getitem__/__setitem__/__delitem__ with slices and tuples, __missing__, __contains__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('  get', key)
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        print('  set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('  del', key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
g = Grid()
g[1, 2] = 'x'
g[0:3] = 'slice'
g[..., 1] = 'ellipsis'
print(g[1, 2], g[0:3], g[5, 5], len(g))
del g[1, 2]
print(len(g))
try:
    del g['missing']
except KeyError as e:
    print('KeyError', e)

class DefaultDict(dict):
    def __missing__(self, key):
        print('  __missing__', key)
        self[key] = value = [key] * 2
        return value
d = DefaultDict(a=1)
print(d['a'], d['b'], d.get('c'), 'c' in d, d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))

class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __repr__(self): return f'Seq{tuple(self.items)}'
s = Seq(1, 2, 3, 4)
print(s[1], s[-1], s[1:3], s[::-1], len(s), list(s), 3 in s)
class NoSet:
    def __getitem__(self, k): return k
try:
    NoSet()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoSet()[0]
except TypeError as e:
    print(e)
class IndexObj:
    def __index__(self): return 2
print([10, 20, 30][IndexObj()], 'abc'[IndexObj()], (1, 2, 3)[:IndexObj()])
